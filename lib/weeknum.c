/*
 * weeknum.c: a week named by its number, read as the ISO 8601 week YYYY-Www.
 *
 * The words are locales/ data (week_before, week_after, week_ordinal: DNP_CUE_WEEK_*):
 *   WORD N [YEAR]        "week 50", "Week 50, 2026", "wk 50", "KW 4/2027", "KW50",
 *                        "vecka 4 2027", "uke 49", "uge 49", "viikolla 49", "semaine 48",
 *                        "semana 48", "settimana 48", "tydzień 48", "неделя 48", "hafta 48",
 *                        "týden 48", "week 50 of 2026"; "v. 50" (a risky word: see below)
 *   N. WORD, N-END WORD  the number written as an ordinal, a glued dot or an ordinal ending
 *                        after a hyphen: "48. hafta", "48. týden", "w 48. tygodniu",
 *                        "48-я неделя"
 *   ORD N WORD           an ordinal word before the number: "第48周", "第48週"; with a year
 *                        and its mark first: "2026年第48周"
 *   N WORD               a week word that is an ordinal itself: "48주차"
 * The year is the one written after the week ("/2027", ", 2026", " 2027", "of 2026"), else
 * README's rule for a date without one (relative.c's dnp_infer_year: the reference's year
 * unless that puts the week's Monday more than three months after the reference; a week 53
 * that year has not, the year before's).
 * Week 53 only in an ISO year that has one; week 0 or above 53: no date (the numbers are
 * consumed, so that "KW 54/2027" is no month either).
 *
 * Not weeks: a count ("3 weeks", "40 weeks", "Top 40 week", "110 kW": a number right
 * before the week word makes it that number's unit), a recurring week ("every week 3"), a
 * week of something else ("week 20 of pregnancy": a filler of the word's language and no
 * year after it), a number that goes on as another ("week 26.11.", "v. 2.0", "KW 4/27"), a
 * number a unit counts ("hafta 48 saat", 48 hours). A risky week word (locales/ "!v", an
 * abbreviation of other words too) is one only in its language: under a hint of it in line
 * mode, on a page in it in search (DNP_FLAG_PAGE_LANG); a week word of one letter needs its
 * dot ("v. 50"). In running text a week without a year more than DNP_WEEK_NEAR_DAYS before
 * the reference is no date: a season's or a course's week ("the Week 18 kickoff"), or a
 * week of the coming year the rule would put in the last.
 *
 * Not here: ISO 8601's own week forms 2026-W50, 2026W50 (iso8601.c), named weeks ("next
 * week", relative.c).
 */
#include "engine.h"

#include <stdlib.h>

/* The preferred meaning of cue v (DNP_CUE_WEEK_*) of word x, in language lang when lang >=
   0; NULL when it has none. */
static const dnp_meaning *week_cue(const env *e, const item *x, int v, int lang)
{
    if (x->type != IT_WORD || !x->week)
        return NULL;
    const dnp_meaning *best = NULL;
    double best_pref = -1;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *m = &x->m[q];
        if (m->kind != DNP_K_WEEKDAY_CUE || m->value != v || (lang >= 0 && m->lang != lang))
            continue;
        double p = dnp_meaning_pref(e, m, NULL);
        if (p > best_pref)
            best_pref = p, best = m;
    }
    return best;
}

/* Whether item k touches the item before it (no byte between; DNP_TF_ADJ says so only after
   a letter or digit). */
static inline bool glued(const item *it, int k)
{
    return k > 0 && it[k].start == it[k - 1].end;
}

/* Whether items [a, b) are separators of one line, white space or none. */
static bool blanks_only(const item *it, int a, int b)
{
    for (int k = a; k < b; k++)
        if (!is_space(&it[k]) || (it[k].tflags & (DNP_TF_NEWLINE | DNP_TF_HARD)))
            return false;
    return true;
}

/* The item after blanks of one line from k (k itself when it is no blank). */
static int skip_blanks(const item *it, int n, int k)
{
    int j = skip_space(it, n, k);
    return blanks_only(it, k, j) ? j : k;
}

/* A plausible year written with four digits at k. */
static bool year_at(const item *it, int n, int k)
{
    return k < n && it[k].type == IT_NUM && it[k].ndigits == 4 &&
           it[k].value >= DNP_CAL_PLAUSIBLE_MIN && it[k].value <= DNP_CAL_PLAUSIBLE_MAX;
}

/* Whether the number at k goes on as another one: a separator glued to it and a number
   glued to that ("26.11.", "2.0", "5:30", "2,5"), a dot and blanks and a number (a day and
   month: "na týden 26. 11. – 2. 12. 2026"), or a word glued ("50s", "KW50b"), or money
   ("50 %"). */
static bool number_goes_on(const item *it, int n, int k)
{
    if (k + 1 >= n)
        return false;
    const item *s = &it[k + 1];
    if (s->tflags & XF_MONEY)
        return true;
    if (s->type == IT_WORD || s->type == IT_NUM || s->type == IT_GEN)
        return glued(it, k + 1);
    if (is_space(s)) {
        int j = skip_blanks(it, n, k + 1);
        return j < n && (it[j].tflags & XF_MONEY);
    }
    if (is_sep(s, '.') && glued(it, k + 1)) {
        int j = skip_blanks(it, n, k + 2);
        if (j > k + 2 && j < n && it[j].type == IT_NUM)
            return true;
    }
    return glued(it, k + 1) && k + 2 < n && it[k + 2].type == IT_NUM && glued(it, k + 2);
}

/* Whether the word x has the cue `value` (DNP_CUE_*) in language lang. */
static bool cue_of_lang(const item *x, int value, int lang)
{
    for (uint32_t q = 0; x->type == IT_WORD && q < x->nm; q++)
        if (x->m[q].kind == DNP_K_WEEKDAY_CUE && x->m[q].value == value && x->m[q].lang == lang)
            return true;
    return false;
}

/* Whether the word x is the unit hour in language lang. */
static bool hours_of_lang(const item *x, int lang)
{
    for (uint32_t q = 0; has_kind(x, DNP_K_REL_UNIT) && q < x->nm; q++)
        if (x->m[q].kind == DNP_K_REL_UNIT && x->m[q].value == DNP_RU_HOUR && x->m[q].lang == lang)
            return true;
    return false;
}

/* Whether the word x has a meaning of this kind in language lang. */
static bool kind_of_lang(const item *x, int kind, int lang)
{
    if (!has_kind(x, kind))
        return false;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == kind && x->m[q].lang == lang)
            return true;
    return false;
}

/* Whether a word the lexicon does not know (it ended the cluster) stands at byte p, after
   blanks of one line (blank: p follows some already). */
static bool word_follows(const env *e, size_t p, bool blank)
{
    dnp_token t;
    size_t q = p;
    while (dnp_next_token(e->text, e->len, &q, &t)) {
        if (t.kind != DNP_TK_SEP)
            return blank && t.kind == DNP_TK_WORD;
        if (!(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE))
            return false;
        blank = true;
    }
    return false;
}

/* Whether a word follows the number at k after blanks of one line (in the cluster or past
   its end: a word the lexicon does not know). */
static bool word_next(const env *e, const item *it, int n, int k)
{
    int j = skip_blanks(it, n, k + 1);
    if (j < n)
        return j > k + 1 && it[j].type == IT_WORD;
    return word_follows(e, it[n - 1].end, j > k + 1);
}

enum { TAIL_NONE = 0, TAIL_YEAR, TAIL_NOT, TAIL_COUNT, TAIL_PAIR };

/* The weeks a month touches at most: a week number up to it before a month's name may
   count that month's weeks ("2. Woche im Januar") */
#define MONTH_WEEKS_MAX 6

/* What follows a week's number or word that ends at item k (exclusive), in language lang:
   its year ("/2027", ", 2026", " 2027", " of 2026": TAIL_YEAR, *year and *last set), none
   (TAIL_NONE), something that makes the week no date (TAIL_NOT, *last the item up to which
   nothing is: a filler of lang and no year, "of pregnancy", "de grossesse"; a second
   number that may be a two-digit year, "KW 4/27"), a second week right after the first
   (TAIL_PAIR, *last set: "KW 50/51"), or a count (TAIL_COUNT: a unit that counts the
   number, "48 saat"; another number after it). */
static int week_tail(const env *e, const item *it, int n, int k, int lang, int week,
                     bool after_number, int *year, int *last)
{
    if (k >= n)
        return TAIL_NONE;
    const item *s = &it[k];
    /* "KW 4/2027", "KW 50/2026"; "KW 50/51" and "KW 4/27" say no more than the week, or
       another year: nothing */
    if (s->type == IT_SEP && s->sep == '/' && k + 1 < n && it[k + 1].type == IT_NUM &&
        glued(it, k + 1) && glued(it, k)) {
        if (year_at(it, n, k + 1) && !number_goes_on(it, n, k + 1)) {
            *year = (int)it[k + 1].value, *last = k + 1;
            return TAIL_YEAR;
        }
        *last = k + 1;
        /* "KW 50/51": two weeks in turn, the first week's (no two-digit year follows a
           week so) */
        if (it[k - 1].type == IT_NUM && it[k + 1].ndigits <= 2 &&
            it[k + 1].value == it[k - 1].value + 1 && !number_goes_on(it, n, k + 1))
            return TAIL_PAIR;
        return TAIL_NOT;
    }
    int j = k;
    if (s->type == IT_SEP && s->sep == ',')
        j = k + 1;
    j = skip_blanks(it, n, j);
    if (j == k || j >= n)
        return TAIL_NONE; /* no blank: a dot, a dash, a bracket end it */
    /* a year after a blank alone is one when no word follows it, or when it is the
       reference's or next to it ("vecka 3 2027 med ny prismodell"; not "uge 49 2000
       personer", a count) */
    if (year_at(it, n, j) && !number_goes_on(it, n, j) &&
        (s->type == IT_SEP && s->sep == ',' ? true
         : abs((int)it[j].value - e->now_year) <= 1 || !word_next(e, it, n, j))) {
        *year = (int)it[j].value, *last = j;
        return TAIL_YEAR;
    }
    if (it[j].type == IT_NUM)
        return after_number ? TAIL_COUNT : TAIL_NONE;
    if (s->type == IT_SEP && s->sep == ',')
        return TAIL_NONE;
    if (it[j].type != IT_WORD)
        return TAIL_NONE;
    /* "in der 2. Woche im Januar", "2. týden v lednu": a week of the month, no ISO week (as
       "2nd week of January"); a number no month has as many weeks is the ISO week, the
       month beside it ("KW 50 im Dezember") */
    int mo = kind_of_lang(&it[j], DNP_K_FILLER, lang) ? skip_blanks(it, n, j + 1) : j;
    if (mo < n && has_kind(&it[mo], DNP_K_MONTH) && !it[mo].mrisky && week <= MONTH_WEEKS_MAX) {
        *last = mo;
        return TAIL_NOT;
    }
    /* "hafta 48 saat", "week 40 hours": the number counts a week's hours (not "secondo",
       Italian "according to", also a second) */
    if (after_number && hours_of_lang(&it[j], lang))
        return TAIL_COUNT;
    if (kind_of_lang(&it[j], DNP_K_FILLER, lang)) {
        int y = skip_blanks(it, n, j + 1);
        if (y > j + 1 && year_at(it, n, y) && !number_goes_on(it, n, y)) {
            *year = (int)it[y].value, *last = y;
            return TAIL_YEAR;
        }
        /* "week 20 of pregnancy", "semana 20 de embarazo": a filler a count takes after it
           (no article: locales/ year_then, "semana 48 el informe"), then a word that is no
           date word ("KW 50 am Montag" is the week): *last is the number's */
        if (!cue_of_lang(&it[j], DNP_CUE_YEAR_THEN, lang) &&
            (y < n ? y > j + 1 && it[y].type != IT_NUM &&
                         !(it[y].type == IT_WORD && (it[y].kinds & DNP_DATE_KINDS))
                   : word_follows(e, it[n - 1].end, y > j + 1)))
            return TAIL_NOT;
    }
    return TAIL_NONE;
}

/* Whether the word at i stands as the unit of a number right before it ("110 kW", "3
   week", "Top 40 week") or after a word that says no date follows ("every week"): a
   locales/ not_date word. */
static bool word_counted(const item *it, int i)
{
    int k = i - 1;
    while (k >= 0 && is_space(&it[k]) && !(it[k].tflags & DNP_TF_NEWLINE))
        k--;
    if (k < 0 || (k < i - 1 && !blanks_only(it, k + 1, i)))
        return false;
    if (it[k].type == IT_NUM)
        return true;
    return k < i - 1 && has_kind(&it[k], DNP_K_NOT_DATE);
}

/* A weekday of language lang right after the week that ends before item k, a filler of lang
   between at most ("KW 50 am Montag", "vecka 50 på måndag"): its value (1..7), *at its item;
   0 when none. Not a risky weekday word (an everyday word too). */
static int weekday_after(const item *it, int n, int k, int lang, int *at)
{
    int j = skip_blanks(it, n, k);
    if (j == k || j >= n)
        return 0;
    if (kind_of_lang(&it[j], DNP_K_FILLER, lang) && !has_kind(&it[j], DNP_K_WEEKDAY)) {
        int f = j;
        j = skip_blanks(it, n, j + 1);
        if (j == f + 1 || j >= n)
            return 0;
    }
    for (uint32_t q = 0; has_kind(&it[j], DNP_K_WEEKDAY) && q < it[j].nm; q++) {
        const dnp_meaning *m = &it[j].m[q];
        if (m->kind == DNP_K_WEEKDAY && m->lang == lang && !(m->flags & DNP_MF_RISKY) &&
            m->value >= 1 && m->value <= 7) {
            *at = j;
            return m->value;
        }
    }
    return 0;
}

/* The week w of year y (0: none written, the rule's) into c, or NO_DATE_HERE when there is
   no such week. */
static int week_result(const env *e, int w, int y, const dnp_meaning *m, int first, int last,
                       cand *c)
{
    c->first = first, c->last = last;
    if (w < 1 || w > 53)
        return NO_DATE_HERE;
    c->week = w, c->prec = DN_PREC_WEEK, c->lang = m->lang;
    c->conf = DNP_CONF_WEEK_NUMBER;
    if (y) {
        c->year = y;
    } else {
        c->year = e->now_year;
        c->flags |= DN_FLAG_YEAR_IMPLIED;
        c->conf -= DNP_PEN_YEAR_IMPLIED;
        dnp_infer_year(e, c);
    }
    if (w > dnp_iso_weeks(c->year))
        return NO_DATE_HERE;
    /* running text: a week far back without a year is a season's or a course's, or the
       coming year's that the rule puts in the last */
    if (!y && e->search && dnp_iso_week_monday(c->year, w) < e->now_days - DNP_WEEK_NEAR_DAYS)
        return NO_DATE_HERE;
    if (m->flags & DNP_MF_RISKY) {
        /* a word that abbreviates others too: in its language only */
        if (e->search)
            c->flags |= DNP_FLAG_PAGE_LANG;
        else if (!(e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang)))
            return -1;
    }
    return last + 1;
}

/* The week read in c (r: week_result's answer) and a weekday of its language right after it
   ("KW 50 am Montag"): that day of the week (2026-12-07), the weekday's item its last. The
   week's year decided the day's ("KW 1 am Montag" is 2025-12-29 in 2026's week 1): no year
   is left for the day-and-month rule to guess (DN_FLAG_YEAR_IMPLIED off). */
static int week_day(const item *it, int n, int r, int lang, cand *c)
{
    int at, wd;
    if (r < 0 || !(wd = weekday_after(it, n, c->last + 1, lang, &at)))
        return r;
    dnp_civil_from_days(dnp_iso_week_monday(c->year, c->week) + wd - 1, &c->year, &c->month,
                        &c->day);
    c->prec = DN_PREC_DAY, c->week = 0, c->weekday = wd, c->last = at;
    c->flags &= ~DN_FLAG_YEAR_IMPLIED;
    return at + 1;
}

/* A week word (DNP_CUE_WEEK_BEFORE) at i, its number after it. */
static int week_word_first(const env *e, const item *it, int n, int i, const dnp_meaning *m,
                           cand *c)
{
    if (word_counted(it, i))
        return -1;
    int j = i + 1;
    bool dot = j < n && is_sep(&it[j], '.') && glued(it, j);
    if (dot)
        j++;
    /* a word of one letter is one only with its dot: "v. 50" */
    if (it[i].end - it[i].start == 1 && !dot)
        return -1;
    j = skip_blanks(it, n, j);
    if (j >= n || it[j].type != IT_NUM || it[j].ndigits > 2 || (j == i + 1 && !glued(it, j)))
        return -1;
    if (j > i + 1 + dot && !blanks_only(it, i + 1 + dot, j))
        return -1;
    if (number_goes_on(it, n, j)) {
        /* "KW 4/2027" goes on with its year; "KW 50-52" is a span of weeks: its first */
        if (!(is_sep(&it[j + 1], '/') || is_sep(&it[j + 1], '-') || is_sep(&it[j + 1], 0x2013)))
            return -1;
    }
    int y = 0, last = j;
    int t = week_tail(e, it, n, j + 1, m->lang, (int)it[j].value, true, &y, &last);
    if (t == TAIL_COUNT)
        return -1;
    if (t == TAIL_NOT) {
        c->first = i, c->last = last;
        return NO_DATE_HERE;
    }
    return week_day(it, n, week_result(e, (int)it[j].value, y, m, i, last, c), m->lang, c);
}

/* The number at j written as an ordinal for a week word after it: a dot glued ("48."), an
   ordinal ending after a hyphen ("48-я": week_ordinal) or glued (an ordinal of the lexicon:
   "48th"). Returns the item after the mark, or -1. */
static int ordinal_mark(const env *e, const item *it, int n, int j, int *lang)
{
    int k = j + 1;
    if (k >= n || !glued(it, k))
        return -1;
    if (is_sep(&it[k], '.'))
        return k + 1;
    if (is_sep(&it[k], '-') && k + 1 < n && glued(it, k + 1)) {
        const dnp_meaning *o = week_cue(e, &it[k + 1], DNP_CUE_WEEK_ORDINAL, -1);
        if (o) {
            *lang = o->lang;
            return k + 2;
        }
    }
    if (has_kind(&it[k], DNP_K_ORDINAL))
        return k + 1;
    return -1;
}

/* The week word after the number at j whose mark ends before k ("48. hafta", "48-я
   неделя", "第48周"), or that is an ordinal itself ("48주차"): the week's reading. ord: the
   number was written as an ordinal; lang: the language of its ordinal ending (-1: any). */
static int week_word_after(const env *e, const item *it, int n, int first, int j, int k,
                           bool ord, int lang, int year, cand *c)
{
    int w = skip_blanks(it, n, k);
    if (w >= n)
        return -1;
    const dnp_meaning *m = week_cue(e, &it[w], DNP_CUE_WEEK_AFTER, lang);
    if (!m || (!ord && !week_cue(e, &it[w], DNP_CUE_WEEK_ORDINAL, m->lang)))
        return -1;
    int y = year, last = w;
    int t = year ? TAIL_NONE
                 : week_tail(e, it, n, w + 1, m->lang, (int)it[j].value, false, &y, &last);
    if (t == TAIL_COUNT)
        return -1;
    if (t == TAIL_NOT) {
        c->first = first, c->last = last;
        return NO_DATE_HERE;
    }
    return week_day(it, n, week_result(e, (int)it[j].value, y, m, first, last, c), m->lang, c);
}

/* An ordinal word (DNP_CUE_WEEK_ORDINAL) at i before a number and a week word: "第48周";
   year: one written before it with its mark ("2026年第48周"), else 0. */
static int week_ordinal_first(const env *e, const item *it, int n, int first, int i, int year,
                              cand *c)
{
    const dnp_meaning *o = week_cue(e, &it[i], DNP_CUE_WEEK_ORDINAL, -1);
    int j = skip_blanks(it, n, i + 1);
    if (!o || j >= n || it[j].type != IT_NUM || it[j].ndigits > 2)
        return -1;
    return week_word_after(e, it, n, first, j, j + 1, true, -1, year, c);
}

int dnp_match_week(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (x->type == IT_WORD) {
        /* both readings of a word need the number after it, its dot and blanks between:
           most week words stand in phrases of none ("a week ago", "next week") */
        int j = i + 1 < n && is_sep(&it[i + 1], '.') ? i + 2 : i + 1;
        j = skip_space(it, n, j);
        if (j >= n || it[j].type != IT_NUM)
            return -1;
        const dnp_meaning *m = week_cue(e, x, DNP_CUE_WEEK_BEFORE, -1);
        if (m) {
            int r = week_word_first(e, it, n, i, m, c);
            if (r != -1)
                return r;
        }
        return week_ordinal_first(e, it, n, i, i, 0, c);
    }
    if (x->type != IT_NUM)
        return -1;
    /* "2026年第48周": a year with its mark, an ordinal word, the week */
    if (x->ndigits == 4 && i + 1 < n && has_kind(&it[i + 1], DNP_K_YEAR_MARK) &&
        glued(it, i + 1) && year_at(it, n, i)) {
        int k = skip_blanks(it, n, i + 2);
        if (k < n && week_cue(e, &it[k], DNP_CUE_WEEK_ORDINAL, -1))
            return week_ordinal_first(e, it, n, i, k, (int)x->value, c);
        return -1;
    }
    if (x->ndigits > 2)
        return -1;
    int lang = -1;
    int k = ordinal_mark(e, it, n, i, &lang);
    if (k > 0)
        return week_word_after(e, it, n, i, i, k, true, lang, 0, c);
    return week_word_after(e, it, n, i, i, i + 1, false, -1, 0, c);
}
