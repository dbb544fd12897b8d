/*
 * monthname.c: dates around a month name.
 *
 * Reads a window of date words around the strongest month name and decides from the set
 * of fields seen (PostgreSQL's DecodeDateTime): 22 Nov 2015, Nov 22nd, 2015, November 2015,
 * Sonntag, 22. November 2015 um 14:30 Uhr, 2015. november 22., 22 ноября 2015 г.,
 * Sun Nov 22 10:00:00 2015 (asctime), Sun, 22 Nov 2015 10:00:00 +0100 (RFC 2822),
 * Sunday, 22-Nov-15 (RFC 850), 44 BC, 1000 н. э. (eras).
 * Does not read: a month name alone inside running text, a weak month word ("No. 11",
 * "PS5") without a full date and a four-digit year, 31 November 2015 (no such day: no date,
 * not November 2015).
 */
#include "engine.h"

#include <string.h>

/* The word has this meaning in this language. */
static bool has_meaning(const item *w, int kind, int value, int lang)
{
    for (uint32_t i = 0; i < w->nm; i++)
        if (w->m[i].lang == lang && w->m[i].kind == kind && w->m[i].value == value)
            return true;
    return false;
}

/* Whether an item can stand inside a date window. */
static bool datish(const item *x)
{
    if (x->type == IT_NUM || x->type == IT_GEN)
        return true;
    if (x->type == IT_SEP)
        return !(x->tflags & DNP_TF_HARD);
    /* relative words are no part of an absolute date ("3 days ago, 22 Nov") */
    return x->type == IT_WORD && (x->kinds & ~((1u << DNP_K_PREFIX) | DNP_REL_KINDS));
}

typedef struct {
    int idx;       /* item index */
    bool ordinal;  /* followed by an ordinal suffix */
    bool ymark, dmark;
    int end;       /* last item index it covers (with its suffix) */
    bool dot;      /* issue 10: a day with its dot right before the month ("1. decembra") */
} numref;

/* What the steps of dnp_match_month_window share: the window and what was read in it. */
typedef struct {
    int i, end;          /* the window: items [i, end) */
    int fend;            /* issue 10: the date's fields stand before this item (a field break) */
    int mw;              /* the month word */
    bool cut;            /* the window ends at a second strong month name (the next date's) */
    cand t;              /* a time read in the window, when t_start >= 0 */
    bool t_span;         /* issue 10: that time starts a span of times: the date takes none */
    int t_start, t_end;  /* its items [t_start, t_end) */
    numref nums[8];      /* the numbers outside the time */
    int nn;
    int day_i, year_i;   /* which of nums are the day and the year, -1 = none */
    int range_i;         /* issue 10: the day that ends a range after the day ("Dec 18–20") */
    int weekday, wk_item; /* a weekday named (1..7, 0 = none) and its item */
    int month;           /* the month value chosen */
    int era, era_item;   /* an era after the year (0 = before the common era, -1 = none) */
    unsigned flags;      /* DN_FLAG_* of the year */
    dnp_langset ctx;     /* the languages of the weekday, which decide the month's */
    bool have_ctx;
    dnp_langset mlangs, wlangs; /* the languages of the month value, of the weekday */
    bool fast_lang;      /* no hint and a month of one value: its top language is the answer */
    int calendar;        /* issue 11: the year was read in this calendar (0: Gregorian) */
} window;

/* issue 10: a separator that parts the fields of a page rather than a date's: a middle
   dot, a bullet, a vertical bar, a dash with a space beside it ("Nov 12 · 2024", "März 3 |
   2019", "Dec 3 • 2019", "22 Nov — 2015"). A time after a whole date may stand past it
   ("22 Nov 2015 · 10:30"); a day, month or year may not. */
static __attribute__((noinline)) bool field_break_sep(const item *it, int n, int k);

static inline __attribute__((always_inline)) bool field_break(const item *it, int n, int k)
{
    if (it[k].type != IT_SEP || (it[k].sep < 0x80 && it[k].sep != '|'))
        return false; /* most items: one test */
    return field_break_sep(it, n, k);
}

/* field_break's separators, out of line: its three callers inlined them (issue 8: the code a
   line runs). */
static __attribute__((noinline)) bool field_break_sep(const item *it, int n, int k)
{
    uint32_t s = it[k].sep;
    if (s == 0xB7 || s == '|' || s == 0x2022 || s == 0x2027 || s == 0x2219 || s == 0x30FB ||
        s == 0xFF5C)
        return true;
    return s == 0x2014 && ((k > 0 && is_space(&it[k - 1])) || (k + 1 < n && is_space(&it[k + 1])));
}

/* issue 10: whether the month word at mw ends a label or a sentence, so that no number
   after it is the date's: a colon glued to it before a number not of four digits ("30
   nov: 17 °C", a forecast's row; "do mar: 16 °C"; but Sanskrit's CLDR "२२ नवंबर: २०१५"
   writes the year so), or a full stop glued to a full name, not an abbreviation, before a
   blank ("em janeiro. 6 graus"; but "Nov. 6"). */
static DNP_OUTLINE bool label_end(const item *it, int end, int mw)
{
    const item *p = &it[mw + 1];
    if (p->type != IT_SEP || p->start != it[mw].end || (p->sep != ':' && p->sep != '.'))
        return false;
    int r = skip_space(it, end, mw + 2);
    if (p->sep == ':')
        return r < end && it[r].type == IT_NUM && it[r].ndigits != 4;
    if (mw + 2 >= end || !is_space(&it[mw + 2]))
        return false;
    for (uint32_t q = 0; q < it[mw].nm; q++)
        if (it[mw].m[q].kind == DNP_K_MONTH && (it[mw].m[q].flags & DNP_MF_ABBR))
            return false;
    return true;
}

/* issue 8: whether the month word at k is rather a day's suffix glued to the number before
   it, in the language of the month word at mw before: Hungarian "március 1-jén" (on 1
   March), whose "jén" folds to some language's January. */
static DNP_OUTLINE bool day_suffix_of(const item *it, int k, int mw)
{
    if (!has_kind(&it[k], DNP_K_ORDINAL) || k < 1)
        return false;
    int b = k - 1;
    if (is_sep(&it[b], '-') && it[b].end == it[k].start && b >= 1)
        b--;
    if (it[b].type != IT_NUM || it[b].end != (b == k - 1 ? it[k].start : it[b + 1].start))
        return false;
    dnp_langset o = dnp_langs_of(&it[k], DNP_K_ORDINAL, -1);
    dnp_langset m = dnp_langs_of(&it[mw], DNP_K_MONTH, -1);
    dnp_langset_and(&o, &m);
    return !dnp_langset_empty(&o);
}

/* Whether x is a word of a calendar whose months are its own and of nothing a Gregorian
   date holds: a Hijri month or era ("رجب", "هـ"), a Persian one. Such a word ends a window
   of Gregorian months: "يوم الخميس 1 رجب 1448هـ الموافق 10 ديسمبر" holds a Hijri date,
   then a Gregorian one, and 1448 is no year of December. Out of line (DNP_RARE). */
static DNP_RARE bool own_months_word(const item *x)
{
    /* (a word that is also another word: "et", French "and", is an Ethiopic era too) */
    if (x->kinds & ~((1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA) | (1u << DNP_K_PREFIX)))
        return false;
    bool any = false;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *m = &x->m[q];
        int cal;
        if (m->kind == DNP_K_CAL_MONTH)
            cal = DNP_CALM_CAL(m->value);
        else if (m->kind == DNP_K_CAL_ERA && m->value != DNP_CAL_FIRST_YEAR)
            cal = dnp_cal_eras[m->value].cal;
        else
            continue;
        if (m->flags & DNP_MF_RISKY)
            continue;
        if (dnp_cal_family(cal) == DN_CAL_GREGORIAN)
            return false;
        any = true;
    }
    return any;
}

static inline bool other_calendar(const item *x)
{
    return __builtin_expect((x->kinds & ((1u << DNP_K_CAL_MONTH) | (1u << DNP_K_CAL_ERA))) != 0, 0) &&
           own_months_word(x);
}

/* Whether a day of one or two digits stands right before the month word at k (blanks or
   a dot between): "5 May", "5. Mai"; not "10am AWST" (Welsh Awst, August). */
static bool day_before(const item *it, int i, int k)
{
    int j = k - 1;
    while (j >= i && it[j].type == IT_SEP && (is_space(&it[j]) || it[j].sep == '.'))
        j--;
    return j >= i && it[j].type == IT_NUM && it[j].ndigits <= 2;
}

/* Step 1: the window from i, date-ish items holding month-capable words, and the strongest
   month name in it; a second strong month name starts another date. False when there is
   no month name or the first item is no part of a date. */
static bool find_month(const env *e, const item *it, int n, window *w)
{
    int i = w->i, mw = -1, end = i, best = -1000;
    bool strong = false, year_seen = false, cut = false;
    bool day_first = false; /* the first month has its day right before it ("5 May") */
    w->fend = n;
    int depth = 0; /* miss21: brackets opened in the window, less those closed */
    for (int k = i; k < n && k < i + 40; k++) {
        if (!datish(&it[k]) || other_calendar(&it[k]))
            break;
        /* miss21: a bracket that closes one opened before the window ends it before its
           month, or after it with a comma after the bracket: "(Jan. 2026), 269 € (Juli
           2026)" is no "2026 ... Juli" nor "Jan. 2026 ... 269" (after the month a time may
           follow it: "(২৯ নভেম্বর) সকাল ১০টায়") */
        if (it[k].type == IT_SEP && (it[k].sep == '(' || it[k].sep == ')') &&
            (depth += it[k].sep == '(' ? 1 : -1) < 0 &&
            (mw < 0 || (k + 1 < n && is_sep(&it[k + 1], ','))))
            break;
        if (field_break(it, n, k)) {
            if (mw < 0)
                break; /* "3 | März 2019": no date begins at 3 */
            w->fend = k;
            break;
        }
        if (it[k].type == IT_NUM && it[k].ndigits == 4 && strong)
            year_seen = true;
        if (has_kind(&it[k], DNP_K_MONTH)) {
            int st = month_strength(e, &it[k]);
            if (st <= DNP_MONTH_NOT || (mw >= 0 && day_suffix_of(it, k, mw)))
                goto next_item;
            /* a second strong month starts the next date ("22 Nov 2015 - 25 Dec 2015",
               "Nov Nov 22 Nov 2015") unless it is the stronger one and no year came
               between: then the first was a weekday or a filler (Sardinian "mar 23 de ghe
               1996": mar is Tuesday and March, ghe only January); a day right before each
               makes the first a date's month ("5 May 99 June" is no 5 June 1999) */
            if (st >= DNP_MONTH_STRONG && strong &&
                (year_seen || st <= best || (day_first && day_before(it, i, k)))) {
                cut = true;
                break;
            }
            if (st >= DNP_MONTH_STRONG && !strong)
                strong = true, day_first = day_before(it, i, k);
            if (st > best)
                best = st, mw = k;
        }
    next_item:
        end = k + 1;
    }
    if (mw < 0)
        return false;
    /* the fields after the month are in the window whatever the distance from i (a time
       past a field break too) */
    while (end < n && end < mw + 16 && datish(&it[end]) && !other_calendar(&it[end]) &&
           !(cut = has_kind(&it[end], DNP_K_MONTH) && month_strength(e, &it[end]) >= DNP_MONTH_STRONG)) {
        /* miss21: after the month, such a bracket and a comma after it end it ("(Jan.
           2026), 269 € (Juli"; not "(২৯ নভেম্বর) সকাল ১০টায়", its time) */
        if (it[end].type == IT_SEP && (it[end].sep == '(' || it[end].sep == ')') &&
            (depth += it[end].sep == '(' ? 1 : -1) < 0 && end + 1 < n && is_sep(&it[end + 1], ','))
            break;
        end++;
    }
    for (int k = mw + 1; k < end && k < w->fend; k++)
        if (field_break(it, n, k))
            w->fend = k;
    if (mw + 1 < end && mw + 1 < w->fend && it[mw + 1].type == IT_SEP &&
        (it[mw + 1].sep == ':' || it[mw + 1].sep == '.') && label_end(it, end, mw))
        w->fend = mw + 1;
    w->mw = mw, w->end = end, w->cut = cut;
    /* the first item must be part of the date: a number, weekday or the month itself */
    return it[i].type == IT_NUM || has_kind(&it[i], DNP_K_WEEKDAY) || i == mw ||
           has_kind(&it[i], DNP_K_FILLER);
}

/* find_time's running-text test of an hour read at k (up to r): true when its am/pm word
   (in *tl) or its hour mark is of no language of the month. Out of line (DNP_RARE). */
static DNP_RARE bool hour_of_no_month_lang(const item *it, const window *w, int k, int r,
                                           dnp_langset *tl)
{
    if (dnp_langset_empty(tl)) {
        if (!(r - 1 > k && has_kind(&it[r - 1], DNP_K_HOUR_MARK)))
            return false;
        dnp_langset hl = dnp_langs_of(&it[r - 1], DNP_K_HOUR_MARK, -1);
        dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, -1);
        dnp_langset_and(&hl, &ml);
        return dnp_langset_empty(&hl);
    }
    dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, -1);
    dnp_langset_and(&ml, tl);
    if (dnp_langset_empty(&ml)) {
        memset(tl, 0, sizeof *tl);
        return true;
    }
    return false;
}

/* Whether a word between the month and item k that `kind_of` accepts is a filler of no
   language of the month (the two tests below). */
static bool word_of_no_month_lang(const item *it, const window *w, int k,
                                  bool (*kind_of)(const item *))
{
    for (int j = w->mw + 1; j < k; j++)
        if (kind_of(&it[j])) {
            dnp_langset fl = dnp_langs_of(&it[j], DNP_K_FILLER, -1);
            dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, -1);
            dnp_langset_and(&fl, &ml);
            if (dnp_langset_empty(&fl))
                return true;
        }
    return false;
}

/* find_time's test of a time at k after the month: true when a word that only introduces
   or connects a time stands between them in no language of the month ("vendredi 18
   décembre 2026 (à partir de 15h": Spanish "a partir de", no French word here). */
static bool link_of_no_month_lang(const item *it, const window *w, int k)
{
    return word_of_no_month_lang(it, w, k, time_link_only);
}

/* A word that is a filler and nothing else a date writes. */
static bool filler_only(const item *w)
{
    return w->type == IT_WORD && (w->kinds & ~(1u << DNP_K_PREFIX)) == (1u << DNP_K_FILLER);
}

/* wrong21: whether a word between the month and item k is a filler of no language of the
   month and nothing else a date writes ("Februar alle 14": Italian "alle"). */
static bool filler_of_no_month_lang(const item *it, const window *w, int k)
{
    return word_of_no_month_lang(it, w, k, filler_only);
}

/* The last blanks between items a and k that part two cells of a table (engine.h's
   dnp_cell_gap), or -1: the window ends there. */
static int cell_after(const env *e, const item *it, int a, int k)
{
    for (int j = k - 1; j > a; j--)
        if (is_space(&it[j]) && dnp_cell_gap(e, &it[j]))
            return j;
    return -1;
}

/* find_time: the month candidate was read as the am/pm of the time ("9/1914 03:07 pm"):
   another month word of the window, or none. False when the window is a time. Out of line
   (DNP_RARE). */
static DNP_RARE bool month_in_time(const env *e, const item *it, window *w)
{
    int alt = -1, ab = -1;
    for (int k = w->i; k < w->end; k++)
        if ((k < w->t_start || k >= w->t_end) && has_kind(&it[k], DNP_K_MONTH) &&
            month_strength(e, &it[k]) > ab)
            ab = month_strength(e, &it[k]), alt = k;
    if (alt >= 0)
        w->mw = alt;
    else if (w->t.prec == DN_PREC_HOUR)
        w->t_start = w->t_end = -1; /* "5 Sa 1999": the month, not Turkish "5 sa(at)" */
    else
        return false; /* "03:07:09 pm" is a time: leave the date to the numeric reader */
    return true;
}

static DNP_RARE bool kind_agrees(const item *it, int mw, int s, int kind);
static bool in_date_of(const item *x, const dnp_langset *langs);

/* Whether every word of items [a, b) is one that dates of the month word at mw's languages
   write between their fields (in_date_of), or a weekday of them. */
static bool words_of_date(const item *it, int a, int b, int mw)
{
    dnp_langset ml = dnp_langs_of(&it[mw], DNP_K_MONTH, -1);
    for (int j = a; j < b; j++) {
        if (it[j].type != IT_WORD || in_date_of(&it[j], &ml))
            continue;
        /* or its weekday: "10am on Friday 4 December" */
        dnp_langset wl = dnp_langs_of(&it[j], DNP_K_WEEKDAY, -1);
        dnp_langset_and(&wl, &ml);
        if (dnp_langset_empty(&wl))
            return false;
    }
    return true;
}

/* b23: whether the time at items [k, r) ends its sentence: a full stop, exclamation or
   question mark or semicolon glued to its last item (the time's own, "20:00 uur.", or
   right after it) and a blank after that, a dot before a capital. */
static bool time_sentence_end(const env *e, const item *it, int n, int k, int r)
{
    int j = it[r].type == IT_SEP && !is_space(&it[r]) && it[r].start == it[r - 1].end ? r : r - 1;
    /* or glued to one word after it that the time did not take ("20:00 uur.") */
    if (j == r - 1 && it[j].type != IT_SEP && r + 2 < n && is_space(&it[r]) &&
        it[r + 1].type == IT_WORD && it[r + 2].type == IT_SEP && !is_space(&it[r + 2]) &&
        it[r + 2].start == it[r + 1].end)
        j = r + 2;
    if (j <= k || j + 1 >= n || it[j].type != IT_SEP || is_space(&it[j]) || !is_space(&it[j + 1]))
        return false;
    uint32_t c = it[j].sep;
    /* a dot before a capital only ("20:00 u. op 1 januari" is an abbreviation's) */
    unsigned char next = j + 2 < n ? (unsigned char)e->text[it[j + 2].start] : 0;
    return (c == '.' && (next >= 0x80 || (next >= 'A' && next <= 'Z'))) || c == '!' ||
           c == '?' || c == ';';
}

/* Step 2: a time, read first: it may stand before, between or after the date fields. False
   when the window is a time and no date ("03:07:09 pm"). */
static bool find_time(const env *e, const item *it, window *w)
{
    dnp_langset tl = {{0}};
    w->t_start = w->t_end = -1;
    w->t_span = false;
    for (int k = w->i; k < w->end; k++) {
        /* wrong21: a word that introduces numbers that are no date (locales/ not_date) ends
           the date after its month: "November 3, 2026: firmware 3.10.26" has no 03:10:26 */
        if (k > w->mw && it[k].type == IT_WORD && has_kind(&it[k], DNP_K_NOT_DATE) &&
            !(it[k].kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY)))) {
            w->end = k;
            break;
        }
        /* zoneline: a named day that names a part of it ("ce soir", "tonight") after the
           month is its own day, with its own time: the date ends before it */
        if (k > w->mw && it[k].type == IT_WORD && has_kind(&it[k], DNP_K_REL_NAMED) &&
            has_kind(&it[k], DNP_K_DAY_PERIOD)) {
            w->end = k;
            break;
        }
        /* timejoin: past a field break, a length ("12 Νοε 2026 | 1:02:40") ends it */
        if (k > w->fend && it[k].type == IT_NUM && dnp_length_clock(it, w->end, k)) {
            w->end = k;
            break;
        }
        /* an hour has one or two digits (dnp_read_time turns the others away) */
        if ((it[k].type == IT_NUM && it[k].ndigits <= 2) || has_kind(&it[k], DNP_K_AMPM) ||
            has_kind(&it[k], DNP_K_DAY_PERIOD)) {
            /* issue 10: in running text, the time of an all-numeric date is that date's
               ("14 Şubat 2016 — 2016-02-14T10:00:00+03:00") */
            if (e->search && k >= 6 && (it[k - 1].gen == G_T || is_space(&it[k - 1])) &&
                dnp_numeric_chain(it, k - 1, k - 6))
                continue;
            int r = dnp_read_time(e, it, w->end, k, &w->t, &tl);
            /* issue 10: in running text an hour whose am/pm word is of none of the month's
               languages is no time: "abenduaren 3an" (Basque "on the 3rd", not 3 a.m. by
               Akan "an") */
            /* issue 10: so is one whose hour mark is ("de 2 a 6 de junho": Esperanto "a") */
            if (r > 0 && e->search && w->t.prec == DN_PREC_HOUR &&
                hour_of_no_month_lang(it, w, k, r, &tl))
                continue;
            /* a time before the date joins it across words the month's language writes in
               dates only ("02:00, а 1 января": Russian "а" is "and", Belarusian's "at") */
            if (r > 0 && r <= w->mw && !words_of_date(it, r, w->mw, w->mw))
                continue;
            /* b23: nor, in running text, across the end of its sentence ("rond 20:00 uur.
               Op 1 januari 2027 rijden ...") */
            if (r > 0 && r < w->mw && e->search && time_sentence_end(e, it, w->mw, k, r))
                continue;
            if (r > 0 && k > w->mw && link_of_no_month_lang(it, w, k))
                continue;
            if (r > 0 && k > w->mw && e->search) {
                int g = cell_after(e, it, w->mw, k);
                /* timejoin: unless the time alone fills it, the date's (clock.c's
                   dnp_table_time_cell: one time column, no showings under an empty date
                   cell) */
                cand row;
                dnp_cand_clear(&row);
                row.first = w->i, row.day = 1;
                if (g >= 0 && !(g == k - 1 && dnp_table_time_cell(e, it, &it[g], &row))) {
                    /* a table's next cell: "Zaterdag 28 november   18.00 u" */
                    w->end = g;
                    break;
                }
            }
            if (r > 0 && dnp_time_span_after(e, it[r - 1].end, &w->t)) {
                /* issue 10: a span of times ("13 December 10:00–16:00"): no number of the
                   span is a day or a year; in running text the date keeps no time */
                int j = skip_space(it, w->end, r);
                j = skip_space(it, w->end, j + 1);
                w->t_start = k, w->t_end = j + 3 < w->end ? j + 3 : w->end;
                w->t_span = e->search;
                break;
            }
            if (r > 0) {
                /* years27: a zone written right before the time, after the month: "10
                   Aralık 2026 Perşembe, TSİ 20.45" (an hour and its minutes, no zone of
                   their own) */
                if (k - 2 > w->mw && is_space(&it[k - 1]) && dnp_zone_before(&it[k - 2]) &&
                    !w->t.has_zone && !w->t.has_offset && w->t.prec >= DN_PREC_MINUTE)
                    dnp_zone_before_take(it, k - 2, &w->t); /* zoneline: "UTC 20:45" too */
                w->t_start = k, w->t_end = r;
                break;
            }
            /* issue 8: noon or midnight named, of a language of the month ("22 November
               2015 at noon", "22 novembre 2015 à minuit") */
            int h = r < 0 && w->mw != k ? dnp_point_period_hour(e, &it[k]) : -1;
            if (h >= 0 && kind_agrees(it, w->mw, k, DNP_K_DAY_PERIOD)) {
                dnp_cand_clear(&w->t);
                w->t.hour = h, w->t.has_time = true, w->t.prec = DN_PREC_HOUR;
                w->t_start = k, w->t_end = k + 1;
                break;
            }
        }
    }
    if (w->t_start >= 0 && w->mw >= w->t_start && w->mw < w->t_end)
        return month_in_time(e, it, w);
    return true;
}

/* Whether the year mark at s is of a language the month word at mw is of, asked of a
   year of fewer than four digits: Lithuanian "15 m. lapkričio", but not the "m" of "22 nov
   2015 5m" (five minutes). */
static DNP_RARE bool mark_agrees(const item *it, int mw, int s)
{
    dnp_langset a = dnp_langs_of(&it[s], DNP_K_YEAR_MARK, -1);
    dnp_langset b = dnp_langs_of(&it[mw], DNP_K_MONTH, -1);
    dnp_langset_and(&a, &b);
    return !dnp_langset_empty(&a);
}

/* Whether the word at s has a meaning of this kind in a language the month word at mw is of. */
static DNP_RARE bool kind_agrees(const item *it, int mw, int s, int kind)
{
    dnp_langset a = dnp_langs_of(&it[s], kind, -1);
    dnp_langset b = dnp_langs_of(&it[mw], DNP_K_MONTH, -1);
    dnp_langset_and(&a, &b);
    return !dnp_langset_empty(&a);
}

/* Whether the day mark at s is of a language the month word at mw is of. */
static DNP_RARE bool day_mark_agrees(const item *it, int mw, int s)
{
    dnp_langset a = dnp_langs_of(&it[s], DNP_K_DAY_MARK, -1);
    dnp_langset b = dnp_langs_of(&it[mw], DNP_K_MONTH, -1);
    dnp_langset_and(&a, &b);
    return !dnp_langset_empty(&a);
}

/* Step 3: the numbers outside the time, with their ordinal suffixes and marks, and the
   first weekday named. */
static void collect(const env *e, const item *it, window *w)
{
    int mw = w->mw, end = w->end;
    w->nn = 0;
    w->weekday = 0, w->wk_item = -1;
    /* a day written before the month ("1 December", "1. Dezember") */
    bool day_first = false;
    if (__builtin_expect(w->cut, 0)) {
        int b = mw - 1;
        while (b > w->i && b > mw - 3 && (is_space(&it[b]) || is_sep(&it[b], '.')))
            b--;
        day_first = b >= w->i && b < mw && it[b].type == IT_NUM && it[b].ndigits <= 2;
    }
    for (int k = w->i; k < end; k++) {
        if (k >= w->t_start && k < w->t_end)
            continue;
        if (k >= w->fend)
            break; /* past a field break: no field of this date */
        const item *x = &it[k];
        if (x->type == IT_NUM && !dnp_num_usable(e, it, end, k))
            continue;
        /* a date is compact: its numbers stand within a few items of the month name, not
           counting a time between them ("Mon Jan 02 15:04:05 -0700 2006") */
        if (x->type == IT_NUM && (k < mw - 12 || k > mw + 12)) {
            int span = 0;
            if (w->t_start >= 0 && ((w->t_start > mw && k >= w->t_end) ||
                                    (w->t_end <= mw && k < w->t_start)))
                span = w->t_end - w->t_start;
            if (k < mw - 12 - span || k > mw + 12 + span)
                continue;
        }
        /* a number nearer the month that cut the window than this one is that
           month's day: "22 Nov - 25 Dec 2015", but "July 13th July 14th"; halfway
           between them too when this month has its day before it ("1 December 20
           December": two dates, not 2020) */
        if (x->type == IT_NUM && x->ndigits <= 2 && w->cut && k > mw &&
            (end - k < k - mw ||
             (day_first && end - k - (k + 1 < end && is_sep(&it[k + 1], '.')) <= k - mw)))
            continue;
        if (x->type == IT_NUM) {
            if (w->nn == 8)
                break;
            numref r = {k, false, false, false, k, false};
            int q = k + 1;
            if (q < end && has_kind(&it[q], DNP_K_ORDINAL) && (it[q].tflags & DNP_TF_ADJ))
                r.ordinal = true, r.end = q;
            /* issue 10: "1. decembra 12 autobusu": a day with its dot right before the
               month is the day, whatever number follows */
            else if (x->ndigits <= 2 && q < end && is_sep(&it[q], '.') &&
                     it[q].start == x->end && skip_space(it, end, q + 1) == mw &&
                     skip_space(it, end, q + 1) > q + 1)
                r.ordinal = r.dot = true, r.end = q;
            int s = skip_space(it, end, k + 1);
            /* b29fix: an ending glued to a day's one or two digits that is the day's
               ordinal and a year mark both (Basque "ko": "abenduaren 3ko", of December 3rd;
               "2026ko", of 2026) is the day's */
            if (s < end && has_kind(&it[s], DNP_K_YEAR_MARK) &&
                (x->ndigits == 4 || mark_agrees(it, mw, s)) &&
                !(r.ordinal && !r.dot && x->ndigits <= 2))
                r.ymark = true, r.end = s;
            /* a day mark of no language of the month after a blank is a word of the text:
               "de 2 a 6 de junho" (Basque "a") */
            else if (s < end && has_kind(&it[s], DNP_K_DAY_MARK) &&
                     (s == k + 1 || day_mark_agrees(it, mw, s)))
                r.dmark = true, r.end = s;
            w->nums[w->nn++] = r;
        } else if (has_kind(x, DNP_K_WEEKDAY) && k != mw && w->weekday == 0 &&
                   !(k + 2 == w->t_start && dnp_zone_before(x))) {
            /* (zoneline: not a zone's abbreviation before the time, "10 December 2026,
               CET 20:45": no Slovenian Thursday) */
            for (uint32_t q = 0; q < x->nm; q++)
                if (x->m[q].kind == DNP_K_WEEKDAY) {
                    w->weekday = x->m[q].value;
                    break;
                }
            w->wk_item = k;
        }
    }
}

/* Step 4: the month the word means, given the weekday's languages. False when none. */
static bool choose_month(const env *e, const item *it, window *w)
{
    const item *m = &it[w->mw];
    /* With no hint, a month word of one value and a weekday of the month's most spoken
       language ("Mon, 16 Jul 2018": English), the languages need no set arithmetic:
       that language is the answer. Otherwise the weekday's languages are the context. */
    w->fast_lang = !e->p->nhints && m->mone &&
                   (!w->weekday ||
                    has_meaning(&it[w->wk_item], DNP_K_WEEKDAY, w->weekday, m->mtop));
    /* a month word of several values: a filler beside it of a language of the month says
       the language ("ag. de 2030": Catalan "de", so August, not Yoruba July; "de" is also
       a weekday somewhere) */
    dnp_langset fl = {{0}};
    if (!m->mone && !e->p->nhints) {
        bool filler = false;
        for (int k = w->mw - 2; k <= w->mw + 3; k++) {
            if (k < 0 || k >= w->end || k == w->mw || !has_kind(&it[k], DNP_K_FILLER))
                continue;
            dnp_langset x = dnp_langs_of(&it[k], DNP_K_FILLER, -1);
            for (int q = 0; q < DNP_LANG_WORDS; q++)
                fl.w[q] |= x.w[q];
            filler = true;
        }
        /* the month's languages (a pass over its meanings, a hundred for "nov") only when a
           filler stands beside it (issue 8: most month words have none) */
        if (filler) {
            dnp_langset ml = dnp_langs_of(m, DNP_K_MONTH, -1);
            dnp_langset_and(&fl, &ml);
        }
    }
    if (!dnp_langset_empty(&fl)) {
        w->ctx = fl;
        w->have_ctx = true;
        w->fast_lang = false;
        if (w->weekday)
            w->wlangs = dnp_langs_of(&it[w->wk_item], DNP_K_WEEKDAY, w->weekday);
    } else if (w->weekday && !w->fast_lang) {
        w->wlangs = dnp_langs_of(&it[w->wk_item], DNP_K_WEEKDAY, w->weekday);
        w->ctx = w->wlangs;
        w->have_ctx = true;
    }
    memset(&w->mlangs, 0, sizeof w->mlangs);
    w->month = dnp_choose_month(e, m, w->have_ctx ? &w->ctx : NULL,
                                ((w->weekday && !w->fast_lang) || w->have_ctx || e->p->nhints)
                                    ? &w->mlangs
                                    : NULL);
    return w->month != 0;
}

/* issue 10: whether in running text the number nums[q] may be a two-digit year: not with a
   weekday between it and the month ("abenduaren 3an, ostegunean, 21:00etan", "28-noyabr,
   shanba, 19:00"), not before a month word (the day of the next date: "7 დეკემბრიდან 11
   დეკემბრამდე") nor before a colon or an hour mark (an hour: "30 ნოემბერს, 10 საათზე"). */
/* b32: whether the number at k is a piece of a decimal number (glued by a dot or comma to
   the digits after or before it) that a percent or currency sign (XF_MONEY) follows, glued
   or after one blank: "13.50 %", "9,25%". */
static bool decimal_of_money(const item *it, const window *w, int k)
{
    int last = -1;
    if (k + 2 < w->end && (is_sep(&it[k + 1], '.') || is_sep(&it[k + 1], ',')) &&
        it[k + 1].start == it[k].end && it[k + 2].type == IT_NUM &&
        it[k + 2].start == it[k + 1].end)
        last = k + 2;
    else if (k >= 2 && k - 2 >= w->i && (is_sep(&it[k - 1], '.') || is_sep(&it[k - 1], ',')) &&
             it[k - 1].end == it[k].start && it[k - 2].type == IT_NUM &&
             it[k - 2].end == it[k - 1].start)
        last = k;
    if (last < 0)
        return false;
    int q = last + 1;
    if (q < w->end && is_space(&it[q]))
        q++;
    return q < w->end && (it[q].tflags & XF_MONEY);
}

static DNP_RARE bool short_year_here(const env *e, const item *it, const window *w, int q, int day_i)
{
    int k = w->nums[q].idx;
    /* issue 10: after a day and month, a comma parts them from a number that follows ("26
       september, 30 km"); only "Nov 22, 15" writes a year after one */
    if (day_i >= 0 && w->nums[day_i].idx < w->mw && k > w->mw)
        for (int j = w->mw + 1; j < k; j++)
            if (is_sep(&it[j], ','))
                return false;
    /* b32: nor a piece of a rate or an amount, a decimal number before a percent or currency
       sign ("13.50 % tarehe 3 Desemba": no 2013) */
    if (decimal_of_money(it, w, k))
        return false;
    /* b33: nor a signed quantity, glued after the minus sign U+2212 ("28 ноября −12", a
       temperature; dates write hyphens and dashes, never it) */
    if (k > 0 && it[k - 1].end == it[k].start && it[k - 1].end - it[k - 1].start == 3 &&
        memcmp(e->text + it[k - 1].start, "\xE2\x88\x92", 3) == 0)
        return false;
    /* b33: nor the second day of a list joined by "&" ("Dec 12 & 14": page.c's lists read
       both days; "and", a word, parts them already) */
    if (day_i >= 0 && w->nums[day_i].idx < k)
        for (int j = w->nums[day_i].end + 1; j < k; j++)
            if (is_sep(&it[j], '&'))
                return false;
    /* b33: nor a number that puts the date off its weekday when the year without one keeps
       it on ("Saturday, December 5, 10 AM–3 PM": 5 December 2026 is a Saturday, 2010's a
       Sunday) */
    if (w->weekday && w->wk_item >= 0 && w->month && day_i >= 0 && it[k].ndigits == 2) {
        int d = (int)it[w->nums[day_i].idx].value, fy = 0;
        unsigned fl = 0;
        int cal = 0;
        int yy = dnp_calendar_window_year(e, &it[w->mw], year_from_digits(e, it[k].value, 2, &fl),
                                          true, &cal); /* "6 ธ.ค. 69" is 2569 BE, 2026 */
        if (d >= 1 && d <= dnp_days_in_month(yy, w->month) &&
            dnp_weekday(dnp_days_from_civil(yy, (unsigned)w->month, (unsigned)d)) != w->weekday &&
            dnp_weekday_fits(e, &it[w->wk_item], w->month, d, &fy, false))
            return false;
    }
    int a = k < w->mw ? k : w->mw, b = k < w->mw ? w->mw : k;
    dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, -1);
    for (int j = a + 1; j < b; j++)
        if (it[j].type == IT_WORD && (it[j].kinds & (1u << DNP_K_WEEKDAY))) {
            dnp_langset wl = dnp_langs_of(&it[j], DNP_K_WEEKDAY, -1);
            dnp_langset_and(&wl, &ml);
            if (!dnp_langset_empty(&wl)) /* of the month's language: not "și" */
                return false;
        }
    int r = skip_space(it, w->end, w->nums[q].end + 1);
    if (r >= w->end)
        return !w->cut; /* the window ends at the next date's month word */
    return !is_sep(&it[r], ':') &&
           !(it[r].type == IT_WORD &&
             (it[r].kinds & ((1u << DNP_K_MONTH) | (1u << DNP_K_HOUR_MARK))));
}

/* Whether the word at j is one that also stands between the day and the month ("22 de
   noviembre de 15": the Spanish date's own "de", not the "at" of a time). */
static bool filler_as_before(const env *e, const item *it, const window *w, int day_i, int j)
{
    if (day_i < 0 || w->nums[day_i].idx > w->mw || !has_kind(&it[j], DNP_K_FILLER))
        return false;
    size_t len = it[j].end - it[j].start;
    for (int x = w->nums[day_i].end + 1; x < w->mw; x++)
        if (it[x].type == IT_WORD && it[x].end - it[x].start == len &&
            memcmp(e->text + it[x].start, e->text + it[j].start, len) == 0)
            return true;
    return false;
}

/* Whether a word or an opening bracket stands between the date's last field before it and
   the two-digit number nums[q] after the month: "30th November at 10 AM sharp" (a time,
   not 2010), "08:41 on 26 Nov (14 min late)" are no two-digit years; "22 Nov 15", "Nov
   22, 15", "Nov '15" are. */
static bool short_year_parted(const env *e, const item *it, const window *w, int q, int day_i)
{
    int k = w->nums[q].idx, from = w->mw;
    if (k < from)
        return false;
    if (day_i >= 0 && w->nums[day_i].idx > from && w->nums[day_i].idx < k)
        from = w->nums[day_i].end;
    for (int j = from + 1; j < k; j++) {
        if (is_sep(&it[j], '(') || is_sep(&it[j], '['))
            return true;
        if (it[j].type == IT_WORD && !filler_as_before(e, it, w, day_i, j))
            return true;
    }
    return false;
}

/* issue 10: the number that ends a range whose first day is nums[day_i], written after
   the month ("Dec 18–20", "Nov 28 - 30, 2026"): a dash, then a day of one or two digits
   later than the first, the month and the day with no dash between (not "Dec-18-20",
   18 December '20). Its index in nums, or -1. Such a number is no two-digit year: "Dec
   18–20" is never 18 December 2020. */
static int range_end(const item *it, const window *w, int day_i)
{
    const numref *d = &w->nums[day_i];
    if (d->idx < w->mw)
        return -1;
    for (int k = w->mw + 1; k < d->idx; k++)
        if (it[k].type != IT_SEP || !(is_space(&it[k]) || it[k].sep == '.'))
            return -1;
    int r = skip_space(it, w->end, d->end + 1);
    if (r >= w->end || it[r].type != IT_SEP ||
        !(it[r].sep == '-' || it[r].sep == 0x2014 || it[r].sep == '~' || it[r].sep == 0x301C))
        return -1;
    r = skip_space(it, w->end, r + 1);
    for (int q = 0; q < w->nn; q++)
        if (w->nums[q].idx == r && it[r].ndigits <= 2 && it[r].value > it[d->idx].value &&
            it[r].value <= 31 && !w->nums[q].ymark)
            return q;
    return -1;
}

/* issue 10 (b20): the number that starts a range whose last day is nums[day_i], written
   between a year and the month ("2027 წლის 14-15 იანვარი", Georgian: the year, then the
   days and the month): right before the day with a dash alone between, one or two digits,
   earlier, the year before it. Its index in nums, or -1. Without the year page.c's ranges
   read such a range ("14-15 იანვარი"); with it, the first day is no number left unused. */
static int range_start(const item *it, const window *w, int day_i, int year_i)
{
    int f = day_i - 1;
    const numref *d = &w->nums[day_i], *s = &w->nums[f];
    if (d->idx > w->mw || f == year_i || w->nums[year_i].idx > s->idx || s->ymark ||
        it[s->idx].ndigits > 2 || it[s->idx].value < 1 || it[s->idx].value >= it[d->idx].value)
        return -1;
    int dashes = 0;
    for (int k = s->end + 1; k < d->idx; k++) {
        if (it[k].type != IT_SEP)
            return -1;
        if (it[k].sep == '-' || it[k].sep == 0x2014)
            dashes++;
        else if (!is_space(&it[k]))
            return -1;
    }
    return dashes == 1 ? f : -1;
}

/* b28fix: whether nums[q] starts a range of days whose last day is nums[day_i], before the
   month: right before the day, one dash and blanks alone between, one or two digits,
   earlier ("28 – 30 พ.ย.", "28-30 พฤศจิกายน"). Such a number is no two-digit year (no 28
   November 2528 of the Buddhist era); page.c's ranges read the range. */
static bool range_first(const item *it, const window *w, int q, int day_i)
{
    const numref *d = &w->nums[day_i], *s = &w->nums[q];
    if (q != day_i - 1 || d->idx > w->mw || it[s->idx].ndigits > 2 || it[s->idx].value < 1 ||
        it[s->idx].value >= it[d->idx].value)
        return false;
    int dashes = 0;
    for (int k = s->end + 1; k < d->idx; k++) {
        if (it[k].type != IT_SEP)
            return false;
        if (it[k].sep == '-' || it[k].sep == 0x2013 || it[k].sep == 0x2014)
            dashes++;
        else if (!is_space(&it[k]))
            return false;
    }
    return dashes == 1;
}

/* issue 8: whether the number at k is a part of a clock (H:MM, or an hour with its am/pm
   glued) that was not read as the time: "19:30 am" (no such time) leaves 19 no two-digit
   year nor day. */
static bool clock_part(const item *it, int end, int k)
{
    bool after = k + 2 < end && is_sep(&it[k + 1], ':') && it[k + 1].start == it[k].end &&
                 it[k + 2].type == IT_NUM && it[k + 2].start == it[k + 1].end;
    bool before = k >= 2 && is_sep(&it[k - 1], ':') && it[k - 1].end == it[k].start &&
                  it[k - 2].type == IT_NUM && it[k - 2].end == it[k - 1].start;
    /* an hour with its am/pm or hour mark glued: "10am on Friday 4 December" has no 2010 */
    bool marked = k + 1 < end && it[k + 1].type == IT_WORD && it[k + 1].start == it[k].end &&
                  (it[k + 1].kinds & ((1u << DNP_K_AMPM) | (1u << DNP_K_HOUR_MARK)));
    /* timejoin: or the first hour of a span whose end has its mark: "november 28. 10-14
       óra" has no 2010 */
    bool span = k + 4 < end && (is_sep(&it[k + 1], '-') || is_sep(&it[k + 1], 0x2013)) &&
                it[k + 2].type == IT_NUM && it[k + 2].ndigits <= 2 && is_space(&it[k + 3]) &&
                has_kind(&it[k + 4], DNP_K_HOUR_MARK);
    return it[k].ndigits <= 2 && (after || before || marked || span);
}

/* Step 5: which numbers are the day and the year: marked ones first, then a four-digit
   year (or a shorter one before an era), the 1-2 digit number closest to the month as the
   day, and the other two-digit number as the year ("22 Nov 15"). */
/* Whether the year x of a label ("Eliteserien 2027:") is later than the reference's while
   the day of the window's month in the reference's year lies on or after the reference,
   within DNP_YEAR_AHEAD_MONTHS: then the label names a later period, not the date's year. */
static DNP_RARE bool label_year_ahead(const env *e, const window *w, const item *x, int day)
{
    if (x->ndigits != 4 || (int)x->value <= e->now_year || day < 1 ||
        day > dnp_days_in_month(e->now_year, w->month))
        return false;
    int ly = e->now_year, lm = e->now_month, ld = e->now_day;
    dnp_add_months(&ly, &lm, &ld, DNP_YEAR_AHEAD_MONTHS);
    int64_t t = dnp_days_from_civil(e->now_year, (unsigned)w->month, (unsigned)day);
    return t >= e->now_days && t <= dnp_days_from_civil(ly, (unsigned)lm, (unsigned)ld);
}

/* wrong21: whether the four-digit number nums[q] after the month is no year of its date in
   running text: more than DNP_PAGE_FAR_YEARS after the reference, and parted from the
   month (or a day after it) by a word that is no era nor year prefix ("Samstag, 28.
   November, in 8400": a postal code; "28 พฤศจิกายน พ.ศ. 2569" keeps its Buddhist year).
   zoneline: in line mode too (the line gave 8400-11-28); "28 November 8400", nothing
   between, stays a year */
static bool far_parted_year(const env *e, const item *it, const window *w, int q, int day_i)
{
    int k = w->nums[q].idx, from = w->mw;
    if (k < from || (int)it[k].value <= e->now_year + DNP_PAGE_FAR_YEARS)
        return false;
    if (day_i >= 0 && w->nums[day_i].idx > from && w->nums[day_i].idx < k)
        from = w->nums[day_i].end;
    for (int j = from + 1; j < k; j++)
        if (it[j].type == IT_WORD &&
            !(it[j].kinds & ((1u << DNP_K_ERA) | (1u << DNP_K_CAL_ERA) | (1u << DNP_K_YEAR_PREFIX))))
            return true;
    return false;
}

/* wrong31: whether the word at j is a filler that no count takes right after it in every
   language it is a filler of and the month a month of (locales/ year_then: English "on", "at", "the"): it stands before
   a date or a time, never between a number and the month it dates ("won 28 on October":
   a score, no 28 October). */
static bool then_filler(const env *e, const item *it, const window *w, int j)
{
    if (it[j].type != IT_WORD || !has_kind(&it[j], DNP_K_FILLER) ||
        has_kind(&it[j], DNP_K_ORDINAL) || !is_space(&it[j - 1]))
        return false;
    size_t pos = it[j].start;
    dnp_token t;
    if (!dnp_next_token(e->text, it[j].end, &pos, &t) || t.kind != DNP_TK_WORD ||
        t.end != it[j].end)
        return false;
    const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
    if (!k)
        return false;
    dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, -1);
    dnp_langset fl = dnp_langs_of(&it[j], DNP_K_FILLER, -1);
    dnp_langset_and(&ml, &fl);
    if (dnp_langset_empty(&ml))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    dnp_langset tl = {{0}};
    for (uint32_t q = 0; q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && m[q].value == DNP_CUE_YEAR_THEN)
            dnp_langset_add(&tl, m[q].lang);
    /* every such language: Dutch "de" (the) is also Spanish "de" ("1.º de marzo") */
    for (int q = 0; q < DNP_LANG_WORDS; q++)
        if (ml.w[q] & ~tl.w[q])
            return false;
    return true;
}

/* wrong31: whether such a filler stands between the number nums[q] before the month and
   the month. */
static bool then_parted_before(const env *e, const item *it, const window *w, int q)
{
    for (int j = w->nums[q].end + 1; j < w->mw; j++)
        if (then_filler(e, it, w, j))
            return true;
    return false;
}

/* wrong31: whether a full stop, a blank and a capitalised word stand between the number nums[q]
   before the month and the date's next field (the month, or a number between): the year
   of the sentence before ("des del 1985. El 3 de desembre"), no field of this date
   (Hungarian "1985. december 3." has the month itself after the stop). */
static bool stop_parted_year(const env *e, const item *it, const window *w, int q)
{
    int k = w->nums[q].end + 1;
    if (w->nums[q].idx > w->mw || k + 2 >= w->mw || !is_sep(&it[k], '.') || !is_space(&it[k + 1]))
        return false;
    /* the next sentence's first word, capitalised, no mark of the year (Latvian "2031.
       gada 14. maijam") */
    int j = k + 2;
    if (it[j].type != IT_WORD || (it[j].kinds & ((1u << DNP_K_YEAR_MARK) | (1u << DNP_K_YEAR_PREFIX))))
        return false;
    UChar32 c;
    int32_t p = (int32_t)it[j].start;
    U8_NEXT((const uint8_t *)e->text, p, (int32_t)it[j].end, c);
    return c >= 0 && u_isupper(c);
}

/* wrong31: whether a range's link word (locales/ range_link) stands between the month (or
   the day after it) and the number nums[q] after them: in running text that number ends a
   range or a span ("9. prosince od 8 do 12 roků": up to 12 years; "8 December to 2012"),
   no year of this date. linewrong: on a line alone too, and after the word that joins a
   range's second year (locales/ year_to: "8 décembre à 2012", "8 de diciembre a 2012"). */
static bool range_linked_year(const env *e, const item *it, const window *w, int q, int day_i)
{
    int k = w->nums[q].idx, from = w->mw;
    if (k < from)
        return false;
    if (day_i >= 0 && w->nums[day_i].idx > from && w->nums[day_i].idx < k)
        from = w->nums[day_i].end;
    for (int j = from + 1; j < k; j++)
        if (it[j].type == IT_WORD && dnp_year_link_word(e, &it[j]))
            return true;
    return false;
}

/* linewrong: whether the number nums[q] after the month starts a span: a dash glued after
   it, or blanks, a range's link word (locales/ range_link) and blanks, then a number of one
   or two digits no colon follows ("3 December 14 to 16 h", "3. Dezember 14 bis 16 Uhr", "3
   December 14-16 h": hours, no year 2014; "de 14 à 16 h": the word that joins a range's
   second year too, locales/ year_to). Read from the text: the link word, no date word,
   ends the window. */
static bool range_starts(const env *e, const item *it, const window *w, int q)
{
    int k = w->nums[q].idx;
    if (k < w->mw)
        return false;
    size_t pos = it[k].end, end = e->content_end;
    dnp_token t;
    bool linked = false, spaced = false;
    while (dnp_next_token(e->text, end, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE)) {
            spaced = true;
            continue;
        }
        if (!linked && t.kind == DNP_TK_SEP && t.value == '-' && !spaced) {
            linked = true;
            continue;
        }
        const dnp_lex_key *key = t.kind == DNP_TK_WORD ? dnp_lex_find_cue(t.fold, t.flen) : NULL;
        if (!linked && key && spaced &&
            (dnp_key_has_cue(key, DNP_CUE_RANGE_LINK, -1) ||
             dnp_key_has_cue(key, DNP_CUE_YEAR_TO, -1))) {
            linked = true, spaced = false;
            continue;
        }
        if (!linked || t.kind != DNP_TK_NUM || t.ndigits > 2)
            return false;
        size_t p2 = pos;
        return !(dnp_next_token(e->text, end, &p2, &t) && t.kind == DNP_TK_SEP && t.value == ':');
    }
    return false;
}

/* linewrong: whether the number nums[q] after the month counts the word right after it,
   blanks between: a word in lower case that is no date word of any kind ("8 December 12
   people", "8 dicembre 12 persone", "8 декабря 12 человек": no year 2012). Read from the
   text: such a word ends the window. */
static bool counted_after(const env *e, const item *it, const window *w, int q)
{
    int k = w->nums[q].idx;
    if (k < w->mw)
        return false;
    size_t pos = it[k].end;
    dnp_token t;
    if (!dnp_next_token(e->text, e->content_end, &pos, &t) || t.kind != DNP_TK_SEP ||
        !(t.flags & DNP_TF_SPACE) || (t.flags & DNP_TF_NEWLINE) ||
        !dnp_next_token(e->text, e->content_end, &pos, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_CJK))
        return false;
    /* a word in lower case: not a place or a name after a year ("22 Nov 15 Berlin"), nor a
       word of a script without case (Thai "1 ธ.ค. 69 ...", the Buddhist era's 2569) */
    UChar32 c;
    int32_t p = (int32_t)t.start;
    U8_NEXT((const uint8_t *)e->text, p, (int32_t)t.end, c);
    if (c < 0 || !u_islower(c))
        return false;
    const dnp_lex_key *key = dnp_lex_find(t.fold, t.flen);
    return !key || !key->kinds;
}

/* linewrong: whether a word that only introduces or connects a time (locales/ time_word,
   time_link: time_link_only) stands right before the number nums[q], blanks between
   ("dalle 14"): an hour, the start of a span when another time follows. */
static bool timed_number(const item *it, const window *w, int q)
{
    int p = w->nums[q].idx;
    for (int words = 0; words < 2; words++) { /* an article between ("a partir de las 14") */
        int b = p - 1;
        while (b >= w->i && is_space(&it[b]))
            b--;
        if (b < w->i || b == p - 1 || !has_kind(&it[b], DNP_K_FILLER))
            return false;
        if (time_link_only(&it[b]))
            return true;
        p = b;
    }
    return false;
}

static void assign_day_year(const env *e, const item *it, window *w, bool search)
{
    const numref *nums = w->nums;
    int nn = w->nn, day_i = -1, year_i = -1;
    for (int q = 0; q < nn; q++) {
        if (nums[q].ymark && year_i < 0 && !range_linked_year(e, it, w, q, -1))
            year_i = q;
        else if ((nums[q].dmark || nums[q].ordinal) && day_i < 0 && it[nums[q].idx].value >= 1 &&
                 it[nums[q].idx].value <= 31)
            day_i = q;
    }
    for (int pass = 0; pass < 2 && year_i < 0; pass++)
        for (int q = 0; q < nn && year_i < 0; q++) {
            const item *x = &it[nums[q].idx];
            if (q == day_i || range_linked_year(e, it, w, q, day_i) ||
                (search && stop_parted_year(e, it, w, q)))
                continue;
            int r = skip_space(it, w->end, nums[q].end + 1);
            /* issue 10: in running text an era of no language of the month is a word of
               the text ("26 september, 30 km": km, an era of Asu) */
            bool era_next = r < w->end && only_kind(&it[r], DNP_K_ERA) &&
                            (!search || kind_agrees(it, w->mw, r, DNP_K_ERA));
            /* issue 10: in running text a later year before the month with a colon glued
               to it ends a label, no date's field, when the day in the reference's year
               lies ahead before it ("Eliteserien 2027: 9. desember": the league of 2027, a
               match on 9 December; no CLDR pattern writes "y:"; "Program 2027: 9. januar"
               keeps its year) */
            if (search && nums[q].idx < w->mw && nums[q].end + 1 < w->end &&
                is_sep(&it[nums[q].end + 1], ':') && it[nums[q].end + 1].start == x->end &&
                label_year_ahead(e, w, x, day_i >= 0 ? (int)it[nums[day_i].idx].value : 1))
                continue;
            if (pass == 0 && x->ndigits == 4 && far_parted_year(e, it, w, q, day_i))
                continue;
            if (pass == 0 ? x->ndigits == 4 : (x->ndigits <= 3 && era_next && x->value > 0))
                year_i = q;
        }
    /* b23: a four-digit number right after the month is its year, not one before the day
       ("n. 1577 del 9 ottobre 2025": a decree's number) */
    if (year_i >= 0 && nums[year_i].idx < w->mw && !nums[year_i].ymark)
        for (int q = year_i + 1; q < nn; q++)
            if (it[nums[q].idx].ndigits == 4 && skip_space(it, w->end, w->mw + 1) == nums[q].idx &&
                /* not the next date's year with its glued mark ("1-dekabrdan 2027-yil") */
                !(nums[q].idx + 1 < w->end && it[nums[q].idx + 1].start == it[nums[q].idx].end &&
                  is_sep(&it[nums[q].idx + 1], '-'))) {
                year_i = q;
                break;
            }
    /* day: the 1-2 digit number closest to the month name; issue 10 (b20): in running text
       not one after a year that follows the month: there a number after "month year" is a
       count ("novembro 2026 (6)": an archive's posts; "November 2026 6 posts"); a line
       alone may be such a date (dateparser's Cornish "mis kevardhu 2019 1 sad") */
    if (day_i < 0) {
        int bestd = 1 << 30;
        int after = search && year_i >= 0 && nums[year_i].idx > w->mw ? nums[year_i].idx : w->end;
        for (int q = 0; q < nn; q++) {
            const item *x = &it[nums[q].idx];
            if (q == year_i || x->ndigits > 2 || x->value < 1 || x->value > 31 ||
                nums[q].idx > after || clock_part(it, w->end, nums[q].idx))
                continue;
            /* wrong21: nor, in running text, one after the month past a filler of no
               language of the month ("Februar alle 14 Tage": Italian "alle", German
               "every") */
            if (search && nums[q].idx > w->mw && filler_of_no_month_lang(it, w, nums[q].idx))
                continue;
            /* wrong31: nor one before the month past a word no date writes there ("won 28
               on October") */
            if (nums[q].idx < w->mw && then_parted_before(e, it, w, q))
                continue;
            int dist = nums[q].idx > w->mw ? nums[q].idx - w->mw : w->mw - nums[q].idx;
            /* linewrong: one after the month that counts the word after it comes after
               any other ("8 de dezembro 12 pessoas": the 8th, not the 12th) */
            if (nums[q].idx > w->mw && counted_after(e, it, w, q))
                dist += w->end - w->i;
            if (dist < bestd)
                bestd = dist, day_i = q;
        }
    }
    /* issue 10: a day mark after a range's last day marks both: the day is the first
       ("2027 m. kovo 10–11 d.", Lithuanian) */
    if (day_i > 0 && nums[day_i].dmark && it[nums[day_i - 1].idx].ndigits <= 2 &&
        it[nums[day_i - 1].idx].value >= 1 && !nums[day_i - 1].ymark &&
        nums[day_i - 1].idx > w->mw) {
        if (range_end(it, w, day_i - 1) == day_i)
            day_i--;
    }
    w->range_i = day_i >= 0 ? range_end(it, w, day_i) : -1;
    if (w->range_i < 0 && day_i > 0 && year_i >= 0) {
        int f = range_start(it, w, day_i, year_i);
        if (f >= 0)
            w->range_i = day_i, day_i = f;
    }
    /* a two-digit year: the other 1-2 digit number ("22 Nov 15"); not after a day written
       "1. decembra" in running text ("1. decembra 12 autobusu": twelve buses) */
    if (year_i < 0 && day_i >= 0 && !(search && nums[day_i].dot)) {
        for (int q = 0; q < nn; q++) {
            const item *x = &it[nums[q].idx];
            /* linewrong: a piece of a rate or an amount is no year on a line alone either
               ("13.50 % tarehe 3 Desemba" is 3 December, no 2013) */
            if ((search && !short_year_here(e, it, w, q, day_i)) ||
                decimal_of_money(it, w, nums[q].idx))
                continue;
            if (q == w->range_i || (search && range_first(it, w, q, day_i)))
                continue;
            if (q != day_i && (range_starts(e, it, w, q) || counted_after(e, it, w, q)))
                continue;
            if (q != day_i && x->ndigits == 2 && !nums[q].ordinal &&
                !clock_part(it, w->end, nums[q].idx) && !short_year_parted(e, it, w, q, day_i) &&
                !(nums[q].idx < w->mw && then_parted_before(e, it, w, q))) {
                year_i = q;
                break;
            }
        }
    }
    w->day_i = day_i, w->year_i = year_i;
    /* b23: a weekday before another number before the day is that number's, a list's
       first day ("Zaterdag 5 en zondag 6 december", "samedi 5 et 6 décembre"): it does
       not choose the day's year */
    for (int q = 0; day_i >= 0 && w->wk_item >= 0 && q < nn; q++)
        if (q != day_i && q != year_i && q != w->range_i && nums[q].idx > w->wk_item &&
            nums[q].idx < nums[day_i].idx && w->wk_item < nums[day_i].idx) {
            w->weekday = 0, w->wk_item = -1;
            break;
        }
}

/* Whether the era word x is one of a language the month word m is a month of: "10 August 88
   AD", but no era of another language ("26 september, 30 km": the kilometres of a race). */
static bool era_of_month_lang(const item *x, const item *m)
{
    return shares_lang(x, DNP_K_ERA, m, DNP_K_MONTH);
}

/* read_year: the era word at r after the year, when it is one of the month's language (or a
   hinted one). Out of line (DNP_RARE). */
static DNP_RARE void era_after_year(const env *e, const item *it, window *w, int r)
{
    if ((only_kind(&it[r], DNP_K_ERA) || hinted_kind(e, &it[r], DNP_K_ERA)) &&
        (hinted_kind(e, &it[r], DNP_K_ERA) || era_of_month_lang(&it[r], &it[w->mw]))) {
        w->era = dnp_era_of(e, &it[r]);
        w->era_item = r;
    }
}

/* Step 6: the year: the number chosen, with an era right after it ("44 BC", "1000 н. э."),
   or the reference's year. */
static int read_year(const env *e, const item *it, window *w)
{
    int year;
    w->flags = 0, w->era = -1, w->era_item = -1;
    if (w->year_i < 0) {
        w->flags |= DN_FLAG_YEAR_IMPLIED;
        return e->now_year;
    }
    const numref *y = &w->nums[w->year_i];
    /* an era name counts right after the year, nowhere else; a year with an era is the
       number written ("10 August 88 AD" is the year 88, not 1988) */
    int r = skip_space(it, w->end, y->end + 1);
    if (r < w->end && r != w->mw && has_kind(&it[r], DNP_K_ERA))
        era_after_year(e, it, w, r);
    year = w->era >= 0 ? (int)it[y->idx].value
                       : year_from_digits(e, it[y->idx].value, it[y->idx].ndigits, &w->flags);
    /* issue 11: a Buddhist-era year in a Thai date (22 ก.พ. 2567, 1 ธ.ค. 69), before the day
       is checked */
    bool two = it[y->idx].ndigits == 2;
    if (w->era < 0 && (year > DNP_CAL_PLAUSIBLE_MAX || e->p->calendar == DN_CAL_BUDDHIST || two))
        year = dnp_calendar_window_year(e, &it[w->mw], year, two, &w->calendar);
    return w->era == 0 ? 1 - year : year;
}

/* issue 10: a month name alone in running text ("w grudniu", "у жовтні 2026"'s month
   without its year, "i januar"), for dn_search only: no ordinary word (not risky, not
   weak), no number or time beside it; page.c keeps it only in the page's languages
   (DNP_FLAG_PAGE_MONTH_ALONE, set by the caller). */
/* A word that begins relative phrases ("next", "last", "this"), not a preposition that
   also does ("i", "w", "у"; DNP_PREP_BYTES) nor a filler. */
static bool relative_lead(uint32_t kinds, size_t bytes)
{
    return (kinds & (1u << DNP_K_PREFIX)) && !(kinds & (1u << DNP_K_FILLER)) &&
           bytes > DNP_PREP_BYTES;
}

/* b30fix: whether the meanings m[0..n) hold a preposition in one of langs: a filler, a word
   that begins phrases, or a year's preposition (locales/ year_before, year_in, year_since). */
static bool prep_of(const dnp_meaning *m, uint32_t n, const dnp_langset *langs)
{
    for (uint32_t q = 0; q < n; q++)
        if ((m[q].kind == DNP_K_FILLER || m[q].kind == DNP_K_PREFIX ||
             (dnp_year_cue(&m[q]) && (m[q].value == DNP_CUE_YEAR_BEFORE ||
                                      m[q].value == DNP_CUE_YEAR_IN ||
                                      m[q].value == DNP_CUE_YEAR_SINCE))) &&
            dnp_langset_has(langs, m[q].lang))
            return true;
    return false;
}

/* b30fix: whether the text at byte p holds a dash, another month's name and a four-digit
   year, blanks between: the month before p starts a range of months of that year
   ("Novembro–decembro 2026"), as a preposition would lead it. */
static bool months_to_year(const env *e, size_t p)
{
    dnp_token t;
    size_t q = p;
    bool dash = false;
    while (dnp_next_token(e->text, e->len, &q, &t) && t.kind == DNP_TK_SEP &&
           !(t.flags & DNP_TF_NEWLINE)) {
        if (t.value == '-' || t.value == 0x2013 || t.value == 0x2014)
            dash = true;
        else if (!(t.flags & DNP_TF_SPACE))
            return false;
    }
    if (!dash || t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
    if (!k || !(k->kinds & (1u << DNP_K_MONTH)))
        return false;
    while (dnp_next_token(e->text, e->len, &q, &t) && t.kind == DNP_TK_SEP &&
           (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
        ;
    return t.kind == DNP_TK_NUM && t.ndigits == 4;
}

/* b30fix: whether the word at byte p, after blanks, is a unit word (the word for month) of
   one of langs: "gegužės mėnesį", the month of May. */
static bool month_word_after(const env *e, size_t p, const dnp_langset *langs)
{
    dnp_token t = {0}; /* (the text may end at p: no token read) */
    size_t q = p;
    bool got;
    while ((got = dnp_next_token(e->text, e->len, &q, &t)) && t.kind == DNP_TK_SEP &&
           (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE))
        ;
    if (!got || t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG) || t.start == p)
        return false;
    const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
    if (!k || !(k->kinds & ((1u << DNP_K_REL_UNIT) | (1u << DNP_K_REL_PAT_AFTER))))
        return false;
    const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
    for (uint32_t r = 0; r < k->nmeaning; r++)
        if ((m[r].kind == DNP_K_REL_UNIT || m[r].kind == DNP_K_REL_PAT_AFTER) &&
            dnp_langset_has(langs, m[r].lang))
            return true;
    return false;
}

static bool month_alone_in_page(const env *e, const item *it, window *w)
{
    const item *m = &it[w->mw];
    if (!e->search || m->mrisky || w->nn || w->t_start >= 0 ||
        (m->end - m->start <= DNP_PAGE_WEAK_BYTES && !(m->tflags & DNP_TF_CJK)))
        return false;
    if (w->weekday) {
        /* a weekday of no language of the month is an ordinary word beside it ("desde
           octubre; la Central": Finnish "la", Saturday; "a settembre ho preso") */
        dnp_langset wl = dnp_langs_of(&it[w->wk_item], DNP_K_WEEKDAY, w->weekday);
        dnp_langset ml = dnp_langs_of(m, DNP_K_MONTH, w->month);
        dnp_langset_and(&wl, &ml);
        if (!dnp_langset_empty(&wl))
            return false;
        w->weekday = 0, w->wk_item = -1;
    }
    /* issue 10: a month named in its stand-alone form only (the nominative of languages
       that inflect it: Lithuanian "gegužė ten geriausias laikas", May is the best time
       there) names the month, as a subject; a date says "in May" ("gegužės mėnesį") */
    /* wrong21: nor an abbreviation only ("140 новых ліп", Belarusian lindens, CLDR's
       abbreviated July): running text names a month alone in full */
    bool format = false;
    for (uint32_t q = 0; q < m->nm && !format; q++)
        format = m->m[q].kind == DNP_K_MONTH && m->m[q].value == w->month &&
                 !(m->m[q].flags & (DNP_MF_STANDALONE | DNP_MF_ABBR));
    if (!format)
        return false;
    dnp_langset ml = dnp_langs_of(m, DNP_K_MONTH, w->month);
    /* b30fix: a month that no case form of locales/ names ("joulukuussa", "märtsis",
       "grudniu" say "in"), written apart from the word before it, is a date only after a
       preposition of its language (a filler, a word that begins phrases, a year's
       preposition: "i januar", "a settembre", "desde enero", "since March"): a heading's
       or a noun's month ("Abfallkalender Dezember", "fine febbraio", "Døgnrekorden for
       november", "og november er allerede") names the month, no date */
    bool cased = false;
    for (uint32_t q = 0; q < m->nm && !cased; q++)
        cased = m->m[q].kind == DNP_K_MONTH && m->m[q].value == w->month &&
                (m->m[q].flags & DNP_MF_SUPPLEMENT) && !(m->m[q].flags & DNP_MF_STANDALONE);
    bool apart = m->start == 0 || (unsigned char)e->text[m->start - 1] < 0x80;
    /* (in the Latin and Greek scripts, whose prepositions locales/ holds; Arabic writes
       "أكتوبر الماضي", last October, with the word after, and Cyrillic's genitives need
       none: "Выписка за ноябрь"); nor before the word for month ("gegužės mėnesį") */
    size_t q0 = m->start;
    UChar32 c0 = dnp_utf8_next(e->text, m->end, &q0);
    bool need_prep = !cased && apart && c0 < 0x400 && !months_to_year(e, m->end) &&
                     !month_word_after(e, m->end, &ml);
    /* "next March", "last May": a relative phrase this reader cannot read whole; a
       preposition that begins other phrases ("i januar", "w grudniu": Danish "i går",
       Polish "w zeszłym") is no such word */
    int k = w->mw - 1;
    while (k >= 0 && it[k].type == IT_SEP && is_space(&it[k]))
        k--;
    if (k >= 0) {
        if (it[k].type != IT_WORD)
            return !need_prep;
        if (need_prep && !prep_of(it[k].m, it[k].nm, &ml))
            return false;
        return !relative_lead(it[k].kinds, it[k].end - it[k].start);
    }
    /* the month begins its cluster: a word that only begins phrases ends the one before
       it, so read the word before in the text */
    size_t a = m->start;
    while (a > 0 && (e->text[a - 1] == ' ' || e->text[a - 1] == '\t'))
        a--;
    size_t b = a;
    while (a > 0 && b - a < 24 && (unsigned char)e->text[a - 1] > ' ' &&
           !strchr(".,;:!?()\"'", e->text[a - 1]))
        a--;
    dnp_token t;
    size_t pos = a;
    if (a == b || !dnp_next_token(e->text, b, &pos, &t) || t.kind != DNP_TK_WORD || t.end != b ||
        (t.flags & DNP_TF_LONG))
        return !need_prep;
    const dnp_lex_key *key = dnp_lex_find(t.fold, t.flen);
    if (need_prep) {
        /* (a key of only a year's cues, "since", "desde", is no word to dnp_lex_find) */
        const dnp_lex_key *pk = key ? key : dnp_lex_find_cue(t.fold, t.flen);
        if (!pk || !prep_of(&dnp_lex_meanings[pk->meaning], pk->nmeaning, &ml))
            return false;
    }
    return !key || !relative_lead(key->kinds, t.end - t.start);
}

/* Line mode: a preposition of the month's language may lead a month alone ("in May", "im
   Mai", "en mars", "в январе", "a maggio"; clock.c's dnp_led_whole). */
static bool led_month(const env *e, const item *it, const window *w)
{
    int lead;
    dnp_langset ll = {{0}};
    if (!dnp_led_whole(e, it, w->mw, true, &lead, &ll))
        return false;
    dnp_langset ml = dnp_langs_of(&it[w->mw], DNP_K_MONTH, w->month);
    for (int k = 0; k < DNP_LANG_WORDS; k++)
        if (ll.w[k] & ml.w[k])
            return true;
    return false;
}

/* issue 8: whether the word at k touches a number on each side: "6358fe2310" (a hex
   identifier) holds no weak month word ("fe", Jola-Fonyi February); "15Nov2015" is read. */
static bool glued_both(const item *it, int k, int end)
{
    return k > 0 && k + 1 < end && it[k - 1].type == IT_NUM && it[k - 1].end == it[k].start &&
           it[k + 1].type == IT_NUM && it[k + 1].start == it[k].end;
}

/* enough_fields for a weak month word: a full date with a four-digit year, or the two of
   them as all the text holds. Out of line (DNP_RARE). */
static DNP_RARE bool weak_month_enough(const env *e, const item *it, const window *w,
                                       const item *m)
{
    const numref *y = w->year_i >= 0 ? &w->nums[w->year_i] : NULL;
    bool year4 = y && it[y->idx].ndigits == 4;
    /* a day and year glued to each other by a slash, dot or dash are a date of their own
       (a month and year: "tháng 12/2026 sẽ tăng", Vietnamese "will", Yoruba January) */
    if (y && w->day_i >= 0) {
        int a = w->nums[w->day_i].idx, b = y->idx;
        int lo = a < b ? a : b, hi = a < b ? b : a;
        if (hi == lo + 2 && it[lo + 1].type == IT_SEP && it[lo + 1].start == it[lo].end &&
            it[hi].start == it[lo + 1].end &&
            (it[lo + 1].sep == '/' || it[lo + 1].sep == '.' || it[lo + 1].sep == '-'))
            return false;
    }
    /* issue 8: not glued together: "1230pm" is a time (Nheengatu "pm", July) */
    bool whole = year4 && w->day_i < 0 && w->t_start < 0 && it[y->idx].end != m->start &&
                 m->end != it[y->idx].start &&
                 (m->start < it[y->idx].start
                      ? m->start == e->content_start && it[y->end].end == e->content_end
                      : it[y->idx].start == e->content_start && m->end == e->content_end);
    /* the two side by side, a filler between at most ("ag. de 2030"): no other word
       ("no ano de 1995" is no November) */
    if (whole) {
        int lo = w->mw < y->idx ? w->mw : y->end, hi = w->mw < y->idx ? y->idx : w->mw;
        for (int q = lo + 1; whole && q < hi; q++)
            whole = it[q].type == IT_SEP || has_kind(&it[q], DNP_K_FILLER);
    }
    return year4 && (w->day_i >= 0 || whole);
}

/* b30fix: whether the month word m (month `month`) is also, in one of the languages it is
   that month in, a preposition before a year alone (locales/ year_before, year_in,
   year_from: Catalan "des", desembre's abbreviation and "since"), written without an
   abbreviation's dot: "des del 1962" is since 1962. */
static bool month_is_year_prep(const env *e, const item *m, int month)
{
    if (m->end < e->len && e->text[m->end] == '.')
        return false;
    for (uint32_t q = 0; q < m->nm; q++) {
        const dnp_meaning *c = &m->m[q];
        if (!dnp_year_cue(c) || (c->value != DNP_CUE_YEAR_BEFORE && c->value != DNP_CUE_YEAR_IN &&
                                 c->value != DNP_CUE_YEAR_FROM))
            continue;
        for (uint32_t r = 0; r < m->nm; r++)
            if (m->m[r].kind == DNP_K_MONTH && m->m[r].value == month && m->m[r].lang == c->lang)
                return true;
    }
    return false;
}

/* Step 7: whether the fields make a date this word can carry: a weak month word (also an
   ordinary word, or a month only in a language nothing else in the text points to: "No.
   11", "PS5", "página 3 de 12") needs a full date with a four-digit year, or the two of
   them as all the text holds ("Sab 2031"); a month name alone must be all the text says,
   and no ordinary word. */
static bool enough_fields(const env *e, const item *it, window *w)
{
    const item *m = &it[w->mw];
    if (month_weak(e, m) && glued_both(it, w->mw, w->end))
        return false;
    if (month_weak(e, m) && !weak_month_enough(e, it, w, m))
        return false;
    if (w->day_i < 0 && w->year_i >= 0 && e->search && month_is_year_prep(e, m, w->month))
        return false;
    if (w->day_i < 0 && w->year_i < 0 &&
        ((m->start > e->content_start && (e->search || !led_month(e, it, w))) ||
         m->end < e->content_end || m->mrisky))
        return month_alone_in_page(e, it, w);
    return true;
}

/* Whether x is, in one of langs, a word that dates write between their fields. */
static bool in_date_of(const item *x, const dnp_langset *langs)
{
    const uint32_t kinds =
        (1u << DNP_K_FILLER) | (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_MONTH_MARK) |
        (1u << DNP_K_DAY_MARK) | (1u << DNP_K_MONTH_PREFIX) | (1u << DNP_K_ORDINAL) |
        (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX) | (1u << DNP_K_ERA);
    for (uint32_t q = 0; x->type == IT_WORD && q < x->nm; q++)
        if ((kinds & (1u << x->m[q].kind)) && dnp_langset_has(langs, x->m[q].lang))
            return true;
    return false;
}

/* Step 8: a weekday word that is also a filler and contradicts the date is the filler: "on"
   in "Published on 22 Nov 2015" is no Danish Wednesday; so is one that means other things
   too, or is risky, or belongs to no language of the month: "From 22 Nov 2015 to ..."
   (Danish "to." is Thursday). */
static DNP_RARE bool weekday_disagrees(const item *it, window *w);

/* wrong31: whether a full stop and a blank stand between the date's fields (all before
   its weekday word) and that word. */
static bool stop_before_weekday(const item *it, const window *w)
{
    int last = w->mw;
    for (int f = 0; f < 2; f++) {
        int n = f ? w->year_i : w->day_i;
        if (n >= 0 && w->nums[n].end > last)
            last = w->nums[n].end;
    }
    if (w->wk_item <= last)
        return false;
    for (int k = last + 1; k < w->wk_item; k++)
        if (is_sep(&it[k], '.') && k + 1 < w->wk_item && is_space(&it[k + 1]))
            return true;
    return false;
}

static bool drop_false_weekday(const env *e, const item *it, const cand *c, window *w)
{
    if (!w->weekday || c->prec != DN_PREC_DAY ||
        dnp_weekday(dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day)) ==
            w->weekday)
        return true;
    /* issue 10: in running text an abbreviation in lower case after the date, which the
       date does not fall on, is a word of the sentence: "by 1 Dec so that" (Slovak "so",
       Saturday) */
    /* wrong31: nor one after the date's last field past a sentence's stop ("25 November
       2026. Friday night": the next sentence's day) */
    if (e->search && w->wk_item > w->mw && stop_before_weekday(it, w)) {
        w->weekday = 0, w->wk_item = -1;
        return true;
    }
    const item *x = &it[w->wk_item];
    unsigned char first = (unsigned char)e->text[x->start];
    if (e->search && first >= 'a' && first <= 'z' && w->wk_item > w->mw &&
        (w->day_i < 0 || w->wk_item > w->nums[w->day_i].idx)) {
        bool abbr = true;
        for (uint32_t q = 0; q < x->nm && abbr; q++)
            abbr = x->m[q].kind != DNP_K_WEEKDAY || (x->m[q].flags & DNP_MF_ABBR);
        if (abbr) {
            w->weekday = 0, w->wk_item = -1;
            return true;
        }
    }
    return weekday_disagrees(it, w);
}

/* wrong21: whether the weekday word of w, of no language of the month, is a preposition
   that dates a year in a language of the month (locales/ year_in) right before the date's
   year, after the month: "28 November in 2027" (Kurdish "în", Friday) is 2027-11-28. */
static bool year_in_before(const item *it, const window *w)
{
    int k = w->wk_item;
    if (w->year_i < 0 || k < w->mw || skip_space(it, w->end, k + 1) != w->nums[w->year_i].idx)
        return false;
    for (uint32_t q = 0; q < it[k].nm; q++)
        if (it[k].m[q].kind == DNP_K_WEEKDAY_CUE && it[k].m[q].value == DNP_CUE_YEAR_IN &&
            dnp_langset_has(&w->mlangs, it[k].m[q].lang))
            return true;
    return false;
}

/* drop_false_weekday once the weekday is not the date's: out of line (DNP_RARE). */
static DNP_RARE bool weekday_disagrees(const item *it, window *w)
{
    if (w->fast_lang) {
        w->wlangs = dnp_langs_of(&it[w->wk_item], DNP_K_WEEKDAY, w->weekday);
        w->mlangs = dnp_langs_of(&it[w->mw], DNP_K_MONTH, w->month);
        w->fast_lang = false;
    }
    dnp_langset wm = w->wlangs;
    dnp_langset_and(&wm, &w->mlangs);
    if (dnp_langset_empty(&wm) && year_in_before(it, w)) {
        w->weekday = 0, w->wk_item = -1;
        return true;
    }
    if (dnp_langset_empty(&wm) && !in_date_of(&it[w->wk_item], &w->mlangs)) {
        /* a weekday of no language of the month between the date's fields, that no
           language of the month writes in a date either (a filler, a mark, an ordinal
           ending: Maltese "ta’", Basque "(e)ko", English "th"), is a word the date cannot
           read: "10 t ago" (Estonian "T" between a day and Spanish "ago") is no 10 August */
        int k = w->wk_item, lo = w->mw, hi = w->mw;
        for (int f = 0; f < 2; f++) {
            int n = f ? w->year_i : w->day_i;
            if (n >= 0 && w->nums[n].idx < lo)
                lo = w->nums[n].idx;
            if (n >= 0 && w->nums[n].end > hi)
                hi = w->nums[n].end;
        }
        if (k > lo && k < hi)
            return false;
    }
    if (!only_kind(&it[w->wk_item], DNP_K_WEEKDAY) || dnp_langset_empty(&wm))
        w->weekday = 0, w->wk_item = -1;
    return true;
}

/* Step 9: the extent (the month, the chosen numbers with their suffixes, the era, the
   weekday, the time) and the confidence. Returns the confidence, or -1 when numbers left
   over inside the extent make the reading wrong. */
static float extent(const env *e, const item *it, const window *w, cand *c, bool search)
{
    int first = w->mw, last = w->mw;
#define COVER(a, b) do { if ((a) < first) first = (a); if ((b) > last) last = (b); } while (0)
    if (w->day_i >= 0)
        COVER(w->nums[w->day_i].idx, w->nums[w->day_i].end);
    if (w->year_i >= 0)
        COVER(w->nums[w->year_i].idx, w->nums[w->year_i].end);
    if (w->range_i >= 0) {
        COVER(w->nums[w->range_i].idx, w->nums[w->range_i].end);
        c->flags |= DN_FLAG_RANGE; /* the first day; page.c gives the last (search) */
    }
    if (w->era_item >= 0)
        COVER(w->era_item, w->era_item);
    if (w->wk_item >= 0 && w->wk_item >= first - 3 && w->wk_item <= last + 3)
        COVER(w->wk_item, w->wk_item);
    float conf = DNP_CONF_MONTH_NAME;
    /* issue 10: in running text a time past another number is not the date's ("26
       september, 30 km på 2:41:07": a race time) */
    /* (linewrong: on a line alone, one that starts a span it ends, or one a time's word
       introduces: "3 December 14 to 16 h", "3 dicembre dalle 14 alle 16" are no 16:00) */
    bool other_num = false;
    for (int q = 0; w->t_start > last && q < w->nn; q++)
        other_num |= q != w->day_i && q != w->year_i && w->nums[q].idx > last &&
                     w->nums[q].idx < w->t_start &&
                     (search || range_starts(e, it, w, q) || timed_number(it, w, q));
    /* issue 10: in running text a bracket parts a time before the date from it ("по
       06.12 (23 ноября 2026": no 06:12) */
    for (int q = w->t_end; search && w->t_start >= 0 && w->t_end <= first && q < first; q++)
        other_num |= is_sep(&it[q], '(') || is_sep(&it[q], ')');
    if (w->t_start >= 0 && !w->t_span && !other_num && c->prec == DN_PREC_DAY &&
        w->t_start <= last + 10 && w->t_end - 1 >= first - 10) {
        dnp_take_time(c, &w->t);
        COVER(w->t_start, w->t_end - 1);
    }
#undef COVER
    c->first = first, c->last = last;
    /* unused numbers inside the extent make the reading doubtful; with a weak month word,
       wrong: "pi 29. 10. 2021" (Slovak: Friday 29.10.2021) is no September date; in
       running text wrong too: "Maja Kos | 25. 11. 2026" (a name, Slovene May) */
    for (int q = 0; q < w->nn; q++)
        if (q != w->day_i && q != w->year_i && q != w->range_i && w->nums[q].idx > first &&
            w->nums[q].idx < last) {
            if (it[w->mw].mstrength < DNP_MONTH_STRONG || search)
                return -1;
            conf -= DNP_PEN_UNUSED_NUMBER;
        }
    /* rest36: nor, with a weak month word after the year, a number left out right before
       the day, a dot between: "31. 8. 2021 sú" is a Slovak date before "sú" (are; Jola-Fonyi
       June), no 8 June (31 is no day of it) */
    if (it[w->mw].mstrength < DNP_MONTH_STRONG && w->mw > first)
        for (int q = 0; q < w->nn; q++) {
            int k = w->nums[q].idx;
            if (q == w->day_i || q == w->year_i || q == w->range_i || k >= first ||
                k + 1 >= first)
                continue;
            bool dotted = is_sep(&it[k + 1], '.');
            for (int j = k + 2; j < first && dotted; j++)
                dotted = is_space(&it[j]);
            if (dotted)
                return -1;
        }
    if (it[w->mw].mrisky && (w->day_i < 0 || w->year_i < 0))
        conf -= DNP_PEN_RISKY_PARTIAL;
    if (w->flags & DN_FLAG_YEAR_IMPLIED) {
        /* "Nov 22 Nov 2015": with another month name right after, the day is that one's */
        const numref *d = w->day_i >= 0 ? &w->nums[w->day_i] : NULL;
        if (w->cut && d && d->idx > w->mw && w->end - d->idx <= d->idx - w->mw)
            return -1;
        conf -= DNP_PEN_YEAR_IMPLIED;
    }
    if (w->day_i < 0)
        conf -= DNP_PEN_NO_DAY;
    return conf;
}

/* issue 8: a day out of range right beside the month name, when no day was read: "32
   August 2014", "August 32, 2014", "0 marzo 2020" name no day, and no month either (as
   31 November 2015). Only separators (not a dash: "Aug 2014-32") or an ordinal suffix
   stand between them; a year is another number. */
static bool bad_day_beside(const item *it, const window *w)
{
    for (int q = 0; q < w->nn; q++) {
        const item *x = &it[w->nums[q].idx];
        if (q == w->year_i || x->ndigits > 2 || (x->value >= 1 && x->value <= 31))
            continue;
        int a = w->nums[q].idx < w->mw ? w->nums[q].end : w->mw;
        int b = w->nums[q].idx < w->mw ? w->mw : w->nums[q].idx;
        /* b27: a number glued to the word's letters is a name's ("fan88 · 35 min temu", a
           user's: no month of some language with a bad day, whose window would swallow
           the phrase after it) */
        if (b == a + 1 && it[b].start == it[a].end)
            continue;
        bool glue = true;
        for (int k = a + 1; k < b && glue; k++)
            glue = it[k].type == IT_SEP && !(it[k].tflags & DNP_TF_HARD) &&
                   (is_space(&it[k]) || it[k].sep == '.' || it[k].sep == ',');
        if (glue)
            return true;
    }
    return false;
}

/* Whether the number at k is a field of a numeric date: glued by a dot or slash to a number
   after it ("29.11.2026", "29/11") or before it ("1/1/2027"), or by a dash to a year or two
   numbers after it ("12-2026" before a month word, "29-11-2026"; "14-16 Feb" is a range). */
static bool numeric_field(const item *it, int n, int k, bool before_month)
{
#define GLUED_SEP(s, a, b) (it[s].type == IT_SEP && it[s].start == it[a].end && it[b].start == it[s].end)
    if (k + 2 < n && GLUED_SEP(k + 1, k, k + 2) && it[k + 2].type == IT_NUM) {
        if (it[k + 1].sep == '.' || it[k + 1].sep == '/')
            return true;
        if (it[k + 1].sep == '-' && it[k + 2].ndigits == 4 && before_month)
            return true; /* "12-2026 may", a month and year ("Nov 22-2015" is a date) */
        if (it[k + 1].sep == '-' && k + 4 < n && GLUED_SEP(k + 3, k + 2, k + 4) &&
            it[k + 3].sep == '-' && it[k + 4].type == IT_NUM)
            return true;
    }
    return k >= 2 && GLUED_SEP(k - 1, k - 2, k) && it[k - 2].type == IT_NUM &&
           (it[k - 1].sep == '.' || it[k - 1].sep == '/');
#undef GLUED_SEP
}

/* issue 8: whether the numbers around the month word count a unit instead: the day number
   right before a word of relative phrases only ("fra 10 giorni": Maltese "Fra", February,
   then 10 days; "für 5 Minuten": Kabyle "fur"), or a month word that is some language's
   "and" with such a unit soon after it ("om 2 och en halv timme": Asturian "och", October,
   is Swedish "and" here). Then the reading is no date. */
static DNP_RARE bool unit_after_and(const env *e, const item *it, const window *w);

static bool counts_a_unit(const env *e, const item *it, int n, const window *w)
{
    const uint32_t pure = (1u << DNP_K_PREFIX) | DNP_REL_KINDS;
    if (w->day_i >= 0) {
        int k = skip_space(it, n, w->nums[w->day_i].idx + 1);
        if (k < n && it[k].type == IT_WORD && (it[k].kinds & DNP_REL_KINDS) &&
            (has_kind(&it[k], DNP_K_REL_UNIT) || has_kind(&it[k], DNP_K_REL_PAT_AFTER)) &&
            !(it[k].kinds & ~pure))
            return true;
    }
    return has_kind(&it[w->mw], DNP_K_REL_AND) && unit_after_and(e, it, w);
}

/* counts_a_unit for a month word that is some language's "and": a unit among the next
   words. Out of line (DNP_RARE). */
static DNP_RARE bool unit_after_and(const env *e, const item *it, const window *w)
{
    const uint32_t pure = (1u << DNP_K_PREFIX) | DNP_REL_KINDS;
    /* the words after it in the text (the cluster may end at an unknown word: "halv") */
    size_t pos = it[w->mw].end;
    dnp_token t;
    for (int words = 0; words < 4 && dnp_next_token(e->text, e->len, &pos, &t);) {
        if (t.kind == DNP_TK_SEP) {
            if (t.flags & (DNP_TF_SPACE))
                continue;
            return false;
        }
        words++;
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *key = dnp_lex_find(t.fold, t.flen);
        if (key && (key->kinds & (1u << DNP_K_REL_UNIT)) && !(key->kinds & ~pure))
            return true;
    }
    return false;
}

/* Step 10: the language, consistent between the month and the weekday: a hint among the
   candidates, else the one most people speak. Lowers *conf when they share none. */
static int choose_language(const env *e, const item *it, const window *w, float *conf)
{
    dnp_langset both = w->mlangs;
    if (w->weekday && !w->fast_lang) {
        dnp_langset_and(&both, &w->wlangs);
        if (dnp_langset_empty(&both)) {
            both = w->mlangs;
            *conf -= DNP_PEN_LANGS_DISAGREE;
        }
    }
    int lang = -1;
    if (w->fast_lang || (!w->weekday && !e->p->nhints))
        lang = it[w->mw].mtop;
    for (int h = 0; h < e->p->nhints && lang < 0; h++)
        if (dnp_langset_has(&both, e->p->hint_lang[h]))
            lang = e->p->hint_lang[h];
    if (lang < 0)
        dnp_langset_speakers(&both, &lang);
    return lang;
}

/* b33: whether a number stands between the window's start and its month word (the day
   before the month: "28 ноября", "Sa., 28. November"). */
static bool day_before_month(const item *it, const window *w)
{
    for (int k = w->i; k < w->mw; k++)
        if (it[k].type == IT_NUM)
            return true;
    return false;
}

/* Dates around a month name, in the steps above: 22 Nov 2015, Nov 22nd, 2015, 22. November
   2015, 2015. november 22., November 2015, 22 Nov (the reference's year), Sun, 22 Nov 2015
   10:00:00 +0100, Sun Nov 22 10:00:00 2015, Sunday, 22-Nov-15, 44 BC with a month, the
   time anywhere in the window. NO_DATE_HERE for a day the month lacks (31 November 2015). */
int dnp_match_month_window(const env *e, const item *it, int n, int i, cand *c)
{
    /* a date starts with a number, a weekday, a filler or the month itself */
    if (!(it[i].type == IT_NUM || (it[i].type == IT_WORD &&
                                   (it[i].kinds & ((1u << DNP_K_WEEKDAY) | (1u << DNP_K_FILLER) |
                                                   (1u << DNP_K_MONTH))))))
        return -1;
    /* b27: in running text, the second number of a score ("31-28 on Oct. 18": no range of
       days, whose first is the smaller) begins no date; the month's own day may follow */
    if (e->search && it[i].type == IT_NUM && i >= 2 && is_sep(&it[i - 1], '-') &&
        it[i - 1].start == it[i - 2].end && it[i].start == it[i - 1].end &&
        it[i - 2].type == IT_NUM && it[i - 2].ndigits <= 2 && it[i].ndigits <= 2 &&
        it[i - 2].value >= it[i].value)
        return -1;
    window w;
    w.i = i;
    if (!find_month(e, it, n, &w))
        return -1;
    /* the rest of the window once there is a month (find_month reads none of it) */
    w.have_ctx = false, w.calendar = 0;
    memset(&w.ctx, 0, sizeof w.ctx);
    memset(&w.wlangs, 0, sizeof w.wlangs);
    w.t = *c;
    /* b33: in running text, a date whose day stands before its month ends at a table's next
       cell after the month: "Сб, 28 ноября    −12 / −18" (a temperature, not 2012) */
    if (e->search && day_before_month(it, &w))
        for (int j = w.mw + 1; j < w.end; j++)
            if (is_space(&it[j]) && dnp_cell_gap(e, &it[j])) {
                w.end = j;
                break;
            }
    if (!find_time(e, it, &w))
        return -1;
    /* the numbers and the words, then the day and the year. An hour-only time that leaves
       the date without a day gives its number back: Basque "22a" is the 22nd, not 22
       o'clock by Esperanto's "a" */
    for (int attempt = 0;; attempt++) {
        collect(e, it, &w);
        if (!choose_month(e, it, &w))
            return -1;
        assign_day_year(e, it, &w, e->search);
        if (w.day_i < 0 && w.t_start >= 0 && w.t.prec == DN_PREC_HOUR && attempt == 0) {
            w.t_start = w.t_end = -1;
            continue;
        }
        break;
    }
    /* a field of a numeric date is that date's, not the month word's: Kabyle "fur"
       (February) before "29.11.2026" in German "Für Sonntag, 29.11.2026", Albanian "tet"
       (October) after "1/1/2027" in Vietnamese "1/1/2027 (Tết)" */
    if (w.day_i >= 0 && numeric_field(it, n, w.nums[w.day_i].idx, w.nums[w.day_i].idx < w.mw))
        return -1;
    /* issue 10: a month alone read from a number before it that it does not use: the
       number begins a date of its own ("1/1/2027 (Tết)": Albanian "tet" is October), and
       the month word is read where it stands */
    if (e->search && w.day_i < 0 && w.year_i < 0 && it[i].type == IT_NUM && w.mw > i)
        return -1;
    /* "November 2015" or a lone number > 31 next to the month */
    c->year = read_year(e, it, &w), c->month = w.month;
    c->prec = DN_PREC_MONTH;
    if (w.day_i >= 0) {
        c->day = (int)it[w.nums[w.day_i].idx].value;
        if (!valid_ymd(c->year, c->month, c->day)) {
            c->last = w.end - 1;
            return NO_DATE_HERE; /* 31 November 2015 is no date, not November 2015 */
        }
        c->prec = DN_PREC_DAY;
    } else if (bad_day_beside(it, &w)) {
        c->last = w.end - 1;
        return NO_DATE_HERE;
    }
    if (!enough_fields(e, it, &w) || counts_a_unit(e, it, n, &w))
        return -1;
    if (w.day_i < 0 && w.year_i < 0 && e->search &&
        (it[w.mw].start > e->content_start || it[w.mw].end < e->content_end || it[w.mw].mrisky))
        c->flags |= DNP_FLAG_PAGE_MONTH_ALONE;
    if (!drop_false_weekday(e, it, c, &w))
        return -1;
    float conf = extent(e, it, &w, c, e->search);
    if (conf < 0)
        return -1;
    c->lang = choose_language(e, it, &w, &conf);
    c->weekday = w.weekday;
    c->flags |= w.flags;
    c->conf = conf;
    c->calendar = w.calendar;
    /* a span of times after the date is read with it, its own hours left out of it */
    if (w.t_span && w.t_start > c->last && w.t_start <= c->last + 3 && w.t_end > c->last + 1)
        return w.t_end;
    return c->last + 1;
}
