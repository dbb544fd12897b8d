/*
 * weekspan.c: a weekday written just before a date that a reader read without it.
 *
 * The readers start a date at its first number or month name, so "So., 22. Nov. 2015"
 * (ICU's German medium format with the weekday), "Sunday 22/11/2015" and "Mo., 17.11.2015"
 * came out with the weekday outside the span, and a CSV cell holding one was not covered
 * by its date. The weekday belongs to the date: dnp_weekday_before() moves the start of a
 * day-precision date back over a weekday word that stands right before it (only blanks,
 * ',' and '.' between), and records the weekday, so that to_date() checks it (a weekday
 * the date does not fall on is flagged DN_FLAG_WEEKDAY_MISMATCH and lowers the confidence,
 * as for a weekday inside a month-name date).
 *
 * A word that is a weekday in some language and something else too ("on", "di") is taken
 * when it names the date's own weekday; a mismatching one must be nothing but a weekday,
 * or be no filler word and stand before ',' or '.' ("Mo., 17.11.2015": "mo" is also
 * English for months), in the date's language when the date has one. A numeric date takes
 * the weekday's language: a hint among those in which the word names that day, else the
 * most spoken of them.
 * Not read: a weekday after the date ("22/11/2015 Sunday"), or one beyond a hard separator.
 */
#include "engine.h"

/* Separators that may stand between a weekday and its date: "Sunday 22", "So., 22",
   "Sun. 22". */
static bool weekday_glue(const item *x)
{
    return x->type == IT_SEP && !(x->tflags & DNP_TF_HARD) &&
           (is_space(x) || x->sep == ',' || is_abbr_mark(x));
}

/* issue 10: a word that is a weekday only as an abbreviation ("по", Serbian Monday; Russian
   "until": "с 01.10.2026 по 31.10.2026"): in running text another word when it contradicts
   a date of no language (all in numbers), which is read without it. */
static bool abbr_weekday(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY && !(w->m[q].flags & DNP_MF_ABBR))
            return false;
    return true;
}

/* issue 10: a word that is a weekday only in languages few people write ("kom", Kalenjin
   Friday, in Norwegian "Ny programvare kom 03.11.2026": came): in running text an ordinary
   word, when it contradicts the date. */
static bool rare_weekday(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY && !dnp_lang_rare(w->m[q].lang))
            return false;
    return true;
}

/* rangeyear: a range's two weekdays before it ("Thursday and Friday, Nov. 26–27",
   "Do. und Fr., 26.–27. November"): the word w that stands right before the range names
   its end's day, the weekday before it, joined by "and" (locales/ rel_and) or a dash, the
   range's first day wd. Moves *k and *w to that first weekday (*named its languages) when
   it names wd and w is a weekday of one of those languages (true); else changes nothing. */
static bool pair_weekday(const item *it, int floor, int wd, int *k, const item **w,
                         dnp_langset *named)
{
    int j = *k - 1;
    while (j >= floor && (is_space(&it[j]) || is_abbr_mark(&it[j]) || is_sep(&it[j], ',')))
        j--;
    if (j < floor || !(has_kind(&it[j], DNP_K_REL_AND) || is_sep(&it[j], '&') ||
                       is_sep(&it[j], '-') || is_sep(&it[j], 0x2013)))
        return false;
    j--;
    while (j >= floor && is_space(&it[j]))
        j--;
    if (j < floor || !has_kind(&it[j], DNP_K_WEEKDAY))
        return false;
    dnp_langset first = dnp_langs_of(&it[j], DNP_K_WEEKDAY, wd);
    for (uint32_t q = 0; q < (*w)->nm; q++)
        if ((*w)->m[q].kind == DNP_K_WEEKDAY && (*w)->m[q].value != wd &&
            dnp_langset_has(&first, (*w)->m[q].lang)) {
            *k = j, *w = &it[j], *named = first;
            return true;
        }
    return false;
}

/* A range whose reader took its second weekday as the date's ("Thursday and Friday, Nov.
   26–27": Friday): the first weekday before it, when it names the range's first day. Out
   of line: few dates are ranges with a weekday. */
static __attribute__((noinline)) void range_weekdays(const item *it, int floor, cand *c)
{
    if (c->lang < 0 || c->first <= floor || !has_kind(&it[c->first], DNP_K_WEEKDAY))
        return;
    int wd = dnp_weekday(dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day));
    int k = c->first;
    const item *w = &it[k];
    dnp_langset named;
    /* the first weekday may have been read as a date alone before (floor): the range takes
       it over (report_search) */
    if (c->weekday != wd && pair_weekday(it, 0, wd, &k, &w, &named))
        c->weekday = wd, c->first = k;
}

void dnp_weekday_before(const env *e, const item *it, int floor, cand *c)
{
    /* a day, with its time or not ("Saturday 5/12/2026 10:00") */
    if (c->prec < DN_PREC_DAY || (c->flags & DN_FLAG_RELATIVE))
        return;
    if (__builtin_expect((c->flags & DN_FLAG_RANGE) && c->weekday, 0)) {
        range_weekdays(it, floor, c);
        return;
    }
    int k = c->first - 1, glue = 0;
    bool punct = false; /* "Mo., 17.11.2015": a weekday abbreviation's own punctuation */
    while (k >= floor && glue < 3 && weekday_glue(&it[k]))
        punct |= !is_space(&it[k]), k--, glue++;
    if (k < floor || k == c->first - 1 || !has_kind(&it[k], DNP_K_WEEKDAY))
        return;
    const item *w = &it[k];
    if (c->weekday) {
        /* the reader saw this weekday but left it out of its span ("So., 22. Nov. 2015":
           too many separators for the month window's extent) */
        for (uint32_t q = 0; q < w->nm; q++)
            if (w->m[q].kind == DNP_K_WEEKDAY && w->m[q].value == c->weekday) {
                c->first = k;
                return;
            }
        return;
    }
    int wd = dnp_weekday(dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day));
    dnp_langset named = dnp_langs_of(w, DNP_K_WEEKDAY, wd);
    if (dnp_langset_empty(&named) && (c->flags & DN_FLAG_AMBIGUOUS) && c->alt_m && c->alt_d) {
        /* issue 10: the weekday of the other reading of an ambiguous all-numeric date
           ("dissabte 5/12/2026": 5 December, a Saturday); to_date() takes that reading */
        wd = dnp_weekday(dnp_days_from_civil(c->alt_y, (unsigned)c->alt_m, (unsigned)c->alt_d));
        named = dnp_langs_of(w, DNP_K_WEEKDAY, wd);
    }
    if (dnp_langset_empty(&named) && c->lang >= 0 && (c->flags & DN_FLAG_RANGE))
        pair_weekday(it, floor, wd, &k, &w, &named);
    int value = 0;
    /* a date of no language and a word that is also a filler ("le 12/12": French "the",
       Faroese Saturday) join only when the text says so by its punctuation */
    /* b30fix: nor a weekday abbreviation that is a function word of a language more people
       speak ("fins al 10/12/2026": Catalan "al", a Basque Monday; qualify.c) */
    bool foreign = c->lang < 0 && !punct && !dnp_langset_empty(&named);
    for (uint32_t q = 0; q < w->nm && foreign; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY && w->m[q].value == wd &&
            !dnp_weekday_abbr_foreign(w, &w->m[q]))
            foreign = false;
    if (!dnp_langset_empty(&named) && !foreign &&
        (c->lang < 0 ? !has_kind(w, DNP_K_FILLER) || punct : dnp_langset_has(&named, c->lang))) {
        value = wd;
    } else if ((only_kind(w, DNP_K_WEEKDAY) || (punct && !has_kind(w, DNP_K_FILLER))) &&
               !(e->search && (rare_weekday(w) || (c->lang < 0 && abbr_weekday(w))))) {
        /* the text contradicts the date: keep the weekday, to_date() flags it */
        for (uint32_t q = 0; q < w->nm && !value; q++)
            if (w->m[q].kind == DNP_K_WEEKDAY && (c->lang < 0 || w->m[q].lang == c->lang))
                value = w->m[q].value;
        if (!value)
            return;
        named = dnp_langs_of(w, DNP_K_WEEKDAY, value);
    } else {
        return;
    }
    c->weekday = value;
    c->first = k;
    for (int h = 0; h < e->p->nhints && c->lang < 0; h++)
        if (dnp_langset_has(&named, e->p->hint_lang[h]))
            c->lang = e->p->hint_lang[h];
    if (c->lang < 0)
        dnp_langset_speakers(&named, &c->lang);
}
