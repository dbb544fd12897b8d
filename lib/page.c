/*
 * page.c: a page read as a page. dn_search's scan (scan.c) reads each date where it stands;
 * this file then weighs all the dates of the text together and decides what one date alone
 * could not, as a reader of the whole page does:
 *
 *  - The page's languages: the per-document hints (dn_search_options.locales), else the
 *    languages its dates were read in, each date a vote (policy.h's DNP_PAGE_* say how many). A date whose words have a meaning in a page language is labelled
 *    with that language ("5 december" on a Dutch page is nl, not en; "15 marzo" on an
 *    Italian page it, not es).
 *  - Weak words: a month word of DNP_PAGE_WEAK_BYTES bytes or less in none of the page's
 *    languages (or on a page whose languages are unknown) is an ordinary word of the page
 *    more often than an abbreviated month of another language: "4 out of 5" (Portuguese
 *    "out", October), "Pixel 9 Pro" (Czech "pro", December), "13th Gen", "12-bit", "nad 1"
 *    (Sardinian). Such a date is kept only with a four-digit year ("Oct 8, 2026").
 *  - The page's numeric order: the order the page's own numeric dates prove (25/11/2026 is
 *    day-first), else the order of the page's first language (CLDR's short pattern), else
 *    none. An ambiguous date (04/12/2026) takes it: on a French page 2026-12-04. The
 *    dn_search_options.order of a document says it outright.
 *  - dn_search_options.flags DN_SEARCH_HINTS_ONLY keeps only dates in the hinted languages
 *    and language-neutral ones (ISO 8601, all-numeric dates).
 *  - Recurring days and dates: a weekday or a date without a year after "every" ("every
 *    Saturday", "hvert år i oktober", "Ĉiujare la 15-an de decembro") is none; a weekday
 *    alone takes the day its sentence and the page's dates say (weekday_day).
 *  - Ranges ("9–10 January 2027", "8 ਤੋਂ 15 ਦਸੰਬਰ") give both ends; a date without a year
 *    takes the year its clause gives (sentence_year).
 *
 * Does not read dates (the readers do) nor decide a date's year (scan.c's report). Nothing
 * here allocates: a page's votes and the words of a date are held on the stack.
 */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#define HINTS_MAX 8
#define PAGE_CACHE 64 /* dates whose words are read once (more are read twice) */
#define PAGE_YEARS 128 /* numbers of a page that may be years alone, decided (more are none) */
#define RECUR_MAX 16  /* the recurring weekdays of a page kept for the weekdays near them */
#define LIST_NEXT 8   /* second years of lists whose first another language read */

typedef struct {
    dnp_langset set; /* the page's languages (empty: unknown) */
    int first;       /* the language with the most votes, or the first hint; -1 */
    bool hinted;     /* from dn_search_options.locales */
    int first_locale; /* the first of those locales (dnp_locales), -1 */
    /* issue 10: the second years of the lists ("de 1961 à 1998") whose first year a reading
       of another language held ("1961 a": Estonian year mark), for page_years, and their
       cue's language */
    size_t list_next[LIST_NEXT];
    int list_lang[LIST_NEXT];
    int nlist;
} page_langs;

/* The languages of a comma-separated hint list (BCP 47 or POSIX: "fr", "pt-BR,en",
   "pt_BR.UTF-8"); the first in *first. Unknown codes are skipped (dn_search_ex refuses them
   before). */
static void hint_langs(const char *list, page_langs *pl)
{
    const char *s = list;
    int n = 0;
    while (*s && n < HINTS_MAX) {
        while (*s == ',' || *s == ' ')
            s++;
        const char *a = s;
        while (*s && *s != ',' && *s != ' ')
            s++;
        size_t len = 0;
        while (a + len < s && a[len] != '-' && a[len] != '_' && a[len] != '.' && a[len] != '@')
            len++;
        if (len) {
            /* the locale as dn_parser_new reads a hint: its region's order ("en-GB" is
               day-first, "en" month-first); else the language code alone */
            int li = dnp_locale_of_hint(a, (size_t)(s - a));
            int l = li >= 0 ? (int)dnp_locales[li].lang : -1;
            if (l < 0) {
                char code[16];
                size_t k = len < sizeof code - 1 ? len : sizeof code - 1;
                for (size_t i = 0; i < k; i++)
                    code[i] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
                l = dnp_lang_find(code, k);
            }
            if (l >= 0) {
                dnp_langset_add(&pl->set, (unsigned)l);
                if (pl->first < 0)
                    pl->first = l, pl->first_locale = li;
                n++;
            }
        }
    }
    pl->hinted = pl->first >= 0;
}

/* What the words of one date say: the languages any of its date words has (month,
   weekday, relative, marks), and its weakest month word. */
typedef struct {
    dnp_langset langs;
    bool words;         /* it has date words at all */
    bool weak_month;    /* a month word of DNP_PAGE_WEAK_BYTES bytes or less, and no longer one */
    bool strong_month;  /* a longer month word */
    bool weak_prefix;   /* issue 10: a month prefix of DNP_PAGE_WEAK_BYTES bytes or less ("M4",
                           "ng 3": Machame, Kwasio), weak as such a month word */
    dnp_langset weak_langs; /* the languages in which that word is a month */
    int weak_nlangs;        /* how many, of those not rare (dnp_lang_rare) */
    bool weak_full;         /* that word is a month's full name in a language not rare, no
                               ordinary word anywhere, after a number or first as its
                               language writes it ("27 July", "am 3. Mai", "July 4"; not
                               "may", "maç", nor "Mars 27") */
    bool year4;         /* a number of four digits */
    bool weak_prep;     /* wrong31: that weak month word is a preposition before a year
                           of some language (locales/ year_before: Swedish "ut", Wolof
                           August) */
    uint64_t scripts;   /* the scripts of its date words, one bit per script (script_bit) */
    bool not_date;      /* a word that introduces numbers that are no date ("Page 1") */
    dnp_langset era_langs; /* the languages of its era words ("my": Kamba, Maasai BC) */
    bool era;
    dnp_langset ampm_langs; /* the languages of the date words of an am/pm word before its
                               time ("to" of "10.11 to 10.12": Uzbek am, Danish Thursday) */
    bool ampm_before;
    dnp_langset filler_langs; /* the languages whose fillers it has ("às": Portuguese) */
    dnp_langset all;    /* the languages every one of its date words has */
    bool words_read;    /* all holds the first word's languages */
} date_words;

#define DATE_KINDS DNP_DATE_KINDS /* engine.h */

/* The bit of a word's script (of its first letter) in a set of scripts: UScriptCode modulo
   64, enough to tell the scripts of a page apart. */
static uint64_t script_bit(const env *e, const dnp_token *t)
{
    UChar32 c;
    int32_t i = 0;
    U8_NEXT((const uint8_t *)e->text + t->start, i, (int32_t)(t->end - t->start), c);
    return 1ull << ((unsigned)dnp_script_of(c < 0 ? 0 : c) & 63u);
}

/* dnp_lex_find of a token's folded bytes, through dn_search's word cache when there is one
   (issue 10: the page's date words are the scan's words, looked up again). */
static inline const dnp_lex_key *word_key(const env *e, const char *fold, size_t len)
{
    return e->wcache ? dnp_lex_find_cached(e->wcache, fold, len) : dnp_lex_find(fold, len);
}

/* Whether a span may hold a word: a letter or a byte of a multi-byte character (most
   dates of a stream are ISO 8601 stamps or numbers, and need no look-up). */
static bool may_have_words(const env *e, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t k = a;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* eight bytes a turn: a byte past 0x7F, or an ASCII letter (ascii_word's test) */
    for (; k + 8 <= b; k += 8) {
        uint64_t w8;
        memcpy(&w8, s + k, 8);
        uint64_t x = w8 | 0x2020202020202020ull, lo = x & 0x7F7F7F7F7F7F7F7Full;
        uint64_t letters = (0x0101010101010101ull * (127 + 0x7B) - lo) & ~x &
                           (lo + 0x0101010101010101ull * (127 - 0x60));
        if ((letters | w8) & 0x8080808080808080ull)
            return true;
    }
#endif
    for (; k < b; k++) {
        unsigned char ch = s[k];
        if (ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))
            return true;
    }
    return false;
}

/* Whether the first thing after pos, blanks aside, before end is an hour of a 12-hour
   clock (1 to 12: "3-án 18 órakor" has no am/pm word before 18). */
static bool hour12_after(const env *e, size_t pos, size_t end)
{
    while (pos < end && e->text[pos] == ' ')
        pos++;
    unsigned h = 0, nd = 0;
    for (; pos < end && e->text[pos] >= '0' && e->text[pos] <= '9' && nd < 3; pos++, nd++)
        h = h * 10 + (unsigned)(e->text[pos] - '0');
    return nd && nd <= 2 && h >= 1 && h <= 12;
}

/* The longest key of the lexicon that begins with the word t (read up to end): t alone, or
   t and the words after it, one blank between each, as lexgen keys a name of several words
   ("kun oldin", Uzbek "days ago", whose "kun" alone is a Samburu Monday). *pos moves past
   the words taken. NULL when none is a key. */
#define KEY_WORDS_MAX 4
static const dnp_lex_key *longest_key(const env *e, size_t end, size_t *pos, const dnp_token *t)
{
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    if (!k || !(k->kinds & (1u << DNP_K_PREFIX)))
        return k;
    char buf[KEY_WORDS_MAX * (DNP_WORD_MAX + 1)];
    size_t len = t->flen, p = *pos;
    memcpy(buf, t->fold, len);
    bool cjk = (t->flags & DNP_TF_CJK) != 0;
    for (int w = 1; w < KEY_WORDS_MAX; w++) {
        dnp_token sp, u;
        size_t q = p;
        /* issue 10: a CJK key is its characters without spaces ("前日", "上个月"); other
           keys are words with a space between */
        if (cjk && dnp_next_token(e->text, end, &q, &u) && u.kind == DNP_TK_WORD &&
            (u.flags & DNP_TF_CJK) && !(u.flags & DNP_TF_LONG) && len + u.flen < sizeof buf) {
            p = q;
        } else {
            if (!dnp_next_token(e->text, end, &p, &sp) || sp.kind != DNP_TK_SEP ||
                !(sp.flags & DNP_TF_SPACE) || !dnp_next_token(e->text, end, &p, &u) ||
                u.kind != DNP_TK_WORD || (u.flags & DNP_TF_LONG))
                break;
            buf[len++] = ' ';
        }
        memcpy(buf + len, u.fold, u.flen);
        len += u.flen;
        const dnp_lex_key *x = dnp_lex_find(buf, len);
        if (!x)
            break;
        if (x->kinds & ~(1u << DNP_K_PREFIX))
            k = x, *pos = p;
        if (!(x->kinds & (1u << DNP_K_PREFIX)))
            break;
    }
    return k;
}

/* Whether a word of d's span, t, is written as its folded bytes but for ASCII case ("Mai",
   not "maç"). fold_known: t->fold holds them; else they are read again here. */
static bool written_as_folded(const env *e, const dn_date *d, const dnp_token *t,
                              bool fold_known)
{
    if (t->end - t->start != t->flen)
        return false;
    dnp_token again;
    if (!fold_known) {
        size_t p = t->start;
        if (!dnp_next_token(e->text, d->end, &p, &again) || again.start != t->start ||
            again.flen != t->flen)
            return false; /* (never: the scan read this token there) */
        t = &again;
    }
    for (size_t i = 0; i < t->flen; i++)
        if ((unsigned char)(e->text[t->start + i] | 0x20) != (unsigned char)t->fold[i])
            return false;
    return true;
}

/* Whether the word t of d is the zone abbreviation its time ends with: the date's offset
   is the text's, the word is in capitals (as zone abbreviations are read: locales/zones.tsv)
   and only a closing bracket follows it in d ("3:42 KST", "(EET)"). A zone's name says
   nothing of the date's language: "KST" is no short month of another language there (a
   weak month, which dropped "2026년 11월 23일 오후 3:42 KST"); "10am AWST on Friday 4
   December" ends with its month. */
static bool zone_word(const env *e, const dn_date *d, const dnp_token *t, size_t end)
{
    if ((d->flags & (DN_FLAG_HAS_OFFSET | DN_FLAG_OFFSET_FROM_REF)) != DN_FLAG_HAS_OFFSET ||
        d->precision < DN_PREC_HOUR || t->end - t->start > 5)
        return false;
    for (size_t q = t->start; q < t->end; q++)
        if (e->text[q] < 'A' || e->text[q] > 'Z')
            return false;
    while (end < d->end && (e->text[end] == ')' || e->text[end] == ']' || e->text[end] == ' '))
        end++;
    return end == d->end;
}

/* The next token of a date's span up to end for read_words, which reads its words and
   numbers only: the separators of ASCII bytes before it are passed over, and a number of
   ASCII digits is read here, without the tokenizer (issue 10: most of a date's tokens). The
   same tokens at the same places as dnp_next_token's: an ASCII separator is a token of one
   byte, white space a run that a byte past 0x7F may go on (the tokenizer reads that run
   whole), and digits that no byte past 0x7F touches a number of its own; anything else is
   the tokenizer's. Only a number's kind, span and digit count are set. */
static bool date_token(const env *e, size_t end, size_t *pos, dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t p = *pos, p0 = p;
    while (p < end && s[p] < 0x80 && (unsigned char)(s[p] - '0') > 9 &&
           (unsigned char)((s[p] | 0x20) - 'a') >= 26)
        p++;
    if (p == end) {
        *pos = p;
        return false;
    }
    if (s[p] >= 0x80) {
        while (p > p0 && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '\n' ||
                          s[p - 1] == '\r'))
            p--; /* the white space may go on: the tokenizer reads it */
    } else if ((unsigned char)(s[p] - '0') <= 9 && (p == 0 || s[p - 1] < 0x80)) {
        size_t q = p + 1;
        while (q < end && (unsigned char)(s[q] - '0') <= 9)
            q++;
        if (q == end || s[q] < 0x80) {
            t->kind = DNP_TK_NUM;
            t->ndigits = q - p > 255 ? 255 : (uint8_t)(q - p);
            t->start = (uint32_t)p, t->end = (uint32_t)q;
            *pos = q;
            return true;
        }
    }
    *pos = p;
    return dnp_next_token(e->text, end, pos, t);
}

/* The languages in which each word from byte a to b alone has a meaning of `kinds`: the
   languages all of them share (none when one has none). */
static dnp_langset words_langs(const env *e, size_t a, size_t b, uint32_t kinds)
{
    dnp_langset all = {{0}};
    bool first = true;
    size_t pos = a;
    dnp_token t;
    while (pos < b && dnp_next_token(e->text, b, &pos, &t)) {
        if (t.kind != DNP_TK_WORD)
            continue;
        dnp_langset one = {{0}};
        const dnp_lex_key *k = (t.flags & DNP_TF_LONG) ? NULL : word_key(e, t.fold, t.flen);
        const dnp_meaning *m = k ? &dnp_lex_meanings[k->meaning] : NULL;
        for (uint32_t i = 0; k && i < k->nmeaning; i++)
            if (kinds & (1u << m[i].kind))
                dnp_langset_add(&one, m[i].lang);
        if (first)
            all = one, first = false;
        else
            dnp_langset_and(&all, &one);
    }
    return all;
}

/* weeks: whether the key k has a week's word among its meanings (DNP_CUE_WEEK_*; a key the
   scan recorded has no month summary to say it) */
static bool key_week_word(const dnp_lex_key *k)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_WEEK(m[q].value))
            return true;
    return false;
}

/* weeks: whether k is a week's word before its number in one of langs ("v", Swedish, Danish
   and Norwegian) */
static bool key_week_word_in(const dnp_lex_key *k, const dnp_langset *langs)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == DNP_CUE_WEEK_BEFORE &&
            dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* sspeed11: what date_word's pass over the meanings of a key gives when its word is no weak
   month nor prefix: the languages of its date meanings (ls) and of its others (other), their
   count (nl), whether one is risky, the languages of its era meanings (era: any); that of
   the same key and kinds is the same. vote_langs keeps it for the keys its dates' words met
   last (a page writes its month names again and again), one slot a key's meanings. */
#define MEANING_MEMO 16
typedef struct {
    bool used, risky, era;
    uint16_t nmeaning;
    uint32_t meaning, kkinds, kinds;
    int nl;
    dnp_langset ls, other, era_langs;
} meaning_memo;

/* read_words' step for one word t of d, of key k (kinds kk, meanings m[0, nm); NULL when
   none), whose key ends at pos (one_word: the key is t's alone); num_end: where the last
   number before it ended. fold_known: t->fold holds its folded bytes (else they are read
   again from its span when needed). memo: MEANING_MEMO slots, or NULL. */
static void date_word(const env *e, const dn_date *d, date_words *w, float *votes,
                      dnp_langset *seen, uint32_t kinds, const dnp_token *t, bool fold_known,
                      const dnp_lex_key *k, size_t pos, bool one_word, size_t num_end,
                      meaning_memo *memo)
{
    if (k && (k->kinds & ~(1u << DNP_K_PREFIX)) == (1u << DNP_K_NOT_DATE) &&
        !(d->precision == DN_PREC_WEEK && key_week_word(k)))
        w->not_date = true; /* "page", but not Czech "v" (at), also a filler; nor a week's
                               ordinal of the week read ("第49周", weeknum.c) */
    /* a one-letter word says nothing of a language unless glued to its number ("22a",
       "3h"): the French "à 10 h" of "04/12 à 10 h" is no Estonian year mark nor
       Hungarian Monday */
    if (k && (k->kinds & (1u << DNP_K_FILLER)) && !(t->flen == 1 && one_word)) {
        const dnp_meaning *fm = &dnp_lex_meanings[k->meaning];
        for (uint32_t i = 0; i < k->nmeaning; i++)
            if (fm[i].kind == DNP_K_FILLER)
                dnp_langset_add(&w->filler_langs, fm[i].lang);
    }
    /* nor unless glued to the number after it as its prefix ("M4": Kako's month
       prefix, "13\" M4" no 13 April) */
    bool prefix_glued = k && (k->kinds & (1u << DNP_K_MONTH_PREFIX)) && t->end < d->end &&
                        e->text[t->end] >= '0' && e->text[t->end] <= '9';
    if (k && (k->kinds & kinds & (1u << DNP_K_MONTH_PREFIX)) && t->flen == 1 && one_word &&
        t->start != num_end && !prefix_glued && !(k->kinds & (1u << DNP_K_MONTH)) &&
        d->precision == DN_PREC_DAY && (d->flags & DN_FLAG_YEAR_IMPLIED) &&
        num_end != (size_t)-1) {
        /* b31fix: but a month prefix of one letter apart from its number, between the day
           and month of a date without a year or time, is a weak one (dnp_page_finish): its
           languages only ("2 o 3 frenadas" on a Spanish page: no Yangben 2 March) */
        const dnp_meaning *pm = &dnp_lex_meanings[k->meaning];
        for (uint32_t i = 0; i < k->nmeaning; i++)
            if (pm[i].kind == DNP_K_MONTH_PREFIX)
                dnp_langset_add(&w->weak_langs, pm[i].lang);
        w->weak_prefix = true;
    }
    if (!k || !(k->kinds & kinds) ||
        (t->flen == 1 && one_word && t->start != num_end && !prefix_glued) ||
        zone_word(e, d, t, pos))
        return;
    w->words = true;
    w->scripts |= script_bit(e, t);
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    /* an am/pm word after its time's number is that, no weak month ("4:15pm AEDT":
       Nheengatu "pm", July) */
    bool ampm = (k->kinds & (1u << DNP_K_AMPM)) && d->precision >= DN_PREC_HOUR &&
                num_end != (size_t)-1 &&
                (t->start == num_end || (t->start == num_end + 1 && e->text[num_end] == ' '));
    /* an am/pm word, no filler anywhere, right before the hour: "오후 2:30", Uzbek
       "TO 10:12" */
    /* timejoin: nor a day's ordinal ending glued to its number, by a hyphen or nothing
       ("november 28-án 10 órakor": Hungarian "on the 28th", Akan's am) */
    bool day_ending = (k->kinds & (1u << DNP_K_ORDINAL)) && num_end != (size_t)-1 &&
                      (t->start == num_end ||
                       (t->start == num_end + 1 && e->text[num_end] == '-'));
    bool ampm_first = (k->kinds & (1u << DNP_K_AMPM)) &&
                      !(k->kinds & (1u << DNP_K_FILLER)) && d->precision >= DN_PREC_HOUR &&
                      !ampm && !day_ending && hour12_after(e, pos, d->end);
    /* nor is a weekday word with an all-numeric date, whose month is a number ("Sa
       28.11. 19:30") */
    bool weak = (k->kinds & (1u << DNP_K_MONTH)) && t->flen <= DNP_PAGE_WEAK_BYTES && !ampm &&
                DN_DATE_ORDER(d) == DN_ORDER_AUTO &&
                one_word; /* a key of several words is no short word: "de desembre" */
    bool weak_prefix = !(k->kinds & (1u << DNP_K_MONTH)) &&
                       (k->kinds & (1u << DNP_K_MONTH_PREFIX)) && t->flen <= DNP_PAGE_WEAK_BYTES &&
                       t->start != num_end; /* "1º": an ordinal, no Yangben "o" */
    dnp_langset ls = {{0}}, other = {{0}};
    int nl = 0;
    bool full = false, risky = false;
    /* issue 10: a weak month word that only languages few people write have ("DAC" of
       "FC DAC 1904", Luo January) gives no vote: a club's name three times on a Slovak
       page makes no Luo page. A page in such a language has longer words to vote. */
    bool rare_only = votes && (weak || weak_prefix); /* read in the loop below */
    meaning_memo *mm = memo && !weak && !weak_prefix ? &memo[k->meaning % MEANING_MEMO] : NULL;
    if (mm && mm->used && mm->meaning == k->meaning && mm->nmeaning == k->nmeaning &&
        mm->kkinds == k->kinds && mm->kinds == kinds) {
        ls = mm->ls, other = mm->other, nl = mm->nl, risky = mm->risky;
        if (mm->era) {
            w->era = true;
            for (int q = 0; q < DNP_LANG_WORDS; q++)
                w->era_langs.w[q] |= mm->era_langs.w[q];
        }
        goto meanings_read;
    }
    dnp_langset era_langs = {{0}};
    bool era = false;
    for (uint32_t i = 0; i < k->nmeaning; i++) {
        w->weak_prep |= weak && m[i].kind == DNP_K_WEEKDAY_CUE &&
                        m[i].value == DNP_CUE_YEAR_BEFORE;
        if (rare_only && (m[i].kind == DNP_K_MONTH || m[i].kind == DNP_K_MONTH_PREFIX) &&
            !dnp_lang_rare(m[i].lang))
            rare_only = false;
        risky |= (m[i].flags & DNP_MF_RISKY) != 0;
        /* after its day, or before it in a language that writes the month first
           ("July 4"; not "Mars 27") */
        full |= weak && m[i].kind == DNP_K_MONTH && !(m[i].flags & DNP_MF_ABBR) &&
                !dnp_lang_rare(m[i].lang) &&
                (num_end != (size_t)-1 || dnp_langs[m[i].lang].long_order == DN_ORDER_MDY);
        if (!(kinds & (1u << m[i].kind))) {
            /* a language that has the word in another meaning shares its vote (the
               time word "kl." of Swedish, Danish and Norwegian is no whole vote for
               the one language where it is a date word) */
            if (m[i].kind != DNP_K_PREFIX && !dnp_year_cue(&m[i]) &&
                !dnp_langset_has(&other, m[i].lang) &&
                !dnp_langset_has(&ls, m[i].lang)) {
                dnp_langset_add(&other, m[i].lang);
                nl++;
            }
            continue;
        }
        if (m[i].kind == DNP_K_ERA && !(k->kinds & ~((1u << DNP_K_ERA) | (1u << DNP_K_PREFIX)))) {
            w->era = true;
            dnp_langset_add(&w->era_langs, m[i].lang);
            era = true;
            dnp_langset_add(&era_langs, m[i].lang);
        }
        if (!dnp_langset_has(&ls, m[i].lang)) {
            dnp_langset_add(&ls, m[i].lang);
            nl += !dnp_langset_has(&other, m[i].lang);
        }
        if (((weak && m[i].kind == DNP_K_MONTH) ||
             (weak_prefix && m[i].kind == DNP_K_MONTH_PREFIX)) &&
            !dnp_langset_has(&w->weak_langs, m[i].lang)) {
            dnp_langset_add(&w->weak_langs, m[i].lang);
            /* the many languages that write a month so are widely written ones
               ("Oct", "Dec"); languages few people write do not count ("maç", Turkish
               match, is "Mac" of Swahili, Malay and ten languages of East Africa) */
            w->weak_nlangs += !dnp_lang_rare(m[i].lang);
        }
    }
    if (mm) {
        mm->used = true, mm->meaning = k->meaning, mm->nmeaning = k->nmeaning;
        mm->kkinds = k->kinds, mm->kinds = kinds;
        mm->ls = ls, mm->other = other, mm->nl = nl, mm->risky = risky;
        mm->era = era, mm->era_langs = era_langs;
    }
meanings_read:
    /* issue 10: the words of a relative phrase's key of several words, read one by one,
       are date words of other languages too: "hari lalu" (days ago) is a key of Malay's
       CLDR phrase only, its words Indonesian ones ("2 hari lalu" on an Indonesian page);
       not characters of CJK, which a key joins into another word ("前日", the day before,
       is no "前" ago and "日" day of Japanese) */
    if (!one_word && (d->flags & DN_FLAG_RELATIVE) && !(t->flags & DNP_TF_CJK)) {
        dnp_langset each = words_langs(e, t->start, pos, kinds);
        for (int q = 0; q < DNP_LANG_WORDS; q++) {
            nl += __builtin_popcountll(each.w[q] & ~(ls.w[q] | other.w[q]));
            ls.w[q] |= each.w[q];
        }
    }
    /* the languages every date word of it has */
    if (!w->words_read)
        w->all = ls, w->words_read = true;
    else
        dnp_langset_and(&w->all, &ls);
    w->weak_month |= weak;
    /* written as the name is, not a folded look-alike: "mac" is Malay March, Turkish
       "maç" is none */
    w->weak_full |= full && !risky &&
                    (t->flen >= DNP_PAGE_WEAK_BYTES || written_as_folded(e, d, t, fold_known));
    w->weak_prefix |= weak_prefix;
    w->strong_month |= (k->kinds & (1u << DNP_K_MONTH)) && !weak;
    if (ampm_first) {
        w->ampm_before = true;
        for (int q = 0; q < DNP_LANG_WORDS; q++)
            w->ampm_langs.w[q] |= ls.w[q];
    }
    for (int q = 0; q < DNP_LANG_WORDS; q++) {
        w->langs.w[q] |= ls.w[q];
        for (uint64_t b = votes && !rare_only ? ls.w[q] : 0; b; b &= b - 1) {
            int l = q * 64 + __builtin_ctzll(b);
            if (l >= dnp_nlangs)
                continue;
            if (!dnp_langset_has(seen, (unsigned)l)) {
                dnp_langset_add(seen, (unsigned)l);
                votes[l] = 0;
            }
            votes[l] += 1.0f / (float)nl;
        }
    }
}

/* Reads the date words of d into *w; with votes, also gives each word's vote to its
   languages (vote_langs), *seen marking the languages votes[] holds. */
static void read_words(const env *e, const dn_date *d, date_words *w, float *votes,
                       dnp_langset *seen, meaning_memo *memo)
{
    memset(w, 0, sizeof *w);
    if (!may_have_words(e, d->start, d->end))
        return;
    size_t pos = d->start;
    dnp_token t;
    /* the words of an absolute date are not read as relative ones: "03.12. um 8 Uhr" has
       German "um" (at), not Portuguese "um" (one) */
    const uint32_t kinds = (d->flags & DN_FLAG_RELATIVE) ? DATE_KINDS : DATE_KINDS & ~DNP_REL_KINDS;
    size_t num_end = (size_t)-1; /* where the last number ended */
    while (pos < d->end && date_token(e, d->end, &pos, &t)) {
        if (t.kind == DNP_TK_NUM) {
            if (t.ndigits == 4)
                w->year4 = true;
            num_end = t.end;
            continue;
        }
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        size_t word_end = pos;
        const dnp_lex_key *k = longest_key(e, d->end, &pos, &t);
        date_word(e, d, w, votes, seen, kinds, &t, true, k, pos, pos == word_end, num_end, memo);
    }
    if (w->strong_month)
        w->weak_month = false;
}

/* read_words from the scan's record of d's words (r, in env's spans): the same words,
   whose keys the scan looked up alone (record_span), none of several words, and the same
   numbers before them. */
static void read_words_rec(const env *e, const dn_date *d, const dnp_span_date *r,
                           date_words *w, float *votes, dnp_langset *seen, meaning_memo *memo)
{
    /* (a word is letters: may_have_words would say yes) */
    memset(w, 0, sizeof *w);
    const uint32_t kinds = (d->flags & DN_FLAG_RELATIVE) ? DATE_KINDS : DATE_KINDS & ~DNP_REL_KINDS;
    w->year4 = r->year4;
    const dnp_span_tok *x = &e->spans->toks[r->first];
    for (uint32_t i = 0; i < r->n; i++, x++) {
        if (x->tflags & DNP_TF_LONG)
            continue;
        size_t num_end = x->num_end == UINT32_MAX ? (size_t)-1 : x->num_end;
        dnp_token t; /* its fold is not read (date_word's fold_known) */
        t.kind = DNP_TK_WORD, t.flags = x->tflags, t.flen = x->flen, t.ndigits = 0;
        t.start = x->start, t.end = x->end, t.value = 0;
        dnp_lex_key k;
        memset(&k, 0, sizeof k);
        k.meaning = (uint32_t)(x->m - dnp_lex_meanings), k.nmeaning = (uint16_t)x->nm;
        k.kinds = x->kinds;
        date_word(e, d, w, votes, seen, kinds, &t, false, &k, x->end, true, num_end, memo);
    }
    if (w->strong_month)
        w->weak_month = false;
}

/* The scan's record of the words of out[i] (read_words_rec), or NULL; *j: where the search in
   env's spans begins, moved on (the dates and the records are both in text order). */
static const dnp_span_date *span_of(const env *e, const dn_date *d, uint32_t *j)
{
    const dnp_spans *sp = e->spans;
    if (!sp)
        return NULL;
    while (*j < sp->ndates && sp->dates[*j].start < d->start)
        (*j)++;
    return *j < sp->ndates && sp->dates[*j].start == d->start && sp->dates[*j].end == d->end
               ? &sp->dates[*j] : NULL;
}

/* The page's languages from the votes of its dates' words: each date word gives one vote,
   shared by the languages that have it ("yesterday" a whole vote to English, "ago" a
   share to English, Spanish, Portuguese and Galician, whose August it abbreviates). The
   first language has the most votes (then the most speakers); policy.h's DNP_PAGE_* say
   how many the page's languages need. Returns the first language even when it has too
   few votes to be the page's: its numeric order is still the best guess. The words of the
   first PAGE_CACHE dates are kept in cache[], for dnp_page_finish. */
static int vote_langs(const env *e, const dn_date *out, size_t n, page_langs *pl,
                      float *votes, date_words *cache)
{
    dnp_langset seen = {{0}}; /* the languages voted for: votes[] is read only there */
    uint32_t rj = 0;           /* the scan's records of the dates' words (span_of) */
    meaning_memo memo[MEANING_MEMO];
    for (int q = 0; q < MEANING_MEMO; q++)
        memo[q].used = false;
    for (size_t i = 0; i < n; i++) {
        /* a month name alone does not vote: a capitalised word of the page ("Mars",
           "August") is a month in some other language */
        bool votes_here = !(out[i].flags & (DNP_FLAG_PAGE_MONTH_ALONE | DNP_FLAG_PAGE_WEEKDAY |
                                            DNP_FLAG_PAGE_LANG | DNP_FLAG_PAGE_DAY_ALONE));
        date_words w;
        const dnp_span_date *r = span_of(e, &out[i], &rj);
        if (r)
            read_words_rec(e, &out[i], r, i < PAGE_CACHE ? &cache[i] : &w,
                           votes_here ? votes : NULL, &seen, memo);
        else
            read_words(e, &out[i], i < PAGE_CACHE ? &cache[i] : &w, votes_here ? votes : NULL,
                       &seen, memo);
    }
    int top = -1;
    for (int q = 0; q < DNP_LANG_WORDS; q++)
        for (uint64_t b = seen.w[q]; b; b &= b - 1) {
            int l = q * 64 + __builtin_ctzll(b);
            if (top < 0 || votes[l] > votes[top] ||
                (votes[l] == votes[top] && dnp_speakers_k(l) > dnp_speakers_k(top)))
                top = l;
        }
    if (top < 0 || votes[top] < DNP_PAGE_MIN_VOTES)
        return top;
    pl->first = top;
    bool more = false;
    for (int q = 0; q < DNP_LANG_WORDS; q++)
        for (uint64_t b = seen.w[q]; b; b &= b - 1) {
            int l = q * 64 + __builtin_ctzll(b);
            if (votes[l] >= DNP_PAGE_MIN_VOTES && votes[l] >= votes[top] * DNP_PAGE_SHARE) {
                dnp_langset_add(&pl->set, (unsigned)l);
                more |= l != top;
            }
        }
    if (!more)
        return top;
    /* issue 10: another language whose date words the first has in all dates but one,
       while DNP_PAGE_MIN_VOTES dates have words of the first that it lacks, is none of the
       page's: a Japanese page's 年, 月 and 日 are Chinese words too, its weekdays "（金）"
       are not, and one "前日" (Chinese: the day before yesterday; Japanese: the day
       before) makes no Chinese page. Read in the dates whose words were kept (cache). */
    float own[DNP_LANG_WORDS * 64], rival[DNP_LANG_WORDS * 64];
    memset(own, 0, sizeof own);
    memset(rival, 0, sizeof rival);
    for (size_t i = 0; i < n && i < PAGE_CACHE; i++) {
        const date_words *w = &cache[i];
        if (!w->words || (out[i].flags & (DNP_FLAG_PAGE_MONTH_ALONE | DNP_FLAG_PAGE_WEEKDAY |
                                          DNP_FLAG_PAGE_LANG | DNP_FLAG_PAGE_DAY_ALONE)))
            continue;
        bool first_all = dnp_langset_has(&w->all, (unsigned)top);
        for (int q = 0; q < DNP_LANG_WORDS; q++)
            for (uint64_t b = pl->set.w[q]; b; b &= b - 1) {
                int l = q * 64 + __builtin_ctzll(b);
                if (!first_all && dnp_langset_has(&w->langs, (unsigned)l))
                    own[l] += 1.0f;
                else if (first_all && !dnp_langset_has(&w->all, (unsigned)l))
                    rival[l] += 1.0f;
            }
    }
    for (int q = 0; q < DNP_LANG_WORDS; q++)
        for (uint64_t b = pl->set.w[q]; b; b &= b - 1) {
            int l = q * 64 + __builtin_ctzll(b);
            if (l != top && own[l] < DNP_PAGE_MIN_VOTES && rival[l] >= DNP_PAGE_MIN_VOTES)
                pl->set.w[q] &= ~(1ull << (l % 64));
        }
    return top;
}

/* The order the page's numeric dates prove (DN_FLAG_ORDER_PROVED), DMY or MDY; AUTO when
   none or both are proved as often. */
static dn_order proved_order(const dn_date *out, size_t n)
{
    int dmy = 0, mdy = 0;
    for (size_t i = 0; i < n; i++)
        if ((out[i].flags & (DN_FLAG_ORDER_PROVED | DNP_FLAG_PAGE_DAY_MONTH)) ==
            DN_FLAG_ORDER_PROVED) {
            dn_order o = DN_DATE_ORDER(&out[i]);
            dmy += o == DN_ORDER_DMY;
            mdy += o == DN_ORDER_MDY;
        }
    return dmy > mdy ? DN_ORDER_DMY : mdy > dmy ? DN_ORDER_MDY : DN_ORDER_AUTO;
}

/* Whether a numeric date's span is written as dates are, not as versions: with slashes
   ("11/10/26", "1/4/27"), or its first two numbers of two digits each ("03.10.26"; not the
   version "3.10.26"). */
static bool padded_fields(const env *e, const dn_date *d)
{
    const char *s = e->text + d->start;
    size_t k = 0, len = d->end - d->start;
    /* (b33: past a time's words before it: "noon on 4/1/27") */
    while (len > 0 && !(s[0] >= '0' && s[0] <= '9') && (unsigned char)s[0] < 0x80)
        s++, len--;
    while (k < len && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k < len && s[k] == '/')
        return true;
    return len >= 6 && k == 2 && s[3] >= '0' && s[3] <= '9' && s[4] >= '0' && s[4] <= '9' &&
           !(s[5] >= '0' && s[5] <= '9');
}

/* rest36: whether d is written D.MM.YY, the day of one digit, the month and year of two,
   first on its line ("· 2.11.26 – Retsmøde": a Danish list whose other dates prove the page
   day-first). */
static bool dotted_two_digit_month(const env *e, const dn_date *d)
{
    /* first on its line, after a bullet or dash at most: a list of dated items, not a
       version after its product's word ("Firmware 3.10.26", "the 3.10.26 update") */
    for (size_t a = d->start; a > 0 && e->text[a - 1] != '\n'; a--) {
        unsigned char c = (unsigned char)e->text[a - 1];
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
            (c >= 0x80 && c != 0xC2 && c != 0xB7 && c != 0xE2 && c != 0x80 && c != 0xA2))
            return false;
    }
    const char *s = e->text + d->start;
    size_t len = d->end - d->start;
    return len == 7 && s[0] >= '1' && s[0] <= '9' && s[1] == '.' && s[2] >= '0' && s[2] <= '1' &&
           s[3] >= '0' && s[3] <= '9' && s[4] == '.' && s[5] >= '0' && s[5] <= '9' &&
           s[6] >= '0' && s[6] <= '9';
}

/* An ambiguous all-numeric date read in the page's order: its other reading becomes it. */
static void take_order(dn_date *d, dn_order order)
{
    dn_order o = DN_DATE_ORDER(d);
    if (!(d->flags & DN_FLAG_AMBIGUOUS) || (o != DN_ORDER_DMY && o != DN_ORDER_MDY) ||
        o == order || !d->alt_month)
        return;
    int y = d->year, m = d->month, dd = d->day;
    d->year = d->alt_year, d->month = d->alt_month, d->day = d->alt_day;
    d->alt_year = y, d->alt_month = m, d->alt_day = dd;
    d->flags = (d->flags & ~DN_FLAG_ORDER_MASK) | ((unsigned)order << DN_FLAG_ORDER_SHIFT);
    if (d->precision >= DN_PREC_DAY)
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                     (unsigned)d->day));
}

/* A day and month without a year ("18/11", "03.12.", numeric.c's page_day_month): a date
   only in the page's order (proved by its dates, or its language's), its year by
   the README's rule ("Relative expressions"). False when the page has no order or the numbers make no date in it. */
static int implied_year(const env *e, int month, int day);
static bool greg_months(const dn_date *d);

/* Whether out[j] is a date of d's month beside it: at most DNP_PAGE_DM_NEAR bytes away,
   no blank line between, its month read from the text (no day and month of its own
   without a year, no relative date). */
static bool month_beside(const env *e, const dn_date *d, const dn_date *o, dn_order order)
{
    if ((o->flags & (DNP_FLAG_PAGE_DM_NEAR | DN_FLAG_RELATIVE | DNP_FLAG_PAGE_MONTH_ALONE |
                     DNP_FLAG_PAGE_WEEKDAY | DNP_FLAG_PAGE_LANG)) ||
        o->precision < DN_PREC_DAY || !greg_months(o))
        return false;
    /* another day and month without a year ("12/11"): its month in the page's order */
    int month = o->month;
    if ((o->flags & DNP_FLAG_PAGE_DAY_MONTH) && DN_DATE_ORDER(o) != order && o->month != o->day)
        month = (o->flags & DN_FLAG_AMBIGUOUS) ? o->alt_month : 0;
    if (month != d->month)
        return false;
    size_t a = o->end <= d->start ? o->end : d->end, b = o->end <= d->start ? d->start : o->start;
    if (b < a || b - a > DNP_PAGE_DM_NEAR)
        return false;
    for (size_t k = a; k + 1 < b; k++)
        if (e->text[k] == '\n' && (e->text[k + 1] == '\n' || e->text[k + 1] == '\r'))
            return false;
    return true;
}

static bool month_near(const env *e, const dn_date *out, size_t n, size_t i, const dn_date *d,
                       dn_order order)
{
    for (size_t j = i; j-- > 0 && out[j].end + DNP_PAGE_DM_NEAR >= d->start;)
        if (month_beside(e, d, &out[j], order))
            return true;
    for (size_t j = i + 1; j < n && out[j].start <= d->end + DNP_PAGE_DM_NEAR; j++)
        if (month_beside(e, d, &out[j], order))
            return true;
    return false;
}

static bool page_day_month(const env *e, dn_date *d, dn_order order, const dn_date *out,
                           size_t n, size_t i)
{
    if (order != DN_ORDER_DMY && order != DN_ORDER_MDY)
        return false;
    if (DN_DATE_ORDER(d) != order && d->month != d->day) { /* "12/12" reads alike */
        if (!(d->flags & DN_FLAG_AMBIGUOUS) || !d->alt_month)
            return false;
        take_order(d, order);
    }
    /* "até 5/12": only beside a date of its month ("sábado, 12 de dezembro") */
    if ((d->flags & DNP_FLAG_PAGE_DM_NEAR) &&
        (d->month < 10 || !month_near(e, out, n, i, d, order)))
        return false; /* its number of two digits is the month: "24/7" is no 24 July */
    d->flags &= ~(DNP_FLAG_PAGE_DAY_MONTH | DNP_FLAG_PAGE_DM_NEAR | DN_FLAG_AMBIGUOUS |
                  DN_FLAG_WEEKDAY_MISMATCH);
    d->alt_year = d->alt_month = d->alt_day = 0;
    d->flags |= DN_FLAG_PAGE_ORDER;
    d->year = implied_year(e, d->month, d->day);
    if (d->day > dnp_days_in_month(d->year, d->month))
        return false;
    d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                 (unsigned)d->day));
    d->confidence = DNP_CONF_PAGE_DAY_MONTH;
    return true;
}

static bool alnum_byte(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* strchr("-/.", c) != NULL, without the call (issue 10: asked on each side of every date):
   a dash, slash or dot, or a NUL byte (strchr's terminator). */
static inline bool joiner(char c)
{
    return c == '-' || c == '/' || c == '.' || c == '\0';
}

/* A date that is a piece of something else in running text: glued by a dash, slash or dot
   to more digits ("2310-1145-07", a serial number), eight digits glued to an identifier's
   letters ("INV/20261124/MPL", "report_20261124_final"), or an ISO 8601 ordinal date
   ("2024-117", an invoice number more often than the 117th day of 2024). */

/* The value of the ASCII digits text[a, b), read from the bytes (the text has no
   terminating NUL for atoi). */
static int digits_value(const env *e, size_t a, size_t b)
{
    int v = 0;
    for (size_t k = a; k < b; k++)
        v = v * 10 + (e->text[k] - '0');
    return v;
}

/* b33: whether the year alone d is one end of a range of two four-digit years joined by a
   hyphen, the first the earlier, at most DNP_PAGE_YEAR_FROM_SPAN apart, a year mark after
   the later ("2019-2021 yılları arasında"): no piece of a number. */
static bool years_hyphened(const env *e, const dn_date *d)
{
    const char *t = e->text;
    size_t end = d->start + 4; /* (the year's digits; a mark may follow in its span) */
    if (d->precision != DN_PREC_YEAR || end > d->end || digits_value(e, d->start, end) != d->year)
        return false;
    int other = 0;
    size_t oa; /* the other year's first digit: its four digits checked before their value */
    if (d->start >= 5 && t[d->start - 1] == '-' && (d->start == 5 || !alnum_byte(t[d->start - 6])))
        oa = d->start - 5;
    else if (end + 5 <= e->len && t[end] == '-' && (end + 5 == e->len || !alnum_byte(t[end + 5])))
        oa = end + 1;
    else
        return false;
    for (size_t k = oa; k < oa + 4; k++)
        if (t[k] < '0' || t[k] > '9')
            return false;
    other = digits_value(e, oa, oa + 4);
    if (oa < d->start)
        other = -other;
    if (!other)
        return false;
    int first = other < 0 ? -other : d->year, last = other < 0 ? d->year : other;
    if (first < 1000 || last <= first || last - first > DNP_PAGE_YEAR_FROM_SPAN)
        return false;
    /* and a year mark after the later one, a blank between: it marks both */
    size_t p = other < 0 ? end : end + 5;
    dnp_token w;
    if (p >= e->len || t[p] != ' ' || !dnp_next_token(t, e->len, &p, &w) ||
        !dnp_next_token(t, e->len, &p, &w) || w.kind != DNP_TK_WORD || (w.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, w.fold, w.flen);
    return k && (k->kinds & (1u << DNP_K_YEAR_MARK));
}

/* A version after a product's name: "phpBB 3.3.15", "macOS 12.6.1", "WordPress 6.4.2". Three
   dotted numbers, not padded as dates are ("03.03.15"), the year of two digits, right after a
   Latin word with a capital past its first letter (a product's spelling, no word of a
   language's). */
static bool version_of_product(const env *e, const dn_date *d)
{
    if (!(d->flags & DN_FLAG_TWO_DIGIT_YEAR) || padded_fields(e, d))
        return false;
    const char *t = e->text;
    int dots = 0;
    for (size_t k = d->start; k < d->end; k++)
        if (t[k] == '.')
            dots++;
        else if (!(t[k] >= '0' && t[k] <= '9'))
            return false;
    if (dots != 2 || d->start < 3 || t[d->start - 1] != ' ')
        return false;
    size_t a = d->start - 1;
    while (a > 0 && (alnum_byte(t[a - 1])))
        a--;
    bool inner_cap = false;
    for (size_t k = a + 1; k < d->start - 1; k++)
        if (t[k] >= 'A' && t[k] <= 'Z' && t[k - 1] >= 'a' && t[k - 1] <= 'z')
            inner_cap = true;
    return inner_cap && (a == 0 || (unsigned char)t[a - 1] < 0x80);
}

static bool piece_of_number(const env *e, const dn_date *d)
{
    const char *t = e->text;
    if (years_hyphened(e, d))
        return false;
    if (d->start >= 2 && joiner(t[d->start - 1]) && t[d->start - 2] >= '0' &&
        t[d->start - 2] <= '9') {
        /* a range's first day before the hyphen: "14-16 Feb 2026" (its day begins the date:
           ranges() reads it) */
        size_t a = d->start - 1;
        while (a > 0 && t[a - 1] >= '0' && t[a - 1] <= '9')
            a--;
        int first = d->start - 1 - a <= 2 ? digits_value(e, a, d->start - 1) : 0;
        size_t z = d->start;
        while (z < d->end && z < d->start + 3 && t[z] >= '0' && t[z] <= '9')
            z++;
        bool range = t[d->start - 1] == '-' && first >= 1 && first < d->day &&
                     d->precision >= DN_PREC_DAY && (a == 0 || !strchr("-/.", t[a - 1])) &&
                     z > d->start && digits_value(e, d->start, z) == d->day;
        if (!range)
            return true;
    }
    if (d->end + 1 < e->len && joiner(t[d->end]) && t[d->end + 1] >= '0' &&
        t[d->end + 1] <= '9')
        return true;
    size_t n = d->end - d->start;
    const char *s = t + d->start;
    /* eight digits glued to an identifier's other parts by a slash, hyphen or underscore:
       "INV/20261124/MPL/4419283712" is an invoice's number */
    bool digits8 = n == 8;
    for (size_t k = 0; digits8 && k < n; k++)
        digits8 = s[k] >= '0' && s[k] <= '9';
    if (digits8 && ((d->start >= 2 && strchr("/-_", t[d->start - 1]) &&
                     alnum_byte(t[d->start - 2])) ||
                    (d->end + 1 < e->len && strchr("/-_", t[d->end]) && alnum_byte(t[d->end + 1]))))
        return true;
    if ((n == 8 && s[4] == '-') || n == 7) {
        for (size_t k = 0; k < n; k++)
            if (!(s[k] >= '0' && s[k] <= '9') && !(k == 4 && s[k] == '-'))
                return false;
        return true;
    }
    return false;
}

/* b32: a date inside a URL or a path (tests/pages/LABELS.md: not marked), the run of
   non-blank bytes before it holding a scheme's "://", a "www.", a query's "?" or, from a
   "/" at its start, another "/": "/v2/bookings?from=2026-01-01",
   "https://example.org/archive/2026-01-01/". Read back at most DNP_PAGE_URL_BYTES. */
static bool url_piece(const env *e, const dn_date *d)
{
    const char *t = e->text;
    size_t a = d->start, lim = d->start > DNP_PAGE_URL_BYTES ? d->start - DNP_PAGE_URL_BYTES : 0;
    while (a > lim && t[a - 1] != ' ' && t[a - 1] != '\t' && t[a - 1] != '\n' &&
           t[a - 1] != '\r' && t[a - 1] != '(' && t[a - 1] != '"' && t[a - 1] != '<')
        a--;
    if (a == d->start)
        return false;
    int slashes = 0;
    for (size_t k = a; k < d->start; k++) {
        if (t[k] == '?' || (t[k] == ':' && k + 2 < d->start && t[k + 1] == '/' && t[k + 2] == '/'))
            return true;
        if (k + 4 <= d->start && (t[k] | 0x20) == 'w' && (t[k + 1] | 0x20) == 'w' &&
            (t[k + 2] | 0x20) == 'w' && t[k + 3] == '.')
            return true;
        slashes += t[k] == '/';
    }
    return t[a] == '/' && slashes >= 2 && d->start - a > 2;
}

/* ---- ranges ------------------------------------------------------------------------------ */

/* Whether d was written in a calendar of Gregorian months: the day and month of another
   ("۷ آذر") took their year in it (calendar.c); a range or a sentence's year cannot move
   them as Gregorian ones. */
static bool greg_months(const dn_date *d)
{
    return !d->calendar || dnp_cal_family((int)d->calendar) == DN_CAL_GREGORIAN;
}

/* The year of a day and month without one, by the README's rule ("Relative expressions"): the reference's, unless
   that puts the date more than three months after the reference. */
static int implied_year(const env *e, int month, int day)
{
    int y = e->now_year, m = e->now_month, d = e->now_day;
    dnp_add_months(&y, &m, &d, 3);
    int64_t limit = dnp_days_from_civil(y, (unsigned)m, (unsigned)d);
    int year = e->now_year;
    if (day > dnp_days_in_month(year, month))
        day = dnp_days_in_month(year, month);
    if (dnp_days_from_civil(year, (unsigned)month, (unsigned)day) > limit)
        year--;
    return year;
}

/* A date relabelled with the page's language l whose month word means another month
   there than the one the scan read in the language most speak: Croatian "listopad" is
   October, Czech and Polish November ("1. listopada 2026" on a Croatian page). The month
   becomes l's when the span holds one month word, of conflicting meanings, that has it.
   False when the day is not in l's month (the date is dropped). */
static bool page_month(const env *e, dn_date *d, int l)
{
    if (d->precision < DN_PREC_MONTH || (d->flags & DN_FLAG_RELATIVE) || !greg_months(d) ||
        !may_have_words(e, d->start, d->end))
        return true;
    size_t pos = d->start;
    dnp_token t;
    int month = 0, words = 0;
    while (pos < d->end && date_token(e, d->end, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = longest_key(e, d->end, &pos, &t);
        if (!k || !(k->kinds & (1u << DNP_K_MONTH)))
            continue;
        words++;
        if (k->mflags & DNP_KM_ONE)
            continue;
        bool read = false;
        int here = 0;
        for (unsigned i = 0; i < k->nmeaning; i++) {
            const dnp_meaning *m = &dnp_lex_meanings[k->meaning + i];
            if (m->kind != DNP_K_MONTH)
                continue;
            read |= m->value == d->month;
            if (m->lang == l)
                here = here && here != m->value ? -1 : m->value;
        }
        if (read && here > 0 && here != d->month)
            month = here;
    }
    if (!month || words != 1)
        return true;
    if (d->flags & DN_FLAG_YEAR_IMPLIED)
        d->year = implied_year(e, month, d->day ? d->day : 1);
    if (d->precision >= DN_PREC_DAY && d->day > dnp_days_in_month(d->year, month))
        return false;
    d->month = month;
    if (d->precision >= DN_PREC_DAY)
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)month,
                                                     (unsigned)d->day));
    return true;
}

static bool is_dash(uint32_t c)
{
    return c == '-' || c == 0x2013 || c == 0x2014 || c == '~' || c == 0x301C || c == 0xFF5E;
}

/* The characters of text[a, b): "ਤੋਂ" (to) is three, in nine bytes. */
static size_t chars(const env *e, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t k = a; k < b; k++)
        n += ((unsigned char)e->text[k] & 0xC0) != 0x80;
    return n;
}

/* Whether a token is a month name of some language, not also a filler: the first day then
   has a month of its own ("del 15 de enero al 28 de febrero"). */
static bool month_name(const env *e, const dnp_token *t)
{
    if (t->flags & DNP_TF_LONG)
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_MONTH)) && !(k->kinds & (1u << DNP_K_FILLER)) &&
           t->end - t->start > DNP_PAGE_WEAK_BYTES;
}

/* rest36: whether a word token is a short month word (DNP_PAGE_WEAK_BYTES bytes at most)
   written in lower case Latin letters: after a range's end it is the verb of the sentence
   ("Nov 26–29 may change": English "may"), not the month of a date of its own. */
static bool lower_weak_month(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG) ||
        t->end - t->start > DNP_PAGE_WEAK_BYTES || e->text[t->start] < 'a' ||
        e->text[t->start] > 'z')
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_MONTH));
}

/* An opening bracket or quote: what follows it begins there. */
static bool opens(uint32_t c)
{
    return c == '(' || c == '[' || c == '"' || c == 0x201C || c == 0x201E || c == 0xAB ||
           c == 0xFF08 || c == 0x3010 || c == 0x300C;
}

/* Whether text[a, b) holds an ASCII digit or a byte of 0xD9 to 0xEF (the lead byte of a
   digit of another script: range_link_before). Eight bytes a turn (issue 10): a byte's
   lane of hasbetween(x, m, n) (bit hacks: its low seven bits above m and below n, its high
   bit clear) is exact, without carries between lanes; the high bytes are tested flipped. */
#define ONES8_PAGE 0x0101010101010101ull
#define HASBETWEEN(x, m, n)                                                                      \
    ((ONES8_PAGE * (127 + (n)) - ((x) & ONES8_PAGE * 127)) & ~(x) &                              \
     (((x) & ONES8_PAGE * 127) + ONES8_PAGE * (127 - (m))) & ONES8_PAGE * 128)
static bool digit_lead_in(const env *e, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t k = a;
    for (; k + 8 <= b; k += 8) {
        uint64_t x;
        memcpy(&x, s + k, 8);
        uint64_t hi = x ^ ONES8_PAGE * 0x80; /* 0xD9..0xEF: 0x59..0x6F */
        if (HASBETWEEN(x, '0' - 1, '9' + 1) | HASBETWEEN(hi, 0x58, 0x70))
            break;
    }
    for (; k < b; k++)
        if ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 0xD9 && s[k] <= 0xEF))
            return true;
    return false;
}
#undef HASBETWEEN
#undef ONES8_PAGE

/* Whether a token is a range's link word of some language (locales/ range_link). */
static bool link_token(const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    return dnp_key_has_cue(dnp_lex_find_cue(t->fold, t->flen), DNP_CUE_RANGE_LINK, -1);
}

/* b32: whether a word token is a time_link of some language and no range's link there (a
   DNP_K_FILLER of value 2: Serbian, Croatian, Czech, Polish "od", Italian "dalle", from):
   a word that opens a span, never one between its ends ("kanal RTS 3 od 15. januara": no
   3rd to 15th January). */
static bool from_token(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG) || link_token(t))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_FILLER)) && dnp_key_has(k, DNP_K_FILLER, 2, -1);
}

/* Whether a word token joins a list in some language ("e", "and", "und", or "o", "or":
   CLDR's list patterns, DNP_K_REL_AND and DNP_CUE_YEAR_OR). */
static bool and_token(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return (k && (k->kinds & (1u << DNP_K_REL_AND))) ||
           dnp_key_has_cue(dnp_lex_find_cue(t->fold, t->flen), DNP_CUE_YEAR_OR, -1);
}

/* Whether a token is an ordinal ending of some language ("th", "er", "º"; locales/ ordinal). */
static bool ordinal_token(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_ORDINAL));
}

/* Whether the bytes before `at` (from `from`) may end a range's link, as range_link_before
   reads them (issue 10: it tokenizes them, and most dates have none before them): false
   when, blanks aside, an ASCII digit, other ASCII punctuation than a dash, tilde or slash,
   or a line break stands last (the token before has no link nor a dash to pass), or a word
   of ASCII letters longer than a link's word (DNP_PAGE_RANGE_WORD) that no dash or byte
   past 0x7F precedes (a weekday of the end's only passes over itself after a dash). */
static bool link_may_end(const env *e, size_t from, size_t at)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t k = at;
    while (k > from && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    if (k == from)
        return true;
    unsigned char c = s[k - 1];
    if (c >= 0x80 || c == '-' || c == '~' || c == '/')
        return true;
    if ((unsigned char)((c | 0x20) - 'a') >= 26)
        return false;
    size_t ws = k;
    while (ws > from && (unsigned char)((s[ws - 1] | 0x20) - 'a') < 26)
        ws--;
    if (k - ws <= DNP_PAGE_RANGE_WORD || ws == from || s[ws - 1] >= 0x80 || s[ws - 1] == '\'' ||
        s[ws - 1] == '-')
        return true; /* a short word, or one that may go on before its letters */
    while (ws > from && (s[ws - 1] == ' ' || s[ws - 1] == '\t'))
        ws--;
    return ws > from && (s[ws - 1] == '-' || s[ws - 1] == '~' || s[ws - 1] >= 0x80);
}

/* Between a range's first day and the date that ends it: a dash, or one or two short words
   ("au", "e il", "și", "to", "bis", "do", "y"), with spaces. Reads backwards from the token
   before `at`; returns the number token before the link (its span in *num), or false. */
static bool range_link_before(const env *e, size_t at, size_t floor_, dnp_token *num)
{
    size_t from = at > floor_ + DNP_PAGE_RANGE_LOOKBACK ? at - DNP_PAGE_RANGE_LOOKBACK : floor_;
    /* no digit before it: no range (most dates); else the tokens, forwards. A digit of
       another script begins with a byte past 0xC0 ("٢٠ إلى ٣١ ديسمبر") */
    if (!digit_lead_in(e, from, at))
        return false;
    while (from > floor_ && ((unsigned char)e->text[from] & 0xC0) == 0x80)
        from--;
    if (!link_may_end(e, from, at))
        return false;
    /* (sspeed11: nor when no number may begin in its bytes, digit_lead_in's CJK and other
       bytes past 0x7F aside: the day before the link is a number token read from there) */
    if (dnp_number_may_start(e->text, from, at) == at)
        return false;
    dnp_token tk[12];
    int nt = 0;
    size_t pos = from;
    dnp_token t;
    while (pos < at && dnp_next_token(e->text, at, &pos, &t)) {
        if (nt == 12)
            memmove(tk, tk + 1, sizeof tk[0] * 11), nt = 11;
        tk[nt++] = t;
    }
    int k = nt - 1, words = 0;
    bool dash = false, linkw = false, andw = false;
    int last_word = -1; /* b32: the word nearest the first day */
    /* the end date's own weekday before it: "Fri 4 – Sun 6 December 2026" */
    while (k >= 0 && tk[k].kind == DNP_TK_SEP && (tk[k].flags & DNP_TF_SPACE) &&
           !(tk[k].flags & DNP_TF_NEWLINE))
        k--;
    if (k >= 1 && tk[k].kind == DNP_TK_WORD && !(tk[k].flags & DNP_TF_LONG)) {
        const dnp_lex_key *key = word_key(e, tk[k].fold, tk[k].flen);
        int j = k - 1;
        while (j >= 0 && tk[j].kind == DNP_TK_SEP && (tk[j].flags & DNP_TF_SPACE))
            j--;
        if (key && (key->kinds & (1u << DNP_K_WEEKDAY)) && j >= 0 && tk[j].kind == DNP_TK_SEP &&
            is_dash((uint32_t)tk[j].value))
            k--;
    }
    while (k >= 0) {
        if (tk[k].kind == DNP_TK_SEP && (tk[k].flags & DNP_TF_NEWLINE))
            return false; /* no range spans lines: "Room 2.\n\nDated this 19th day of" */
        if (tk[k].kind == DNP_TK_SEP && (tk[k].flags & DNP_TF_SPACE)) {
            k--;
            continue;
        }
        /* a dash, or a slash between two days with their dots ("18./19. Februar 2022") */
        if (tk[k].kind == DNP_TK_SEP && !dash && !words &&
            (is_dash((uint32_t)tk[k].value) ||
             (tk[k].value == '/' && k >= 1 && tk[k - 1].kind == DNP_TK_SEP &&
              tk[k - 1].value == '.' && tk[k - 1].end == tk[k].start))) {
            dash = true;
            k--;
            continue;
        }
        /* a third word when one of them is a range's link ("tot en met") */
        if (tk[k].kind == DNP_TK_WORD &&
            (tk[k].end - tk[k].start <= DNP_PAGE_RANGE_WORD ||
             chars(e, tk[k].start, tk[k].end) <= DNP_PAGE_RANGE_CHARS) &&
            !dash && words < 3 && !month_name(e, &tk[k])) {
            words++;
            linkw = linkw || link_token(&tk[k]);
            andw = andw || and_token(e, &tk[k]);
            last_word = k;
            k--;
            /* two letters glued by a slash are one word ("t/m", tot en met; "s/d") */
            if (k >= 1 && tk[k].kind == DNP_TK_SEP && tk[k].value == '/' &&
                tk[k].end == tk[k + 1].start && tk[k - 1].kind == DNP_TK_WORD &&
                tk[k - 1].end == tk[k].start && tk[k - 1].end - tk[k - 1].start == 1 &&
                tk[k + 1].end - tk[k + 1].start == 1)
                k -= 2;
            continue;
        }
        break;
    }
    /* the first day's own dot: "24. līdz 26. decembrim", "3. až 5. března" */
    if (k >= 1 && tk[k].kind == DNP_TK_SEP && tk[k].value == '.' && !(tk[k].flags & DNP_TF_SPACE) &&
        tk[k - 1].kind == DNP_TK_NUM && tk[k - 1].end == tk[k].start && (dash || words))
        k--;
    /* issue 10: the first day's own ordinal ending before a dash: "7th-11th December" */
    else if (k >= 1 && dash && tk[k].kind == DNP_TK_WORD && tk[k - 1].kind == DNP_TK_NUM &&
             tk[k - 1].end == tk[k].start && ordinal_token(e, &tk[k]))
        k--;
    /* a word glued to the number is its unit or mark, no range's link: "8h ngày
       30/12/2026" (at 8 o'clock on), "3km to 5 December"; an ordinal ending is the day's */
    if (k >= 0 && k + 1 < nt && tk[k].kind == DNP_TK_NUM && tk[k + 1].kind == DNP_TK_WORD &&
        tk[k + 1].start == tk[k].end && !ordinal_token(e, &tk[k + 1]))
        return false;
    /* wrong21: two words hold a range's link word or a conjunction ("e il", "bis zum"),
       three a link word ("tot en met"): "It has 3 ships on 19 December" is no range from
       3 December */
    if (k < 0 || (!dash && !words) || (words == 2 && !linkw && !andw) || (words == 3 && !linkw) ||
        (words == 1 && !dash && from_token(e, &tk[last_word])) ||
        tk[k].kind != DNP_TK_NUM ||
        tk[k].ndigits > 2)
        return false;
    /* the number stands alone: not the end of 12/9, 3.5, 1,200; an opening bracket or
       quote before it is no join ("1. Tur (23-24 Kasım)") */
    if (k >= 1 && tk[k - 1].kind == DNP_TK_SEP && !(tk[k - 1].flags & DNP_TF_SPACE) &&
        !opens((uint32_t)tk[k - 1].value) &&
        /* b22: but an article elided before it ("l'11 i el 24 de setembre", "dall'8") */
        !((tk[k - 1].value == '\'' || tk[k - 1].value == 0x2019) && k >= 2 &&
          tk[k - 2].kind == DNP_TK_WORD && tk[k - 2].end == tk[k - 1].start &&
          tk[k - 1].end == tk[k].start))
        return false;
    if (k >= 1 && tk[k - 1].kind == DNP_TK_NUM)
        return false;
    /* issue 10: nor the month of a numeric date written with blanks ("17. 12. a 19. 12.
       2026": 17 December, then 19 December; not 12 and 19 December): a number of one or
       two digits with its dot glued, then a blank, before it */
    if (k >= 3 && tk[k - 1].kind == DNP_TK_SEP && (tk[k - 1].flags & DNP_TF_SPACE) &&
        !(tk[k - 1].flags & DNP_TF_NEWLINE) && tk[k - 2].kind == DNP_TK_SEP &&
        tk[k - 2].value == '.' && !(tk[k - 2].flags & DNP_TF_SPACE) &&
        tk[k - 3].kind == DNP_TK_NUM && tk[k - 3].ndigits <= 2 && tk[k - 3].end == tk[k - 2].start)
        return false;
    /* nor the end of a code glued to Latin letters ("E12 am 17.11.26": an error code) */
    if (tk[k].start > floor_ && alnum_byte(e->text[tk[k].start - 1]))
        return false;
    /* nor a number after a word that introduces numbers that are no date (locales/
       not_date: "Version 3 ships on 19 December", "Model 3 arrives on 19 December") */
    int b = k - 1;
    while (b >= 0 && tk[b].kind == DNP_TK_SEP && (tk[b].flags & DNP_TF_SPACE) &&
           !(tk[b].flags & DNP_TF_NEWLINE))
        b--;
    if (b >= 0 && b < k - 1 && tk[b].kind == DNP_TK_WORD && !(tk[b].flags & DNP_TF_LONG)) {
        const dnp_lex_key *key = word_key(e, tk[b].fold, tk[b].flen);
        if (key && (key->kinds & (1u << DNP_K_NOT_DATE)) && !(key->kinds & (1u << DNP_K_FILLER)))
            return false;
    }
    *num = tk[k];
    return true;
}

/* The first number of a date's span, and the number after it that is its day: a range
   whose first day a reader took for a two-digit year ("14 e il 15 dicembre" as 2014). */
static bool misread_range(const env *e, const dn_date *d, dnp_token *first, dnp_token *day)
{
    if (!(d->flags & (DN_FLAG_TWO_DIGIT_YEAR)) && d->year >= 100)
        return false;
    size_t pos = d->start;
    dnp_token t;
    bool have_first = false, space = false;
    uint32_t sep = 0;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (have_first && t.kind == DNP_TK_SEP) {
            space |= (t.flags & DNP_TF_SPACE) != 0;
            sep = (uint32_t)t.value;
        }
        if (t.kind != DNP_TK_NUM)
            continue;
        if (!have_first) {
            if (t.ndigits > 2 || (int)t.value != d->year % 100)
                return false;
            *first = t, have_first = true;
        } else {
            /* a space or a dash apart, not one numeric date: "08/22/08", "08-22-08" */
            if ((int)t.value != d->day || (!space && !is_dash(sep)))
                return false;
            size_t p2 = pos;
            dnp_token after;
            if (!space && dnp_next_token(e->text, d->end, &p2, &after) &&
                after.kind == DNP_TK_SEP && (uint32_t)after.value == sep)
                return false;
            *day = t;
            return true;
        }
    }
    return false;
}

/* misses19: a date whose two-digit year a reader took from the number after its day, glued
   to a word that is none of the date's ("otsailaren 8tik 10era", from the 8th to the 10th
   of February, read as 2010: a range's last day with its case ending). The date is its
   month and day, read up to the day's word, the year implied (ranges() may give the last
   day). False when d is not such a reading. */
static bool glued_year(const env *e, dn_date *d)
{
    if (!(d->flags & DN_FLAG_TWO_DIGIT_YEAR) || d->precision != DN_PREC_DAY ||
        !greg_months(d) || d->end >= e->len)
        return false;
    unsigned char after = (unsigned char)e->text[d->end];
    if (!(after >= 0x80 || ((after | 0x20) >= 'a' && (after | 0x20) <= 'z')))
        return false;
    size_t pos = d->start, day_end = 0;
    dnp_token t, last = {0};
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t))
        if (t.kind != DNP_TK_SEP) {
            if (last.kind == DNP_TK_NUM && t.kind == DNP_TK_NUM)
                return false; /* "8 10": no word between */
            if (t.kind == DNP_TK_NUM && (int)t.value == d->day && t.ndigits <= 2)
                day_end = t.end;
            else if (day_end && t.kind == DNP_TK_WORD && t.start == day_end)
                day_end = t.end; /* the day's glued ending: "8tik" */
            last = t;
        }
    if (!day_end || last.kind != DNP_TK_NUM || last.ndigits != 2 || last.end != d->end ||
        (int)last.value != d->year % 100 || (int)last.value <= d->day ||
        (int)last.value > dnp_days_in_month(2024, d->month))
        return false;
    d->end = day_end;
    d->flags = (d->flags & ~DN_FLAG_TWO_DIGIT_YEAR) | DN_FLAG_YEAR_IMPLIED;
    d->year = implied_year(e, d->month, d->day);
    d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day));
    if (d->confidence > DNP_CONF_PAGE_DAY_MONTH)
        d->confidence = DNP_CONF_PAGE_DAY_MONTH;
    return true;
}

/* issue 10: a date whose two-digit year a reader took from an amount's thousands
   ("45.000 € – 24 nov.", "55,000 - 24 Nov"): the number's group of three digits glued
   after it by a dot or comma says it is no year. The date is its day and month, read
   from its day on, the year implied. False when d is not such a reading. */
static bool amount_year(const env *e, dn_date *d)
{
    if (!(d->flags & DN_FLAG_TWO_DIGIT_YEAR) || d->precision < DN_PREC_DAY || !greg_months(d))
        return false;
    size_t pos = d->start;
    dnp_token a, g, t;
    if (!dnp_next_token(e->text, d->end, &pos, &a) || a.kind != DNP_TK_NUM || a.ndigits > 2 ||
        (int)a.value != d->year % 100 || !dnp_next_token(e->text, d->end, &pos, &g) ||
        g.kind != DNP_TK_SEP || (g.value != '.' && g.value != ',') || g.start != a.end ||
        !dnp_next_token(e->text, d->end, &pos, &t) || t.kind != DNP_TK_NUM || t.ndigits != 3 ||
        t.start != g.end)
        return false;
    while (dnp_next_token(e->text, d->end, &pos, &t))
        if (t.kind == DNP_TK_NUM) {
            if ((int)t.value != d->day || t.ndigits > 2)
                return false;
            d->start = t.start;
            d->flags = (d->flags & ~DN_FLAG_TWO_DIGIT_YEAR) | DN_FLAG_YEAR_IMPLIED;
            d->year = implied_year(e, d->month, d->day);
            d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                         (unsigned)d->day));
            return true;
        }
    return false;
}

/* Whether a key has a weekday meaning of value wd (1 Monday .. 7 Sunday) in some language. */
static bool weekday_value(const dnp_lex_key *k, int wd)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY && m[q].value == wd)
            return true;
    return false;
}

/* A weekday in brackets at text[*pos] ("（金）", "(일)"): true with *pos past its closing
   bracket and the weekday's value in *wd (0 when the word is no weekday: then false). */
static bool bracket_weekday(const env *e, size_t lim, size_t *pos, const dn_date *d)
{
    size_t p = *pos;
    dnp_token o, w, c;
    if (!dnp_next_token(e->text, lim, &p, &o) || o.kind != DNP_TK_SEP ||
        (o.value != '(' && o.value != 0xFF08) || !dnp_next_token(e->text, lim, &p, &w) ||
        w.kind != DNP_TK_WORD || (w.flags & DNP_TF_LONG) ||
        !dnp_next_token(e->text, lim, &p, &c) || c.kind != DNP_TK_SEP ||
        (c.value != ')' && c.value != 0xFF09))
        return false;
    const dnp_lex_key *k = word_key(e, w.fold, w.flen);
    if (!k || !(k->kinds & (1u << DNP_K_WEEKDAY)) ||
        !weekday_value(k, dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                          (unsigned)d->day))))
        return false;
    *pos = p;
    return true;
}

/* The end of a range of days whose start has no time keeps none: a time after it is the
   hours of every day ("del 16 al 24 de diciembre, 19:00 h", "from 5 to 9 May, 10:00-18:00"),
   not the end's instant. */
static void range_end_day(dn_date *b)
{
    if (b->precision <= DN_PREC_DAY)
        return;
    b->hour = b->minute = b->second = 0, b->nanosecond = 0, b->fraction_digits = 0;
    b->precision = DN_PREC_DAY;
    b->flags &= ~DN_FLAG_HAS_OFFSET;
    b->offset_minutes = 0;
}

/* rangeyear: whether t is one blank (a space between a number and its CJK mark). */
static bool one_blank(const dnp_token *t)
{
    return t->kind == DNP_TK_SEP && (t->flags & DNP_TF_SPACE) && t->end - t->start == 1;
}

/* b21fix: whether the word t is a day mark (일, 일까지). */
static bool day_mark_key(const dnp_token *t)
{
    const dnp_lex_key *k = (t->flags & DNP_TF_LONG) ? NULL : dnp_lex_find(t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_DAY_MARK));
}

/* issue 10: a second day written after a CJK date with the same day mark ("12月5日及6日",
   "12月5日～6日", "12월 5일, 6일", "11月24日から26日", "11月27日（金）・28日（土）"), the date's weekday in brackets
   between ("12月7日（月）〜11日（金）", "12월 19일(토) ~ 20일(일)"): a link (a dash, tilde,
   comma, a middle dot, or one or two CJK characters), then a later day of the month and the mark the
   date's day has; a weekday in brackets after it must be that day's. Inserted after out[i]
   (out has room), flagged DN_FLAG_RANGE with out[i]. False when none follows. */
static bool cjk_second_day(const env *e, dn_date *out, size_t n, size_t i, bool *replaced)
{
    dn_date *d = &out[i];
    /* (sspeed11: from the bytes first: the second day is a number token read at the span's
       end or after it, or after the date's weekday in brackets inside the span: none when
       no number may begin in the bytes after it that are read below and the span holds no
       opening bracket, "(" or "（") */
    size_t lim0 = d->end + 40 < e->len ? d->end + 40 : e->len;
    if (dnp_number_may_start(e->text, d->end, lim0) == lim0 &&
        !memchr(e->text + d->start, '(', d->end - d->start)) {
        const unsigned char *s = (const unsigned char *)e->text;
        size_t k = d->start;
        while (k + 2 < d->end && !(s[k] == 0xEF && s[k + 1] == 0xBC && s[k + 2] == 0x88))
            k++;
        if (k + 2 >= d->end)
            return false;
    }
    /* the date's day mark: the word glued to the last number of the day's value */
    size_t pos = d->start, after = 0;
    dnp_token t, prev = {0}, mark = {0};
    bool gap = false, spaced = false;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        /* rangeyear: the mark glued to its number, or a CJK mark one blank after it, as
           pages that space their numbers write it ("2027 年 2 月 4 日至 11 日") */
        if (prev.kind == DNP_TK_NUM && (int)prev.value == d->day && t.kind == DNP_TK_WORD &&
            (t.start == prev.end || (gap && (t.flags & DNP_TF_CJK))))
            mark = t, after = t.end, spaced = t.start != prev.end;
        if (prev.kind == DNP_TK_NUM && !gap && one_blank(&t)) {
            gap = true;
            continue;
        }
        gap = false;
        prev = t;
    }
    if (mark.kind != DNP_TK_WORD || !(mark.flags & (DNP_TF_CJK | DNP_TF_ADJ)))
        return false;
    size_t lim = d->end + 40 < e->len ? d->end + 40 : e->len;
    pos = after;
    /* the day mark ends the date, or the date's own weekday in brackets follows it (the
       reader's span may end before the closing bracket) */
    if (after != d->end && !bracket_weekday(e, lim, &pos, d))
        return false;
    dnp_token link, num, m2;
    if (!dnp_next_token(e->text, lim, &pos, &link))
        return false;
    if (link.kind == DNP_TK_SEP && (link.flags & DNP_TF_SPACE) &&
        !dnp_next_token(e->text, lim, &pos, &link))
        return false;
    /* b21fix: a day mark that says "from" (locales/ range_link: Korean 일부터) is the link
       itself ("12월 29일부터 31일까지"), and the end's day mark may say "until" */
    bool from = link.kind == DNP_TK_NUM && after == d->end &&
                dnp_key_has_cue(dnp_lex_find_cue(mark.fold, mark.flen), DNP_CUE_RANGE_LINK, -1);
    /* issue 10: the middle dot of Japanese lists links them too ("11月27日（金）・28日（土）") */
    if (!from && !((link.kind == DNP_TK_SEP && (is_dash((uint32_t)link.value) || link.value == ',' ||
                                                link.value == 0x30FB)) ||
                   (link.kind == DNP_TK_WORD && (link.flags & DNP_TF_CJK))))
        return false;
    if (from)
        num = link;
    else if (!dnp_next_token(e->text, lim, &pos, &num))
        return false;
    /* a link of two CJK characters ("から") */
    if (link.kind == DNP_TK_WORD && num.kind == DNP_TK_WORD && (num.flags & DNP_TF_CJK) &&
        num.start == link.end && !dnp_next_token(e->text, lim, &pos, &num))
        return false;
    if (num.kind == DNP_TK_SEP && (num.flags & DNP_TF_SPACE) &&
        !dnp_next_token(e->text, lim, &pos, &num))
        return false;
    if (num.kind != DNP_TK_NUM || num.ndigits > 2 || (int)num.value <= d->day ||
        (int)num.value > dnp_days_in_month(d->year, d->month) ||
        !dnp_next_token(e->text, lim, &pos, &m2) ||
        (spaced && one_blank(&m2) && !dnp_next_token(e->text, lim, &pos, &m2)) ||
        m2.kind != DNP_TK_WORD || (m2.start != num.end && !spaced) ||
        (from ? !day_mark_key(&m2)
              : m2.flen != mark.flen || memcmp(m2.fold, mark.fold, mark.flen) != 0))
        return false;
    size_t end = m2.end;
    dn_date b0 = *d;
    b0.day = (int)num.value;
    /* the end's own weekday in brackets: it must be that day's ("〜11日（金）") */
    size_t p2 = end;
    dnp_token o;
    if (dnp_next_token(e->text, lim, &p2, &o) && o.kind == DNP_TK_SEP &&
        (o.value == '(' || o.value == 0xFF08)) {
        p2 = end;
        if (!bracket_weekday(e, lim, &p2, &b0))
            return false;
        end = p2;
    }
    /* no date already read there (but the same day read alone, DNP_FLAG_PAGE_DAY_ALONE:
       read again here as the range's end) */
    bool again = i + 1 < n && out[i + 1].start == num.start &&
                 (out[i + 1].flags & DNP_FLAG_PAGE_DAY_ALONE);
    if (i + 1 < n && out[i + 1].start < end && !again)
        return false;
    if (again)
        out[i + 1] = *d;
    else
        memmove(d + 1, d, (n - i) * sizeof *d);
    *replaced = again;
    dn_date *b = &out[i + 1];
    b->start = num.start, b->end = end;
    b->day = (int)num.value;
    b->hour = b->minute = b->second = 0, b->nanosecond = 0, b->fraction_digits = 0;
    if (b->precision > DN_PREC_DAY)
        b->precision = DN_PREC_DAY;
    b->flags = (b->flags & ~(DN_FLAG_HAS_OFFSET | DN_FLAG_WEEKDAY_MISMATCH)) | DN_FLAG_RANGE;
    b->offset_minutes = 0;
    b->weekday = dnp_weekday(dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day));
    d->flags |= DN_FLAG_RANGE;
    return true;
}

/* issue 10: a range read whole after its month ("Dec 18–20", "Nov 28 - 30, 2026"; the
   reader gives its first day, flagged DN_FLAG_RANGE): the number after the dash that
   follows the day is the last day, inserted after out[i] with the span from it to the
   end (its year, if written, is there); out[i] ends at its day. out has room for one
   more. False when the span holds no such number. */
static bool month_first_range(const env *e, dn_date *out, size_t n, size_t i)
{
    dn_date *d = &out[i];
    size_t pos = d->start;
    dnp_token t, day = {0}, last = {0};
    int state = 0; /* 0: before the month word, 1: before the day, 2: the dash, 3: the end */
    while (state < 4 && pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE))
            continue;
        if (state == 0 && t.kind == DNP_TK_WORD)
            state = 1;
        else if (state == 1 && t.kind == DNP_TK_NUM)
            state = (int)t.value == d->day ? 2 : 4, day = t;
        else if (state == 0 && t.kind == DNP_TK_NUM && t.ndigits <= 2 && (int)t.value == d->day)
            state = 2, day = t; /* issue 10 (b20): after the year ("2027 14–15 January") */
        else if (state == 2 && t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value))
            state = 3;
        else if (state == 2 && t.kind == DNP_TK_WORD)
            continue; /* an ordinal suffix ("18th–20th") */
        else if (state == 3 && t.kind == DNP_TK_NUM) {
            last = t;
            break;
        } else if (state >= 2)
            return false;
    }
    if (!last.end || (int)last.value <= d->day ||
        (int)last.value > dnp_days_in_month(d->year, d->month))
        return false;
    memmove(d + 1, d, (n - i) * sizeof *d);
    dn_date *b = &out[i + 1];
    d->end = day.end;
    b->start = last.start;
    b->day = (int)last.value;
    b->hour = b->minute = b->second = 0, b->nanosecond = 0, b->fraction_digits = 0;
    if (b->precision > DN_PREC_DAY)
        b->precision = DN_PREC_DAY;
    b->flags &= ~(DN_FLAG_HAS_OFFSET | DN_FLAG_WEEKDAY_MISMATCH);
    b->offset_minutes = 0;
    b->weekday = dnp_weekday(dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day));
    return true;
}

/* Whether a weekday word stands right before text[at] (blanks, a comma or a dot between, after
   floor_): the start of "Fri 4 – Sun 6 December". */
static bool weekday_before(const env *e, size_t at, size_t floor_)
{
    size_t w = at;
    while (w > floor_ && (e->text[w - 1] == ' ' || e->text[w - 1] == ',' || e->text[w - 1] == '.'))
        w--; /* "lun. 3" */
    size_t ws = w;
    while (ws > floor_ && ((unsigned char)e->text[ws - 1] >= 0x80 ||
                           ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
        ws--;
    while (ws < w && ((unsigned char)e->text[ws] & 0xC0) == 0x80)
        ws++;
    size_t p = ws;
    dnp_token t;
    if (ws == w || !dnp_next_token(e->text, w, &p, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG) || t.end != w)
        return false;
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    return k && (k->kinds & (1u << DNP_K_WEEKDAY));
}

/* Whether text[a, b) holds a word that joins a list ("et", "and", "und": CLDR's list
   patterns, DNP_K_REL_AND). */
static bool and_between(const env *e, size_t a, size_t b)
{
    size_t pos = a;
    dnp_token t;
    while (pos < b && dnp_next_token(e->text, b, &pos, &t))
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            const dnp_lex_key *k = word_key(e, t.fold, t.flen);
            if (k && (k->kinds & (1u << DNP_K_REL_AND)))
                return true;
        }
    return false;
}

/* A list's earlier day before the list's first day read so far, which starts at `at` and
   is `day` ("11, 12 et 13 décembre", "11., 12. und 13. Dezember"): a number of one or two
   digits (its dot glued after it), a comma glued after it, blanks; smaller than day, after
   a blank, an opening bracket or the start of the text (or floor_). Its span and value in
   *num. */
static bool list_day_before(const env *e, size_t at, size_t floor_, int day, dnp_token *num)
{
    const char *s = e->text;
    size_t q = at;
    while (q > floor_ && s[q - 1] == ' ')
        q--;
    if (q == at || q == floor_ || s[q - 1] != ',')
        return false;
    q--;
    if (q > floor_ && s[q - 1] == '.')
        q--;
    size_t k = q;
    while (k > floor_ && k + 2 > q && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    if (k == q || (k > floor_ && s[k - 1] != ' ' && s[k - 1] != '\n' && s[k - 1] != '(') ||
        (k == floor_ && k > 0 && s[k - 1] != ' ' && s[k - 1] != '\n'))
        return false;
    int v = q - k == 1 ? s[k] - '0' : (s[k] - '0') * 10 + (s[k + 1] - '0');
    if (v < 1 || v >= day)
        return false;
    /* what stands before it: the start of a line or a clause, or a word the lexicon knows
       ("les", "on", "am", "il"), not a noun ("Room 5, 12 and 13 December") nor a word of
       numbers that are no dates ("versions 2, 3 and 4") */
    size_t w = k;
    while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == '\t'))
        w--;
    if (w > 0 && s[w - 1] != '\n' && s[w - 1] != '(' && s[w - 1] != ':') {
        size_t ws = w;
        while (ws > 0 && ((unsigned char)s[ws - 1] >= 0x80 ||
                          ((s[ws - 1] | 0x20) >= 'a' && (s[ws - 1] | 0x20) <= 'z')))
            ws--;
        dnp_token t;
        size_t p = ws;
        if (ws == w || !dnp_next_token(s, w, &p, &t) || t.kind != DNP_TK_WORD || t.end != w ||
            (t.flags & DNP_TF_LONG))
            return false;
        const dnp_lex_key *key = dnp_lex_find_cue(t.fold, t.flen);
        if (!key || (key->kinds & ((1u << DNP_K_NOT_DATE) | (1u << DNP_K_MONTH))))
            return false;
    }
    num->start = k, num->end = s[q] == '.' ? q + 1 : q;
    num->value = (uint64_t)v;
    return true;
}

/* Whether text[a, b) holds a blank line: a passage's end. */
static bool blank_line_in(const env *e, size_t a, size_t b)
{
    bool nl = false;
    for (size_t k = a; k < b; k++) {
        char ch = e->text[k];
        if (ch == '\n') {
            if (nl)
                return true;
            nl = true;
        } else if (ch != ' ' && ch != '\t' && ch != '\r')
            nl = false;
    }
    return false;
}

/* Whether the day alone d ends a range from the date a before it, in its month: at most
   DNP_PAGE_CJK_LINK characters between, no digit, bracket or line break, the last a dash,
   a tilde or a CJK character ("27日夜间至29日", "27日～29日"), d later than a. */
static bool range_end_cjk(const env *e, const dn_date *a, const dn_date *d)
{
    if (a->end > d->start || a->year != d->year || a->month != d->month || a->day >= d->day ||
        a->precision < DN_PREC_DAY || chars(e, a->end, d->start) > DNP_PAGE_CJK_LINK)
        return false;
    size_t pos = a->end;
    dnp_token t;
    uint32_t last = 0;
    while (pos < d->start && dnp_next_token(e->text, d->start, &pos, &t)) {
        if (t.kind == DNP_TK_NUM || (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD))) ||
            (t.kind == DNP_TK_SEP && !is_dash((uint32_t)t.value) && !(t.flags & DNP_TF_SPACE)))
            return false;
        last = t.kind == DNP_TK_WORD ? ((t.flags & DNP_TF_CJK) ? 1 : 0)
             : (t.flags & DNP_TF_SPACE) ? last : 2;
    }
    return last != 0;
}

/* issue 10: the month of each day read alone with its CJK mark (DNP_FLAG_PAGE_DAY_ALONE:
   "28日（土）", "27日夜间至29日"): the month of the nearest date before it in its passage
   (no blank line between; a date with a month and no relative word), the day not before
   that date's unless a weekday in brackets proves it; with none there, the month of the
   page's first date with a day (its dateline: "发布时间：2026-11-26 10:05" for a forecast's
   "28日"). A weekday in brackets after the day must be its day's. A day that takes no month
   is dropped: a page that gives none has no date there. The flag stays for ranges()
   (cjk_second_day reads such a day again as a range's end). Returns the new count. */
static size_t day_alone_month(const env *e, dn_date *out, size_t n)
{
    dn_date line;
    bool have_line = false;
    for (size_t j = 0; j < n && !have_line; j++)
        if (!(out[j].flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DNP_FLAG_PAGE_DAY_ALONE)) &&
            out[j].precision >= DN_PREC_DAY && greg_months(&out[j]))
            line = out[j], have_line = true;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        dn_date d = out[i];
        if (!(d.flags & DNP_FLAG_PAGE_DAY_ALONE)) {
            out[kept++] = d;
            continue;
        }
        const dn_date *a = NULL;
        bool passage = false;
        for (size_t j = kept; j-- > 0;) {
            const dn_date *o = &out[j];
            if ((o->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) || o->precision < DN_PREC_MONTH ||
                !greg_months(o))
                continue;
            if (!blank_line_in(e, o->end, d.start))
                a = o, passage = true;
            break;
        }
        if (!a && have_line)
            a = &line;
        if (!a || d.day > dnp_days_in_month(a->year, a->month))
            continue;
        d.year = a->year, d.month = a->month;
        d.weekday = dnp_weekday(dnp_days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day));
        /* the weekday in brackets after the mark */
        size_t lim = d.end + 24 < e->len ? d.end + 24 : e->len, pos = d.start;
        dnp_token t;
        bool bracket = false;
        while (pos < lim && dnp_next_token(e->text, lim, &pos, &t) && t.kind != DNP_TK_WORD)
            ;
        size_t p2 = pos;
        if (pos < lim && dnp_next_token(e->text, lim, &p2, &t) && t.kind == DNP_TK_SEP &&
            (t.value == '(' || t.value == 0xFF08)) {
            bracket = bracket_weekday(e, lim, &pos, &d);
            if (!bracket)
                continue;
        }
        if (passage && !bracket && a->precision >= DN_PREC_DAY && d.day < a->day)
            continue;
        /* a count of days ("残り時間：3日", "残り1日", "翌日（6日）") unless a weekday, a day
           period or a time says it is a day, or it ends a range from the date before it */
        if (!bracket && !(d.flags & DNP_FLAG_PAGE_DAY_PROVED) &&
            !(kept && range_end_cjk(e, &out[kept - 1], &d)))
            continue;
        d.flags = (d.flags & ~(DN_FLAG_YEAR_IMPLIED | DN_FLAG_WEEKDAY_MISMATCH)) |
                  (a->flags & DN_FLAG_YEAR_IMPLIED);
        out[kept++] = d;
    }
    return kept;
}

/* The number token at *pos when it is ASCII digits that neither a byte past 0x7F before it
   nor one after it up to end touches: what dnp_next_token(text, end, pos) reads there
   (ascii_number: its value from the first eighteen digits), *pos moved past it; else false
   (then the tokenizer's). Only its kind, span, digits and value are set. */
static bool ascii_number_at(const env *e, size_t end, size_t *pos, dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t p = *pos, q = p;
    if (p >= end || (unsigned char)(s[p] - '0') > 9 || (p > 0 && s[p - 1] >= 0x80))
        return false;
    uint64_t v = 0;
    for (; q < end && (unsigned char)(s[q] - '0') <= 9; q++)
        if (q < p + 18)
            v = v * 10 + (uint64_t)(s[q] - '0');
    if (q < end && s[q] >= 0x80)
        return false;
    t->kind = DNP_TK_NUM, t->flags = q - p > 18 ? DNP_TF_LONG : 0;
    t->ndigits = q - p > 255 ? 255 : (uint8_t)(q - p);
    t->value = v;
    t->start = (uint32_t)p, t->end = (uint32_t)q;
    *pos = q;
    return true;
}

/* The word token text[a, b) when it is ASCII letters only, folded, as dnp_next_token reads
   it up to b (ascii_word: the letters up to b, lower case); false for any other (then the
   tokenizer's), or one too long to be a key. Only its kind, span and fold are set. */
static bool ascii_word_at(const env *e, size_t a, size_t b, dnp_token *t)
{
    const unsigned char *s = (const unsigned char *)e->text;
    if (b - a > DNP_WORD_MAX)
        return false;
    for (size_t k = a; k < b; k++) {
        if ((unsigned char)((s[k] | 0x20) - 'a') >= 26)
            return false;
        t->fold[k - a] = (char)(s[k] | 0x20);
    }
    t->kind = DNP_TK_WORD, t->flags = 0, t->flen = (uint8_t)(b - a);
    t->start = (uint32_t)a, t->end = (uint32_t)b;
    return true;
}

/* Whether text[a, b) is blanks and one dash or tilde, on one line (the closing bracket of
   the first date's weekday before them: "11/27(金)～"). */
static bool dash_only(const env *e, size_t a, size_t b)
{
    size_t pos = a;
    bool dash = false;
    dnp_token t;
    while (pos < b && dnp_next_token(e->text, b, &pos, &t)) {
        if (t.kind != DNP_TK_SEP || (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
            return false;
        if (t.flags & DNP_TF_SPACE)
            continue;
        if (!dash && is_dash((uint32_t)t.value))
            dash = true;
        else if (!(t.value == ')' && !dash && t.start == a))
            return false;
    }
    return dash;
}

/* "9–10 January 2027", "du 16 au 19 juillet 2027", "14 e il 15 dicembre", "8 e 9 de
   dezembro": the first day of a range, a bare number before the date that ends it, takes
   that date's month and year, and becomes a date of its own before it; both are flagged
   DN_FLAG_RANGE. A date read with that number as its year is read again without it. "15.
   Juli bis 14. Dezember 2024", "28 sierpnia do 1 września": a date without a year just
   before one with a year takes it (the year before when its month comes later). Inserts
   only while out has room (cap). Returns the new count. */
static bool days_linked(const env *e, size_t a, size_t b, bool comma);

static size_t ranges(const env *e, dn_date *out, size_t n, size_t cap)
{
    for (size_t i = 0; i < n; i++) {
        dn_date *d = &out[i];
        if ((d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) || d->precision < DN_PREC_DAY ||
            !greg_months(d))
            continue;
        if (d->flags & DN_FLAG_RANGE) {
            /* a range the month-name reader read whole ("Dec 18–20", monthname.c): its last
               day becomes a date of its own after it */
            if (n < cap && month_first_range(e, out, n, i))
                n++, i++;
            continue;
        }
        bool replaced = false;
        if (n < cap && d->end < e->len && ((unsigned char)e->text[d->end - 1] & 0x80) &&
            cjk_second_day(e, out, n, i, &replaced)) {
            n += !replaced, i++;
            continue;
        }
        dnp_token first, day;
        if (misread_range(e, d, &first, &day)) {
            d->start = day.start;
            d->flags = (d->flags & ~DN_FLAG_TWO_DIGIT_YEAR) | DN_FLAG_YEAR_IMPLIED;
            d->year = implied_year(e, d->month, d->day);
            d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                         (unsigned)d->day));
        }
        size_t floor_ = i ? out[i - 1].end : 0;
        /* the span must begin with the day: "19 juillet 2027", not "juillet 19"; or with a
           weekday and the day ("Fri 4 – Sun 6 December 2026") */
        dnp_token t, num;
        size_t pos = d->start;
        if (d->start < floor_ + 2 || d->day < 2 ||
            !(ascii_number_at(e, d->end, &pos, &t) || dnp_next_token(e->text, d->end, &pos, &t)))
            continue;
        size_t link_at = d->start; /* where the link before the day is looked for */
        bool end_weekday = false;  /* the end has its weekday ("– Sun 6 December") */
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            const dnp_lex_key *k = word_key(e, t.fold, t.flen);
            bool weekday = k && (k->kinds & (1u << DNP_K_WEEKDAY));
            /* the range's own word in the span of its end ("od 28 do 31 grudnia"; b22: a
               link that is also a weekday of another language, Catalan "al" of "del 22 al 29
               de març de 2027", a Basque Monday as 29 March 2027 is one) */
            bool filler = k && ((k->kinds & (1u << DNP_K_FILLER)) || link_token(&t));
            end_weekday = weekday && !filler && !(k->kinds & (1u << DNP_K_REL_AND));
            if (!weekday && !filler)
                continue;
            while (dnp_next_token(e->text, d->end, &pos, &t) && t.kind == DNP_TK_SEP &&
                   !(t.flags & DNP_TF_NEWLINE))
                ;
            link_at = t.start;
        }
        if (t.kind != DNP_TK_NUM || (int)t.value != d->day)
            continue;
        /* a weekday right before the day belongs to it ("– Sun 6 December"), when no link
           stands right before the day */
        bool linked = range_link_before(e, d->start, floor_, &num) ||
                      (link_at != d->start && range_link_before(e, link_at, floor_, &num));
        size_t at = d->start, w = at;
        while (w > floor_ && e->text[w - 1] == ' ')
            w--;
        size_t ws = w;
        while (ws > floor_ && ((unsigned char)e->text[ws - 1] >= 0x80 ||
                               ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
            ws--;
        if (!linked && ws < w && w < at) {
            size_t p2 = ws;
            dnp_token wt;
            if (ascii_word_at(e, ws, w, &wt) ||
                (dnp_next_token(e->text, w, &p2, &wt) && wt.kind == DNP_TK_WORD &&
                 !(wt.flags & DNP_TF_LONG) && wt.end == w)) {
                const dnp_lex_key *k = word_key(e, wt.fold, wt.flen);
                /* "Sun" of "– Sun 6", not "și" (and) of "12 și 13" nor "on" (a filler, and
                   a weekday of some language) of "3 ships on 19 December": such a word is
                   one of the link's words, which the first look read */
                if (k && (k->kinds & (1u << DNP_K_WEEKDAY)) &&
                    !(k->kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_REL_AND))))
                    at = ws;
                end_weekday = at == ws;
            }
        }
        if (!linked && (at == d->start || !range_link_before(e, at, floor_, &num)))
            continue;
        if (num.value < 1 || (int)num.value >= d->day)
            continue;
        /* three numbers glued by one dash are a numeric date, no range: "08-22-08" */
        if (num.end + 1 == d->start && e->text[num.end] == '-' && t.end < e->len &&
            e->text[t.end] == '-')
            continue;
        /* an end with its weekday has a start with its own ("Fri 4 – Sun 6 December"):
           "Dzień 1 — środa, 17 lutego" is a programme's day 1, no range */
        if (end_weekday && !weekday_before(e, num.start, floor_))
            continue;
        if (n == cap)
            break;
        /* timejoin: two days joined by "and" that share their month and time ("5 и 6
           декември, 11:00"): a list, each day at that time; a range's time is every day's
           hours (range_end_day) */
        bool timed_list = d->precision > DN_PREC_DAY && and_between(e, num.end, t.start);
        memmove(d + 1, d, (n - i) * sizeof *d);
        n++;
        dn_date *s = &out[i];
        s->day = (int)num.value;
        s->start = num.start, s->end = num.end;
        if (!timed_list) {
            s->hour = s->minute = s->second = 0, s->nanosecond = 0, s->fraction_digits = 0;
            if (s->precision > DN_PREC_DAY)
                s->precision = DN_PREC_DAY;
            s->flags &= ~DN_FLAG_HAS_OFFSET;
            s->offset_minutes = 0;
        }
        s->flags = (s->flags & ~DN_FLAG_WEEKDAY_MISMATCH) | DN_FLAG_RANGE;
        s->weekday = dnp_weekday(dnp_days_from_civil(s->year, (unsigned)s->month,
                                                     (unsigned)s->day));
        out[i + 1].flags |= DN_FLAG_RANGE;
        if (!timed_list)
            range_end_day(&out[i + 1]);
        /* a list of days before the two, joined by "and" ("11, 12 et 13 décembre"): each
           a date of its own */
        size_t more = 0;
        dnp_token prev;
        while (n < cap && list_day_before(e, out[i].start, floor_, out[i].day, &prev) &&
                   (more || and_between(e, num.end, t.start))) {
                memmove(&out[i + 1], &out[i], (n - i) * sizeof *out);
                n++, more++;
                out[i].start = prev.start, out[i].end = prev.end;
                out[i].day = (int)prev.value;
                out[i].weekday = dnp_weekday(dnp_days_from_civil(out[i].year, (unsigned)out[i].month,
                                                                 (unsigned)out[i].day));
            }
        i += 1 + more;
    }
    /* a date without a year, then one with a year, written as one range; b33as: also a
       month alone, then a month and year ("जनवरी–फरवरी 2025", "décembre à février 2027":
       the start takes the end's year, the year before when its month is later) */
    for (size_t i = 0; i + 1 < n; i++) {
        dn_date *a = &out[i], *b = &out[i + 1];
        bool months = a->precision == DN_PREC_MONTH && b->precision == DN_PREC_MONTH;
        if ((a->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) != DN_FLAG_YEAR_IMPLIED ||
            !greg_months(a) || (b->flags & DN_FLAG_RANGE) || /* b starts a range of its own */
            (b->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) ||
            (a->precision < DN_PREC_DAY && !months) ||
            b->precision < DN_PREC_MONTH || b->end <= a->end || b->start - a->end > DNP_PAGE_LIST_GAP)
            continue;
        bool glue = true;
        for (size_t k = a->end; k < b->start && glue; k++) {
            unsigned char ch = (unsigned char)e->text[k];
            glue = ch != '\n' && ch != '\r' && !(ch >= '0' && ch <= '9') && !strchr(";.!?|(", ch);
        }
        /* b23: linked as a range or a list is: a dash, a comma or one or two short words
           alone ("15. Juli bis 14. Dezember 2024"), a dash, or blanks alone when the end's span
           begins with its link ("2 de setembro e 14 de outubro de 2024"); not a clause's
           end ("12 月 26 日要去，115/11/20 才訂到": a trip, then the older day of its booking;
           "11月2日から（2026年10月28日）", a notice's date in brackets) */
        bool linked = true;
        for (size_t k = a->end; k < b->start && linked; k++)
            linked = e->text[k] == ' ';
        /* or a dash, past a weekday in brackets ("12月29日（火）～2027年1月4日") */
        size_t pos = a->end;
        dnp_token t;
        while (!linked && pos < b->start && dnp_next_token(e->text, b->start, &pos, &t))
            linked = t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value);
        if (!glue || !(linked || days_linked(e, a->end, b->start, true)))
            continue;
        /* (two months: a dash or a link word, not blanks or a comma alone) */
        if (months && !days_linked(e, a->end, b->start, false))
            continue;
        int y = b->year - (a->month > b->month ? 1 : 0);
        if (!months && a->day > dnp_days_in_month(y, a->month))
            continue;
        a->year = y;
        a->flags &= ~DN_FLAG_YEAR_IMPLIED; /* the text gave it, at the range's end */
        if (!months)
            a->weekday = dnp_weekday(dnp_days_from_civil(a->year, (unsigned)a->month,
                                                         (unsigned)a->day));
        a->flags |= DN_FLAG_RANGE;
        b->flags |= DN_FLAG_RANGE;
        if (a->precision <= DN_PREC_DAY)
            range_end_day(b);
    }
    /* issue 10: two whole days joined by a dash or tilde alone, the start without a time
       ("11/27(金)～11/30(月)　10:00", a programme's days, then its show times): the end's
       time is every day's, as in a range of days (range_end_day) */
    for (size_t i = 0; i + 1 < n; i++) {
        dn_date *a = &out[i], *b = &out[i + 1];
        if (a->precision != DN_PREC_DAY || b->precision <= DN_PREC_DAY ||
            ((a->flags | b->flags) & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) || b->start < a->end ||
            b->start - a->end > DNP_PAGE_LIST_GAP || !dash_only(e, a->end, b->start) ||
            dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day) <=
                dnp_days_from_civil(a->year, (unsigned)a->month, (unsigned)a->day))
            continue;
        a->flags |= DN_FLAG_RANGE;
        b->flags |= DN_FLAG_RANGE;
        range_end_day(b);
    }
    return n;
}

/* Whether text[a, b) links two dates as a range's ends (or, with comma, a list's): blanks,
   then a dash or one or two short words ("bis", "по", "al", "и"), on one line; with comma
   a comma may stand there too ("12 Dec, 13 Dec"). */
static bool days_linked(const env *e, size_t a, size_t b, bool comma)
{
    size_t pos = a;
    int words = 0;
    bool dash = false;
    dnp_token t;
    while (pos < b && dnp_next_token(e->text, b, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
            return false;
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE))
            continue;
        if (t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value) && !dash && !words)
            dash = true;
        else if (comma && t.kind == DNP_TK_SEP && t.value == ',' && !dash && !words)
            dash = true;
        else if (t.kind == DNP_TK_WORD && !dash && words < 2 &&
                 (t.end - t.start <= DNP_PAGE_RANGE_WORD ||
                  chars(e, t.start, t.end) <= DNP_PAGE_RANGE_CHARS))
            words++;
        else
            return false;
    }
    return dash || words;
}

/* Whether a token is a word glued to the number before it that is an ordinal suffix of
   some language ("8tik", "10era", "7a", "18th"). */
static bool ordinal_after(const dnp_token *num, const dnp_token *w)
{
    if (num->kind != DNP_TK_NUM || w->kind != DNP_TK_WORD || w->start != num->end ||
        (w->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find(w->fold, w->flen);
    return k && (k->kinds & (1u << DNP_K_ORDINAL));
}

/* issue 10: a second day after a date whose day ends it with its ordinal suffix, the
   month before them ("otsailaren 8tik 10era", from the 8th to the 10th of February;
   "Abenduaren 7a eta 8a", "Dec 18th and 20th"): one blank, or one short word between
   blanks, then a later day of the month with its own suffix, nothing more glued. Inserted
   after out[i] (room in out: the caller checks), both flagged DN_FLAG_RANGE. */
static bool second_day_after(const env *e, dn_date *out, size_t n, size_t i)
{
    dn_date *d = &out[i];
    if (d->precision != DN_PREC_DAY ||
        (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DN_FLAG_RANGE)) || !greg_months(d))
        return false;
    /* the span ends with the day and its suffix: letters after a digit (read from the
       bytes first: most dates end otherwise) */
    const unsigned char *s = (const unsigned char *)e->text;
    size_t k = d->end;
    while (k > d->start && (s[k - 1] >= 0x80 || ((s[k - 1] | 0x20) >= 'a' && (s[k - 1] | 0x20) <= 'z')))
        k--;
    if (k == d->end || k == d->start || !(s[k - 1] >= '0' && s[k - 1] <= '9'))
        return false;
    size_t lim = i + 1 < n ? out[i + 1].start : e->len;
    if (lim < d->end)
        return false;
    /* a digit soon after it */
    size_t q = d->end, qlim = d->end + DNP_PAGE_RANGE_LOOKBACK < lim ? d->end + DNP_PAGE_RANGE_LOOKBACK : lim;
    while (q < qlim && !(s[q] >= '0' && s[q] <= '9') && s[q] != '\n')
        q++;
    if (q == qlim || s[q] == '\n')
        return false;
    size_t k0 = k - 1;
    while (k0 > d->start && s[k0 - 1] >= '0' && s[k0 - 1] <= '9')
        k0--;
    size_t pos = k0;
    dnp_token t, prev, last;
    if (!dnp_next_token(e->text, d->end, &pos, &prev) ||
        !dnp_next_token(e->text, d->end, &pos, &last) || !ordinal_after(&prev, &last) ||
        (int)prev.value != d->day || d->end != last.end)
        return false;
    pos = d->end;
    dnp_token num = {0}, w;
    int words = 0;
    while (dnp_next_token(e->text, lim, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
            t.end - t.start == 1)
            continue;
        if (t.kind == DNP_TK_WORD && !words && !month_name(e, &t) &&
            (t.end - t.start <= DNP_PAGE_RANGE_WORD ||
             chars(e, t.start, t.end) <= DNP_PAGE_RANGE_CHARS) &&
            e->text[t.start - 1] == ' ') {
            words++;
            continue;
        }
        if (t.kind == DNP_TK_NUM)
            num = t;
        break;
    }
    if (num.kind != DNP_TK_NUM || num.ndigits > 2 || (int)num.value <= d->day ||
        (int)num.value > dnp_days_in_month(d->year, d->month) ||
        !dnp_next_token(e->text, lim, &pos, &w) || !ordinal_after(&num, &w))
        return false;
    /* nothing glued after the suffix: "10era" ends there */
    if (w.end < e->len) {
        unsigned char c = (unsigned char)e->text[w.end];
        if ((c >= '0' && c <= '9') || c == '-' || c == '/' ||
            (c == ':' && w.end + 1 < e->len && e->text[w.end + 1] >= '0' && e->text[w.end + 1] <= '9'))
            return false;
    }
    memmove(d + 1, d, (n - i) * sizeof *d);
    dn_date *b = &out[i + 1];
    b->start = num.start, b->end = w.end;
    b->day = (int)num.value;
    b->weekday = dnp_weekday(dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day));
    b->flags = (b->flags & ~DN_FLAG_WEEKDAY_MISMATCH) | DN_FLAG_RANGE;
    d->flags |= DN_FLAG_RANGE;
    return true;
}

/* rangeyear: whether t joins a list of days: "and" of some language (DNP_K_REL_AND: "Dec 1
   and 3"), or "&"; not "or" (the one day or the other). */
static bool list_and(const env *e, const dnp_token *t)
{
    if (t->kind == DNP_TK_SEP)
        return t->value == '&';
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (k->kinds & (1u << DNP_K_REL_AND));
}

/* issue 10: a second day after a date whose span ends with its day, a range's link word
   between ("డిసెంబర్ 10 నుండి 20 వరకు", "December 10 through 20"; locales/ range_link),
   or a list's "and" ("Dec 1 and 3"):
   blanks, the word, blanks, a later day of the month, nothing glued after it and no word
   of a date's or a count's after it ("10 to 12 minutes", "10 to 11 am", "10 to 2
   January"). Inserted after out[i] (room in out: the caller checks), both flagged
   DN_FLAG_RANGE. */
static bool linked_day_after(const env *e, dn_date *out, size_t n, size_t i)
{
    dn_date *d = &out[i];
    if (d->precision != DN_PREC_DAY ||
        (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DN_FLAG_RANGE)))
        return false;
    /* rest36: a date of a calendar of months of its own lists days of its month ("ታኅሣሥ 10
       እና 11", Ethiopian): its day as written is that calendar's */
    int cal = greg_months(d) ? 0 : (int)d->calendar, cy = 0, cm = 0, day = d->day;
    if (cal && !dnp_cal_date_of(cal, dnp_days_from_civil(d->year, (unsigned)d->month,
                                                          (unsigned)d->day), &cy, &cm, &day))
        return false;
    size_t lim = i + 1 < n ? out[i + 1].start : e->len;
    if (lim < d->end)
        return false;
    /* the span's last number is its day, only blanks or the link after it (read from the
       bytes first: most dates end otherwise; rest36: a day in another script's digits,
       "नोभेम्बर २८", from its token) */
    const unsigned char *s = (const unsigned char *)e->text;
    size_t q = d->end;
    UChar32 lastc = 0;
    if (s[q - 1] >= 0x80) {
        int32_t k = (int32_t)q;
        U8_PREV(s, (int32_t)d->start, k, lastc);
    }
    bool other_digit = lastc > 0 && u_isdigit(lastc);
    while (!other_digit && q > d->start && !(s[q - 1] >= '0' && s[q - 1] <= '9'))
        q--;
    if (q == d->start || d->end - q > DNP_PAGE_RANGE_LOOKBACK)
        return false;
    if (other_digit) {
        size_t p0 = d->start;
        dnp_token t0, last = {0};
        while (p0 < q && dnp_next_token(e->text, q, &p0, &t0))
            if (t0.kind == DNP_TK_NUM)
                last = t0;
        if (last.kind != DNP_TK_NUM || last.end != q || last.ndigits > 2 ||
            (int)last.value != day)
            return false;
    } else {
        size_t k0 = q;
        while (k0 > d->start && s[k0 - 1] >= '0' && s[k0 - 1] <= '9')
            k0--;
        /* (the digits from the bytes: the text has no terminating NUL) */
        if (q - k0 > 2 || digits_value(e, k0, q) != day)
            return false;
    }
    size_t pos = q;
    dnp_token t, num = {0};
    bool link = false, and = false, dashed = false;
    while (dnp_next_token(e->text, lim, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
            continue;
        if (!link && t.start > q && (link_token(&t) || (and = list_and(e, &t))) && t.start > 0 &&
            e->text[t.start - 1] == ' ') {
            link = true;
            continue;
        }
        /* rangeyear: a range's link glued to the day by a hyphen, as Armenian writes its
           case endings ("դեկտեմբերի 5-ից 31-ը", from the 5th to the 31st); rest36: or the
           last day glued to a dash ("Nov 26–29") */
        if (!link && t.start == q && t.kind == DNP_TK_SEP && t.value == '-') {
            dnp_token g;
            size_t p2 = pos;
            if (dnp_next_token(e->text, e->len, &p2, &g) && g.start == t.end &&
                g.kind == DNP_TK_NUM) {
                num = g, dashed = true;
                break;
            }
            p2 = pos;
            if (dnp_next_token(e->text, lim, &p2, &g) && g.start == t.end && link_token(&g) &&
                p2 < lim && e->text[p2] == ' ') {
                pos = p2, link = true;
                continue;
            }
        }
        if (link && t.kind == DNP_TK_NUM)
            num = t;
        break;
    }
    cand later;
    memset(&later, 0, sizeof later);
    if (num.kind != DNP_TK_NUM || num.ndigits > 2 || (int)num.value <= day ||
        (cal ? dnp_cal_convert(cal, -1, cy, cm, (int)num.value, &later) != DNP_CV_OK
             : (int)num.value > dnp_days_in_month(d->year, d->month)) ||
        (e->text[num.start - 1] != ' ' && !dashed))
        return false;
    bool glued_ok = false;
    if (num.end + 1 < e->len && e->text[num.end] == '-') {
        /* rangeyear: the end's ordinal ending after a hyphen ("31-ը") */
        dnp_token o;
        size_t p3 = num.end + 1;
        if (dnp_next_token(e->text, e->len, &p3, &o) && o.start == num.end + 1 &&
            ordinal_token(e, &o)) {
            num.end = o.end;
            /* a stop or comma after the ending ("7-ը։", "7-ը՝", Armenian) */
            UChar32 stop = num.end < e->len ? dnp_utf8_next(e->text, e->len, &p3) : 0;
            if (stop > 0 && stop != '-' && stop != '/' && stop != ':' && u_ispunct(stop))
                glued_ok = true;
        }
    }
    if (num.end < e->len && !glued_ok) {
        unsigned char c = s[num.end];
        bool digit_next = num.end + 1 < e->len && s[num.end + 1] >= '0' && s[num.end + 1] <= '9';
        if ((c >= '0' && c <= '9') || c == '-' || c == '/' || c == ':' || (c == '.' && digit_next) ||
            c == ',' || (c >= 0x80 && c != 0xE2) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false; /* glued: "20th", "20:00", "20.5" ("20," may list more numbers) */
    }
    /* the word after it: a word the lexicon knows that is no count's or hour's ("through
       20 in Berlin", Telugu "20 వరకు", up to: a range_link too); not an unknown word, the
       thing counted ("December 10 to 20 customers") */
    size_t p2 = num.end;
    dnp_token w = {0};
    while (dnp_next_token(e->text, e->len, &p2, &w) && w.kind == DNP_TK_SEP &&
           (w.flags & DNP_TF_SPACE) && !(w.flags & DNP_TF_NEWLINE))
        ;
    if (w.kind == DNP_TK_WORD && w.start > num.end) {
        const dnp_lex_key *k = (w.flags & DNP_TF_LONG) ? NULL : dnp_lex_find_cue(w.fold, w.flen);
        const uint32_t dateish = (1u << DNP_K_MONTH) | (1u << DNP_K_AMPM) |
                                 (1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) |
                                 (1u << DNP_K_REL_UNIT) | (1u << DNP_K_DAY_PERIOD) |
                                 (1u << DNP_K_REL_PAT_AFTER) | (1u << DNP_K_YEAR_MARK);
        if (k ? (k->kinds & dateish) && !(k->kinds & (1u << DNP_K_FILLER)) &&
                    !(dashed && lower_weak_month(e, &w))
              : !and || (int)num.value > day + DNP_PAGE_LIST_NEXT_DAYS)
            return false;
    }
    memmove(d + 1, d, (n - i) * sizeof *d);
    dn_date *b = &out[i + 1];
    b->start = num.start, b->end = num.end;
    b->day = (int)num.value;
    if (cal)
        b->year = later.year, b->month = later.month, b->day = later.day;
    b->weekday = dnp_weekday(dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day));
    b->flags = (b->flags & ~DN_FLAG_WEEKDAY_MISMATCH) | DN_FLAG_RANGE;
    d->flags |= DN_FLAG_RANGE;
    return true;
}

/* issue 10: the end of a range of two days without a year that turns the year
   ("21.12.–06.01.", "27.12. bis 03.01."): both took the year by the README's rule, each
   alone; the end earlier in the year than the start (within DNP_LIST_WRAP_MONTHS) is in
   the next year. Linked as ranges() links them: a dash or one or two short words on the
   line, no digit between. */
static void range_turns_year(const env *e, dn_date *out, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        dn_date *a = &out[i], *b = &out[i + 1];
        const uint32_t rel = DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_EPOCH;
        if ((a->flags & rel) != DN_FLAG_YEAR_IMPLIED || (b->flags & rel) != DN_FLAG_YEAR_IMPLIED ||
            a->precision < DN_PREC_DAY || b->precision < DN_PREC_DAY || !greg_months(a) ||
            !greg_months(b) || b->start < a->end ||
            b->start - a->end > DNP_PAGE_RANGE_LOOKBACK || a->year != b->year ||
            b->month * 32 + b->day >= a->month * 32 + a->day ||
            !dnp_list_turns_year(a->month, a->day, b->month, b->day))
            continue;
        if (!days_linked(e, a->end, b->start, false) ||
            b->day > dnp_days_in_month(b->year + 1, b->month))
            continue;
        b->year++;
        b->weekday = dnp_weekday(dnp_days_from_civil(b->year, (unsigned)b->month,
                                                     (unsigned)b->day));
        a->flags |= DN_FLAG_RANGE;
        b->flags |= DN_FLAG_RANGE;
    }
}

/* ---- a span of hours after a date ------------------------------------------------------- */

/* A clock time at text[p] (clock.c's dnp_clock_text: "10:00", "8h00", "13 h", "9.00 pagi",
   "២០:០០"), up to lim: its end, the minutes of the day in *minutes; 0 when there is none. */
static size_t clock_at(const env *e, size_t p, size_t lim, int *minutes)
{
    return dnp_clock_text(e, p, lim, minutes);
}

static bool ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* timebefore: an end of a span of hours at text[p] that clock_at does not read alone, the
   other end saying what it is: H.MM with no mark ("klo 12.00–14.00", "kl. 8.00–14.00"), or
   an hour alone (*bare: "von 10 bis 17 Uhr", "10–17 Uhr"), nothing glued to it that makes
   it more ("12.00.2026", "10/12", "3,50", "10a"). Its end, the minutes of the day in
   *minutes; 0 when it is neither. */
static size_t span_clock(const env *e, size_t p, size_t lim, int *minutes, bool *bare)
{
    const char *s = e->text;
    if (p > 0 && (ascii_digit(s[p - 1]) || s[p - 1] == ':' || s[p - 1] == '.' || s[p - 1] == ','))
        return 0;
    size_t q = p;
    int h = 0, nd = 0;
    while (q < lim && ascii_digit(s[q]) && nd < 3)
        h = h * 10 + (s[q++] - '0'), nd++;
    if (nd < 1 || nd > 2 || h > 24)
        return 0;
    int m = 0;
    *bare = true;
    if (q + 2 < lim && s[q] == '.' && ascii_digit(s[q + 1]) && ascii_digit(s[q + 2])) {
        m = (s[q + 1] - '0') * 10 + (s[q + 2] - '0');
        q += 3, *bare = false;
    }
    /* nothing numeric or alphanumeric glued after it */
    if (q < lim && (s[q] == '.' || s[q] == ',' || s[q] == ':' || s[q] == '/') && q + 1 < lim &&
        ascii_digit(s[q + 1]))
        return 0;
    if (q < lim) {
        size_t r = q;
        if (u_isalnum(dnp_utf8_next(s, lim, &r)))
            return 0;
    }
    if (!dnp_clock_valid(h, m, 0, 0))
        return 0;
    *minutes = h * 60 + m;
    return q;
}

/* timebefore: whether a currency sign stands right before text[a] or right after text[b),
   blanks between: "12.50–15.00 €" is a price's span, no hours. */
static bool money_beside(const env *e, size_t a, size_t b)
{
    const char *s = e->text;
    size_t p = b;
    while (p < e->len && s[p] == ' ')
        p++;
    if (p < e->len) {
        size_t q = p;
        UChar32 cp = dnp_utf8_next(s, e->len, &q);
        if (cp == '$' || u_charType(cp) == U_CURRENCY_SYMBOL)
            return true;
    }
    p = a;
    while (p > 0 && s[p - 1] == ' ')
        p--;
    for (size_t k = p; k > 0 && p - k < 4; k--) {
        unsigned char c = (unsigned char)s[k - 1];
        if (c < 0x80 || c >= 0xC0) { /* the first byte of the character before */
            size_t q = k - 1;
            UChar32 cp = dnp_utf8_next(s, e->len, &q);
            return cp == '$' || u_charType(cp) == U_CURRENCY_SYMBOL;
        }
    }
    return false;
}

/* b27: whether the bytes at p (up to lim) may begin a span of hours whose marks
   clock_bytes does not see: a closing bracket, blanks and commas, a word at most, a number
   of one or two digits (and ".MM" or ":MM", or a short word glued: "10yb"), then a dash or a
   short word ("bis", "und", "至"), then a digit ("So., 13. Dezember, 15 bis 18 Uhr", "（11/28）上午9時至12時"). Bytes
   only: most dates have no such text after them (search speed). */
/* bare_span_bytes' classes of a byte: a letter (ASCII or any byte beyond it), a digit */
enum { SB_LETTER = 1, SB_DIGIT = 2 };
static const unsigned char span_byte[256] = {
    ['0'] = SB_DIGIT, ['1'] = SB_DIGIT, ['2'] = SB_DIGIT, ['3'] = SB_DIGIT, ['4'] = SB_DIGIT,
    ['5'] = SB_DIGIT, ['6'] = SB_DIGIT, ['7'] = SB_DIGIT, ['8'] = SB_DIGIT, ['9'] = SB_DIGIT,
    ['A' ... 'Z'] = SB_LETTER, ['a' ... 'z'] = SB_LETTER, [0x80 ... 0xFF] = SB_LETTER,
};

static bool bare_span_bytes(const env *e, size_t p, size_t lim)
{
    const unsigned char *s = (const unsigned char *)e->text;
    if (lim > p + DNP_PAGE_HOURS_GAP + 16)
        lim = p + DNP_PAGE_HOURS_GAP + 16;
    if (p < lim && s[p] == ')')
        p++;
    else if (p + 2 < lim && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] == 0x89)
        p += 3;
    while (p < lim && (s[p] == ' ' || s[p] == ','))
        p++;
    size_t w = p;
    while (p < lim && p - w <= 16 && span_byte[s[p]] == SB_LETTER)
        p++;
    while (p < lim && s[p] == ' ')
        p++;
    size_t d = p;
    while (p < lim && p - d < 3 && span_byte[s[p]] == SB_DIGIT)
        p++;
    if (p == d || p - d > 2)
        return false;
    if (p + 2 < lim && (s[p] == '.' || s[p] == ':') && span_byte[s[p + 1]] == SB_DIGIT &&
        span_byte[s[p + 2]] == SB_DIGIT)
        p += 3;
    for (size_t g = p; p < lim && p - g < 4 && span_byte[s[p]] == SB_LETTER;) /* "10yb – 2yp" */
        p++;
    while (p < lim && s[p] == ' ')
        p++;
    size_t l = p;
    if (p < lim && s[p] == '-')
        p++;
    else if (p + 2 < lim && s[p] == 0xE2 && s[p + 1] == 0x80 && (s[p + 2] == 0x93 || s[p + 2] == 0x94))
        p += 3;
    else
        while (p < lim && p - l <= 9 && span_byte[s[p]] == SB_LETTER)
            p++;
    if (p == l)
        return false;
    while (p < lim && s[p] == ' ')
        p++;
    return p < lim && span_byte[s[p]] == SB_DIGIT;
}

/* Whether text[a, b) holds an ASCII digit: a date written with its day, not a weekday
   alone. */
static bool has_digit(const env *e, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (e->text[k] >= '0' && e->text[k] <= '9')
            return true;
    return false;
}

/* Whether text[a, b) holds an ASCII digit or a byte of a character beyond ASCII (a digit of
   another script may be one: "២០:០០"). */
static bool digit_or_wide(const env *e, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if ((e->text[k] >= '0' && e->text[k] <= '9') || (unsigned char)e->text[k] >= 0x80)
            return true;
    return false;
}

/* The index of the first ASCII digit of s[k, b), b when there is none: eight bytes a step
   (most dates have no digit in the bytes after them; clock_bytes asks each). */
static size_t first_digit(const char *s, size_t k, size_t b)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; k + 8 <= b; k += 8) {
        uint64_t x;
        memcpy(&x, s + k, 8);
        uint64_t t = x ^ (0x30 * ones); /* a digit is 0..9 now */
        /* the high bit of each byte of t that is 10 or more (or has its own high bit) */
        uint64_t big = (((t & ~high) + (0x76 * ones)) | t) & high;
        uint64_t dig = ~big & high;
        if (dig)
            return k + (size_t)(__builtin_ctzll(dig) >> 3);
    }
#endif
    for (; k < b; k++)
        if (ascii_digit(s[k]))
            return k;
    return b;
}

/* Whether text[a, b) may hold a clock time that dnp_clock_text reads: a colon ("10:00",
   "២០:០០"), or an ASCII digit before an "h" that no letter follows, a blank and such an
   "h", or a dot and two digits ("8h00", "13 h", "9.00 pagi"). */
static bool clock_bytes(const env *e, size_t a, size_t b)
{
    const char *s = e->text;
    if (memchr(s + a, ':', b - a))
        return true;
    /* or, right after a date that ends in CJK text, an hour with its CJK mark glued ("28日
       08时至20时", "11月26日 10時"; not "11月") */
    if (a > 0 && ((unsigned char)s[a - 1] & 0x80)) {
        size_t k = a;
        while (k < b && s[k] == ' ')
            k++;
        size_t d0 = k;
        while (k < b && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k > d0 && k + 2 < b && (unsigned char)s[k] >= 0xE3 && (unsigned char)s[k] <= 0xED) {
            char fold[DNP_WORD_MAX];
            size_t flen = dnp_cjk_fold(s, b, k, fold);
            const dnp_lex_key *key = flen ? word_key(e, fold, flen) : NULL;
            if (key && (key->kinds & (1u << DNP_K_HOUR_MARK)))
                return true;
        }
    }
    static const char marks[] = "hH.";
    for (const char *m = marks; *m; m++)
        for (const char *q = s + a; (q = memchr(q, *m, (size_t)(s + b - q))) != NULL; q++) {
            size_t k = (size_t)(q - s);
            if (k < a + 1 || k + 1 > b)
                continue;
            bool dig = s[k - 1] >= '0' && s[k - 1] <= '9';
            char after = k + 1 < b ? (char)(s[k + 1] | 0x20) : ' ';
            if (*m != '.' && !(after >= 'a' && after <= 'z') && /* "13 h", not "2026 had" */
                (dig || (s[k - 1] == ' ' && k >= a + 2 && s[k - 2] >= '0' && s[k - 2] <= '9')))
                return true;
            if (*m == '.' && dig && k + 2 < b && s[k + 1] >= '0' && s[k + 1] <= '9' &&
                s[k + 2] >= '0' && s[k + 2] <= '9')
                return true;
        }
    /* timebefore: or an hour alone, then a dash or a short word and another number, a span
       whose end has the mark ("10–17 Uhr", "von 10 bis 17 Uhr": span_clock); the first
       number after the date only, as hours_after reads it, within DNP_PAGE_SPAN_HOUR_BYTES
       ("Freitag, 4. Dezember, zwischen 8 und 12 Uhr") */
    size_t lim = a + DNP_PAGE_SPAN_HOUR_BYTES < b ? a + DNP_PAGE_SPAN_HOUR_BYTES : b;
    size_t k = first_digit(s, a, lim);
    if (k < lim && !(k > a && ascii_digit(s[k - 1]))) {
        size_t q = k;
        while (q < b && ascii_digit(s[q]))
            q++;
        if (q - k > 2)
            return false;
        while (q < e->len && s[q] == ' ')
            q++;
        size_t d = q; /* past an am/pm word ("10am–2pm", "10 a.m. – 2 p.m.") */
        while (d < e->len && d - q < 4 && (((s[d] | 0x20) >= 'a' && (s[d] | 0x20) <= 'z') || s[d] == '.'))
            d++;
        while (d < e->len && s[d] == ' ')
            d++;
        if (d < e->len && (s[d] == '-' || (d + 2 < e->len && (unsigned char)s[d] == 0xE2 &&
                                           (unsigned char)s[d + 1] == 0x80 &&
                                           ((unsigned char)s[d + 2] == 0x93 ||
                                            (unsigned char)s[d + 2] == 0x94))))
            return true;
        /* or a short word then a number, the am/pm word passed or not ("von 10 bis 17 Uhr",
           "from 10am to 2pm") */
        for (size_t w0 = q; w0 <= d; w0 += d > q ? d - q : 1) {
            size_t w = w0;
            while (w < e->len && w - w0 <= DNP_PAGE_RANGE_WORD && s[w] != ' ' && !ascii_digit(s[w]))
                w++;
            if (w > w0 && w - w0 <= DNP_PAGE_RANGE_WORD && w + 1 < e->len && s[w] == ' ' &&
                ascii_digit(s[w + 1]))
                return true;
        }
    }
    return false;
}

/* Whether text[a, b) holds a number, in digits of any script: a date written with its day
   ("ទី២៧ ខែវិច្ឆិកា"), not a weekday alone. */
static bool has_number(const env *e, size_t a, size_t b)
{
    if (has_digit(e, a, b))
        return true;
    if (!digit_or_wide(e, a, b))
        return false;
    dnp_token t;
    for (size_t p = a; p < b && dnp_next_token(e->text, b, &p, &t);)
        if (t.kind == DNP_TK_NUM)
            return true;
    return false;
}

/* Whether the blanks text[a, b) part two cells of a table (engine.h's dnp_cell_gap, read
   from the bytes): a tab, or DNP_CELL_GAP_BLANKS characters or more. */
static bool cell_blanks(const env *e, size_t a, size_t b)
{
    item x = {0};
    x.start = (uint32_t)a, x.end = (uint32_t)b;
    return dnp_cell_gap(e, &x);
}


/* issue 10: a zone name right after a span of hours ("28.11.2026 02:00 - 06:00 (TSİ)",
   "kell 02:00–04:00 (EET)"): both ends take it, each the offset the zone gives at its own
   local time (zone.c), as a time followed by the name does. The second end's span takes the
   name; b NULL: an overnight span's start alone, whose span ends at `at`, takes it. */
/* timejoin: an offset from UTC or GMT at byte p (blanks first), up to lim, alone in brackets
   or not: "(UTC+2)", "UTC+02:00", "GMT-3", "(GMT +05:30)"; the name in capitals, hours 0..14
   of one or two digits, then ":MM" or none, or four digits HHMM. Its end (after the closing
   bracket), the offset in minutes east in *off; 0 when none stands there. */
static size_t gmt_offset_after(const env *e, size_t p, size_t lim, int *off)
{
    const char *s = e->text;
    while (p < lim && s[p] == ' ')
        p++;
    bool bracket = p < lim && s[p] == '(';
    p += bracket;
    if (p + 4 > lim || !(memcmp(s + p, "UTC", 3) == 0 || memcmp(s + p, "GMT", 3) == 0))
        return 0;
    p += 3;
    if (p < lim && s[p] == ' ')
        p++;
    int sign;
    if (p < lim && (s[p] == '+' || s[p] == '-'))
        sign = s[p] == '-' ? -1 : 1, p++;
    else if (p + 2 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x88 &&
             (unsigned char)s[p + 2] == 0x92) /* U+2212 minus */
        sign = -1, p += 3;
    else
        return 0;
    size_t d = p;
    int v = 0;
    while (p < lim && ascii_digit(s[p]) && p - d < 5)
        v = v * 10 + (s[p++] - '0');
    int hh, mm = 0;
    if (p - d == 4)
        hh = v / 100, mm = v % 100;
    else if (p - d == 1 || p - d == 2) {
        hh = v;
        if (p + 2 < lim && s[p] == ':' && ascii_digit(s[p + 1]) && ascii_digit(s[p + 2]))
            mm = (s[p + 1] - '0') * 10 + (s[p + 2] - '0'), p += 3;
    } else
        return 0;
    if ((p < lim && (ascii_digit(s[p]) || s[p] == ':')) || !dnp_offset_valid(hh, mm))
        return 0;
    if (bracket) {
        if (p >= lim || s[p] != ')')
            return 0;
        p++;
    }
    *off = sign * (hh * 60 + mm);
    return p;
}

static void span_zone(const env *e, dn_date *a, dn_date *b, size_t at, size_t lim)
{
    item x;
    size_t end = dnp_zone_after(e, at, lim, &x);
    dn_date *ends[2] = {a, b};
    int nends = b ? 2 : 1;
    if (!end) {
        /* timejoin: or an offset ("з 02:00 до 05:00 (UTC+2)"): both ends take it */
        int off;
        if (!(end = gmt_offset_after(e, at, lim, &off)))
            return;
        for (int k = 0; k < nends; k++) {
            ends[k]->offset_minutes = off;
            ends[k]->flags |= DN_FLAG_HAS_OFFSET;
        }
        ends[nends - 1]->end = end;
        return;
    }
    int lang = a->locale[0] ? dnp_lang_find(a->locale, strlen(a->locale)) : -1;
    int zone, type, off[2];
    bool ambiguous, gap[2] = {false, false};
    if (!dnp_zone_choose(e, &x, lang, &zone, &type, &ambiguous))
        return;
    for (int k = 0; k < nends; k++) {
        cand c;
        memset(&c, 0, sizeof c);
        c.year = ends[k]->year, c.month = ends[k]->month, c.day = ends[k]->day;
        c.hour = ends[k]->hour, c.minute = ends[k]->minute, c.second = ends[k]->second;
        c.has_time = true, c.prec = ends[k]->precision;
        if (!dnp_zone_offset_local(zone, type, &c, &off[k], &gap[k]))
            return;
    }
    for (int k = 0; k < nends; k++) {
        ends[k]->offset_minutes = off[k];
        ends[k]->flags |= DN_FLAG_HAS_OFFSET | (ambiguous ? DN_FLAG_ZONE_AMBIGUOUS : 0) |
                          (gap[k] ? DN_FLAG_ZONE_GAP : 0);
        snprintf(ends[k]->zone, sizeof ends[k]->zone, "%s", dnp_zone_id(zone));
    }
    ends[nends - 1]->end = end;
}

/* Whether the text at byte p is a clock's HH: (two digits and a colon). */
static bool two_digit_clock(const env *e, size_t p)
{
    const char *s = e->text;
    return p + 3 <= e->len && s[p] >= '0' && s[p] <= '9' && s[p + 1] >= '0' && s[p + 1] <= '9' &&
           s[p + 2] == ':';
}

/* b27: the lexicon's key of the word token w, or of the two CJK characters v and w together
   when they touch ("下午": the tokenizer parts CJK text into characters), that word first. */
static const dnp_lex_key *period_key(const env *e, const dnp_token *v, const dnp_token *w)
{
    if (v->end && v->end == w->start && v->flen == 3 && w->flen == 3 &&
        (unsigned char)v->fold[0] >= 0xE3 && (unsigned char)w->fold[0] >= 0xE3) {
        char two[8] = {0}; /* (8: word_key may read a word of 8 bytes at once) */
        memcpy(two, v->fold, 3);
        memcpy(two + 3, w->fold, 3);
        const dnp_lex_key *k = word_key(e, two, 6);
        if (k)
            return k;
    }
    return word_key(e, w->fold, w->flen);
}

/* b27: whether text[a, b) (a date's) opens a bracket it does not close: "本週六（11/28". */
static bool opens_bracket(const env *e, size_t a, size_t b)
{
    int depth = 0;
    for (size_t k = a; k < b; k++) {
        const unsigned char *u = (const unsigned char *)e->text + k;
        bool wide = k + 2 < b + 1 && u[0] == 0xEF && u[1] == 0xBC; /* U+FF08, U+FF09 */
        if (u[0] == '(' || (wide && u[2] == 0x88))
            depth++;
        else if ((u[0] == ')' || (wide && u[2] == 0x89)) && depth > 0)
            depth--;
    }
    return depth > 0;
}

/* b27: whether the bytes of p's line before p are blanks only (a list's bullet at p). */
static bool line_blank_before(const env *e, size_t p)
{
    while (p > 0 && (e->text[p - 1] == ' ' || e->text[p - 1] == '\t'))
        p--;
    return p == 0 || e->text[p - 1] == '\n' || e->text[p - 1] == '\r';
}

static bool and_of_page(const dnp_lex_key *k, const dnp_langset *langs);
static bool key_kind_in(const dnp_lex_key *k, int kind, const dnp_langset *langs);
static bool key_value_in(const dnp_lex_key *k, int kind, int value, const dnp_langset *langs);

/* b22: whether the word token t is a filler of the page's languages (langs; none when NULL):
   "v", "od" between a date and its hours. */
static bool filler_of_page(const env *e, const dnp_token *t, const dnp_langset *langs)
{
    const dnp_lex_key *k = langs ? word_key(e, t->fold, t->flen) : NULL;
    return k && (k->kinds & (1u << DNP_K_FILLER)) && key_kind_in(k, DNP_K_FILLER, langs);
}
static bool word_before(const env *e, size_t at, size_t floor_, dnp_token *t);
static int cue_lang_of(const dnp_lex_key *k, int value, const dnp_langset *langs, int first);

/* timejoin: whether the word token t is the weekday date d falls on, in a language of the
   page ("november 28-án, szombaton 10 és 14 óra között"): the date's own word, no other
   word between it and its hours. */
static bool own_weekday(const env *e, const dnp_token *t, const dn_date *d,
                        const dnp_langset *langs)
{
    const dnp_lex_key *k = langs ? word_key(e, t->fold, t->flen) : NULL;
    if (!k || !(k->kinds & (1u << DNP_K_WEEKDAY)) || d->month < 1 || d->day < 1)
        return false;
    int wd = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day));
    return key_value_in(k, DNP_K_WEEKDAY, wd, langs);
}

/* timebefore: whether the word token t introduces a time in a language of the page (langs;
   none when NULL): a time_word or time_link of locales/ (a filler of value 1 or 2: "klo",
   "dalle", "od"). */
static bool time_word_of_page(const env *e, const dnp_token *t, const dnp_langset *langs)
{
    const dnp_lex_key *k = langs ? word_key(e, t->fold, t->flen) : NULL;
    if (!k || !(k->kinds & (1u << DNP_K_FILLER)))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_FILLER && m[q].value != 0 && dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* b32: whether the word token t is a time_word of the page's languages (a filler of value
   1: "kl.", "klo", "ساعت"; not a time_link such as "od"): it names the hour after it a
   clock's, never a count's ("mellem kl. 10 og 14 eller efter aftale"). */
static bool clock_word_of_page(const env *e, const dnp_token *t, const dnp_langset *langs)
{
    return langs && key_value_in(word_key(e, t->fold, t->flen), DNP_K_FILLER, 1, langs);
}

/* misses19: whether the word token t joins two clock times as a list ("15:00 a 19:00",
   Czech and; "12 h i 17 h", Catalan): the conjunction "and" (CLDR's list patterns) of the
   page's languages, or of the date's own when the page's are unknown. Two times so joined
   are the day's showings, no span of hours: the date has neither (times_listed). */
static bool and_of_times(const env *e, const dnp_token *t, const dn_date *d,
                         const dnp_langset *langs)
{
    dnp_langset own = {{0}};
    if (!langs) {
        int l = d->locale[0] ? dnp_lang_find(d->locale, strlen(d->locale)) : -1;
        if (l < 0)
            return false;
        dnp_langset_add(&own, (unsigned)l);
        langs = &own;
    }
    return and_of_page(word_key(e, t->fold, t->flen), langs);
}

/* b28fix: whether text[a, b) holds two numbers apart, in digits of any script (a span of
   bare hours may stand there: "od 10 do 16", "از ساعت ۱۶ تا ۱۸"), the first reached past
   at most DNP_PAGE_BARE_LOOK_WORDS words, blanks, commas, dots and dashes (hours_after's
   walk to it). Read from the bytes, as hours_after asks it after most dates: a character
   is decoded only when its lead byte begins the blocks of other scripts' digits (Arabic
   and N'Ko D9 DB DF; Indic, Thai, Lao, Tibetan E0; Myanmar, Khmer, Mongolian E1;
   fullwidth EF); any other byte beyond ASCII is a letter's. */
enum { TN_STOP, TN_LETTER, TN_DIGIT, TN_BLANK, TN_LEAD, TN_WIDE };
static const unsigned char tn_class[256] = {
    [' '] = TN_BLANK, [','] = TN_BLANK, ['.'] = TN_BLANK, ['-'] = TN_BLANK,
    ['0' ... '9'] = TN_DIGIT, ['A' ... 'Z'] = TN_LETTER, ['a' ... 'z'] = TN_LETTER,
    [0x80 ... 0xD8] = TN_WIDE, [0xD9] = TN_LEAD, [0xDA] = TN_WIDE, [0xDB] = TN_LEAD,
    [0xDC ... 0xDE] = TN_WIDE, [0xDF] = TN_LEAD, [0xE0 ... 0xE1] = TN_LEAD,
    [0xE2 ... 0xEE] = TN_WIDE, [0xEF] = TN_LEAD, [0xF0 ... 0xFF] = TN_WIDE,
};

static bool two_numbers(const env *e, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)e->text;
    int runs = 0, words = 0;
    unsigned prev = TN_BLANK; /* the class of the character before */
    for (size_t k = a; k < b;) {
        unsigned c = tn_class[s[k]];
        if (c == TN_LETTER || c == TN_WIDE) {
            /* a word's letters at once (a continuation byte continues its letter) */
            if (prev != TN_LETTER && !runs && ++words > DNP_PAGE_BARE_LOOK_WORDS)
                return false;
            do
                k++;
            while (k < b && (tn_class[s[k]] == TN_LETTER || tn_class[s[k]] == TN_WIDE));
            prev = TN_LETTER;
            continue;
        }
        if (c == TN_LEAD) {
            UChar32 u;
            U8_NEXT(s, k, b, u);
            c = u >= 0 && u_charType(u) == U_DECIMAL_DIGIT_NUMBER ? TN_DIGIT : TN_LETTER;
        } else
            k++;
        if (c == TN_DIGIT) {
            if (prev != TN_DIGIT && ++runs == 2)
                return true;
        } else if (!runs && (c == TN_STOP || (c == TN_LETTER && prev != TN_LETTER &&
                                              ++words > DNP_PAGE_BARE_LOOK_WORDS)))
            return false;
        prev = c;
    }
    return false;
}

/* b28fix: whether key k has a meaning of `kind` and `value` in one of langs. */
static bool key_value_in(const dnp_lex_key *k, int kind, int value, const dnp_langset *langs)
{
    if (!k || !(k->kinds & (1u << kind)))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == kind && m[q].value == value && dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* b28fix: whether word token t says the number before it is an hour, in one of langs: an
   hour's mark ("Uhr", "টা") or the unit "hour" ("hodin": Czech "v 16 hodin", at 16). */
static bool hour_word(const env *e, const dnp_token *t, const dnp_langset *langs)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (((k->kinds & (1u << DNP_K_HOUR_MARK)) && key_kind_in(k, DNP_K_HOUR_MARK, langs)) ||
                 key_value_in(k, DNP_K_REL_UNIT, DNP_RU_HOUR, langs));
}

/* b28fix: whether word token t, beside a bare hour, makes it no hour read here: a day
   period or am/pm word (whose hours this reader does not shift: "বিকেল ৩টা"), a month (a
   range of days: "od 10 do 16 prosince") or another unit of a count ("10 až 16 dní"), in
   one of langs. */
static bool bare_hour_spoiler(const env *e, const dnp_token *t, const dnp_langset *langs)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t->fold, t->flen);
    return k && (key_kind_in(k, DNP_K_DAY_PERIOD, langs) || key_kind_in(k, DNP_K_AMPM, langs) ||
                 key_kind_in(k, DNP_K_MONTH, langs) ||
                 (key_kind_in(k, DNP_K_REL_UNIT, langs) &&
                  !key_value_in(k, DNP_K_REL_UNIT, DNP_RU_HOUR, langs)));
}

/* b28fix: a bare hour at byte p, up to lim: one or two digits of any script, at most 24,
   nothing glued before it that makes it more ("1.10", "12:16"), nor after it (":30", "/",
   "%", a dot: "16." is a day); then an hour's word of langs, glued or after a blank
   (*marked: "৩টা", "16 hodin"). Returns the byte after it (after its word), its hour in *h;
   0 when there is none. */
static size_t bare_hour_at(const env *e, size_t p, size_t lim, const dnp_langset *langs, int *h,
                           bool *marked)
{
    const char *s = e->text;
    if (p > 0 && ((s[p - 1] >= '0' && s[p - 1] <= '9') || s[p - 1] == ':' || s[p - 1] == '.' ||
                  s[p - 1] == ',' || s[p - 1] == '/'))
        return 0;
    dnp_token t, u;
    size_t q = p;
    if (!dnp_next_token(s, lim, &q, &t) || t.kind != DNP_TK_NUM || t.ndigits > 2 || t.value > 24)
        return 0;
    *h = (int)t.value, *marked = false;
    size_t r = q;
    if (!dnp_next_token(s, lim, &r, &u))
        return q;
    if (u.kind == DNP_TK_WORD && u.start == t.end) { /* glued: only its mark ("৩টা") */
        if (!hour_word(e, &u, langs))
            return 0;
        *marked = true;
        return u.end;
    }
    if (u.kind == DNP_TK_SEP && u.start == t.end &&
        (u.value == ':' || u.value == '.' || u.value == '/' || u.value == '%' ||
         (u.value == ',' && r < lim && s[r] >= '0' && s[r] <= '9')))
        return 0;
    if (u.kind == DNP_TK_SEP && (u.flags & DNP_TF_SPACE) && !(u.flags & DNP_TF_NEWLINE) &&
        dnp_next_token(s, lim, &r, &u) && hour_word(e, &u, langs)) {
        *marked = true;
        return u.end;
    }
    return q;
}

/* b28fix: a span of bare hours after a date (hours_after's first number t1, no clock there):
   "v sobotu 28. listopadu od 10 do 16 hodin", "چهارشنبه ۱۱ آذر از ساعت ۱۶ تا ۱۸". Two hours
   without minutes (bare_hour_at), the second later, joined by a dash or one short word that
   is not the page's "and" (two showings; but "between 8 and 12": after_word, a word between
   the date and the first, as hours_after's clocks), and a word of the page's languages that says they
   are hours: a time word right before the first ("ساعت", "kl.": locales/ time_word) or an
   hour's word after either ("hodin", "টা"). No day period, am/pm word, month or other unit
   right before the first or after the second (bare_hour_spoiler); at most
   DNP_PAGE_BARE_HOURS_WORDS other words between the date and the first (the caller's
   count). The first hour in *m1 and
   its end in *e1, the second's start, minutes and end in *t2, *m2, *e2. */
static bool bare_hours(const env *e, const dn_date *d, size_t t1, size_t lim,
                       const dnp_langset *langs, bool after_word, int *m1, size_t *e1,
                       size_t *t2, int *m2, size_t *e2)
{
    int h1, h2;
    bool k1, k2;
    size_t a = bare_hour_at(e, t1, lim, langs, &h1, &k1);
    if (!a || h1 > 23)
        return false;
    bool cue = k1;
    dnp_token w;
    if (word_before(e, t1, d->end, &w)) {
        if (bare_hour_spoiler(e, &w, langs))
            return false;
        cue |= key_value_in(word_key(e, w.fold, w.flen), DNP_K_FILLER, 1, langs);
    }
    /* the link: a dash or one short word */
    size_t pos = a, at2 = 0;
    bool dash = false;
    int words = 0;
    dnp_token t;
    while (pos < lim && dnp_next_token(e->text, lim, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
            return false;
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE))
            continue;
        if (t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value) && !dash && !words) {
            dash = true;
            continue;
        }
        if (t.kind == DNP_TK_WORD && !dash && !words && !(t.flags & DNP_TF_LONG) &&
            (t.end - t.start <= DNP_PAGE_RANGE_WORD ||
             chars(e, t.start, t.end) <= DNP_PAGE_RANGE_CHARS) &&
            (after_word || !and_of_page(word_key(e, t.fold, t.flen), langs))) {
            words++;
            continue;
        }
        if (t.kind == DNP_TK_NUM && (dash || words))
            at2 = t.start;
        break;
    }
    if (!at2)
        return false;
    size_t b = bare_hour_at(e, at2, lim, langs, &h2, &k2);
    if (!b || h2 <= h1 || !(cue || k2))
        return false;
    /* the word after it */
    pos = b;
    if (dnp_next_token(e->text, lim, &pos, &t) && t.kind == DNP_TK_SEP &&
        (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
        dnp_next_token(e->text, lim, &pos, &t) && bare_hour_spoiler(e, &t, langs))
        return false;
    *m1 = h1 * 60, *e1 = a, *t2 = at2, *m2 = h2 * 60, *e2 = b;
    return true;
}

/* The date d (out[i]) takes the first time of a span of hours, m1 minutes of the day ending
   at byte e1, and the second, m2 from t2 to e2, becomes a date of its own after it, at
   precision prec; both flagged DN_FLAG_RANGE; a zone after the span both ends' (span_zone).
   timejoin: the second on the next day when next_day (a span past midnight: "od 22:00 do
   02:00 (CET)", 02:00 of the 6th), each end then taking the zone's offset at its own time.
   The caller has room for one more date. Returns the new count. */
static size_t split_span(const env *e, dn_date *out, size_t n, size_t i, int m1, size_t e1,
                         size_t t2, int m2, size_t e2, size_t lim, dn_precision prec,
                         bool next_day)
{
    dn_date *d = &out[i];
    memmove(d + 1, d, (n - i) * sizeof *d);
    n++;
    dn_date *b = &out[i + 1];
    d->hour = m1 / 60, d->minute = m1 % 60;
    d->second = 0, d->nanosecond = 0, d->fraction_digits = 0;
    d->precision = prec;
    d->end = e1;
    d->flags |= DN_FLAG_RANGE;
    b->hour = m2 / 60, b->minute = m2 % 60;
    b->second = 0, b->nanosecond = 0, b->fraction_digits = 0;
    b->precision = prec;
    b->start = t2, b->end = e2;
    b->flags |= DN_FLAG_RANGE;
    if (next_day) {
        int64_t days = dnp_days_from_civil(b->year, (unsigned)b->month, (unsigned)b->day) + 1;
        dnp_civil_from_days(days, &b->year, &b->month, &b->day);
        b->weekday = dnp_weekday(days);
        b->flags &= ~DN_FLAG_WEEKDAY_MISMATCH;
    }
    dnp_end_of_day(d);
    dnp_end_of_day(b);
    span_zone(e, d, b, b->end, lim);
    return n;
}

/* b31fix: the hour written in digits that ends text[a, b) ("6:00" at the end of "Wednesday,
   December 9, 2026, 6:00": 6), -1 when the text ends otherwise (a letter: an am/pm word). */
static int hour_written_before(const env *e, size_t a, size_t b)
{
    const char *s = e->text;
    size_t k = b;
    while (k > a && ascii_digit(s[k - 1]))
        k--;
    if (b - k != 2 || k <= a || s[k - 1] != ':')
        return -1;
    size_t h = --k;
    while (k > a && ascii_digit(s[k - 1]) && h - k < 3)
        k--;
    if (h == k || h - k > 2 || (k > a && ascii_digit(s[k - 1])))
        return -1;
    return h - k == 2 ? (s[k] - '0') * 10 + (s[k + 1] - '0') : s[k] - '0';
}

/* b31fix: the hour written in digits that begins text[a, b) with its minutes ("7:30 p.m.":
   7), -1 when it begins otherwise. */
static int hour_written_at(const env *e, size_t a, size_t b)
{
    const char *s = e->text;
    size_t k = a;
    int h = 0;
    while (k < b && ascii_digit(s[k]) && k - a < 3)
        h = h * 10 + (s[k++] - '0');
    return k > a && k - a <= 2 && k < b && s[k] == ':' ? h : -1;
}

/* b31fix: a span of hours whose am/pm word only its end writes ("Wednesday, December 9, 2026,
   6:00-7:30 p.m."): the date's time, written 1..11 with no word after it, right before a dash
   (blanks around) and the end, a time of the same day written 1..11 that its pm word made
   12 hours later, takes that pm too when it stays no later than the end ("6:00-7:30 p.m."
   18:00; "11:00-1:30 p.m." keeps 11:00; "9:00-17:00" and
   "6:00-7:30 Uhr" have no pm word). */
static void span_takes_pm(const env *e, dn_date *out, size_t n)
{
    const char *s = e->text;
    for (size_t i = 0; i + 1 < n; i++) {
        dn_date *d = &out[i], *b = &out[i + 1];
        if (d->precision < DN_PREC_MINUTE || b->precision < DN_PREC_MINUTE ||
            d->year != b->year || d->month != b->month || d->day != b->day ||
            b->start < d->end || b->start - d->end > 5 || b->hour < 13)
            continue;
        size_t p = d->end;
        while (p < b->start && s[p] == ' ')
            p++;
        if (p < b->start && s[p] == '-')
            p++;
        else if (p + 2 < b->start && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
                 ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94))
            p += 3;
        else
            continue;
        while (p < b->start && s[p] == ' ')
            p++;
        if (p != b->start)
            continue;
        int h1 = hour_written_before(e, d->start, d->end), h2 = hour_written_at(e, b->start, b->end);
        if (h1 < 1 || h1 > 11 || h1 != d->hour || h2 < 1 || h2 > 11 || b->hour != h2 + 12)
            continue;
        if ((h1 + 12) * 60 + d->minute > b->hour * 60 + b->minute)
            continue;
        d->hour += 12;
    }
}

/* b33as: a span of hours before the date that took its second time ("từ 01:00 đến 03:00
   (giờ Việt Nam, UTC+7) ngày Chủ Nhật 29/11/2026", "10:00 – 14:00 Saturday 5 December
   2026"): right before the time the date's span begins with, a dash or a range's link word
   (locales/ range_link), and before it, on the line, an earlier clock time in digits. That
   time on the same day, with the date's offset, becomes a date of its own before it; both
   are flagged DN_FLAG_RANGE, as hours_after does for a span after a date. Inserts only
   while out has room (cap). Returns the new count. */
static size_t hours_before(const env *e, dn_date *out, size_t n, size_t cap)
{
    const char *s = e->text;
    for (size_t i = 0; i < n && n < cap; i++) {
        dn_date *d = &out[i];
        int m2 = 0, m1 = 0;
        if (d->precision < DN_PREC_HOUR || d->precision > DN_PREC_SECOND ||
            (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DN_FLAG_RANGE)) ||
            !ascii_digit(s[d->start]))
            continue;
        size_t floor_ = i ? out[i - 1].end : 0;
        size_t p = d->start;
        while (p > floor_ && s[p - 1] == ' ')
            p--;
        if (p == floor_ || !clock_at(e, d->start, d->end, &m2) || m2 != d->hour * 60 + d->minute)
            continue;
        /* the link: a dash, or a link word between blanks */
        size_t q = p;
        if (q > floor_ && s[q - 1] == '-')
            q--;
        else if (q >= floor_ + 3 && (unsigned char)s[q - 3] == 0xE2 &&
                 (unsigned char)s[q - 2] == 0x80 &&
                 ((unsigned char)s[q - 1] == 0x93 || (unsigned char)s[q - 1] == 0x94))
            q -= 3;
        else if (q < d->start) {
            size_t a = q;
            while (a > floor_ && s[a - 1] != ' ' && s[a - 1] != '\n' && q - a <= DNP_WORD_MAX)
                a--;
            dnp_token t;
            size_t pos = a;
            if (a == q || !dnp_next_token(s, q, &pos, &t) || t.end != q || !link_token(&t))
                continue;
            q = a;
        } else
            continue;
        while (q > floor_ && s[q - 1] == ' ')
            q--;
        /* the first time: an hour and its minutes, ending there */
        size_t t1 = q;
        while (t1 > floor_ && q - t1 < 5 && (ascii_digit(s[t1 - 1]) || s[t1 - 1] == ':'))
            t1--;
        if (t1 == q || !ascii_digit(s[t1]) || clock_at(e, t1, q, &m1) != q || m1 >= m2)
            continue;
        memmove(d + 1, d, (n - i) * sizeof *d);
        n++;
        dn_date *a = &out[i], *b = &out[i + 1];
        a->hour = m1 / 60, a->minute = m1 % 60;
        a->second = 0, a->nanosecond = 0, a->fraction_digits = 0;
        if (a->precision > DN_PREC_MINUTE)
            a->precision = DN_PREC_MINUTE;
        a->start = t1, a->end = q;
        a->flags |= DN_FLAG_RANGE;
        b->flags |= DN_FLAG_RANGE;
        dnp_end_of_day(a);
        i++;
    }
    return n;
}

/* sspeed11: whether dnp_period_clock_text may read a day period and its clock at text[p]
   (up to lim), from the bytes: a run of bytes but blanks (its word: the token ends there,
   as it must be followed by a blank), blanks, and a byte that may begin a number. */
static bool period_clock_may(const env *e, size_t p, size_t lim)
{
    const char *s = e->text;
    while (p < lim && s[p] == ' ')
        p++;
    const char *w = p < lim ? memchr(s + p, ' ', lim - p) : NULL;
    if (!w || w == s + p)
        return false;
    size_t q = (size_t)(w - s);
    while (q < lim && s[q] == ' ')
        q++;
    return q < lim && ((unsigned char)(s[q] - '0') < 10 ||
                       ((unsigned char)s[q] >= 0x80 &&
                        dnp_number_may_start(s, q, q + 4 < lim ? q + 4 : lim) == q));
}

/* issue 10: a span of hours after a date without a time, on its line ("Dinsdag 8 Desember,
   09:00–16:00", "Saterdag 28 November tussen 10:00 en 12:00", "laugardaginn 28. nóvember
   kl. 13:00–14:00", "նոյեմբերի 30-ին, ժ. 08:00–10:00"): a comma and at most
   DNP_PAGE_HOURS_WORDS words (a time word, "between") before the first time, a dash or
   one or two short words ("en", "to", "bis", "до") between the two, the second later.
   The date takes the first time, and the second time on that day becomes a date of its
   own after it; both are flagged DN_FLAG_RANGE, as the ends of a range of days are. A
   range of days keeps its hours apart (range_end_day), as does a date right after another
   one on its line (a range or list the scan read as two dates) or after a dash: those are
   every day's hours. Inserts only
   while out has room (cap). Returns the new count. */
static size_t hours_after(const env *e, dn_date *out, size_t n, size_t cap,
                          const dnp_langset *langs)
{
    for (size_t i = 0; i < n && n < cap; i++) {
        dn_date *d = &out[i];
        /* b32: or a named day without a number ("i går mellan 14:00 och 15:00") */
        bool rel = (d->flags & DN_FLAG_RELATIVE) != 0;
        if (d->precision != DN_PREC_DAY || (d->flags & (DN_FLAG_EPOCH | DN_FLAG_RANGE)) ||
            has_number(e, d->start, d->end) == rel)
            continue;
        size_t lim = i + 1 < n ? out[i + 1].start : e->len;
        if (lim < d->end)
            continue;
        size_t gap = d->end + DNP_PAGE_HOURS_GAP < lim ? d->end + DNP_PAGE_HOURS_GAP : lim;
        /* a clock's mark there, from the bytes first (most dates have none) */
        size_t mark_lim = gap + 4 < lim ? gap + 4 : lim; /* "HH:" or "HH h" may start at gap's end */
        /* (b28fix: or two numbers there, a span of bare hours: bare_hours; b27: or an hour
           whose mark follows the span's end; b29fix: or a day period and its hour right
           after the date and a comma: "१२ डिसेंबर, सकाळी १० ते दुपारी १", in the morning 10
           to in the afternoon 1) */
        int pm1 = 0;
        size_t pe1 = 0;
        if (dnp_number_may_start(e->text, d->end, gap) == gap) {
            /* (sspeed11: no number may begin before gap, where the walk below looks for the
               first time t1: only a day period and its clock may follow, as below, when
               clock_bytes sees no mark, right after the date or after a filler when two
               numbers follow: the bytes first, then the words' look-ups, then the marks) */
            size_t pp = d->end;
            if (pp < lim && e->text[pp] == ',')
                pp++;
            if (pp < lim && e->text[pp] == ' ' && period_clock_may(e, pp, lim))
                pe1 = dnp_period_clock_text(e, pp, lim, &pm1);
            size_t two_lim = mark_lim + DNP_PAGE_BARE_SECOND < lim ? mark_lim + DNP_PAGE_BARE_SECOND
                                                                   : lim;
            dnp_token f;
            size_t fp = pp;
            if (!pe1 && langs && dnp_number_may_start(e->text, gap, two_lim) != two_lim &&
                two_numbers(e, d->end, two_lim) && pp < lim && e->text[pp] == ' ' &&
                dnp_next_token(e->text, lim, &fp, &f) && f.kind == DNP_TK_SEP &&
                dnp_next_token(e->text, lim, &fp, &f) && f.kind == DNP_TK_WORD &&
                !(f.flags & DNP_TF_LONG) && filler_of_page(e, &f, langs) && fp < lim &&
                e->text[fp] == ' ')
                pe1 = dnp_period_clock_text(e, fp, lim, &pm1);
            if (!pe1 || clock_bytes(e, d->end, mark_lim))
                continue;
        } else if (!clock_bytes(e, d->end, mark_lim)) {
            size_t pp = d->end;
            if (pp < lim && e->text[pp] == ',')
                pp++;
            if (pp < lim && e->text[pp] == ' ')
                pe1 = dnp_period_clock_text(e, pp, lim, &pm1);
            bool two = !pe1 && langs &&
                       two_numbers(e, d->end, mark_lim + DNP_PAGE_BARE_SECOND < lim
                                                  ? mark_lim + DNP_PAGE_BARE_SECOND
                                                  : lim);
            /* timejoin: or after a filler of the page's ("५ डिसेंबर २०२६ रोजी दुपारी ४ ते ७",
               on 5 December 2026 in the afternoon 4 to 7; two numbers there first, as most
               dates have none) */
            dnp_token f;
            size_t fp = pp;
            if (two && pp < lim && e->text[pp] == ' ' &&
                dnp_next_token(e->text, lim, &fp, &f) && f.kind == DNP_TK_SEP &&
                dnp_next_token(e->text, lim, &fp, &f) && f.kind == DNP_TK_WORD &&
                !(f.flags & DNP_TF_LONG) && filler_of_page(e, &f, langs) && fp < lim &&
                e->text[fp] == ' ')
                pe1 = dnp_period_clock_text(e, fp, lim, &pm1);
            if (!pe1 && !two && !bare_span_bytes(e, d->end, lim))
                continue;
        }
        /* the end of a range or list of days its dates were read as ("з 12 грудня 2026 по
           7 січня 2027, щодня з 10:00 до 22:00"): the hours are every day's */
        if (i > 0 && out[i - 1].end <= d->start && d->start - out[i - 1].end <= DNP_PAGE_LIST_GAP &&
            days_linked(e, out[i - 1].end, d->start, true))
            continue;
        /* or a dash right before it, its first day unread ("24.11.–23.12.2026, täglich
           10:00–21:00") */
        size_t w = d->start;
        while (w > 0 && e->text[w - 1] == ' ')
            w--;
        const unsigned char *u = (const unsigned char *)e->text + w;
        size_t dashlen = w > 0 && (u[-1] == '-' || u[-1] == '~') ? 1
                      : w >= 3 && u[-3] == 0xE2 && u[-2] == 0x80 && (u[-1] == 0x93 || u[-1] == 0x94)
                          ? 3
                          : 0;
        /* b27: a wave dash or tilde (U+301C, U+FF5E, "~") is a range's, never a title's:
           "（〜12月9日（水）、14:00〜16:30）", until 9 December, every day's hours */
        bool wave = w > 0 && u[-1] == '~';
        if (!dashlen && w >= 3 && ((u[-3] == 0xE3 && u[-2] == 0x80 && u[-1] == 0x9C) ||
                                   (u[-3] == 0xEF && u[-2] == 0xBD && u[-1] == 0x9E)))
            dashlen = 3, wave = true;
        if (wave)
            continue;
        /* a digit before the dash: a title's dash is none ("екскурсія — неділя, 13 грудня");
           b27: nor is a list's bullet, first on its line ("- sábado 19 de diciembre de
           2026, de 10:00 a 13:30" below a line with a price) */
        if (dashlen && !line_blank_before(e, w - dashlen) &&
            has_digit(e, w - dashlen > DNP_PAGE_RANGE_LOOKBACK ? w - dashlen - DNP_PAGE_RANGE_LOOKBACK : 0,
                      w - dashlen))
            continue;
        /* the date to the first time */
        size_t pos = pe1 ? lim : d->end, t1 = 0;
        dnp_token period = {0}, period0 = {0};
        int words = 0;
        bool bare = true; /* no word before the first time */
        size_t word_end = 0; /* where the last word ends */
        bool time_word = false; /* a time word of the page's before it ("dalle 10 alle 18") */
        dnp_token t;
        while (pos < gap) {
            /* b22: the date's weekday in brackets ("3.12.2026 (štvrtok) v čase od 7:30 do
               15:30") */
            size_t wpos = pos;
            if (!words && bare && bracket_weekday(e, gap, &wpos, d)) {
                pos = wpos;
                continue;
            }
            if (!dnp_next_token(e->text, gap, &pos, &t))
                break;
            if (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
                break;
            if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && cell_blanks(e, t.start, t.end))
                break; /* a table's next cell: "31 Nollaig 2026      10.00 – 14.00" */
            if (t.kind == DNP_TK_SEP &&
                ((t.flags & DNP_TF_SPACE) || t.value == ',' ||
                 t.value == 0x060C || t.value == 0x055D || /* b29fix: Arabic's and Armenian's */
                 (t.value == '.' && (t.start == word_end || t.start == d->end)) || /* "kl.", "5.," */
                 (t.value == '-' && t.start == d->end) ||  /* "30-ին" */
                 /* b32: a label's colon glued to the date ("24/12/2026: 8:30 - 13:00") */
                 (t.value == ':' && t.start == d->end && !words))) {
                continue;
            }
            /* b27: the closing bracket of one the date opened ("本週六（11/28）上午9時至12時",
               "11月28日（六）10:00–12:00": the date's span stopped before it) */
            if (t.kind == DNP_TK_SEP && t.start == d->end && (t.value == ')' || t.value == 0xFF09) &&
                opens_bracket(e, d->start, d->end))
                continue;
            if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG) && words < DNP_PAGE_HOURS_WORDS) {
                bare = false;
                period0 = period, period = t; /* (am/pm or a day period before the time?) */
                /* b22: a filler of the page's languages (a time word or link: "v", "od") is
                   not counted ("v čase od 7:30") */
                if (!filler_of_page(e, &t, langs) && !own_weekday(e, &t, d, langs))
                    words++;
                time_word = time_word_of_page(e, &t, langs);
                word_end = t.end;
                continue;
            }
            if (t.kind == DNP_TK_NUM)
                t1 = t.start;
            break;
        }
        int m1 = 0, m2 = 0;
        /* timebefore: or H.MM with no mark, or an hour alone, that the span's other end
           proves (span_clock) */
        bool soft1 = false, bare1 = false;
        size_t e1 = pe1 ? pe1 : t1 ? clock_at(e, t1, lim, &m1) : 0;
        if (pe1)
            m1 = pm1;
        if (!e1 && t1 && (e1 = span_clock(e, t1, lim, &m1, &bare1)) != 0)
            soft1 = true;
        if (!e1) {
            size_t bt2, be2;
            if (t1 && langs && words <= DNP_PAGE_BARE_HOURS_WORDS &&
                bare_hours(e, d, t1, lim, langs, !bare, &m1, &e1, &bt2, &m2, &be2)) {
                n = split_span(e, out, n, i, m1, e1, bt2, m2, be2, lim, DN_PREC_HOUR, false);
                i++;
            }
            continue;
        }
        /* b27: an am/pm word or day period right before the first time sets its hour ("下午2時
           至5時": 14:00), and the second's when that makes it the later ("5時" 17:00; "上午9時
           至12時" keeps 12:00) */
        const dnp_lex_key *pk = period.end && period.end + 1 >= t1 ? period_key(e, &period0, &period)
                                                                   : NULL;
        if (pk && (pk->kinds & ((1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD)))) {
            int h = dnp_word_hour(pk, m1 / 60);
            if (h < 0)
                continue;
            m1 = h * 60 + m1 % 60;
        } else
            pk = NULL;
        /* the link: a dash, or one or two short words; b29fix: or a case ending glued to
           the first time ("11:00-dan 14:00-dək", "07:00etatik 09:00etara") */
        pos = e1;
        size_t t2 = 0;
        int link_words = 0;
        bool dash = false, and_link = false;
        size_t link_end = 0, link_chars = 0; /* the last link word's end and length */
        bool and_any = false; /* timebefore: an "and" between ("ore 11 e ore 16": showings) */
        bool link_time = false; /* b31fix: a time word of the page links them ("alle") */
        size_t ending = dnp_time_ending_end(e, e1);
        if (ending && ending < lim)
            pos = ending, link_words = 1;
        while (pos < lim && dnp_next_token(e->text, lim, &pos, &t)) {
            if (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
                break;
            if (t.kind == DNP_TK_SEP && ((t.flags & DNP_TF_SPACE) || (t.value == '.' && t.start == e1)))
                continue; /* and the dot of an hour mark: "00:00 น. ถึง 23:59 น." */
            if (t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value) && !dash && !link_words) {
                dash = true;
                continue;
            }
            /* b32: a hyphen that glues a one-letter link to the time after it (Hebrew "ל-20:00",
               to) */
            if (t.kind == DNP_TK_SEP && t.value == '-' && link_words == 1 && !dash &&
                t.start == link_end && link_chars == 1 && t.end < lim &&
                e->text[t.end] >= '0' && e->text[t.end] <= '9')
                continue;
            /* b29fix: the second time a day period and its hour, after the link */
            if (pe1 && t.kind == DNP_TK_WORD && (dash || link_words)) {
                size_t pe2 = dnp_period_clock_text(e, t.start, lim, &m2);
                if (pe2)
                    t2 = t.start;
                break;
            }
            if (t.kind == DNP_TK_WORD && !dash && link_words < 2 &&
                (t.end - t.start <= DNP_PAGE_RANGE_WORD ||
                 chars(e, t.start, t.end) <= DNP_PAGE_RANGE_CHARS)) {
                and_link = !link_words && bare && and_of_times(e, &t, d, langs);
                and_any |= and_of_times(e, &t, d, langs);
                link_time |= time_word_of_page(e, &t, langs);
                link_words++;
                link_end = t.end, link_chars = chars(e, t.start, t.end);
                continue;
            }
            if (t.kind == DNP_TK_NUM && (dash || link_words))
                t2 = t.start;
            break;
        }
        size_t e2 = !t2 ? 0 : pe1 ? dnp_period_clock_text(e, t2, lim, &m2) : clock_at(e, t2, lim, &m2);
        /* timejoin: a day period and its hour, then an hour alone (1..12) that takes the
           period's half of the day when that makes it the later ("दुपारी ४ ते ७", 16:00 to
           19:00); no unit, month or other period after it (bare_hour_spoiler) */
        if (pe1 && t2 && !e2 && langs) {
            int h2;
            bool mk;
            size_t b2 = bare_hour_at(e, t2, lim, langs, &h2, &mk), q = b2;
            dnp_token nx;
            if (b2 && h2 >= 1 && h2 <= 12 &&
                !(dnp_next_token(e->text, lim, &q, &nx) && nx.kind == DNP_TK_SEP &&
                  (nx.flags & DNP_TF_SPACE) && !(nx.flags & DNP_TF_NEWLINE) &&
                  dnp_next_token(e->text, lim, &q, &nx) && bare_hour_spoiler(e, &nx, langs))) {
                int later = h2 * 60 > m1 ? h2 * 60 : (h2 + 12) * 60;
                if (later > m1 && later < 24 * 60)
                    m2 = later, e2 = b2;
            }
        }
        if (!e2 && t2 && soft1) {
            /* H.MM both ("klo 12.00–14.00"), or hours alone both after a time word of the
               page ("dalle 10 alle 18", "klo 10–12") */
            bool bare2 = false; /* (span_clock sets it only when it reads one) */
            e2 = span_clock(e, t2, lim, &m2, &bare2);
            /* timejoin: or hours alone whose end an hour's word of the page follows ("10-14
               óra"; hour_word: the mark, or the unit that is one), a postposition "between"
               after it when "and" links them ("10 és 14 óra között"; locales/ year_between:
               "10 és 14 órakor" is two showings) */
            bool marked2 = false;
            if (e2 && bare2 && !time_word && langs) {
                size_t q = e2;
                dnp_token hw, nx;
                if (dnp_next_token(e->text, lim, &q, &hw) && hw.kind == DNP_TK_SEP &&
                    (hw.flags & DNP_TF_SPACE) && !(hw.flags & DNP_TF_NEWLINE) &&
                    dnp_next_token(e->text, lim, &q, &hw) && hour_word(e, &hw, langs)) {
                    size_t r = q;
                    marked2 = !and_any ||
                              (dnp_next_token(e->text, lim, &r, &nx) && nx.kind == DNP_TK_SEP &&
                               (nx.flags & DNP_TF_SPACE) && !(nx.flags & DNP_TF_NEWLINE) &&
                               dnp_next_token(e->text, lim, &r, &nx) && nx.kind == DNP_TK_WORD &&
                               !(nx.flags & DNP_TF_LONG) &&
                               cue_lang_of(dnp_lex_find_cue(nx.fold, nx.flen),
                                           DNP_CUE_YEAR_BETWEEN, langs, -1) >= 0);
                    if (marked2)
                        e2 = hw.end;
                }
            }
            if (bare2 != bare1 || (bare2 && !time_word && !marked2))
                e2 = 0;
            /* an hour alone at the end names a count when a word follows it that is no
               filler of the page's ("od 8 do 12 let", ages; "dalle 9 alle 17 in piazza" is
               hours), or a unit, month or day period (bare_hour_spoiler), or any word when
               the page's languages are unknown; b31fix: any word but those when a time
               word of the page links the two, which says the end is an hour too ("dalle 18
               alle 19 presso la casa") */
            if (e2 && bare2 && !marked2) {
                size_t q = e2;
                dnp_token nx;
                while (q < lim && dnp_next_token(e->text, lim, &q, &nx)) {
                    if (nx.kind == DNP_TK_SEP && (nx.flags & DNP_TF_SPACE) &&
                        !(nx.flags & DNP_TF_NEWLINE))
                        continue;
                    if (nx.kind == DNP_TK_WORD &&
                        (!langs || bare_hour_spoiler(e, &nx, langs) ||
                         (!filler_of_page(e, &nx, langs) && !link_time &&
                          !(period.end == word_end && clock_word_of_page(e, &period, langs)))))
                        e2 = 0;
                    break;
                }
            }
        }
        if (!e2 || e2 > lim)
            continue;
        if (soft1) {
            /* an hour alone before an end whose am/pm it may share ("5–7 pm", "1–3 Uhr
               nachmittags") names no hour of its own: only when it is the earlier hour
               either way ("10 bis 17 Uhr", "10–2 pm"); and no price's span ("12.50–15.00
               €") */
            if ((bare1 && m1 <= 12 * 60 && m1 + 12 * 60 < m2) || money_beside(e, t1, e2))
                continue;
            /* nor after more than one word ("Sa, 28.11.  Chlausmarkt im Stadtpark, 10–18
               Uhr": the event's name; "von 10", "tussen 10.00 en 14.00" are one), nor joined
               by an "and" and another word ("ore 11 e ore 16": two showings; "zwischen 8 und
               12 Uhr" is a span) */
            if (words > 1 || (and_any && link_words > 1))
                continue;
        }
        if (pk) {
            int h = dnp_word_hour(pk, m2 / 60);
            if (h >= 0 && h * 60 + m2 % 60 > m1)
                m2 = h * 60 + m2 % 60;
        }
        bool overnight = m2 <= m1;
        if (overnight) {
            /* issue 10 (b20): an overnight span after a dash ("Saterdag 5 Desember 2026,
               22:00–02:00 SAST"); timejoin: or one link word that is no "and" ("od 22:00
               do 02:00 (CET)"): the date takes its first time, its end is the next day's,
               both the zone after the span (as LABELS.md's span of hours: two ends) */
            if (!(dash || (link_words == 1 && !and_any)) || !two_digit_clock(e, t2) ||
                !two_digit_clock(e, t1) || !dnp_span_minutes(m1, m2))
                continue;
        }
        if (and_link && link_words == 1)
            continue; /* (two times right after the date joined by "and": a list) */
        n = split_span(e, out, n, i, m1, e1, t2, m2, e2, lim, DN_PREC_MINUTE, overnight);
        i++;
    }
    return n;
}

/* wrong31: a date the scan read with its own time, then on its line a link (a dash, or one
   or two short words, as hours_after's) and a second clock time: a span of hours whose
   first end the date's span already holds ("本週日（11/29）下午2時至5時": the scan joins the
   time after the bracket itself), which hours_after, reading dates of day precision only,
   would not see. The date gives its time back: its span up to that time, back over an
   am/pm word or day period right before it and blanks and commas, at day precision; what
   it was is kept in saved[] (at most cap of them) to be restored when hours_after reads
   no span after it. Returns how many were saved. */
static size_t timed_span_unjoin(const env *e, dn_date *out, size_t n, dn_date *saved, size_t cap)
{
    size_t ns = 0;
    for (size_t i = 0; i < n && ns < cap; i++) {
        dn_date *d = &out[i];
        if ((d->precision != DN_PREC_HOUR && d->precision != DN_PREC_MINUTE) ||
            (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DN_FLAG_RANGE | DN_FLAG_HAS_OFFSET)))
            continue;
        size_t lim = i + 1 < n ? out[i + 1].start : e->len;
        if (lim <= d->end)
            continue;
        /* the link, then the second time */
        size_t pos = d->end, t2 = 0;
        int link_words = 0;
        bool dash = false;
        dnp_token t;
        while (pos < lim && dnp_next_token(e->text, lim, &pos, &t)) {
            if (t.kind == DNP_TK_SEP && (t.flags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
                break;
            if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE))
                continue;
            if (t.kind == DNP_TK_SEP && is_dash((uint32_t)t.value) && !dash && !link_words) {
                dash = true;
                continue;
            }
            if (t.kind == DNP_TK_WORD && !dash && link_words < 2 &&
                (t.end - t.start <= DNP_PAGE_RANGE_WORD ||
                 chars(e, t.start, t.end) <= DNP_PAGE_RANGE_CHARS)) {
                link_words++;
                continue;
            }
            if (t.kind == DNP_TK_NUM && (dash || link_words))
                t2 = t.start;
            break;
        }
        int m2 = 0;
        if (!t2 || !clock_at(e, t2, lim, &m2))
            continue;
        /* where its own time starts: the number whose clock ends the date; the am/pm word
           or day period right before it (one word, or two CJK characters) */
        size_t t1 = 0;
        dnp_token prev = {0}, last = {0};
        for (size_t p = d->start; p < d->end && dnp_next_token(e->text, d->end, &p, &t);) {
            int m1;
            if (t.kind == DNP_TK_NUM && t.start > d->start &&
                clock_at(e, t.start, d->end, &m1) == d->end) {
                t1 = t.start;
                break;
            }
            if (t.kind == DNP_TK_WORD)
                prev = last, last = t;
            else if (!(t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE)))
                prev.end = 0, last.end = 0;
        }
        if (!t1)
            continue;
        size_t end = t1;
        if (last.end && last.end + 1 >= t1) {
            const dnp_lex_key *pk = period_key(e, &prev, &last);
            if (pk && (pk->kinds & ((1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD))))
                end = prev.end && prev.end == last.start && word_key(e, last.fold, last.flen) != pk
                          ? prev.start
                          : last.start;
        }
        while (end > d->start && (e->text[end - 1] == ' ' || e->text[end - 1] == ','))
            end--;
        if (end <= d->start || !has_number(e, d->start, end))
            continue;
        saved[ns++] = *d;
        d->hour = d->minute = d->second = 0;
        d->nanosecond = 0, d->fraction_digits = 0;
        d->precision = DN_PREC_DAY;
        d->end = end;
    }
    return ns;
}

/* wrong31: the dates timed_span_unjoin turned back to their day that hours_after left so
   (no span read after them) get their time again. */
static void timed_span_restore(dn_date *out, size_t n, const dn_date *saved, size_t ns)
{
    for (size_t q = 0, i = 0; q < ns; q++) {
        while (i < n && out[i].start < saved[q].start)
            i++;
        if (i < n && out[i].start == saved[q].start && out[i].precision == DN_PREC_DAY &&
            !(out[i].flags & DN_FLAG_RANGE))
            out[i] = saved[q];
    }
}

/* b22: a clock time right before a date in brackets, which dates it ("dodatni noćni polazak
   u 01:30 (1. 1. 2027.)", a night departure after midnight): the date takes the time, its
   span both and the closing bracket. An H:MM or HH:MM, blanks, the opening bracket right
   before the date, its closing one right after it (past the date's own final dot); the
   clock no part of another date, nor glued after a digit, colon or dot. */
static void time_before_bracket(const env *e, dn_date *out, size_t n)
{
    const char *s = e->text;
    for (size_t i = 0; i < n; i++) {
        dn_date *d = &out[i];
        if (d->precision != DN_PREC_DAY || (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) ||
            d->start < 6 || s[d->start - 1] != '(')
            continue;
        size_t c = d->end;
        if (c < e->len && s[c] == '.')
            c++;
        if (c >= e->len || s[c] != ')')
            continue;
        size_t b = d->start - 1;
        while (b > 0 && s[b - 1] == ' ')
            b--;
        size_t m = b;
        while (m > 0 && b - m < 2 && s[m - 1] >= '0' && s[m - 1] <= '9')
            m--;
        if (b - m != 2 || m < 2 || s[m - 1] != ':')
            continue;
        size_t h = m - 1;
        while (h > 0 && m - 1 - h < 2 && s[h - 1] >= '0' && s[h - 1] <= '9')
            h--;
        int minutes;
        if (h == m - 1 || (h > 0 && (s[h - 1] == ':' || s[h - 1] == '.' ||
                                     (s[h - 1] >= '0' && s[h - 1] <= '9'))) ||
            (i > 0 && out[i - 1].end > h) || dnp_clock_text(e, h, b, &minutes) != b)
            continue;
        d->hour = minutes / 60, d->minute = minutes % 60;
        d->second = 0, d->nanosecond = 0, d->fraction_digits = 0;
        d->precision = DN_PREC_MINUTE;
        d->start = h, d->end = c + 1;
    }
}

/* misses19: a date read with its time right after it, then "and" and a second time on its
   line ("dl. 28 de desembre, 12 h i 17 h", "Saturday 5 December, 15:00 and 19:00"): the
   day's showings (and_of_times), no instant of it. The date keeps its day alone, its span
   up to the blanks and commas before its time. */
static void times_listed(const env *e, dn_date *out, size_t n, const dnp_langset *langs)
{
    for (size_t i = 0; i < n; i++) {
        dn_date *d = &out[i];
        if (d->precision < DN_PREC_HOUR || d->precision > DN_PREC_SECOND ||
            (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH | DN_FLAG_RANGE | DN_FLAG_HAS_OFFSET)))
            continue;
        size_t lim = i + 1 < n ? out[i + 1].start : e->len;
        if (lim < d->end)
            continue;
        /* "and", then the second time */
        size_t pos = d->end;
        dnp_token t;
        bool and_word = false;
        size_t t2 = 0;
        while (pos < lim && dnp_next_token(e->text, lim, &pos, &t)) {
            if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
                continue;
            if (t.kind == DNP_TK_WORD && !and_word && and_of_times(e, &t, d, langs)) {
                and_word = true;
                continue;
            }
            if (t.kind == DNP_TK_NUM && and_word)
                t2 = t.start;
            break;
        }
        int m2 = 0;
        if (!t2 || !clock_at(e, t2, lim, &m2))
            continue;
        /* where its own time starts: the number whose clock ends the date */
        size_t t1 = 0;
        for (size_t p = d->start; p < d->end && dnp_next_token(e->text, d->end, &p, &t);) {
            int m1;
            if (t.kind == DNP_TK_NUM && t.start > d->start &&
                clock_at(e, t.start, d->end, &m1) == d->end) {
                t1 = t.start;
                break;
            }
        }
        if (!t1)
            continue;
        /* back over blanks and commas; a filler there ("at 15:00 and 19:00", "о 15:00 і
           16:30") gives each time to the date, as hours_after does */
        size_t end = t1;
        while (end > d->start && (e->text[end - 1] == ' ' || e->text[end - 1] == ','))
            end--;
        dnp_token w;
        if (word_before(e, end, d->start, &w)) {
            const dnp_lex_key *key = word_key(e, w.fold, w.flen);
            if (key && (key->kinds & (1u << DNP_K_FILLER)) &&
                !(key->kinds & ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY))))
                continue;
        }
        if (end <= d->start || !has_number(e, d->start, end))
            continue;
        d->hour = d->minute = d->second = 0;
        d->nanosecond = 0, d->fraction_digits = 0;
        d->precision = DN_PREC_DAY;
        d->end = end;
    }
}

/* issue 10: a zone's local name, a comma and its offset in brackets after a time, its name
   no word the scan knows, which ended the date there ("26.11.2026, 11:30 (Астана уақыты,
   UTC+5)"; clock.c's offset_in_brackets reads it when the name is a zone's place, "(Bakı
   vaxtı, GMT+4)"): at most DNP_PAGE_ZONE_WORDS words, a comma, then UTC or GMT and a
   signed offset, the closing bracket right after it. The offset written is the date's; a
   name alone gives none ("(თბილისის დროით)": the time stays without one). */
static void bracket_offset(const env *e, dn_date *d, size_t lim)
{
    if (d->precision < DN_PREC_HOUR || (d->flags & (DN_FLAG_HAS_OFFSET | DN_FLAG_RELATIVE)))
        return;
    size_t pos = d->end;
    dnp_token t;
    if (!dnp_next_token(e->text, lim, &pos, &t))
        return;
    if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
        !dnp_next_token(e->text, lim, &pos, &t))
        return;
    if (t.kind != DNP_TK_SEP || (t.value != '(' && t.value != '[' && t.value != 0xFF08))
        return;
    uint32_t close = t.value == '(' ? ')' : t.value == '[' ? ']' : 0xFF09;
    int words = 0;
    while (dnp_next_token(e->text, lim, &pos, &t)) {
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG) && words < DNP_PAGE_ZONE_WORDS)
            words++;
        else if (!(t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE)))
            break;
    }
    if (!words || t.kind != DNP_TK_SEP || (t.value != ',' && t.value != 0xFF0C && t.value != 0x060C))
        return;
    const char *s = e->text;
    size_t p = t.end;
    while (p < lim && s[p] == ' ')
        p++;
    if (p + 4 >= lim || !(memcmp(s + p, "UTC", 3) == 0 || memcmp(s + p, "GMT", 3) == 0))
        return;
    p += 3;
    int sign = 1;
    if (s[p] == '+')
        p++;
    else if (s[p] == '-')
        sign = -1, p++;
    else if (p + 2 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x88 &&
             (unsigned char)s[p + 2] == 0x92)
        sign = -1, p += 3; /* U+2212 minus */
    else
        return;
    int hh = 0, mm = 0, nd = 0;
    while (p < lim && s[p] >= '0' && s[p] <= '9' && nd < 3)
        hh = hh * 10 + (s[p++] - '0'), nd++;
    if (nd < 1 || nd > 2)
        return;
    if (p + 2 < lim && s[p] == ':' && s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 2] >= '0' &&
        s[p + 2] <= '9')
        mm = (s[p + 1] - '0') * 10 + (s[p + 2] - '0'), p += 3;
    size_t q = p;
    if (!dnp_offset_valid(hh, mm) || !dnp_next_token(e->text, lim, &q, &t) ||
        t.kind != DNP_TK_SEP || t.value != close || t.start != p)
        return;
    d->offset_minutes = sign * (hh * 60 + mm);
    d->flags |= DN_FLAG_HAS_OFFSET;
    d->end = t.end;
}

/* Line mode (dn_parse): a date that ends a range gives the range's first day, flagged
   DN_FLAG_RANGE, as search gives it first ("10 - 22 August 2012" is 2012-08-10; "15-16
   augusti" is 16 August, never the year 2015); README, "Ranges". */
void dnp_line_range(const env *e, dn_date *d)
{
    dn_date two[2];
    two[0] = *d;
    if (ranges(e, two, 1, 2) == 2)
        *d = two[0];
}

/* Whether the bytes text[a..b) only join a weekday to its date: blanks, commas and opening
   brackets ("thứ Sáu (20/11)", "u srijedu, 2. prosinca"); after the date also closing
   brackets and at most one word of no digit ("1 декабря, во вторник", "20/11 (Fri)"). */
static bool weekday_glue(const env *e, size_t a, size_t b, bool after)
{
    int words = 0;
    bool in_word = false;
    /* the dot of the date's last word, an abbreviation ("2 listopada 2026 r. (poniedziałek)",
       "1 декабря 2026 г., вторник") */
    if (after && a < b && e->text[a] == '.' && a > 0 &&
        ((unsigned char)e->text[a - 1] >= 0x80 || ((e->text[a - 1] | 0x20) >= 'a' &&
                                                   (e->text[a - 1] | 0x20) <= 'z')))
        a++;
    /* b22: or the day's ordinal dot before a comma ("2026. november 27., péntek") */
    else if (after && a + 1 < b && e->text[a] == '.' && e->text[a + 1] == ',' && a > 0 &&
             e->text[a - 1] >= '0' && e->text[a - 1] <= '9')
        a++;
    /* issue 10: the weekday's abbreviation mark ("יום ד', 30 ביוני": a geresh or an
       apostrophe) */
    if (!after && a < b) {
        const char *t = e->text + a;
        if (*t == '\'' || *t == '.')
            a++;
        else if (b - a >= 2 && !memcmp(t, "\xD7\xB3", 2)) /* U+05F3 */
            a += 2;
        else if (b - a >= 3 && !memcmp(t, "\xE2\x80\x99", 3)) /* U+2019 */
            a += 3;
    }
    for (size_t k = a; k < b; k++) {
        unsigned char ch = (unsigned char)e->text[k];
        bool letter = ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
        if (letter) {
            words += !in_word;
            in_word = true;
            continue;
        }
        in_word = false;
        /* (reldir: after the date, a table's cell bar: "| २७/११/२०२६ | शुक्रबार |") */
        if (!ch || !strchr(after ? " \t,()|" : " \t\r\n,(", ch))
            return false;
    }
    /* a full-width bracket is three bytes of 0x80 or more: one "word" */
    return words <= (after ? 1 : 0) ||
           (words == 1 && b - a >= 3 && !memcmp(e->text + b - 3, "\xEF\xBC\x88", 3));
}

/* b27: whether the bytes between the weekday d and a date at b are a comma at most, blanks
   and one filler of the weekday's language (an article: "Montag, den 16.11.", "lundi, le 16
   novembre"), within DNP_PAGE_WEEKDAY_GAP bytes beside the word. */
static bool article_glue(const env *e, const dn_date *d, size_t b)
{
    size_t p = d->end;
    if (p < b && e->text[p] == ',')
        p++;
    dnp_token t;
    if (b < p || b - p > DNP_PAGE_WEEKDAY_GAP + DNP_PAGE_RANGE_WORD || !d->locale[0] ||
        !dnp_next_token(e->text, b, &p, &t) || !(t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE)) ||
        !dnp_next_token(e->text, b, &p, &t) || t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
        return false;
    int l = dnp_lang_find(d->locale, strlen(d->locale));
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    dnp_langset one = {{0}};
    if (l < 0 || !k)
        return false;
    dnp_langset_add(&one, (unsigned)l);
    if (!key_kind_in(k, DNP_K_FILLER, &one))
        return false;
    while (p < b && (e->text[p] == ' ' || e->text[p] == '\t'))
        p++;
    return p == b;
}

/* Whether the bytes text[a..b) only join a named day to the date it labels: blanks, and
   one dash, middle dot, bar, colon or comma (DNP_PAGE_LABEL_GAP). */
static bool label_glue(const env *e, size_t a, size_t b)
{
    if (b < a || b - a > DNP_PAGE_LABEL_GAP)
        return false;
    int marks = 0;
    for (size_t k = a; k < b;) {
        const unsigned char *t = (const unsigned char *)e->text + k;
        if (*t == ' ' || *t == '\t') {
            k++;
            continue;
        }
        size_t w = 0;
        if (*t == '-' || *t == '|' || *t == ':' || *t == ',')
            w = 1;
        else if (b - k >= 2 && t[0] == 0xC2 && t[1] == 0xB7) /* U+00B7 middle dot */
            w = 2;
        else if (b - k >= 3 && t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94))
            w = 3; /* en or em dash */
        if (!w || ++marks > 1)
            return false;
        k += w;
    }
    return true;
}

/* miss21: whether a dash, tilde or wave dash follows byte `at`, blanks between (a range's
   link). */
static bool link_after(const env *e, size_t at)
{
    size_t pos = at;
    dnp_token t;
    if (!dnp_next_token(e->text, e->len, &pos, &t))
        return false;
    if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !dnp_next_token(e->text, e->len, &pos, &t))
        return false;
    return t.kind == DNP_TK_SEP && (is_dash((uint32_t)t.value) || t.value == '~' ||
                                    t.value == 0x301C || t.value == 0xFF5E);
}

/* miss21: whether d's span holds a bracket it does not close ("30. November 2026 (Montag"). */
static bool bracket_open(const env *e, const dn_date *d)
{
    int depth = 0;
    for (size_t k = d->start; k < d->end; k++)
        depth += e->text[k] == '(' ? 1 : e->text[k] == ')' ? -1 : 0;
    return depth > 0;
}

/* miss21: the end of the weekday of d, a written date of a day, restated right after it
   in brackets or after a comma ("30 November 2026 (Monday)", "30 Novemba 2026, Jumatatu"),
   the bracket that closes it included; d->end when there is none. A weekday the date does
   not fall on stays out. */
static size_t restated_weekday(const env *e, const dn_date *d)
{
    if (d->precision < DN_PREC_DAY || d->precision == DN_PREC_WEEK ||
        (d->flags & DN_FLAG_RELATIVE) || !d->month || !d->day)
        return d->end;
    size_t pos = d->end, lim = d->end + 4 * DNP_WORD_MAX < e->len ? d->end + 4 * DNP_WORD_MAX
                                                                  : e->len;
    dnp_token t;
    bool bracket = false;
    if (!dnp_next_token(e->text, lim, &pos, &t) || t.kind != DNP_TK_SEP || t.start != d->end)
        return d->end;
    if (t.value == ',' || t.value == '(') {
        bracket = t.value == '(';
        if (!dnp_next_token(e->text, lim, &pos, &t))
            return d->end;
    }
    if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
        !bracket) {
        if (!dnp_next_token(e->text, lim, &pos, &t))
            return d->end;
        if (t.kind == DNP_TK_SEP && t.value == '(' && !bracket) {
            bracket = true;
            if (!dnp_next_token(e->text, lim, &pos, &t))
                return d->end;
        }
    }
    if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) || !d->locale[0])
        return d->end;
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    int wd = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day));
    if (!k || (k->kinds & (1u << DNP_K_MONTH)))
        return d->end;
    /* a full name of the date's language, not an ordinary word ("et", "mit") */
    bool named = false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning && !named; q++)
        named = m[q].kind == DNP_K_WEEKDAY && m[q].value == wd &&
                !(m[q].flags & (DNP_MF_RISKY | (bracket ? 0 : DNP_MF_ABBR))) &&
                !strcmp(dnp_langs[m[q].lang].code, d->locale);
    if (!named)
        return d->end;
    if (!bracket)
        return t.end;
    return t.end < e->len && e->text[t.end] == ')' ? t.end + 1 : d->end;
}

/* Whether d's span begins with a weekday's word ("wtorek), godz. 9:00"). */
static bool first_weekday(const env *e, const dn_date *d)
{
    size_t pos = d->start;
    dnp_token t;
    if (!dnp_next_token(e->text, d->end, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    return k && (k->kinds & (1u << DNP_K_WEEKDAY));
}

/* A weekday phrase read alone just before a date that falls on that weekday ("יום שלישי, 8
   בדצמבר 2026", "u srijedu, 2. prosinca": CLDR's "this Wednesday" of Croatian is the word
   for "on Wednesday"; "thứ Sáu (20/11)"): one date, the written one, its span taking the
   weekday. Only blanks, commas and an opening bracket between. A weekday alone just after a
   date on that weekday, at most one short word between (DNP_PAGE_WEEKDAY_LINK characters
   in all: "1 декабря, во вторник", "డిసెంబర్ 3 అంటే గురువారం", 3 December, that is a
   Thursday), is that date's weekday: no date of its own. Returns the new count. */
static size_t weekday_with_date(const env *e, dn_date *out, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        dn_date *a = &out[i], *b = i + 1 < n ? &out[i + 1] : NULL;
        /* the date read with its weekday before it ("am Montag, 23. November") */
        if (b && (a->flags & DN_FLAG_RELATIVE) && b->start <= a->start && b->end >= a->end)
            continue;
        /* issue 10: a named day labelling the written date of that day ("HOXE · xoves 26 de
           novembro") */
        if (b && (a->flags & DN_FLAG_RELATIVE) && a->precision == DN_PREC_DAY &&
            !(b->flags & DN_FLAG_RELATIVE) && b->precision >= DN_PREC_DAY &&
            b->year == a->year && b->month == a->month && b->day == a->day &&
            b->start >= a->end && label_glue(e, a->end, b->start)) {
            b->start = a->start;
            continue;
        }
        if (b && (a->flags & DN_FLAG_RELATIVE) && a->precision == DN_PREC_DAY && a->weekday &&
            !(b->flags & DN_FLAG_RELATIVE) && b->precision >= DN_PREC_DAY &&
            b->weekday == a->weekday && b->start >= a->end &&
            ((b->start - a->end <= DNP_PAGE_WEEKDAY_GAP && weekday_glue(e, a->end, b->start, false)) ||
             article_glue(e, a, b->start))) {
            b->start = a->start;
            continue;
        }
        /* the date's weekday after it: the date read before it stays, the weekday goes */
        /* issue 10: so is one after a named day on that weekday, which takes it into its
           span ("Għada, il-Ġimgħa": tomorrow, Friday) */
        dn_date *p = kept ? &out[kept - 1] : NULL;
        bool named = p && (p->flags & DN_FLAG_RELATIVE) && p->precision == DN_PREC_DAY &&
                     !(p->flags & DNP_FLAG_PAGE_WEEKDAY);
        /* (so is a weekday with a time, in brackets after the date: "1 września 2026 r.
           (wtorek), godz. 9:00", the hours of the day's events) */
        bool bracketed = (a->flags & DN_FLAG_RELATIVE) && a->start > 0 &&
                         e->text[a->start - 1] == '(' && first_weekday(e, a);
        if (p && ((a->flags & DNP_FLAG_PAGE_WEEKDAY) || bracketed) && a->weekday &&
            (!(p->flags & DN_FLAG_RELATIVE) || named) && p->precision >= DN_PREC_DAY &&
            p->weekday == a->weekday && a->start >= p->end &&
            chars(e, p->end, a->start) <= DNP_PAGE_WEEKDAY_LINK &&
            weekday_glue(e, p->end, a->start, true)) {
            /* miss21: the weekday restated right after it (no word between) joins the
               date's span, with the bracket that closes it ("30 November 2026 (Monday)",
               "30 Novemba 2026, Jumatatu"; not "1 декабря, во вторник") */
            if ((named || (a->end > p->end && !may_have_words(e, p->end, a->start))) &&
                !memchr(e->text + p->end, '|', a->start - p->end))
                p->end = a->end;
            if (p->end < e->len && e->text[p->end] == ')' && bracket_open(e, p))
                p->end++;
            continue;
        }
        out[kept++] = *a;
        /* miss21: a weekday restated after it that no reading took joins its span (looked
           for only after a comma or before a bracket: most dates have neither) */
        dn_date *k = &out[kept - 1];
        /* (and the bracket its span opened, so that a time after it is read as the date's:
           "12月8日(火) 1:00〜5:00"; not before a range's link, "19일(토) ~ 20일(일)", which
           ranges reads from the bracket) */
        if (k->end < e->len && e->text[k->end] == ')' && bracket_open(e, k) &&
            !(b && b->start <= k->end) && !link_after(e, k->end + 1))
            k->end++;
        else if (k->end + 1 < e->len && (e->text[k->end] == ',' ||
                                         (e->text[k->end] == ' ' && e->text[k->end + 1] == '('))) {
            size_t end = restated_weekday(e, k);
            if (end > k->end && !(b && b->start < end))
                k->end = end;
        }
    }
    return kept;
}

/* ---- a weekday alone ------------------------------------------------------------------- */

/* Whether a weekday read alone (DNP_FLAG_PAGE_WEEKDAY) is a recurring day: another weekday
   read alone joined to it by a dash or a short word, on one line ("du lundi au vendredi",
   "Monday to Friday", "maandag t/m vrijdag"), a range of times after it ("Saturday
   10:00–16:00", opening hours), or a colon after it at the start of a line ("Monday:
   closed", "Երկուշաբթի՝ փակ է"). */
static bool weekday_recurring(const env *e, const dn_date *out, size_t n, size_t i)
{
    const dn_date *d = &out[i];
    for (size_t j = i ? i - 1 : 1; j <= i + 1 && j < n; j += 2) {
        const dn_date *o = &out[j];
        if (!(o->flags & DNP_FLAG_PAGE_WEEKDAY))
            continue;
        size_t a = j < i ? o->end : d->end, b = j < i ? d->start : o->start;
        if (b < a || b - a > DNP_PAGE_WEEKDAY_LINK)
            continue;
        bool line = true;
        for (size_t k = a; k < b && line; k++)
            line = e->text[k] != '\n' && e->text[k] != '\r';
        if (line)
            return true;
    }
    size_t k = d->end;
    while (k < e->len && e->text[k] == ' ')
        k++;
    uint32_t c = k < e->len ? (unsigned char)e->text[k] : 0;
    if (c >= 0x80) {
        UChar32 u;
        int32_t at = 0;
        U8_NEXT((const uint8_t *)e->text + k, at, (int32_t)(e->len - k < 4 ? e->len - k : 4), u);
        c = u < 0 ? 0 : (uint32_t)u, k += (size_t)at;
    } else
        k++;
    if (d->precision > DN_PREC_DAY && is_dash(c) && k < e->len && e->text[k] >= '0' &&
        e->text[k] <= '9')
        return true;
    /* a line of a timetable: the weekday first, then a colon ("Monday: closed",
       "Երկուշաբթի՝ փակ է") */
    if (c != ':' && c != 0x055D)
        return false;
    for (size_t b = d->start; b > 0 && e->text[b - 1] != '\n'; b--)
        if (!memchr(" \t*-\xE2\x80\xA2\xC2\xB7", e->text[b - 1], 9))
            return false; /* blanks and bullets only ("•", "·") */
    return true;
}

/* Whether a key is a weekday in one of the page's languages. */
static bool page_weekday(const dnp_lex_key *k, const dnp_langset *langs)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY && dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* Whether a key is a weekday cue of this value (DNP_CUE_*) in one of the page's languages. */
static bool page_cue(const dnp_lex_key *k, int value, const dnp_langset *langs)
{
    if (!(k->kinds & (1u << DNP_K_WEEKDAY_CUE)))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == value &&
            dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* The words around a weekday read alone, on its line: a weekday word of the page's languages
   among the two words before or after it is a span of days ("du lundi au vendredi", "de lunes a viernes",
   "Monday to Friday", "من الأحد إلى الخميس"), and a word after which no date stands
   (locales/ not_date, not also a filler: "every", "jeden", "todos", "κάθε", "毎週") among
   the two before it makes it recurring ("every Saturday", "todos los martes"), and so does
   a habitual article right before it (locales/ weekday_cue 2: "fermé le dimanche", "los
   lunes", "il lunedì") or a word of "any" right after it (weekday_cue 3: Vietnamese "Thứ
   bảy nào cũng kẹt xe", every Saturday there are jams). */
static bool weekday_words_recurring(const env *e, const dn_date *d, const dnp_langset *langs)
{
    size_t from = d->start > DNP_PAGE_WEEKDAY_LOOK ? d->start - DNP_PAGE_WEEKDAY_LOOK : 0;
    /* rangeyear: from the start of the word the window cuts ("திங்கள் முதல் சனி": a
       script of three bytes a letter and marks of their own), within a word's length */
    for (size_t lo = from > DNP_WORD_MAX ? from - DNP_WORD_MAX : 0;
         from > lo && e->text[from - 1] != ' ' && e->text[from - 1] != '\n';)
        from--;
    while (from > 0 && ((unsigned char)e->text[from] & 0xC0) == 0x80)
        from--;
    size_t stop = d->end + DNP_PAGE_WEEKDAY_LOOK < e->len ? d->end + DNP_PAGE_WEEKDAY_LOOK : e->len;
    uint32_t before[2] = {0, 0}; /* the kinds of the last two words before it */
    bool habit = false;          /* the word right before it is a DNP_CUE_HABIT */
    bool last_word = false;      /* the last token before a line break was a word */
    int after = 0;
    size_t pos = from;
    dnp_token t, prev = {0};
    while (pos < stop && dnp_next_token(e->text, stop, &pos, &t)) {
        if (t.start >= d->start && t.end <= d->end)
            continue;
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_NEWLINE)) {
            if (t.start >= d->end)
                break;
            /* a line that ends with a word goes on on the next one ("du lundi au\n
               vendredi") */
            if (!last_word)
                before[0] = before[1] = 0;
            continue;
        }
        last_word = t.kind == DNP_TK_WORD;
        if (t.kind != DNP_TK_WORD)
            continue;
        /* after it, a weekday of several words too ("të hënën dhe të enjten") */
        const dnp_lex_key *k = (t.flags & DNP_TF_LONG) ? NULL
                               : t.start >= d->end ? longest_key(e, stop, &pos, &t)
                                                   : word_key(e, t.fold, t.flen);
        uint32_t kinds = k ? k->kinds & ~(1u << DNP_K_WEEKDAY) : 0;
        if (k && (k->kinds & (1u << DNP_K_WEEKDAY)) && page_weekday(k, langs))
            kinds |= 1u << DNP_K_WEEKDAY;
        if (t.end <= d->start) {
            habit = k && page_cue(k, DNP_CUE_HABIT, langs);
            /* a word of two glued characters ("毎週", every week) */
            if ((t.flags & DNP_TF_ADJ) && prev.flen && prev.end == t.start &&
                prev.flen + t.flen <= DNP_WORD_MAX) {
                char two[DNP_WORD_MAX];
                memcpy(two, prev.fold, prev.flen);
                memcpy(two + prev.flen, t.fold, t.flen);
                const dnp_lex_key *k2 = dnp_lex_find(two, (size_t)(prev.flen + t.flen));
                kinds |= k2 ? k2->kinds : 0;
            } else if (prev.flen && t.start == prev.end + 1 && e->text[prev.end] == ' ' &&
                       prev.flen + 1 + t.flen <= 2 * DNP_WORD_MAX) {
                /* a weekday of two words ("Thứ Hai đến Thứ Bảy") */
                char two[2 * DNP_WORD_MAX];
                memcpy(two, prev.fold, prev.flen);
                two[prev.flen] = ' ';
                memcpy(two + prev.flen + 1, t.fold, t.flen);
                const dnp_lex_key *k2 = dnp_lex_find(two, (size_t)(prev.flen + 1 + t.flen));
                if (k2 && (k2->kinds & (1u << DNP_K_WEEKDAY)) && page_weekday(k2, langs))
                    kinds |= 1u << DNP_K_WEEKDAY;
            }
            before[0] = before[1], before[1] = kinds;
            prev = t;
            continue;
        }
        if ((kinds & (1u << DNP_K_WEEKDAY)) ||
            (after == 0 && k && page_cue(k, DNP_CUE_HABIT_AFTER, langs)))
            return true;
        if (++after == 2)
            break;
    }
    if (habit)
        return true;
    for (int q = 0; q < 2; q++)
        if ((before[q] & (1u << DNP_K_WEEKDAY)) ||
            ((before[q] & (1u << DNP_K_NOT_DATE)) && !(before[q] & (1u << DNP_K_FILLER))))
            return true;
    return false;
}

/* ---- a page of weekly slots --------------------------------------------------------------- */

/* The weekdays (bit 1 << weekday, 1 = Monday) on which the page writes dates of its own (no
   relative ones) DNP_PAGE_SLOT_DATES weeks in a row: a collection calendar's "Tue Dec 1",
   "Tue Dec 8", "Tue Dec 15". The page uses such a weekday as a weekly slot (a match report's
   Sundays a season apart do not). The first SLOT_DAYS dates are looked at. */
#define SLOT_DAYS 64
static unsigned slot_weekdays(const dn_date *out, size_t n)
{
    int64_t days[SLOT_DAYS];
    size_t m = 0;
    for (size_t i = 0; i < n && m < SLOT_DAYS; i++) {
        const dn_date *o = &out[i];
        if (!(o->flags & DN_FLAG_RELATIVE) && o->precision >= DN_PREC_DAY && greg_months(o))
            days[m++] = dnp_days_from_civil(o->year, (unsigned)o->month, (unsigned)o->day);
    }
    /* the days in a table of twice as many slots, each looked for there (issue 10: not
       each among all) */
    int64_t set[2 * SLOT_DAYS];
    bool used[2 * SLOT_DAYS] = {false};
#define SLOT_OF(v) ((size_t)(((uint64_t)(v) * 0x9E3779B97F4A7C15ull) >> 57))
    _Static_assert(2 * SLOT_DAYS == 128, "slot_weekdays: seven bits of the hash");
    for (size_t i = 0; i < m; i++) {
        size_t h = SLOT_OF(days[i]);
        while (used[h] && set[h] != days[i])
            h = (h + 1) & (2 * SLOT_DAYS - 1);
        used[h] = true, set[h] = days[i];
    }
    unsigned slots = 0;
    for (size_t i = 0; i < m; i++) {
        int run = 1;
        for (int64_t next = days[i] + 7; run < DNP_PAGE_SLOT_DATES; next += 7, run++) {
            size_t h = SLOT_OF(next);
            while (used[h] && set[h] != next)
                h = (h + 1) & (2 * SLOT_DAYS - 1);
            if (!used[h])
                break;
        }
        if (run == DNP_PAGE_SLOT_DATES)
            slots |= 1u << dnp_weekday(days[i]);
    }
#undef SLOT_OF
    return slots;
}

/* Whether a date's span begins a line of a timetable with its clock time ("19:00
   金曜ロードショー", "21:54 金曜ニュース特番"): at least DNP_PAGE_TIMETABLE_LINES lines of the
   page begin with a clock time. The time is the slot's, a weekday after it the title's. */
/* wrong31: whether the weekday alone d begins the sentence right after the date out[i - 1]
   ("до 31 січня 2027. Понеділок — вихідний": a rule of every week, or a day the text
   does not date): the scan left it out of that date, and it says nothing alone. */
static bool weekday_after_stop(const env *e, const dn_date *out, int i, const dn_date *d)
{
    if (i < 1 || out[i - 1].end >= d->start || e->text[out[i - 1].end] != '.')
        return false;
    for (size_t k = out[i - 1].end + 1; k < d->start; k++)
        if (e->text[k] != ' ')
            return false;
    return out[i - 1].end + 1 < d->start;
}

/* b33as: whether d, a weekday named alone (with its time or not), follows in its sentence a
   span of hours of no date, a clause's comma or semicolon between ("प्रतिदिन 08:00 से 20:00
   बजे तक खुले रहेंगे; रविवार को 14:00 बजे तक", open daily 08:00 to 20:00, on Sunday until
   14:00; "open daily 09:00–17:00, Sunday 10:00–14:00"): opening hours, the weekday a
   recurring day. Not "10:00–12:00 on Monday" (no clause between: that Monday's hours). */
static bool hours_clause_before(const env *e, const dn_date *out, size_t i, const dn_date *d)
{
    const char *s = e->text;
    size_t floor_ = i ? out[i - 1].end : 0, a = d->start;
    if (d->start - floor_ > DNP_PAGE_HOURS_CLAUSE_LOOK)
        floor_ = d->start - DNP_PAGE_HOURS_CLAUSE_LOOK;
    /* the clause's comma or semicolon first (most weekdays have none before them) */
    size_t c = d->start;
    while (c > floor_ && s[c - 1] != ';' && s[c - 1] != ',' && s[c - 1] != '\n' && s[c - 1] != '.')
        c--;
    if (c == floor_ || (s[c - 1] != ';' && s[c - 1] != ','))
        return false;
    while (a > floor_ && s[a - 1] != '\n' && s[a - 1] != '.' && s[a - 1] != '!' &&
           s[a - 1] != '?' &&
           !(a >= floor_ + 3 && (unsigned char)s[a - 3] == 0xE0 && (unsigned char)s[a - 2] == 0xA5 &&
             (unsigned char)s[a - 1] == 0xA4)) /* the danda */
        a--;
    size_t end1 = 0; /* where the last clock time read ends */
    size_t span_end = 0; /* where the last span of hours ends */
    for (size_t p = a; p < c; p++) {
        if (!ascii_digit(s[p]) || (p > a && (ascii_digit(s[p - 1]) || s[p - 1] == ':')))
            continue;
        int m;
        size_t q = clock_at(e, p, c, &m);
        if (!q)
            continue;
        if (end1 && days_linked(e, end1, p, false))
            span_end = q;
        end1 = q, p = q - 1;
    }
    return span_end != 0;
}

static bool timetable_line(const env *e, const dn_date *d)
{
    size_t b = d->start;
    while (b > 0 && (e->text[b - 1] == ' ' || e->text[b - 1] == '\t'))
        b--;
    if ((b > 0 && e->text[b - 1] != '\n') || !(e->text[d->start] >= '0' && e->text[d->start] <= '9'))
        return false;
    int lines = 0;
    for (size_t k = 0; k < e->len && lines < DNP_PAGE_TIMETABLE_LINES; k++) {
        if (k > 0 && e->text[k - 1] != '\n')
            continue;
        size_t q = k;
        while (q < e->len && (e->text[q] == ' ' || e->text[q] == '\t'))
            q++;
        size_t h = q;
        while (q < e->len && q - h < 3 && e->text[q] >= '0' && e->text[q] <= '9')
            q++;
        lines += q - h >= 1 && q - h <= 2 && q + 2 < e->len && e->text[q] == ':' &&
                 e->text[q + 1] >= '0' && e->text[q + 1] <= '5' && e->text[q + 2] >= '0' &&
                 e->text[q + 2] <= '9';
    }
    return lines >= DNP_PAGE_TIMETABLE_LINES;
}

/* Whether a date's span holds a weekday word of the page's languages and no word of a
   relative phrase ("19:00 金曜", "quarta-feira às 7h"; not "last Tuesday"). */
static bool weekday_and_time(const env *e, const dn_date *d, const dnp_langset *langs)
{
    size_t pos = d->start;
    dnp_token t, prev = {0};
    bool weekday = false;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG)) {
            prev.flen = 0;
            continue;
        }
        const dnp_lex_key *k = word_key(e, t.fold, t.flen);
        if (k && (k->kinds & DNP_REL_KINDS & ~(1u << DNP_K_REL_NUMBER)))
            return false;
        if (!(k && (k->kinds & (1u << DNP_K_WEEKDAY)) && page_weekday(k, langs)) &&
            (t.flags & DNP_TF_ADJ) && prev.flen && prev.flen + t.flen <= DNP_WORD_MAX) {
            /* a weekday of two glued characters ("金曜") */
            char two[DNP_WORD_MAX];
            memcpy(two, prev.fold, prev.flen);
            memcpy(two + prev.flen, t.fold, t.flen);
            k = dnp_lex_find(two, (size_t)(prev.flen + t.flen));
        }
        weekday |= k && (k->kinds & (1u << DNP_K_WEEKDAY)) && page_weekday(k, langs);
        prev = t;
    }
    return weekday;
}

/* Whether two places of the text are in one paragraph (no empty line between) at most
   DNP_PAGE_WEEKDAY_NEAR bytes apart. */
static bool same_paragraph(const env *e, size_t a, size_t b)
{
    if (b < a) {
        size_t t = a;
        a = b, b = t;
    }
    return b - a <= DNP_PAGE_WEEKDAY_NEAR && !blank_line_in(e, a, b);
}

/* Whether a date's span begins with a weekday word ("יום שישי", CLDR's "this Friday"). */
static bool starts_with_weekday(const env *e, const dn_date *d, const dnp_langset *langs)
{
    size_t pos = d->start;
    dnp_token t;
    if (!dnp_next_token(e->text, d->end, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    if (k && (k->kinds & (1u << DNP_K_PREFIX)) && !(k->kinds & (1u << DNP_K_WEEKDAY))) {
        /* a weekday of two words: "יום שישי" */
        dnp_token u, sp;
        char two[2 * DNP_WORD_MAX + 1];
        if (dnp_next_token(e->text, d->end, &pos, &sp) && sp.kind == DNP_TK_SEP &&
            (sp.flags & DNP_TF_SPACE) && dnp_next_token(e->text, d->end, &pos, &u) &&
            u.kind == DNP_TK_WORD && !(u.flags & DNP_TF_LONG)) {
            memcpy(two, t.fold, t.flen);
            two[t.flen] = ' ';
            memcpy(two + t.flen + 1, u.fold, u.flen);
            k = dnp_lex_find(two, (size_t)t.flen + 1 + u.flen);
        }
    }
    return k && (k->kinds & (1u << DNP_K_WEEKDAY)) && page_weekday(k, langs);
}

/* Whether key k names a period a recurring date comes back in: a unit of counts ("year",
   "Jahr", "año") or the language's word for year (CLDR's, DNP_CUE_YEAR_WORD: "année"). */
static bool period_word(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_WORD || (t->flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find_cue(t->fold, t->flen);
    if (!k)
        return false;
    if (k->kinds & (1u << DNP_K_REL_UNIT))
        return true;
    (void)e;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == DNP_CUE_YEAR_WORD)
            return true;
    return false;
}

/* Whether a token is a word after which no date stands (locales/ not_date) that is not
   also a filler: "every", "chaque", "jedes", "hvert", "ĉiujare"; kinds, its key's. */
static bool every_word(uint32_t kinds)
{
    return (kinds & (1u << DNP_K_NOT_DATE)) && !(kinds & (1u << DNP_K_FILLER));
}

/* Whether a token ends the reach of an every-word: a line break or a clause's punctuation
   ("Ciao a tutti, a settembre", hello all, is no "tutti i settembre"). */
static bool clause_break(const dnp_token *t)
{
    /* (the bytes of strchr(",;.!?:", v) and its NUL, without the call) */
    uint64_t v = t->value;
    return t->kind == DNP_TK_SEP && ((t->flags & DNP_TF_NEWLINE) || v == ',' || v == ';' ||
                                     v == '.' || v == '!' || v == '?' || v == ':' || v == 0);
}

/* sspeed11: where date_recurring's walk over text[from, to) may begin as well: after the
   last character there that is a clause_break other than a comma (whose break the walk
   may pass over), as every such one clears what the walk read before it: a line break, an
   ASCII ";.!?:", or their ideographic and fullwidth forms that the tokenizer reads as
   those ("。", "！", "？", "：", "；", "．"). from when there is none. */
static size_t after_last_break(const env *e, size_t from, size_t to)
{
    const unsigned char *s = (const unsigned char *)e->text;
    for (size_t k = to; k > from; k--) {
        unsigned char c = s[k - 1];
        if (c == '.' || c == '\n' || c == ':' || c == ';' || c == '!' || c == '?' || c == '\r')
            return k;
        if (k - from >= 3 && (c == 0x82 || (c >= 0x81 && c <= 0x9F)) && (s[k - 2] & 0xC0) == 0x80) {
            if ((s[k - 3] == 0xE3 && s[k - 2] == 0x80 && c == 0x82) || /* U+3002 */
                (s[k - 3] == 0xEF && s[k - 2] == 0xBC &&
                 (c == 0x81 || c == 0x8E || c == 0x9A || c == 0x9B || c == 0x9F))) /* U+FF01... */
                return k;
        }
    }
    return from;
}

/* period_word of the token at `at` of the text up to lim (SIZE_MAX: none, false). */
static bool period_at(const env *e, size_t at, size_t lim)
{
    dnp_token t;
    return at != SIZE_MAX && dnp_next_token(e->text, lim, &at, &t) && period_word(e, &t);
}

/* Whether a date without a year recurs: on its line, fillers passed over, right before it a
   word after which no date stands (locales/ not_date, not also a filler: "every",
   "ĉiujare", "jedes", "hvert"), or such a word and a period's word ("Ĉiujare la 15-an de
   decembro", every year on 15 December; "hvert år i oktober", every year in October); or
   right after it such a word and a period's word ("au 1er janvier de chaque année", "le
   15 août chaque année"). Not a not_date word further before it, with other words between:
   "section opens on 19 December" is a date. */
static bool date_recurring(const env *e, const dn_date *d)
{
    size_t from = d->start > DNP_PAGE_WEEKDAY_LOOK ? d->start - DNP_PAGE_WEEKDAY_LOOK : 0;
    while (from > 0 && ((unsigned char)e->text[from] & 0xC0) == 0x80)
        from--;
    from = after_last_break(e, from, d->start);
    uint32_t before[3] = {0, 0, 0}; /* the kinds of the last three words (0: a number) */
    /* where each of them begins, when it is a word (SIZE_MAX: none, a number): whether it
       names a period is asked only when that decides (issue 10), of the token read again
       from there, as it was read here */
    size_t word_at[3] = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
    size_t pos = from;
    dnp_token t;
    while (pos < d->start && dnp_next_token(e->text, d->start, &pos, &t)) {
        /* b30fix: a comma after the every-word and its period stays in their clause ("Cada
           any, el 26 de desembre", every year, on 26 December) */
        if (clause_break(&t) && t.kind == DNP_TK_SEP && t.value == ',' && every_word(before[1]) &&
            period_at(e, word_at[2], d->start))
            continue;
        if (clause_break(&t)) {
            memset(before, 0, sizeof before);
            word_at[0] = word_at[1] = word_at[2] = SIZE_MAX;
        }
        if (t.kind != DNP_TK_WORD && t.kind != DNP_TK_NUM)
            continue;
        const dnp_lex_key *k = t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG)
                                   ? NULL : word_key(e, t.fold, t.flen);
        if (k && (k->kinds & (1u << DNP_K_FILLER)) && !(k->kinds & (1u << DNP_K_NOT_DATE)))
            continue; /* past the article or preposition: "la 15-an", "on 15 December" */
        before[0] = before[1], before[1] = before[2], before[2] = k ? k->kinds : 0;
        word_at[0] = word_at[1], word_at[1] = word_at[2];
        word_at[2] = t.kind == DNP_TK_WORD ? t.start : SIZE_MAX;
    }
    /* the every-word right before it, or before a period's word (an article between them
       or a preposition after it: "todos los años el", "hvert år i") */
    if (every_word(before[2]) ||
        ((every_word(before[1]) || every_word(before[0])) && period_at(e, word_at[2], d->start)) ||
        (every_word(before[0]) && period_at(e, word_at[1], d->start)))
        return true;
    /* after it: "de chaque année", "every year" */
    size_t stop = d->end + DNP_PAGE_WEEKDAY_LOOK < e->len ? d->end + DNP_PAGE_WEEKDAY_LOOK : e->len;
    pos = d->end;
    int every = 0; /* the words read after the every-word, plus one */
    while (pos < stop && dnp_next_token(e->text, stop, &pos, &t)) {
        if (clause_break(&t) || t.kind == DNP_TK_NUM)
            return false;
        if (t.kind != DNP_TK_WORD)
            continue;
        if (every) { /* its period's word, an article between at most ("todos los años") */
            if (period_word(e, &t))
                return true;
            if (++every > 2)
                return false;
            continue;
        }
        const dnp_lex_key *k = (t.flags & DNP_TF_LONG) ? NULL : word_key(e, t.fold, t.flen);
        if (k && (k->kinds & (1u << DNP_K_FILLER)) && !(k->kinds & (1u << DNP_K_NOT_DATE)))
            continue;
        if (!k || !every_word(k->kinds))
            return false;
        every = 1;
    }
    return false;
}

/* The sentence of a weekday read alone (sentence_tense) and its future words of the page's
   languages (locales/ weekday_cue 1: "will", "wird", "sal", "mun", "будет"): "The minister will
   meet them on Monday". The sentence: from the last '.', '!', '?' or line break before the weekday
   to the next, at most DNP_PAGE_SENTENCE bytes either side. */
/* misses19: whether the quotation mark at text[a, b) opens (1) or closes (-1) a quotation,
   by where it stands: a blank (or the text's edge) before it and none after it opens ("„Пробното",
   "«Ainsi"); a blank or punctuation after it and none before closes ("включително“,"); 0 for
   another character or a mark between two blanks. */
static int quote_side(const env *e, size_t a, size_t b)
{
    uint32_t c = 0;
    int32_t i = (int32_t)a;
    UChar32 u;
    U8_NEXT((const uint8_t *)e->text, i, (int32_t)b, u);
    c = (uint32_t)u;
    if (!(c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB ||
          c == 0x300C || c == 0x300D || c == 0x300E || c == 0x300F))
        return 0;
    bool blank_before = a == 0 || e->text[a - 1] == ' ' || e->text[a - 1] == '\n' ||
                        e->text[a - 1] == '\t';
    bool blank_after = b >= e->len || e->text[b] == ' ' || e->text[b] == '\n' ||
                       e->text[b] == ',' || e->text[b] == '.' || e->text[b] == ';' ||
                       e->text[b] == ':' || e->text[b] == '!' || e->text[b] == '?' ||
                       e->text[b] == ')';
    return blank_before && !blank_after ? 1 : !blank_before && blank_after ? -1 : 0;
}

/* weekdir: the tense a sentence gives a weekday read alone: 1 future, -1 past, 0 none.
   A past word (locales/ weekday_past: "robił", "enviada", "достигли", vi "hôm") right
   before or after the weekday, past fillers ("mąż robił w piątek", "enviada
   segunda-feira", "в пятницу достигли", "hôm thứ Ba ... sẽ vận hành") says past, unless a
   future word stands right before the past one ("será enviado segunda-feira"); else a
   future word of the sentence says future; else a past word of it says past. */
static int cue_lang_of(const dnp_lex_key *k, int value, const dnp_langset *langs, int first);
/* weekdir: whether text[k] ends the sentence sentence_tense reads: '.', '!', '?' or a line
   break, not a '.' between digits ("pred 24.500 gledatelja svladao") */
static bool tense_end(const env *e, size_t k)
{
    char c = e->text[k];
    if (c == '.')
        return !(k > 0 && k + 1 < e->len && e->text[k - 1] >= '0' && e->text[k - 1] <= '9' &&
                 e->text[k + 1] >= '0' && e->text[k + 1] <= '9');
    return c == '!' || c == '?' || c == '\n';
}

static int sentence_tense(const env *e, const dn_date *d, const dnp_langset *langs)
{
    size_t a = d->start, lo = a > DNP_PAGE_SENTENCE ? a - DNP_PAGE_SENTENCE : 0;
    while (a > lo && !tense_end(e, a - 1))
        a--;
    size_t b = d->end, hi = b + DNP_PAGE_SENTENCE < e->len ? b + DNP_PAGE_SENTENCE : e->len;
    while (b < hi && !tense_end(e, b))
        b++;
    while (a < d->start && ((unsigned char)e->text[a] & 0xC0) == 0x80)
        a++;
    size_t pos = a;
    dnp_token t;
    /* misses19: a quotation that closes before the date, or opens after it, is another's
       words ("„... ще продължи до 15 декември“, каза ... във вторник": said on Tuesday,
       past): its future words are not the date's (quote_side) */
    bool future = false, past = false;
    int before = 0;     /* the cue of the last word before the weekday (fillers skipped) */
    int after = 2;      /* of the first word after it; 2: none read yet */
    int last = 0;       /* the cue of the word read last */
    while (pos < b && dnp_next_token(e->text, b, &pos, &t)) {
        if (t.kind == DNP_TK_SEP) {
            int q = quote_side(e, t.start, t.end);
            if (q > 0 && t.start >= d->end)
                break;
            if (q < 0 && t.start < d->start)
                future = past = false, before = 0;
            continue;
        }
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG)) {
            last = 0;
            if (t.start >= d->end && after == 2)
                after = 0;
            else if (t.end <= d->start)
                before = 0;
            continue;
        }
        const dnp_lex_key *k = word_key(e, t.fold, t.flen);
        /* (a past word sets no bit of the kinds: dnp_lex_find_cue finds it) */
        int v = k && page_cue(k, DNP_CUE_FUTURE, langs) ? 1
                : cue_lang_of(k ? k : dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_PAST, langs,
                              -1) >= 0
                    ? -1
                    : 0;
        if (v < 0 && last > 0)
            v = 1; /* a participle after a future auxiliary: "será enviado" (will be sent) */
        last = v;
        future |= v > 0, past |= v < 0;
        if (t.start < d->end && t.end > d->start)
            continue; /* a word of the date itself */
        if (!v && k && (k->kinds & (1u << DNP_K_FILLER)))
            continue;
        if (t.end <= d->start)
            before = v;
        else if (after == 2)
            after = v;
    }
    if (before < 0 || after < 0)
        return -1;
    return future ? 1 : past ? -1 : 0;
}

/* reldir: "today" set against a past year written before it in its sentence is nowadays, no
   day ("Перша версія вийшла у 2019 році; сьогодні нею користуються 48 000": came out in
   2019; today 48,000 use it; "In 1990 the town had 5,000 people; today it has 20,000").
   Drops such a named day (no number, a day's precision) from out[0, n). */
static size_t nowadays(const env *e, dn_date *out, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const dn_date *d = &out[i];
        bool drop = false;
        if ((d->flags & DN_FLAG_RELATIVE) && d->precision == DN_PREC_DAY && i > 0 &&
            d->year == e->now_year && d->month == e->now_month && d->day == e->now_day &&
            !has_number(e, d->start, d->end)) {
            /* the sentence's start: the last '.', '!', '?' or line break before it, at most
               DNP_PAGE_SENTENCE bytes back (sentence_tense's) */
            size_t a = d->start, lo = a > DNP_PAGE_SENTENCE ? a - DNP_PAGE_SENTENCE : 0;
            while (a > lo && !tense_end(e, a - 1))
                a--;
            for (size_t j = i; j-- > 0 && out[j].start >= a && !drop;)
                drop = out[j].precision == DN_PREC_YEAR && !(out[j].flags & DN_FLAG_RELATIVE) &&
                       out[j].year < e->now_year;
        }
        if (!drop && kept++ != i)
            out[kept - 1] = *d;
    }
    return kept;
}

/* reldir: a named day read as the past whose word is also the same unit ahead (Hindi, Urdu
   "कल", "کل": yesterday and tomorrow; DNP_FLAG_PAGE_TWO_WAYS): its sentence's tense decides
   (sentence_tense: "کل ... ریکارڈ کیا گیا", recorded, is yesterday; "कल बारिश होगी", will
   rain, tomorrow). With neither the past stays, as a bare weekday's, at
   DNP_CONF_PAGE_TWO_WAYS: a guess. */
static void two_ways_day(const env *e, dn_date *d, const dnp_langset *langs)
{
    int tense = langs ? sentence_tense(e, d, langs) : 0;
    if (tense == 0 && d->confidence > DNP_CONF_PAGE_TWO_WAYS)
        d->confidence = DNP_CONF_PAGE_TWO_WAYS;
    if (tense <= 0 || d->precision < DN_PREC_DAY || d->precision == DN_PREC_WEEK)
        return;
    int64_t day = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
    if (day >= e->now_days)
        return;
    int64_t ahead = e->now_days + (e->now_days - day);
    dnp_civil_from_days(ahead, &d->year, &d->month, &d->day);
    d->weekday = dnp_weekday(ahead);
}

/* weekdir: whether a weekday read alone is a comment's or post's stamp: its line holds a
   '·' before it (the writer's name: "Lois · venres ás 9:47") and nothing after it. A stamp
   tells when the words were written: past. */
static bool stamp_weekday(const env *e, const dn_date *d)
{
    size_t k = d->end;
    while (k < e->len && (e->text[k] == ' ' || e->text[k] == '\t' || e->text[k] == '\r'))
        k++;
    if (k < e->len && e->text[k] != '\n')
        return false;
    for (size_t a = d->start; a > 1 && e->text[a - 1] != '\n'; a--)
        if ((unsigned char)e->text[a - 2] == 0xC2 && (unsigned char)e->text[a - 1] == 0xB7)
            return true;
    return false;
}

/* Whether a weekday alone after out[i] in its sentence stays in the days just past and
   falls after `day`: the sentence tells them in order ("Баасан гарагт захиалсан, Даваа
   гарагт ирсэн": ordered on Friday, came on Monday), so out[i] is past too. */
static bool told_in_order(const env *e, const dn_date *out, size_t n, size_t i, int64_t day)
{
    for (size_t j = i + 1; j < n; j++) {
        const dn_date *o = &out[j];
        bool same = true;
        for (size_t k = out[i].end; k < o->start && same; k++)
            same = !strchr(".!?\n", e->text[k]);
        if (!same)
            return false;
        if (!(o->flags & DNP_FLAG_PAGE_WEEKDAY))
            continue;
        int64_t od = dnp_days_from_civil(o->year, (unsigned)o->month, (unsigned)o->day);
        return od > day && e->now_days - od <= DNP_PAGE_WEEKDAY_BACK;
    }
    return false;
}

/* The day a weekday read alone names on this page. Read alone it is the latest such day on
   or before the reference; on a page, the next one when
   - the page writes a date on the next one and none on that one, at most
     DNP_PAGE_WEEKDAY_NEAR bytes away ("od ponedeljka" above works announced "od 30.
     novembra"; and the other way round);
   - never when its sentence says past, or it is a comment's stamp (sentence_tense,
     stamp_weekday);
   - else, when its sentence holds a future word (sentence_tense);
   - else, when that day is more than DNP_PAGE_WEEKDAY_BACK days back: a page names a day of
     the week just past or the days just ahead by their weekday ("á föstudag" written on a
     Thursday is the next day), one further back by "last" or its date; unless a weekday
     after it in its sentence stays in the days just past (told_in_order). */
static void weekday_day(const env *e, const dn_date *out, size_t n, size_t i, dn_date *d,
                        const dnp_langset *langs)
{
    int64_t day = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
    bool past = false, next = false;
    /* the dates near it (out is in text order): a page of many weekdays stays linear */
    size_t j0 = i, j1 = i;
    while (j0 > 0 && out[j0 - 1].end + DNP_PAGE_WEEKDAY_NEAR >= d->start)
        j0--;
    while (j1 < n && out[j1].start <= d->end + DNP_PAGE_WEEKDAY_NEAR)
        j1++;
    for (size_t j = j0; j < j1; j++) {
        const dn_date *o = &out[j];
        if ((o->flags & DN_FLAG_RELATIVE) || o->precision < DN_PREC_DAY)
            continue;
        int64_t od = dnp_days_from_civil(o->year, (unsigned)o->month, (unsigned)o->day);
        past |= od == day;
        next |= od == day + 7;
    }
    int tense = day < e->now_days ? (stamp_weekday(e, d) ? -1 : sentence_tense(e, d, langs)) : 0;
    /* b29fix: a future word of its own sentence says more than a date near it that falls
       on that weekday ("Beidh ... Dé hAoine." above another notice's "20 Samhain 2026") */
    bool ahead = day < e->now_days && tense >= 0 &&
                 (tense > 0 ||
                  (past != next ? next
                                : e->now_days - day > DNP_PAGE_WEEKDAY_BACK && tense == 0 &&
                                      !told_in_order(e, out, n, i, day)));
    if (ahead) {
        dnp_civil_from_days(day + 7, &d->year, &d->month, &d->day);
        d->weekday = dnp_weekday(day + 7);
    }
}

/* issue 10: whether d's counted phrase ("5分前", five minutes before) is glued after a
   noun of two ideographs or katakana or more, no date word: it then counts from that
   event, not from now ("終了5分前から入札があった場合": from five minutes before the
   auction's end; "発売3日前": three days before the release). One such character alone
   before it is the phrase's own word ("約5分前", about), as is a word of the lexicon
   (Chinese "于", at). */
static bool counted_from_noun(const env *e, const dn_date *d)
{
    unsigned char c0 = (unsigned char)e->text[d->start];
    if (!(d->flags & DN_FLAG_RELATIVE) || d->start == 0 ||
        !((c0 >= '0' && c0 <= '9') || c0 == 0xEF))
        return false;
    int32_t i = (int32_t)d->start;
    for (int k = 0; k < 2; k++) {
        UChar32 c;
        int32_t end = i;
        if (i <= 0)
            return false;
        U8_PREV((const uint8_t *)e->text, 0, i, c);
        if (c < 0)
            return false;
        int sc = dnp_script_of(c);
        if ((sc != USCRIPT_HAN && sc != USCRIPT_KATAKANA && c != 0x30FC /* "ゲーム" */) ||
            (k == 0 && dnp_lex_find(e->text + i, (size_t)(end - i))))
            return false;
    }
    return true;
}

/* issue 10: whether d's counted phrase follows, past one blank, a word whose ending (the
   last DNP_PAGE_REL_FROM_CHARS characters or fewer, not the whole word) is a rel_from_suffix
   of the page's languages: the phrase then counts from that word's event, not from now
   (Uzbek "joʻnashdan 24 soat oldin": 24 hours before departure, "oldin" being "ago" too;
   Turkish "kalkıştan 2 saat önce"). */
static int cue_lang_of(const dnp_lex_key *k, int value, const dnp_langset *langs, int first);
static bool counted_from_event(const env *e, const dn_date *d, const dnp_langset *langs)
{
    if (!(d->flags & DN_FLAG_RELATIVE) || d->start < 2 || e->text[d->start - 1] != ' ')
        return false;
    size_t w = d->start - 1, ws = w;
    while (ws > 0 && w - ws < DNP_WORD_MAX &&
           ((unsigned char)e->text[ws - 1] >= 0x80 ||
            ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
        ws--;
    dnp_token t = {0};
    size_t pos = ws;
    while (pos < w && dnp_next_token(e->text, w, &pos, &t))
        ;
    if (t.kind != DNP_TK_WORD || t.end != w || (t.flags & DNP_TF_LONG))
        return false;
    /* the endings, shortest first: each starts at a character boundary of the fold */
    size_t off = t.flen;
    for (int chars = 0; chars < DNP_PAGE_REL_FROM_CHARS && off > 1; chars++) {
        do
            off--;
        while (off > 0 && ((unsigned char)t.fold[off] & 0xC0) == 0x80);
        if (off == 0)
            break;
        if (cue_lang_of(dnp_lex_find_cue(t.fold + off, t.flen - off), DNP_CUE_REL_FROM, langs,
                        -1) >= 0)
            return true;
    }
    return false;
}

/* ---- the year a sentence gives ------------------------------------------------------------ */

/* Whether text[k] ends a sentence or a clause: a line break, '!', '?', ';', '|', '·', a
   comma before a blank, or a '.' that is no ordinal's ("13. päivänä", "3. März"; a year's
   before a capital letter is a full stop). */
static bool sentence_end_slow(const env *e, size_t k);
/* sentence_end's answer for the commonest bytes inline (issue 10: read byte by byte back
   over a clause): no ASCII letter, digit or blank ends one */
static inline bool sentence_end(const env *e, size_t k)
{
    /* the bytes sentence_end_slow may answer yes at: its ASCII marks, and the last byte of
       each of its marks beyond ASCII (issue 10: no lead byte, most continuation bytes of a
       page in another script end none) */
    static const bool may_end[256] = {
        [','] = 1, ['.'] = 1, ['\n'] = 1, ['\r'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1,
        ['|'] = 1, ['('] = 1, [')'] = 1, [0x80] = 1, [0x81] = 1, [0x82] = 1, [0x88] = 1,
        [0x89] = 1, [0x8B] = 1, [0x8C] = 1, [0x94] = 1, [0x9B] = 1, [0x9F] = 1, [0xA2] = 1,
        [0xA4] = 1, [0xA5] = 1, [0xA6] = 1, [0xB7] = 1,
    };
    if (!may_end[(unsigned char)e->text[k]])
        return false;
    return sentence_end_slow(e, k);
}

static __attribute__((noinline)) bool sentence_end_slow(const env *e, size_t k)
{
    unsigned char c = (unsigned char)e->text[k];
    if (c == ',') /* a clause's: "im Juni 2024, die letzte Wartung war am 14.09." */
        return k + 1 < e->len && (e->text[k + 1] == ' ' || e->text[k + 1] == '\n');
    if (c == '.') {
        /* a year's dot before a capital ends it: "fis-16 ta' Frar 2025. F'Ottubru, ..." */
        size_t digits = 0;
        while (digits < k && e->text[k - 1 - digits] >= '0' && e->text[k - 1 - digits] <= '9')
            digits++;
        if (!digits)
            return true;
        return digits >= 3 && k + 2 < e->len && e->text[k + 1] == ' ' &&
               e->text[k + 2] >= 'A' && e->text[k + 2] <= 'Z';
    }
    if (c == 0xB7 && k > 0 && (unsigned char)e->text[k - 1] == 0xC2)
        return true;
    /* issue 10: the full stop, comma, exclamation and question marks and semicolon of CJK
       text ("。", "，", "、", "！", "？", "；"), an ellipsis ("…"), and the ideographic space,
       which parts fields in text that has no spaces ("去年是在西安吧　　11月25日 08:15": a
       post, then its stamp) */
    if (k >= 2 && c >= 0x80) {
        unsigned char a = (unsigned char)e->text[k - 2], b = (unsigned char)e->text[k - 1];
        if ((a == 0xE3 && b == 0x80 && (c == 0x80 || c == 0x81 || c == 0x82)) ||
            (a == 0xEF && b == 0xBC && (c == 0x8C || c == 0x81 || c == 0x9F || c == 0x9B)) ||
            (a == 0xE2 && b == 0x80 && c == 0xA6))
            return true;
    }
    /* the full stops and question marks of other scripts: Arabic and Urdu "۔" "؟" "؛",
       Armenian "։", Devanagari "।" "॥", Ethiopic "።", Myanmar "။", Khmer "។" ("... 2027ء
       تک ہوں گی۔ ... 30 نومبر کو": the sentence before gives no year) */
    if (k >= 1 && c >= 0x80 && c < 0xC0) {
        unsigned char b = (unsigned char)e->text[k - 1];
        if ((b == 0xDB && c == 0x94) || (b == 0xD8 && (c == 0x9F || c == 0x9B)) ||
            (b == 0xD6 && c == 0x89))
            return true;
        if (k >= 2) {
            unsigned char a = (unsigned char)e->text[k - 2];
            if ((a == 0xE0 && b == 0xA5 && (c == 0xA4 || c == 0xA5)) ||
                (a == 0xE1 && ((b == 0x8D && c == 0xA2) || (b == 0x81 && c == 0x8B) ||
                               (b == 0x9F && c == 0x94))))
                return true;
        }
    }
    /* an opening bracket (a stamp in brackets is a clause of its own: "從民國108年等到現在
       ……（11/24 18:05）"), full-width too, and an ellipsis */
    if (k >= 2 && (((unsigned char)e->text[k - 2] == 0xEF && (unsigned char)e->text[k - 1] == 0xBC &&
                    c == 0x88) ||
                   ((unsigned char)e->text[k - 2] == 0xE2 && (unsigned char)e->text[k - 1] == 0x80 &&
                    c == 0xA6)))
        return true;
    /* a closing bracket too: a year in brackets is the bracket's ("\"ওরা ১১ জন\" (১৯৭২
       সালে মুক্তিপ্রাপ্ত) – ১৬ ডিসেম্বর": a film of 1972, shown on 16 December) */
    if (k >= 2 && (unsigned char)e->text[k - 2] == 0xEF && (unsigned char)e->text[k - 1] == 0xBC &&
        c == 0x89)
        return true;
    return c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == '|' || c == '(' ||
           c == ')';
}

/* issue 10: the year that puts out[i], a day and month without one, inside the span of two
   dates with their years written before it in its sentence (past commas, within
   DNP_PAGE_SPAN_BACK bytes), when one year does: "од 24. децембра 2026. до 8. јануара 2027.
   ..., осим 7. јануара" (except 7 January) is 2027-01-07. 0 when none. */
static int span_year(const env *e, const dn_date *out, size_t i)
{
    const dn_date *d = &out[i];
    if (d->precision < DN_PREC_DAY || i < 2)
        return 0;
    const dn_date *x = &out[i - 2], *y = &out[i - 1];
    if (x->start + DNP_PAGE_SPAN_BACK < d->start || y->end > d->start ||
        x->precision < DN_PREC_DAY || y->precision < DN_PREC_DAY ||
        ((x->flags | y->flags) & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) ||
        !greg_months(x) || !greg_months(y))
        return 0;
    for (size_t k = x->end; k < d->start; k++)
        if (e->text[k] != ',' && sentence_end(e, k))
            return 0;
    int64_t from = dnp_days_from_civil(x->year, (unsigned)x->month, (unsigned)x->day);
    int64_t to = dnp_days_from_civil(y->year, (unsigned)y->month, (unsigned)y->day);
    if (to <= from || to - from > 366)
        return 0;
    int found = 0;
    for (int yr = x->year; yr <= y->year; yr++) {
        if (d->day > dnp_days_in_month(yr, d->month))
            continue;
        int64_t t = dnp_days_from_civil(yr, (unsigned)d->month, (unsigned)d->day);
        if (t >= from && t <= to) {
            if (found)
                return 0;
            found = yr;
        }
    }
    return found;
}

/* issue 10: the year of the date o that follows d, a day and month without one, as the
   next of one list ("14 de fevereiro e de 2 a 6 de junho de 2026", "on 3 March and 5 May
   2025"): at most DNP_PAGE_LIST_AND bytes between them, one of them a word that joins
   ("e", "and", "und": CLDR's list and unit patterns, DNP_K_REL_AND), no end of a clause,
   and o later in the year. 0 when none. */
static int list_year_after(const env *e, const dn_date *d, const dn_date *o)
{
    if (o->start < d->end || o->start - d->end > DNP_PAGE_LIST_AND ||
        (o->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) ||
        o->precision < DN_PREC_MONTH || o->precision == DN_PREC_WEEK || !greg_months(o) ||
        o->month * 32 + (o->precision >= DN_PREC_DAY ? o->day : 0) <=
            d->month * 32 + (d->precision >= DN_PREC_DAY ? d->day : 0))
        return 0;
    bool joined = false;
    size_t pos = d->end;
    dnp_token t;
    for (size_t k = d->end; k < o->start; k++)
        if (sentence_end(e, k))
            return 0;
    while (!joined && pos < o->start && dnp_next_token(e->text, o->start, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
        joined = k && (k->kinds & (1u << DNP_K_REL_AND));
    }
    return joined ? o->year : 0;
}

/* A date without a year in a sentence that names its year before it takes that year: the
   year of a date written earlier in the sentence ("alkoivat lokakuussa 1939 ja katkesivat
   marraskuun 13. päivänä"; a named year: "eelmisel aastal lõikasin märtsis"), else a year
   after a preposition in it ("que en 2027 se celebra o 9 de febreiro"). The sentence is a
   clause here (sentence_end), read at most DNP_PAGE_CLAUSE bytes back. A date of an earlier sentence gives none (a news page cites
   older events first). True when the sentence gives it a year (its own reading's too). */
static bool span_names_weekday(const env *e, const dn_date *d);

static bool sentence_year(const env *e, dn_date *out, size_t n, size_t i)
{
    dn_date *d = &out[i];
    size_t lo = d->start > DNP_PAGE_CLAUSE ? d->start - DNP_PAGE_CLAUSE : 0, a = d->start;
    while (a > lo && !sentence_end(e, a - 1))
        a--;
    int year = 0;
    size_t from = a; /* a bare year is looked for after the last date of the sentence */
    for (size_t j = i; j-- > 0 && out[j].end > a;) {
        const dn_date *o = &out[j];
        if (o->start < a || o->end > d->start)
            continue;
        bool named_year = (o->flags & DN_FLAG_RELATIVE) && o->precision == DN_PREC_YEAR;
        if ((o->flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) && !named_year)
            break; /* the sentence's last date has no year of its own */
        if (o->precision >= DN_PREC_YEAR && !(o->flags & DN_FLAG_EPOCH))
            year = o->year;
        /* issue 10: a date ahead whose sentence names a later one first keeps the
           reference's year when that puts it between the reference and that date, within
           DNP_YEAR_AHEAD_MONTHS ("Předprodej na leden 2027 začíná 1. prosince": the presale
           for January 2027 opens on 1 December of the reference's year; as "za leto 2027"
           below) */
        if (year > d->year && d->year == e->now_year && d->precision >= DN_PREC_DAY &&
            o->precision >= DN_PREC_MONTH && greg_months(o)) {
            int ly = e->now_year, lm = e->now_month, ld = e->now_day;
            dnp_add_months(&ly, &lm, &ld, DNP_YEAR_AHEAD_MONTHS);
            int64_t t = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
            int64_t ot = dnp_days_from_civil(o->year, (unsigned)o->month,
                                             (unsigned)(o->precision >= DN_PREC_DAY ? o->day : 1));
            if (t >= e->now_days && t < ot &&
                t <= dnp_days_from_civil(ly, (unsigned)lm, (unsigned)ld))
                return true;
        }
        /* the sentence goes forwards: a day earlier in the year than the date before it is
           the next year's when it turns the year ("29 December 2026 – 4 January",
           "2026年12月29日～1月4日"; not "18 November 2026 and 15 November") */
        if (year && o->precision >= DN_PREC_DAY && d->precision >= DN_PREC_MONTH &&
            dnp_list_turns_year(o->month, o->day, d->month,
                                d->precision >= DN_PREC_DAY ? d->day : 0))
            year++;
        from = o->end;
        break;
    }
    /* miss21: a named year just before it, a comma and one short word at most between
       ("last year, Disyembre 28", "L'année dernière, le 28 décembre"): its year */
    if (!year && i > 0 && (out[i - 1].flags & DN_FLAG_RELATIVE) &&
        out[i - 1].precision == DN_PREC_YEAR && out[i - 1].end <= d->start &&
        out[i - 1].end >= lo && weekday_glue(e, out[i - 1].end, d->start, true))
        year = out[i - 1].year;
    if (!year)
        year = span_year(e, out, i);
    if (!year && i + 1 < n)
        year = list_year_after(e, d, &out[i + 1]);
    for (size_t k = from; !year && k + 4 <= d->start; k++) {
        const char *t = e->text + k;
        if (!(t[0] >= '1' && t[0] <= '2' && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' &&
              t[2] <= '9' && t[3] >= '0' && t[3] <= '9'))
            continue;
        /* after a preposition ("en 2027", "in 2027"), not a noun ("za leto 2027": the
           vignette of 2027, on sale from 1 December) */
        size_t w = k;
        while (w > from && t[-1] == ' ' && w == k)
            w--;
        size_t ws = w;
        while (ws > from && ((unsigned char)e->text[ws - 1] >= 0x80 ||
                             ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
            ws--;
        bool prep = w < k && w > ws && w - ws <= DNP_PREP_BYTES;
        bool alone = prep && (k + 4 == e->len || strchr(" \t),", t[4]));
        int v = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
        if (alone && v >= DNP_PAGE_YEAR_MIN && v <= e->now_year + DNP_PAGE_YEAR_AHEAD)
            year = v;
        k += 3;
    }
    if (!year || (d->precision >= DN_PREC_DAY && d->day > dnp_days_in_month(year, d->month)))
        return false;
    if (year == d->year)
        return true;
    /* issue 10: a weekday written with the date chose its year; a year of the sentence on
       which it falls on another day is not carried over it ("Marii Uniri din 1 decembrie
       1918 va avea loc luni, 30 noiembrie": Monday 30 November of the reference's year) */
    if (d->precision >= DN_PREC_DAY && d->weekday &&
        dnp_weekday(dnp_days_from_civil(year, (unsigned)d->month, (unsigned)d->day)) !=
            d->weekday &&
        span_names_weekday(e, d))
        return true;
    d->year = year;
    d->flags &= ~DN_FLAG_YEAR_IMPLIED;
    if (d->precision >= DN_PREC_DAY)
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                     (unsigned)d->day));
    return true;
}

/* Whether the span of d holds a weekday word of its language, no month ("giovedì 7
   gennaio"; not the "an" of Basque "urtarrilaren 8an"): its year was chosen by it. */
static bool span_names_weekday(const env *e, const dn_date *d)
{
    int l = d->locale[0] ? dnp_lang_find(d->locale, strlen(d->locale)) : -1;
    size_t pos = d->start;
    dnp_token t;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
        if (!k || !(k->kinds & (1u << DNP_K_WEEKDAY)) || (k->kinds & (1u << DNP_K_MONTH)))
            continue;
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        for (uint32_t q = 0; q < k->nmeaning; q++)
            if (m[q].kind == DNP_K_WEEKDAY && (l < 0 || m[q].lang == (unsigned)l))
                return true;
    }
    return false;
}

/* issue 10: on a page that looks ahead (policy.h's DNP_PAGE_AHEAD_*: most of its dates with
   a year lie after the reference), a day and month without a year read in the reference's
   year before it takes the next year when that is within DNP_YEAR_AHEAD_MONTHS ahead: the
   school calendar's "urtarrilaren 8an", the museum's "No 11. janvāra līdz 15. janvārim" seen
   on 2026-11-26 are in 2027. Not with a weekday that chose the year, nor with a preference
   the caller set (dn_options.prefer), nor when its sentence gives the year (sentence_year).
   Whether the page looks ahead: */
static bool page_ahead(const env *e, const dn_date *out, size_t n)
{
    if (e->p->prefer != DN_PREFER_AUTO)
        return false;
    int ahead = 0, behind = 0;
    for (size_t i = 0; i < n; i++) {
        const dn_date *d = &out[i];
        if ((d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH)) || d->precision < DN_PREC_DAY ||
            d->precision == DN_PREC_WEEK || !greg_months(d))
            continue;
        int64_t t = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
        /* the dates of the page's present: a year back at most (a history cited is none),
           a date without a year only ahead (one behind is what is decided here) */
        ahead += t > e->now_days;
        behind += t < e->now_days && t >= e->now_days - DNP_PAGE_AHEAD_BACK_DAYS &&
                  !(d->flags & DN_FLAG_YEAR_IMPLIED);
    }
    return ahead >= DNP_PAGE_AHEAD_MIN && ahead >= DNP_PAGE_AHEAD_RATIO * behind;
}

/* page_ahead's next year for d, a day and month read in the reference's year before it
   whose sentence gave it none (langs: the page's languages, NULL when unknown). */
static void next_year_ahead(const env *e, dn_date *d, const dnp_langset *langs)
{
    if (d->precision < DN_PREC_DAY || d->precision == DN_PREC_WEEK ||
        d->year != e->now_year || d->day > dnp_days_in_month(d->year + 1, d->month))
        return;
    int ly = e->now_year, lm = e->now_month, ld = e->now_day;
    dnp_add_months(&ly, &lm, &ld, DNP_YEAR_AHEAD_MONTHS);
    int64_t limit = dnp_days_from_civil(ly, (unsigned)lm, (unsigned)ld);
    int64_t now_t = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day);
    int64_t next_t = dnp_days_from_civil(d->year + 1, (unsigned)d->month, (unsigned)d->day);
    if (now_t >= e->now_days || next_t > limit || span_names_weekday(e, d))
        return;
    /* rest36: nor a day of a sentence told in the past ("La hice para el cumpleaños de mi
       hija el 2 de febrero": I made it; locales/ weekday_past) */
    if (langs && sentence_tense(e, d, langs) < 0)
        return;
    d->year++;
    d->weekday = dnp_weekday(next_t);
}

/* Whether out[i], a weekday read alone or a phrase that begins with a weekday ("יום שישי",
   CLDR's "this Friday"), is a recurring day by its own words and neighbours
   (weekday_recurring, weekday_words_recurring). */
static bool weekday_recurs(const env *e, const dn_date *out, size_t n, size_t i,
                           const dnp_langset *langs)
{
    const dn_date *d = &out[i];
    if (d->flags & DNP_FLAG_PAGE_WEEKDAY)
        return weekday_recurring(e, out, n, i) || weekday_words_recurring(e, d, langs);
    return (d->flags & DN_FLAG_RELATIVE) && d->weekday && starts_with_weekday(e, d, langs) &&
           weekday_words_recurring(e, d, langs);
}

/* weekday_recurs of out[i], read from the pre-pass's bits for the first 64 dates. */
static bool recurs_at(const env *e, const dn_date *out, size_t n, size_t i,
                      const dnp_langset *langs, uint64_t bits)
{
    return i < 64 ? (bits >> i) & 1u : weekday_recurs(e, out, n, i, langs);
}

/* Whether a weekday read alone (or with a time) names a slot of a page of weekly slots: its
   weekday is one the page writes many dates on (slot_weekdays), or a recurring weekday
   stands in its paragraph ("lớp Body Pump tối thứ Hai" above "Thứ Hai – Thứ Sáu
   5:30–22:00"; "مغلق يومي الجمعة والسبت" after "من الأحد إلى الخميس"). */
#define SLOTS_UNREAD 1u /* bit 0: no weekday has that bit */
static bool weekday_slot(const env *e, const dn_date *out, size_t n, const dn_date *d,
                         unsigned *slots, const size_t *recurs, size_t nrecurs)
{
    if (*slots == SLOTS_UNREAD)
        *slots = slot_weekdays(out, n);
    if (d->weekday >= 1 && d->weekday <= 7 && (*slots & (1u << d->weekday)))
        return true;
    for (size_t r = 0; r < nrecurs; r++)
        if (recurs[r] != d->start && same_paragraph(e, recurs[r], d->start))
            return true;
    return false;
}

/* issue 10: whether a year alone whose mark is a word of one letter ("1958 m.", "1000 m")
   has it in one of the page's languages (langs; NULL: the page's are unknown, and a letter
   says too little). */
static bool year_mark_of_page(const env *e, const dn_date *d, const dnp_langset *langs)
{
    size_t pos = d->start;
    dnp_token t;
    while (langs && pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = word_key(e, t.fold, t.flen);
        if (!k)
            continue;
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        for (uint32_t q = 0; q < k->nmeaning; q++)
            if ((m[q].kind == DNP_K_YEAR_MARK || m[q].kind == DNP_K_ERA) &&
                dnp_langset_has(langs, m[q].lang))
                return true;
    }
    return false;
}

/* Whether key k has a meaning of this kind in one of langs. */
static bool key_kind_in(const dnp_lex_key *k, int kind, const dnp_langset *langs)
{
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == kind && dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* issue 10: whether d, a named day read only on a page in its language, is in the language
   a page of too few date words most likely is: of the languages its date words voted for,
   the one with the most votes, the most spoken on a tie; a language few people write counts
   only against others of its kind ("publié le 3 décembre 2026, le 5 décembre 2026 et hier":
   Interlingua's "le" is a word of dates too, French is the page's). */
static bool of_best_guess(const dn_date *d, const float *votes)
{
    int l = dnp_lang_find(d->locale, strlen(d->locale));
    if (l < 0 || !votes || votes[l] <= 0)
        return false;
    bool rare = dnp_lang_rare(l);
    for (int k = 0; k < (int)dnp_nlangs; k++)
        if (k != l && (!dnp_lang_rare(k) || rare) &&
            (votes[k] > votes[l] ||
             (votes[k] == votes[l] && dnp_speakers_k(k) > dnp_speakers_k(l))))
            return false;
    return true;
}

/* issue 10: whether a named day read only on a page in its language (DNP_FLAG_PAGE_LANG:
   "Heddiw", "eilen", "आज") is a named phrase in one of the page's languages: the language
   of its reading, or another that writes it so (Hindi "आज" on a Marathi page). */
static bool named_of_page(const env *e, const dn_date *d, const dnp_langset *langs)
{
    int l = dnp_lang_find(d->locale, strlen(d->locale));
    if (l >= 0 && dnp_langset_has(langs, (unsigned)l))
        return true;
    size_t pos = d->start;
    dnp_token t;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t) && t.kind != DNP_TK_WORD)
        ;
    if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) || pos > d->end)
        return false;
    const dnp_lex_key *k = longest_key(e, d->end, &pos, &t);
    /* (or a weekday's abbreviation with its time, relative.c: "Mo 14:05"; or a week's word,
       weeknum.c: "v. 50" on a Danish page, read as Swedish) */
    return k && (key_kind_in(k, DNP_K_REL_NAMED, langs) ||
                 (d->weekday && key_kind_in(k, DNP_K_WEEKDAY, langs)) ||
                 (d->precision == DN_PREC_WEEK && key_week_word_in(k, langs)));
}

/* weeks: a week read by its number (weeknum.c) takes the language of the page that writes
   its week's word so, where the scan chose by speakers alone ("week 49" on a Dutch page,
   "semana 49" on a Portuguese one, "第49週" on a Japanese one). */
static void week_locale(const env *e, dn_date *d, const dnp_langset *langs)
{
    int l = dnp_lang_find(d->locale, strlen(d->locale));
    if (l >= 0 && dnp_langset_has(langs, (unsigned)l))
        return;
    size_t pos = d->start;
    dnp_token t;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = word_key(e, t.fold, t.flen);
        const dnp_meaning *m = k ? &dnp_lex_meanings[k->meaning] : NULL;
        for (uint32_t q = 0; m && q < k->nmeaning; q++)
            if (m[q].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_WEEK(m[q].value) &&
                dnp_langset_has(langs, m[q].lang)) {
                const char *code = dnp_langs[m[q].lang].code;
                memset(d->locale, 0, sizeof d->locale);
                memcpy(d->locale, code, strnlen(code, sizeof d->locale - 1));
                return;
            }
    }
}

/* issue 10: the word token that ends right at `at` (blanks before `at` skipped first), or
   false. */
static bool word_before(const env *e, size_t at, size_t floor_, dnp_token *t)
{
    size_t w = at;
    while (w > floor_ && (e->text[w - 1] == ' ' || e->text[w - 1] == '\t'))
        w--;
    size_t ws = w;
    while (ws > floor_ && w - ws < DNP_WORD_MAX &&
           ((unsigned char)e->text[ws - 1] >= 0x80 ||
            ((e->text[ws - 1] | 0x20) >= 'a' && (e->text[ws - 1] | 0x20) <= 'z')))
        ws--;
    if (ws == w)
        return false;
    size_t pos = ws;
    t->kind = DNP_TK_SEP;
    while (pos < w && dnp_next_token(e->text, w, &pos, t))
        ;
    return t->kind == DNP_TK_WORD && t->end == w && !(t->flags & DNP_TF_LONG);
}

/* b27: whether the key k has no meaning but kind (and begins longer keys maybe). */
static bool key_only(const dnp_lex_key *k, int kind)
{
    return k && (k->kinds & ~(1u << DNP_K_PREFIX)) == (1u << kind);
}

/* b27: whether a month read alone (d) names a part of it or a date that was refused, no
   month: a day's number before it, a filler between ("Cada 6 de enero": every 6 January, a
   date "cada" (not_date) turned away), or the unit week or day and a filler ("2nd week of
   January", "el último fin de semana de noviembre"); or a word after it that introduces no date (locales/ not_date), glued CJK
   included ("12月上旬", early December, vague). */
static bool month_part(const env *e, const dn_date *d)
{
    const char *s = e->text;
    size_t floor_ = d->start > DNP_PAGE_RANGE_LOOKBACK ? d->start - DNP_PAGE_RANGE_LOOKBACK : 0;
    dnp_token t;
    size_t at = d->start;
    if (word_before(e, at, floor_, &t)) {
        const dnp_lex_key *k = word_key(e, t.fold, t.flen);
        if (k && (k->kinds & (1u << DNP_K_FILLER))) {
            at = t.start;
            while (at > floor_ && s[at - 1] == ' ')
                at--;
            size_t q = at;
            while (q > floor_ && at - q < 3 && s[q - 1] >= '0' && s[q - 1] <= '9')
                q--;
            if (q < at && at - q <= 2 && !(q > 0 && s[q - 1] >= '0' && s[q - 1] <= '9'))
                return true; /* "6 de enero" */
            if (word_before(e, at, floor_, &t)) {
                k = word_key(e, t.fold, t.flen);
                if (k && (k->kinds & (1u << DNP_K_REL_UNIT)) && !(k->kinds & (1u << DNP_K_FILLER)))
                    for (uint32_t r = 0; r < k->nmeaning; r++) {
                        const dnp_meaning *m = &dnp_lex_meanings[k->meaning + r];
                        if (m->kind == DNP_K_REL_UNIT &&
                            (m->value == DNP_RU_WEEK || m->value == DNP_RU_DAY))
                            return true; /* "week of January"; not "au mois de janvier" */
                    }
            }
        }
    }
    /* the word after it */
    size_t p = d->end;
    if (p < e->len && s[p] == ' ')
        p++;
    char fold[2 * DNP_WORD_MAX];
    size_t f1 = dnp_cjk_fold(s, e->len, p, fold), f2 = 0;
    if (f1) {
        if (p != d->end)
            return false;
        f2 = dnp_cjk_fold(s, e->len, p + 3, fold + f1);
        return (f2 && key_only(word_key(e, fold, f1 + f2), DNP_K_NOT_DATE)) ||
               key_only(word_key(e, fold, f1), DNP_K_NOT_DATE);
    }
    if (!dnp_next_token(s, e->len, &p, &t) || t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
        return false;
    if (key_only(word_key(e, t.fold, t.flen), DNP_K_NOT_DATE))
        return true;
    /* b33as: a listing's noun, right after it or after one word (locales/ month_listing:
       "12월 주요 일정", December's main schedule; "the December issue"), in the month's
       language, no preposition of a year before the month ("in December events moved":
       locales/ year_in, year_before) */
    int lang = d->locale[0] ? dnp_lang_find(d->locale, strlen(d->locale)) : -1;
    if (lang < 0)
        return false;
    /* (the month bare: its span ends with CLDR's name or mark, no particle of locales/
       glued to it: "12월에 학교 행사가 있습니다", in December there are school events) */
    bool bare = false;
    for (size_t q = d->start; q < d->end && dnp_next_token(s, d->end, &q, &t);) {
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *mk = word_key(e, t.fold, t.flen);
        bare = false;
        for (uint32_t r = 0; mk && r < mk->nmeaning; r++) {
            const dnp_meaning *m = &dnp_lex_meanings[mk->meaning + r];
            if ((m->kind == DNP_K_MONTH || m->kind == DNP_K_MONTH_MARK) &&
                !(m->flags & DNP_MF_SUPPLEMENT))
                bare = true;
        }
    }
    if (!bare)
        return false;
    if (word_before(e, d->start, floor_, &t)) {
        const dnp_lex_key *pk = dnp_lex_find_cue(t.fold, t.flen);
        if (dnp_key_has_cue(pk, DNP_CUE_YEAR_IN, lang) ||
            dnp_key_has_cue(pk, DNP_CUE_YEAR_BEFORE, lang))
            return false;
    }
    p = d->end;
    for (int w = 0; w < 2; w++) {
        dnp_token sp;
        if (!dnp_next_token(s, e->len, &p, &sp) || sp.kind != DNP_TK_SEP ||
            !(sp.flags & DNP_TF_SPACE) || (sp.flags & DNP_TF_NEWLINE) ||
            !dnp_next_token(s, e->len, &p, &t) || t.kind != DNP_TK_WORD ||
            (t.flags & DNP_TF_LONG))
            return false;
        if (dnp_key_has_cue(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_MONTH_LISTING, lang))
            return true;
    }
    return false;
}

/* rest36: whether a month read alone (d) is a person's name or an address's piece: glued
   to '@' ("marta@latio.lv"), or capitalised with a capitalised word the lexicon does not
   know after it and no word before it on its line or after a colon or comma ("Aģents:
   Marta Ozola,", Latvian March; not "in March Apple announced", nor "Mars 2027"). */
static bool month_is_name(const env *e, const dn_date *d)
{
    const char *s = e->text;
    if ((d->end < e->len && s[d->end] == '@') || (d->start > 0 && s[d->start - 1] == '@'))
        return true;
    /* a title's first word: right after an opening quote with a word after it in the
       quotation ("Film: \"Nëntori i dytë\"", Albanian November; not "\"Nëntori\"" alone) */
    for (size_t ql = 1; ql <= 3 && ql <= d->start && d->end < e->len && s[d->end] == ' '; ql++)
        if (quote_side(e, d->start - ql, d->start) > 0)
            return true;
    size_t p0 = d->start;
    UChar32 c = dnp_utf8_next(s, d->end, &p0);
    if (c < 0 || !u_isupper(c))
        return false;
    size_t a = d->start;
    while (a > 0 && s[a - 1] == ' ')
        a--;
    if (a > 0 && s[a - 1] != '\n' && s[a - 1] != ':' && s[a - 1] != ',')
        return false;
    size_t p = d->end;
    dnp_token t;
    if (p >= e->len || s[p] != ' ' || !dnp_next_token(s, e->len, &p, &t) ||
        !dnp_next_token(s, e->len, &p, &t) || t.kind != DNP_TK_WORD)
        return false;
    size_t q = t.start;
    c = dnp_utf8_next(s, t.end, &q);
    return c >= 0 && u_isupper(c) && !(t.flags & DNP_TF_LONG ? NULL : word_key(e, t.fold, t.flen));
}

/* issue 10: where the word before a street's name ends, from `at` back past blanks, the
   quotes that open the name and the dot of an abbreviated street word: "ул. „11
   Октомври“", "rr. \"28 Nëntori\"". */
static size_t street_word_end(const env *e, size_t at)
{
    for (int k = 0; k < 4 && at > 0; k++) {
        UChar32 c;
        int32_t i = (int32_t)at;
        U8_PREV((const uint8_t *)e->text, 0, i, c);
        if (c == ' ' || c == 0xA0 || opens((uint32_t)c) || c == 0x2018 || c == 0x201A ||
            c == 0x2039 || c == '\'')
            at = (size_t)i;
        else if (c == '.' && i > 0 && ((unsigned char)e->text[i - 1] >= 0x80 ||
                                       ((e->text[i - 1] | 0x20) >= 'a' &&
                                        (e->text[i - 1] | 0x20) <= 'z')))
            at = (size_t)i; /* the abbreviation's dot: "ul.", "ул." */
        else
            break;
    }
    return at;
}

/* Whether a street word of langs stands before text[start, end) (one short word between at most,
   DNP_PAGE_STREET_LINK characters: "du", "de", "des", not a dating article: "le", "il") or
   right after it. */
static bool street_words(const env *e, size_t start, size_t end, const dnp_langset *langs)
{
    dnp_token t;
    size_t at = street_word_end(e, start);
    for (int k = 0; k < 2 && word_before(e, at, 0, &t); k++) {
        const dnp_lex_key *key = dnp_lex_find_cue(t.fold, t.flen);
        if (cue_lang_of(key, DNP_CUE_STREET, langs, -1) >= 0)
            return true;
        /* the article that dates a day ("Corso il 12 dicembre", a course on the 12th) links
           no street to its name */
        if (chars(e, t.start, t.end) > DNP_PAGE_STREET_LINK ||
            (key && page_cue(key, DNP_CUE_HABIT, langs)))
            break;
        at = t.start;
    }
    size_t pos = end;
    if (pos < e->len && e->text[pos] == '.')
        pos++; /* the day's dot: "Október 6. utca" */
    if (pos >= e->len || e->text[pos] != ' ')
        return false;
    while (pos < e->len && dnp_next_token(e->text, e->len, &pos, &t) && t.kind == DNP_TK_SEP &&
           (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
        ;
    if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) || t.start <= end)
        return false;
    const dnp_lex_key *key = dnp_lex_find_cue(t.fold, t.flen);
    return cue_lang_of(key, DNP_CUE_STREET_AFTER, langs, -1) >= 0;
}

/* The start of the line that holds byte p - 1 of the text (p itself when that byte ends a
   line, 0 at the first): back to the byte after the line feed before it, eight bytes a turn
   (issue 10: a page's rules look at a date's line, and a line of prose is long). */
static size_t line_start(const env *e, size_t p)
{
    const unsigned char *s = (const unsigned char *)e->text;
    while (p >= 8) {
        uint64_t x;
        memcpy(&x, s + p - 8, 8);
        x ^= 0x0A0A0A0A0A0A0A0Aull; /* a line feed: a zero byte */
        if ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull)
            break;
        p -= 8;
    }
    while (p > 0 && s[p - 1] != '\n')
        p--;
    return p;
}

/* The end of the line that holds byte p (its line feed, or the text's end). */
static size_t line_end(const env *e, size_t p)
{
    const char *nl = p < e->len ? memchr(e->text + p, '\n', e->len - p) : NULL;
    return nl ? (size_t)(nl - e->text) : e->len > p ? e->len : p;
}

/* issue 10: whether d names a street or square ("place du 8-Mai-1945", "Avenida 9 de
   Julio", "Plac 3 Maja", "6 Ekim Caddesi", "ул. „11 Октомври“"): a street word of the
   page's languages (locales/ street) before it, or a street_after word right after it
   (street_words). Then it is the street's name, no date; and so is the same text
   elsewhere on its line, a place the street names ("28 May filialı: Bakı, 28 May küç.
   3", the branch at 28 May street). langs: the page's languages and the date's own. */
static bool street_name(const env *e, const dn_date *d, const dnp_langset *own,
                        const dnp_langset *page)
{
    /* (a street is named by a day and its month word: no stamp, no numeric date) */
    if ((d->flags & DN_FLAG_RELATIVE) || d->precision < DN_PREC_DAY ||
        !may_have_words(e, d->start, d->end))
        return false;
    /* without a year ("Plac 3 Maja"), or glued by dashes ("8-Mai-1945") */
    if (!(d->flags & DN_FLAG_YEAR_IMPLIED) && !memchr(e->text + d->start, '-', d->end - d->start))
        return false;
    /* (the languages put together here, not for each date: issue 10) */
    dnp_langset both = *own;
    for (int q = 0; page && q < DNP_LANG_WORDS; q++)
        both.w[q] |= page->w[q];
    const dnp_langset *langs = &both;
    if (street_words(e, d->start, d->end, langs))
        return true;
    /* the same text elsewhere on its line, named a street there */
    size_t len = d->end - d->start, a = line_start(e, d->start), b = line_end(e, d->end);
    for (size_t p = a; p + len <= b; p++) {
        const char *q = memchr(e->text + p, e->text[d->start], b - len + 1 - p);
        if (!q)
            break;
        p = (size_t)(q - e->text);
        if (p != d->start && memcmp(q, e->text + d->start, len) == 0 &&
            (p == 0 || !alnum_byte(e->text[p - 1])) &&
            (p + len >= e->len || !alnum_byte(e->text[p + len])) &&
            street_words(e, p, p + len, langs))
            return true;
    }
    return false;
}

/* b25fix: whether d, a year alone, names a product's model year: a year_model word of
   langs (locales/) right after it, blanks between at most ("2026年モデル", the 2026 model;
   "2026년형"). */
static bool model_year(const env *e, const dn_date *d, const dnp_langset *own,
                       const dnp_langset *page)
{
    if ((d->flags & DN_FLAG_RELATIVE) || d->precision != DN_PREC_YEAR)
        return false;
    /* rest36: a year whose word of another script stands right after a product's Latin
       name, capitalised ("លក់ម៉ូតូ Honda Dream ឆ្នាំ២០២២", a 2022 Honda Dream; b36
       km-KH-classifieds): the model's year */
    if ((unsigned char)e->text[d->start] >= 0x80 && d->start > 2 && e->text[d->start - 1] == ' ') {
        size_t a = d->start - 1;
        while (a > 0 && ((e->text[a - 1] | 0x20) >= 'a' && (e->text[a - 1] | 0x20) <= 'z'))
            a--;
        if (a < d->start - 2 && e->text[a] >= 'A' && e->text[a] <= 'Z' &&
            (a == 0 || e->text[a - 1] == ' '))
            return true;
    }
    dnp_langset both = *own;
    for (int q = 0; page && q < DNP_LANG_WORDS; q++)
        both.w[q] |= page->w[q];
    dnp_token t = {0};
    size_t pos = d->end;
    while (pos < e->len && dnp_next_token(e->text, e->len, &pos, &t) && t.kind == DNP_TK_SEP &&
           (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
        ;
    if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) || t.start < d->end)
        return false;
    if (cue_lang_of(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_YEAR_MODEL, &both, -1) >= 0)
        return true;
    /* a CJK character is a token alone: the word of the folds of the characters from it,
       glued, up to DNP_PAGE_MODEL_CHARS of them ("モデル") */
    char key[DNP_PAGE_MODEL_CHARS * 8];
    size_t klen = 0;
    for (int k = 0; k < DNP_PAGE_MODEL_CHARS && t.kind == DNP_TK_WORD &&
                    t.end - t.start == 3 && klen + t.flen <= sizeof key;
         k++) {
        memcpy(key + klen, t.fold, t.flen);
        klen += t.flen;
        if (k && cue_lang_of(dnp_lex_find_cue(key, klen), DNP_CUE_YEAR_MODEL, &both, -1) >= 0)
            return true;
        size_t end = t.end;
        if (pos >= e->len || !dnp_next_token(e->text, e->len, &pos, &t) || t.start != end)
            break;
    }
    return false;
}

/* b28fix: whether d, a named week ("last week"), is restated by the date right after it, a
   day of that week: "בשבוע שעבר, ביום ה' 19.11" (last week, on Thursday 19.11), "last
   week, on 19 November". Blanks, commas and dashes between, and one short word at most (a
   preposition of DNP_PAGE_RANGE_WORD characters); the day dates the event, the week says
   no more. */
static inline __attribute__((always_inline)) bool week_restated(const env *e, const dn_date *out,
                                                                 size_t n, size_t i)
{
    const dn_date *d = &out[i];
    if (d->precision != DN_PREC_WEEK || !(d->flags & DN_FLAG_RELATIVE) || i + 1 >= n)
        return false;
    const dn_date *o = &out[i + 1];
    if (o->precision < DN_PREC_DAY || o->start < d->end ||
        o->start - d->end > DNP_PAGE_RESTATED_GAP)
        return false;
    int words = 0;
    size_t wlen = 0;
    for (size_t k = d->end; k < o->start; k++) {
        unsigned char c = (unsigned char)e->text[k];
        if (c == ' ' || c == ',' || c == '-' || c == '\t') {
            wlen = 0;
            continue;
        }
        if ((c >= '0' && c <= '9') || c == '\n' || c == '.' || c == ';' || c == '(' || c == ')')
            return false;
        if ((c & 0xC0) == 0x80)
            continue; /* (a word's length in characters) */
        if (!wlen++)
            words++;
        if (words > 1 || wlen > DNP_PAGE_RANGE_WORD)
            return false;
    }
    int y, w;
    dnp_iso_week(dnp_days_from_civil(o->year, (unsigned)o->month, (unsigned)o->day), &y, &w);
    return y == d->year && w == d->week;
}

/* b33: whether d, a named day or period written in words (no digit), ends a quoted title:
   a closing quote right after it, glued or after a blank as French writes "»" ("table ronde
   « Les tiers-lieux aujourd'hui »": nowadays). A title's "today" dates nothing. */
static bool named_ends_title(const env *e, const dn_date *d)
{
    if (!(d->flags & DN_FLAG_RELATIVE))
        return false;
    const unsigned char *s = (const unsigned char *)e->text;
    size_t p = d->end;
    bool blank = false;
    while (p < e->len && (s[p] == ' ' || (p + 1 < e->len && s[p] == 0xC2 && s[p + 1] == 0xA0) ||
                          (p + 2 < e->len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0xAF))) {
        p += s[p] == ' ' ? 1 : s[p] == 0xC2 ? 2 : 3;
        blank = true;
    }
    bool quote = p + 1 < e->len && s[p] == 0xC2 && s[p + 1] == 0xBB; /* U+00BB » */
    if (!quote && !blank)
        quote = (p < e->len && s[p] == '"') ||
                (p + 2 < e->len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x9D) || /* ” */
                (p + 2 < e->len && s[p] == 0xE3 && s[p + 1] == 0x80 &&
                 (s[p + 2] == 0x8D || s[p + 2] == 0x8F)); /* 」 』 */
    return quote && !has_number(e, d->start, d->end);
}

/* misses19: whether d, a date of words alone (no number), stands in the page's navigation:
   a line with no number and DNP_PAGE_MENU_SEPS separators of a menu or breadcrumb or more
   ("Cartelera | Teatro | Esta semana | Iniciar sesión", "Domů › Program › Tento týden",
   "ホーム ＞ 上映スケジュール ＞ 今週の上映作品", "Filtra: [Oggi] [Domani] [Gratis]"), or
   in a breadcrumb trail (as many '>', '»', '›' or more) whose item holding it has no number.
   There a date word names a page or a filter, no date. */
static bool menu_item(const env *e, const dn_date *d)
{
    if (has_number(e, d->start, d->end))
        return false;
    size_t a = line_start(e, d->start), b = line_end(e, d->end);
    /* the separators' bytes, not decoded (issue 10): '|', '>', ']', and U+00BB (C2 BB),
       U+203A (E2 80 BA), U+FF1E (EF BC 9E), U+FF5C (EF BD 9C), each whole before b. A
       lead byte is no continuation byte: where UTF-8 decoding reads a code point from one,
       so do these. */
    const unsigned char *s = (const unsigned char *)e->text;
    int seps = 0, crumbs = 0; /* crumbs: a breadcrumb's '>', U+00BB, U+203A, U+FF1E */
    size_t item_a = a, item_b = b; /* the date's own item, between the crumbs round it */
    for (size_t i = a; i < b; i++) {
        unsigned char c = s[i];
        bool crumb = false;
        if (c < 0x80) {
            if (c == '|')
                seps++;
            else if (c == '>')
                seps++, crumb = true;
            else if (c == ']') { /* "] [": two bracketed items */
                size_t k = i + 1;
                while (k < b && s[k] == ' ')
                    k++;
                seps += k < b && s[k] == '[';
            }
            if (!crumb)
                continue;
        } else if (c == 0xC2)
            crumb = i + 1 < b && s[i + 1] == 0xBB;
        else if (c == 0xE2)
            crumb = i + 2 < b && s[i + 1] == 0x80 && s[i + 2] == 0xBA;
        else if (c == 0xEF) {
            crumb = i + 2 < b && s[i + 1] == 0xBC && s[i + 2] == 0x9E;
            seps += crumb || (i + 2 < b && s[i + 1] == 0xBD && s[i + 2] == 0x9C);
        } else
            continue;
        if (!crumb)
            continue;
        seps += c == 0xC2 || c == 0xE2;
        crumbs++;
        if (i < d->start)
            item_a = i + 1;
        else if (i >= d->end && item_b == b)
            item_b = i;
    }
    /* reldir: a breadcrumb trail names pages, whatever numbers its other items hold
       ("ผังรายการทีวี › ช่อง 3 HD (ช่อง 33) › วันนี้": the channel's page, then today's) */
    return (seps >= DNP_PAGE_MENU_SEPS && !has_number(e, a, b)) ||
           (crumbs >= DNP_PAGE_MENU_SEPS && !has_number(e, item_a, item_b));
}

/* ---- a year alone in running text (issue 10) ------------------------------------------------ */

/* The language of langs (first preferred) in which key k is a cue of this value
   (DNP_CUE_*), or -1. */
static int cue_lang_of(const dnp_lex_key *k, int value, const dnp_langset *langs, int first)
{
    if (!k) /* (a year's cue sets no bit of k->kinds: lexgen's write_keys) */
        return -1;
    int l = -1;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == value &&
            dnp_langset_has(langs, m[q].lang)) {
            if (m[q].lang == first)
                return first;
            if (l < 0)
                l = m[q].lang;
        }
    return l;
}

/* Whether key k is a conjunction of one of langs ("and", "și", "og": CLDR's list patterns). */
static bool and_of_page(const dnp_lex_key *k, const dnp_langset *langs)
{
    return k && (k->kinds & (1u << DNP_K_REL_AND)) && key_kind_in(k, DNP_K_REL_AND, langs);
}

/* issue 10: whether d is a day and month in numbers after a word of no page language
   ("ivan.st, 25.11.": Czech "st", Wednesday, on a Croatian page): the numbers are the
   date, its span and language theirs alone (d is moved to them). */
static bool numeric_alone(const env *e, dn_date *d)
{
    if (d->precision != DN_PREC_DAY || (d->flags & DN_FLAG_RELATIVE) ||
        DN_DATE_ORDER(d) == DN_ORDER_AUTO)
        return false;
    size_t k = d->start;
    while (k < d->end && !(e->text[k] >= '0' && e->text[k] <= '9'))
        k++;
    for (size_t q = k; q < d->end; q++) {
        unsigned char c = (unsigned char)e->text[q];
        if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false; /* a word among or after the numbers */
    }
    if (k >= d->end || k == d->start)
        return false;
    d->start = k;
    d->locale[0] = 0;
    return true;
}

/* issue 10: whether d ends in a capitalised word and a four-digit year, a blank between
   ("Mar 2009", "Reg: Mar 2009"; not "set in 2024"). */
static bool month_then_year(const env *e, const dn_date *d)
{
    const unsigned char *t = (const unsigned char *)e->text;
    size_t k = d->end;
    int digits = 0;
    while (k > d->start && t[k - 1] >= '0' && t[k - 1] <= '9')
        k--, digits++;
    if (digits != 4 || k == d->start || t[k - 1] != ' ')
        return false;
    k--;
    if (k > d->start && t[k - 1] == '.')
        k--;
    size_t end = k;
    while (k > d->start && ((t[k - 1] | 0x20) >= 'a' && (t[k - 1] | 0x20) <= 'z'))
        k--;
    return k < end && t[k] >= 'A' && t[k] <= 'Z' && (k == d->start || t[k - 1] == ' ');
}

/* A token that may be a year alone: four digits within the bounds; its value, or 0. */
static int year_token(const env *e, const dnp_token *t)
{
    if (t->kind != DNP_TK_NUM || t->ndigits != 4)
        return 0;
    int v = (int)t->value;
    return v >= DNP_PAGE_YEAR_ALONE_MIN && v <= e->now_year + DNP_PAGE_YEAR_AHEAD ? v : 0;
}

/* A separator that ends the phrase of a year before it: a sentence's or clause's mark, a
   bracket or quote that closes, a dash between blanks. */
static bool year_phrase_mark(uint32_t c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '(' || c == '"' || c == 0xBB /* » */ || c == 0x201D /* ” */ ||
           c == 0x2026 /* … */ || c == 0x3002 /* 。 */ || c == 0x060C /* ، */ ||
           c == 0x0964 /* । */ || c == 0xB7 /* · */ || c == '|' /* issue 10: fields' marks */;
}

static bool year_dash(uint32_t c)
{
    return c == '-' || c == 0x2013 || c == 0x2014;
}

/* What follows a year alone ending at byte `at`, read up to `stop`: YA_END when its phrase
   ends there (the end, a line break, a mark of year_phrase_mark not glued to a digit, a
   dash between blanks), YA_CUE when a postposition or glued ending of langs says it is a
   year ("2012 óta", "1936-ban"), YA_LIST when a conjunction of langs or a dash joins a
   second year to it ("2009 și 2012", "2017–2019", "dal 1918 al 1964"; *next gets that
   year's start, *range whether a dash joined them), YA_JOIN when a conjunction or a dating
   preposition or article of langs starts another phrase after it, a word after that ("en
   1989 en Ciudad", "em 2015 e recebeu"), YA_WORD when another word follows (a count's
   noun as often as a sentence's verb), YA_NO when something else does (a number, an
   amount, a glued word). */
enum { YA_NO, YA_END, YA_CUE, YA_LIST, YA_WORD, YA_JOIN };

/* issue 10: the language of langs (first preferred) in which the ordinal ending o glued to a
   year alone and the word after it, the language's word for "year" (CLDR's display name,
   DNP_CUE_YEAR_WORD) or a year mark, say it is one ("2011-ci ildə", "1968-ஆம் ஆண்டு", the
   1968th year), or -1. */
static int ordinal_year_word(const env *e, const dnp_token *o, size_t stop,
                             const dnp_langset *langs, int first)
{
    if (o->flags & DNP_TF_LONG)
        return -1;
    const dnp_lex_key *ko = word_key(e, o->fold, o->flen);
    if (!ko || !(ko->kinds & (1u << DNP_K_ORDINAL)))
        return -1;
    size_t pos = o->end;
    dnp_token t;
    if (!dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return -1;
    const dnp_lex_key *kw = dnp_lex_find_cue(t.fold, t.flen);
    if (!kw)
        return -1;
    int l = -1;
    const dnp_meaning *m = &dnp_lex_meanings[kw->meaning];
    for (uint32_t q = 0; q < kw->nmeaning; q++) {
        bool year_word = m[q].kind == DNP_K_YEAR_MARK ||
                         (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == DNP_CUE_YEAR_WORD);
        if (!year_word || !dnp_langset_has(langs, m[q].lang))
            continue;
        dnp_langset one = {{0}};
        dnp_langset_add(&one, m[q].lang);
        if (!key_kind_in(ko, DNP_K_ORDINAL, &one))
            continue;
        if (m[q].lang == first)
            return first;
        if (l < 0)
            l = m[q].lang;
    }
    return l;
}

/* issue 10: the language of langs in which the word after the ending o glued to a year
   alone (a case ending of no cue of its own) is a postposition after a year ("2012'den
   beri", since 2012; "1985'ten kalma"; not "1500'den fazla", more than 1500), or -1. */
static int ending_then_after(const env *e, const dnp_token *o, size_t stop,
                             const dnp_langset *langs, int first)
{
    size_t pos = o->end;
    dnp_token t;
    if (!dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return -1;
    return cue_lang_of(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_YEAR_AFTER, langs, first);
}

/* b33as: the language of langs in which the word t, one blank u and the word after it make
   a postposition after a year of two words (locales/ year_after "đến nay", until now: "từ
   2016 đến nay", since 2016), or -1. pos: the byte after u. */
static int year_after_two(const env *e, const dnp_token *t, const dnp_token *u, size_t pos,
                          size_t stop, const dnp_langset *langs, int first)
{
    dnp_token w;
    char buf[2 * DNP_WORD_MAX + 1];
    if (u->kind != DNP_TK_SEP || !(u->flags & DNP_TF_SPACE) || (u->flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &w) || w.kind != DNP_TK_WORD ||
        (w.flags & DNP_TF_LONG) || (size_t)t->flen + 1 + (size_t)w.flen > sizeof buf)
        return -1;
    memcpy(buf, t->fold, t->flen);
    buf[t->flen] = ' ';
    memcpy(buf + t->flen + 1, w.fold, w.flen);
    return cue_lang_of(dnp_lex_find_cue(buf, t->flen + 1 + w.flen), DNP_CUE_YEAR_AFTER, langs,
                       first);
}

/* Whether key k is a word of langs that introduces a year (a preposition or article of
   locales/ year_before, year_in, year_article). */
static bool year_lead_of_page(const dnp_lex_key *k, const dnp_langset *langs, int first)
{
    return cue_lang_of(k, DNP_CUE_YEAR_BEFORE, langs, first) >= 0 ||
           cue_lang_of(k, DNP_CUE_YEAR_IN, langs, first) >= 0 ||
           cue_lang_of(k, DNP_CUE_YEAR_ARTICLE, langs, first) >= 0;
}

/* years27: whether word t begins with "and" glued to a word of its own (locales/ year_and:
   Hebrew "ו", Arabic "و") in a language of the page: "ומונה", and counts. */
static bool glued_and(const env *e, const dnp_token *t, const dnp_langset *langs, int first)
{
    int32_t k = (int32_t)t->start;
    UChar32 c;
    U8_NEXT((const uint8_t *)e->text, k, (int32_t)t->end, c);
    if (c < 0 || (size_t)k >= t->end || (size_t)k - t->start > t->flen)
        return false;
    return cue_lang_of(dnp_lex_find_cue(t->fold, (size_t)k - t->start), DNP_CUE_YEAR_AND, langs,
                       first) >= 0;
}

static int year_after(const env *e, size_t at, size_t stop, const dnp_langset *langs, int first,
                      int *lang, size_t *next, bool *range)
{
    size_t pos = at;
    dnp_token t, u;
    if (!dnp_next_token(e->text, stop, &pos, &t))
        return YA_END;
    if (t.kind == DNP_TK_SEP && t.start == at &&
        (t.value == '-' || t.value == '\'' || t.value == 0x2019 || t.value == ':')) {
        /* an ending glued by a hyphen, apostrophe or colon: "1936-ban", "2019'da" */
        size_t p2 = pos;
        if (dnp_next_token(e->text, stop, &p2, &u) && u.kind == DNP_TK_WORD && u.start == t.end &&
            !(u.flags & DNP_TF_LONG)) {
            int l = cue_lang_of(dnp_lex_find_cue(u.fold, u.flen), DNP_CUE_YEAR_SUFFIX, langs, first);
            if (l < 0) /* an ordinal ending, then the word for year ("2011-ci ildə") */
                l = ordinal_year_word(e, &u, stop, langs, first);
            if (l < 0) /* a case ending, then a postposition ("2012'den beri") */
                l = ending_then_after(e, &u, stop, langs, first);
            if (l >= 0) {
                *lang = l;
                return YA_CUE;
            }
            return YA_NO;
        }
    }
    if (t.start == at && t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
        /* an ending glued to it (Basque "2019an"), or an ordinal's before the word for year */
        int l = cue_lang_of(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_YEAR_SUFFIX, langs, first);
        if (l < 0)
            l = ordinal_year_word(e, &t, stop, langs, first);
        if (l >= 0)
            *lang = l;
        return l >= 0 ? YA_CUE : YA_NO;
    }
    if (t.start == at && t.kind != DNP_TK_SEP)
        return YA_NO;
    bool spaced = false;
    if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE)) {
        if (t.flags & DNP_TF_NEWLINE)
            return YA_END;
        spaced = true;
        if (!dnp_next_token(e->text, stop, &pos, &t))
            return YA_END;
    }
    if (t.kind == DNP_TK_NUM)
        return YA_NO;
    size_t p2 = pos;
    bool more = dnp_next_token(e->text, stop, &p2, &u);
    if (t.kind == DNP_TK_WORD) {
        if (t.flags & DNP_TF_LONG)
            return YA_WORD;
        const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
        int l = cue_lang_of(k, DNP_CUE_YEAR_AFTER, langs, first);
        if (l < 0 && spaced && more && k && (k->kinds & (1u << DNP_K_PREFIX)))
            l = year_after_two(e, &t, &u, p2, stop, langs, first);
        /* miss21: or a year mark of the page's languages ("od 1979 roku", when "mam" before
           it read "May 1979" in a language of no page's: page_year_unmarked) */
        if (l < 0 && spaced && k && (k->kinds & (1u << DNP_K_YEAR_MARK))) {
            const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
            for (uint32_t q = 0; q < k->nmeaning && l < 0; q++)
                if (m[q].kind == DNP_K_YEAR_MARK && dnp_langset_has(langs, m[q].lang))
                    l = (int)m[q].lang;
        }
        if (l >= 0) {
            *lang = l;
            return YA_CUE;
        }
        /* a second year after "and" or "until" ("2009 și 2012", "od 2019 do 2023", "dal
           1918 al 1964"), or another phrase after "and" or a preposition ("en 1989 en
           Ciudad"; not "by 1500 in 2019", a number after it) */
        bool to = cue_lang_of(k, DNP_CUE_YEAR_TO, langs, first) >= 0;
        /* (or "or": "2023 oder 2024", "২০২৩ বা ২০২৪ সালে") */
        bool or = cue_lang_of(k, DNP_CUE_YEAR_OR, langs, first) >= 0;
        if (spaced && (to || or || and_of_page(k, langs) || year_lead_of_page(k, langs, first)) &&
            more && u.kind == DNP_TK_SEP && (u.flags & DNP_TF_SPACE) &&
            !(u.flags & DNP_TF_NEWLINE) && dnp_next_token(e->text, stop, &p2, &u)) {
            if (year_token(e, &u)) {
                *next = u.start, *range = false;
                return YA_LIST;
            }
            if (u.kind == DNP_TK_WORD && !to && !or)
                return YA_JOIN;
        }
        if (spaced && glued_and(e, &t, langs, first))
            return YA_JOIN; /* years27: "מאז 2003 ומונה" */
        return YA_WORD;
    }
    uint32_t c = (uint32_t)t.value;
    if (year_dash(c)) {
        /* a range of years: "2017–2019", "1939 – 1944" */
        bool blank = more && u.kind == DNP_TK_SEP && (u.flags & DNP_TF_SPACE);
        if (blank && spaced && !(u.flags & DNP_TF_NEWLINE))
            more = dnp_next_token(e->text, stop, &p2, &u);
        if (more && year_token(e, &u) && (spaced || u.start == t.end)) {
            *next = u.start, *range = true;
            return YA_LIST;
        }
        /* a dash between blanks ends a phrase ("sommeren 2029 – i går") */
        return spaced && blank ? YA_END : YA_NO;
    }
    if (!year_phrase_mark(c))
        return YA_NO;
    /* not a decimal, a time, a grouped number ("2019.5", "2019:30") */
    if (more && u.kind == DNP_TK_NUM && u.start == t.end)
        return YA_NO;
    return YA_END;
}

/* issue 10: whether the bracket at byte `at` opens its line (past blanks) or follows a
   capitalised word, a blank between: a name's ("Kovács Jánosné\n(1938–2026)", "Horváth
   István (1947–2026)"; not "Віцебскага вучылішча (1939–1940)", "у 14 тамах (2011–2022)",
   a period of study, of publication, which a reader leaves unmarked). */
static bool after_name(const env *e, size_t at)
{
    const char *s = e->text;
    size_t a = at;
    while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
        a--;
    if (a == 0 || s[a - 1] == '\n')
        return true;
    if (a == at)
        return false;
    size_t end = a, lo = end > DNP_WORD_MAX ? end - DNP_WORD_MAX : 0;
    while (a > lo && ((unsigned char)s[a - 1] >= 0x80 ||
                      ((s[a - 1] | 0x20) >= 'a' && (s[a - 1] | 0x20) <= 'z')))
        a--;
    while (a < end && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++;
    if (a == end || (a > 0 && (unsigned char)s[a - 1] != ' ' && s[a - 1] != '\n'))
        return false;
    UChar32 c;
    int32_t k = (int32_t)a;
    U8_NEXT((const uint8_t *)s, k, (int32_t)end, c);
    return c >= 0 && u_isupper(c);
}

/* issue 10: whether the year alone d, no word before it, and the second year at `next`
   that "and" or a dash (range) joins to it are years by themselves: a postposition of langs
   after the second says so (locales/ year_between: "1979 és 1983 között", between 1979 and
   1983), or the two stand in brackets joined by a dash after a name or alone on their
   line ("Horváth István (1947–2026)", a lifespan; after_name; *lang gets -1, no
   language's). The second is not before the first, and at most
   DNP_PAGE_YEAR_FROM_SPAN (between) or DNP_PAGE_YEAR_LIFESPAN (brackets) after it. */
static bool years_alone_pair(const env *e, const dn_date *d, size_t stop,
                             const dnp_langset *langs, int first, int *lang, size_t next,
                             bool range)
{
    size_t p = next;
    dnp_token y, t;
    if (!dnp_next_token(e->text, stop, &p, &y))
        return false;
    int y2 = year_token(e, &y);
    if (y2 < d->year)
        return false;
    if (range && d->start > 0 && e->text[d->start - 1] == '(' && y.end < e->len &&
        e->text[y.end] == ')' && after_name(e, d->start - 1)) {
        *lang = -1;
        return y2 - d->year <= DNP_PAGE_YEAR_LIFESPAN;
    }
    if (y2 == d->year || y2 - d->year > DNP_PAGE_YEAR_FROM_SPAN ||
        !dnp_next_token(e->text, stop, &p, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &p, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
    int l = cue_lang_of(k, DNP_CUE_YEAR_BETWEEN, langs, first);
    /* misses19: or the year's mark of a language that writes it after the year, or its word
       for year, after the last of the list: it marks them all ("২০২৩ বা ২০২৪ সালে") */
    if (l < 0 && t.start == y.end + 1 && (l = cue_lang_of(k, DNP_CUE_YEAR_WORD, langs, first)) < 0) {
        const dnp_lex_key *w = word_key(e, t.fold, t.flen);
        const dnp_meaning *m = w ? &dnp_lex_meanings[w->meaning] : NULL;
        for (uint32_t q = 0; m && q < w->nmeaning && l < 0; q++)
            if (m[q].kind == DNP_K_YEAR_MARK && dnp_langset_has(langs, m[q].lang))
                l = m[q].lang;
    }
    if (l < 0)
        return false;
    *lang = l;
    return true;
}

/* miss21: the word after a year alone ending at byte `at`, a blank between: with `lower`,
   whether it begins with a letter not capitalised (after a year_verb: "wurde 1967
   eröffnet"; a count takes its noun capitalised, "hat 2000 Einwohner"): 0 when it does;
   else the language of langs in which it is a word no count takes (locales/ year_then:
   "under", "shall", "masih"), or -1. */
static int then_word(const env *e, size_t at, size_t stop, const dnp_langset *langs, int first,
                     bool lower)
{
    size_t pos = at;
    dnp_token t;
    if (!dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_SEP || t.start != at ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_WORD)
        return -1;
    if (lower) {
        UChar32 c;
        int32_t k = (int32_t)t.start;
        U8_NEXT((const uint8_t *)e->text, k, (int32_t)t.end, c);
        return c >= 0 && u_islower(c) ? 0 : -1;
    }
    if (t.flags & DNP_TF_LONG)
        return -1;
    return cue_lang_of(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_YEAR_THEN, langs, first);
}

/* b33: whether a blank and a preposition that dates a year (year_before, year_in) of
   language lang follow byte `at`. */
static bool dating_word_after(const env *e, size_t at, size_t stop, int lang)
{
    size_t pos = at;
    dnp_token t;
    if (lang < 0 || !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_SEP ||
        t.start != at || !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
    dnp_langset one = {{0}};
    dnp_langset_add(&one, (unsigned)lang);
    return cue_lang_of(k, DNP_CUE_YEAR_BEFORE, &one, lang) == lang ||
           cue_lang_of(k, DNP_CUE_YEAR_IN, &one, lang) == lang;
}

/* rangeyear: whether a blank, a word for "and" of language lang, a blank and a word of
   lang no count takes (locales/ year_then) follow byte `at`. */
static bool and_then_word(const env *e, size_t at, size_t stop, const dnp_langset *langs,
                          int first, int lang)
{
    size_t pos = at;
    dnp_token t;
    if (!dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, stop, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = word_key(e, t.fold, t.flen);
    bool and = false;
    const dnp_meaning *m = k ? &dnp_lex_meanings[k->meaning] : NULL;
    for (uint32_t q = 0; m && q < k->nmeaning && !and; q++)
        and = m[q].kind == DNP_K_REL_AND && (int)m[q].lang == lang;
    return and && then_word(e, t.end, stop, langs, first, false) == lang;
}

/* Whether out[i], a four-digit number of running text flagged DNP_FLAG_PAGE_YEAR, is a year
   alone that dates something: a word of the page's languages (langs; first preferred) says
   so. Before it, a preposition (locales/ year_before: "in", "în", "depuis", "od") when its
   phrase ends with it ("în 2023.", "i 2021,", "sommeren 2029 –") or a second year follows
   ("între 2009 și 2012", "у 2017–2019 роках"), or a preposition that only dates (year_in:
   "en", "em", "since") or the language's word for "year" (CLDR's: "année", "سال") also when
   another phrase starts after it with a conjunction or dating preposition ("en 1989 en
   Ciudad", "em 2015 e recebeu", "سال ۲۰۲۵ در"), or an article before which a
   number is only a year (year_article: "el 1992", "το 2015 ώστε"), or a preposition that
   says nothing alone (year_from) when a second year follows ("de 1961 à 1998"); or after it
   a postposition
   (year_after: "2012 óta") or an ending glued to it (year_suffix: "1936-ban", "2019'da").
   Never a number after "©" or a word of no cue, a count or price with its noun or unit
   ("in 2000 homes", "od 1999 Kč", "2000 m"). *lang gets the cue's language; *next and
   *range the second year of a list or range, which is one too. */
static bool page_year_alone(const env *e, const dn_date *d, const dnp_langset *langs, int first,
                            int *lang, size_t *next, bool *range)
{
    size_t from = d->start > DNP_PAGE_YEAR_LOOK ? d->start - DNP_PAGE_YEAR_LOOK : 0;
    while (from > 0 && ((unsigned char)e->text[from] & 0xC0) == 0x80)
        from--;
    size_t stop = d->end + DNP_PAGE_YEAR_LOOK < e->len ? d->end + DNP_PAGE_YEAR_LOOK : e->len;
    /* the word before it: past blanks (a line break too: "între\n2009"), or glued by a
       hyphen or maqaf ("mill-2019", "ב-1986") */
    dnp_token t, w = {0}, pw = {0};
    bool have_w = false, have_s = false;
    bool have_pw = false; /* a word, a blank, then w (year_since: "since the 2019") */
    size_t pos = from;
    while (pos < d->start && dnp_next_token(e->text, d->start, &pos, &t)) {
        if (t.kind == DNP_TK_WORD) {
            have_pw = have_w && have_s && w.end < t.start && !(w.flags & DNP_TF_LONG);
            if (have_pw)
                pw = w;
            w = t, have_w = true, have_s = false;
        } else if (t.kind == DNP_TK_SEP && t.value == '.' && !have_s && have_w &&
                   t.start == w.end && chars(e, w.start, w.end) == 1) {
            /* miss21: a one-letter abbreviation's dot ("f. 1935", born) keeps its word */
        } else if (t.kind == DNP_TK_SEP && !have_s && (t.flags & DNP_TF_SPACE) &&
                   !(t.flags & DNP_TF_NEWLINE) && have_w && t.start == w.end && t.end < d->start) {
            have_s = true; /* between two words: kept for year_since */
        } else if (t.kind == DNP_TK_SEP && t.end == d->start && !have_s &&
                   ((t.flags & DNP_TF_SPACE) ||
                    ((t.value == '-' || t.value == 0x05BE) && have_w && w.end == t.start))) {
            have_s = true;
        } else {
            have_w = have_s = have_pw = false;
        }
    }
    int before = -1, strength = 0;
    bool verb = false;       /* a verb before it (year_verb): only a word not capitalised */
    bool join = false;       /* another phrase may follow its year (year_in) */
    bool range_only = false; /* only with a second year (year_from) */
    if (have_w && have_s && !(w.flags & DNP_TF_LONG)) {
        const dnp_lex_key *k = dnp_lex_find_cue(w.fold, w.flen);
        if ((before = cue_lang_of(k, DNP_CUE_YEAR_ARTICLE, langs, first)) >= 0)
            strength = 2;
        else if ((before = cue_lang_of(k, DNP_CUE_YEAR_IN, langs, first)) >= 0 ||
                 (before = cue_lang_of(k, DNP_CUE_YEAR_WORD, langs, first)) >= 0)
            strength = 1, join = true;
        else if ((before = cue_lang_of(k, DNP_CUE_YEAR_BEFORE, langs, first)) >= 0)
            strength = 1;
        else if ((before = cue_lang_of(k, DNP_CUE_YEAR_FROM, langs, first)) >= 0)
            strength = 1, range_only = true;
        else if ((before = cue_lang_of(k, DNP_CUE_YEAR_VERB, langs, first)) >= 0 ||
                 (have_pw && chars(e, w.start, w.end) <= DNP_PAGE_SINCE_WORD &&
                  (before = cue_lang_of(dnp_lex_find_cue(pw.fold, pw.flen), DNP_CUE_YEAR_VERB,
                                        langs, first)) >= 0))
            verb = true; /* "wurde 1967 eröffnet", "wurde er 2001 von" */
        else if (have_pw && chars(e, w.start, w.end) <= DNP_PAGE_SINCE_WORD &&
                 (before = cue_lang_of(dnp_lex_find_cue(pw.fold, pw.flen), DNP_CUE_YEAR_SINCE,
                                       langs, first)) >= 0)
            strength = 2; /* "since the 2019 play-off final" */
    }
    int after_lang = -1;
    int a = year_after(e, d->end, stop, langs, first, &after_lang, next, range);
    if (a == YA_CUE) {
        *lang = after_lang;
        return true;
    }
    /* miss21: after a preposition that only dates, a word after it that no count takes
       ("in 2009 under", "sejak 2024 masih"), or after a verb of a language that writes nouns capitalised, a word not capitalised
       ("wurde 1967 eröffnet") */
    if ((a == YA_WORD || a == YA_JOIN) && ((strength == 1 && join) || verb)) {
        int l = then_word(e, d->end, stop, langs, first, verb);
        if (l >= 0) {
            *next = 0;
            *lang = verb ? before : l;
            return true;
        }
    }
    if (verb)
        return false;
    /* b33: after a preposition that dates (year_before), another of its language right
       after the year: the phrase goes on in time ("from 1928 until milk production
       stopped", "von 1944 im Jahr 1951"); not a round number, as often an amount ("by 2000
       after the merger") */
    if (strength == 1 && !join && !range_only && (a == YA_WORD || a == YA_JOIN) &&
        d->year % DNP_PAGE_ROUND_AMOUNT != 0 && dating_word_after(e, d->end, stop, before)) {
        *next = 0;
        *lang = before;
        return true;
    }
    /* rangeyear: after a preposition that says nothing alone (year_from), "and" then a word
       no count takes in its language ("Sonorama de 2022 y fue brutal", "apagão de 2001 e o
       que"; not "de 2000 y 3000", a list, nor "de 2000 en la", a preposition, nor a round
       number, as often an amount: DNP_PAGE_ROUND_AMOUNT) */
    if (range_only && a == YA_JOIN && d->year % DNP_PAGE_ROUND_AMOUNT != 0 &&
        and_then_word(e, d->end, stop, langs, first, before)) {
        *next = 0;
        *lang = before;
        return true;
    }
    if (!strength && a == YA_LIST)
        return years_alone_pair(e, d, stop, langs, first, lang, *next, *range);
    if (!strength || a == YA_NO || (range_only && a != YA_LIST))
        return false;
    if ((a == YA_WORD || (a == YA_JOIN && !join)) && strength < 2)
        return false;
    if (a == YA_LIST) {
        /* the second year ends the phrase too, or a mark or cue of its own follows it
           ("2017–2019 роках") */
        size_t p = *next;
        dnp_token y;
        if (!dnp_next_token(e->text, stop, &p, &y))
            return false;
        if (range_only && (year_token(e, &y) <= d->year ||
                           year_token(e, &y) - d->year > DNP_PAGE_YEAR_FROM_SPAN))
            return false; /* "de 1500 à 2000.": an amount's range */
        size_t n2 = 0;
        bool r2 = false;
        int l2 = -1;
        int a2 = year_after(e, y.end, stop, langs, first, &l2, &n2, &r2);
        bool marked = false;
        if (a2 == YA_WORD) {
            size_t q = y.end;
            dnp_token m;
            if (dnp_next_token(e->text, stop, &q, &m) && (m.flags & DNP_TF_SPACE) &&
                dnp_next_token(e->text, stop, &q, &m) && m.kind == DNP_TK_WORD &&
                !(m.flags & DNP_TF_LONG)) {
                const dnp_lex_key *k = word_key(e, m.fold, m.flen);
                marked = k && (k->kinds & (1u << DNP_K_YEAR_MARK));
            }
        }
        if (!(a2 == YA_END || a2 == YA_CUE || marked || (a2 == YA_JOIN && join) ||
              ((a2 == YA_WORD || a2 == YA_JOIN) && strength == 2)))
            return false;
    } else {
        *next = 0;
    }
    *lang = before;
    return true;
}

/* A reading whose words are of none of the page's languages ("Nel 2025 il tram":
   Azerbaijani "il", year; "the budget set in 2024": Spanish "set", September; "construite
   en 1978, bel": Yoruba "bel"): its four-digit year may still be a year alone of the page
   (page_year_alone); then d becomes that year, in the cue's language. */
static bool page_year_unmarked(const env *e, dn_date *d, page_langs *pl)
{
    if (d->precision > DN_PREC_DAY || (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_EPOCH |
                                                   DN_FLAG_YEAR_IMPLIED | DN_FLAG_TWO_DIGIT_YEAR)) ||
        d->calendar)
        return false;
    size_t pos = d->start;
    dnp_token t, y4 = {0};
    int nyears = 0;
    while (dnp_next_token(e->text, d->end, &pos, &t))
        if (t.kind == DNP_TK_NUM && t.ndigits == 4 && (int)t.value == d->year)
            y4 = t, nyears++;
    if (nyears != 1)
        return false;
    dn_date y = *d;
    y.start = y4.start, y.end = y4.end;
    int l = -1;
    size_t next = 0;
    bool range = false;
    if (!page_year_alone(e, &y, &pl->set, pl->first, &l, &next, &range) || l < 0)
        return false;
    if (next) { /* its list's second year is one too (page_years) */
        if (pl->nlist == LIST_NEXT)
            return false;
        pl->list_next[pl->nlist] = next, pl->list_lang[pl->nlist++] = l;
    }
    int year = d->year;
    size_t start = y.start, end = y.end;
    memset(d, 0, sizeof *d);
    d->year = year, d->precision = DN_PREC_YEAR;
    d->start = start, d->end = end;
    d->confidence = DNP_CONF_PAGE_YEAR;
    strncpy(d->locale, dnp_langs[l].code, sizeof d->locale - 1);
    return true;
}

/* miss21: the byte where the line of byte `at` begins, blanks skipped, when only blanks
   stand between it and `at`; else (size_t)-1. */
static size_t line_lead(const env *e, size_t at)
{
    size_t a = at;
    while (a > 0 && (e->text[a - 1] == ' ' || e->text[a - 1] == '\t'))
        a--;
    return a == 0 || e->text[a - 1] == '\n' ? a : (size_t)-1;
}

/* miss21: the length of a dash between blanks at byte `at` followed by a letter (" – A
   pandemia"), 0 when there is none; *dash gets the dash's code point. */
static size_t blank_dash_at(const env *e, size_t at, uint32_t *dash)
{
    size_t pos = at;
    dnp_token t;
    if (!dnp_next_token(e->text, e->len, &pos, &t) || t.kind != DNP_TK_SEP || t.start != at ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, e->len, &pos, &t) || t.kind != DNP_TK_SEP ||
        !year_dash((uint32_t)t.value))
        return 0;
    *dash = (uint32_t)t.value;
    if (!dnp_next_token(e->text, e->len, &pos, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, e->len, &pos, &t) || t.kind != DNP_TK_WORD)
        return 0;
    return t.start - at;
}

/* miss21: whether the year alone d opens a line of a timeline ("2020 – A pandemia suspende
   os estudos", a chronology's entry): a dash between blanks after it, and the line before
   or after it opening with a date of the page (out[0..n)) and the same dash after it
   ("12 de julho de 2019 – Escolha do terreno"). */
static bool timeline_year(const env *e, const dn_date *d, const dn_date *out, size_t n)
{
    uint32_t dash = 0, other = 0;
    if (line_lead(e, d->start) == (size_t)-1 || !blank_dash_at(e, d->end, &dash))
        return false;
    size_t ls = line_lead(e, d->start);
    size_t le = d->end;
    while (le < e->len && e->text[le] != '\n')
        le++;
    for (size_t j = 0; j < n; j++) {
        const dn_date *o = &out[j];
        size_t os = line_lead(e, o->start);
        if (os == (size_t)-1 || o->start == d->start)
            continue;
        /* on the line just before or just after d's */
        bool before = os < ls && !memchr(e->text + os, '\n', ls - 1 - os) && ls > 0;
        bool after = os > le && !memchr(e->text + le + 1, '\n', os - le - 1);
        if ((before || after) && blank_dash_at(e, o->end, &other) && other == dash)
            return true;
    }
    return false;
}

/* b33: the next year of a list of years after the year that ends at byte `at`, written
   "YEAR, YEAR, ... and YEAR" ("w latach 2019, 2021 i 2023"): the byte where the year after
   the comma or "and" starts, when the list goes on so to its last year after an "and" of
   langs; else 0. A comma alone may part a year from an amount ("in 2019, 2000 people"):
   only the "and" at the list's end says it is one. */
static size_t year_list_next(const env *e, size_t at, const dnp_langset *langs)
{
    size_t pos = at, first = 0;
    dnp_token t;
    for (int items = 0; items < DNP_PAGE_YEAR_LIST_MAX; items++) {
        bool comma = false, and = false;
        if (!dnp_next_token(e->text, e->len, &pos, &t))
            return 0;
        if (t.kind == DNP_TK_SEP && t.value == ',' && t.start == at) {
            comma = true;
            if (!dnp_next_token(e->text, e->len, &pos, &t))
                return 0;
        }
        if (t.kind != DNP_TK_SEP || !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
            !dnp_next_token(e->text, e->len, &pos, &t))
            return 0;
        if (!comma) {
            const dnp_lex_key *k = t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)
                                       ? word_key(e, t.fold, t.flen)
                                       : NULL;
            if (!and_of_page(k, langs) || !dnp_next_token(e->text, e->len, &pos, &t) ||
                t.kind != DNP_TK_SEP || !(t.flags & DNP_TF_SPACE) ||
                !dnp_next_token(e->text, e->len, &pos, &t))
                return 0;
            and = true;
        }
        if (!year_token(e, &t) ||
            (pos < e->len && e->text[pos] >= '0' && e->text[pos] <= '9'))
            return 0;
        if (!first)
            first = t.start;
        if (and)
            return first;
        at = t.end;
    }
    return 0;
}

/* The years alone of a page of known languages (pl): of the numbers put aside (years[0..ny),
   in text order), those page_year_alone keeps, merged in text order into out[0..n) while
   it has room (cap); returns how many out holds. The second year of a list or range ("2009
   și 2012", "2017–2019") is kept with the first. */
static size_t page_years(const env *e, const page_langs *pl, const dn_search_options *opts,
                         dn_date *years, size_t ny, dn_date *out, size_t n, size_t cap)
{
    size_t nk = 0, year_next = 0;
    int year_next_lang = -1;
    for (size_t i = 0; i < ny; i++) {
        dn_date d = years[i];
        int l = -1;
        size_t next = 0;
        bool range = false;
        int listed = -1; /* the second year of a list a reading of another language began */
        for (int q = 0; q < pl->nlist && listed < 0; q++)
            if (pl->list_next[q] == d.start)
                listed = q;
        if (year_next && d.start == year_next)
            l = year_next_lang;
        else if (listed >= 0)
            l = pl->list_lang[listed];
        else if (timeline_year(e, &d, out, n))
            l = pl->first; /* miss21: "2020 – A pandemia ..." in a chronology */
        else if (!page_year_alone(e, &d, &pl->set, pl->first, &l, &next, &range))
            continue;
        else if (next)
            year_next = next, year_next_lang = l;
        /* b33: a year of a list, its next year ("2019, 2021 i 2023") */
        size_t ln = !next ? year_list_next(e, d.end, &pl->set) : 0;
        if (ln)
            year_next = ln, year_next_lang = l;
        if (piece_of_number(e, &d) || url_piece(e, &d))
            continue;
        if (d.year > e->now_year + DNP_PAGE_YEAR_AHEAD) {
            /* b21fix: a year of the Buddhist era, its cue of a language whose locale counts
               years in it ("ปี 2566" on a Thai page: 2023) */
            if (l < 0 || !dnp_langset_has(&e->p->buddhist_langs, (unsigned)l) ||
                !(d.year = dnp_buddhist_year(d.year)))
                continue;
            d.calendar = DN_CAL_BUDDHIST;
        }
        date_words w;
        read_words(e, &d, &w, NULL, NULL, NULL);
        if (w.not_date) /* "Seite 2019" */
            continue;
        d.flags &= ~DNP_FLAG_PAGE_YEAR;
        d.confidence = DNP_CONF_PAGE_YEAR;
        if (l >= 0) {
            strncpy(d.locale, dnp_langs[l].code, sizeof d.locale - 1);
            d.locale[sizeof d.locale - 1] = 0;
        }
        (void)opts; /* its language is one of the page's: DN_SEARCH_HINTS_ONLY keeps it */
        years[nk++] = d;
    }
    if (n + nk > cap)
        nk = cap > n ? cap - n : 0; /* no room: the last years are left out */
    /* merge from the end, in place */
    size_t i = n, j = nk, k = n + nk;
    while (j > 0) {
        if (i > 0 && out[i - 1].start > years[j - 1].start)
            out[--k] = out[--i];
        else
            out[--k] = years[--j];
    }
    return n + nk;
}

/* issue 10: whether the ROC reading d of a three-digit year (DNP_FLAG_PAGE_CAL) writes it
   before a year mark after which the page's languages (pl) write the ROC year with no era
   (locales/ roc_year_mark: Chinese "115年9月1日"), with its month. */
static bool roc_year_marked(const env *e, const dn_date *d, const page_langs *pl)
{
    if (d->precision < DN_PREC_MONTH)
        return false;
    size_t pos = d->start;
    dnp_token t;
    bool after_year = false; /* the token before was the three-digit year */
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind == DNP_TK_NUM) {
            after_year = t.ndigits == 3;
            continue;
        }
        if (after_year && t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG))
            return cue_lang_of(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_ROC_YEAR, &pl->set,
                               pl->first) >= 0;
        after_year = false;
    }
    return false;
}

/* b21fix: a date whose year is no Gregorian one but one of the Buddhist era, on a page in a
   language whose locale counts years in it (CLDR's default calendar: Thai), takes the
   Gregorian year: a Thai page writes "15/08/2569" and "26/11/2569 08:12" without the era
   word (พ.ศ.), as it writes its month names' years ("26 พฤศจิกายน 2569", monthname.c).
   Taiwan's ROC years are the same on a Chinese page (roc_year_marked). */
static bool buddhist_page_year(const env *e, dn_date *d, const page_langs *pl)
{
    if (d->calendar || d->precision < DN_PREC_MONTH)
        return false;
    dnp_langset in = pl->set;
    dnp_langset_and(&in, &e->p->buddhist_langs);
    int y = dnp_langset_empty(&in) ? 0 : dnp_buddhist_year(d->year);
    if (!y)
        return false;
    d->year = y;
    d->calendar = DN_CAL_BUDDHIST;
    d->flags &= ~DN_FLAG_CALENDAR_AMBIGUOUS;
    d->alt_year = d->alt_month = d->alt_day = 0;
    if (d->precision >= DN_PREC_DAY)
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day));
    if (d->confidence > DNP_CONF_CALENDAR_CONTEXT)
        d->confidence = DNP_CONF_CALENDAR_CONTEXT;
    return true;
}

/* The calendar of the page's years that the text leaves open (DNP_FLAG_PAGE_CAL: a
   three-digit year, "115年12月1日", "115/11/25"): the ROC calendar when a date of the page
   names its era ("民國115年11月20日", "民國77年"), as a Taiwanese notice writes the era
   once and the years alone after it; else none (0). */
static int page_calendar(const dn_date *out, size_t n)
{
    bool open = false;
    for (size_t i = 0; i < n && !open; i++)
        open = out[i].flags & DNP_FLAG_PAGE_CAL;
    for (size_t i = 0; i < n && open; i++)
        if (out[i].calendar == DN_CAL_ROC && !(out[i].flags & DNP_FLAG_PAGE_CAL))
            return DN_CAL_ROC;
    return 0;
}

/* rest36: a weekday alone d followed by one blank and its day of the month, then the
   line's end, a comma, a table's gap (a tab or two blanks) or a filler of the lexicon that
   is no month and a clock time ("Venres 27            Chuvia forte", "sábado 28 ás 18:00",
   at that time): the day of that
   number in the reference's month or the one before or after it that falls on that
   weekday, the nearest to the reference and at most DNP_PAGE_WEEKDAY_DAY_SPAN days from it:
   1. A number after it that is no such day: -1 (no date; the scan read the weekday before a
   number only for this, relative.c's day_number_after); else 0. Not a number glued to more ("Friday 27.5", "Sunday 12pm"), nor one before a word the
   lexicon does not know ("Friday 13 students came"). */
static int weekday_day_number(const env *e, dn_date *d)
{
    const char *s = e->text;
    size_t p = d->end;
    if (d->weekday < 1 || d->weekday > 7 || p + 2 > e->len || s[p] != ' ' ||
        !(s[p + 1] >= '0' && s[p + 1] <= '9'))
        return 0;
    size_t q = p + 1;
    int v = 0;
    while (q < e->len && s[q] >= '0' && s[q] <= '9' && q - p <= 3)
        v = v * 10 + (s[q++] - '0');
    if (q - p - 1 > 2 || v < 1 || v > 31)
        return 0;
    bool ok = q >= e->len || s[q] == '\n' || s[q] == '\r' || s[q] == '\t' || s[q] == ',' ||
              (s[q] == ' ' && q + 1 < e->len && (s[q + 1] == ' ' || s[q + 1] == '\n'));
    size_t tend = 0;
    int minutes = -1;
    if (!ok && s[q] == ' ') {
        size_t r = q;
        dnp_token t;
        if (dnp_next_token(s, e->len, &r, &t) && dnp_next_token(s, e->len, &r, &t) &&
            t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            const dnp_lex_key *k = word_key(e, t.fold, t.flen);
            if (k && (k->kinds & (1u << DNP_K_FILLER)) && !(k->kinds & (1u << DNP_K_MONTH)) &&
                r + 1 < e->len && s[r] == ' ') {
                size_t lim = r + 1 + DNP_PAGE_RANGE_LOOKBACK < e->len ? r + 1 + DNP_PAGE_RANGE_LOOKBACK
                                                                    : e->len;
                tend = clock_at(e, r + 1, lim, &minutes);
                ok = tend > 0;
            }
        }
    }
    if (!ok)
        return -1;
    int best_y = 0, best_m = 0;
    int64_t best = -1;
    for (int off = -1; off <= 1; off++) {
        int y = e->now_year, m = e->now_month + off;
        if (m < 1)
            m += 12, y--;
        else if (m > 12)
            m -= 12, y++;
        if (v > dnp_days_in_month(y, m))
            continue;
        int64_t t = dnp_days_from_civil(y, (unsigned)m, (unsigned)v);
        int64_t dist = t > e->now_days ? t - e->now_days : e->now_days - t;
        if (dnp_weekday(t) != d->weekday || dist > DNP_PAGE_WEEKDAY_DAY_SPAN ||
            (best >= 0 && dist >= best))
            continue;
        best = dist, best_y = y, best_m = m;
    }
    if (best < 0)
        return -1;
    d->year = best_y, d->month = best_m, d->day = v;
    d->precision = DN_PREC_DAY;
    d->hour = d->minute = d->second = 0;
    d->end = q;
    if (tend) /* "sábado 28 ás 18:00": the filler's time */
        d->hour = minutes / 60, d->minute = minutes % 60, d->precision = DN_PREC_MINUTE,
        d->end = tend;
    d->flags &= ~(DNP_FLAG_PAGE_WEEKDAY | DN_FLAG_RELATIVE | DN_FLAG_WEEKDAY_MISMATCH);
    d->flags |= DN_FLAG_YEAR_IMPLIED;
    d->confidence = DNP_CONF_PAGE_WEEKDAY_DAY;
    return 1;
}

/* rest36: whether d, a day and a short month word in lower case ("29 may"), begins with
   the last day of a range glued by a dash to the date before it, p, which ends with its day
   ("Nov 26–29 may change": the month word is the sentence's verb; linked_day_after reads
   the range). */
static bool dash_range_end(const env *e, const dn_date *d, const dn_date *p)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t a = d->start;
    if (p->precision != DN_PREC_DAY || p->end >= a || !(s[p->end - 1] >= '0' && s[p->end - 1] <= '9'))
        return false;
    size_t dash = a - p->end;
    if (!((dash == 1 && s[p->end] == '-') ||
          (dash == 3 && s[p->end] == 0xE2 && s[p->end + 1] == 0x80 && s[p->end + 2] == 0x93)))
        return false;
    size_t pos = a;
    dnp_token t;
    if (!dnp_next_token(e->text, d->end, &pos, &t) || t.kind != DNP_TK_NUM || t.start != a)
        return false;
    while (dnp_next_token(e->text, d->end, &pos, &t) && t.kind == DNP_TK_SEP)
        ;
    return t.kind == DNP_TK_WORD && t.end == d->end && lower_weak_month(e, &t);
}

/* rest36: the calendar of months of its own (Ethiopian, Coptic, ...) in which the page
   writes a date of year `year` with its words (an era or a month of it: "ኅዳር 17 ቀን 2019
   ዓ.ም."), or 0: the calendar of the page's numeric dates of that year. */
static int page_year_calendar(const dn_date *out, size_t n, int year)
{
    for (size_t j = 0; j < n; j++) {
        int cal = (int)out[j].calendar;
        if (!cal || dnp_cal_family(cal) == DN_CAL_GREGORIAN ||
            (out[j].flags & (DNP_FLAG_PAGE_CAL | DN_FLAG_RELATIVE)) ||
            out[j].precision < DN_PREC_DAY)
            continue;
        int64_t days = dnp_days_from_civil(out[j].year, (unsigned)out[j].month,
                                           (unsigned)out[j].day);
        if (dnp_cal_year_of(cal, days) == year)
            return cal;
    }
    return 0;
}

/* rest36: an all-numeric date (day, month and four-digit year, one separator) whose year is
   one the page writes in a calendar of months of its own, with that calendar's words
   (page_year_calendar), is of that calendar: an Amharic timetable's "28/03/2019" under
   "ኅዳር 17 ቀን 2019 ዓ.ም." is Ethiopian (2026-12-07), as the page's readers take it; the day
   and month in the page's order (day first unless it proves month first). Not a date of
   words, nor one whose year the page writes in no such calendar ("15/12/2026" on the same
   page is Gregorian). */
static bool page_numeric_calendar(const env *e, dn_date *d, const dn_date *out, size_t n,
                                  dn_order order)
{
    if (d->calendar || d->locale[0] || d->precision != DN_PREC_DAY ||
        (d->flags & (DN_FLAG_RELATIVE | DN_FLAG_TWO_DIGIT_YEAR)))
        return false;
    size_t pos = d->start;
    dnp_token t;
    int v[3], nd[3], nn = 0;
    unsigned sep = 0;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind == DNP_TK_NUM && nn < 3) {
            v[nn] = (int)t.value, nd[nn++] = (int)t.ndigits;
            continue;
        }
        if (t.kind != DNP_TK_SEP || (t.value != '/' && t.value != '.' && t.value != '-') ||
            (sep && t.value != sep))
            return false;
        sep = t.value;
    }
    if (nn != 3 || !sep)
        return false;
    int y, m, dd;
    if (nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2)
        y = v[0], m = v[1], dd = v[2];
    else if (nd[2] == 4 && nd[0] <= 2 && nd[1] <= 2) {
        bool mdy = order == DN_ORDER_MDY;
        y = v[2], m = mdy ? v[0] : v[1], dd = mdy ? v[1] : v[0];
    } else
        return false;
    int cal = page_year_calendar(out, n, y);
    cand c;
    memset(&c, 0, sizeof c);
    if (!cal || dnp_cal_convert(cal, -1, y, m, dd, &c) != DNP_CV_OK || c.prec != DN_PREC_DAY ||
        !dnp_cal_plausible(c.year))
        return false;
    d->year = c.year, d->month = c.month, d->day = c.day;
    d->calendar = cal;
    d->flags &= ~(DN_FLAG_AMBIGUOUS | DN_FLAG_CALENDAR_AMBIGUOUS | DN_FLAG_ORDER_PROVED |
                  DN_FLAG_WEEKDAY_MISMATCH);
    d->alt_year = d->alt_month = d->alt_day = 0;
    d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day));
    if (d->confidence > DNP_CONF_CALENDAR_CONTEXT)
        d->confidence = DNP_CONF_CALENDAR_CONTEXT;
    return true;
}

size_t dnp_page_finish(const env *e, const dn_search_options *opts, dn_date *out, size_t n,
                       size_t cap)
{
    if (!n)
        return n;
    if (opts && (opts->flags & DN_SEARCH_NO_PAGE)) {
        /* each date alone: a day and month without a year has no order to take */
        size_t kept = 0;
        for (size_t i = 0; i < n; i++)
            if (!(out[i].flags & (DNP_FLAG_PAGE_DAY_MONTH | DNP_FLAG_PAGE_MONTH_ALONE |
                                  DNP_FLAG_PAGE_WEEKDAY | DNP_FLAG_PAGE_LANG |
                                  DNP_FLAG_PAGE_YEAR | DNP_FLAG_PAGE_CAL |
                                  DNP_FLAG_PAGE_DAY_ALONE))) {
                out[kept] = out[i];
                out[kept++].flags &= ~DNP_FLAG_PAGE_TWO_WAYS;
            }
        return kept;
    }
    /* the numbers that may be years alone (DNP_FLAG_PAGE_YEAR) are put aside: they take no
       room among the first dates, whose words decide the page's languages, and are decided
       after the dates (page_years) */
    dn_date years[PAGE_YEARS];
    size_t ny = 0, m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(out[i].flags & DNP_FLAG_PAGE_YEAR)) {
            if (m != i) /* (most dates stay where they are: no copy) */
                out[m] = out[i];
            m++;
        }
        else if (ny < PAGE_YEARS)
            years[ny++] = out[i];
    }
    n = m;
    if (!n && !ny)
        return 0;
    page_langs pl = {{{0}}, -1, false, -1, {0}, {0}, 0};
    float votes[DNP_LANG_WORDS * 64] = {0}; /* (of_best_guess reads every language's) */
    int order_lang = -1;
    date_words cache[PAGE_CACHE]; /* the words of the first dates, read once */
    bool cached = false;
    if (opts && opts->locales && opts->locales[0])
        hint_langs(opts->locales, &pl);
    else if (e->p->nhints) {
        pl.set = e->p->hint_set, pl.first = e->p->hint_lang[0], pl.hinted = true;
    } else
        order_lang = vote_langs(e, out, n, &pl, votes, cache), cached = true;
    bool known = pl.first >= 0;
    if (known)
        order_lang = pl.first;
    else if (order_lang >= 0 && cached && votes[order_lang] < DNP_PAGE_ORDER_VOTE)
        order_lang = -1; /* wrong21: "Réunion le 5/12 à 8h00" is no 12 May */
    /* the scripts the page's languages are written in here: a word of another script is
       read as on a page of unknown language ("22 Nov 2015" on a Persian and Japanese page) */
    uint64_t page_scripts = 0;
    for (size_t i = 0; known && cached && i < n && i < PAGE_CACHE; i++) {
        dnp_langset in = cache[i].langs;
        dnp_langset_and(&in, &pl.set);
        if (!dnp_langset_empty(&in))
            page_scripts |= cache[i].scripts;
    }

    /* the order: the document's, the page's proof, the page's language's */
    dn_order order = opts && opts->order != DN_ORDER_AUTO ? opts->order : proved_order(out, n);
    bool by_page = order != DN_ORDER_AUTO;
    /* the document's first locale, when its region writes numeric dates in another order
       than its language's base locale ("en-GB", "es-US"): that order, for days and months
       without a year too */
    int loc_order = pl.first_locale >= 0 && order_lang == pl.first
                            && dnp_locales[pl.first_locale].short_order
                                   != dnp_langs[order_lang].short_order
                        ? dnp_locales[pl.first_locale].short_order
                        : DNP_ORD_NONE;
    if (loc_order != DNP_ORD_DMY && loc_order != DNP_ORD_MDY)
        loc_order = DNP_ORD_NONE;
    if (!by_page && order_lang >= 0 && !e->p->order_from_user) {
        int so = loc_order ? loc_order : dnp_langs[order_lang].short_order;
        order = so == DNP_ORD_DMY ? DN_ORDER_DMY : so == DNP_ORD_MDY ? DN_ORDER_MDY
                                                                    : DN_ORDER_AUTO;
    }

    /* a day and month without a year: the page's proof, else the order its language writes
       them in (CLDR's Md: Chinese "M/d" though its full dates are y/M/d, Swedish "d/M") */
    dn_order dm_order = order;
    if (!by_page && order_lang >= 0 && !e->p->order_from_user) {
        int mo = loc_order ? loc_order : dnp_langs[order_lang].md_order;
        dm_order = mo == DNP_ORD_DMY ? DN_ORDER_DMY : mo == DNP_ORD_MDY ? DN_ORDER_MDY : order;
    }

    /* a page of weekly slots: the weekdays it writes many dates on, and the recurring
       weekdays it names ("du lundi au vendredi", "every Saturday") */
    unsigned slots = SLOTS_UNREAD; /* read when a weekday first asks (weekday_slot) */
    size_t recurs[RECUR_MAX];
    size_t nrecurs = 0;
    uint64_t recur_bits = 0; /* which of the first 64 dates recur (read once) */
    for (size_t i = 0; known && i < n; i++)
        if (weekday_recurs(e, out, n, i, &pl.set)) {
            if (i < 64)
                recur_bits |= 1ull << i;
            if (nrecurs < RECUR_MAX)
                recurs[nrecurs++] = out[i].start;
        }

    int page_cal = page_calendar(out, n);
    /* rest36: a date of a calendar of months of its own on a page of known language: its
       numeric dates may be of it (page_numeric_calendar) */
    bool own_cal = false;
    for (size_t i = 0; known && i < n && !own_cal; i++)
        own_cal = out[i].calendar && !greg_months(&out[i]);
    size_t kept = 0;
    bool days_alone = false; /* a day alone with its mark kept (DNP_FLAG_PAGE_DAY_ALONE) */
    for (size_t i = 0; i < n; i++) {
        dn_date d = out[i];
        if ((d.flags & DNP_FLAG_PAGE_DAY_MONTH) && !page_day_month(e, &d, dm_order, out, n, i))
            continue;
        if (d.flags & DNP_FLAG_PAGE_CAL) {
            if ((int)d.calendar != page_cal &&
                !(known && d.calendar == DN_CAL_ROC && roc_year_marked(e, &d, &pl)))
                continue; /* "115年12月1日" on a page that writes no ROC era */
            d.flags &= ~DNP_FLAG_PAGE_CAL;
        }
        if (own_cal)
            page_numeric_calendar(e, &d, out, n, order);
        if (kept && dash_range_end(e, &d, &out[kept - 1]))
            continue;
        if ((d.flags & DN_FLAG_TWO_DIGIT_YEAR) && (amount_year(e, &d) || glued_year(e, &d)))
            out[i] = d; /* (for the dates after it, which read out) */
        if (d.year > e->now_year + DNP_PAGE_FAR_YEARS && !(d.flags & DN_FLAG_RELATIVE) &&
            !(known && buddhist_page_year(e, &d, &pl)))
            continue;
        /* (a weekday the scan read before a number that is no day of it: "szombaton 10 és
           14 óra között", Saturday from 10 to 14, is a weekday of hours, none) */
        if ((d.flags & DNP_FLAG_PAGE_WEEKDAY) && weekday_day_number(e, &d) < 0)
            continue;
        if (d.flags & DNP_FLAG_PAGE_WEEKDAY) {
            /* a weekday alone: a date on a page of known language, not a recurring day
               (its word in the page's languages: below) */
            if (!known || recurs_at(e, out, n, i, &pl.set, recur_bits) ||
                weekday_slot(e, out, n, &d, &slots, recurs, nrecurs) || timetable_line(e, &d) ||
                weekday_after_stop(e, out, i, &d) || hours_clause_before(e, out, i, &d))
                continue;
            weekday_day(e, out, n, i, &d, &pl.set);
            d.confidence = DNP_CONF_PAGE_WEEKDAY;
        } else if (known && (d.flags & DN_FLAG_RELATIVE) && d.weekday &&
                   (recurs_at(e, out, n, i, &pl.set, recur_bits) ||
                    (((d.precision >= DN_PREC_HOUR &&
                       (weekday_slot(e, out, n, &d, &slots, recurs, nrecurs) ||
                        timetable_line(e, &d))) ||
                      hours_clause_before(e, out, i, &d)) &&
                     weekday_and_time(e, &d, &pl.set))))
            continue; /* "בכל יום שישי" (every Friday), read as "this Friday"; "19:00 金曜" */
        /* below DNP_CONF_SEARCH_MIN a reading of running text is more often wrong than
           right (tests/pages' calibration) */
        /* (an ambiguous date with a two-digit year near the reference's, in the page's
           order: take_order below) */
        bool near2 = (d.flags & (DN_FLAG_AMBIGUOUS | DN_FLAG_TWO_DIGIT_YEAR)) ==
                         (DN_FLAG_AMBIGUOUS | DN_FLAG_TWO_DIGIT_YEAR) &&
                     (order == DN_ORDER_DMY || order == DN_ORDER_MDY) &&
                     abs(d.year - e->now_year) <= DNP_PAGE_TWO_DIGIT_NEAR &&
                     (padded_fields(e, &d) || (by_page && dotted_two_digit_month(e, &d)));
        if ((d.confidence < DNP_CONF_SEARCH_MIN && !near2) || piece_of_number(e, &d) ||
            url_piece(e, &d) || version_of_product(e, &d) ||
            counted_from_noun(e, &d) || counted_from_event(e, &d, &pl.set) || menu_item(e, &d) ||
            named_ends_title(e, &d) ||
            week_restated(e, out, n, i))
            continue;
        /* (the cache's words in place: no copy of them a date) */
        date_words wbuf;
        const date_words *w = &wbuf;
        if (cached && i < PAGE_CACHE)
            w = &cache[i];
        else
            read_words(e, &d, &wbuf, NULL, NULL, NULL);
        if (w->not_date) /* "janv. 2019 · Page 1": the day is the page's */
            continue;
        /* a street's words: of the page's languages or of the date's own ("28 May küç.",
           Azerbaijani May, on a page read as English) */
        if (street_name(e, &d, &w->langs, known ? &pl.set : NULL) ||
            model_year(e, &d, &w->langs, known ? &pl.set : NULL))
            continue;
        if (d.precision == DN_PREC_YEAR && !(d.flags & DN_FLAG_RELATIVE) && !w->words &&
            !year_mark_of_page(e, &d, known ? &pl.set : NULL) &&
            !(known && page_year_unmarked(e, &d, &pl)))
            continue; /* "6 x 1000 m" (Lithuanian "m." of years) on a Swedish page */
        if ((d.flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) == DN_FLAG_YEAR_IMPLIED &&
            d.precision >= DN_PREC_MONTH && date_recurring(e, &d))
            continue; /* "every year on 15 December", "hvert år i oktober" */
        if (w->era && known && !dnp_langset_empty(&pl.set)) {
            /* an era word in none of the page's languages is an ordinary word: "on Aug 12
               my fan" (Kamba "my", before Christ) */
            dnp_langset in = w->era_langs;
            dnp_langset_and(&in, &pl.set);
            if (dnp_langset_empty(&in))
                continue;
        }
        if (w->ampm_before && known && !dnp_langset_empty(&pl.set)) {
            /* so is an am/pm word before the time that is a date word in none of the
               page's languages: "versions 10.11 to 10.12" (Uzbek "TO", am) */
            dnp_langset in = w->ampm_langs;
            dnp_langset_and(&in, &pl.set);
            if (dnp_langset_empty(&in))
                continue;
        }
        /* the page's languages say nothing of a date in a script they are not written in */
        bool known_here = known && (!cached || (w->scripts & page_scripts) || !w->scripts);
        if (d.flags & DNP_FLAG_PAGE_MONTH_ALONE) {
            /* a month name alone: a date only as a full month word of the page's
               languages ("w grudniu" on a Polish page, not "Mars" on an English one) */
            dnp_langset in = w->langs;
            dnp_langset_and(&in, &pl.set);
            /* a month of several words ("九月": "九" + "月") or a number and its mark ("12
               月") has no month word read here: its reader's language stands for it */
            bool named = w->strong_month || w->weak_month;
            int l = named ? -1 : dnp_lang_find(d.locale, strlen(d.locale));
            bool ours = named ? w->strong_month && !dnp_langset_empty(&in)
                              : !dnp_langset_empty(&in) ||
                                    (l >= 0 && dnp_langset_has(&pl.set, (unsigned)l));
            if (!known_here || !ours || month_part(e, &d) || month_is_name(e, &d))
                continue;
            d.flags &= ~DNP_FLAG_PAGE_MONTH_ALONE;
            d.confidence = DNP_CONF_PAGE_MONTH_ALONE;
        }
        /* (a year alone read no month: its word is no month of it, "rok 2035" no Maasai
           June) */
        /* (miss21: a short month prefix of another language beside a month's name is a
           filler of the page's: Filipino "ng", of, is Kwasio's prefix: "ika-19 ng
           Nobyembre") */
        if ((w->weak_month || (w->weak_prefix && !w->strong_month)) &&
            !(d.flags & DN_FLAG_RELATIVE) && d.precision >= DN_PREC_MONTH) {
            /* a weak month word in none of the page's languages: a date only with its
               day and four-digit year; on a page of unknown language, also when many
               languages write the month so ("Oct", "Dec") or it is a month's full name
               ("on 27 July", "le 27 août") */
            dnp_langset in = w->weak_langs;
            if (known_here)
                dnp_langset_and(&in, &pl.set);
            /* issue 10: a month so written by many languages, capitalised, with its
               four-digit year is a date on any page ("Reg: Mar 2009" on a Swedish forum;
               not "set in 2024"); a month and year alone in a word only languages few
               people write ("DAC 1904", a football club) is none on a page of unknown
               language */
            bool many = w->weak_nlangs >= DNP_PAGE_WEAK_LANGS;
            bool keep = known_here ? !dnp_langset_empty(&in) || (many && w->year4 &&
                                                                  month_then_year(e, &d))
                              : (w->year4 && (w->weak_nlangs || d.precision >= DN_PREC_DAY)) ||
                                    w->weak_full || many;
            /* wrong31: on a page of unknown language, nor a month and year alone whose
               month word another language writes before a year ("Han tog ut 2000 kr.":
               Swedish "ut", out; Wolof August) */
            if (!known_here && w->weak_prep && d.precision < DN_PREC_DAY)
                keep = false;
            if (!keep && !(known_here && page_year_unmarked(e, &d, &pl)))
                continue;
        }
        if ((d.flags & DNP_FLAG_PAGE_WEEKDAY) && !known_here)
            continue;
        if (d.flags & DNP_FLAG_PAGE_DAY_ALONE) {
            /* a day alone with its mark: on a page in the mark's language only */
            int l = dnp_lang_find(d.locale, strlen(d.locale));
            dnp_langset in = w->langs;
            dnp_langset_and(&in, &pl.set);
            if (!known_here || (dnp_langset_empty(&in) && !(l >= 0 && dnp_langset_has(&pl.set, (unsigned)l))))
                continue;
            days_alone = true;
        }
        if ((d.flags & DNP_FLAG_PAGE_LANG) &&
            !(known ? known_here && named_of_page(e, &d, &pl.set)
                    : of_best_guess(&d, cached ? votes : NULL)))
            continue;
        d.flags &= ~DNP_FLAG_PAGE_LANG; /* DNP_FLAG_PAGE_WEEKDAY: after weekday_with_date */
        if (d.precision == DN_PREC_WEEK && known_here)
            week_locale(e, &d, &pl.set);
        if (d.flags & DNP_FLAG_PAGE_TWO_WAYS) {
            two_ways_day(e, &d, known ? &pl.set : NULL);
            d.flags &= ~DNP_FLAG_PAGE_TWO_WAYS;
        }
        if (known_here && w->words && (!w->year4 || d.precision == DN_PREC_YEAR)) {
            /* no word of it in the page's languages: an ordinary word of the page
               (Czech "Jana", a name, is Swahili "yesterday"); a year alone has only its
               word to say it is one. A filler of the page's language says it is its date
               with its time ("29/11, às 16h": Portuguese "às", Hausa Saturday) */
            dnp_langset in = w->langs;
            for (int q = 0; q < DNP_LANG_WORDS && d.precision >= DN_PREC_HOUR; q++)
                in.w[q] |= w->filler_langs.w[q];
            dnp_langset_and(&in, &pl.set);
            if (dnp_langset_empty(&in) && !numeric_alone(e, &d) &&
                !page_year_unmarked(e, &d, &pl))
                continue;
        }
        /* b33: nor, with its four-digit year, a month and year alone whose words only
           languages few people write have: an ordinary word of the page beside a year
           ("dal 1958 al 1995, fondò la banda": Italian "fondò", founded, is Sango's June);
           the year may still be one alone of the page */
        if (known_here && w->words && w->year4 && d.precision == DN_PREC_MONTH &&
            !(d.flags & DN_FLAG_RELATIVE) && dnp_lang_rare(dnp_lang_find(d.locale, strlen(d.locale)))) {
            dnp_langset in = w->langs;
            dnp_langset_and(&in, &pl.set);
            if (dnp_langset_empty(&in) && !page_year_unmarked(e, &d, &pl))
                continue;
        }
        /* the language that names it: a page language its words have */
        if (known && w->words) {
            dnp_langset in = w->langs;
            dnp_langset_and(&in, &pl.set);
            if (!dnp_langset_empty(&in)) {
                /* the first language, else of several the one most of the page's dates
                   are in (the first hinted one with hints) */
                int l = dnp_langset_has(&in, (unsigned)pl.first) ? pl.first : -1;
                for (int q = 0; l < 0 && q < DNP_LANG_WORDS; q++)
                    for (uint64_t b = in.w[q]; b; b &= b - 1) {
                        int k = q * 64 + __builtin_ctzll(b);
                        if (l < 0 || (!pl.hinted && votes[k] > votes[l]))
                            l = k;
                    }
                if (l >= 0 && (w->strong_month || w->weak_month) &&
                    strcmp(d.locale, dnp_langs[l].code) && !page_month(e, &d, l))
                    continue;
                if (l >= 0) {
                    strncpy(d.locale, dnp_langs[l].code, sizeof d.locale - 1);
                    d.locale[sizeof d.locale - 1] = 0;
                }
            }
        }
        if (opts && (opts->flags & DN_SEARCH_HINTS_ONLY) && pl.hinted && d.locale[0]) {
            int l = dnp_lang_find(d.locale, strlen(d.locale));
            if (l < 0 || !dnp_langset_has(&pl.set, (unsigned)l))
                continue;
        }
        if (order != DN_ORDER_AUTO && (d.flags & DN_FLAG_AMBIGUOUS)) {
            take_order(&d, order);
            d.flags |= DN_FLAG_PAGE_ORDER;
            if (by_page && d.confidence < DNP_CONF_PAGE_PROVED)
                d.confidence = DNP_CONF_PAGE_PROVED;
            else if (!by_page && d.confidence < DNP_CONF_PAGE_LANG_ORDER)
                d.confidence = DNP_CONF_PAGE_LANG_ORDER;
        }
        out[kept++] = d;
    }
    kept = weekday_with_date(e, out, kept);
    for (size_t i = 0; i < kept; i++)
        out[i].flags &= ~DNP_FLAG_PAGE_WEEKDAY;
    bool ahead = page_ahead(e, out, kept);
    for (size_t i = 0; i < kept; i++)
        if ((out[i].flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)) == DN_FLAG_YEAR_IMPLIED &&
            out[i].precision >= DN_PREC_MONTH && greg_months(&out[i]) &&
            !(out[i].flags & DNP_FLAG_PAGE_DAY_ALONE) && !sentence_year(e, out, kept, i) && ahead)
            next_year_ahead(e, &out[i], known ? &pl.set : NULL);
    if (days_alone)
        kept = day_alone_month(e, out, kept);
    kept = ranges(e, out, kept, cap);
    for (size_t i = 0; i < kept && days_alone; i++)
        out[i].flags &= ~(DNP_FLAG_PAGE_DAY_ALONE | DNP_FLAG_PAGE_DAY_PROVED);
    for (size_t i = 0; i < kept && kept < cap; i++)
        if (second_day_after(e, out, kept, i) || linked_day_after(e, out, kept, i))
            kept++, i++;
    range_turns_year(e, out, kept);
    dn_date unjoined[DNP_PAGE_UNJOIN_MAX];
    size_t nunjoined = timed_span_unjoin(e, out, kept, unjoined, DNP_PAGE_UNJOIN_MAX);
    kept = hours_after(e, out, kept, cap, known ? &pl.set : NULL);
    timed_span_restore(out, kept, unjoined, nunjoined);
    kept = hours_before(e, out, kept, cap);
    span_takes_pm(e, out, kept);
    times_listed(e, out, kept, known ? &pl.set : NULL);
    time_before_bracket(e, out, kept);
    for (size_t i = 0; i < kept; i++) {
        bracket_offset(e, &out[i], i + 1 < kept ? out[i + 1].start : e->len);
        /* miss21: the bracket its span opened closes it ("30. November 2026 (Montag)") */
        if (out[i].end < e->len && e->text[out[i].end] == ')' && bracket_open(e, &out[i]) &&
            !(i + 1 < kept && out[i + 1].start <= out[i].end))
            out[i].end++;
    }
    if (known)
        kept = page_years(e, &pl, opts, years, ny, out, kept, cap);
    return nowadays(e, out, kept);
}
