/*
 * numeric.c: all-numeric dates, and a year alone.
 *
 * Reads: 22/11/2015, 11-22-2015, 22.11.15, 2015/11/22, 22. 11. 2015, 22/11 2015, 22 11 2015,
 * am 22.11. (with a day-first hint), 11/2015 (month and year); a time after any of them;
 * and a year alone: 2015 as the whole text, 2015年, năm 1935, 44 BC.
 * The order of an all-numeric date: --order; else the hint's CLDR patterns; else dots are
 * day-first and slashes and dashes month-first, flagged ambiguous when both readings hold.
 * Does not read: 978-3-16-148410-0, 192.168.1.1, 4.3.12-rc1, 5.15.28 (versions, addresses,
 * ISBNs), 1/2, 24/7, $ 12/13, 1,234.
 */
#include "engine.h"

/* Whether the number at k can be part of a date: not a piece of a decimal or grouped
   number ("5,99", "1,234") and not an amount or a percentage ("$ 12", "12 %"). */
static bool grouped(const item *l, const item *comma, const item *r)
{
    /* "5,99" and "1,234" are numbers; "5,1999" (Kannada "MMMM d,y") is a day and a year */
    return comma->type == IT_SEP && comma->sep == ',' && l->type == IT_NUM && r->type == IT_NUM &&
           comma->start == l->end && r->start == comma->end &&
           !(l->ndigits <= 2 && r->ndigits == 4 && r->value >= 1000 && r->value <= 2999);
}

static bool numeric_sep(uint32_t s);

/* Three numbers from k glued by one separator: "03.11.2026", "18/11/2026". */
bool dnp_numeric_chain(const item *it, int n, int k)
{
    if (k < 0 || k + 4 >= n)
        return false;
    for (int q = 0; q < 5; q++)
        if (it[k + q].type != (q % 2 ? IT_SEP : IT_NUM) ||
            (q && it[k + q].start != it[k + q - 1].end))
            return false;
    return it[k + 1].sep == it[k + 3].sep && numeric_sep(it[k + 1].sep);
}

/* Whether the number at k is a piece of a grouped or decimal number ("1,234", "5,99"). */
static inline bool in_grouped(const item *it, int n, int k)
{
    return (k + 2 < n && grouped(&it[k], &it[k + 1], &it[k + 2])) ||
           (k >= 2 && grouped(&it[k - 2], &it[k - 1], &it[k]));
}

static bool clear_of_money(const env *e, const item *it, int n, int k);

/* Whether the all-numeric date of three numbers from s has a calendar's era or month
   after it (blanks between): "1448/10/10هـ", "17/6/1448 هـ" are that calendar's dates. */
static bool chain_of_calendar(const item *it, int n, int s)
{
    int r = skip_space(it, n, s + 5);
    return r < n && it[r].type == IT_WORD &&
           (it[r].kinds & ((1u << DNP_K_CAL_ERA) | (1u << DNP_K_CAL_MONTH)));
}

bool dnp_num_usable_cal(const env *e, const item *it, int n, int k)
{
    if (in_grouped(it, n, k))
        return false;
    /* in running text the numbers of an all-numeric date are that date's (dnp_num_usable),
       unless a calendar's word follows it: then they are that calendar's date's */
    if (e->search)
        for (int s = k; s >= k - 4; s -= 2)
            if (dnp_numeric_chain(it, n, s) && !chain_of_calendar(it, n, s))
                return false;
    return clear_of_money(e, it, n, k);
}

bool dnp_num_usable(const env *e, const item *it, int n, int k)
{
    if (in_grouped(it, n, k))
        return false;
    /* issue 10: in running text a number of an all-numeric date ("03.11.2026 og": Yoruba
       "og" is August) is that date's, not a month name's */
    if (e->search && (dnp_numeric_chain(it, n, k) || dnp_numeric_chain(it, n, k - 2) ||
                      dnp_numeric_chain(it, n, k - 4)))
        return false;
    return clear_of_money(e, it, n, k);
}

/* Whether no currency or percent sign touches the number at k (nor with only a space
   between). */
static bool clear_of_money(const env *e, const item *it, int n, int k)
{
    if (!e->money)
        return true;
    for (int d = -2; d <= 2; d++) {
        int q = k + d;
        if (d == 0 || q < 0 || q >= n)
            continue;
        if (it[q].tflags & XF_MONEY) {
            /* the sign touches the number, or only a space stands between */
            int lo = q < k ? q : k, hi = q < k ? k : q;
            bool close = hi - lo == 1 || (hi - lo == 2 && is_space(&it[lo + 1]));
            if (close)
                return false;
        }
    }
    return true;
}

static bool numeric_sep(uint32_t s)
{
    return s == '/' || s == '-' || s == '.';
}

/* The DN_FLAG_ORDER_* bits of a date read in order o; proved: day and month swapped make no
   valid date, so the values chose the order, not a preference. */
static unsigned order_bits(dn_order o, bool proved)
{
    return (unsigned)o << DN_FLAG_ORDER_SHIFT | (proved ? DN_FLAG_ORDER_PROVED : 0u);
}

/* "22 11 2015": three numbers and spaces only, the year of four digits last, and no
   other number on either side (a list of numbers is no date). */
static int match_spaced(const env *e, const item *it, int n, int i, cand *c)
{
    if (i + 4 >= n || !is_space(&it[i + 1]) || !is_space(&it[i + 3]) ||
        it[i + 2].type != IT_NUM || it[i + 4].type != IT_NUM)
        return -1;
    const item *a = &it[i], *b = &it[i + 2], *y = &it[i + 4];
    if (a->ndigits > 2 || b->ndigits > 2 || y->ndigits != 4 || y->value < 1000 || y->value > 2999)
        return -1;
    if ((i >= 2 && it[i - 2].type == IT_NUM && is_space(&it[i - 1])) ||
        (i + 6 < n + 1 && i + 6 <= n - 1 && it[i + 6].type == IT_NUM && is_space(&it[i + 5])) ||
        (i + 5 < n && !is_space(&it[i + 5]) && it[i + 5].type == IT_SEP &&
         (it[i + 5].sep == '.' || it[i + 5].sep == ',') && i + 6 < n && it[i + 6].type == IT_NUM))
        return -1;
    int order = e->p->user_order != DN_ORDER_AUTO ? e->p->user_order
              : e->p->hint_short == DNP_ORD_MDY ? DN_ORDER_MDY : DN_ORDER_DMY;
    int d = (int)a->value, m = (int)b->value;
    if (order == DN_ORDER_MDY)
        d = (int)b->value, m = (int)a->value;
    if (!valid_ymd((int)y->value, m, d))
        return -1;
    c->year = (int)y->value, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
    c->conf = DNP_CONF_SPACED;
    c->flags |= order_bits(order == DN_ORDER_MDY ? DN_ORDER_MDY : DN_ORDER_DMY,
                           !valid_ymd((int)y->value, d, m));
    if (valid_ymd((int)y->value, d, m) && d != m && !e->p->order_from_user) {
        c->flags |= DN_FLAG_AMBIGUOUS;
        c->alt_y = (int)y->value, c->alt_m = d, c->alt_d = m;
        c->conf = DNP_CONF_SPACED_AMBIGUOUS;
    }
    c->first = i, c->last = i + 4;
    return i + 5;
}

static bool date_word_before(const item *it, int i);

/* Whether w is a weekday's full name and no other word (CLDR's "this Tuesday" of a
   language that writes it as the weekday, Hebrew "יום שלישי", is the weekday); with abbr,
   an abbreviation too. */
static bool full_weekday(const item *w, bool abbr)
{
    if (w->type != IT_WORD || (w->kinds & ~((1u << DNP_K_WEEKDAY) | (1u << DNP_K_REL_NAMED) |
                                            (1u << DNP_K_PREFIX))))
        return false;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY &&
            !(w->m[q].flags & ((abbr ? 0 : DNP_MF_ABBR) | DNP_MF_RISKY)))
            return true;
    return false;
}
static bool hour_here(const item *it, int n, int k);
static int weekday_named(const item *it, int n, int i, int after);

/* miss21: a weekday's full name restated after a day and month whose items end before
   `after`, one blank or a comma and blanks between, on its line ("03.12 бейсенбі –", a
   forecast's row; "04.12, пятница"): its item index, or -1. The caller checks the date
   falls on it. */
static int weekday_after(const item *it, int n, int after)
{
    int k = after;
    if (k < n && is_sep(&it[k], ','))
        k++;
    if (k >= n || !is_space(&it[k]) || (it[k].tflags & DNP_TF_NEWLINE) ||
        it[k].end - it[k].start > 2 || k + 1 >= n || !full_weekday(&it[k + 1], false))
        return -1;
    /* nothing glued after it but a comma or a dash's blank ("бейсенбі –", "Monday, 18:00") */
    if (k + 2 < n && it[k + 2].start == it[k + 1].end && !is_sep(&it[k + 2], ',') &&
        !is_space(&it[k + 2]))
        return -1;
    return k + 1;
}

/* A day and month at items [i, last] in the dotted form: a number of one or two digits, a
   dot glued, maybe one space, a number of one or two digits, maybe its dot glued. Its values
   in *d, *m, whether spaced and whether it has its final dot; false when not that form or
   no valid day and month. */
static bool dotted_dm(const item *it, int n, int i, int *last, int *d, int *m, bool *spaced,
                      bool *dot)
{
    if (i < 0 || i + 2 >= n || it[i].type != IT_NUM || it[i].ndigits > 2 || !is_sep(&it[i + 1], '.') ||
        it[i + 1].start != it[i].end)
        return false;
    int b = i + 2;
    *spaced = is_space(&it[b]) && it[b].end - it[b].start == 1;
    if (*spaced)
        b++;
    if (b >= n || it[b].type != IT_NUM || it[b].ndigits > 2 || (!*spaced && it[b].start != it[i + 1].end))
        return false;
    *dot = b + 1 < n && is_sep(&it[b + 1], '.') && it[b + 1].start == it[b].end;
    *last = *dot ? b + 1 : b;
    *d = (int)it[i].value, *m = (int)it[b].value;
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31 && valid_ymd(2024, *m, *d);
}

/* Whether a dotted day and month stands alone as a range's end: with its final dot, or
   unspaced with both numbers of two digits ("06.12"; not "3.10", a version, nor "10.5",
   an amount). */
static bool dm_shaped(const item *it, int i, int last, bool dot)
{
    return dot || (it[i].ndigits == 2 && it[last].ndigits == 2 && last == i + 2);
}

/* engine.h: dnp_range_link_word */
bool dnp_range_link_word(const env *e, const item *x)
{
    size_t pos = x->start;
    dnp_token t;
    if (!dnp_next_token(e->text, x->end, &pos, &t) || t.kind != DNP_TK_WORD || t.end != x->end)
        return false;
    return dnp_key_has_cue(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_RANGE_LINK, -1);
}

/* engine.h: dnp_year_link_word */
bool dnp_year_link_word(const env *e, const item *x)
{
    size_t pos = x->start;
    dnp_token t;
    if (!dnp_next_token(e->text, x->end, &pos, &t) || t.kind != DNP_TK_WORD || t.end != x->end)
        return false;
    const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
    return dnp_key_has_cue(k, DNP_CUE_RANGE_LINK, -1) || dnp_key_has_cue(k, DNP_CUE_YEAR_TO, -1);
}

/* The link between a range's two ends at items [a, b): spaces, then a dash, or a range's
   link word (dnp_range_link_word) between spaces; on one line. */
static bool dm_link(const env *e, const item *it, int a, int b)
{
    int words = 0;
    bool dash = false;
    for (int k = a; k < b; k++) {
        const item *x = &it[k];
        if (is_space(x)) {
            if (memchr(e->text + x->start, '\n', x->end - x->start))
                return false;
            continue;
        }
        if (x->type == IT_SEP && (x->sep == '-' || x->sep == '~') && !dash && !words)
            dash = true;
        else if (x->type == IT_WORD && !dash && !words && k > a && is_space(&it[k - 1]) &&
                 k + 1 < b && is_space(&it[k + 1]) && dnp_range_link_word(e, x))
            words++;
        else
            return false;
    }
    return dash || words;
}

/* Whether a word that introduces numbers that are no date ("version", "pages") stands
   right before item f, spaces between. */
static bool not_date_before(const item *it, int f)
{
    int k = f - 1;
    while (k >= 0 && is_space(&it[k]))
        k--;
    return k >= 0 && it[k].type == IT_WORD && has_kind(&it[k], DNP_K_NOT_DATE);
}

/* issue 10: the other end of a range of two dotted days and months without a year around
   the one at items [i, last] ("27.11–06.12.", "с 28.11 по 06.12", "dal 27.11 al 29.11",
   "26. 11. – 2. 12. 2026"): written the same way (spaced or not), the end later in the
   year than the start (or in the next year, by dnp_list_turns_year). In running text
   each end proves the other a date. */
static bool dm_range_partner(const env *e, const item *it, int n, int i, int last)
{
    int d0, m0, l0;
    bool sp0, dot0;
    if (!dotted_dm(it, n, i, &l0, &d0, &m0, &sp0, &dot0) || l0 != last ||
        !dm_shaped(it, i, l0, dot0) || not_date_before(it, i))
        return false;
    /* after it: the end */
    int j = last + 1, lim = last + 8 < n ? last + 8 : n;
    for (int k = j; k < lim; k++) {
        int d1, m1, l1;
        bool sp1, dot1;
        if (it[k].type != IT_NUM)
            continue;
        if (dotted_dm(it, n, k, &l1, &d1, &m1, &sp1, &dot1) && sp1 == sp0 &&
            dm_shaped(it, k, l1, dot1) && dm_link(e, it, j, k) &&
            (m1 * 32 + d1 > m0 * 32 + d0 || dnp_list_turns_year(m0, d0, m1, d1)) &&
            (l1 + 1 >= n || !(it[l1 + 1].type == IT_NUM || it[l1 + 1].type == IT_WORD) ||
             it[l1 + 1].start != it[l1].end || (dot1 && it[l1 + 1].ndigits == 4)))
            return true;
        break;
    }
    /* before it: the start */
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (it[k].type != IT_NUM)
            continue;
        /* k is the start's month: its day two or three items before */
        int d1, m1, l1;
        bool sp1, dot1;
        for (int f = k - 3; f <= k - 2; f++)
            if (f >= 0 && dotted_dm(it, n, f, &l1, &d1, &m1, &sp1, &dot1) &&
                (l1 == k || l1 == k + 1) && sp1 == sp0 && dm_shaped(it, f, l1, dot1) &&
                dm_link(e, it, l1 + 1, i) && !not_date_before(it, f) &&
                (m0 * 32 + d0 > m1 * 32 + d1 || dnp_list_turns_year(m1, d1, m0, d0)) &&
                !(f >= 1 && it[f - 1].type == IT_SEP && !is_space(&it[f - 1]) &&
                  it[f - 1].end == it[f].start))
                return true;
        break;
    }
    return false;
}

/* The weekday w named with the day da of month mo (the day and month of a date without its
   final dot, open, may be month-first where w's languages write it so: dnp_dotted_order):
   the weekday when the date falls on it (*year the year it picks, *mo and *da swapped and
   *order set for month-first), else 0. */
static int weekday_date(const env *e, const item *w, bool open, bool bracketed, int *mo,
                        int *da, int *year, dn_order *order)
{
    if (!open)
        return dnp_weekday_fits(e, w, *mo, *da, year, bracketed);
    /* issue 10: no final dot: month-first too where the weekday's language writes it so
       ("Баасан, 11.27") */
    int wd = 0;
    *order = dnp_dotted_order(e, w, *da, *mo, year, &wd, bracketed);
    if (*order == DN_ORDER_MDY) {
        int t = *mo;
        *mo = *da, *da = t;
    } else
        *order = DN_ORDER_DMY;
    return wd;
}

/* "am 22.11.": a day and a month with their dots and no year, day-first as every language
   that writes it so; only where the text says it is day-first (a hint, --order DMY), or,
   without a hint or order, where the text around says it is a date: in line mode a weekday
   before it or a time after it ("Sa 28.11.", "28.11. 19:30"), in running text both
   ("Sa 28.11. 19:30", "sobota 28.11. 18:00"; issue 10). A time after it is the date's. */
static int match_day_month(const env *e, const item *it, int n, int i, cand *c)
{
    /* the month after the day's dot, or after it and one space ("26. 11.", as Czech and
       Slovak write it) */
    int bi = i + 2;
    if (bi < n && is_space(&it[bi]) && it[bi].end - it[bi].start == 1)
        bi++;
    int after = bi + 2; /* the item after the month's dot */
    /* without the month's dot ("tiistaina 1.12", Hebrew "יום ג', 8.12"): only unspaced, with
       a weekday it falls on (below) */
    bool open = bi == i + 2 && bi < n && !(bi + 1 < n && is_sep(&it[bi + 1], '.'));
    if (open)
        after = bi + 1;
    if (bi >= n || (!open && bi + 1 >= n) || !is_sep(&it[i + 1], '.') ||
        it[bi].type != IT_NUM || (!open && !is_sep(&it[bi + 1], '.')))
        return -1;
    const item *a = &it[i], *b = &it[bi];
    if (a->ndigits > 2 || b->ndigits > 2 || it[i + 1].start != a->end ||
        (bi == i + 2 && it[bi].start != it[i + 1].end) || (!open && it[bi + 1].start != b->end))
        return -1;
    /* nothing numeric right after the last dot: "22.11.2015" is another form; nor, spaced,
       a year after a space ("14. 12. 2022": match_spaced's) */
    if (after < n && (it[after].type == IT_NUM || it[after].type == IT_WORD))
        return -1;
    if (bi == i + 3 && after + 1 < n && is_space(&it[after]) && it[after + 1].type == IT_NUM &&
        !hour_here(it, n, after + 1))
        return -1;
    /* linewrong: nor a rate or an amount, a percent or currency sign touching it or a space
       between ("Di 01.12 %": no 1 December; "12.10 €") */
    if (!clear_of_money(e, it, n, i) || !clear_of_money(e, it, n, bi))
        return -1;
    /* issue 10: one end of a range of two such dates (a dash may touch the end: "27.11–06.12.") */
    /* (only for the forms page_day_month does not read: without the final dot, spaced,
       or after a dash glued to a start without its dot, "11–06" being no chain) */
    bool range = e->search &&
                 (open || bi == i + 3 ||
                  (i >= 2 && it[i - 1].type == IT_SEP && it[i - 1].sep == '-' &&
                   it[i - 1].start == it[i - 2].end && it[i - 2].type == IT_NUM)) &&
                 dm_range_partner(e, it, n, i, after - 1);
    /* (rest36: but brackets that hold it alone, closed right after its dot, "(30. 10.)") */
    if (i >= 1 && it[i - 1].type == IT_SEP && !is_space(&it[i - 1]) &&
        !(range && (it[i - 1].sep == '-' || it[i - 1].sep == '~')) &&
        !(it[i - 1].sep == '(' && !open && after < n && is_sep(&it[after], ')')))
        return -1;
    bool dmy = e->p->user_order == DN_ORDER_DMY ||
               (e->p->user_order == DN_ORDER_AUTO && e->p->nhints && e->p->hint_short == DNP_ORD_DMY);
    cand t;
    dnp_cand_clear(&t);
    t.lang = -1; /* a date of numbers has no language (filler_of) */
    bool timed = dnp_time_after(e, it, n, after, &t) > 0 && t.has_time;
    /* a weekday word named with it (dots are day-first: it needs to prove no order), and
       the year it picks when the date falls on it */
    int wk = weekday_named(it, n, i, after), wy = e->now_year;
    int restated = -1; /* miss21: a weekday after it, no bracket ("03.12 бейсенбі") */
    if (wk < 0 && e->search && (wk = restated = weekday_after(it, n, after)) < 0)
        wk = -1;
    /* issue 10: an abbreviation with its mark glued ("Di.", Hebrew "ג'", Tuesday: a letter
       with a geresh is a numeral, and a weekday of one letter proves as much as one in
       brackets) */
    bool marked = wk >= 0 && wk < i && is_abbr_mark(&it[wk + 1]) && it[wk + 1].start == it[wk].end;
    bool lettered = marked && !is_sep(&it[wk + 1], '.');
    /* wrong32: in line mode, a weekday's abbreviation, its comma glued, then the date ("Di,
       01.12", "Вт, 01.12"): the line is the date, and a short weekday it falls on proves the
       day and month as one in brackets does ("Mo, 01.12" stays unread) */
    /* linewrong: its dot glued or blanks alone too ("Di. 01.12", "Di 01.12", "Mar. 01.12"),
       in the rule's year only: elsewhere the weekday proves what it proved before ("Mo 1.12."
       keeps the year its weekday picks, 2025; "Mo 01.12" stays unread) */
    bool lead = wk >= 0 && dnp_weekday_leads_line(e, it, n, wk, i);
    bool commaed = lead && is_sep(&it[wk + 1], ',');
    int wd = 0, mo = (int)b->value, da = (int)a->value;
    dn_order order = DN_ORDER_DMY;
    bool bracketed = (wk > i && restated < 0) || lettered || commaed;
    if (wk >= 0)
        wd = weekday_date(e, &it[wk], open, bracketed, &mo, &da, &wy, &order);
    bool led = false;
    if (lead && !commaed) {
        int mo2 = (int)b->value, da2 = (int)a->value, wy2 = e->now_year;
        dn_order order2 = DN_ORDER_DMY;
        int wd2 = weekday_date(e, &it[wk], open, true, &mo2, &da2, &wy2, &order2);
        if (wd2 && dnp_year_unforced(e, mo2, da2, wy2))
            wd = wd2, mo = mo2, da = da2, wy = wy2, order = order2, led = true;
    }
    if (commaed && wd && !dnp_year_unforced(e, mo, da, wy))
        return -1;
    bool weekday = wk >= 0;
    /* in running text a weekday and a time, or a weekday the date falls on (a programme's
       "čtvrtek 26. 11."), say it is a date */
    /* without the final dot, the weekday must be a full name and nothing else ("in 6.2 s":
       "in" is a Kurdish Friday, and 6 February 2026 one), or an abbreviation with its
       mark or a time after the date ("יום ג', 8.12 בשעה 18:00", "Di. 1.12") */
    if (open && !range &&
        (!wd || !(lettered || commaed || led || full_weekday(&it[wk], timed || marked))))
        return -1;
    if (!dmy && e->p->user_order == DN_ORDER_AUTO && !e->p->nhints)
        dmy = e->search ? (timed && weekday) || wd || range : timed || weekday;
    /* misses19: in running text, spaced and closed by its dot with nothing to prove it
       ("Reprízy: 13. 12., 17. 12.", "(žreb 7. 12.)", "22. 11. o 20:34"): day first, kept by
       page.c where the page writes day first (its page_day_month), one number of one digit
       only beside a date of its month */
    bool page_dm = !dmy && e->search && bi == i + 3 && !open && !weekday &&
                   e->p->user_order == DN_ORDER_AUTO && !e->p->nhints &&
                   (timed || a->ndigits + b->ndigits >= 3); /* not "3. 4. 5." */
    if ((!dmy && !page_dm) || !valid_ymd(e->now_year, mo, da))
        return -1;
    c->year = e->now_year, c->month = mo, c->day = da;
    if (wd)
        c->year = wy, c->weekday = wd;
    c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_YEAR_IMPLIED;
    c->flags |= order_bits(order, !valid_ymd(e->now_year, da, mo));
    c->conf = timed && weekday ? DNP_CONF_DAY_MONTH_TIMED
              : wd               ? DNP_CONF_DAY_MONTH_WEEKDAY
              : range            ? DNP_CONF_DAY_MONTH_RANGE
                                 : DNP_CONF_DAY_MONTH;
    if (page_dm) {
        c->flags |= DNP_FLAG_PAGE_DAY_MONTH |
                    (a->ndigits + b->ndigits < 4 && !timed ? DNP_FLAG_PAGE_DM_NEAR : 0);
        c->conf = DNP_CONF_PAGE_DAY_MONTH;
    }
    if (restated >= 0 && wd)
        after = restated + 1; /* the weekday restated joins the date's span */
    c->first = i, c->last = after - 1;
    /* a range's end read by the range alone takes no time: "10.11 - 10.12" is no 10:12 */
    if (range && !wd && !(timed && weekday))
        return after;
    int r = dnp_time_after(e, it, n, after, c);
    if (r > 0) {
        c->last = r - 1;
        return r;
    }
    return after;
}

/* Whether a number of one or two digits at k is an hour, not a two-digit year: a colon and
   minutes glued after it, or an hour mark ("22.11. 19:30", "So 29.11. 18 Uhr"). */
static bool hour_here(const item *it, int n, int k)
{
    if (it[k].type != IT_NUM || it[k].ndigits > 2)
        return false;
    if (k + 2 < n && is_sep(&it[k + 1], ':') && it[k + 1].start == it[k].end &&
        it[k + 2].type == IT_NUM && it[k + 2].start == it[k + 1].end && it[k + 2].ndigits == 2)
        return true;
    int r = skip_space(it, n, k + 1);
    return r < n && has_kind(&it[r], DNP_K_HOUR_MARK);
}

/* The weekday word named with a day and month whose items are [i, after): before it
   ("Sa 28.11.", "Samstag, 28.11.": spaces, a comma or the weekday's own dot between) or in
   brackets after it ("28.11. (Sa)", "12/5（土）"). Its item index, or -1. */
static int weekday_named(const item *it, int n, int i, int after)
{
    int k = i - 1;
    while (k >= 0 && it[k].type == IT_SEP && (is_space(&it[k]) || it[k].sep == ','))
        k--;
    /* issue 10: a filler between ("Samstag, den 28.11.", Luxembourgish "Samschdeg, den 12.12.") */
    if (k >= 1 && k < i - 1 && it[k].type == IT_WORD && has_kind(&it[k], DNP_K_FILLER) &&
        is_space(&it[k - 1])) {
        int f = k - 1;
        while (f >= 0 && it[f].type == IT_SEP && (is_space(&it[f]) || it[f].sep == ','))
            f--;
        if (f >= 0 && has_kind(&it[f], DNP_K_WEEKDAY))
            return f;
    }
    if (k >= 1 && is_abbr_mark(&it[k]) && it[k - 1].type == IT_WORD && it[k].start == it[k - 1].end)
        k--;
    if (k >= 0 && k < i - 1 && has_kind(&it[k], DNP_K_WEEKDAY))
        return k;
    k = skip_space(it, n, after);
    if (k + 2 < n && is_sep(&it[k], '(') && has_kind(&it[k + 1], DNP_K_WEEKDAY) &&
        is_sep(&it[k + 2], ')'))
        return k + 1;
    return -1;
}

/* engine.h: dnp_weekday_leads_line */
bool dnp_weekday_leads_line(const env *e, const item *it, int n, int wk, int k)
{
    if (e->search || wk + 1 >= k || it[wk].start != e->content_start)
        return false;
    /* its comma or its abbreviation's dot glued, or blanks alone (linewrong: "Di. 01.12",
       "Di 01.12", "Mar. 01.12") */
    int j = wk + 1;
    if ((is_sep(&it[j], ',') || is_sep(&it[j], '.')) && it[j].start == it[wk].end)
        j++;
    return skip_space(it, n, j) == k;
}

/* engine.h: dnp_year_unforced */
bool dnp_year_unforced(const env *e, int m, int d, int year)
{
    cand x;
    dnp_cand_clear(&x);
    x.prec = DN_PREC_DAY, x.month = m, x.day = d, x.year = e->now_year;
    dnp_infer_year(e, &x);
    return x.year == year;
}

/* engine.h: dnp_weekday_fits */
int dnp_weekday_fits(const env *e, const item *w, int m, int d, int *year, bool bracketed)
{
    /* a word that is also a filler, or a weekday only as a common word, proves nothing
       ("le 04/12": French "the", Faroese Saturday), unless in brackets ("12/12（六）") */
    if (has_kind(w, DNP_K_FILLER) && !bracketed)
        return 0;
    for (uint32_t q = 0; q < w->nm; q++) {
        if (w->m[q].kind != DNP_K_WEEKDAY || ((w->m[q].flags & DNP_MF_RISKY) && !bracketed))
            continue;
        /* nor a function word of another language that is a weekday of a rare one (or of
           one less spoken): Slovenian "5. in 12. 12." (and), no Kurdish Friday */
        if (!bracketed && dnp_weekday_abbr_foreign(w, &w->m[q]))
            continue;
        cand x;
        dnp_cand_clear(&x);
        x.prec = DN_PREC_DAY, x.month = m, x.day = d, x.year = e->now_year;
        x.weekday = w->m[q].value;
        dnp_infer_year(e, &x);
        if (valid_ymd(x.year, m, d) &&
            dnp_weekday(dnp_days_from_civil(x.year, (unsigned)m, (unsigned)d)) == x.weekday) {
            *year = x.year;
            return x.weekday;
        }
    }
    return 0;
}

/* engine.h: dnp_dotted_order */
int dnp_dotted_order(const env *e, const item *w, int x, int y, int *year, int *wd,
                     bool bracketed)
{
    int ydm = e->now_year, ymd = e->now_year, md = 0;
    int dm = y >= 1 && y <= 12 ? dnp_weekday_fits(e, w, y, x, &ydm, bracketed) : 0;
    if (x >= 1 && x <= 12) {
        /* month-first only where the weekday's languages write it so, all of them ("Freitag
           11.27" is a time); then before a day-first reading too ("Мягмар, 12.01": 1 December
           2026 and 12 January 2027 are Tuesdays) */
        int order = 0;
        for (uint32_t q = 0; q < w->nm; q++)
            if (w->m[q].kind == DNP_K_WEEKDAY) {
                int o = dnp_langs[w->m[q].lang].md_order;
                order = order == 0 || order == o ? o : -1;
            }
        if (order == DN_ORDER_MDY)
            md = dnp_weekday_fits(e, w, x, y, &ymd, bracketed);
    }
    if (md) {
        *wd = md, *year = ymd;
        return DN_ORDER_MDY;
    }
    *wd = dm, *year = ydm;
    return dm ? DN_ORDER_DMY : DN_ORDER_AUTO;
}

/* Whether the item before i says a date follows: a weekday ("sexta-feira, 20/11") or a
   filler of dates ("le", "el", "am"), with spaces and a comma between. */
static bool date_word_before(const item *it, int i)
{
    int k = i - 1;
    while (k >= 0 && it[k].type == IT_SEP && (is_space(&it[k]) || it[k].sep == ','))
        k--;
    return k >= 0 && k < i - 1 &&
           (has_kind(&it[k], DNP_K_WEEKDAY) || has_kind(&it[k], DNP_K_FILLER));
}

/* Whether the number and dash before the day and month at i are a range's first day
   ("15-16/12": the 15th and 16th of December), not a longer chain of numbers: a smaller
   number of one or two digits, nothing glued before it, a dash that is not the date's own
   separator s. page.c's ranges() reads the first day. */
static bool range_first_day(const item *it, int i, uint32_t s)
{
    const item *f = &it[i - 2];
    return s != '-' && is_sep(&it[i - 1], '-') && f->ndigits <= 2 && f->value >= 1 &&
           f->value < it[i].value &&
           !(i >= 3 && it[i - 3].end == f->start && !is_space(&it[i - 3]));
}

/* zoneline: the order of a day and month without a year that the fillers around it say
   (line mode, no hint): the filler right before it and those between it and its time
   ("Reunião dia 5/12 às 8h00": Portuguese "dia", "às"), all of some languages, each of
   which writes a day and month in one order in every locale of it (CLDR's Md skeleton of
   the language, the SHORT pattern of each locale): DN_ORDER_DMY or DN_ORDER_MDY, 0 when
   they say none (no filler; English "on 5/12 at 8:00", en_US and en_GB disagree). A
   weekday of another language that is such a filler ("às": Hausa Saturday) votes
   nothing. */
static int fillers_order(const item *it, int n, int i, int after, int end)
{
    dnp_langset ls;
    bool any = false;
    int k = i - 1;
    while (k >= 0 && it[k].type == IT_SEP && (is_space(&it[k]) || it[k].sep == ','))
        k--;
    for (int q = k >= 0 && k < i - 1 ? k : after; q < end && q < n; q = q < i ? after : q + 1) {
        if (it[q].type != IT_WORD)
            continue;
        if (!has_kind(&it[q], DNP_K_FILLER))
            continue;
        dnp_langset f = dnp_langs_of(&it[q], DNP_K_FILLER, -1);
        if (!any)
            ls = f, any = true;
        else
            dnp_langset_and(&ls, &f);
    }
    if (!any || dnp_langset_empty(&ls))
        return 0;
    int order = 0;
    for (int l = 0; l < dnp_nlangs; l++) {
        if (!dnp_langset_has(&ls, (unsigned)l))
            continue;
        int o = dnp_langs[l].md_order;
        if ((o != DNP_ORD_DMY && o != DNP_ORD_MDY) || (order && o != order))
            return 0;
        order = o;
        for (int q = 0; q < dnp_nlocales; q++)
            if (dnp_locales[q].lang == l && dnp_locales[q].short_order != o)
                return 0;
    }
    return order == DNP_ORD_DMY ? DN_ORDER_DMY : order == DNP_ORD_MDY ? DN_ORDER_MDY : 0;
}

/* In running text (dn_search), a day and month without a year in either order, "18/11",
   "03.12.", "14/10 lúc 8h", "24/11 à 18:02": read in both orders, flagged
   DNP_FLAG_PAGE_DAY_MONTH so that page.c keeps it only in the order the page proves or its
   language writes. Two numbers glued by a slash, or by a dot with a dot after; a date only
   when it looks like one: both numbers of two digits ("12/12", "02/10"), or a time after
   it, or a weekday or a date filler before it ("el 5/12"). Not a rating or a score ("9/10",
   "10/10", "4/5", "15/20": a second number of 5, 10 or 20 not smaller than the first,
   without a leading zero or a time), nor "24/7", "1/2", "16/9" (a one-digit number and
   nothing around that says date). */
/* b28fix: a probe for a time after a date's numbers, read as for a date (a day set), so
   that it and the read of the date's own time agree: a time in a table's next cell ("Παρ
   27/11      07:25", a timetable's row) is none of the date's for either (clock.c's
   dnp_time_after), and the date is read without it. */
static inline void date_probe(cand *t)
{
    dnp_cand_clear(t);
    t->day = 1;
    t->lang = -1; /* a date of numbers has no language (filler_of) */
}

static int page_day_month(const env *e, const item *it, int n, int i, int k, uint32_t s,
                          cand *c)
{
    const item *a = &it[i], *b = &it[k];
    if (a->ndigits > 2 || b->ndigits > 2 || (s != '/' && s != '.' && s != '-') || k != i + 2 ||
        b->start != it[i + 1].end || it[i + 1].start != a->end)
        return -1;
    int after = k + 1;
    bool dash_weekday = false; /* "vr 27-11": a weekday before a day and month by a dash */
    bool dash_stamp = false;   /* "11-18 22:41" */
    bool dot_weekday = false;  /* "Ср 25.11": a weekday before a day and month by a dot */
    if (s == '-') {
        /* issue 10: a month and day by a dash, as ISO 8601 ends a date, with the time of a
           forum's stamp after it ("11-18 22:41"): month first only; or both numbers of two
           digits after a weekday the date falls on, in either order (a timetable's rows,
           "vr 27-11", "za 28-11", below) */
        cand tt;
        date_probe(&tt);
        int w = a->ndigits == 2 && b->ndigits == 2 ? weekday_named(it, n, i, after) : -1;
        bool stamp = a->ndigits == 2 && b->ndigits == 2 &&
                     dnp_time_after(e, it, n, after, &tt) > 0 && tt.prec >= DN_PREC_MINUTE;
        /* not a span of hours ("dissabte 10–18", "za 10-17": opening hours), nor a dash
           other than the hyphen */
        dash_weekday = w >= 0 && w < i && e->text[it[i + 1].start] == '-' &&
                       !(a->value < b->value && b->value <= 24);
        dash_stamp = stamp;
        if (!dash_weekday && !stamp)
            return -1;
    } else if (s == '.') {
        /* wrong21: not a clock after a word that introduces one ("viimane kell 23.10.",
           "klo 12.10.": the last bus at 23:10) */
        if (a->value <= 23 && b->ndigits == 2 && b->value <= 59 && dnp_time_word_before(it, i))
            return -1;
        /* "03.12.", or two numbers of two digits and a time after them ("26.11 06:40", a
           timetable's) */
        cand tt;
        date_probe(&tt);
        /* b27: or both of two digits after a weekday the date falls on, no clock's hour and
           minutes ("Ср 25.11 | Чт 26.11", a guide's days; "Сб 10.30" may be 10:30) */
        bool dotted = after < n && is_sep(&it[after], '.'); /* (that says it: "Sa, 28.11.") */
        int wb = !dotted && a->ndigits == 2 && b->ndigits == 2 && (a->value > 23 || b->value > 59)
                     ? weekday_named(it, n, i, after) : -1;
        dot_weekday = wb >= 0 && wb < i;
        if (dotted)
            after++;
        else if (!(a->ndigits == 2 && b->ndigits == 2 &&
                   (dot_weekday ||
                    (dnp_time_after(e, it, n, after, &tt) > 0 && tt.prec >= DN_PREC_MINUTE) ||
                    /* the end of a range of days sharing the month ("17–18.12") */
                    (e->search && i >= 2 && it[i - 2].type == IT_NUM && range_first_day(it, i, s) &&
                     (after >= n || is_space(&it[after]))))))
            return -1;
    }
    /* glued to more: "12/12a", "1/2/x", "3.5.1"; a full stop may end the sentence */
    if (after < n && it[after].start == it[after - 1].end && it[after].type != IT_SEP &&
        !(it[after].tflags & DNP_TF_CJK)) /* CJK text has no spaces ("次回12/4は休止") */
        return -1;
    if (after + 1 < n && it[after].type == IT_SEP && numeric_sep(it[after].sep) &&
        it[after].start == it[after - 1].end && it[after + 1].start == it[after].end &&
        it[after + 1].type != IT_SEP &&
        /* a range's first day and month with its dot: "21.12.–06.01." */
        !(after == k + 2 && it[after].sep == '-' && it[after + 1].type == IT_NUM))
        return -1;
    /* a colon glued to it and to more: "12/12:30"; not one that ends a list's label
       ("- 04/12: ex-dividend date") */
    if (after < n && is_sep(&it[after], ':') && it[after].start == it[after - 1].end &&
        it[after].end < e->len && e->text[it[after].end] != ' ' && e->text[it[after].end] != '\t' &&
        e->text[it[after].end] != '\n')
        return -1;
    /* glued to a word before ("A12/12"), not to CJK text, which has no spaces ("於12/12") */
    if (i >= 1 && (it[i - 1].tflags & DNP_TF_ADJ) && it[i].start == it[i - 1].end &&
        it[i - 1].type != IT_SEP && !(it[i - 1].tflags & DNP_TF_CJK))
        return -1;
    /* the end of a longer chain of numbers: "08/22/08", whose two-digit year leaves it
       unread in running text, is no 22 August */
    if (i >= 2 && it[i - 1].type == IT_SEP && numeric_sep(it[i - 1].sep) &&
        it[i - 1].end == a->start && it[i - 2].type == IT_NUM && it[i - 2].end == it[i - 1].start &&
        !range_first_day(it, i, s))
        return -1;
    if (!dnp_num_usable(e, it, n, i) || !dnp_num_usable(e, it, n, k))
        return -1;
    int av = (int)a->value, bv = (int)b->value;
    int y = e->now_year;
    bool dmy = (s != '-' || dash_weekday) && valid_ymd(2024, bv, av),
         mdy = valid_ymd(2024, av, bv); /* a leap year */
    if (!dmy && !mdy)
        return -1;
    cand t;
    date_probe(&t);
    int r = dnp_time_after(e, it, n, after, &t);
    bool timed = r > 0;
    bool padded = (a->ndigits == 2 && av < 10) || (b->ndigits == 2 && bv < 10);
    if (!padded && !timed && (bv == 5 || bv == 10 || bv == 20) && av <= bv)
        return -1;
    bool near = false; /* issue 10: a date only beside one of its month (page.c) */
    if (!(a->ndigits == 2 && b->ndigits == 2) && !timed && !date_word_before(it, i)) {
        /* one number of two digits, the month of page.c's reading ("5/12", not "1/2") */
        if (!e->search || a->ndigits + b->ndigits != 3)
            return -1;
        near = true;
    }
    /* issue 10: a weekday named with it and a time after it ("Sa 28/11 19:30", "12/5（土）
       10:00"): the reading on whose day the weekday falls, when only one is, is the date,
       whatever the page's order */
    int wk = timed || dash_weekday || dot_weekday ? weekday_named(it, n, i, after) : -1;
    if (wk >= 0) {
        /* a weekday of a common word ("za", "zo": Dutch Saturday, Sunday, and "so") proves
           it at the start of a line, a timetable's row */
        bool row = dash_weekday && (wk == 0 || (is_space(&it[wk - 1]) &&
                                                memchr(e->text + it[wk - 1].start, '\n',
                                                       it[wk - 1].end - it[wk - 1].start)));
        int yd = 0, ym = 0;
        int wd = dmy ? dnp_weekday_fits(e, &it[wk], bv, av, &yd, wk > i || row) : 0;
        int wm = mdy && av != bv ? dnp_weekday_fits(e, &it[wk], av, bv, &ym, wk > i || row) : 0;
        if ((wd != 0) != (wm != 0)) {
            c->month = wd ? bv : av, c->day = wd ? av : bv, c->year = wd ? yd : ym;
            c->weekday = wd ? wd : wm;
            c->flags |= order_bits(wd ? DN_ORDER_DMY : DN_ORDER_MDY, true) | DN_FLAG_YEAR_IMPLIED;
            c->prec = DN_PREC_DAY;
            c->conf = timed ? DNP_CONF_DAY_MONTH_TIMED : DNP_CONF_DAY_MONTH_WEEKDAY;
            c->first = i;
            r = timed ? dnp_time_after(e, it, n, after, c) : 0;
            if (r <= 0 && !dash_weekday && !dot_weekday)
                return -1;
            c->last = r > 0 ? r - 1 : after - 1;
            return r > 0 ? r : after;
        }
    }
    if ((dash_weekday && !dash_stamp) || (dot_weekday && !timed))
        return -1;
    if (s == '-' && (dmy = false, !mdy))
        return -1; /* a stamp's month and day: month first only */
    /* the day-first reading first, the other in alt; page.c takes the page's */
    if (dmy) {
        c->month = bv, c->day = av;
        c->flags |= order_bits(DN_ORDER_DMY, !mdy);
        if (mdy && av != bv)
            c->alt_y = y, c->alt_m = av, c->alt_d = bv, c->flags |= DN_FLAG_AMBIGUOUS;
    } else {
        c->month = av, c->day = bv;
        c->flags |= order_bits(DN_ORDER_MDY, true);
    }
    if (c->day > dnp_days_in_month(y, c->month))
        return -1; /* 29/02 in a common year */
    c->year = y, c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_YEAR_IMPLIED | DNP_FLAG_PAGE_DAY_MONTH | (near ? DNP_FLAG_PAGE_DM_NEAR : 0);
    c->conf = DNP_CONF_PAGE_DAY_MONTH;
    c->first = i, c->last = after - 1;
    if (timed) {
        r = dnp_time_after(e, it, n, after, c);
        c->last = r - 1;
        return r;
    }
    return after;
}

/* A four-digit year first: YMD, or YDM where the hint's CLDR patterns write it (ug yMd
   "y-d-M", ky "y-dd-MM"): unpadded fields follow the yMd skeleton, padded ones the SHORT
   pattern; the other is tried when the first is no valid date. */
static bool year_first(const env *e, int av, int bv, int cv, int nb, int nc, unsigned *flags,
                       int *y, int *m, int *d)
{
    if (nb > 2 || nc > 2)
        return false;
    bool ydm_first = false, ydm_ok = false;
    if (e->p->user_order == DN_ORDER_AUTO && e->p->nhints > 0) {
        bool unpadded = nb == 1 || nc == 1;
        uint8_t o1 = unpadded ? e->p->hint_ymd : e->p->hint_short;
        uint8_t o2 = unpadded ? e->p->hint_short : e->p->hint_ymd;
        ydm_first = o1 == DNP_ORD_YDM;
        ydm_ok = ydm_first || o2 == DNP_ORD_YDM;
    }
    if (ydm_first && valid_ymd(av, cv, bv))
        *y = av, *m = cv, *d = bv;
    else if (valid_ymd(av, bv, cv))
        *y = av, *m = bv, *d = cv;
    else if (ydm_ok && valid_ymd(av, cv, bv))
        *y = av, *m = cv, *d = bv;
    else
        return false;
    if (*m == bv) /* year-month-day (year-day-month has no dn_order) */
        *flags |= order_bits(DN_ORDER_YMD, !valid_ymd(av, cv, bv));
    return true;
}

/* The order of a date that does not start with its year: --order; else the hint's CLDR
   pattern (the yMd skeleton for a four-digit year, the SHORT pattern for two digits: so
   writes dd/MM/yy but M/d/y); else, without a hint, dots are the day-first convention (de,
   ru, pl, ...), and so are native digits and bidi marks (Arabic, Persian, Hebrew locales
   write day first), while plain ASCII slashes and dashes fall back to month-first, the
   commonest reading of ambiguous dates on the web. A DN_ORDER_*. */
static int preferred_order(const env *e, const item *a, const item *b, const item *cc, uint32_t s)
{
    int na = a->ndigits, nb = b->ndigits, nc = cc->ndigits;
    if (e->p->user_order != DN_ORDER_AUTO)
        return e->p->user_order;
    if (e->p->nhints > 0) {
        /* unpadded fields ("1/5/1999") follow the yMd skeleton, padded ones the
           SHORT pattern ("05/01/1999"; mt writes dd/MM/y but M/d/y) */
        bool unpadded = (na == 1 || nb == 1) && nc == 4;
        uint8_t o = unpadded ? e->p->hint_ymd : e->p->hint_short;
        if (o != DNP_ORD_DMY && o != DNP_ORD_MDY && !(o == DNP_ORD_YMD && na == 2 && nc <= 2))
            o = e->p->hint_short;
        return o == DNP_ORD_MDY ? DN_ORDER_MDY : o == DNP_ORD_YMD ? DN_ORDER_YMD : DN_ORDER_DMY;
    }
    bool native = false;
    for (uint32_t q = a->start; q < cc->end && !native; q++)
        native = (unsigned char)e->text[q] >= 0x80;
    return (s == '.' || native) ? DN_ORDER_DMY : DN_ORDER_MDY;
}

/* Day and month before the year (or a two-digit year first under YMD): the date in the
   order preferred_order gives, or in the other when only that one is a valid date; the
   other valid reading, when there is one, goes to alt (year, month, day) and *has_alt. */
static bool day_month_first(const env *e, const item *a, const item *b, const item *cc,
                            uint32_t s, unsigned *flags, int *y, int *m, int *d, int alt[3],
                            bool *has_alt, int *cal)
{
    int na = a->ndigits, nb = b->ndigits, nc = cc->ndigits;
    int av = (int)a->value, bv = (int)b->value, cv = (int)cc->value;
    int order = preferred_order(e, a, b, cc, s);
    if (na > 2 || nb > 2 || (nc != 4 && nc != 2 && !(order == DN_ORDER_YMD && na == 2)))
        return false;
    if (nc <= 2 && order == DN_ORDER_YMD && na == 2) {
        /* 15/11/22, 99. 1. 5. under YMD */
        *y = year_from_digits(e, (uint64_t)av, 2, flags), *m = bv, *d = cv;
        *flags |= order_bits(DN_ORDER_YMD, false); /* the year's place is a preference */
        return valid_ymd(*y, *m, *d);
    }
    *y = nc == 4 ? cv : year_from_digits(e, (uint64_t)cv, 2, flags);
    if (e->p->calendar == DN_CAL_BUDDHIST) { /* issue 11: 29/2/2567, 22/11/58 under th */
        *y = dnp_calendar_numeric_year(e, nc == 4 ? cv : *y, nc == 2, cal);
        if (*cal)
            *flags &= ~DN_FLAG_TWO_DIGIT_YEAR;
    }
    bool dmy_ok = valid_ymd(*y, bv, av), mdy_ok = valid_ymd(*y, av, bv);
    /* dots are day-first: "5.15.28" is a version number, not 15 May (with a
       four-digit year, "10.15.2023" is still read month-first) */
    if (s == '.' && nc != 4 && e->p->user_order == DN_ORDER_AUTO && !e->p->nhints && !dmy_ok)
        return false;
    bool prefer_mdy = order == DN_ORDER_MDY;
    if (prefer_mdy ? mdy_ok : !dmy_ok && mdy_ok) {
        *m = av, *d = bv;
        *flags |= order_bits(DN_ORDER_MDY, !dmy_ok);
        if (dmy_ok && av != bv)
            *has_alt = true, alt[0] = *y, alt[1] = bv, alt[2] = av;
    } else if (dmy_ok) {
        *m = bv, *d = av;
        *flags |= order_bits(DN_ORDER_DMY, !mdy_ok);
        if (mdy_ok && av != bv)
            *has_alt = true, alt[0] = *y, alt[1] = av, alt[2] = bv;
    } else
        return false;
    return true;
}

/* issue 10: whether separator x is an en dash: no numeric date writes its fields with one,
   ranges join two dates with it ("2026.12.21–2027.01.10", "21.12.2026–10.01.2027"): it ends
   a chain of numbers. */
static bool en_dash(const env *e, const item *x)
{
    return x->type == IT_SEP && x->sep == '-' && x->end - x->start == 3 &&
           !memcmp(e->text + x->start, "\xE2\x80\x93", 3);
}

/* Three numbers a (item i), b and cc (item third) joined by s as a date, and a time after
   it: 22/11/2015 14:30, 22.11.2015, 14:30 Uhr. */
/* Whether a kana, ideograph or Hangul syllable (not CJK punctuation, U+3000..303F) ends
   right before byte `at`. */
static DNP_RARE bool cjk_before(const env *e, size_t at)
{
    if (at < 3)
        return false;
    const unsigned char *t = (const unsigned char *)e->text + at - 3;
    return t[0] >= 0xE3 && t[0] <= 0xED && (t[1] & 0xC0) == 0x80 && (t[2] & 0xC0) == 0x80 &&
           !(t[0] == 0xE3 && t[1] == 0x80);
}

static int three_numbers(const env *e, const item *it, int n, int i, const item *b, int third,
                         uint32_t s, cand *c)
{
    const item *a = &it[i], *cc = &it[third];
    /* a chain that goes on: "4.3.12-rc1", "2015/11/22/slug" */
    bool dash_after = third + 1 < n && en_dash(e, &it[third + 1]);
    /* (but a case ending of the day after a hyphen is the date's: Mongolian
       "2027.01.10-ны", of the 10th; b22: one that is other words too, of two letters or
       more with nothing glued after it, Hungarian "2026. 10. 29-én", on the 29th) */
    bool ending = third + 2 < n && it[third + 1].sep == '-' && it[third + 2].type == IT_WORD &&
                  (only_kind(&it[third + 2], DNP_K_ORDINAL) ||
                   (has_kind(&it[third + 2], DNP_K_ORDINAL) &&
                    it[third + 2].end - it[third + 2].start >= 2 &&
                    !(third + 3 < n && (it[third + 3].tflags & DNP_TF_ADJ) &&
                      !is_space(&it[third + 3]) && !is_sep(&it[third + 3], ',') &&
                      !is_sep(&it[third + 3], '.'))));
    if (third + 2 < n && it[third + 1].type == IT_SEP && !dash_after && !ending &&
        (it[third + 1].sep == '-' || it[third + 1].sep == '.' || it[third + 1].sep == '/') &&
        it[third + 1].start == cc->end && it[third + 2].start == it[third + 1].end &&
        (it[third + 2].type == IT_NUM || it[third + 2].type == IT_WORD ||
         it[third + 2].type == IT_GEN) && s != '/')
        return -1;
    /* a fourth number in the chain: an IP address, a version, an ISBN */
    if (third + 2 < n && is_sep(&it[third + 1], s) && it[third + 2].type == IT_NUM && !dash_after)
        return -1;
    if (third + 1 < n && (it[third + 1].type == IT_NUM || it[third + 1].type == IT_WORD) &&
        (it[third + 1].tflags & DNP_TF_ADJ) && !has_kind(&it[third + 1], DNP_K_YEAR_MARK) &&
        !(it[third + 1].type == IT_GEN))
        return -1;
    int na = a->ndigits, nc = cc->ndigits;
    /* issue 10: glued to a kana, ideograph or Hangul syllable before it, three short numbers
       joined by dashes are a Japanese or Korean address's block numbers ("栄3-15-22", Sakae
       3-chome 15-22), not a date: these pages write dates with marks or with a four-digit year */
    if (e->search && s == '-' && nc == 2 && na <= 2 && cjk_before(e, a->start))
        return -1;
    unsigned flags = 0;
    int y, m, d, alt[3] = {0, 0, 0};
    bool has_alt = false;
    int cal = 0;
    if (na == 4 ? !year_first(e, (int)a->value, (int)b->value, (int)cc->value, b->ndigits, nc,
                              &flags, &y, &m, &d)
                : !day_month_first(e, a, b, cc, s, &flags, &y, &m, &d, alt, &has_alt, &cal)) {
        /* a three-digit year first, with a slash or dash ("115/11/25", "115-11-20"): the ROC
           calendar's under its option, and in running text a reading the page keeps when
           it writes the era (DNP_FLAG_PAGE_CAL) */
        bool page = e->search && !e->p->calendar;
        if (na != 3 || (!page && e->p->calendar != DN_CAL_ROC) || (s != '/' && s != '-') ||
            !(y = dnp_roc_year((int)a->value)) ||
            !year_first(e, y, (int)b->value, (int)cc->value, b->ndigits, nc, &flags, &y, &m, &d))
            return -1;
        cal = DN_CAL_ROC;
        if (page)
            flags |= DNP_FLAG_PAGE_CAL;
    }
    c->calendar = cal;
    c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
    c->flags |= flags;
    c->conf = DNP_CONF_NUMERIC;
    if (__builtin_expect(cal == DN_CAL_ROC, 0))
        c->conf = DNP_CONF_CALENDAR_CONTEXT;
    if (has_alt) {
        c->alt_y = alt[0], c->alt_m = alt[1], c->alt_d = alt[2];
        if (!e->p->order_from_user) {
            c->flags |= DN_FLAG_AMBIGUOUS;
            c->conf = DNP_CONF_NUMERIC_AMBIGUOUS;
        }
    }
    if (nc == 2 && na <= 2)
        c->conf -= DNP_PEN_TWO_DIGIT_YEAR;
    c->first = i, c->last = third;
    int end = third + 1;
    int r = dnp_time_after(e, it, n, end, c);
    if (r > 0) {
        c->last = r - 1;
        end = r;
    }
    return end;
}

/* issue 10: in running text, a month and year in numbers is a date ("Stand: 04.2015",
   "seit 11/2026", "gültig bis 12/2027") when written as people write a month: the month in
   two digits, a dot or slash glued to both numbers, a year from DNP_PAGE_YEAR_MIN to
   DNP_PAGE_YEAR_AHEAD years after the reference, a blank, a bracket or a colon before it
   and no letter glued after. Not an issue number or a score: a one-digit month ("Heft
   3/2024", "4/2019"), a dash ("04-2015", a part number), numbers after a word that
   introduces no dates (locales/ not_date: "Nr. 12/2024", "Rated 10/2010"). */
static bool padded_month_year(const env *e, const item *it, int n, int i, int k, uint32_t s)
{
    const item *a = &it[i], *b = &it[k];
    if (a->ndigits != 2 || (s != '.' && s != '/') || k != i + 2 || b->start != it[i + 1].end ||
        it[i + 1].start != a->end || (int)b->value < DNP_PAGE_YEAR_MIN ||
        (int)b->value > e->now_year + DNP_PAGE_YEAR_AHEAD)
        return false;
    if ((a->tflags & DNP_TF_ADJ) ||
        (i >= 1 && it[i - 1].end == a->start && !is_space(&it[i - 1]) &&
         !is_sep(&it[i - 1], '(') && !is_sep(&it[i - 1], ':')))
        return false;
    if (k + 1 < n && it[k + 1].start == b->end && it[k + 1].type != IT_SEP &&
        !has_kind(&it[k + 1], DNP_K_YEAR_MARK))
        return false;
    return true;
}

/* issue 10: a day and month without a year and the weekday they fall on in brackets right
   after them, as Korean, Japanese and Chinese pages list days ("11.27(금)", "12/1(火)",
   "11/27(Fri)"): the weekday proves the date and its order (month first or day first; when
   both orders fall on it, none). A time after it is the date's. */
static int match_bracket_weekday(const env *e, const item *it, int n, int i, cand *c)
{
    if (i + 4 >= n || !(is_sep(&it[i + 1], '.') || is_sep(&it[i + 1], '/')) ||
        it[i + 2].type != IT_NUM || it[i].ndigits > 2 || it[i + 2].ndigits > 2 ||
        it[i + 1].start != it[i].end || it[i + 2].start != it[i + 1].end)
        return -1;
    if (i >= 1 && it[i - 1].type == IT_SEP && numeric_sep(it[i - 1].sep))
        return -1; /* the tail of a chain */
    int k = i + 3;
    if (k < n && is_space(&it[k]) && it[k].end - it[k].start == 1)
        k++;
    if (k + 2 >= n || !is_sep(&it[k], '(') || !has_kind(&it[k + 1], DNP_K_WEEKDAY) ||
        !is_sep(&it[k + 2], ')'))
        return -1;
    int x = (int)it[i].value, y = (int)it[i + 2].value, ymd = e->now_year, ydm = e->now_year;
    int md = x <= 12 ? dnp_weekday_fits(e, &it[k + 1], x, y, &ymd, true) : 0;
    int dm = y <= 12 ? dnp_weekday_fits(e, &it[k + 1], y, x, &ydm, true) : 0;
    if (md && dm) {
        /* both orders fall on it ("12/1(火)": 1 December and 12 January are Tuesdays): the
           order the weekday's languages write a day and month in, when they agree */
        int order = 0;
        const item *w = &it[k + 1];
        for (uint32_t q = 0; q < w->nm; q++)
            if (w->m[q].kind == DNP_K_WEEKDAY) {
                int o = dnp_langs[w->m[q].lang].md_order;
                order = order == 0 || order == o ? o : -1;
            }
        if (order == DN_ORDER_MDY)
            dm = 0;
        else if (order == DN_ORDER_DMY)
            md = 0;
    }
    if (!md == !dm)
        return -1;
    c->year = md ? ymd : ydm, c->month = md ? x : y, c->day = md ? y : x;
    c->weekday = md ? md : dm;
    c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_YEAR_IMPLIED | order_bits(md ? DN_ORDER_MDY : DN_ORDER_DMY, true);
    c->conf = DNP_CONF_DAY_MONTH_WEEKDAY;
    c->first = i, c->last = k + 2;
    int r = dnp_time_after(e, it, n, k + 3, c);
    if (r > 0) {
        c->last = r - 1;
        return r;
    }
    return k + 3;
}

/* All-numeric dates at a number:
     22/11/2015, 11-22-2015, 22.11.15, 22. 11. 2015  day and month before the year, in the
                                                    order preferred_order gives
     2015/11/22, 2015-11-22 with a hint's y-d-M    a four-digit year first (year_first)
     15/11/22, 99. 1. 5. under YMD                  a two-digit year first
     22/11 2015                                     a space before a four-digit year
     22 11 2015 (match_spaced), am 22.11. (match_day_month, with a day-first hint)
     11/2015                                        a month and a year
   each with a time after it. Not the tail of a longer chain (978-3-16-148410-0,
   192.168.1.1), a chain that goes on (4.3.12-rc1), a number after '+' or '$'. */
int dnp_match_numeric(const env *e, const item *it, int n, int i, cand *c)
{
    const item *a = &it[i];
    if (a->type != IT_NUM || a->ndigits > 4)
        return -1;
    int sp = match_spaced(e, it, n, i, c);
    if (sp != -1)
        return sp;
    int dm = match_day_month(e, it, n, i, c);
    if (dm != -1)
        return dm;
    int bw = match_bracket_weekday(e, it, n, i, c);
    if (bw != -1)
        return bw;
    /* not the tail of a longer chain: 978-3-16-148410-0, 192.168.1.1, 1.2.3.4 */
    if (i >= 2 && it[i - 1].type == IT_SEP && numeric_sep(it[i - 1].sep) && it[i - 2].type == IT_NUM &&
        !en_dash(e, &it[i - 1]) &&
        !(e->search && i + 1 < n && (is_sep(&it[i + 1], '/') || is_sep(&it[i + 1], '.')) &&
          range_first_day(it, i, it[i + 1].sep)))
        return -1;
    if (i >= 1 && (is_sep(&it[i - 1], '+') || is_sep(&it[i - 1], '$')))
        return -1;
    int j = i + 1;
    /* the separator: one of / - . possibly with spaces around ("22. 11. 2015") */
    uint32_t s = 0;
    int k = j;
    /* "22. 11. 2015" and even "26 . 10.21": a dot may have spaces around it */
    if (k + 1 < n && is_space(&it[k]) && is_sep(&it[k + 1], '.'))
        k++;
    if (k < n && it[k].type == IT_SEP && numeric_sep(it[k].sep))
        s = it[k].sep, k++;
    if (!s)
        return -1;
    if (k < n && is_space(&it[k]) && s == '.')
        k++;
    if (k >= n || it[k].type != IT_NUM || it[k].ndigits > 4)
        return -1;
    const item *b = &it[k];
    int k2 = k + 1;
    if (s == '.' && k2 + 1 < n && is_space(&it[k2]) && is_sep(&it[k2 + 1], '.'))
        k2++;
    /* "22/11 2015" (Kako): a space before a four-digit year */
    if (k2 + 1 < n && is_space(&it[k2]) && it[k2 + 1].type == IT_NUM && it[k2 + 1].ndigits == 4 &&
        a->ndigits <= 2 && b->ndigits <= 2 && s != '-')
        return three_numbers(e, it, n, i, b, k2 + 1, s, c);
    if (k2 < n && is_sep(&it[k2], s)) {
        int k3 = k2 + 1;
        if (k3 < n && is_space(&it[k3]) && s == '.')
            k3++;
        /* "28.11. 19:30": after a space, the hour of a time, no two-digit year */
        if (k3 < n && it[k3].type == IT_NUM && it[k3].ndigits <= 4 &&
            !(k3 > k2 + 1 && hour_here(it, n, k3)))
            return three_numbers(e, it, n, i, b, k3, s, c);
    }
    /* b22: a slash, then a dash glued before a four-digit year, as Danish and Norwegian
       write a date: "18/11-2026" */
    if (s == '/' && k2 + 1 < n && is_sep(&it[k2], '-') && it[k2].start == b->end &&
        it[k2 + 1].start == it[k2].end && it[k2 + 1].type == IT_NUM && it[k2 + 1].ndigits == 4 &&
        a->ndigits <= 2 && b->ndigits <= 2 && it[k - 1].start == a->end && b->start == it[k - 1].end)
        return three_numbers(e, it, n, i, b, k2 + 1, s, c);
    /* two numbers: month and year, 11/2015 (not 1/2, 24/7, 3-1) */
    if (a->ndigits <= 2 && b->ndigits == 4 && (s == '/' || s == '.' || s == '-') && a->value >= 1 &&
        a->value <= 12 && b->value >= 1000 && b->value <= 2999 && (s != '.' || a->ndigits == 2) &&
        dnp_num_usable(e, it, n, i) && dnp_num_usable(e, it, n, k)) {
        if (k2 < n && (it[k2].type == IT_NUM || (it[k2].type == IT_SEP && numeric_sep(it[k2].sep) &&
                                                  k2 + 1 < n && it[k2 + 1].type == IT_NUM)))
            return -1;
        c->year = (int)b->value, c->month = (int)a->value, c->prec = DN_PREC_MONTH;
        c->conf = DNP_CONF_MONTH_YEAR;
        if (e->search && padded_month_year(e, it, n, i, k, s))
            c->conf = DNP_CONF_MONTH_YEAR_PADDED;
        c->first = i, c->last = k;
        return k + 1;
    }
    if (e->search)
        return page_day_month(e, it, n, i, k, s, c);
    /* issue 8: line mode reads a day and month without a year when a word before it or a
       time after it says it is one ("le 16/12", "16/12 à 18h"; not "22/11" alone), in the
       one order it can be read in, or the hint's or option's order; the year by the
       README's rule */
    int r = page_day_month(e, it, n, i, k, s, c);
    if (r < 0 || (r == k + 1 + (s == '.') && !date_word_before(it, i)))
        return -1;
    if (c->flags & DN_FLAG_AMBIGUOUS) {
        int o = e->p->order;
        if (e->p->user_order == DN_ORDER_AUTO && !e->p->nhints &&
            (o = fillers_order(it, n, i, k + 1, r)) == 0)
            return -1;
        if (o == DN_ORDER_MDY) {
            c->month = c->alt_m, c->day = c->alt_d;
            c->flags = (c->flags & ~DN_FLAG_ORDER_MASK) | order_bits(DN_ORDER_MDY, false);
        }
        c->flags &= ~DN_FLAG_AMBIGUOUS;
        c->alt_y = c->alt_m = c->alt_d = 0;
    }
    c->flags &= ~DNP_FLAG_PAGE_DAY_MONTH;
    dnp_infer_year(e, c);
    if (!valid_ymd(c->year, c->month, c->day))
        return -1;
    return r;
}

/* ---- a year alone ------------------------------------------------------------------------- */

/* issue 10: a year alone in running text, nothing marking it ("el 1992", "în 1987",
   "1936-ban", "2012 óta"): a four-digit number that may be a year is handed to page.c,
   flagged DNP_FLAG_PAGE_YEAR, which keeps it only where a word of the page's languages
   says it is one (page_year_alone). Turned away here for less: a number beside a time
   mark or am/pm ("1930 Uhr"), glued to letters or to a number by '-' or '/' (a code
   "2310-1145"), an amount. */
/* Whether the word glued to a number may be a year's ending (Basque "2019an": "an" is
   also an English word); page.c asks in which language. */
static bool year_ending(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (dnp_year_cue(&w->m[q]) && w->m[q].value == DNP_CUE_YEAR_SUFFIX)
            return true;
    return false;
}

static int page_year(const env *e, const item *it, int n, int i, cand *c)
{
    const item *a = &it[i];
    int v = (int)a->value;
    /* (b21fix: or a year of the Buddhist era, which page.c keeps on a page in a language
       that counts years in it: "ปี 2566") */
    if (a->ndigits != 4 || v < DNP_PAGE_YEAR_ALONE_MIN ||
        (v > e->now_year + DNP_PAGE_YEAR_AHEAD && !dnp_buddhist_year(v)))
        return -1;
    /* after a number and an ASCII hyphen or slash glued to both: a code's piece ("2310-1145";
       an en dash joins a range of years, "2017–2019", which page.c reads) */
    if (i >= 2 && (is_sep(&it[i - 1], '-') || is_sep(&it[i - 1], '/')) &&
        it[i - 1].start == it[i - 2].end && it[i - 2].type == IT_NUM && it[i - 1].end == a->start &&
        (e->text[it[i - 1].start] == '-' || e->text[it[i - 1].start] == '/'))
        return -1;
    bool glued = i + 1 < n && it[i + 1].start == a->end && it[i + 1].type == IT_WORD;
    if (glued && !year_ending(&it[i + 1]))
        return -1; /* "1250W" */
    int r = skip_space(it, n, i + 1);
    /* (b31fix: not an am/pm word that is also a filler of another language, which page.c
       decides with the page's languages: Portuguese "em" beside Swedish "em", pm, in "em
       2008 em Campinas") */
    if (!glued && r < n && it[r].type == IT_WORD &&
        (it[r].kinds & ((1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) | (1u << DNP_K_AMPM))) &&
        (it[r].kinds & ((1u << DNP_K_HOUR_MARK) | (1u << DNP_K_MINUTE_MARK) | (1u << DNP_K_FILLER))) !=
            (1u << DNP_K_FILLER))
        return -1;
    if (!dnp_num_usable(e, it, n, i))
        return -1;
    c->year = v;
    c->prec = DN_PREC_YEAR;
    c->conf = DNP_CONF_PAGE_YEAR;
    c->flags |= DNP_FLAG_PAGE_YEAR;
    c->first = c->last = i;
    return i + 1;
}

/* A year alone at a number: 2015 as the whole text (four digits, 1000 to 2999), 2015年,
   2015 г. (a year mark), năm 1935 (a year prefix), 44 BC, 1000 н. э. (an era: any year).
   Not 2345E4, S02E05, 8:13 AM, 100 km/h (an era word of few languages). */
int dnp_match_year(const env *e, const item *it, int n, int i, cand *c)
{
    const item *a = &it[i];
    if (a->type != IT_NUM || a->ndigits > 4 || a->value == 0)
        return -1;
    int r = skip_space(it, n, i + 1);
    /* a year alone is weak evidence: four digits in 1000..2999 (a year mark is no help for
       "1e10" or "S02E05"), or any year before an era name ("44 BC") */
    /* an era word of one or two languages is too thin for that ("100 km/h") */
    bool era_mark = r < n && only_kind(&it[r], DNP_K_ERA) &&
                    (it[r].nm >= DNP_ERA_MIN_LANGS || hinted_kind(e, &it[r], DNP_K_ERA));
    if (!era_mark && (a->ndigits != 4 || a->value < 1000 || a->value > 2999))
        return -1;
    /* the mark must end the number's word: "2345E4" is an exponent */
    if (r < n && r == i + 1 && r + 1 < n && it[r + 1].type == IT_NUM && it[r + 1].start == it[r].end)
        return e->search && it[r].type == IT_SEP ? page_year(e, it, n, i, c) : -1; /* "2017–2019" */
    /* "13 AM" after "8:" is a time, not the year 13 before the era of some language; a
       label's colon is none ("初公開：1984年", first released: 1984) */
    if (i > 0 && ((is_sep(&it[i - 1], ':') && i >= 2 && it[i - 2].type == IT_NUM) ||
                  is_sep(&it[i - 1], '.')))
        return -1;
    /* glued to a Latin letter before it: a model number ("X2026A", "FY2026") */
    if (a->start > 0) {
        unsigned char p = (unsigned char)e->text[a->start - 1];
        if ((p | 0x20) >= 'a' && (p | 0x20) <= 'z')
            return -1;
    }
    /* issue 10: the year's own dot before its mark (Latvian "2027. gada pavasarī") */
    if (r == i + 1 && r + 2 < n && is_sep(&it[r], '.') && it[r].start == a->end &&
        is_space(&it[r + 1]) && has_kind(&it[r + 2], DNP_K_YEAR_MARK))
        r += 2;
    bool mark = r < n && (has_kind(&it[r], DNP_K_YEAR_MARK) || only_kind(&it[r], DNP_K_ERA));
    /* an era word of few languages written as two small Latin letters is a unit's, not the
       era's capitals: "Motor Hacmi: 1461 cc" (a car's displacement) is no Welsh 1461 BC
       ("1461 CC" is; "1461 av. J.-C." too) */
    if (mark && !era_mark && !has_kind(&it[r], DNP_K_YEAR_MARK) && it[r].end - it[r].start <= 2) {
        bool small = true;
        for (size_t q = it[r].start; q < it[r].end; q++)
            small &= e->text[q] >= 'a' && e->text[q] <= 'z';
        if (small)
            mark = false;
    }
    /* rest36: a Latin mark glued to a number after it is a code ("SK 1737 A2", a flight and
       its gate; Estonian "a" of years), not the year's mark (年 glued to the month is marks.c's) */
    if (mark && r + 1 < n && it[r + 1].type == IT_NUM && it[r + 1].start == it[r].end &&
        (unsigned char)e->text[it[r].start] < 0x80)
        mark = false;
    /* or a year prefix before it: Vietnamese "năm 1935" */
    int before = i - 1;
    while (before >= 0 && is_space(&it[before]))
        before--;
    /* (rest36: the prefix's own dot, Amharic "እ.ኤ.አ. 2025") */
    if (before >= 1 && is_sep(&it[before], '.') && it[before - 1].end == it[before].start &&
        it[before - 1].type == IT_WORD && has_kind(&it[before - 1], DNP_K_YEAR_PREFIX))
        before--;
    bool prefixed = before >= 0 && has_kind(&it[before], DNP_K_YEAR_PREFIX) && a->ndigits == 4;
    if (prefixed && mark && has_kind(&it[r], DNP_K_YEAR_MARK)) {
        /* a prefix and a mark of no common language: the prefix's year, the mark another
           word ("v roce 1909 a patří": Czech "and", an Estonian year mark) */
        dnp_langset pl = dnp_langs_of(&it[before], DNP_K_YEAR_PREFIX, -1);
        dnp_langset ml = dnp_langs_of(&it[r], DNP_K_YEAR_MARK, -1);
        dnp_langset_and(&ml, &pl);
        if (dnp_langset_empty(&ml))
            mark = false;
    }
    bool whole = a->ndigits == 4 && a->start == e->content_start && a->end == e->content_end;
    if (!mark && !whole && !prefixed)
        return e->search ? page_year(e, it, n, i, c) : -1;
    /* asked last: the tests above turn most numbers away for less (issue 10) */
    if (!dnp_num_usable(e, it, n, i))
        return -1;
    c->year = (int)a->value;
    if (mark && has_kind(&it[r], DNP_K_ERA) && !has_kind(&it[r], DNP_K_YEAR_MARK)) {
        if (dnp_era_of(e, &it[r]) == 0)
            c->year = 1 - c->year; /* astronomical: 1 BC is year 0 */
    }
    c->prec = DN_PREC_YEAR;
    c->conf = mark || prefixed ? DNP_CONF_YEAR_MARKED : DNP_CONF_YEAR_ALONE;
    c->first = prefixed && !mark ? before : i, c->last = mark ? r : i;
    if (prefixed && !mark) {
        dnp_langset ls = dnp_langs_of(&it[before], DNP_K_YEAR_PREFIX, -1);
        c->lang = dnp_langset_pick(e->p, &ls);
    }
    if (mark) {
        dnp_langset ls = dnp_langs_of(&it[r], DNP_K_YEAR_MARK, -1);
        if (dnp_langset_empty(&ls))
            ls = dnp_langs_of(&it[r], DNP_K_ERA, -1);
        c->lang = dnp_langset_pick(e->p, &ls);
    }
    return c->last + 1;
}
