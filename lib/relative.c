/*
 * relative.c: relative expressions, and a weekday alone.
 *
 * Resolved against the reference instant in its zone (README, "Relative expressions"):
 *   counted offsets: 3 days ago, il y a 2 heures, vor 3 Tagen, in 2 weeks, через 5 дней,
 *     3天前, 1 year 2 months ago, a week ago (locales/ rel_number): the finer fields of the
 *     reference are kept, the precision is the unit's (a day for years..days); a day that
 *     the target month lacks clamps (31 -> 30);
 *   named periods: yesterday, vorgestern, last month, la semaine dernière, this week, now:
 *     the period's precision (a week is an ISO week); a time may follow ("yesterday at
 *     14:30");
 *   weekdays: last Monday (the latest before the reference), next Monday (the first after
 *     it), this Monday (in the reference's week), 上周一 / 先週の月曜日 and "Monday of last
 *     week" / "lundi de la semaine dernière" (that day of that week), and a bare weekday
 *     (dnp_match_weekday: the latest such day on or before the reference).
 * A phrase's words must share a language ("vor 3 days" is nothing). "now", "this hour", a
 * named word CLDR or locales/ marks risky ("morgen" is also "morning"), a word of three
 * letters or less (Hungarian "ma", Yoruba "ọ̀la", which Portuguese "Olá" folds to) and a
 * one-word phrase of a language of fewer than ten million speakers count only as the whole
 * text, or when a hint names their language.
 * Does not read: a date that names a day and a month (the other readers), "3 days" with no
 * direction, a phrase whose words are of different languages.
 */
#include "engine.h"

#include <string.h>

#include <unicode/uchar.h>

#define REL_DIR_KINDS ((1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE))

/* Whether the text of w spells m: always, but for a named phrase whose key folds two
   spellings of its language with different values (DNP_MF_NAMED_SPELLED: Azerbaijani "keçən
   Ç" and "keçən C"), which must be written as its own, letter for letter but for case;
   marks and spaces are not compared. */
static __attribute__((noinline)) bool rel_spells_slow(const env *e, const item *w,
                                                       const dnp_meaning *m)
{
    for (uint32_t k = 0; k < dnp_nrel_spellings; k++) {
        const dnp_rel_spelling *sp = &dnp_rel_spellings[k];
        if (sp->lang != m->lang || sp->value != m->value)
            continue;
        size_t p = w->start, q = 0, fn = strlen(sp->form);
        for (;;) {
            UChar32 a = -1, b = -1;
            while (p < w->end && a < 0) {
                a = dnp_utf8_next(e->text, w->end, &p);
                if (!u_isalnum(a))
                    a = -1;
            }
            while (q < fn && b < 0) {
                b = dnp_utf8_next(sp->form, fn, &q);
                if (!u_isalnum(b))
                    b = -1;
            }
            if (a < 0 || b < 0) {
                if (a < 0 && b < 0)
                    return true;
                break;
            }
            if (u_foldCase(a, U_FOLD_CASE_DEFAULT) != b)
                break;
        }
    }
    return false;
}

/* ... and, for a named word its sources write only with a final dot (DNP_MF_NAMED_DOT
   without DNP_MF_NAMED_BARE: Finnish "huom.", tomorrow), whether the text writes the dot
   right after it: "Huom!" is a note, and "huom" merely the start of "huomenna". */
static inline bool rel_spells(const env *e, const item *w, const dnp_meaning *m)
{
    if (m->kind != DNP_K_REL_NAMED)
        return true;
    if ((m->flags & (DNP_MF_NAMED_DOT | DNP_MF_NAMED_BARE)) == DNP_MF_NAMED_DOT &&
        (w->end >= e->len || e->text[w->end] != '.'))
        return false;
    return !(m->flags & DNP_MF_NAMED_SPELLED) || rel_spells_slow(e, w, m);
}

static inline __attribute__((always_inline)) const dnp_meaning *
rel_meaning_of(const env *e, const item *w, uint32_t kinds, int pos, const dnp_langset *ctx,
               bool spelled)
{
    const dnp_meaning *best = NULL;
    double best_score = -1;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (!(kinds & (1u << m->kind)) || (pos > 0 && m->value != pos) ||
            (spelled && !rel_spells(e, w, m)))
            continue;
        double s = dnp_meaning_pref(e, m, ctx);
        if (!(m->flags & DNP_MF_ABBR))
            s += DNP_PREF_FULL_FORM;
        if (s > best_score)
            best_score = s, best = m;
    }
    return best;
}

/* The meaning among kinds (and value, when pos > 0) that the text most likely means: one of
   a hinted language first, then one of ctx, then the language with the most speakers; of
   those the text spells (rel_spells: checked only when the likeliest is not). */
static const dnp_meaning *rel_meaning(const env *e, const item *w, uint32_t kinds, int pos,
                                      const dnp_langset *ctx)
{
    if (w->type != IT_WORD || !(w->kinds & kinds))
        return NULL;
    const dnp_meaning *best = rel_meaning_of(e, w, kinds, pos, ctx, false);
    if (best && !rel_spells(e, w, best))
        best = rel_meaning_of(e, w, kinds, pos, ctx, true);
    return best;
}

/* Languages in which w has a meaning of these kinds (and value pos when pos > 0). */
static dnp_langset rel_langs(const item *w, uint32_t kinds, int pos)
{
    dnp_langset s = {{0}};
    for (uint32_t q = 0; w->type == IT_WORD && q < w->nm; q++)
        if ((kinds & (1u << w->m[q].kind)) && (pos <= 0 || w->m[q].value == pos))
            dnp_langset_add(&s, w->m[q].lang);
    return s;
}

/* Whether w means, in m's language, something else of m's kind too: Hindi "कल" is both
   yesterday and tomorrow, Filipino "susunod na Linggo" next week and next Sunday. Such a
   word says neither; but of two phrases that fold to one key, the text spells one
   (rel_spells: Azerbaijani "keçən C", last Friday, and "keçən Ç", last Wednesday). A named
   phrase's unit and offset are its meaning; whether it names a day of that week or a count
   in words (DNP_RN_WEEKOF, DNP_RN_COUNTED) only says how to resolve it. */
static inline __attribute__((always_inline)) bool rel_two_ways(const env *e, const item *w,
                                                               const dnp_meaning *m)
{
    uint32_t mask = m->kind == DNP_K_REL_NAMED ? 0x7Fu : ~0u;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == m->kind && w->m[q].lang == m->lang &&
            (w->m[q].value & mask) != (m->value & mask) && rel_spells(e, w, &w->m[q]))
            return true;
    return false;
}

/* Of a named phrase whose meanings in m's language are one unit at offsets -k and +k, the
   one the reference's side prefers (the past unless DN_PREFER_FUTURE); NULL when they are
   anything else. */
static const dnp_meaning *rel_past_or_future(const env *e, const item *w, const dnp_meaning *m)
{
    const dnp_meaning *past = NULL, *fut = NULL;
    int unit = DNP_RN_UNIT(m->value), k = DNP_RN_OFFSET(m->value);
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *x = &w->m[q];
        if (x->kind != m->kind || x->lang != m->lang)
            continue;
        int xo = DNP_RN_OFFSET(x->value);
        if (DNP_RN_UNIT(x->value) != unit || k == 0 || (xo != k && xo != -k))
            return NULL;
        if (xo < 0)
            past = x;
        else
            fut = x;
    }
    return e->p->prefer == DN_PREFER_FUTURE ? fut : past;
}

static bool whole_text(const env *e, const item *it, int first, int last)
{
    return it[first].start == e->content_start && it[last].end == e->content_end;
}

/* Whether bytes [a, b) stand alone in the text: no letter or digit before or after them
   (marks and punctuation may: "ཟླཝ་ ༡༠ ནང་" ends with a tsheg, "בעוד 3 שע׳" a geresh). */
static bool alone(const env *e, size_t a, size_t b)
{
    for (int side = 0; side < 2; side++) {
        size_t p = side ? b : e->content_start, end = side ? e->content_end : a;
        while (p < end) {
            int cc = dnp_char_class(dnp_utf8_next(e->text, end, &p));
            if (cc == DNP_CC_DIGIT || cc == DNP_CC_LETTER || cc == DNP_CC_CJK)
                return false;
        }
    }
    return true;
}

/* Sets c to the day `days` (reference zone): a day names no time and no zone. */
static void rel_set_day(const env *e, cand *c, int64_t days)
{
    (void)e;
    dnp_civil_from_days(days, &c->year, &c->month, &c->day);
    c->hour = c->minute = c->second = 0;
    c->has_offset = false;
    c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_RELATIVE;
}

/* A result computed from the reference to a precision finer than a day: the instant
   (reference zone) of the reference moved by secs seconds, at precision prec, with the
   reference's offset, flagged as coming from it. */
static void rel_set_instant(const env *e, cand *c, int64_t t, dn_precision prec)
{
    int64_t day = (t >= 0 ? t : t - 86399) / 86400, s = t - day * 86400;
    rel_set_day(e, c, day);
    c->hour = (int)(s / 3600), c->minute = (int)(s / 60 % 60), c->second = (int)(s % 60);
    c->prec = prec;
    c->has_time = true;
    c->offset = e->now_off, c->has_offset = true;
    c->flags |= DN_FLAG_OFFSET_FROM_REF;
}

/* The day of weekday wd (1..7) in the ISO week `weeks` weeks from the reference's. */
static int64_t rel_week_day(const env *e, int weeks, int wd)
{
    return e->now_days - (dnp_weekday(e->now_days) - 1) + 7 * (int64_t)weeks + (wd - 1);
}

/* After a date read from items [.., last]: a time ("yesterday at 14:30") replaces the
   reference's clock; the text's time is wall time (no zone unless it gives one). */
static int rel_time(const env *e, const item *it, int n, int last, cand *c)
{
    cand t = *c;
    t.has_offset = false;
    int r = dnp_time_after(e, it, n, last + 1, &t);
    if (r > 0) {
        *c = t;
        c->last = r - 1;
    }
    return c->last + 1;
}

/* The reference moved by a counted offset: months first (clamping the day: 31 -> 30), then
   days and seconds. The finer fields of the reference are kept: years to days give that
   day (no time, no zone); hours to seconds the reference's instant moved, to the second,
   in its zone ("2 hours ago" seen at 12:34:56Z is 10:34:56Z). */
static void rel_offset(const env *e, cand *c, int64_t months, int64_t days, int64_t secs,
                       int finest)
{
    int y = e->now_year, mo = e->now_month, d = e->now_day;
    dnp_add_months(&y, &mo, &d, months);
    int64_t t = (dnp_days_from_civil(y, (unsigned)mo, (unsigned)d) + days) * 86400 + e->now_sec +
                secs;
    if (finest >= DNP_RU_HOUR)
        rel_set_instant(e, c, t, DN_PREC_SECOND);
    else
        rel_set_day(e, c, (t >= 0 ? t : t - 86399) / 86400);
    c->conf = DNP_CONF_REL_COUNTED;
}

static int rel_now_arith(const env *e, const item *it, int n, int i, int lang, cand *c);

/* The sign after "now" at i ("now - 1 day"): its index, or -1 when none follows. */
static int now_sign(const item *it, int n, int i)
{
    int s = skip_space(it, n, i + 1);
    if (s >= n || it[s].type != IT_SEP || (it[s].sep != '-' && it[s].sep != '+' &&
                                           it[s].sep != 0x2212))
        return -1;
    return s;
}

/* issue 10: a named day followed by a clock time with minutes ("vakar 21:40", "dün 21:30",
   "어제 21:40", "ahir a les 22:14", "jučer u 09:12"): the time says the word is the day, as
   the whole text would; a short or rare word alone in running text is not read. */
static bool day_with_clock(const env *e, const item *it, int n, int i, int unit, int lang)
{
    if (unit != DNP_RU_DAY)
        return false;
    cand t;
    memset(&t, 0, sizeof t);
    /* linewrong: the probe's date has the word's language, whose time words join the time
       ("hoy a las 17:00": Spanish "a las"; language 0's would not) */
    t.lang = lang;
    int r = dnp_time_after(e, it, n, i + 1, &t);
    if (r > 0 && t.prec >= DN_PREC_MINUTE)
        return true;
    /* linewrong: or an hour alone that ends the text begun by the word ("hoy a las 17",
       "hoy 17h": the line is the date) */
    if (r > 0 && t.prec >= DN_PREC_HOUR && whole_text(e, it, i, r - 1))
        return true;
    /* issue 10: or a day period of one of its languages ("आज सकाळी", this morning) */
    int k = skip_space(it, n, i + 1);
    if (k >= n || !has_kind(&it[k], DNP_K_DAY_PERIOD))
        return false;
    dnp_langset l = rel_langs(&it[i], 1u << DNP_K_REL_NAMED, 0);
    dnp_langset p = rel_langs(&it[k], 1u << DNP_K_DAY_PERIOD, 0);
    dnp_langset_and(&l, &p);
    return !dnp_langset_empty(&l);
}

/* The weekday right after the week phrase at i, in its language ("last week Monday",
   "letzte Woche Montag", "지난주 일요일"), or NULL. */
static const dnp_meaning *rel_week_weekday(const env *e, const item *it, int n, int i)
{
    int k = skip_space(it, n, i + 1);
    if (k >= n || !has_kind(&it[k], DNP_K_WEEKDAY) || has_kind(&it[k], DNP_K_MONTH))
        return NULL;
    dnp_langset nl = rel_langs(&it[i], 1u << DNP_K_REL_NAMED, 0);
    dnp_langset wl = rel_langs(&it[k], 1u << DNP_K_WEEKDAY, 0);
    dnp_langset_and(&wl, &nl);
    const dnp_meaning *w = rel_meaning(e, &it[k], 1u << DNP_K_WEEKDAY, 0, &wl);
    if (w && w->value >= 1 && w->value <= 7 && !(w->flags & DNP_MF_RISKY) &&
        dnp_langset_has(&wl, w->lang))
        return w;
    return NULL;
}

/* issue 8: whether fillers or a short word that begins relative phrases ("of", "in", "im",
   "de"), then a month name or a four-digit year follow the named phrase at i: the phrase
   is a part of that month or year ("last week of 2018"), which the reader does not hold. */
static bool of_named_period(const item *it, int n, int i);

/* Whether lexicon key k (NULL: none) has a meaning of `kind` in language lang. */
static bool key_in_lang(const dnp_lex_key *k, int kind, int lang)
{
    if (!k || !(k->kinds & (1u << kind)))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == kind && m[q].lang == (unsigned)lang)
            return true;
    return false;
}

/* issue 8: whether a count stands right before the named phrase at i whose first word is a
   unit: "2 day before yesterday" is no day before yesterday (nor 2 days before it: the
   reader does not hold that). b27: a count in words and the unit of the phrase's language
   lang ("a w zeszłym tygodniu": Polish "and in last week", not English "a" and a "w"). */
static const dnp_meaning *rel_in(const item *w, int kind, int lang, int value);
static bool counted_before(const env *e, const item *it, int i, int lang)
{
    int b = i - 1;
    while (b >= 0 && it[b].type == IT_SEP && is_space(&it[b]))
        b--;
    if (b < 0 || b == i - 1 ||
        !(it[b].type == IT_NUM || rel_in(&it[b], DNP_K_REL_NUMBER, lang, -1)))
        return false;
    /* zoneline: a clock's minutes are no count ("kl. 12:00 á morgun": Icelandic tomorrow,
       whose "á" is a unit in Spanish) */
    if (it[b].type == IT_NUM && b > 0 && is_sep(&it[b - 1], ':'))
        return false;
    size_t pos = it[i].start;
    dnp_token t;
    if (!dnp_next_token(e->text, it[i].end, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    return key_in_lang(dnp_lex_find(t.fold, t.flen), DNP_K_REL_UNIT, lang);
}

/* b27: whether the named phrase at i ends with its language's word that precedes a year
   (locales/ year_prefix) and a year of four digits follows: "منذ عام 2021" is since the year
   2021, no year ago. */
static bool year_word_then_year(const env *e, const item *it, int n, int i, int lang)
{
    int k = skip_space(it, n, i + 1);
    if (k >= n || k == i + 1 || it[k].type != IT_NUM || it[k].ndigits != 4)
        return false;
    size_t pos = it[i].start;
    dnp_token t, last;
    last.kind = DNP_TK_SEP;
    while (dnp_next_token(e->text, it[i].end, &pos, &t))
        last = t;
    if (last.kind != DNP_TK_WORD || (last.flags & DNP_TF_LONG))
        return false;
    return key_in_lang(dnp_lex_find(last.fold, last.flen), DNP_K_YEAR_PREFIX, lang);
}

/* issue 8: the number of a day written before the named period at i, fillers between and
   its ordinal mark glued to it: "the 3rd of next month", "le 3 du mois prochain". Its
   index, or -1. */
static int day_of_period(const item *it, int i)
{
    int b = i - 1;
    bool glue = false;
    while (b >= 0 && (is_space(&it[b]) ||
                      (it[b].type == IT_WORD && has_kind(&it[b], DNP_K_FILLER) &&
                       !has_kind(&it[b], DNP_K_ORDINAL)))) {
        glue |= it[b].type == IT_WORD;
        b--;
    }
    if (b >= 0 && it[b].type == IT_WORD && has_kind(&it[b], DNP_K_ORDINAL) && b > 0 &&
        it[b - 1].type == IT_NUM && it[b - 1].end == it[b].start)
        b--;
    if (!glue || b < 0 || it[b].type != IT_NUM || it[b].ndigits > 2 || it[b].value < 1 ||
        it[b].value > 31 || (b > 0 && it[b - 1].type == IT_SEP && !is_space(&it[b - 1]) &&
                             it[b - 1].end == it[b].start))
        return -1;
    return b;
}

static bool of_named_period(const item *it, int n, int i)
{
    int a = skip_space(it, n, i + 1);
    bool glue = false;
    while (a < n && it[a].type == IT_WORD && !has_kind(&it[a], DNP_K_MONTH) &&
           (has_kind(&it[a], DNP_K_FILLER) ||
            (it[a].end - it[a].start <= DNP_PREP_BYTES &&
             (it[a].kinds & ((1u << DNP_K_PREFIX) | (1u << DNP_K_REL_FUTURE)))))) {
        a = skip_space(it, n, a + 1);
        glue = true;
    }
    return glue && a < n &&
           (has_kind(&it[a], DNP_K_MONTH) || (it[a].type == IT_NUM && it[a].ndigits == 4));
}

static bool day_month_dotted(const env *e, const item *it, int n, int k, const item *w,
                             bool lead);

/* issue 10: whether the weekday at i stands before a day and month with a dot that fall on
   it (day_month_dotted), its abbreviation's mark, a comma and blanks between. */
static bool weekday_before_dotted(const env *e, const item *it, int n, int i)
{
    int k = i + 1;
    if (k < n && is_abbr_mark(&it[k]) && it[k].start == it[i].end)
        k++;
    k = skip_space(it, n, k);
    if (k < n && is_sep(&it[k], ','))
        k = skip_space(it, n, k + 1);
    return k < n && it[k].type == IT_NUM &&
           day_month_dotted(e, it, n, k, &it[i], dnp_weekday_leads_line(e, it, n, i, k));
}

/* issue 10: whether w is a common word of a language other than lang (locales/ ordinary). */
static bool ordinary_elsewhere(const item *w, int lang)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY_CUE && w->m[q].value == DNP_CUE_ORDINARY &&
            w->m[q].lang != lang)
            return true;
    return false;
}

/* A named phrase at i (a REL_NAMED item): yesterday, vorgestern, today, now, last month,
   next year, this week, la semaine dernière; last Monday, next Monday, this Monday, 上周一;
   "last week Monday" (a weekday after a week); "two weeks ago" in words (Arabic's dual); a
   time after a day ("yesterday at 14:30"). */
/* Whether every named meaning of w is "now" (the same value, the present second: no two
   ways, rel_two_ways), as Norwegian "na", Hungarian "most", Nynorsk "no" are. */
static bool only_now(const item *w)
{
    const unsigned now = DNP_RN_MAKE(DNP_RU_SECOND, 0, 0) & 0x7Fu;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_REL_NAMED && (w->m[q].value & 0x7Fu) != now)
            return false;
    return true;
}

/* b33: whether every month meaning of x is of a language few people write. */
static bool months_rare(const item *x)
{
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_MONTH && !dnp_lang_rare((int)x->m[q].lang))
            return false;
    return true;
}

static int rel_named(const env *e, const item *it, int n, int i, cand *c)
{
    /* issue 10: a word that is only "now", in running text (not the whole text, no sign
       after it, no hinted language's), is turned away below whatever meaning is read:
       shy, and no sum ("now - 1 day"). Asked first, it spares the reading (most of a
       page's named words: "na", "no", "most"). */
    if (!whole_text(e, it, i, i) && now_sign(it, n, i) < 0 && only_now(&it[i]) &&
        !hinted_kind(e, &it[i], DNP_K_REL_NAMED))
        return -1;
    const dnp_meaning *m = rel_meaning(e, &it[i], 1u << DNP_K_REL_NAMED, 0, NULL);
    if (!m)
        return -1;
    /* a weekday or month of the hinted language is no phrase of another ("man." under nb is
       Monday, not Asturian "mañana"; qualify.c) */
    if (dnp_named_yields(e, &it[i], m))
        return -1;
    if (rel_two_ways(e, &it[i], m)) {
        /* a word both yesterday and tomorrow (Hindi "कल", "परसों"): the past, as a bare
           weekday is the latest one (the future with --prefer future); else nothing */
        const dnp_meaning *pick = rel_past_or_future(e, &it[i], m);
        if (!pick) {
            c->last = i;
            return NO_DATE_HERE;
        }
        m = pick;
        /* reldir: in running text its sentence's tense decides (page.c's two_ways_day) */
        if (e->search && e->p->prefer == DN_PREFER_AUTO)
            c->flags |= DNP_FLAG_PAGE_TWO_WAYS;
    }
    int unit = DNP_RN_UNIT(m->value), off = DNP_RN_OFFSET(m->value);
    bool whole = whole_text(e, it, i, i), now = unit == DNP_RU_SECOND && off == 0;
    /* zoneline: a risky named day that names a part of the day too, with a time after it
       that the part holds, as the whole text ("tonight at 8", "ce soir à 18 h HNE";
       clock.c's dnp_time_after applies the period) */
    /* linewrong: a risky later day (German "morgen", Spanish "mañana": morning too) with a
       time after it of an hour no 12-hour clock writes, which no morning holds (clock.c's
       later_day_time): the day at that time, in running text too ("morgen um 15 Uhr",
       "mañana a las 17:00"; not "morgen um 9 Uhr") */
    bool later_timed = false;
    if (!whole && (m->flags & DNP_MF_RISKY) && unit == DNP_RU_DAY &&
        (has_kind(&it[i], DNP_K_DAY_PERIOD) || off > 0)) {
        cand t;
        dnp_cand_clear(&t);
        t.lang = (int)m->lang; /* (its fillers are the phrase's language's: "at", "à") */
        int r = dnp_time_after(e, it, n, i + 1, &t);
        later_timed = off > 0 && r > i + 1 && t.has_time && t.hour > 12;
        whole = r > i + 1 && whole_text(e, it, i, r - 1) &&
                (has_kind(&it[i], DNP_K_DAY_PERIOD) || later_timed);
    }
    size_t ncp = 0;
    for (uint32_t b = it[i].start; b < it[i].end; b++)
        ncp += ((unsigned char)e->text[b] & 0xC0) != 0x80;
    /* a Hangul syllable says as much as a CJK character: "어제", "작년" are no short words */
    const unsigned char *w0 = (const unsigned char *)e->text + it[i].start;
    bool hangul = it[i].end - it[i].start >= 3 && w0[0] >= 0xEA && w0[0] <= 0xED &&
                  !(w0[0] == 0xEA && w0[1] < 0xB0) && !(w0[0] == 0xED && w0[1] > 0x9E);
    bool cjk = (it[i].tflags & DNP_TF_CJK) != 0 || hangul,
         hinted = hinted_kind(e, &it[i], DNP_K_REL_NAMED);
    /* one word of a language few people write, in running text, is more likely an ordinary
       word of another: Afrikaans "môre" in "Read more", Estonian "eile" (German "Eile") */
    bool one_word = memchr(e->text + it[i].start, ' ', it[i].end - it[i].start) == NULL;
    bool rare = dnp_lang_rare(m->lang);
    /* a week and a weekday of its language after it say what the short word is: "지난주
       일요일" */
    bool week_day = unit == DNP_RU_WEEK && rel_week_weekday(e, it, n, i);
    /* a risky, short or rare word alone in running text is no phrase; nor a common word of
       another language (locales/ ordinary: German "hier", here, French yesterday) */
    bool shy = !whole && !later_timed && !hinted && !week_day &&
               ((m->flags & DNP_MF_RISKY) || (ncp <= 3 && !cjk) || (one_word && !cjk && rare) ||
                (e->search && ordinary_elsewhere(&it[i], m->lang)) ||
                (unit >= DNP_RU_HOUR && unit <= DNP_RU_SECOND && off == 0)) &&
               !((ncp > 1 || cjk) && !(m->flags & DNP_MF_RISKY) &&
                 day_with_clock(e, it, n, i, unit, (int)m->lang));
    /* issue 10: dn_search keeps the word of a rare language for page.c, which reads it only
       on a page in that language ("Heddiw" on a Welsh page) */
    /* issue 10: so does a shorter named day that is no month, weekday or other date word
       anywhere ("ahir", "eilen", "מחר", "आज", "أمس"), read only on a page in its language;
       not a shorter period ("השנה", this year, is a noun phrase as often) nor "jaan" (Teso
       yesterday, Estonian January) */
    /* (b33: a month only of languages few people write is no month to a named day of a
       language many do: Turkish "dün", yesterday, is Teso's "Dun" (April)) */
    uint32_t other_kinds = it[i].kinds & ~((1u << DNP_K_REL_NAMED) | (1u << DNP_K_PREFIX) |
                                           (1u << DNP_K_FILLER));
    if (other_kinds == (1u << DNP_K_MONTH) && !rare && months_rare(&it[i]))
        other_kinds = 0;
    bool short_day = unit == DNP_RU_DAY && !DNP_RN_COUNTED(m->value) && !other_kinds;
    bool only_rare = shy && e->search && !(m->flags & DNP_MF_RISKY) &&
                     (ncp >= DNP_REL_RARE_CHARS || short_day) &&
                     !(unit >= DNP_RU_HOUR && unit <= DNP_RU_SECOND && off == 0);
    /* issue 10: such a word, the commonest named word of running text, is turned away before
       the look around it below, which only turns words away too (but "now" with a sign
       after it: "now - 1 day", rel_now_arith) */
    if (shy && !only_rare && !(now && now_sign(it, n, i) >= 0))
        return -1;
    /* part of a longer phrase: "dopo domani", "antes de ontem" (qualify.c) */
    if (!whole && dnp_named_qualified(e, it, i))
        return -1;
    if (now) {
        int r = rel_now_arith(e, it, n, i, m->lang, c);
        if (r != -1)
            return r;
    }
    if (shy) {
        if (!only_rare)
            return -1;
        c->flags |= DNP_FLAG_PAGE_LANG;
    }
    /* issue 8: a period of a named month or year is another one: "last week of 2018",
       "last week of September 2014", "letzte Woche im Oktober" (a filler or a short word
       that begins relative phrases, then a month or a year) */
    if ((unit <= DNP_RU_DAY && of_named_period(it, n, i)) || counted_before(e, it, i, m->lang) ||
        year_word_then_year(e, it, n, i, m->lang))
        return -1;
    c->lang = m->lang;
    c->first = c->last = i;
    c->conf = DNP_CONF_REL_NAMED;
    c->flags |= DN_FLAG_RELATIVE;
    if (unit < DNP_RU_MONDAY && DNP_RN_COUNTED(m->value) && unit != DNP_RU_QUARTER) {
        /* a count in words: as "2 weeks ago" */
        int64_t months = unit == DNP_RU_YEAR ? 12 * off : unit == DNP_RU_MONTH ? off : 0;
        int64_t secs = unit == DNP_RU_HOUR ? 3600 * off : unit == DNP_RU_MINUTE ? 60 * off
                     : unit == DNP_RU_SECOND ? off : 0;
        int64_t days = unit == DNP_RU_WEEK ? 7 * off : unit == DNP_RU_DAY ? off : 0;
        /* ahead, inside other words, a promise as for counted phrases ("приду через час") */
        if (off > 0 && !alone(e, it[i].start, it[i].end))
            return NO_DATE_HERE;
        rel_offset(e, c, months, days, secs, unit);
        return i + 1;
    }
    if (unit >= DNP_RU_MONDAY) {
        /* "last Sunday of March": another day (qualify.c); a weekday written as "this
           Tuesday" before a day and month it falls on is theirs, no time ("יום שלישי, 8.12
           בשעה 18:00", "יום ג', 8.12": numeric.c reads them with it) */
        if (dnp_weekday_of_what(e, it, n, i) ||
            (off == 0 && weekday_before_dotted(e, it, n, i)))
            return -1;
        int wd = unit - DNP_RU_MONDAY + 1, now_wd = dnp_weekday(e->now_days);
        int64_t d;
        if (DNP_RN_WEEKOF(m->value) || off == 0)
            d = rel_week_day(e, off, wd);
        else if (off < 0)
            d = e->now_days - ((now_wd - wd + 7) % 7 ? (now_wd - wd + 7) % 7 : 7);
        else
            d = e->now_days + ((wd - now_wd + 7) % 7 ? (wd - now_wd + 7) % 7 : 7);
        rel_set_day(e, c, d);
        return rel_time(e, it, n, i, c);
    }
    switch (unit) {
    case DNP_RU_YEAR:
        c->year = e->now_year + off, c->prec = DN_PREC_YEAR;
        return i + 1;
    case DNP_RU_MONTH: {
        int y = e->now_year, mo = e->now_month, d = 1;
        dnp_add_months(&y, &mo, &d, off);
        c->year = y, c->month = mo, c->prec = DN_PREC_MONTH;
        /* a day of it written before it: "the 3rd of next month" is that day, no month */
        int db = day_of_period(it, i);
        if (db >= 0) {
            if ((int)it[db].value > dnp_days_in_month(y, mo))
                return -1;
            c->day = (int)it[db].value, c->prec = DN_PREC_DAY, c->first = db;
            c->weekday = 0;
            return rel_time(e, it, n, i, c);
        }
        return i + 1;
    }
    case DNP_RU_WEEK: {
        /* "Monday of last week", "lunes de la semana pasada" are read from the weekday;
           "last week Monday", "letzte Woche Montag" here */
        int k = skip_space(it, n, i + 1);
        const dnp_meaning *w = rel_week_weekday(e, it, n, i);
        if (w) {
            rel_set_day(e, c, rel_week_day(e, off, w->value));
            c->last = k, c->conf = DNP_CONF_REL_DAY;
            return rel_time(e, it, n, k, c);
        }
        dnp_iso_week(e->now_days + 7 * (int64_t)off, &c->year, &c->week);
        c->prec = DN_PREC_WEEK;
        return i + 1;
    }
    case DNP_RU_DAY:
        rel_set_day(e, c, e->now_days + off);
        if (off == 0)
            c->conf = DNP_CONF_REL_DAY;
        return rel_time(e, it, n, i, c);
    case DNP_RU_HOUR:
    case DNP_RU_MINUTE:
    case DNP_RU_SECOND: {
        /* "this hour", "this minute", "now": that period of the reference, from its start */
        static const int secs[] = {[DNP_RU_HOUR] = 3600, [DNP_RU_MINUTE] = 60, [DNP_RU_SECOND] = 1};
        static const dn_precision precs[] = {[DNP_RU_HOUR] = DN_PREC_HOUR,
                                             [DNP_RU_MINUTE] = DN_PREC_MINUTE,
                                             [DNP_RU_SECOND] = DN_PREC_SECOND};
        int64_t t = e->now_days * 86400 + e->now_sec + (int64_t)off * secs[unit];
        t -= ((t % secs[unit]) + secs[unit]) % secs[unit];
        rel_set_instant(e, c, t, precs[unit]);
        return i + 1;
    }
    }
    return -1; /* a quarter has no precision to give */
}

/* A count at x: a number, or a number word ("a", "une", "two"). Returns the count or -1. */
static int64_t rel_count(const item *x)
{
    if (x->type == IT_NUM)
        return x->ndigits <= 6 && !(x->tflags & DNP_TF_LONG) ? (int64_t)x->value : -1;
    int64_t v = -1;
    if (!(x->kinds & (1u << DNP_K_REL_NUMBER)))
        return -1; /* most words: none of their meanings is a number */
    for (uint32_t q = 0; x->type == IT_WORD && q < x->nm; q++)
        if (x->m[q].kind == DNP_K_REL_NUMBER)
            v = x->m[q].value;
    return v;
}

/* Whether x is a count (rel_count(x) >= 0) without finding its value: a number word's values
   are never negative. */
static inline bool is_count(const item *x)
{
    return x->type == IT_NUM ? x->ndigits <= 6 && !(x->tflags & DNP_TF_LONG)
                             : x->type == IT_WORD && (x->kinds & (1u << DNP_K_REL_NUMBER));
}

/* The meaning of w of this kind in language lang with this value (value < 0: any), or NULL. */
static const dnp_meaning *rel_in(const item *w, int kind, int lang, int value)
{
    for (uint32_t q = 0; w->type == IT_WORD && q < w->nm; q++)
        if (w->m[q].kind == kind && w->m[q].lang == lang && (value < 0 || w->m[q].value == value))
            return &w->m[q];
    return NULL;
}

static double rel_pref(const env *e, const dnp_meaning *m)
{
    return dnp_meaning_pref(e, m, NULL) + ((m->flags & DNP_MF_ABBR) ? 0 : DNP_PREF_FULL_FORM);
}

/* The COUNT UNIT pairs of a counted phrase, at most REL_PAIRS_MAX: "2 weeks 3 days", "1
   year, 2 months", "2 ч. 21 мин."; the last unit may be the words after the count of a
   whole CLDR pattern ("days ago", "gün içinde"), which end the pairs. */
#define REL_PAIRS_MAX 4
typedef struct {
    int n;
    int count_at[REL_PAIRS_MAX], unit_at[REL_PAIRS_MAX];
    int and_at[REL_PAIRS_MAX]; /* the "and" before the pair, or -1 */
    int64_t count[REL_PAIRS_MAX];
    int milli[REL_PAIRS_MAX];  /* thousandths of a decimal count ("1.5": 500) */
} rel_pairs;

#define REL_UNIT_KINDS ((1u << DNP_K_REL_UNIT) | (1u << DNP_K_REL_PAT_AFTER))

/* Whether x is a mark that ends the word before it: an abbreviation's dot ("мин.", "сл.")
   or Tibetan's tsheg, which closes every syllable ("ཟླཝ་ ༡ ཧེ་མ་"). */
static bool word_end_mark(const item *x)
{
    return is_sep(x, '.') || is_sep(x, 0x0F0B);
}

/* The item after the word at w and the mark that ends it, if any, and white space. */
static inline __attribute__((always_inline)) int skip_dot(const item *it, int n, int w)
{
    int q = w + 1;
    if (q < n && word_end_mark(&it[q]) && it[q].start == it[w].end)
        q++;
    return skip_space(it, n, q);
}

/* The count after the words before it (at w): past the word's end mark, a hyphen that joins
   it to the count (Zulu "ongu-1") or the bracket of a written alternative (Luxembourgish
   "viru(n) 2 Joer"), and white space. */
static int skip_to_count(const item *it, int n, int w)
{
    int q = w + 1;
    if (q < n && it[q].type == IT_SEP && !(it[q].tflags & (DNP_TF_SPACE | DNP_TF_HARD)) &&
        it[q].start == it[w].end &&
        (word_end_mark(&it[q]) || it[q].sep == ')' ||
         (it[q].sep == '-' && q + 1 < n && it[q + 1].type == IT_NUM &&
          it[q + 1].start == it[q].end)))
        q++;
    return skip_space(it, n, q);
}

/* Whether a mark glued between a word or number and a count makes them one token: a
   hyphen or dash of a range ("5-7", "5–7"), a slash, a tilde ("5~7"). */
static bool joins_count(uint32_t c)
{
    return c == '-' || c == '/' || c == '~' || c == 0x2010 || c == 0x2011 || c == 0x2013 ||
           c == 0x2014 || c == 0x2212 || c == 0xFF5E;
}

/* The sign touching the count at k ("+3 d", "-10 J."): +1, -1, or 0 when none. The sign
   must not touch a word or number before it ("e29b-41d4" is no "41 days ago"). */
static int sign_before(const item *it, int k)
{
    if (k < 1 || it[k - 1].type != IT_SEP || it[k - 1].end != it[k].start)
        return 0;
    if (k >= 2 && it[k - 2].end == it[k - 1].start &&
        (it[k - 2].type == IT_NUM || it[k - 2].type == IT_WORD))
        return 0;
    uint32_t c = it[k - 1].sep;
    return c == '+' ? 1 : c == '-' || c == 0x2212 || c == 0x2013 ? -1 : 0;
}

/* DNP_MF_FORM_* of the unit word at u as the text writes it: its first letter's case and
   whether a dot ends it. */
static int text_form(const env *e, const item *it, int n, int u)
{
    size_t p = it[u].start;
    UChar32 c = dnp_utf8_next(e->text, it[u].end, &p);
    bool dot = u + 1 < n && is_sep(&it[u + 1], '.') && it[u + 1].start == it[u].end;
    return (u_isupper(c) ? DNP_MF_FORM_UPPER : DNP_MF_FORM_LOWER) |
           (dot ? DNP_MF_FORM_DOT : DNP_MF_FORM_BARE);
}

/* Whether a pattern is written as the text writes it (form: text_form's; minus: the
   text's minus is a typographic one); a meaning that records no form is. */
static bool form_fits(const dnp_meaning *m, int form, bool minus)
{
    return (!(m->flags & DNP_MF_FORMS) || (m->flags & form) == form) &&
           (DNP_RPAT_FUTURE(m->value) || ((m->value & DNP_RPAT_MINUS) != 0) == minus);
}

/* Whether w is the after-words of a pattern with words before the count too. */
static bool pat_other(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_REL_PAT_AFTER && DNP_RPAT_OTHER(w->m[q].value))
            return true;
    return false;
}

/* The item after the count cnt at k where its unit stands (when the pair reads): past a
   decimal's point and fraction (*milli set to the fraction's thousandths), white space, a
   hyphen that joins the count to the words after it. */
static inline __attribute__((always_inline)) int unit_after_count(const item *it, int n, int k,
                                                                  int64_t cnt, int *milli)
{
    int ce = k;
    *milli = 0;
    /* a decimal count, with the point or the comma: "1.5 days", "in 0,5 hours" */
    if (cnt >= 0 && it[k].type == IT_NUM && k + 2 < n && it[k + 1].type == IT_SEP &&
        (it[k + 1].sep == '.' || it[k + 1].sep == ',') && it[k + 1].start == it[k].end &&
        it[k + 2].type == IT_NUM && it[k + 2].start == it[k + 1].end && it[k + 2].ndigits <= 3) {
        *milli = (int)it[k + 2].value;
        for (int d = it[k + 2].ndigits; d < 3; d++)
            *milli *= 10;
        ce = k + 2;
    }
    int u = skip_space(it, n, ce + 1);
    /* a hyphen that joins the count to the words after it (Maltese "11-il min. ilu") */
    if (u == ce + 1 && u + 1 < n && is_sep(&it[u], '-') && it[u].start == it[ce].end &&
        it[u + 1].start == it[u].end && it[u + 1].type == IT_WORD)
        u++;
    return u;
}

static void read_pairs(const item *it, int n, int k, rel_pairs *pr)
{
    int and_at = -1;
    pr->n = 0;
    while (k < n && pr->n < REL_PAIRS_MAX) {
        int64_t cnt = rel_count(&it[k]);
        int milli;
        int u = unit_after_count(it, n, k, cnt, &milli);
        if (cnt < 0 || u >= n || it[u].type != IT_WORD || !(it[u].kinds & REL_UNIT_KINDS))
            break;
        pr->count_at[pr->n] = k, pr->unit_at[pr->n] = u, pr->count[pr->n] = cnt;
        pr->milli[pr->n] = milli;
        pr->and_at[pr->n] = and_at;
        pr->n++;
        /* "days ago" ends the pairs; a unit whose direction word stands before the first
           count ("za 1 dźeń 12 hodź") may be followed by more */
        if (!has_kind(&it[u], DNP_K_REL_UNIT) && !pat_other(&it[u]))
            break;
        int q = skip_dot(it, n, u);
        if (q < n && is_sep(&it[q], ','))
            q = skip_space(it, n, q + 1);
        and_at = -1;
        if (q < n && has_kind(&it[q], DNP_K_REL_AND)) {
            and_at = q;
            q = skip_space(it, n, q + 1);
        }
        k = q;
    }
}

/* Whether a phrase ending at item last ends there: no letter or digit touches it ("3d4" is
   no "3 days"). */
static bool ends_clean(const item *it, int n, int last)
{
    return last + 1 >= n || it[last + 1].start != it[last].end ||
           (it[last + 1].type != IT_NUM && it[last + 1].type != IT_WORD);
}

/* A phrase read: its items, direction, language and offset. */
typedef struct {
    int first, last, sign, lang;
    int64_t months, days, secs;
    int finest;
    double pref;
    bool ambiguous;
    bool signed_; /* read from a sign and a unit alone ("+3 d") */
    bool abbr;    /* its unit is an abbreviated form ("g.", "год" in Ukrainian) */
    bool partial; /* (when none was read) only a part of the pairs reads: last = its end */
} rel_phrase;

static bool add_unit(rel_phrase *ph, int unit, int64_t cnt, int milli)
{
    if (milli) {
        /* a fraction of a day or less is a time ("1.5 days" is 36 hours); of a month or
           a year, no date says which */
        static const int64_t secs[] = {[DNP_RU_WEEK] = 604800, [DNP_RU_DAY] = 86400,
                                       [DNP_RU_HOUR] = 3600, [DNP_RU_MINUTE] = 60};
        if (unit < DNP_RU_WEEK || unit > DNP_RU_MINUTE || cnt > 1000000)
            return false;
        ph->secs += (cnt * 1000 + milli) * secs[unit] / 1000;
        if (ph->finest < DNP_RU_SECOND)
            ph->finest = DNP_RU_SECOND;
        return true;
    }
    switch (unit) {
    case DNP_RU_YEAR: ph->months += 12 * cnt; break;
    case DNP_RU_QUARTER: ph->months += 3 * cnt; break;
    case DNP_RU_MONTH: ph->months += cnt; break;
    case DNP_RU_WEEK: ph->days += 7 * cnt; break;
    case DNP_RU_DAY: ph->days += cnt; break;
    case DNP_RU_HOUR: ph->secs += 3600 * cnt; break;
    case DNP_RU_MINUTE: ph->secs += 60 * cnt; break;
    case DNP_RU_SECOND: ph->secs += cnt; break;
    default: return false;
    }
    if (unit > ph->finest)
        ph->finest = unit;
    return true;
}

/* The offset of pairs [0, upto) in language lang: each unit a REL_UNIT word of lang, or
   the after-words of a pattern of lang in direction fut (0 past, 1 future; -1: none), the
   unit inflected for it (Upper Sorbian "za 1 dźeń 12 hodź"); each count a number or a
   number word of lang; the pair `upto` (when < pr->n) has unit last_unit. False when a
   word is not of lang. */
static bool sum_pairs(const item *it, const rel_pairs *pr, int upto, int last_unit, int lang,
                      int fut, rel_phrase *ph)
{
    ph->months = ph->days = ph->secs = 0;
    ph->finest = 0;
    for (int p = 0; p < pr->n; p++) {
        const item *x = &it[pr->count_at[p]];
        if (x->type == IT_WORD && !rel_in(x, DNP_K_REL_NUMBER, lang, (int)pr->count[p]))
            return false;
        if (pr->and_at[p] >= 0 && !rel_in(&it[pr->and_at[p]], DNP_K_REL_AND, lang, -1))
            return false;
        int unit = last_unit;
        if (p < upto) {
            const item *w = &it[pr->unit_at[p]];
            const dnp_meaning *m = rel_in(w, DNP_K_REL_UNIT, lang, -1);
            if (m)
                unit = m->value;
            else {
                for (uint32_t q = 0; fut >= 0 && !m && q < w->nm; q++)
                    if (w->m[q].kind == DNP_K_REL_PAT_AFTER && w->m[q].lang == lang &&
                        DNP_RPAT_FUTURE(w->m[q].value) == (fut == 1) &&
                        !DNP_RPAT_SIGNED(w->m[q].value))
                        m = &w->m[q];
                if (!m)
                    return false;
                unit = DNP_RPAT_UNIT(m->value);
            }
        }
        if (!add_unit(ph, unit, pr->count[p], pr->milli[p]))
            return false;
    }
    return true;
}

/* The widest reading wins. Two readings over the same words that disagree leave the phrase
   ambiguous, no date: of one language (regional variants of a language no longer disagree:
   lexgen lets its default locale decide, so Serbian's narrow "za 2 s." is a second in sr
   and sr_BA; tools/lexgen/relative.c says why), of a sign and a unit letter ("-20 u.":
   hours in Scottish Gaelic, weeks elsewhere), and of two languages whose units are both
   abbreviated or both full words ("za 1 g.": a year in Bosnian, an hour in Polish), since
   the number of speakers says nothing of which language a text is in. Of two languages, a
   unit written as a full word wins over another's abbreviation that spells it ("через 1
   год": a year in Russian, where Ukrainian's "год" abbreviates "годин"). Readings that agree
   take the likeliest language. With hints, a reading in a hinted language beats one as wide
   in another, and no ambiguity is left between them ("-1 u." under gd is an hour ago, "za
   1 g." under bs in a year). */
static void keep_best(const env *e, rel_phrase *best, const rel_phrase *t)
{
    int tw = t->last - t->first, bw = best->last - best->first;
    if (best->sign && tw == bw && e->p->nhints) {
        bool th = t->lang >= 0 && dnp_langset_has(&e->p->hint_set, (unsigned)t->lang);
        bool bh = best->lang >= 0 && dnp_langset_has(&e->p->hint_set, (unsigned)best->lang);
        if (th != bh) {
            if (th)
                *best = *t;
            return;
        }
    }
    bool differ = t->sign != best->sign || t->months != best->months ||
                  t->days != best->days || t->secs != best->secs;
    if (best->sign && tw == bw && differ && t->lang != best->lang && t->abbr != best->abbr &&
        !(t->signed_ && best->signed_)) {
        if (!t->abbr)
            *best = *t; /* the full word over another language's abbreviation */
        return;
    }
    if (best->sign && tw == bw && differ)
        best->ambiguous = true;
    if (!best->sign || tw > bw || (tw == bw && t->pref > best->pref)) {
        bool amb = best->sign && tw == bw && best->ambiguous;
        *best = *t;
        best->ambiguous = amb;
    }
}

/* Whether the unit word w is abbreviated in language lang. */
static bool rel_unit_abbr(const item *w, int lang)
{
    const dnp_meaning *m = rel_in(w, DNP_K_REL_UNIT, lang, -1);
    return m && (m->flags & DNP_MF_ABBR);
}

/* Whether the words at w are the before-words of the pattern whose after-words mean v, in
   lang; glued: they touch the count, which only a pattern that glues them allows. */
static bool pat_before(const item *w, int lang, int v, bool glued)
{
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (m->kind == DNP_K_REL_PAT_BEFORE && m->lang == lang &&
            (m->value & ~DNP_RPAT_GLUED) == (unsigned)v && (!glued || (m->value & DNP_RPAT_GLUED)))
            return true;
    }
    return false;
}

/* A pattern whose words, unit included, all stand before the count (Swahili "baada ya
   miezi {0}", Hausa "a cikin kwanaki {0}"): the words at b, the count at k. */
static bool rel_unit_first(const env *e, const item *it, int n, int b, int k, bool glued,
                           rel_phrase *best)
{
    int64_t cnt = k < n ? rel_count(&it[k]) : -1;
    if (cnt < 0 || !ends_clean(it, n, k))
        return false;
    rel_phrase t = {0};
    for (uint32_t q = 0; q < it[b].nm; q++) {
        const dnp_meaning *m = &it[b].m[q];
        if (m->kind != DNP_K_REL_PAT_BEFORE || DNP_RPAT_OTHER(m->value) ||
            (glued && !(m->value & DNP_RPAT_GLUED)) ||
            DNP_RPAT_SIGNED(m->value) || (m->flags & DNP_MF_RISKY) ||
            (it[k].type == IT_WORD && !rel_in(&it[k], DNP_K_REL_NUMBER, m->lang, (int)cnt)))
            continue;
        memset(&t, 0, sizeof t);
        if (!add_unit(&t, DNP_RPAT_UNIT(m->value), cnt, 0))
            continue;
        t.first = b, t.last = k, t.lang = m->lang, t.sign = DNP_RPAT_FUTURE(m->value) ? 1 : -1;
        t.pref = rel_pref(e, m);
        t.abbr = m->flags & DNP_MF_ABBR;
        keep_best(e, best, &t);
    }
    return best->sign != 0 && !best->ambiguous;
}

/* One counted phrase with one direction at i, read whole or not at all:
     [before] COUNT UNIT [COUNT UNIT ...] [after]
   where the direction comes from exactly one place: CLDR's whole pattern around the last
   count ("il y a {0} jours", "{0} days ago", "ᎾᎿ {0} ᏒᎾ.", "{0} ஆண்டுகளில்"), or a
   direction word before the first count or after the last unit (locales/ rel_past,
   rel_future; "2 weeks 3 days ago"). Every word must be of one language. */
static bool rel_read_pairs(const env *e, const item *it, int n, int b, int k, bool glued,
                           const rel_pairs *pr, rel_phrase *best);

static bool rel_phrase_from(const env *e, const item *it, int n, int i, bool as_count,
                            rel_phrase *best);
static bool rel_phrase_pairs(const env *e, const item *it, int n, int b, int k, bool glued,
                             rel_phrase *best);

/* A word that may begin a phrase both as its direction and as its count ("an": English "a",
   Luxembourgish "in"; "um": Portuguese "one", Faroese "in") is read as the direction first. */
static bool rel_phrase_at(const env *e, const item *it, int n, int i, rel_phrase *best)
{
    const uint32_t before_kinds = (1u << DNP_K_REL_PAT_BEFORE) | REL_DIR_KINDS;
    bool before = it[i].type == IT_WORD && (it[i].kinds & before_kinds);
    if (!before || rel_count(&it[i]) < 0)
        return rel_phrase_from(e, it, n, i, !before, best);
    rel_phrase as_dir;
    if (rel_phrase_from(e, it, n, i, false, &as_dir)) {
        *best = as_dir;
        return true;
    }
    if (rel_phrase_from(e, it, n, i, true, best))
        return true;
    if (as_dir.partial)
        *best = as_dir;
    return false;
}

static bool rel_phrase_from(const env *e, const item *it, int n, int i, bool as_count,
                            rel_phrase *best)
{
    int b = -1, k = i, about = -1;
    bool glued = false; /* the word before the count touches it */
    memset(best, 0, sizeof *best);
    /* "about 3 hours ago", "il y a environ 23 heures", "hace cerca de 23 horas": a word that
       makes the count approximate stands first or after the direction word */
    if (as_count && has_kind(&it[i], DNP_K_REL_ABOUT) && rel_count(&it[i]) < 0) {
        about = i;
        k = skip_space(it, n, i + 1);
        if (k >= n || (it[k].type != IT_NUM && !has_kind(&it[k], DNP_K_REL_NUMBER)))
            return false;
    }
    if (!as_count) {
        b = i;
        k = skip_to_count(it, n, i);
        glued = k < n && it[k].start == it[i].end && !(it[i].tflags & DNP_TF_CJK);
        if (k < n && has_kind(&it[k], DNP_K_REL_ABOUT) && rel_count(&it[k]) < 0) {
            about = k;
            k = skip_space(it, n, k + 1);
        }
    }
    if (!rel_phrase_pairs(e, it, n, b, k, glued, best))
        return false;
    if (about >= 0 && !rel_in(&it[about], DNP_K_REL_ABOUT, best->lang, -1)) {
        memset(best, 0, sizeof *best);
        return false;
    }
    if (about == i)
        best->first = i;
    return true;
}

/* rel_phrase_from past the words before the count: b (or -1) the direction word, k the
   count. */
static bool rel_phrase_pairs(const env *e, const item *it, int n, int b, int k, bool glued,
                             rel_phrase *best)
{
    int i = b >= 0 ? b : k;
    /* the phrase starts at a word boundary: "e29b-41d4" is no "41 days"; nor is the count
       a decimal's fraction ("1.5 months ago" is no "5 months ago") */
    if (i > 0 && it[i - 1].end == it[i].start &&
        (it[i - 1].type == IT_NUM || it[i - 1].type == IT_WORD))
        return false;
    /* nor the second number of a range or a name ("5-7 days ago", "COVID-19 days ago"):
       reading the count alone would be half of what the text says */
    if (i > 0 && it[i - 1].type == IT_SEP && joins_count(it[i - 1].sep) &&
        it[i - 1].end == it[i].start && it[i - 1].start > 0) {
        unsigned char p = (unsigned char)e->text[it[i - 1].start - 1];
        if (p >= 0x80 || (p >= '0' && p <= '9') || ((p | 0x20) >= 'a' && (p | 0x20) <= 'z'))
            return false;
    }
    if (i > 1 && it[i - 1].type == IT_SEP && (it[i - 1].sep == '.' || it[i - 1].sep == ',') &&
        it[i - 1].end == it[i].start && it[i - 2].type == IT_NUM && it[i - 2].end == it[i - 1].start)
        return false;
    rel_pairs pr;
    read_pairs(it, n, k, &pr);
    if (!pr.n)
        return b >= 0 && rel_unit_first(e, it, n, b, k, glued, best);
    /* a pair after an "and" of another language ("il y a 2 jours à 10h": Czech "a") is no
       part of the phrase: read it without */
    int all = pr.n, last = pr.unit_at[pr.n - 1];
    while (!rel_read_pairs(e, it, n, b, k, glued, &pr, best)) {
        int p = pr.n - 1;
        while (p > 0 && pr.and_at[p] < 0)
            p--;
        if (p <= 0) {
            /* the first pairs read without the last ones ("pred 15 tednom 10 dan"): half a
               phrase, which is no date */
            for (pr.n = all - 1; pr.n > 0; pr.n--)
                if (rel_read_pairs(e, it, n, b, k, glued, &pr, best)) {
                    memset(best, 0, sizeof *best);
                    best->partial = true, best->last = last;
                    return false;
                }
            return false;
        }
        pr.n = p;
        memset(best, 0, sizeof *best);
    }
    return true;
}

/* Whether the words of item L (a pattern's words after the count) end with a word of the
   past standing after its count in language lang (locales/ rel_past after): "timmar
   sedan". (Not the future: Pashto's "کې" ends both the past and the future narrow forms.) */
static bool ends_with_past(const env *e, const item *L, int lang)
{
    size_t pos = L->start;
    dnp_token t, last = {0};
    while (pos < L->end && dnp_next_token(e->text, L->end, &pos, &t))
        if (t.kind == DNP_TK_WORD)
            last = t;
    if (!last.flen || last.start == L->start || (last.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find(last.fold, last.flen);
    if (!k)
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_REL_PAST && m[q].value == DNP_RP_AFTER && m[q].lang == lang)
            return true;
    return false;
}

/* rel_phrase_at over pairs pr: the direction and language of its words. */
static bool word_follows(const env *e, size_t at);

static bool rel_read_pairs(const env *e, const item *it, int n, int b, int k, bool glued,
                           const rel_pairs *pr_, rel_phrase *best)
{
    const rel_pairs pr = *pr_;
    int lu = pr.unit_at[pr.n - 1];
    const item *L = &it[lu];
    rel_phrase t = {0};
    /* the patterns written as the text writes the unit (case, final dot, the minus), when
       some read the phrase, say more than those that only fold to it: French "-2 j" is a
       day, Luxembourgish "-2 J." a year; Lower Sorbian "za 2 m" minutes, Serbian "za 2 m."
       months. The others are read when none of those does. */
    int sg = pr.n == 1 ? sign_before(it, pr.count_at[0]) : 0, form = -1;
    int sure = 0, sure_fit = 0; /* readings that are not risky: all of them, those that fit */
    bool minus = sg < 0 && e->text[it[pr.count_at[0] - 1].start] != '-';
    rel_phrase fit = {0};
    const dnp_meaning *lm = L->m;
    const uint32_t lnm = (L->kinds & (1u << DNP_K_REL_PAT_AFTER)) ? L->nm : 0;
    /* the whole pattern: the words after the last count, and those before the first */
    for (uint32_t q = 0; q < lnm; q++) {
        const dnp_meaning *ma = &lm[q];
        if (ma->kind != DNP_K_REL_PAT_AFTER)
            continue;
        bool risky = (ma->flags & DNP_MF_RISKY) &&
                     !(e->p->nhints && dnp_langset_has(&e->p->hint_set, ma->lang));
        /* a risky sign's pattern (Scottish Gaelic "-{0} d", a second where root's is a day)
           is read only to make the others ambiguous */
        if (risky && !DNP_RPAT_SIGNED(ma->value))
            continue;
        int unit = DNP_RPAT_UNIT(ma->value);
        t.first = k;
        t.ambiguous = t.signed_ = false;
        if (DNP_RPAT_SIGNED(ma->value)) {
            /* "+3 d": one count, the sign says the direction */
            if (sg != (DNP_RPAT_FUTURE(ma->value) ? 1 : -1))
                continue;
            t.first = pr.count_at[0] - 1;
            t.signed_ = true;
            /* a sign and a unit ("-2 t", "+3 j", "-2 min") stand for far more in running
               text (tonnes, a score, a difference): only alone in the text, or in a hinted
               language */
            if (!alone(e, it[t.first].start, L->end) &&
                !(e->p->nhints && dnp_langset_has(&e->p->hint_set, ma->lang)))
                continue;
        } else if (DNP_RPAT_OTHER(ma->value)) {
            /* "o 2 h", not "O2H": a word touches the count only where CLDR glues it; the
               words before are left out where those after end with a direction word of
               their own ("3 timmar sedan" for CLDR's "för 3 timmar sedan") */
            if (b >= 0 && pat_before(&it[b], ma->lang, ma->value, glued))
                t.first = b;
            else if (DNP_RPAT_FUTURE(ma->value) || !ends_with_past(e, L, ma->lang))
                continue;
        }
        if (!sum_pairs(it, &pr, pr.n - 1, unit, ma->lang, DNP_RPAT_FUTURE(ma->value), &t))
            continue;
        t.last = lu, t.lang = ma->lang, t.sign = DNP_RPAT_FUTURE(ma->value) ? 1 : -1;
        t.pref = rel_pref(e, ma);
        t.abbr = ma->flags & DNP_MF_ABBR;
        sure += !risky;
        keep_best(e, best, &t);
        if (form < 0)
            form = text_form(e, it, n, lu);
        if (form_fits(ma, form, minus)) {
            sure_fit += !risky;
            keep_best(e, &fit, &t);
        }
    }
    if (fit.sign)
        *best = fit, sure = sure_fit;
    if (sg && best->sign && !sure)
        best->ambiguous = true; /* only risky readings */
    /* CLDR's whole pattern, when it reads the phrase, is surer than the words alone */
    if (best->sign || !has_kind(L, DNP_K_REL_UNIT))
        return best->sign != 0 && !best->ambiguous && ends_clean(it, n, best->last);
    /* a direction word before the first count ("in", "vor", "il y a") */
    for (uint32_t q = 0; b >= 0 && !glued && q < it[b].nm; q++) {
        const dnp_meaning *m = &it[b].m[q];
        if (!(REL_DIR_KINDS & (1u << m->kind)) || m->value != DNP_RP_BEFORE ||
            !sum_pairs(it, &pr, pr.n, 0, m->lang, m->kind == DNP_K_REL_FUTURE, &t))
            continue;
        t.first = b, t.last = lu, t.lang = m->lang, t.ambiguous = t.signed_ = false;
        t.sign = m->kind == DNP_K_REL_PAST ? -1 : 1;
        t.pref = rel_pref(e, m);
        t.abbr = rel_unit_abbr(L, m->lang);
        keep_best(e, best, &t);
    }
    /* or after the last unit ("ago", "назад", "later") */
    int a = skip_dot(it, n, lu); /* "21 хвіл. назад" */
    for (uint32_t q = 0; a < n && it[a].type == IT_WORD && q < it[a].nm; q++) {
        const dnp_meaning *m = &it[a].m[q];
        if (!(REL_DIR_KINDS & (1u << m->kind)) || m->value != DNP_RP_AFTER ||
            !sum_pairs(it, &pr, pr.n, 0, m->lang, m->kind == DNP_K_REL_FUTURE, &t))
            continue;
        /* a risky one is a preposition when a word follows it ("3 hours before doors",
           "7 days before the hearing"): only at the end of the phrase ("4 days before") */
        if ((m->flags & DNP_MF_RISKY) && word_follows(e, it[a].end))
            continue;
        t.first = k, t.last = a, t.lang = m->lang, t.ambiguous = t.signed_ = false;
        t.sign = m->kind == DNP_K_REL_PAST ? -1 : 1;
        t.pref = rel_pref(e, m);
        t.abbr = rel_unit_abbr(L, m->lang);
        keep_best(e, best, &t);
    }
    return best->sign != 0 && !best->ambiguous && ends_clean(it, n, best->last);
}

/* Whether a word follows text[at] after spaces on its line, not a named day ("2 days
   before today" is 2 days ago). */
static bool word_follows(const env *e, size_t at)
{
    while (at < e->len && (e->text[at] == ' ' || e->text[at] == '\t'))
        at++;
    if (at >= e->len)
        return false;
    unsigned char ch = (unsigned char)e->text[at];
    if (!(ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
        return false;
    size_t pos = at;
    dnp_token t;
    if (!dnp_next_token(e->text, e->len, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return true;
    const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
    return !(k && (k->kinds & (1u << DNP_K_REL_NAMED)));
}

/* Sets c to the reference moved by a phrase's offset. False when the offset is absurd. */
static bool rel_apply(const env *e, const rel_phrase *ph, cand *c)
{
    if (ph->months > 120000 || ph->days > 3660000 || ph->secs > 316224000000)
        return false;
    rel_offset(e, c, ph->sign * ph->months, ph->sign * ph->days, ph->sign * ph->secs, ph->finest);
    c->lang = ph->lang;
    c->first = ph->first, c->last = ph->last;
    return true;
}

/* The end of a phrase read from a word before its count, with the word after it that says
   the same direction in its language ("in three weeks' time", "in 2 hours time"). */
static int rel_close(const item *it, int n, const rel_phrase *ph)
{
    const item *f = &it[ph->first];
    int kind = ph->sign > 0 ? DNP_K_REL_FUTURE : DNP_K_REL_PAST, q = ph->last + 1;
    if (!rel_in(f, kind, ph->lang, DNP_RP_BEFORE) && !rel_in(f, DNP_K_REL_PAT_BEFORE, ph->lang, -1))
        return ph->last;
    if (q < n && it[q].type == IT_SEP && dnp_is_apostrophe((UChar32)it[q].sep) &&
        it[q].start == it[ph->last].end)
        q++;
    q = skip_space(it, n, q);
    return q < n && rel_in(&it[q], kind, ph->lang, DNP_RP_AFTER) && ends_clean(it, n, q)
               ? q : ph->last;
}

/* Whether w is a named relative phrase and no date word of another kind, other than today
   (counting from today is counting from the reference: "2 days before today"). */
static bool only_rel_named(const item *w)
{
    if (!has_kind(w, DNP_K_REL_NAMED) || (w->kinds & ~((1u << DNP_K_PREFIX) | DNP_REL_KINDS)))
        return false;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_REL_NAMED && DNP_RN_UNIT(w->m[q].value) == DNP_RU_DAY &&
            DNP_RN_OFFSET(w->m[q].value) == 0)
            return false;
    return true;
}

/* A counted phrase at i, and the phrases of the same direction and language that follow it
   ("fa 4 setmanes fa 5 segons", "2 gün öncə 23 saat öncə", "hai 2 selmanes hai 3 díes"):
   their offsets add up. A following phrase of the other direction or another language
   makes the whole unreadable (nothing, rather than half of it). */
static int rel_counted(const env *e, const item *it, int n, int i, cand *c)
{
    rel_phrase ph, next;
    if (!rel_phrase_at(e, it, n, i, &ph)) {
        if (!ph.partial)
            return -1;
        c->last = ph.last;
        return NO_DATE_HERE;
    }
    for (int rounds = 0; rounds < REL_PAIRS_MAX; rounds++) {
        int q = skip_space(it, n, ph.last + 1);
        if (q < n && is_sep(&it[q], ','))
            q = skip_space(it, n, q + 1);
        if (q >= n || !rel_phrase_at(e, it, n, q, &next))
            break;
        if (next.sign != ph.sign || next.lang != ph.lang) {
            c->last = next.last;
            return NO_DATE_HERE;
        }
        ph.months += next.months, ph.days += next.days, ph.secs += next.secs;
        if (next.finest > ph.finest)
            ph.finest = next.finest;
        ph.last = next.last;
    }
    ph.last = rel_close(it, n, &ph);
    /* issue 8: a named day or period right after it is what the offset counts from, which
       this reader does not hold: "a week before yesterday" is no week ago */
    int nq = skip_space(it, n, ph.last + 1);
    if (nq < n && only_rel_named(&it[nq])) {
        c->last = nq;
        return NO_DATE_HERE;
    }
    if (!rel_apply(e, &ph, c))
        return -1;
    /* a day-level offset may name the time: "2 days ago at 14:30" */
    int end = ph.finest < DNP_RU_HOUR ? rel_time(e, it, n, ph.last, c) : ph.last + 1;
    /* a count ahead inside other words is a duration or a promise, in line mode as in
       search ("3-2 after 90 minutes", "I'll be there in a second"); alone it is a date */
    if (ph.sign > 0 && !alone(e, it[ph.first].start, it[end - 1].end) &&
        !dnp_rel_event_before(e, it[ph.first].start, c->lang)) {
        c->last = end - 1;
        return NO_DATE_HERE;
    }
    return end;
}

/* issue 10: whether the word right before `start` (past one blank) names the moment a
   counted phrase after it dates, in language lang (locales/ rel_event: "окончание через 6
   дней", the auction's end; "ends in 3 days"): the phrase is that moment, no duration.
   Read from the bytes: such a word is no date word to the scan (no kind bit). */
bool dnp_rel_event_before(const env *e, size_t start, int lang)
{
    size_t w = start;
    if (lang < 0 || w < e->content_start + 2 || e->text[w - 1] != ' ')
        return false;
    w--;
    size_t ws = w;
    while (ws > e->content_start && w - ws < DNP_WORD_MAX &&
           ((unsigned char)e->text[ws - 1] >= 0x80 ||
            ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
        ws--;
    if (ws == w)
        return false;
    dnp_token t = {0};
    size_t pos = ws;
    while (pos < w && dnp_next_token(e->text, w, &pos, &t))
        ;
    if (t.kind != DNP_TK_WORD || t.end != w || (t.flags & DNP_TF_LONG))
        return false;
    return lang >= 0 && dnp_key_has_cue(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_REL_EVENT, lang);
}

/* A social-media stamp that is the whole text: a count glued to an abbreviated unit ("5m",
   "2h", "3d", "1w", "2mo", "1y"), that long ago. The count stays below the next unit's size
   (DNP_STAMP_LIMITS: "59m", "23h", then the stamp says the next unit), so "100m" and "24h"
   are no stamps; a one-letter unit is written in lower case ("3D" is no stamp). */
static int rel_stamp(const env *e, const item *it, int n, int from, int i, cand *c)
{
    static const int limit[] = DNP_STAMP_LIMITS;
    if (it[i].type != IT_NUM || i + 1 >= n || it[i + 1].type != IT_WORD ||
        it[i + 1].start != it[i].end || !whole_text(e, it, from, i + 1))
        return -1;
    const item *u = &it[i + 1];
    if (u->end - u->start == 1 && !(e->text[u->start] >= 'a' && e->text[u->start] <= 'z'))
        return -1;
    for (uint32_t b = u->start; b < u->end; b++)
        if ((unsigned char)e->text[b] <= ' ' || e->text[b] == '.')
            return -1; /* one word: "1hr mein" is no stamp */
    const dnp_meaning *best = NULL;
    double best_pref = -1;
    for (uint32_t q = 0; q < u->nm; q++) {
        const dnp_meaning *m = &u->m[q];
        if (m->kind != DNP_K_REL_UNIT || !(m->flags & DNP_MF_ABBR) || m->value >= DNP_RU_MONDAY)
            continue;
        double p = dnp_meaning_pref(e, m, NULL);
        if (p > best_pref)
            best_pref = p, best = m;
    }
    int64_t cnt = rel_count(&it[i]);
    if (!best || cnt < 1 || cnt >= limit[best->value])
        return -1;
    rel_phrase ph = {0};
    if (!add_unit(&ph, best->value, cnt, 0))
        return -1;
    ph.sign = -1, ph.first = from, ph.last = i + 1, ph.lang = best->lang;
    if (!rel_apply(e, &ph, c))
        return -1;
    c->conf = DNP_CONF_REL_STAMP;
    return i + 2;
}

/* A count and its unit as the whole text, with no direction word ("15 hrs", "3 dny", "2
   วัน", "2.5 hours", "2 weeks 3 days", "moins de 21 minutes"): a stamp whose "ago" the page
   left out, as comment threads and feeds write it, so that long ago. Only the whole text:
   in running text a count and a unit are a duration ("simmer for 40 minutes"). A unit of
   one letter is no unit here ("3 h", "100 m": metres, tonnes), nor a word in capitals ("22,11
   EUR"), nor a weekday. A unit some language writes alone for one direction
   (DNP_MF_UNIT_ONE_WAY, lexgen: Somali's future "{0} sannad", Tamil's "{0} நா.") is that
   direction, not "ago", when no language writes the word as a unit of no direction;
   languages that read the words as different offsets leave it unread. from is the first
   item (an approximate word before the count, or i). */
static int rel_bare(const env *e, const item *it, int n, int from, int i, cand *c)
{
    if (it[from].start != e->content_start || it[i].type != IT_NUM)
        return -1;
    rel_pairs pr;
    read_pairs(it, n, i, &pr);
    if (!pr.n)
        return -1;
    /* the text ends at the last unit (a final dot is not content) or at its dot */
    int last = pr.unit_at[pr.n - 1];
    if (it[last].end != e->content_end) {
        if (last + 1 >= n || !word_end_mark(&it[last + 1]) ||
            it[last + 1].start != it[last].end || it[last + 1].end != e->content_end)
            return -1;
        last++;
    }
    for (int p = 0; p < pr.n; p++) {
        const item *u = &it[pr.unit_at[p]];
        size_t q = u->start;
        dnp_utf8_next(e->text, u->end, &q);
        if (q == u->end || !has_kind(u, DNP_K_REL_UNIT))
            return -1; /* one letter */
        /* a unit some language writes as a whole pattern with no direction word (Tamil's
           future "{0} நா.") says that direction there: no stamp; a risky one (Sindhi's
           future "{0} min") only when its words hold more than the unit (Maithili's "{0}
           दिन मे", where "मे" says the direction) */
        bool words = memchr(e->text + u->start, ' ', u->end - u->start) != NULL;
        for (uint32_t m = 0; m < u->nm; m++)
            if (u->m[m].kind == DNP_K_REL_PAT_AFTER && !DNP_RPAT_OTHER(u->m[m].value) &&
                !DNP_RPAT_SIGNED(u->m[m].value) && (words || !(u->m[m].flags & DNP_MF_RISKY)))
                return -1;
        /* a code in capitals is a currency or a measure: "22,11 EUR" (Breton "eur", hour) */
        bool caps = true;
        for (uint32_t b = u->start; caps && b < u->end; b++)
            caps = e->text[b] >= 'A' && e->text[b] <= 'Z';
        if (caps)
            return -1;
    }
    const item *u0 = &it[pr.unit_at[0]];
    rel_phrase best = {0}, t;
    bool hinted = false, any = false, amb = false, one_way = false, bare = false;
    double best_pref = -1;
    for (uint32_t q = 0; q < u0->nm; q++) {
        const dnp_meaning *m = &u0->m[q];
        if (m->kind != DNP_K_REL_UNIT || m->value >= DNP_RU_MONDAY)
            continue;
        if (!sum_pairs(it, &pr, pr.n, 0, m->lang, -1, &t))
            continue;
        /* a language writes one direction so: the count and this unit alone are that
           direction there (Tamil "2 நா.": in two days), if the unit says one and the phrase
           is one pair; a unit of no direction elsewhere (Tatar's future "1 мин.", Russian
           "мин.") leaves it unread, unless a hint settles it */
        bool ow = m->flags & DNP_MF_UNIT_ONE_WAY;
        int dir = m->flags & (DNP_MF_UNIT_BARE_PAST | DNP_MF_UNIT_BARE_FUTURE);
        if (ow && (pr.n != 1 || (dir != DNP_MF_UNIT_BARE_PAST && dir != DNP_MF_UNIT_BARE_FUTURE)))
            return -1;
        t.sign = ow && dir == DNP_MF_UNIT_BARE_FUTURE ? 1 : -1;
        bool h = e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang);
        double pref = dnp_meaning_pref(e, m, NULL);
        if (any && h && !hinted)
            amb = one_way = bare = false; /* a hinted language's reading settles it */
        else if (any && h == hinted &&
                 (t.sign != best.sign || t.months != best.months || t.days != best.days ||
                  t.secs != best.secs))
            amb = true; /* "3 g.": years in one language, hours in another */
        if (!any || h || !hinted) {
            one_way |= ow;
            bare |= !ow;
        }
        if (!any || (h && !hinted) || (h == hinted && pref > best_pref)) {
            best = t, best_pref = pref, best.lang = m->lang;
            hinted = h, any = true;
        }
    }
    if (!any || amb || (one_way && bare))
        return -1;
    /* issue 8: a count and a word that is a month name of a more spoken language than the
       unit's is that month's day, not a stamp: "3 Sept" is 3 September (English, French,
       German), not 3 weeks ago (Interlingua's "sept"); "1 dag" stays a day ago (Luo's
       "dag", December, is the rarer) */
    if (pr.n == 1 && !hinted)
        for (uint32_t q = 0; q < u0->nm; q++)
            if (u0->m[q].kind == DNP_K_MONTH && !(u0->m[q].flags & DNP_MF_RISKY) &&
                dnp_meaning_pref(e, &u0->m[q], NULL) > best_pref)
                return -1;
    best.first = from, best.last = last;
    if (!rel_apply(e, &best, c))
        return -1;
    /* a count and a unit alone, whatever the direction, stay below csv's column threshold:
       "5 mln" is Polish millions before it is Somali's "in 5 days" */
    c->conf = DNP_CONF_REL_BARE;
    return last + 1;
}

/* "now - 1 day", "now + 2 hours" (a named "now" at i, the sign at s): the pairs after the
   sign, of the language of "now". Returns the index after them, -1 when no sign follows, or
   NO_DATE_HERE when the sign is followed by something else. */
static int rel_now_arith(const env *e, const item *it, int n, int i, int lang, cand *c)
{
    int s = now_sign(it, n, i);
    if (s < 0)
        return -1;
    rel_pairs pr;
    rel_phrase ph;
    read_pairs(it, n, skip_space(it, n, s + 1), &pr);
    if (!pr.n || !has_kind(&it[pr.unit_at[pr.n - 1]], DNP_K_REL_UNIT) ||
        !sum_pairs(it, &pr, pr.n, 0, lang, -1, &ph)) {
        c->last = s;
        return NO_DATE_HERE;
    }
    ph.sign = it[s].sep == '+' ? 1 : -1;
    ph.first = i, ph.last = pr.unit_at[pr.n - 1], ph.lang = lang;
    if (!rel_apply(e, &ph, c))
        return NO_DATE_HERE;
    return ph.last + 1;
}

/* A weekday of a named week: "Monday of last week", "lundi de la semaine dernière". */
static int rel_weekday_of(const env *e, const item *it, int n, int i, cand *c)
{
    /* the week phrase first, the weekday's meaning after: most weekday words have no
       phrase after them, and the meaning costs a look at every one of the word's */
    int k = i + 1;
    for (int steps = 0; steps < 4 && k < n; steps++) {
        if (is_space(&it[k]) || is_sep(&it[k], ',') ||
            ((has_kind(&it[k], DNP_K_FILLER) ||
              /* a preposition: "søndag i sidste uge", "söndag i förra veckan" */
              (has_kind(&it[k], DNP_K_PREFIX) && it[k].end - it[k].start <= DNP_PREP_BYTES)) &&
             !has_kind(&it[k], DNP_K_REL_NAMED)))
            k++;
        else
            break;
    }
    if (k >= n || !has_kind(&it[k], DNP_K_REL_NAMED))
        return -1;
    const dnp_meaning *w = rel_meaning(e, &it[i], 1u << DNP_K_WEEKDAY, 0, NULL);
    if (!w || w->value < 1 || w->value > 7)
        return -1;
    /* the weekday and the week in one language */
    dnp_langset wl = rel_langs(&it[i], 1u << DNP_K_WEEKDAY, 0);
    dnp_langset nl = rel_langs(&it[k], 1u << DNP_K_REL_NAMED, 0);
    dnp_langset_and(&nl, &wl);
    const dnp_meaning *m = rel_meaning(e, &it[k], 1u << DNP_K_REL_NAMED, 0, &nl);
    if (!m || DNP_RN_UNIT(m->value) != DNP_RU_WEEK || !dnp_langset_has(&nl, m->lang))
        return -1;
    w = rel_meaning(e, &it[i], 1u << DNP_K_WEEKDAY, 0, &nl);
    if (w->value < 1 || w->value > 7)
        return -1;
    rel_set_day(e, c, rel_week_day(e, DNP_RN_OFFSET(m->value), w->value));
    c->conf = DNP_CONF_REL_DAY, c->lang = m->lang;
    c->first = i, c->last = k;
    return rel_time(e, it, n, k, c);
}

/* The ISO week letter "w" also begins phrases: Polish "w zeszłym tygodniu" (last week),
   "w tym miesiącu". A multi-word key from it makes x that word; else "w" stays ISO's. */
bool dnp_w_phrase(const env *e, const dnp_token *t, size_t *pos, item *x)
{
    const dnp_lex_key *key = dnp_lex_find(t->fold, t->flen), *mkey = key;
    if (!key || !(key->kinds & (1u << DNP_K_PREFIX)))
        return false;
    item y = *x;
    y.type = IT_WORD;
    if (!dnp_lookup_multi(e, t, pos, &y, &mkey))
        return false;
    *x = y;
    return true;
}

/* Whether a counted phrase may begin at i (issue 10: most of a page's numbers and short
   words begin none, and reading one costs hundreds of instructions): every phrase has its
   count at i or among the first items after it, and a unit (REL_UNIT_KINDS) after the
   count, or words before the count that hold the unit (rel_unit_first: a REL_PAT_BEFORE
   word at i). Counted from i, the unit is at most the seventh item that is no white space
   (a mark after the word, "about", the count, a decimal's point and fraction, a hyphen:
   rel_phrase_from, read_pairs); COUNTED_REACH keeps a margin. A stamp or a bare count and
   unit (rel_stamp, rel_bare) is the whole text: the caller asks no more of one at the
   text's start. */
#define COUNTED_REACH 8
static bool counted_may_begin(const item *it, int n, int i)
{
    bool count = it[i].type == IT_NUM || has_kind(&it[i], DNP_K_REL_NUMBER);
    bool unit = has_kind(&it[i], DNP_K_REL_PAT_BEFORE);
    for (int k = i + 1, seen = 0; k < n && seen < COUNTED_REACH && !(count && unit); k++) {
        if (is_space(&it[k]))
            continue;
        seen++;
        count |= it[k].type == IT_NUM || has_kind(&it[k], DNP_K_REL_NUMBER);
        unit |= it[k].type == IT_WORD && (it[k].kinds & REL_UNIT_KINDS);
    }
    return count && unit;
}

/* Whether a word at i or after it says a counted phrase's direction: a word before the count
   (REL_PAT_BEFORE, a direction word at i: rel_phrase_at), a unit that holds it (a
   REL_PAT_AFTER pattern, signed ones too: rel_read_pairs), or a direction word after the
   last unit. rel_counted reads nothing, and no part of a phrase, without one (issue 8:
   "2003년 12월 27일", a count and a unit of a date, ran the whole of the phrase reader on
   every Korean, Chinese and Japanese date, which the common line's code could not hold). */
static bool direction_ahead(const item *it, int n, int i)
{
    const uint32_t dir = REL_DIR_KINDS | (1u << DNP_K_REL_PAT_BEFORE) | (1u << DNP_K_REL_PAT_AFTER);
    for (int k = i; k < n; k++)
        if (it[k].type == IT_WORD && (it[k].kinds & dir))
            return true;
    return false;
}

/* Whether a meaning of x of a kind in xk and one of y of a kind in yk have one language.
   The meanings of a word are sorted by language (lexicon.c's meaning_cmp): each language of
   x's is looked for in y's by halving, from where the last one was found. */
static bool langs_meet(const item *x, uint32_t xk, const item *y, uint32_t yk)
{
    uint32_t from = 0;
    for (uint32_t p = 0; p < x->nm; p++) {
        if (!(xk & (1u << x->m[p].kind)))
            continue;
        uint16_t lang = x->m[p].lang;
        uint32_t lo = from, hi = y->nm;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (y->m[mid].lang < lang)
                lo = mid + 1;
            else
                hi = mid;
        }
        from = lo;
        for (uint32_t q = lo; q < y->nm && y->m[q].lang == lang; q++)
            if (yk & (1u << y->m[q].kind))
                return true;
    }
    return false;
}

/* Whether the words u after a count are those of a pattern that rel_read_pairs reads with
   no word before the count: one with no words before it, or with some but words of the
   past after it that end with a direction word of their own, which needs two words at
   least (ends_with_past; an item of one token has flen set). */
static bool pattern_reads_alone(const item *u)
{
    for (uint32_t q = 0; q < u->nm; q++) {
        const dnp_meaning *m = &u->m[q];
        if (m->kind == DNP_K_REL_PAT_AFTER &&
            (!DNP_RPAT_OTHER(m->value) || (!DNP_RPAT_FUTURE(m->value) && !u->flen)))
            return true;
    }
    return false;
}

/* Whether a reading of a counted phrase with its count at k and the word before it at b
   (-1: none) finds one language for its first words and a direction (issue 10: most short
   words that could begin one, Portuguese "o dos o", "dos segundo", Polish "to lat", and
   most counts of a unit, "86 minutes", are no phrase, and rel_counted took some 900
   instructions to say so). Every reading (rel_read_pairs, sum_pairs, rel_unit_first) has
   one language, in which a count word is a number (REL_NUMBER) and the first unit a unit
   or a pattern's words after the count (REL_UNIT_KINDS); its direction is the word at b,
   a pattern's words after the last count, or a direction word after the last unit (the
   first unit's, or another pair follows). Without a unit after the count, only the words
   at b may hold it (rel_unit_first: a pattern's words before the count, with the unit). A
   necessary condition, no more: rel_counted reads whatever passes it (checked by running
   it on what this turns away over the page sets, the corpus and the relative round trip:
   it read none of it). */
static bool counted_pair_meets(const item *it, int n, int b, int k)
{
    if (k >= n || !is_count(&it[k]))
        return false;
    int milli;
    int u = unit_after_count(it, n, k, 0, &milli);
    const item *x = &it[k];
    const uint32_t number = 1u << DNP_K_REL_NUMBER;
    if (u < n && it[u].type == IT_WORD && (it[u].kinds & REL_UNIT_KINDS)) {
        /* the direction: the word at b, a pattern's words after the count, a direction
           word of the unit's language after it, or another pair's */
        bool dir = b >= 0 || ((it[u].kinds & (1u << DNP_K_REL_PAT_AFTER)) &&
                              pattern_reads_alone(&it[u]));
        int a = skip_dot(it, n, u);
        if (!dir && a < n && it[a].type == IT_WORD && (it[a].kinds & REL_DIR_KINDS))
            dir = langs_meet(&it[a], REL_DIR_KINDS, &it[u], REL_UNIT_KINDS);
        if (!dir && a < n) {
            if (is_sep(&it[a], ','))
                a = skip_space(it, n, a + 1);
            if (a < n && has_kind(&it[a], DNP_K_REL_AND))
                a = skip_space(it, n, a + 1);
            dir = a < n && is_count(&it[a]);
        }
        return dir && (x->type != IT_WORD || langs_meet(x, number, &it[u], REL_UNIT_KINDS));
    }
    if (b < 0 || !(it[b].kinds & (1u << DNP_K_REL_PAT_BEFORE)))
        return false;
    for (uint32_t q = 0; q < it[b].nm; q++) {
        const dnp_meaning *m = &it[b].m[q];
        if (m->kind == DNP_K_REL_PAT_BEFORE && !DNP_RPAT_OTHER(m->value) &&
            (x->type != IT_WORD || rel_in(x, DNP_K_REL_NUMBER, m->lang, -1)))
            return true;
    }
    return false;
}

/* Whether rel_phrase_at may read a phrase at i: counted_pair_meets for each way it reads
   the word at i (as the count, or after "about"; as the word before the count). */
static bool counted_langs_meet(const item *it, int n, int i)
{
    const uint32_t before_kinds = (1u << DNP_K_REL_PAT_BEFORE) | REL_DIR_KINDS;
    bool before = it[i].type == IT_WORD && (it[i].kinds & before_kinds);
    bool count = is_count(&it[i]);
    if (!before || count) {
        int k = i;
        if (has_kind(&it[i], DNP_K_REL_ABOUT) && !count)
            k = skip_space(it, n, i + 1);
        if (counted_pair_meets(it, n, -1, k))
            return true;
    }
    if (before) {
        int k = skip_to_count(it, n, i);
        if (k < n && has_kind(&it[k], DNP_K_REL_ABOUT) && !is_count(&it[k]))
            k = skip_space(it, n, k + 1);
        if (counted_pair_meets(it, n, i, k))
            return true;
    }
    return false;
}

/* Whether a named phrase at the word x is read before the month window (dnp_match_counted)
   rather than after it (dnp_match_relative): when the word is no month name, a weak one, or
   a month only of languages fewer people speak than the phrase's. */
static bool named_first(const env *e, const item *x)
{
    if (!(x->kinds & (1u << DNP_K_MONTH)) || x->mweak)
        return true;
    const dnp_meaning *m = rel_meaning(e, x, 1u << DNP_K_REL_NAMED, 0, NULL);
    return m && m->lang < dnp_nlangs && x->mtop >= 0 && x->mtop < dnp_nlangs &&
           !hinted_kind(e, x, DNP_K_MONTH) &&
           dnp_langs[m->lang].speakers_k > dnp_langs[x->mtop].speakers_k;
}

/* b29fix: a counted phrase written unit first, then its count, then a word for "ago" of the
   unit's language after the count (locales/ rel_past after): Hausa "awa 4 da suka wuce"
   (4 hours ago), "kwana 2 da suka wuce". Only the past: a phrase ahead is as often a
   duration or a promise (rel_counted's test), and no page of the sets writes one so. One
   unit, a count in digits, the phrase ending clean after the direction word. */
static int rel_unit_then_count(const env *e, const item *it, int n, int i, cand *c)
{
    int k = skip_dot(it, n, i);
    if (k >= n || it[k].type != IT_NUM || k == i + 1)
        return -1;
    int64_t cnt = rel_count(&it[k]);
    int a = skip_space(it, n, k + 1);
    if (cnt < 0 || a == k + 1 || a >= n || it[a].type != IT_WORD ||
        !has_kind(&it[a], DNP_K_REL_PAST) || !ends_clean(it, n, a))
        return -1;
    /* the phrase starts at a word boundary, as rel_phrase_pairs asks */
    if (i > 0 && it[i - 1].end == it[i].start &&
        (it[i - 1].type == IT_NUM || it[i - 1].type == IT_WORD))
        return -1;
    rel_phrase best, t;
    memset(&best, 0, sizeof best);
    for (uint32_t q = 0; q < it[i].nm; q++) {
        const dnp_meaning *u = &it[i].m[q];
        if (u->kind != DNP_K_REL_UNIT || (u->flags & DNP_MF_RISKY))
            continue;
        const dnp_meaning *m = rel_in(&it[a], DNP_K_REL_PAST, u->lang, DNP_RP_AFTER);
        if (!m || (m->flags & DNP_MF_RISKY))
            continue;
        memset(&t, 0, sizeof t);
        if (!add_unit(&t, u->value, cnt, 0))
            continue;
        t.first = i, t.last = a, t.lang = u->lang, t.sign = -1;
        t.pref = rel_pref(e, m);
        t.abbr = (u->flags & DNP_MF_ABBR) != 0;
        keep_best(e, &best, &t);
    }
    if (!best.sign || best.ambiguous || !rel_apply(e, &best, c))
        return -1;
    return best.finest < DNP_RU_HOUR ? rel_time(e, it, n, best.last, c) : best.last + 1;
}

/* Tried before the month window: a counted phrase (3 days ago, il y a 2 heures, in 2 weeks,
   1 year 2 months ago, a week ago) at a number or a direction or number word, and a named
   phrase when the word is no month name, a weak one, or a month only of languages fewer
   people speak than the phrase's. */
int dnp_match_counted(const env *e, const item *it, int n, int i, cand *c)
{
    if (it[i].type == IT_WORD && (it[i].kinds & (1u << DNP_K_REL_UNIT)) &&
        !(it[i].kinds & (REL_DIR_KINDS | (1u << DNP_K_REL_NUMBER) | (1u << DNP_K_REL_PAT_BEFORE)))) {
        int r = rel_unit_then_count(e, it, n, i, c);
        if (r != -1)
            return r;
    }
    if ((it[i].type == IT_NUM || (it[i].kinds & (REL_DIR_KINDS | (1u << DNP_K_REL_NUMBER) |
                                                   (1u << DNP_K_REL_PAT_BEFORE) |
                                                   (1u << DNP_K_REL_ABOUT)))) &&
        (it[i].start == e->content_start || counted_may_begin(it, n, i))) {
        int r = direction_ahead(it, n, i) && counted_langs_meet(it, n, i)
                    ? rel_counted(e, it, n, i, c)
                    : -1;
        /* a stamp, maybe after a word that makes it approximate, the whole text: "5m",
           "moins de 21m" (a duration written out is no date: "moins de 21 minutes") */
        if (r == -1) {
            int s = it[i].start == e->content_start && has_kind(&it[i], DNP_K_REL_ABOUT) &&
                            rel_count(&it[i]) < 0
                        ? skip_space(it, n, i + 1)
                        : i;
            r = s < n ? rel_stamp(e, it, n, i, s, c) : -1;
            if (r == -1 && s < n)
                r = rel_bare(e, it, n, i, s, c);
        }
        if (r != -1)
            return r;
    }
    /* a named phrase before the month window when it is no month name, a weak one, or a
       month only in languages fewer people speak: English "now" is no Bambara November,
       Turkish "dün" (yesterday) no Teso April */
    if (it[i].type == IT_WORD && (it[i].kinds & (1u << DNP_K_REL_NAMED)) && named_first(e, &it[i]))
        return rel_named(e, it, n, i, c);
    return -1;
}

/* Tried after the month window: a weekday of a named week (Monday of last week, lundi de la
   semaine dernière) and a named phrase (yesterday, last month). */
int dnp_match_relative(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (x->type == IT_WORD && (x->kinds & (1u << DNP_K_WEEKDAY))) {
        int r = rel_weekday_of(e, it, n, i, c);
        if (r != -1)
            return r;
    }
    if (x->type == IT_WORD && (x->kinds & (1u << DNP_K_REL_NAMED))) {
        /* dnp_match_counted, always tried before at a word of a named phrase, read it there
           when it comes first, and found none: rel_named would find none again. Not so under
           DN_OPT_HINTS_ONLY, where a counted phrase read there and turned away (scan.c) left
           the named one unread. */
        if (!e->p->hints_only && named_first(e, x))
            return -1;
        return rel_named(e, it, n, i, c);
    }
    return -1; /* counted phrases: dnp_match_counted */
}

/* A weekday on its own (after every other reader failed): the latest such day on or before
   the reference (with DN_PREFER_FUTURE the first on or after it). A full name anywhere, an abbreviation only as the whole text, a word that
   is an ordinary word too (risky) or means other things never; a weekday before a number
   that is no time is a date this library could not read, not a weekday alone. */
/* Whether the "time" at k after weekday word w is a day and month written with a dot: a final
   dot glued after it ("tiistaina 1.12. klo 14.00", "am Dienstag, 1.12. um 14 Uhr"), or a day
   of the month on which the weekday falls in the year the README's rule gives ("tiistaina
   1.12"): the day-month readers read it, not a time of 01:12. */
static bool day_month_dotted(const env *e, const item *it, int n, int k, const item *w,
                             bool lead)
{
    /* issue 10: after a filler ("Samschdeg, den 12.12.", "Samstag, den 28.11.") */
    if (k + 1 < n && it[k].type == IT_WORD && has_kind(&it[k], DNP_K_FILLER))
        k = skip_space(it, n, k + 1);
    if (k + 2 >= n || it[k].type != IT_NUM || !is_sep(&it[k + 1], '.') ||
        it[k + 2].type != IT_NUM || it[k + 1].start != it[k].end ||
        it[k + 2].start != it[k + 1].end || it[k].value < 1 || it[k].value > 31 ||
        it[k + 2].value < 1 || it[k + 2].value > 31)
        return false;
    if (k + 3 < n && is_sep(&it[k + 3], '.') && it[k + 3].start == it[k + 2].end)
        return it[k + 2].value <= 12;
    /* without the final dot, month-first too ("Баасан, 11.27": Friday 27 November) */
    /* wrong32: a line's leading weekday and its comma, even a short one ("Di, 01.12"; in
       another year, "Mo, 01.12", the day-month reader reads nothing, nor this one) */
    int year, wd;
    return dnp_dotted_order(e, w, (int)it[k].value, (int)it[k + 2].value, &year, &wd, lead) !=
           DN_ORDER_AUTO;
}

/* Whether the weekday word x may be a weekday alone in running text (not as the whole text):
   a word that means other things too is read only as the whole text (or in a hinted
   language): the commonest case of running text ("la", "die", "de": a weekday somewhere, a
   word here); and only a full name that is no everyday word too: "mit", "по" are no
   weekday there. dnp_match_weekday's first test, and scan.c's for a word alone. */
bool dnp_weekday_may_stand(const env *e, const item *x)
{
    if (!only_kind(x, DNP_K_WEEKDAY) && !hinted_kind(e, x, DNP_K_WEEKDAY))
        return false;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_WEEKDAY && x->m[q].value >= 1 && x->m[q].value <= 7 &&
            !(x->m[q].flags & (DNP_MF_ABBR | DNP_MF_RISKY)))
            return true;
    return false;
}

/* b28fix: whether the number at k is the first of two glued by a colon that make no clock
   (an hour over 24 or minutes over 59): a score or a count ("ביום ראשון 34:28", won on
   Sunday 34:28; "Sunday 90:45"), no day of the weekday before it, which stands alone. */
static bool score_after(const item *it, int n, int k)
{
    if (k + 2 >= n || !is_sep(&it[k + 1], ':') || it[k + 1].start != it[k].end ||
        it[k + 2].type != IT_NUM || it[k + 2].start != it[k + 1].end)
        return false;
    return it[k].value > 24 || it[k + 2].value > 59;
}

/* linewrong: whether another day than day has a meaning read of a language spoken by at
   least DNP_WEEKDAY_RIVAL_SHARE of the speakers of day's best one (most[d], in thousands). */
static bool weekday_rivalled(const double most[8], int day)
{
    for (int d = 1; d <= 7; d++)
        if (d != day && most[d] > 0 && most[d] >= DNP_WEEKDAY_RIVAL_SHARE * most[day])
            return true;
    return false;
}

/* rest36: whether the number x after a weekday and one blank may be its day of the month
   in running text ("Venres 27            Chuvia forte", a forecast's row): 1..31 in one or
   two digits, then the line's end, a tab, two blanks, a comma or one blank and a word
   (page.c's weekday_day_number decides, and reads the date). Not glued to more: "Friday
   27.5", "Sunday 12pm", "Mon 10:00". */
static bool day_number_after(const env *e, const item *x)
{
    if (x->ndigits > 2 || x->value < 1 || x->value > 31 || x->start == 0 ||
        e->text[x->start - 1] != ' ')
        return false;
    size_t q = x->end;
    if (q >= e->len)
        return true;
    char c = e->text[q];
    if (c == '\n' || c == '\r' || c == '\t' || c == ',' ||
        (c == ' ' && q + 1 < e->len && (e->text[q + 1] == ' ' || e->text[q + 1] == '\n')))
        return true;
    /* a filler that is no month, then a digit: "sábado 28 ás 18:00" */
    dnp_token t;
    size_t r = q;
    if (c != ' ' || !dnp_next_token(e->text, e->len, &r, &t) ||
        !dnp_next_token(e->text, e->len, &r, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG) || r + 1 >= e->len || e->text[r] != ' ' ||
        !(e->text[r + 1] >= '0' && e->text[r + 1] <= '9'))
        return false;
    const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
    return k && (k->kinds & (1u << DNP_K_FILLER)) && !(k->kinds & (1u << DNP_K_MONTH));
}

int dnp_match_weekday(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (!has_kind(x, DNP_K_WEEKDAY))
        return -1;
    /* issue 10: in running text, an abbreviation with a clock time right after it, a
       post's stamp ("Mo 14:05"): read on a page in its language only (page.c) */
    bool stamp = e->search && i + 3 < n && is_space(&it[i + 1]) && it[i + 2].type == IT_NUM &&
                 is_sep(&it[i + 3], ':') && it[i + 1].end - it[i + 1].start <= 2 &&
                 x->start != e->content_start &&
                 !(e->text[x->start] >= 'a' && e->text[x->start] <= 'z'); /* "so 14:05" */
    if (x->start != e->content_start && !stamp && !dnp_weekday_may_stand(e, x))
        return -1;
    /* the weekday alone, or with a time after it ("Mon 19:43"), is the whole text */
    int k = skip_space(it, n, i + 1), end = i;
    if (k < n && is_sep(&it[k], ','))
        k = skip_space(it, n, k + 1);
    cand t = *c;
    t.last = i;
    rel_time(e, it, n, i, &t);
    if (t.last == i && k < n && it[k].type == IT_NUM && !score_after(it, n, k) &&
        !(e->search && k == i + 2 && day_number_after(e, &it[k])))
        return -1;
    /* zoneline: a zone's abbreviation in capitals before a time is the time's zone, no
       weekday of some language ("EST 20:45": no Gusii Saturday; "CET 20:45": no Bosnian
       Thursday; scan.c reads it so) */
    if (t.last > i && x->zcaps && dnp_zone_word(x, -1))
        return -1;
    /* (after the abbreviation's dot glued too, linewrong: "Di. 01.12", Tuesday 1 December) */
    int kd = i + 1 < n && is_abbr_mark(&it[i + 1]) && it[i + 1].start == x->end
                 ? skip_space(it, n, i + 2) : k;
    if (t.last > i && kd < n &&
        day_month_dotted(e, it, n, kd, x, dnp_weekday_leads_line(e, it, n, i, kd)))
        return -1;
    /* issue 8: nor a number right before it that is no clock's minutes: "in 1 mon" (a
       month, in chrono's English), "2015 Friday" name no weekday of this week */
    int pb = i - 1;
    while (pb >= 0 && it[pb].type == IT_SEP && is_space(&it[pb]))
        pb--;
    if (pb >= 0 && pb < i - 1 && it[pb].type == IT_NUM &&
        !(pb > 0 && (is_sep(&it[pb - 1], ':') || is_sep(&it[pb - 1], '.'))))
        return -1;
    /* nor a day and month with a dot before it that fall on it ("03.12 бейсенбі", Thursday
       3 December, not Thursday at 03:12) */
    int dm = pb >= 1 && is_sep(&it[pb], '.') && it[pb - 1].type == IT_NUM ? pb - 1 : pb;
    if (dm >= 2 && pb < i - 1 && it[dm].type == IT_NUM && is_sep(&it[dm - 1], '.') &&
        it[dm - 2].type == IT_NUM && day_month_dotted(e, it, n, dm - 2, x, false))
        return -1;
    if (t.has_time) /* a day period alone gives no hour: "ao meio-dia" is no Irish Friday */
        end = t.last;
    bool whole = whole_text(e, it, i, end);
    /* issue 8: a weekday with a time as the whole text ("Jeu 15:12", "Sab 3:03") is a
       weekday even when the word is also another ("jeu": a game; "sab": a month somewhere) */
    bool timed = whole && end > i;
    stamp = stamp && !whole && end > i;
    if (!stamp && x->start != e->content_start && !dnp_weekday_may_stand(e, x))
        return -1;
    /* a word that means other things too ("in": Kurdish Friday) is no weekday alone (asked
       before qualify.c: "Le chat dort", French "le" a weekday somewhere, runs no more) */
    if (!timed && !stamp && !only_kind(x, DNP_K_WEEKDAY) && !hinted_kind(e, x, DNP_K_WEEKDAY))
        return -1;
    /* a word beside it that qualifies it: "nästa måndag", "black friday" (qualify.c) */
    if (!whole && dnp_weekday_qualified(e, it, n, i, end))
        return -1;
    /* in running text, the weekday's language must be one of the known word beside it,
       when there is one: "on Friday" (English "on"), but not "il y a du monde" (French
       "du", Igbo "monde") */
    dnp_langset near = {{0}};
    if (!whole) {
        int b = i - 1;
        while (b >= 0 && it[b].type == IT_SEP && !(it[b].tflags & DNP_TF_HARD))
            b--;
        if (b >= 0 && it[b].type == IT_WORD)
            for (uint32_t q = 0; q < it[b].nm; q++)
                if (it[b].m[q].kind != DNP_K_PREFIX && !dnp_year_cue(&it[b].m[q]))
                    dnp_langset_add(&near, it[b].m[q].lang);
    }
    dnp_langset timel = {{0}};
    for (int k2 = i + 1; k2 <= end; k2++)
        for (uint32_t q = 0; it[k2].type == IT_WORD && q < it[k2].nm; q++)
            if (it[k2].m[q].kind != DNP_K_PREFIX && !dnp_year_cue(&it[k2].m[q]))
                dnp_langset_add(&timel, it[k2].m[q].lang);
    const dnp_meaning *best = NULL;
    double best_score = -1;
    bool hinted_word = false;
    /* the most speakers of a language not rare its meaning of each day has, read or turned
       away as another language's function word ("Do": Portuguese "do" before German
       Thursday); of those hinted or of the time's words */
    double most[8] = {0}, most_said[8] = {0};
    bool said = false;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *m = &x->m[q];
        bool hinted = e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang);
        if (m->kind != DNP_K_WEEKDAY || m->value < 1 || m->value > 7 ||
            (!whole && !stamp && (m->flags & DNP_MF_ABBR)))
            continue;
        bool chosen = hinted || (end > i && dnp_langset_has(&timel, m->lang));
        said |= chosen;
        double sp = dnp_lang_rare(m->lang) && !chosen ? 0 : dnp_speakers_k(m->lang);
        if (sp > most[m->value])
            most[m->value] = sp;
        if (chosen && sp > most_said[m->value])
            most_said[m->value] = sp;
        if (stamp && !hinted && dnp_weekday_abbr_foreign(x, m))
            continue;
        /* as the whole text, a rare language's abbreviation or one a function word of a
           more spoken language ("kl 15:20", "às 15:00", "ja") is that word (qualify.c);
           before a time, a full name too (issue 8: "in 1 uur", Dutch for in an hour, is no
           Kurdish Friday at 01:00) */
        if (whole && !hinted && ((m->flags & DNP_MF_ABBR) || timed) &&
            dnp_weekday_abbr_foreign(x, m))
            continue;
        if ((m->flags & DNP_MF_RISKY) && !timed && !(whole && hinted)) {
            /* a word that is also an everyday word ("we", "jeu", "Su") is a weekday alone
               only as the whole text in its hinted language (a date field: "Su" under en is
               Sunday), or with a time; in a hinted language it is never another language's
               weekday ("Su": Serbian Saturday) */
            hinted_word |= hinted;
            continue;
        }
        /* dn_search: the page's languages decide (page.c: "á föstudag", Icelandic, after
           a word of other languages) */
        if (!dnp_langset_empty(&near) && !dnp_langset_has(&near, m->lang) && !e->search)
            continue;
        /* in running text, as for named phrases: a weekday of a language few people write is
           more likely a word of another ("monde" in "il y a du monde") */
        if (!whole && !hinted && dnp_lang_rare(m->lang) && !e->search)
            continue;
        /* the language of the time's words comes first: "So um 15 Uhr" is German */
        double s = dnp_meaning_pref(e, m, end > i ? &timel : NULL);
        if (s > best_score)
            best_score = s, best = m;
    }
    /* linewrong: a word that is one day in a language and another day in another about as
       widely spoken (DNP_WEEKDAY_RIVAL_SHARE: "Di", German Tuesday and French Sunday)
       names neither, unless a hint or the time's words choose among them ("So um 15 Uhr");
       a rare language's other day does not count ("Lin", Filipino Sunday, Morisyen Monday).
       (A post's stamp in running text is read on a page in its language: page.c.) */
    if (best && !stamp && weekday_rivalled(said ? most_said : most, best->value)) {
        c->last = end; /* nor its time alone, after a filler somewhere ("di": Italian of) */
        return NO_DATE_HERE;
    }
    if (!best || rel_two_ways(e, x, best) ||
        (hinted_word && !dnp_langset_has(&e->p->hint_set, best->lang)) ||
        (end > i && dnp_weekday_time_foreign(e, it, n, i, end, best->lang)))
        return -1;
    int now_wd = dnp_weekday(e->now_days);
    /* issue 12: DN_PREFER_FUTURE (dn_options.prefer) takes the first such day on or after
       the reference's day */
    if (e->p->prefer == DN_PREFER_FUTURE)
        rel_set_day(e, c, e->now_days + (best->value - now_wd + 7) % 7);
    else
        rel_set_day(e, c, e->now_days - (now_wd - best->value + 7) % 7);
    c->conf = whole ? DNP_CONF_WEEKDAY_WHOLE : DNP_CONF_WEEKDAY_RUNNING, c->lang = best->lang;
    c->first = c->last = i;
    if (stamp && (best->flags & (DNP_MF_ABBR | DNP_MF_RISKY)))
        c->flags |= DNP_FLAG_PAGE_LANG;
    if (end > i)
        return rel_time(e, it, n, i, c);
    return i + 1;
}

/* The year of a date written without one: "Dec 3", "le 22/11", "October" were read in the
   reference's year. DN_PREFER_AUTO keeps it unless that puts the date (a month alone: its
   first day) more than three months after the reference, then takes the year before (seen
   on 2016-01-05, "Dec 3" is 2015-12-03; seen on 2026-11-26, "14 December" is 2026-12-14);
   DN_PREFER_PAST takes the latest such date on or before the reference's day, FUTURE the
   first on or after it, CURRENT the reference's year. A weekday written with the date ("Monday, Dec 3") picks, of the
   rule's year and the other candidate (for AUTO the next year when its date is within the
   months ahead too and falls on it, else the year before), the one the date falls on. */
/* weeks (weeknum.c): the same rule for a week named by its number without a year, its
   Monday the date: the reference's year, DN_PREFER_AUTO the year before when that Monday is
   more than three months after the reference; PAST the latest such week that starts on or
   before the reference's day, FUTURE the first that ends on or after it. A week 53 the
   reference's year has not is the year before's (seen on 2027-01-02, "week 53" is
   2026-W53), or for FUTURE the year after's; when that has none either, or the rule took
   the year before already, the reader reads none. */
static void infer_week_year(const env *e, cand *c)
{
    int y = e->now_year;
    int64_t monday = dnp_iso_week_monday(y, c->week);
    switch (e->p->prefer) {
    case DN_PREFER_PAST:
        if (monday > e->now_days)
            y--;
        break;
    case DN_PREFER_FUTURE:
        if (monday + 6 < e->now_days)
            y++;
        break;
    case DN_PREFER_CURRENT:
        break;
    default: {
        int ly = e->now_year, lm = e->now_month, ld = e->now_day;
        dnp_add_months(&ly, &lm, &ld, DNP_YEAR_AHEAD_MONTHS);
        if (monday > dnp_days_from_civil(ly, (unsigned)lm, (unsigned)ld))
            y--;
        break;
    }
    }
    if (c->week > dnp_iso_weeks(y) && y == e->now_year)
        y += e->p->prefer == DN_PREFER_FUTURE ? 1 : -1;
    c->year = y;
}

void dnp_infer_year(const env *e, cand *c)
{
    if (c->prec == DN_PREC_WEEK) {
        infer_week_year(e, c);
        return;
    }
    int m = c->prec >= DN_PREC_MONTH && c->prec != DN_PREC_WEEK ? c->month : 0;
    if (!m)
        return;
    int d = c->prec >= DN_PREC_DAY ? c->day : 1;
    int y = e->now_year, other;
    int64_t date = dnp_days_from_civil(y, (unsigned)m, (unsigned)d);
    switch (e->p->prefer) {
    case DN_PREFER_PAST:
        if (date > e->now_days)
            y--;
        other = y == e->now_year ? y - 1 : e->now_year;
        break;
    case DN_PREFER_FUTURE:
        if (date < e->now_days)
            y++;
        other = y == e->now_year ? y + 1 : e->now_year;
        break;
    case DN_PREFER_CURRENT: /* issue 12: the reference's year, whatever the weekday says */
        other = y;
        break;
    default: {
        int ly = e->now_year, lm = e->now_month, ld = e->now_day;
        dnp_add_months(&ly, &lm, &ld, DNP_YEAR_AHEAD_MONTHS);
        int64_t limit = dnp_days_from_civil(ly, (unsigned)lm, (unsigned)ld);
        if (date > limit)
            y--;
        other = y == e->now_year ? y - 1 : e->now_year;
        /* issue 10: first the next year's date when it is within the months ahead too
           (seen on 2026-11-26, "1월 16일(토)" is Saturday 2027-01-16, not Friday
           2026-01-16) */
        if (y == e->now_year && c->weekday && c->prec >= DN_PREC_DAY && valid_ymd(y + 1, m, d) &&
            dnp_days_from_civil(y + 1, (unsigned)m, (unsigned)d) <= limit &&
            dnp_weekday(dnp_days_from_civil(y + 1, (unsigned)m, (unsigned)d)) == c->weekday)
            other = y + 1;
        break;
    }
    }
    if (c->weekday && c->prec >= DN_PREC_DAY && valid_ymd(y, m, d) &&
        dnp_weekday(dnp_days_from_civil(y, (unsigned)m, (unsigned)d)) != c->weekday &&
        valid_ymd(other, m, d) &&
        dnp_weekday(dnp_days_from_civil(other, (unsigned)m, (unsigned)d)) == c->weekday)
        y = other;
    /* issue 10: with neither, the coming year's when the weekday names it and it is at most
       DNP_YEAR_WEEKDAY_AHEAD_MONTHS ahead (a school year's calendar seen on 2026-11-26:
       "3月12日（金）" is Friday 2027-03-12) */
    else if (e->p->prefer == DN_PREFER_AUTO && c->weekday && c->prec >= DN_PREC_DAY &&
             y == e->now_year && valid_ymd(y, m, d) && valid_ymd(y + 1, m, d) &&
             dnp_weekday(dnp_days_from_civil(y, (unsigned)m, (unsigned)d)) != c->weekday &&
             dnp_weekday(dnp_days_from_civil(y + 1, (unsigned)m, (unsigned)d)) == c->weekday) {
        int ay = e->now_year, am = e->now_month, ad = e->now_day;
        dnp_add_months(&ay, &am, &ad, DNP_YEAR_WEEKDAY_AHEAD_MONTHS);
        if (dnp_days_from_civil(y + 1, (unsigned)m, (unsigned)d) <=
            dnp_days_from_civil(ay, (unsigned)am, (unsigned)ad))
            y = y + 1;
    }
    if (c->prec >= DN_PREC_DAY && !valid_ymd(y, m, d))
        return; /* 29 February: the reader's year, which has it */
    c->year = y;
}
