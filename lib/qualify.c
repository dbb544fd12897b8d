/*
 * qualify.c: whether a weekday or a one-word named phrase read alone stands beside words
 * that change what it means, or is more likely another word.
 *
 * A wrong answer is worse than none (README, "What is read"): a phrase read in part is
 * another day. The relative readers (relative.c) ask here before they read:
 *   a weekday beside a word the lexicon does not know, touching it: "black friday", "super
 *     tuesday", "Wielki Piątek" (holidays), "ostatni wtorek", "περασμένη τρίτη", "le lundi
 *     suivant" (qualifiers the lexicon does not hold);
 *   a weekday beside a known word that begins relative phrases or is one, no filler or time
 *     word: "nästa vecka måndag", "Sonntag der letzten Woche" ("nästa måndag", "vorige
 *     dinsdag", "dimarts vinent" are whole phrases of locales/, read before);
 *   a weekday or weekday phrase with fillers then a month, a number that is no time, or such
 *     a word after it: "τρίτη οκτώβρη" (Greek "third of October": the weekday names are
 *     ordinals), "Tuesday the 19th", "last Sunday of March", "Mittwoch der nächsten Woche";
 *   a time after a weekday that is none of its language: "Freitag, 18.07.14" (DD.MM.YY),
 *     "samedi 16 à 18h" (Esperanto's hour mark "a" would make 16:18);
 *   a weekday abbreviation as the whole text that is a function word of a more spoken
 *     language, or of any when the abbreviation's language is one few write: "kl 15:20",
 *     "às 15:00", "ja";
 *   a named phrase not of the hinted language where the word is its weekday or month
 *     ("man." under nb: Monday);
 *   a one-word named phrase after a word that begins relative phrases: "dopo domani", "antes
 *     de ontem", "3 years from today".
 * Not qualifiers: a filler ("on Friday", "le lundi", "am Freitag"), an am/pm or day period
 * ("Friday night"), a time ("Friday at 5pm"), punctuation ("Friday, meeting"), a word the
 * lexicon does not know before a named phrase ("Posted yesterday").
 * In running text (dn_search, issue 10) a word the lexicon does not know qualifies only
 * before the weekday, both capitalised ("Black Friday", not "het Woensdag aangekondig"),
 * and a known word after it only as a month ("on Tuesday and approved": page.c decides).
 * Not here: phrases CLDR or locales/ know whole ("next Monday", "lundi prochain",
 * "anteontem"): the relative readers read them before.
 */
#include "engine.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* The kinds of a known word that leave a weekday beside it alone. */
#define QUAL_GLUE_KINDS                                                                        \
    ((1u << DNP_K_FILLER) | (1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD) |                    \
     (1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) | (1u << DNP_K_SECOND_MARK) |         \
     (1u << DNP_K_ZONE))

static bool blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* Whether the code point at text[at] (forward) or just before it (back) is a letter. */
static bool letter_at(const env *e, size_t at, bool back)
{
    const uint8_t *s = (const uint8_t *)e->text;
    UChar32 c;
    int32_t k = (int32_t)at;
    if (back) {
        if (at == 0)
            return false;
        U8_PREV(s, 0, k, c);
    } else {
        if (at >= e->len)
            return false;
        U8_NEXT(s, k, (int32_t)e->len, c);
    }
    return c >= 0 && u_isalpha(c);
}

/* issue 10: in running text (dn_search) every weekday stands among words the lexicon does
   not know ("Eskom het Woensdag aangekondig"); there only a capitalised one before a
   capitalised weekday qualifies it, as a name's ("Black Friday", "Wielki Piątek"; not
   "Qarabağ bazar günü", "Osasunari igandean"). Whether the word ending at `end` (read back
   to `start`, at most DNP_WORD_MAX bytes) begins with a capital letter. */
static bool capitalized_before(const env *e, size_t start, size_t end)
{
    size_t a = end, lo = end > DNP_WORD_MAX ? end - DNP_WORD_MAX : 0;
    if (lo < start)
        lo = start;
    while (a > lo && ((unsigned char)e->text[a - 1] >= 0x80 ||
                      ((e->text[a - 1] | 0x20) >= 'a' && (e->text[a - 1] | 0x20) <= 'z')))
        a--;
    while (a < end && ((unsigned char)e->text[a] & 0xC0) == 0x80)
        a++;
    UChar32 c;
    int32_t k = (int32_t)a;
    U8_NEXT((const uint8_t *)e->text, k, (int32_t)end, c);
    return c >= 0 && u_isupper(c);
}

/* Whether w has a meaning of kind `kind` in a language of one of wd's weekday meanings
   (a weekday, or a named phrase of one: "last Friday at noon"). */
static bool same_language(const item *w, int kind, const item *wd)
{
    for (uint32_t q = 0; q < w->nm; q++)
        for (uint32_t r = 0; w->m[q].kind == kind && r < wd->nm; r++)
            if ((wd->m[r].kind == DNP_K_WEEKDAY ||
                 (wd->m[r].kind == DNP_K_REL_NAMED &&
                  DNP_RN_UNIT(wd->m[r].value) >= DNP_RU_MONDAY)) &&
                wd->m[r].lang == w->m[q].lang)
                return true;
    return false;
}

/* b27: whether w is a past word (locales/ weekday_past, DNP_CUE_PAST) of a language of
   one of wd's weekday meanings. */
static bool past_cue_of(const item *w, const item *wd)
{
    if (!(w->kinds & (1u << DNP_K_WEEKDAY_CUE)))
        return false;
    for (uint32_t q = 0; q < w->nm; q++)
        for (uint32_t r = 0; w->m[q].kind == DNP_K_WEEKDAY_CUE && w->m[q].value == DNP_CUE_PAST &&
                             r < wd->nm; r++)
            if (wd->m[r].kind == DNP_K_WEEKDAY && wd->m[r].lang == w->m[q].lang)
                return true;
    return false;
}

/* A known word that qualifies the weekday wd beside it: a month name, or no glue word; a
   word that is only a count in words does so in the weekday's language ("one Monday"), not
   in another's (Hungarian "hét", seven, in Afrikaans "Eskom het Woensdag aangekondig"). */
static bool qualifier(const item *w, const item *wd)
{
    if (w->type != IT_WORD)
        return false; /* ISO's letters, a zone letter */
    /* (b33: not a month somewhere that is a filler of the weekday's language: Dutch "Op
       maandag was", on Monday) */
    if (w->kinds & (1u << DNP_K_MONTH))
        return !same_language(w, DNP_K_FILLER, wd);
    if ((w->kinds & ~(1u << DNP_K_PREFIX)) == (1u << DNP_K_REL_NUMBER))
        return same_language(w, DNP_K_REL_NUMBER, wd);
    /* b27: a past word of the weekday's language says which day it is, not what ("el pasado
       domingo", locales/ weekday_past; page.c reads the weekday as the one just past) */
    if (past_cue_of(w, wd))
        return false;
    /* issue 8: a day period glues only in the weekday's language ("Friday night"): Polish
       "środa za tydzień" (Wednesday in a week) is no Wednesday by Ewe's "za" */
    uint32_t glue = w->kinds & QUAL_GLUE_KINDS;
    if (glue == (1u << DNP_K_DAY_PERIOD) && !same_language(w, DNP_K_DAY_PERIOD, wd))
        glue = 0;
    return !glue;
}

bool dnp_weekday_qualified(const env *e, const item *it, int n, int i, int end)
{
    /* before it: the word touching it over blanks */
    size_t p = it[i].start;
    while (p > e->content_start && blank(e->text[p - 1]))
        p--;
    /* issue 10: a word a table's cell gap before it is another cell's ("Kältetechniker_NRW
       Mo 14:05", a forum post's author, then its stamp): none */
    bool cell = e->search && it[i].start - p >= DNP_CELL_GAP_BLANKS;
    if (p > e->content_start && !cell && letter_at(e, p, true)) {
        int b = i - 1;
        while (b >= 0 && is_space(&it[b]))
            b--;
        bool unknown = b < 0 || it[b].end != p;
        /* the weekday's first word ("ddydd Sadwrn" is lower case: "Aberystwyth ddydd
           Sadwrn" names no day) */
        size_t w1 = it[i].start;
        while (w1 < it[i].end && e->text[w1] != ' ')
            w1++;
        if ((unknown && (!e->search || (capitalized_before(e, it[i].start, w1) &&
                                        capitalized_before(e, 0, p)))) ||
            (!unknown && qualifier(&it[b], &it[i])))
            return true; /* a word the lexicon does not know, or a qualifier */
    }
    if (end > i)
        return false; /* a time after it: "Friday 10:00 …" */
    /* b33: a hyphen glued after it, then a blank: the first part of a compound whose rest
       the next word gives ("op zon- en feestdagen", "Sonn- und Feiertage": on Sundays) */
    if (it[i].end + 1 < e->content_end && e->text[it[i].end] == '-' &&
        blank(e->text[it[i].end + 1]))
        return true;
    /* after it: the word touching it; or, past fillers, a month, a number or a qualifier */
    size_t q = it[i].end;
    while (q < e->content_end && blank(e->text[q]))
        q++;
    int a = skip_space(it, n, i + 1);
    if (q < e->content_end && letter_at(e, q, false) &&
        (a >= n || it[a].start != q ? !e->search
                                    : e->search ? has_kind(&it[a], DNP_K_MONTH)
                                                : qualifier(&it[a], &it[i])))
        return true;
    return dnp_weekday_of_what(e, it, n, i);
}

/* Whether fillers then a month, a number or a qualifier follow the weekday (or weekday
   phrase) at i: "Tuesday the 19th", "last Sunday of March", "Mittwoch der nächsten Woche". */
bool dnp_weekday_of_what(const env *e, const item *it, int n, int i)
{
    int a = skip_space(it, n, i + 1), last = i;
    bool filler = false;
    while (a < n && it[a].type == IT_WORD && !qualifier(&it[a], &it[i]) &&
           has_kind(&it[a], DNP_K_FILLER))
        last = a, a = skip_space(it, n, a + 1), filler = true;
    /* issue 8: fillers, then a capitalised word the lexicon does not know, in line mode:
       "Monday of the Holy Spirit" (a holiday) names another day */
    if (filler && !e->search) {
        size_t q = it[last].end;
        while (q < e->content_end && blank(e->text[q]))
            q++;
        size_t wend = q;
        while (wend < e->content_end && ((unsigned char)e->text[wend] >= 0x80 ||
                                         ((e->text[wend] | 0x20) >= 'a' &&
                                          (e->text[wend] | 0x20) <= 'z')))
            wend++;
        if (q < e->content_end && letter_at(e, q, false) && (a >= n || it[a].start != q) &&
            capitalized_before(e, q, wend))
            return true;
    }
    /* issue 8: or a preposition that begins relative phrases, then a month: "last Sunday in
       March", "sidste mandag i marts" ("i går"), "letzten Montag im März" */
    if (!filler && a < n && it[a].type == IT_WORD && it[a].end - it[a].start <= DNP_PREP_BYTES &&
        (it[a].kinds & ((1u << DNP_K_PREFIX) | (1u << DNP_K_REL_FUTURE)))) {
        int m = skip_space(it, n, a + 1);
        if (m < n && has_kind(&it[m], DNP_K_MONTH))
            return true;
    }
    if (!filler || a >= n)
        return false;
    if (it[a].type == IT_NUM) {
        /* issue 10: a number that is no day says nothing of it ("منگل کو 71.3 ڈالر", on
           Tuesday at 71.3 dollars) */
        if (it[a].value > 31 || (a + 2 < n && it[a + 1].type == IT_SEP &&
                                 (it[a + 1].sep == '.' || it[a + 1].sep == ',') &&
                                 it[a + 1].start == it[a].end && it[a + 2].type == IT_NUM &&
                                 it[a + 2].start == it[a + 1].end))
            return false;
        /* a time is the weekday's: "last Sunday at 10am" */
        cand t;
        memset(&t, 0, sizeof t);
        return dnp_read_time(e, it, n, a, &t, NULL) < 0;
    }
    return it[a].type == IT_WORD && qualifier(&it[a], &it[i]);
}

/* Whether the time read after a weekday (items (i, end]) is none of the weekday's language
   (lang): three numbers joined by dots are a date ("Freitag, 18.07.14" is DD.MM.YY, no
   18:07:14); a word read as an hour mark or am/pm of other languages that is another word in
   the weekday's makes no time ("samedi 16 à 18h": Esperanto's hour mark "a" would make 16 h
   18 of "16 à 18", where the French "à" is "at"). */
bool dnp_weekday_time_foreign(const env *e, const item *it, int n, int i, int end, int lang)
{
    (void)e;
    int k = i + 1;
    while (k <= end && it[k].type != IT_NUM)
        k++;
    if (k > end)
        return false; /* "lundi soir": a day period, no number */
    if (dnp_numeric_chain(it, n, k) && is_sep(&it[k + 1], '.'))
        return true;
    const uint32_t clock = (1u << DNP_K_HOUR_MARK) | (1u << DNP_K_AMPM);
    for (int q = k + 1; q <= end && q < n; q++) {
        const item *w = &it[q];
        if (w->type != IT_WORD || !(w->kinds & clock))
            continue;
        bool clock_here = false, other_here = false;
        for (uint32_t m = 0; m < w->nm; m++) {
            if (w->m[m].lang != lang || w->m[m].kind == DNP_K_PREFIX)
                continue;
            if (clock & (1u << w->m[m].kind))
                clock_here = true;
            else
                other_here = true;
        }
        if (other_here && !clock_here)
            return true;
    }
    return false;
}

/* Whether the weekday abbreviation m of the word w, read as the whole text under no hint of
   its language, is more likely a function word of another language ("and", "at", a filler)
   that more people speak ("as": Portuguese "às", at, before Hausa's Saturday; "kl":
   Norwegian "kl.", o'clock, before Yasa's Thursday), or of any other language when m's is
   one few people write ("ja": Finnish "and", before Esperanto's Thursday). */
bool dnp_weekday_abbr_foreign(const item *w, const dnp_meaning *m)
{
    const uint32_t function = (1u << DNP_K_FILLER) | (1u << DNP_K_REL_AND) |
                              (1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE) |
                              (1u << DNP_K_REL_NUMBER) | (1u << DNP_K_REL_ABOUT) |
                              (1u << DNP_K_REL_PAT_BEFORE);
    /* b30fix: or a word of the cues of years and ranges (no kind bit: Catalan, Spanish and
       Italian "al", an article and the link of "del 3 al 10", is a Basque Monday) */
    bool cues = (w->kinds & function) != 0;
    for (uint32_t q = 0; q < w->nm && !cues; q++)
        cues = dnp_year_cue(&w->m[q]);
    if (!cues)
        return false;
    bool rare = dnp_lang_rare(m->lang);
    double sp = dnp_speakers_k(m->lang);
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *o = &w->m[q];
        if (o->lang != m->lang && ((function & (1u << o->kind)) || dnp_year_cue(o)) &&
            (rare || dnp_speakers_k(o->lang) >= sp))
            return true;
    }
    return false;
}

/* Whether a named relative phrase m of the word w is not the hinted language's, where the
   word is a weekday or month of a hinted language ("man." under nb is Monday, not Asturian
   "mañana"). */
bool dnp_named_yields(const env *e, const item *w, const dnp_meaning *m)
{
    return e->p->nhints && (w->kinds & ((1u << DNP_K_WEEKDAY) | (1u << DNP_K_MONTH))) &&
           !dnp_langset_has(&e->p->hint_set, m->lang) &&
           (hinted_kind(e, w, DNP_K_WEEKDAY) || hinted_kind(e, w, DNP_K_MONTH));
}

/* The lexicon's key of the word that ends over blanks before byte `at` (its start in
   *wstart), or NULL: none there, or a word the lexicon does not know. Words that only begin
   longer keys ("dopo", "from") close the items' cluster: they are read from the text. */
static bool word_token_before(const env *e, size_t at, size_t *wstart, dnp_token *t);
static const dnp_lex_key *word_before(const env *e, size_t at, size_t *wstart)
{
    dnp_token t;
    return word_token_before(e, at, wstart, &t) ? dnp_lex_find(t.fold, t.flen) : NULL;
}

/* The token of that word, and its start in *wstart: false when none is there. */
static bool word_token_before(const env *e, size_t at, size_t *wstart, dnp_token *t)
{
    size_t p = at;
    while (p > e->content_start && blank(e->text[p - 1]))
        p--;
    if (p == at || p <= e->content_start)
        return false;
    const uint8_t *s = (const uint8_t *)e->text;
    size_t w = p;
    while (w > e->content_start) {
        int32_t k = (int32_t)w;
        UChar32 c;
        U8_PREV(s, 0, k, c);
        if (c < 0 || !(u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK))
            break;
        w = (size_t)k;
    }
    if (w == p)
        return false;
    size_t pos = w;
    if (!dnp_next_token(e->text, p, &pos, t) || t->kind != DNP_TK_WORD || t->end != p)
        return false;
    *wstart = w;
    return true;
}

/* Whether the one-word named phrase at i ("today", "domani", "ontem") follows a word that
   begins or ends relative phrases, a filler between allowed: a longer phrase the lexicon
   does not hold, whose part alone would be another day ("dopo domani" is the day after
   tomorrow, "antes de ontem" the day before yesterday, "3 years from today"). A word the
   lexicon does not know does not count ("Posted yesterday"). */
bool dnp_named_qualified(const env *e, const item *it, int i)
{
    const uint32_t rel = (1u << DNP_K_PREFIX) | DNP_REL_KINDS;
    const uint32_t other = QUAL_GLUE_KINDS | (DNP_DATE_KINDS & ~DNP_REL_KINDS);
    size_t ws;
    /* b25fix: a comparison's word of the phrase's language before it (locales/ rel_than) */
    dnp_token t;
    if (word_token_before(e, it[i].start, &ws, &t) && !(t.flags & DNP_TF_LONG)) {
        const dnp_lex_key *c = dnp_lex_find_cue(t.fold, t.flen);
        for (uint32_t r = 0; c && r < it[i].nm; r++)
            if (it[i].m[r].kind == DNP_K_REL_NAMED &&
                dnp_key_has_cue(c, DNP_CUE_REL_THAN, it[i].m[r].lang))
                return true;
        /* reldir: a vague part of a named year, quarter or month (locales/ rel_vague: "akhir
           tahun ini", "početkom sledeće godine", "end of this year"), fillers between */
        size_t ws2 = ws;
        dnp_token t2 = t;
        for (int k = 0; k < 2; k++) {
            const dnp_lex_key *v = dnp_lex_find_cue(t2.fold, t2.flen);
            for (uint32_t r = 0; v && r < it[i].nm; r++)
                if (it[i].m[r].kind == DNP_K_REL_NAMED &&
                    DNP_RN_UNIT(it[i].m[r].value) <= DNP_RU_MONTH &&
                    dnp_key_has_cue(v, DNP_CUE_REL_VAGUE, it[i].m[r].lang))
                    return true;
            const dnp_lex_key *f = dnp_lex_find(t2.fold, t2.flen);
            if (k > 0 || !f || !(f->kinds & (1u << DNP_K_FILLER)) ||
                !word_token_before(e, ws2, &ws2, &t2) || (t2.flags & DNP_TF_LONG))
                break;
        }
    }
    /* reldir: a one-word named day and the word right after it on its line, a phrase in
       which its word is the homonym (locales/ rel_homonym_after: Filipino "Bukas ang
       check-in", open, not tomorrow) */
    size_t pos = it[i].start;
    dnp_token w, u;
    if (dnp_next_token(e->text, it[i].end, &pos, &w) && w.kind == DNP_TK_WORD &&
        w.end == it[i].end && !(w.flags & DNP_TF_LONG)) {
        while (pos < e->len && blank(e->text[pos]))
            pos++;
        size_t at = pos;
        if (at > it[i].end && dnp_next_token(e->text, e->len, &pos, &u) && u.start == at &&
            u.kind == DNP_TK_WORD && !(u.flags & DNP_TF_LONG)) {
            char phrase[2 * DNP_WORD_MAX + 1];
            memcpy(phrase, w.fold, w.flen);
            phrase[w.flen] = ' ';
            memcpy(phrase + w.flen + 1, u.fold, u.flen);
            const dnp_lex_key *h = dnp_lex_find_cue(phrase, w.flen + 1 + u.flen);
            for (uint32_t r = 0; h && r < it[i].nm; r++)
                if (it[i].m[r].kind == DNP_K_REL_NAMED &&
                    dnp_key_has_cue(h, DNP_CUE_REL_HOMONYM, it[i].m[r].lang))
                    return true;
        }
    }
    dnp_token kt;
    const dnp_lex_key *k = word_token_before(e, it[i].start, &ws, &kt) && !(kt.flags & DNP_TF_LONG)
                               ? dnp_lex_find(kt.fold, kt.flen) : NULL;
    if (k && (k->kinds & (1u << DNP_K_FILLER)))
        k = word_token_before(e, ws, &ws, &kt) && !(kt.flags & DNP_TF_LONG)
                ? dnp_lex_find(kt.fold, kt.flen) : NULL;
    if (!k || !(k->kinds & rel) || (k->kinds & other))
        return false;
    /* b30fix: a preposition as short as DNP_PREP_BYTES that begins other phrases ("i går")
       only leads this one: "i sidste uge", "i forrige uke" (last week) */
    bool prep = kt.end - kt.start <= DNP_PREP_BYTES;
    /* the word for "and" of the phrase's language after another named day joins the two:
       "yesterday and today", "ayer y hoy" (not "and today it has 120 shops": nowadays) */
    size_t ws2;
    const dnp_lex_key *k2;
    if ((k->kinds & (1u << DNP_K_REL_AND)) && (k2 = word_before(e, ws, &ws2)) &&
        (k2->kinds & (1u << DNP_K_REL_NAMED))) {
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        for (uint32_t q = 0; q < k->nmeaning; q++)
            if (m[q].kind == DNP_K_REL_AND)
                for (uint32_t r = 0; r < it[i].nm; r++)
                    if (it[i].m[r].kind == DNP_K_REL_NAMED && it[i].m[r].lang == m[q].lang)
                        return false;
    }
    /* b27: that word alone before a phrase of another day than today is a clause's "and",
       no qualifier ("a w zeszłym tygodniu w Zakopanem", and last week in Zakopane; "and
       today" may be nowadays) */
    if (k->kinds & (1u << DNP_K_REL_AND)) {
        bool today = false;
        uint32_t own = 0; /* its relative kinds in the phrase's languages */
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        for (uint32_t r = 0; r < it[i].nm; r++) {
            if (it[i].m[r].kind != DNP_K_REL_NAMED)
                continue;
            today |= DNP_RN_UNIT(it[i].m[r].value) == DNP_RU_DAY &&
                     DNP_RN_OFFSET(it[i].m[r].value) == 0;
            for (uint32_t q = 0; q < k->nmeaning; q++)
                if (m[q].lang == it[i].m[r].lang && ((1u << m[q].kind) & rel))
                    own |= 1u << m[q].kind;
        }
        if (own == (1u << DNP_K_REL_AND) && !today)
            return false;
    }
    /* b25fix: a word of the phrase's own language ("dopo domani"): one of another only
       ("for tomorrow": Danish "for", ago; "ise dün": a Yoruba phrase's first word) is
       none */
    bool same = false;
    const dnp_meaning *km = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning && !same; q++)
        if (((1u << km[q].kind) & rel) && !(prep && km[q].kind == DNP_K_PREFIX))
            for (uint32_t r = 0; r < it[i].nm && !same; r++)
                same = it[i].m[r].kind == DNP_K_REL_NAMED && it[i].m[r].lang == km[q].lang;
    if (!same)
        return false;
    /* a direction word that stands after its count closes the phrase before ("발표 후 작년
       12월": after the announcement, last December) */
    const uint32_t dirs = (1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE);
    if (!(k->kinds & rel & ~dirs)) {
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        for (uint32_t q = 0; q < k->nmeaning; q++)
            if ((m[q].kind == DNP_K_REL_PAST || m[q].kind == DNP_K_REL_FUTURE) &&
                m[q].value != DNP_RP_AFTER)
                return true;
        return false;
    }
    return true;
}
