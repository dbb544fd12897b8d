/*
 * marks.c: numbers made date fields by CLDR's marks and prefixes.
 *
 * Dates whose month is a number made a name by words around it, all from CLDR patterns:
 *   2015年11月22日 (marks after), 2015년 11월 22일, 22 tháng 11, 2015 (a prefix before),
 *   ngày 8 tháng 1 năm 2015, 2015 оны 11-р сарын 22, 22 M11 2015, 22 ne 11-Kysã, 2015.
 * The month must be marked; the year and the day may be marked or bare (a bare year has
 * four digits, a bare day is the 1-2 digit number left).
 * Does not read: a month written as a bare number with no mark (numeric.c), a month name
 * (monthname.c).
 */
#include "engine.h"

/* The next item after a number that could mark it: skips spaces and one hyphen or dot
   ("11-р", "o.11"). */
static int mark_after(const item *it, int n, int k)
{
    int r = skip_space(it, n, k);
    if (r < n && (is_sep(&it[r], '-') || is_sep(&it[r], '.')) && r + 1 < n && it[r + 1].type == IT_WORD)
        r++;
    return r;
}

static bool in_range(const item *x, int lo, int hi, int maxdigits)
{
    return x->type == IT_NUM && x->ndigits <= maxdigits && x->value >= (uint64_t)lo &&
           x->value <= (uint64_t)hi;
}

int dnp_match_marks(const env *e, const item *it, int n, int i, cand *c)
{
    int y = -1, m = -1, d = -1, k = i, last = -1;
    int bare_y = -1, bare_d = -1; /* item indices of unmarked numbers */
    unsigned flags = 0;
    dnp_langset ls = {{0}};
    bool marked_ym = false;
    for (int steps = 0; steps < 12 && k < n; steps++) {
        const item *x = &it[k];
        if (x->type == IT_SEP) {
            if (x->tflags & DNP_TF_HARD)
                break;
            if (x->sep == ':' || x->sep == '/' || x->sep == '+')
                break;
            k++;
            continue;
        }
        if (x->type == IT_WORD) {
            /* a prefix and its number: tháng 11, năm 2015, ngày 8, M11, o.11 */
            int r = skip_space(it, n, k + 1);
            /* one punctuation mark may stand between: "o.11", Tibetan "ཟླ་༡༡" (tsheg) */
            if (r < n && it[r].type == IT_SEP && !is_space(&it[r]) && !(it[r].tflags & DNP_TF_HARD) &&
                it[r].sep != ':' && it[r].sep != '/')
                r = skip_space(it, n, r + 1);
            int kind = 0;
            if (has_kind(x, DNP_K_MONTH_PREFIX) && m < 0 && r < n && in_range(&it[r], 1, 12, 2))
                kind = DNP_K_MONTH_PREFIX, m = (int)it[r].value;
            else if (has_kind(x, DNP_K_YEAR_PREFIX) && y < 0 && r < n && it[r].type == IT_NUM &&
                     (it[r].ndigits == 4 || it[r].ndigits == 2))
                kind = DNP_K_YEAR_PREFIX,
                y = year_from_digits(e, it[r].value, it[r].ndigits, &flags);
            else if (has_kind(x, DNP_K_DAY_PREFIX) && d < 0 && r < n && in_range(&it[r], 1, 31, 2))
                kind = DNP_K_DAY_PREFIX, d = (int)it[r].value;
            if (kind) {
                dnp_langset l = langs_of(x, kind, -1);
                if (kind != DNP_K_DAY_PREFIX)
                    marked_ym = true;
                if (dnp_langset_empty(&ls))
                    ls = l;
                last = r;
                k = r + 1;
                continue;
            }
            if (has_kind(x, DNP_K_FILLER) || has_kind(x, DNP_K_WEEKDAY)) {
                if (has_kind(x, DNP_K_WEEKDAY) && !c->weekday)
                    for (uint32_t q = 0; q < x->nm; q++)
                        if (x->m[q].kind == DNP_K_WEEKDAY)
                            c->weekday = x->m[q].value;
                k++;
                continue;
            }
            break;
        }
        if (x->type != IT_NUM)
            break;
        int r = mark_after(it, n, k + 1);
        const item *w = r < n ? &it[r] : NULL;
        /* "22 M11": the word is the prefix of the month that follows, not a mark of 22 */
        if (w && has_kind(w, DNP_K_MONTH_PREFIX) && m < 0) {
            int q = r + 1;
            if (q < n && is_sep(&it[q], '.'))
                q++;
            q = skip_space(it, n, q);
            if (q < n && in_range(&it[q], 1, 12, 2))
                w = NULL;
        }
        if (w && has_kind(w, DNP_K_YEAR_MARK) && y < 0 && x->ndigits <= 4 && x->value > 0) {
            y = year_from_digits(e, x->value, x->ndigits, &flags);
            ls = langs_of(w, DNP_K_YEAR_MARK, -1);
            marked_ym = true;
        } else if (w && has_kind(w, DNP_K_MONTH_MARK) && m < 0 && in_range(x, 1, 12, 2)) {
            m = (int)x->value;
            ls = langs_of(w, DNP_K_MONTH_MARK, -1);
            marked_ym = true;
        } else if (w && has_kind(w, DNP_K_DAY_MARK) && d < 0 && in_range(x, 1, 31, 2)) {
            d = (int)x->value;
        } else {
            /* a bare number: a day before a month prefix ("22 tháng 11"), a four-digit
               year, or the day left after a marked month */
            if (k + 1 < n && is_sep(&it[k + 1], ':'))
                break;
            if (x->ndigits == 4 && y < 0 && bare_y < 0)
                bare_y = k;
            else if (in_range(x, 1, 31, 2) && d < 0 && bare_d < 0)
                bare_d = k;
            else
                break;
            last = k;
            k++;
            continue;
        }
        last = r;
        k = r + 1;
    }
    if (m < 0 || !marked_ym || last < 0)
        return -1;
    if (y < 0 && bare_y >= 0)
        y = (int)it[bare_y].value;
    if (d < 0 && bare_d >= 0)
        d = (int)it[bare_d].value;
    if (y < 0) {
        if (d < 0)
            return -1;
        y = e->now_year;
        flags |= DN_FLAG_YEAR_IMPLIED;
    }
    c->year = y, c->month = m;
    c->prec = DN_PREC_MONTH;
    if (d >= 0) {
        if (!valid_ymd(y, m, d))
            return -1;
        c->day = d, c->prec = DN_PREC_DAY;
    }
    /* the extent: from the first non-separator item to the last used */
    c->first = i;
    c->last = last;
    c->flags |= flags;
    c->conf = (flags & DN_FLAG_YEAR_IMPLIED) ? 0.7f : 0.9f;
    c->lang = dnp_langset_first(&ls);
    /* a time after it: "2015年11月22日 14:30", "2015년 11월 22일 오후 2시 30분" */
    if (c->prec == DN_PREC_DAY) {
        int q = last + 1;
        while (q < n && it[q].type == IT_SEP && !(it[q].tflags & DNP_TF_HARD))
            q++;
        /* a weekday between: 2015年11月22日星期日 14:30 */
        if (q < n && has_kind(&it[q], DNP_K_WEEKDAY)) {
            for (uint32_t r = 0; r < it[q].nm; r++)
                if (it[q].m[r].kind == DNP_K_WEEKDAY)
                    c->weekday = it[q].m[r].value;
            c->last = q;
            q++;
        }
        int r = dnp_time_after(e, it, n, q, c);
        if (r > 0)
            c->last = r - 1;
    }
    return c->last + 1;
}
