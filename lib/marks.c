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

#include <string.h>

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

/* The fields read so far: values (-1 = not yet), the last item used, unmarked numbers kept
   for later, and the languages of the marks. */
typedef struct {
    int y, m, d, last;
    int bare_y, bare_d; /* item indices of unmarked numbers */
    unsigned flags;
    dnp_langset ls;
    bool marked_ym;     /* the year or the month was marked */
    int y_digits;       /* the digits of a marked year */
    int wk;             /* the item of the weekday word passed over, or -1 */
} fields;

/* Whether the word at k may be a month prefix by its place: a prefix of one letter ("M" of
   Rombo's "M11", "o." of Yangben's "o.11") not glued to a number before it, where it is a
   unit ("12m2" square metres, "01m02" a duration), nor before a superscript digit. */
static bool prefix_in_place(const env *e, const item *it, int k)
{
    if (it[k].end - it[k].start != 1)
        return true;
    /* issue 10: nor before a superscript digit, a unit's exponent ("78 m², 3. Stack") */
    const unsigned char *a = (const unsigned char *)e->text + it[k].end;
    if (it[k].end + 1 < e->len && ((a[0] == 0xC2 && (a[1] == 0xB2 || a[1] == 0xB3 || a[1] == 0xB9)) ||
                                   (it[k].end + 2 < e->len && a[0] == 0xE2 && a[1] == 0x81 &&
                                    a[2] >= 0xB0 && a[2] <= 0xB9)))
        return false;
    return !(it[k].tflags & DNP_TF_ADJ) || k == 0 || it[k - 1].type != IT_NUM;
}

/* A word at k: a prefix and its number (tháng 11, năm 2015, ngày 8, M11, o.11), or a filler
   or weekday passed over. Returns the index after it, or -1 when the word ends the date. */
static int word_at(const env *e, const item *it, int n, int k, fields *f, cand *c)
{
    const item *x = &it[k];
    int r = skip_space(it, n, k + 1);
    /* one punctuation mark may stand between, touching both: "o.11", Tibetan "ཟླ་༡༡"
       (tsheg); not a separator between spaces ("Ana M · 2 hours ago", "J.M. 2 hours ago") */
    if (r < n && it[r].type == IT_SEP && !is_space(&it[r]) && !(it[r].tflags & DNP_TF_HARD) &&
        it[r].sep != ':' && it[r].sep != '/' && it[r].start == x->end && r + 1 < n &&
        it[r + 1].start == it[r].end)
        r = r + 1;
    int kind = 0;
    if (has_kind(x, DNP_K_MONTH_PREFIX) && f->m < 0 && r < n && in_range(&it[r], 1, 12, 2) &&
        prefix_in_place(e, it, k))
        kind = DNP_K_MONTH_PREFIX, f->m = (int)it[r].value;
    else if (has_kind(x, DNP_K_YEAR_PREFIX) && f->y < 0 && r < n && it[r].type == IT_NUM &&
             (it[r].ndigits == 4 || it[r].ndigits == 2))
        kind = DNP_K_YEAR_PREFIX,
        f->y = year_from_digits(e, it[r].value, it[r].ndigits, &f->flags);
    else if (has_kind(x, DNP_K_DAY_PREFIX) && f->d < 0 && r < n && in_range(&it[r], 1, 31, 2))
        kind = DNP_K_DAY_PREFIX, f->d = (int)it[r].value;
    if (kind) {
        dnp_langset l = dnp_langs_of(x, kind, -1);
        if (kind != DNP_K_DAY_PREFIX)
            f->marked_ym = true;
        if (dnp_langset_empty(&f->ls))
            f->ls = l;
        f->last = r;
        /* issue 10: the month prefix's number, a slash and the year, glued: Vietnamese
           "tháng 10/2026" (October 2026); not "tháng 10/2026/1" */
        if (kind == DNP_K_MONTH_PREFIX && f->y < 0 && r + 2 < n && is_sep(&it[r + 1], '/') &&
            it[r + 1].start == it[r].end && it[r + 2].type == IT_NUM &&
            it[r + 2].ndigits == 4 && it[r + 2].start == it[r + 1].end &&
            !(r + 3 < n && it[r + 3].start == it[r + 2].end && it[r + 3].type != IT_SEP) &&
            !(r + 4 < n && it[r + 3].start == it[r + 2].end && it[r + 3].type == IT_SEP &&
              (it[r + 3].sep == '/' || it[r + 3].sep == '-' || it[r + 3].sep == '.') &&
              it[r + 4].start == it[r + 3].end &&
              it[r + 4].type == IT_NUM)) {
            f->y = (int)it[r + 2].value;
            f->last = r + 2;
            return r + 3;
        }
        return r + 1;
    }
    if (has_kind(x, DNP_K_FILLER) || has_kind(x, DNP_K_WEEKDAY)) {
        /* b26fix: a risky weekday name (Azeri "C" of "10月31日，C919") only in brackets */
        bool bracketed = k > 0 && (is_sep(&it[k - 1], '(') || is_sep(&it[k - 1], 0xFF08));
        int wd = 0;
        for (uint32_t q = 0; q < x->nm; q++)
            if (x->m[q].kind == DNP_K_WEEKDAY && (bracketed || !(x->m[q].flags & DNP_MF_RISKY)))
                wd = x->m[q].value;
        if (!wd && !has_kind(x, DNP_K_FILLER))
            return -1;
        if (wd && !c->weekday)
            c->weekday = wd, f->wk = k;
        return k + 1;
    }
    return -1;
}

/* A number at k and the mark after it (2015年, 11월, 22日, 11-р), or a bare number kept for
   later: a day before a month prefix ("22 tháng 11"), a four-digit year, or the day left
   after a marked month. Returns the index after it, or -1 when the number ends the date. */
static int number_at(const env *e, const item *it, int n, int k, fields *f)
{
    const item *x = &it[k];
    int r = mark_after(it, n, k + 1);
    const item *w = r < n ? &it[r] : NULL;
    /* "22 M11": the word is the prefix of the month that follows, not a mark of 22 */
    if (w && has_kind(w, DNP_K_MONTH_PREFIX) && f->m < 0 && prefix_in_place(e, it, r)) {
        int q = r + 1;
        if (q < n && is_sep(&it[q], '.'))
            q++;
        q = skip_space(it, n, q);
        if (q < n && in_range(&it[q], 1, 12, 2))
            w = NULL;
    }
    if (w && has_kind(w, DNP_K_YEAR_MARK) && f->y < 0 && x->ndigits <= 4 && x->value > 0) {
        f->y = year_from_digits(e, x->value, x->ndigits, &f->flags);
        f->y_digits = x->ndigits;
        f->ls = dnp_langs_of(w, DNP_K_YEAR_MARK, -1);
        f->marked_ym = true;
    } else if (w && has_kind(w, DNP_K_MONTH_MARK) && f->m < 0 && in_range(x, 1, 12, 2)) {
        f->m = (int)x->value;
        f->ls = dnp_langs_of(w, DNP_K_MONTH_MARK, -1);
        f->marked_ym = true;
    } else if (w && has_kind(w, DNP_K_DAY_MARK) && f->d < 0 && in_range(x, 1, 31, 2)) {
        f->d = (int)x->value;
    } else {
        if (k + 1 < n && is_sep(&it[k + 1], ':'))
            return -1;
        /* b21fix: a second month, its mark glued to it, ends the date: "6월과 9월" (June and
           September) is no 9 June of a Monday (Korean 월 and Japanese 月 are also a short
           Monday) */
        if (w && w->start == x->end && has_kind(w, DNP_K_MONTH_MARK) && in_range(x, 1, 12, 2))
            return -1;
        if (x->ndigits == 4 && f->y < 0 && f->bare_y < 0)
            f->bare_y = k;
        else if (in_range(x, 1, 31, 2) && f->d < 0 && f->bare_d < 0)
            f->bare_d = k;
        else
            return -1;
        f->last = k;
        return k + 1;
    }
    f->last = r;
    return r + 1;
}

/* After a date with a day: a weekday ("2015年11月22日星期日 14:30") and a time ("2015年11月22日
   14:30", "2015년 11월 22일 오후 2시 30분"). */
static void weekday_and_time(const env *e, const item *it, int n, cand *c)
{
    int q = c->last + 1;
    while (q < n && it[q].type == IT_SEP && !(it[q].tflags & DNP_TF_HARD))
        q++;
    /* b26fix: a weekday name that is risky (a one-letter abbreviation, a common word: Azeri
       "C" of "10月31日，C919") only in brackets */
    bool bracketed = q > 0 && q < n && (is_sep(&it[q - 1], '(') || is_sep(&it[q - 1], 0xFF08));
    int wd = 0;
    if (q < n && has_kind(&it[q], DNP_K_WEEKDAY))
        for (uint32_t r = 0; r < it[q].nm; r++)
            if (it[q].m[r].kind == DNP_K_WEEKDAY &&
                (bracketed || !(it[q].m[r].flags & DNP_MF_RISKY)))
                wd = it[q].m[r].value;
    if (wd) {
        c->weekday = wd;
        c->last = q;
        /* issue 10: its brackets closed ("12月8日(火)"), when no time may follow them: a
           time read after them ends the date itself, and a span of hours ("12月8日(火)
           1:00〜5:00") is left as it was, the date before the bracket, since pages disagree
           whether its hours are the date's (tests/pages b8, b12, b19: the first; b10, b11:
           none) */
        /* b21fix: a holiday's word after the weekday, a middle dot between ("11月23日(月・祝)
           23:59", Monday, a public holiday: locales/ja.txt's fillers) */
        int close = q + 1;
        if (close + 2 < n && is_sep(&it[close], 0x30FB) && it[close + 1].type == IT_WORD &&
            only_kind(&it[close + 1], DNP_K_FILLER))
            close += 2;
        if (close < n && q > 0 && it[close].type == IT_SEP && it[q - 1].type == IT_SEP &&
            ((it[q - 1].sep == '(' && it[close].sep == ')') ||
             (it[q - 1].sep == 0xFF08 && it[close].sep == 0xFF09))) {
            int after = skip_space(it, n, close + 1);
            if (after < n && it[after].type == IT_SEP && !(it[after].tflags & DNP_TF_HARD))
                after = skip_space(it, n, after + 1); /* "12月9日（水）、14:00" */
            if (after >= n || !(it[after].type == IT_NUM || has_kind(&it[after], DNP_K_AMPM) ||
                                has_kind(&it[after], DNP_K_DAY_PERIOD)))
                c->last = close;
            q = close; /* (dnp_time_after passes the bracket after a weekday only) */
        }
        q++;
    }
    int r = dnp_time_after(e, it, n, q, c);
    if (r > 0)
        c->last = r - 1;
}

/* Numbers with CLDR marks at i: 2015年11月22日, 2015년 11월 22일, 11月22日 (the reference's year),
   22 tháng 11, 2015, ngày 8 tháng 1 năm 2015, 2015 оны 11-р сарын 22, 22 M11 2015,
   2015年11月 (no day); a weekday and a time after a day. The month must be marked. */
/* Whether a month's mark or prefix stands before the first item that ends the scan of
   dnp_match_marks from i: an ISO letter, or a word of none of the kinds it reads or passes
   over (word_at gives -1 at it; no step leaps over a word but the mark after a number).
   Without one there is no month (f.m), and no date here. */
static bool month_mark_ahead(const item *it, int n, int i)
{
    const uint32_t month = (1u << DNP_K_MONTH_MARK) | (1u << DNP_K_MONTH_PREFIX);
    const uint32_t pass = (1u << DNP_K_FILLER) | (1u << DNP_K_WEEKDAY) |
                          (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX) |
                          (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_DAY_MARK);
    for (int k = i; k < n && it[k].type != IT_GEN; k++) {
        if (it[k].type != IT_WORD)
            continue;
        if (it[k].kinds & month)
            return true;
        if (!(it[k].kinds & pass))
            return false;
    }
    return false;
}

/* issue 10: a day alone with its mark in running text, as Chinese, Japanese and Korean
   pages write a day of a month they gave before: "28日（土）", "27日夜间至29日", "28日08时",
   "28일(토)". The mark glued to the number, nothing glued before the number but CJK text
   or a filler; after the mark: the end, a separator (a bracket, a comma, a link), a day
   period or am/pm word, or a time glued to it ("28日08时"); not a count ("3日間", "1日3回",
   "5일 동안": an unknown word or a number that is no time after it). The month is left to
   page.c (DNP_FLAG_PAGE_DAY_ALONE; DNP_FLAG_PAGE_DAY_PROVED when a day period or a clock
   time after it says it is a day, not a count: "残り1日"); a time is the day's only when glued to it: "29日（日）
   11:20　14:00" is a programme's day, then its show times. */
static DNP_RARE int day_alone(const env *e, const item *it, int n, int i, cand *c);

/* Whether the word t (read up to pos) begins a day period or am/pm word: itself, or with
   the CJK characters glued after it, each a token ("夜间": "夜" + "间"). */
static bool period_at(const env *e, const dnp_token *t, size_t pos)
{
    const uint32_t want = (1u << DNP_K_DAY_PERIOD) | (1u << DNP_K_AMPM);
    if (t->flags & DNP_TF_LONG)
        return false;
    char key[DNP_WORD_MAX];
    size_t len = t->flen, end = t->end;
    memcpy(key, t->fold, len);
    for (int chars = 1;; chars++) {
        const dnp_lex_key *k = dnp_lex_find(key, len);
        if (k && (k->kinds & want))
            return true;
        dnp_token u;
        if (chars == 4 || !(t->flags & DNP_TF_CJK) || !dnp_next_token(e->text, e->len, &pos, &u) ||
            u.kind != DNP_TK_WORD || !(u.flags & DNP_TF_CJK) || u.start != end ||
            len + u.flen > sizeof key)
            return false;
        memcpy(key + len, u.fold, u.flen);
        len += u.flen, end = u.end;
    }
}

/* b21fix: the direction a word right before a day alone gives it (DNP_CUE_DAY_PAST: -1,
   DNP_CUE_DAY_NEXT: 1; locales/ day_past, day_next: Korean "지난 19일", "오는 30일") in one of
   the languages ls of its mark, one blank between; 0 for none. */
static int day_cue_before(const env *e, size_t at, const dnp_langset *ls)
{
    const unsigned char *s = (const unsigned char *)e->text;
    if (at < 2 || s[at - 1] != ' ')
        return 0;
    size_t w = at - 1;
    while (w > 0 && at - 1 - w < DNP_WORD_MAX && (s[w - 1] >= 0x80 || ((s[w - 1] | 0x20) >= 'a' &&
                                                                      (s[w - 1] | 0x20) <= 'z')))
        w--;
    dnp_token t;
    if (w == at - 1 || !dnp_next_token(e->text, at - 1, &w, &t) || t.kind != DNP_TK_WORD ||
        t.end != at - 1 || (t.flags & DNP_TF_LONG))
        return 0;
    const dnp_lex_key *k = dnp_lex_find_cue(t.fold, t.flen);
    const dnp_meaning *m = k ? &dnp_lex_meanings[k->meaning] : NULL;
    for (uint32_t q = 0; m && q < k->nmeaning; q++)
        if (m[q].kind == DNP_K_WEEKDAY_CUE && dnp_langset_has(ls, m[q].lang) &&
            (m[q].value == DNP_CUE_DAY_PAST || m[q].value == DNP_CUE_DAY_NEXT))
            return m[q].value == DNP_CUE_DAY_PAST ? -1 : 1;
    return 0;
}

static DNP_RARE int day_alone(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (!in_range(x, 1, 31, 2) || i + 1 >= n || it[i + 1].type != IT_WORD ||
        it[i + 1].start != x->end || !has_kind(&it[i + 1], DNP_K_DAY_MARK))
        return -1;
    const unsigned char *s = (const unsigned char *)e->text;
    /* a CJK mark: three bytes of a CJK, kana or Hangul block */
    if (it[i + 1].end - it[i + 1].start != 3 || s[it[i + 1].start] < 0xE3 || s[it[i + 1].start] > 0xED)
        return -1;
    if (x->start > 0) {
        unsigned char b = s[x->start - 1];
        if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '/' ||
            b == '-' || b == '.' || b == ':' || b == '+')
            return -1;
    }
    if (i > 0 && it[i - 1].end == x->start && it[i - 1].type == IT_WORD &&
        !only_kind(&it[i - 1], DNP_K_FILLER))
        return -1; /* "11月28日" read otherwise, "前3日" */
    dnp_langset ls = dnp_langs_of(&it[i + 1], DNP_K_DAY_MARK, -1);
    int dir = day_cue_before(e, x->start, &ls);
    /* what follows the mark, from the text: the cluster may end at it */
    size_t pos = it[i + 1].end;
    dnp_token t;
    bool glued_num = false, period = false;
    if (dnp_next_token(e->text, e->len, &pos, &t)) {
        if (t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) && !(t.flags & DNP_TF_NEWLINE) &&
            !dnp_next_token(e->text, e->len, &pos, &t))
            t.kind = DNP_TK_SEP, t.flags = DNP_TF_NEWLINE;
        if (t.kind == DNP_TK_NUM)
            glued_num = t.start == it[i + 1].end;
        if (t.kind == DNP_TK_NUM && !glued_num)
            return -1;
        if (t.kind == DNP_TK_WORD && !(period = period_at(e, &t, pos))) {
            /* after a word that says which day it is, any word but one that makes the
               number a count ("지난 5일 동안", during the last five days: not_date) */
            const dnp_lex_key *k = dir && !(t.flags & DNP_TF_LONG) ? dnp_lex_find(t.fold, t.flen) : NULL;
            if (!dir || (k && (k->kinds & (1u << DNP_K_NOT_DATE))))
                return -1;
        }
    }
    if (dir) {
        /* that day of the reference's month, or of the month before (after) it when the
           reference is before (after) that day of its month */
        int y = e->now_year, m = e->now_month, d = (int)x->value;
        if (dir < 0 && d > e->now_day && --m == 0)
            m = 12, y--;
        if (dir > 0 && d < e->now_day && ++m == 13)
            m = 1, y++;
        if (d > dnp_days_in_month(y, m))
            return -1;
        c->year = y, c->month = m, c->day = d;
        c->prec = DN_PREC_DAY;
        c->first = i, c->last = i + 1;
        c->flags |= DN_FLAG_RELATIVE;
        c->conf = DNP_CONF_PAGE_DAY_ALONE;
        c->lang = dnp_langset_pick(e->p, &ls);
        return c->last + 1;
    }
    c->year = e->now_year, c->month = 1, c->day = (int)x->value;
    c->prec = DN_PREC_DAY;
    c->first = i, c->last = i + 1;
    c->flags |= DN_FLAG_YEAR_IMPLIED | DNP_FLAG_PAGE_DAY_ALONE |
                (period || glued_num ? DNP_FLAG_PAGE_DAY_PROVED : 0);
    c->conf = DNP_CONF_PAGE_DAY_ALONE;
    c->lang = dnp_langset_pick(e->p, &ls);
    /* a day period after it widens the span ("28日早晨"); a time only glued */
    int q = i + 2;
    if (period) {
        /* its time after am/pm ("28일(토) 오후 2시" has its weekday first: no period here) */
        int r = dnp_time_after(e, it, n, q, c);
        if (r > 0 && c->has_time)
            c->last = r - 1;
        else if (q < n && it[q].type == IT_WORD && it[q].start == it[i + 1].end &&
                 (it[q].kinds & ((1u << DNP_K_DAY_PERIOD) | (1u << DNP_K_AMPM))))
            c->last = q;
    } else if (glued_num) {
        /* a clock time glued: the day's ("28日08时"), or the first of a span of hours the
           time's reader leaves to page.c ("28日08时至20时"); any other number, a count */
        int r = dnp_time_after(e, it, n, i + 2, c), mins;
        if (r > 0 && c->has_time)
            c->last = r - 1;
        else if (!dnp_clock_text(e, it[i + 1].end, e->len, &mins))
            return -1;
    }
    return c->last + 1;
}

int dnp_match_marks(const env *e, const item *it, int n, int i, cand *c)
{
    /* issue 10: most numbers and fillers of a page have no month mark after them */
    if (!month_mark_ahead(it, n, i))
        return e->search && it[i].type == IT_NUM ? day_alone(e, it, n, i, c) : -1;
    fields f = {.y = -1, .m = -1, .d = -1, .last = -1, .bare_y = -1, .bare_d = -1, .wk = -1};
    int k = i;
    for (int steps = 0; steps < 12 && k < n; steps++) {
        const item *x = &it[k];
        if (x->type == IT_SEP) {
            /* issue 10: a tilde parts a range's two dates ("12月29日（火）～2027年1月4日") */
            if ((x->tflags & DNP_TF_HARD) || x->sep == ':' || x->sep == '/' || x->sep == '+' ||
                x->sep == '~' || x->sep == 0x301C)
                break;
            k++;
        } else if (x->type == IT_WORD)
            k = word_at(e, it, n, k, &f, c);
        else if (x->type == IT_NUM)
            k = number_at(e, it, n, k, &f);
        else
            break;
        if (k < 0)
            break;
    }
    if (f.m < 0 || !f.marked_ym || f.last < 0)
        return -1;
    /* b33as: a word that begins the date as a weekday of no language of its marks is a word
       of the sentence ("lượt tải ngày 2 tháng 9 năm 2022": "tải" folds to Maori "tai",
       Thursday): no date from here, the scan reads it from the next item */
    if (f.wk == i && !has_kind(&it[i], DNP_K_FILLER)) {
        dnp_langset wl = dnp_langs_of(&it[i], DNP_K_WEEKDAY, c->weekday);
        dnp_langset_and(&wl, &f.ls);
        if (dnp_langset_empty(&wl)) {
            c->weekday = 0;
            return -1;
        }
    }
    int y = f.y, m = f.m, d = f.d;
    /* a marked year of three digits ("115年12月1日") is no year of today's web in the
       Gregorian calendar: Taiwan's ROC year, which its era (民國115年, calendar.c) or a
       calendar option reads; without them nothing, not the year 115. In running text the
       page may say so (a date of the page written with the era): read in that calendar,
       flagged for page.c to keep or drop (DNP_FLAG_PAGE_CAL) */
    bool roc = false;
    if (f.y_digits == 3 && !e->p->calendar) {
        if (!e->search || !(y = dnp_roc_year(y))) {
            c->first = i, c->last = f.last;
            return NO_DATE_HERE;
        }
        f.flags |= DNP_FLAG_PAGE_CAL;
        roc = true;
    }
    if (y < 0 && f.bare_y >= 0)
        y = (int)it[f.bare_y].value;
    if (d < 0 && f.bare_d >= 0)
        d = (int)it[f.bare_d].value;
    if (y < 0) {
        /* issue 10: a marked month alone in running text ("會在 12 月推出"): page.c keeps
           it on a page in the mark's language */
        if (d < 0 && !e->search)
            return -1;
        if (d < 0)
            f.flags |= DNP_FLAG_PAGE_MONTH_ALONE;
        y = e->now_year;
        f.flags |= DN_FLAG_YEAR_IMPLIED;
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
    c->last = f.last;
    c->flags |= f.flags;
    c->conf = (f.flags & DN_FLAG_YEAR_IMPLIED) ? DNP_CONF_MARKS_NO_YEAR : DNP_CONF_MARKS;
    if (roc) {
        c->calendar = DN_CAL_ROC;
        if (c->conf > DNP_CONF_CALENDAR_CONTEXT)
            c->conf = DNP_CONF_CALENDAR_CONTEXT;
    }
    c->lang = dnp_langset_pick(e->p, &f.ls);
    if (c->prec == DN_PREC_DAY)
        weekday_and_time(e, it, n, c);
    return c->last + 1;
}
