/*
 * calendar.c: dates in a calendar other than the Gregorian that a word names (issue 11).
 * Reads a window around an era or year marker, or a month name of one calendar:
 *   an era or year marker   平成27年11月22日, 令和元年5月1日, 令和5年10月 (-> 2023-10),
 *                           民國104年11月22日, 民國104/11/22, 22 พ.ย. พ.ศ. 2558, พ.ศ. 2558,
 *                           November 22, 27 Heisei, ١١‏/٢‏/١٤٣٧ هـ, AP ۱۳۹۴-۰۹-۰۱, H27/11/22
 *                           (a one-letter era: under a Japanese calendar hint only)
 *   a month of one calendar ۱ آذر ۱۳۹۴, ۱۳۹۴ آذر ۱, یکشنبه, ١٠ صفر ١٤٣٧ هـ, 10 Kislev 5776,
 *                           10 בכסלו 5776, Azar 1, 1394 AP, AP ۱۳۹۴ Azar ۱, صفر ١٤٣٧ هـ
 *   numbers in letters      י׳ בכסלו תשע״ו (Hebrew numerals), 平成二十七年十一月二十二日 (kanji)
 *   three numbers           ۱۳۹۴/۲/۳۱ under a hint's or option's calendar with months of
 *                           its own, when the year is no Gregorian date's
 * with a weekday and a time around it. The fields: a year (marked, next to the era, or of
 * three digits or more), a month (the name, a marked number, or of three numbers the one
 * the year's place and the hint's order give), a day (marked, or the 1-2 digit number left).
 * A month word settles the calendar alone only when it is no Gregorian month anywhere and no
 * other word ("mar", Amharic መስከረም, kea "ter" do not), unless a year no Gregorian date has
 * stands beside it (14 Nisan 5784). calconv.c converts.
 * A day and month without a year (۷ آذر) take the calendar year the README's rule gives ("Relative expressions").
 * Not read: the Chinese and Dangi calendars, a calendar month without a day or year, dates outside
 * 1800..2200 in the calendars whose months are their own.
 */
#include "engine.h"

#include <string.h>

#include <unicode/utf8.h>

/* ---- the reader ---------------------------------------------------------------------------- */

typedef struct {
    int idx, end;  /* the number's item, and its mark's */
    int value, ndigits;
    bool ymark, mmark, dmark, used;
} calnum;

typedef struct {
    calnum nums[6];
    int nn;
    int calm, calm_value;   /* a calendar's month word and its meaning */
    int gmon;               /* a Gregorian month word */
    int era, era_value;     /* an era word and its meaning (dnp_cal_eras index) */
    int first_year;         /* the word of an era's first year (元) */
    int weekday, wk_item;
    int end;
} calwin;

/* The meaning of kind `kind` of word w that fits calendar family `fam` (-1: any), preferring
   the parser's calendar, then the meaning most languages give. Risky meanings (one-letter
   eras: "H") count only under a hint of their calendar. -1 when none. One pass, and a
   second one only when the meanings disagree ("am" has hundreds of meanings). */
static int pick(const env *e, const item *w, int kind, int fam)
{
    int first = -1;
    bool several = false;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (m->kind != kind)
            continue;
        int v = m->value;
        int cal = kind == DNP_K_CAL_MONTH ? DNP_CALM_CAL(v)
                  : v == DNP_CAL_FIRST_YEAR ? -1 : dnp_cal_eras[v].cal;
        if (cal < 0)
            return v;
        if (fam >= 0 && dnp_cal_family(cal) != fam)
            continue;
        bool mine = e->p->calendar && dnp_cal_family(e->p->calendar) == dnp_cal_family(cal);
        if ((m->flags & DNP_MF_RISKY) && !mine)
            continue;
        if (first < 0)
            first = v;
        else if (v != first)
            several = true;
    }
    if (!several)
        return first;
    /* b29fix: of as many languages, the meaning of the most people's ("جمادی الثانی":
       Urdu's Hijri month, Kashmiri's Indian one in ICU's data) */
    uint16_t count[256];
    double speakers[256];
    memset(count, 0, sizeof count);
    memset(speakers, 0, sizeof speakers);
    int best = -1, best_n = -1;
    double best_s = -1;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (m->kind != kind)
            continue;
        int v = m->value;
        int cal = kind == DNP_K_CAL_MONTH ? DNP_CALM_CAL(v) : dnp_cal_eras[v].cal;
        if (fam >= 0 && dnp_cal_family(cal) != fam)
            continue;
        bool mine = e->p->calendar && dnp_cal_family(e->p->calendar) == dnp_cal_family(cal);
        if ((m->flags & DNP_MF_RISKY) && !mine)
            continue;
        count[v]++;
        speakers[v] += dnp_speakers_k(m->lang);
        int n = count[v] + (mine ? 10000 : 0);
        if (n > best_n || (n == best_n && speakers[v] > best_s))
            best_n = n, best = v, best_s = speakers[v];
    }
    return best;
}

/* A calendar word that writes a number in letters (DNP_CALM_NUMERAL: Hebrew numerals). */
static bool numeral_word(const item *x)
{
    if (!(x->kinds & (1u << DNP_K_CAL_MONTH)))
        return false;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_CAL_MONTH)
            return DNP_CALM_MONTH(x->m[q].value) == DNP_CALM_NUMERAL;
    return false;
}

/* The value of a Hebrew numeral: the sum of its letters (א 1 .. ת 400; final forms as their
   letters), geresh and gershayim skipped. */
static int gematria(const env *e, const item *x)
{
    static const uint16_t val[27] = { /* U+05D0 .. U+05EA */
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90,
        100, 200, 300, 400 };
    int sum = 0;
    size_t i = x->start;
    while (i < x->end) {
        UChar32 c = dnp_utf8_next(e->text, x->end, &i);
        if (c >= 0x5D0 && c <= 0x5EA)
            sum += val[c - 0x5D0];
    }
    return sum;
}

/* The value of a kanji numeral (二十七 27, 十一 11, 三十 30): digits 〇..九, tens 十,
   hundreds 百. */
static int kanji_value(const env *e, const item *x)
{
    static const struct {
        UChar32 c;
        int v;
    } digits[] = { { 0x3007, 0 }, { 0x4E00, 1 }, { 0x4E8C, 2 }, { 0x4E09, 3 }, { 0x56DB, 4 },
                   { 0x4E94, 5 }, { 0x516D, 6 }, { 0x4E03, 7 }, { 0x516B, 8 }, { 0x4E5D, 9 },
                   { 0x5341, -10 }, { 0x767E, -100 } };
    int total = 0, cur = -1;
    size_t i = x->start;
    while (i < x->end) {
        UChar32 c = dnp_utf8_next(e->text, x->end, &i);
        int v = -1000;
        for (size_t q = 0; q < sizeof digits / sizeof digits[0]; q++)
            if (digits[q].c == c)
                v = digits[q].v;
        if (v == -1000)
            return -1;
        if (v >= 0)
            cur = v;
        else {
            total += (cur > 0 ? cur : 1) * -v;
            cur = -1;
        }
    }
    return total + (cur > 0 ? cur : 0);
}

/* The mark after the number (or numeral) at k: 年/월/日, Russian г, an ordinal suffix
   when `ordinal`; sets c's mark and end, returns the last item read. */
static int read_mark(const item *it, int n, int k, calnum *c, bool ordinal)
{
    int r = skip_space(it, n, k + 1);
    if (r >= n)
        return k;
    bool y = has_kind(&it[r], DNP_K_YEAR_MARK), m = has_kind(&it[r], DNP_K_MONTH_MARK);
    bool d = has_kind(&it[r], DNP_K_DAY_MARK) || (ordinal && has_kind(&it[r], DNP_K_ORDINAL));
    if (!y && !m && !d)
        return k;
    c->ymark = y, c->mmark = !y && m, c->dmark = !y && !m;
    c->end = r;
    return r;
}

/* rangeyear: whether word x is an era of another calendar by a locales/ cal_era line. */
static bool supplement_era(const item *x)
{
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_CAL_ERA && (x->m[q].flags & DNP_MF_SUPPLEMENT))
            return true;
    return false;
}

/* The window from i: numbers (with their marks), the calendar words, a weekday. */
static void collect(const env *e, const item *it, int n, int i, calwin *w)
{
    memset(w, 0, sizeof *w);
    w->calm = w->gmon = w->era = w->first_year = w->wk_item = -1;
    int k = i;
    for (; k < n && k < i + 16; k++) {
        const item *x = &it[k];
        if (x->type == IT_SEP) {
            /* (b28fix: nor a field's mark: a page's fields are other dates) */
            if ((x->tflags & DNP_TF_HARD) || dnp_field_mark(x->sep))
                break;
            continue;
        }
        if (x->type == IT_GEN)
            break;
        if (x->type == IT_NUM) {
            /* a time's numbers are the time's */
            if ((k + 1 < n && is_sep(&it[k + 1], ':')) || (k > 0 && is_sep(&it[k - 1], ':')))
                break;
            if (w->nn == 6 || x->ndigits > 4 || !dnp_num_usable_cal(e, it, n, k))
                break;
            calnum *c = &w->nums[w->nn++];
            *c = (calnum){ k, k, (int)x->value, x->ndigits, false, false, false, false };
            k = read_mark(it, n, k, c, true);
            /* rangeyear: a year mark that locales/ says is an era of a calendar too names
               it (Amharic "ዓ.ም": "10/03/2019 ዓ.ም" is Ethiopian); not one that only ICU's
               era names make one (Bengali "সাল", year, is the Saka era's name too; "r",
               "m": one letter) */
            if (c->ymark && w->era < 0 && (it[k].kinds & (1u << DNP_K_CAL_ERA)) &&
                it[k].end - it[k].start > 1 && supplement_era(&it[k]))
                w->era = k;
            continue;
        }
        if (x->type != IT_WORD)
            break;
        if ((x->kinds & (1u << DNP_K_CAL_ERA)) && w->first_year < 0 && w->nn < 6) {
            int r = skip_space(it, n, k + 1);
            if (r < n && has_kind(&it[r], DNP_K_YEAR_MARK) &&
                pick(e, x, DNP_K_CAL_ERA, -1) == DNP_CAL_FIRST_YEAR) {
                w->first_year = k;
                w->nums[w->nn++] = (calnum){ k, r, 1, 1, true, false, false, false };
                k = r;
                continue;
            }
        }
        if (numeral_word(x) && w->nn < 6) {
            size_t b = x->start;
            UChar32 c0 = dnp_utf8_next(e->text, x->end, &b);
            calnum *c = &w->nums[w->nn];
            if (c0 >= 0x5D0 && c0 <= 0x5EA) {
                /* a Hebrew year in letters leaves out its thousands: תשע״ו is (5)776 */
                int v = gematria(e, x);
                bool year = v >= 100;
                *c = (calnum){ k, k, year ? v + 5000 : v, year ? 4 : 2, false, false, false,
                               false };
            } else {
                int v = kanji_value(e, x);
                if (v <= 0)
                    break;
                *c = (calnum){ k, k, v, v >= 100 ? 3 : 2, false, false, false, false };
            }
            w->nn++;
            k = read_mark(it, n, k, c, false);
            continue;
        }
        /* which meaning, and whether any fits, is asked once the window holds a year */
        if ((x->kinds & (1u << DNP_K_CAL_ERA)) && w->era < 0) {
            w->era = k;
            continue;
        }
        if ((x->kinds & (1u << DNP_K_CAL_MONTH)) && w->calm < 0) {
            w->calm = k;
            /* also a Gregorian month (zh 十一月 names Coptic and Indian months too): the
               era decides which */
            if ((x->kinds & (1u << DNP_K_MONTH)) && w->gmon < 0)
                w->gmon = k;
            continue;
        }
        if ((x->kinds & (1u << DNP_K_MONTH)) && w->gmon < 0 && w->calm < 0) {
            w->gmon = k;
            continue;
        }
        /* a weekday; a later one replaces a word that is also something else (ja 日 in
           "更新日：令和5年10月3日（火）" is the day mark of "update day") */
        if ((x->kinds & (1u << DNP_K_WEEKDAY)) &&
            (!w->weekday || !only_kind(&it[w->wk_item], DNP_K_WEEKDAY))) {
            for (uint32_t q = 0; q < x->nm; q++)
                if (x->m[q].kind == DNP_K_WEEKDAY) {
                    w->weekday = x->m[q].value;
                    break;
                }
            w->wk_item = k;
            continue;
        }
        if (x->kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_YEAR_PREFIX)))
            continue;
        break;
    }
    w->end = k;
}

/* Whether items a and b stand next to each other, with only spaces or dots between. */
static bool next_to(const item *it, int a, int b)
{
    if (a > b) {
        int t = a;
        a = b, b = t;
    }
    for (int k = a + 1; k < b; k++)
        if (it[k].type != IT_SEP || !(is_space(&it[k]) || it[k].sep == '.' || it[k].sep == ','))
            return false;
    return true;
}

/* Whether a mark of the window's numbers (a year or day mark: Amharic "ቀን", "ዓ.ም.") is of
   a language that names month word m as a month of another calendar and none that names it
   as a Gregorian month. */
static bool marks_own(const item *it, const calwin *w, const item *m)
{
    int q = 0;
    while (q < w->nn && !w->nums[q].ymark && !w->nums[q].dmark)
        q++;
    if (q == w->nn)
        return false; /* the common case, before any language set is read */
    dnp_langset cal = dnp_langs_of(m, DNP_K_CAL_MONTH, -1), greg = dnp_langs_of(m, DNP_K_MONTH, -1);
    for (; q < w->nn; q++) {
        if (!w->nums[q].ymark && !w->nums[q].dmark)
            continue;
        const item *k = &it[w->nums[q].end];
        dnp_langset a = dnp_langs_of(k, w->nums[q].ymark ? DNP_K_YEAR_MARK : DNP_K_DAY_MARK, -1),
                    b = a;
        dnp_langset_and(&a, &cal);
        dnp_langset_and(&b, &greg);
        if (!dnp_langset_empty(&a) && dnp_langset_empty(&b))
            return true;
    }
    return false;
}

/* wrong21: whether year y of era table entry `era` lies more than DNP_CAL_ERA_OVERRUN years
   past the end of its era, which a later era of its calendar ended (平成115年: Heisei ended in
   2019, the year 31). The current era has no end here. */
static bool era_overrun(int era, int y)
{
    const dnp_cal_era *er = &dnp_cal_eras[era];
    if (!er->dir)
        return false;
    int end = 0; /* the Gregorian year the next era began */
    for (int i = 0; i < dnp_ncal_eras; i++) {
        const dnp_cal_era *o = &dnp_cal_eras[i];
        if (o->cal == er->cal && o->dir && o->first_year > er->first_year &&
            (!end || o->first_year < end))
            end = o->first_year;
    }
    return end && er->first_year + y - 1 > end + DNP_CAL_ERA_OVERRUN;
}

/* The number read as the year: a marked one, one next to the era, else one of three or four
   digits. -1 when none. */
static int find_year(const item *it, calwin *w, bool small_years)
{
    for (int q = 0; q < w->nn; q++)
        if (w->nums[q].ymark)
            return q;
    if (w->era >= 0)
        for (int q = 0; q < w->nn; q++)
            if ((w->nums[q].ndigits >= 3 || small_years) && !w->nums[q].mmark &&
                !w->nums[q].dmark && next_to(it, w->nums[q].end, w->era))
                return q;
    for (int q = 0; q < w->nn; q++)
        if (w->nums[q].ndigits >= 3 && !w->nums[q].mmark && !w->nums[q].dmark)
            return q;
    return -1;
}

/* Whether the numbers are written with another script's digits (or bidi marks stand among
   them): Arabic, Persian and Hebrew pages write the day first. */
static bool native_digits(const env *e, const item *it, const calwin *w)
{
    if (w->nn == 0)
        return false;
    for (uint32_t q = it[w->nums[0].idx].start; q < it[w->nums[w->nn - 1].idx].end; q++)
        if ((unsigned char)e->text[q] >= 0x80)
            return true;
    return false;
}

/* rangeyear: the numeric order (DNP_ORD_DMY or _MDY) every language of the era word of the
   window writes (CLDR's short pattern) with the meaning `era` (Amharic "ዓ.ም": day first),
   or DNP_ORD_NONE when they differ or there is none. */
static int era_order(const item *it, const calwin *w, int era)
{
    if (w->era < 0 || era < 0)
        return DNP_ORD_NONE;
    const item *x = &it[w->era];
    int order = DNP_ORD_NONE;
    for (uint32_t q = 0; q < x->nm; q++) {
        if (x->m[q].kind != DNP_K_CAL_ERA || x->m[q].value != era)
            continue;
        int o = dnp_langs[x->m[q].lang].short_order;
        if ((o != DNP_ORD_DMY && o != DNP_ORD_MDY) || (order && o != order))
            return DNP_ORD_NONE;
        order = o;
    }
    return order;
}

/* The language of a date's calendar word: a hinted one, else one whose locales use that
   calendar (fa for آذر, which Arabic locales also name), else the most spoken. */
static int choose_language(const env *e, const item *w, int cal)
{
    int best = -1;
    double best_score = -1;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (m->kind != DNP_K_CAL_MONTH && m->kind != DNP_K_CAL_ERA && m->kind != DNP_K_MONTH)
            continue;
        bool own = dnp_cal_family(dnp_lang_calendar(m->lang)) == dnp_cal_family(cal) &&
                   dnp_cal_family(cal) != DN_CAL_GREGORIAN;
        double score = dnp_lang_pref(dnp_speakers_k(m->lang),
                                     e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang),
                                     own);
        if (score > best_score)
            best_score = score, best = m->lang;
    }
    return best;
}

static bool marks_own(const item *it, const calwin *w, const item *m);

/* A month word that is also a Gregorian month, no calendar hint, no year a Gregorian date
   lacks and no mark of the other calendar's language (marks_own): no date of another
   calendar (read before any meaning is). */
static bool gregorian_month_alone(const env *e, const item *it, const calwin *w)
{
    if (w->calm < 0 || e->p->calendar || !(it[w->calm].kinds & (1u << DNP_K_MONTH)))
        return false;
    for (int q = 0; q < w->nn; q++)
        if (w->nums[q].ndigits >= 3 && !dnp_cal_plausible(w->nums[q].value))
            return false;
    return !marks_own(it, w, &it[w->calm]);
}

/* issue 10: a day and a month of a calendar of months of its own without a year ("۷ آذر",
   "روز شنبه ۷ آذر"): the day number next to the month word, in the calendar year that puts
   it where the README's rule puts a Gregorian day and month without a year (at most three months
   after the reference, and less than a year before that). */
static int yearless(const env *e, const item *it, int n, const calwin *w, int cal, cand *c)
{
    int dq = -1;
    for (int q = 0; q < w->nn; q++)
        if (w->nums[q].ndigits <= 2 && w->nums[q].value >= 1 && w->nums[q].value <= 31 &&
            !w->nums[q].ymark && !w->nums[q].mmark && next_to(it, w->nums[q].idx, w->calm)) {
            if (dq >= 0)
                return -1; /* "۷ آذر ۸": which is the day? */
            dq = q;
        }
    int y0 = dnp_cal_year_of(cal, e->now_days);
    if (dq < 0 || !y0)
        return -1;
    int yr = e->now_year, mo = e->now_month, dy = e->now_day;
    dnp_add_months(&yr, &mo, &dy, 3);
    int64_t limit = dnp_days_from_civil(yr, (unsigned)mo, (unsigned)dy);
    int month = DNP_CALM_MONTH(w->calm_value), day = w->nums[dq].value;
    for (int y = y0 + 1; y >= y0 - 1; y--) {
        cand t = *c;
        if (dnp_cal_convert(cal, -1, y, month, day, &t) != DNP_CV_OK || t.prec != DN_PREC_DAY)
            continue;
        int64_t d = dnp_days_from_civil(t.year, (unsigned)t.month, (unsigned)t.day);
        if (d > limit || d <= limit - 365)
            continue;
        *c = t;
        int a = w->nums[dq].idx < w->calm ? w->nums[dq].idx : w->calm;
        int b = w->nums[dq].end > w->calm ? w->nums[dq].end : w->calm;
        if (w->wk_item >= 0 && w->wk_item >= a - 3 && w->wk_item < a) {
            if (dnp_weekday(d) != w->weekday)
                return -1; /* a weekday the date does not fall on */
            a = w->wk_item;
        }
        c->first = a, c->last = b;
        c->weekday = w->wk_item >= 0 ? w->weekday : 0;
        c->flags |= DN_FLAG_YEAR_IMPLIED;
        c->conf = DNP_CONF_CALENDAR_MONTH - DNP_PEN_YEAR_IMPLIED;
        c->lang = choose_language(e, &it[w->calm], cal);
        int r = dnp_time_after(e, it, n, c->last + 1, c);
        if (r > 0)
            c->last = r - 1;
        return c->last + 1;
    }
    return -1;
}

/* Whether an era or a month of a calendar stands among the items collect() may read from
   i: at most 16, none past an ISO letter. Without one, and without the option's or a
   hint's calendar, there is no date here (below). */
static bool cal_word_ahead(const item *it, int n, int i)
{
    for (int k = i; k < n && k < i + 16 && it[k].type != IT_GEN; k++)
        if (it[k].type == IT_WORD &&
            (it[k].kinds & ((1u << DNP_K_CAL_ERA) | (1u << DNP_K_CAL_MONTH))))
            return true;
    return false;
}

/* issue 11: the calendar of the digits a number is written in, when they name one (lexgen's
   dnp_digit_cals: Persian for ۰-۹, "۱۴۰۵/۰۹/۱۲"); 0 for Latin digits and the others. */
int dnp_digits_calendar(const env *e, const item *x)
{
    if (x->type != IT_NUM || !(x->tflags & DNP_TF_WIDE))
        return 0;
    int32_t k = 0;
    UChar32 c;
    U8_NEXT((const uint8_t *)e->text + x->start, k, (int32_t)(x->end - x->start), c);
    int v = c >= 0 ? dnp_digit_value(c) : -1;
    for (int q = 0; v >= 0 && q < dnp_ndigit_cals; q++)
        if (dnp_digit_cals[q].zero == c - v)
            return dnp_digit_cals[q].cal;
    return 0;
}

int dnp_match_calendar(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (x->type != IT_NUM && !(x->type == IT_WORD &&
                               (x->kinds & ((1u << DNP_K_CAL_ERA) | (1u << DNP_K_CAL_MONTH) |
                                            (1u << DNP_K_WEEKDAY) | (1u << DNP_K_MONTH)))))
        return -1;
    /* issue 10: the commonest case of a page, a number or word with no calendar's word
       after it (the cluster has one elsewhere), without collecting the window */
    /* the option's or hint's calendar, else the one the digits are written in */
    int ctx_cal = e->p->calendar ? e->p->calendar : dnp_digits_calendar(e, x);
    if ((!ctx_cal || dnp_cal_family(ctx_cal) == DN_CAL_GREGORIAN) && !cal_word_ahead(it, n, i))
        return -1;
    calwin w;
    bool year_proof = false;
    collect(e, it, n, i, &w);
    if (w.nn == 0)
        return -1;
    /* no calendar word: three numbers joined by separators, a year no Gregorian date has,
       under a hint's or option's calendar with months of its own (۱۳۹۴/۲/۳۱ under fa), or
       the calendar of the digits it is written in (۱۴۰۵/۰۹/۱۲) */
    bool numeric_ctx = false;
    if (w.era < 0 && w.calm < 0) {
        if (!ctx_cal || dnp_cal_family(ctx_cal) == DN_CAL_GREGORIAN || w.nn != 3 ||
            w.nums[2].idx - w.nums[0].idx != 4 || w.nums[0].idx != i)
            return -1;
        int yv = w.nums[0].ndigits >= 3 ? w.nums[0].value : w.nums[2].value;
        if (dnp_cal_plausible(yv) || (w.nums[0].ndigits < 3 && w.nums[2].ndigits < 3))
            return -1;
        for (int q = 1; q < 4; q += 2)
            if (it[i + q].type != IT_SEP || is_space(&it[i + q]) ||
                (it[i + q].sep != '/' && it[i + q].sep != '-' && it[i + q].sep != '.'))
                return -1;
        numeric_ctx = true;
    }
    /* the common case first, without reading meanings: a word that is also a Gregorian
       month ("Mar 5, 2015"), no era, no calendar hint, and no year a Gregorian date lacks */
    if (w.era < 0 && gregorian_month_alone(e, it, &w))
        return -1;
    if (w.calm >= 0 && pick(e, &it[w.calm], DNP_K_CAL_MONTH, -1) < 0)
        w.calm = -1; /* only risky meanings: not without a hint */
    /* an era word none of whose meanings fits the month's calendar (en "h", Heisei's narrow
       form, risky without a Japanese hint, in "20 Mar 2013 10h11") is no era */
    if (w.era >= 0 && w.calm >= 0) {
        int mv = pick(e, &it[w.calm], DNP_K_CAL_MONTH, -1);
        int ev = pick(e, &it[w.era], DNP_K_CAL_ERA, dnp_cal_family(DNP_CALM_CAL(mv)));
        int gv = w.calm == w.gmon ? pick(e, &it[w.era], DNP_K_CAL_ERA, DN_CAL_GREGORIAN) : -1;
        if ((ev < 0 || ev == DNP_CAL_FIRST_YEAR) && (gv < 0 || gv == DNP_CAL_FIRST_YEAR)) {
            w.era = -1;
            if (gregorian_month_alone(e, it, &w))
                return -1;
        }
    }
    if (w.era >= 0 && w.calm < 0 && pick(e, &it[w.era], DNP_K_CAL_ERA, -1) < 0)
        return -1;
    if (w.era < 0 && w.calm < 0 && !numeric_ctx)
        return -1;
    /* A month word settles the calendar alone only when it is a full name of that calendar
       and of no Gregorian month anywhere: Amharic names Gregorian months መስከረም too, "mar"
       and "mag" abbreviate Indian months and Italian ones. Else it needs an era, or the
       option's or hint's calendar. */
    if (w.calm >= 0 && w.era < 0) {
        const item *m = &it[w.calm];
        int v = pick(e, m, DNP_K_CAL_MONTH, -1);
        bool mine = e->p->calendar &&
                    dnp_cal_family(e->p->calendar) == dnp_cal_family(DNP_CALM_CAL(v));
        /* an abbreviation counts in a script of its own, three letters or more (he סיון,
           fa abbreviations), not in Latin letters ("Tir", "Ab" are words of other languages) */
        bool own_script = m->end - m->start >= 6 && (unsigned char)e->text[m->start] >= 0xC8;
        bool full = false;
        for (uint32_t q = 0; q < m->nm && !full; q++)
            full = m->m[q].kind == DNP_K_CAL_MONTH && m->m[q].value == v &&
                   !(m->m[q].flags & DNP_MF_RISKY) &&
                   (!(m->m[q].flags & DNP_MF_ABBR) || own_script);
        /* nor when it is also another word (kea "ter" is Tuesday, Ethiopic Ter a month) or
           a Gregorian month name stands in the window ("ter, 5 Jan 1999") */
        uint32_t other = m->kinds & ~((1u << DNP_K_CAL_MONTH) | (1u << DNP_K_PREFIX) |
                                      (1u << DNP_K_MONTH));
        if (!mine && (!full || other || (w.gmon >= 0 && w.gmon != w.calm)))
            return -1;
        /* also a Gregorian month ("Nisan": Turkish April): only with a year no Gregorian
           date has (14 Nisan 5784), checked below, or a mark of a language that names that
           calendar's month with it and no Gregorian one (Amharic "መስከረም 9 ቀን 2008 ዓ.ም.":
           Tigrinya's September, Amharic's Ethiopian Meskerem) */
        year_proof = !mine && (m->kinds & (1u << DNP_K_MONTH)) && !marks_own(it, &w, m);
    }
    /* a word that is a Gregorian month and another calendar's, with an era of a calendar
       of Gregorian months (平成27年十一月): the Gregorian month */
    if (w.calm >= 0 && w.calm == w.gmon && w.era >= 0) {
        int ev = pick(e, &it[w.era], DNP_K_CAL_ERA, DN_CAL_GREGORIAN);
        if (ev >= 0 && ev != DNP_CAL_FIRST_YEAR)
            w.calm = -1;
    }
    /* the calendar: the era's and the month's must agree */
    int fam = -1, era = -1, cal;
    if (w.calm >= 0) {
        w.calm_value = pick(e, &it[w.calm], DNP_K_CAL_MONTH, -1);
        fam = dnp_cal_family(DNP_CALM_CAL(w.calm_value));
    }
    if (w.era >= 0) {
        era = pick(e, &it[w.era], DNP_K_CAL_ERA, fam);
        if (era < 0 || era == DNP_CAL_FIRST_YEAR) {
            if (w.calm < 0)
                return -1;
            w.era = -1, era = -1; /* "AM" after a Hebrew month's year is its era; else not */
        }
    }
    if (numeric_ctx) {
        cal = ctx_cal;
    } else if (era >= 0) {
        cal = dnp_cal_eras[era].cal;
        if (w.calm < 0 && dnp_cal_family(cal) != DN_CAL_GREGORIAN && w.gmon >= 0)
            return -1; /* a Gregorian month with a Hijri or Persian era */
    } else
        cal = DNP_CALM_CAL(w.calm_value);
    if (dnp_cal_family(cal) == DN_CAL_ISLAMIC)
        cal = dnp_cal_hijri_variant(e);
    bool greg_months = dnp_cal_family(cal) == DN_CAL_GREGORIAN;
    if (!greg_months)
        w.gmon = -1;
    if (w.first_year >= 0 && cal != DN_CAL_JAPANESE)
        return -1;

    int yq = find_year(it, &w, greg_months && era >= 0);
    if (yq < 0 && w.calm >= 0 && era < 0 && !numeric_ctx && !greg_months && !year_proof)
        return yearless(e, it, n, &w, cal, c);
    if (yq < 0 || (year_proof && w.nums[yq].value >= DNP_CAL_PLAUSIBLE_MIN &&
                   w.nums[yq].value <= DNP_CAL_PLAUSIBLE_MAX))
        return -1;
    w.nums[yq].used = true;
    int month = 0, day = 0;
    int first = w.nums[yq].idx, last = w.nums[yq].end;
#define COVER(a, b) do { if ((a) < first) first = (a); if ((b) > last) last = (b); } while (0)
    if (w.era >= 0)
        COVER(w.era, w.era);
    if (w.calm >= 0) {
        month = DNP_CALM_MONTH(w.calm_value);
        COVER(w.calm, w.calm);
    } else if (w.gmon >= 0) {
        month = dnp_choose_month(e, &it[w.gmon], NULL, NULL);
        COVER(w.gmon, w.gmon);
    }
    int dq = -1;
    for (int q = 0; q < w.nn; q++) {
        calnum *m = &w.nums[q];
        if (m->mmark && !month && m->value >= 1 && m->value <= 13) {
            month = m->value, m->used = true;
            COVER(m->idx, m->end);
        } else if (m->dmark && dq < 0 && m->value >= 1 && m->value <= 31)
            dq = q;
    }
    int left = 0;
    for (int q = 0; q < w.nn; q++)
        left += !w.nums[q].used;
    if (!month && left == 0 && era >= 0) {
        /* a year alone, with its era: พ.ศ. 2558, 令和元年 */
    } else if (!month) {
        /* three numbers: the year first (AP ۱۳۹۴-۰۹-۰۱, 民國104/11/22), else last, the day
           and month in the hint's order (١١‏/٢‏/١٤٣٧ هـ, 2/11/1437 AH) */
        int a = -1, b = -1;
        for (int q = 0; q < w.nn; q++)
            if (!w.nums[q].used && w.nums[q].ndigits <= 2 && !w.nums[q].ymark) {
                if (a < 0)
                    a = q;
                else if (b < 0)
                    b = q;
            }
        if (a < 0 || b < 0)
            return -1;
        bool mdy;
        int eo;
        if (yq < a)
            mdy = true; /* year-month-day */
        else if (e->p->user_order != DN_ORDER_AUTO || e->p->nhints)
            mdy = e->p->order == DN_ORDER_MDY;
        else if ((eo = era_order(it, &w, era)) != DNP_ORD_NONE)
            mdy = eo == DNP_ORD_MDY; /* rangeyear: "10/03/2019 ዓ.ም" (am: day first) */
        else
            mdy = !native_digits(e, it, &w);
        /* a month above 12 is the day: the order is the other ("17/6/1448هـ" in Latin
           digits on an Arabic page) */
        int months = cal == DN_CAL_COPTIC || cal == DN_CAL_ETHIOPIC ? 13 : 12;
        if (!(yq < a) && w.nums[mdy ? a : b].value > months &&
            w.nums[mdy ? b : a].value <= months)
            mdy = !mdy;
        int mq = mdy ? a : b;
        dq = mdy ? b : a;
        month = w.nums[mq].value;
        w.nums[mq].used = true;
        COVER(w.nums[mq].idx, w.nums[mq].end);
    }
    if (dq < 0) {
        /* the day: the 1-2 digit number closest to the month word */
        int anchor = w.calm >= 0 ? w.calm : w.gmon >= 0 ? w.gmon : w.nums[yq].idx, bestd = 1 << 30;
        for (int q = 0; q < w.nn; q++) {
            if (w.nums[q].used || w.nums[q].ndigits > 2 || w.nums[q].value < 1 || w.nums[q].value > 31)
                continue;
            int dist = w.nums[q].idx > anchor ? w.nums[q].idx - anchor : anchor - w.nums[q].idx;
            if (dist < bestd)
                bestd = dist, dq = q;
        }
    }
    if (dq >= 0) {
        day = w.nums[dq].value;
        w.nums[dq].used = true;
        COVER(w.nums[dq].idx, w.nums[dq].end);
    }
    /* a number left inside the date: some other reading */
    for (int q = 0; q < w.nn; q++)
        if (!w.nums[q].used && w.nums[q].idx > first && w.nums[q].idx < last)
            return -1;
    if (w.wk_item >= 0 && day && !only_kind(&it[w.wk_item], DNP_K_WEEKDAY)) {
        /* a word that is also something else names the day only when it is the day's */
        int64_t days;
        cand t = *c;
        if (dnp_cal_convert(cal, era >= 0 && dnp_cal_eras[era].cal == cal ? era : -1,
                    w.nums[yq].value, month, day, &t) == DNP_CV_OK) {
            days = dnp_days_from_civil(t.year, (unsigned)t.month, (unsigned)t.day);
            if (dnp_weekday(days) != w.weekday)
                w.weekday = 0, w.wk_item = -1;
        }
    }
    if (w.wk_item >= 0 && w.wk_item >= first - 3 && w.wk_item <= last + 3)
        COVER(w.wk_item, w.wk_item);
#undef COVER
    int y = w.nums[yq].value;
    int era_i = era >= 0 && dnp_cal_eras[era].cal == cal ? era : -1;
    if (era_i >= 0 && era_overrun(era_i, y)) {
        /* glued to its era (平成40年) the year is no other reader's either */
        if (skip_space(it, n, w.era + 1) == w.nums[yq].idx) {
            c->last = last > w.nums[yq].end ? last : w.nums[yq].end;
            return NO_DATE_HERE;
        }
        return -1;
    }
    int cv = dnp_cal_convert(cal, era_i, y, month, day, c);
    if (cv != DNP_CV_OK) {
        /* a day the month lacks (30 Esfand 1402, 平成元年1月7日) is no date, not the month;
           nor is a month or year no Gregorian one holds (AP ١٣٩٤: no April 1394) */
        cand t = *c;
        if (cv == DNP_CV_NO_CONTAINER || (day && dnp_cal_convert(cal, era_i, y, month, 0, &t) != DNP_CV_NONE)) {
            c->last = last;
            return NO_DATE_HERE;
        }
        return -1; /* outside the tables: another reader may know better */
    }
    c->first = first, c->last = last;
    c->weekday = day ? w.weekday : 0;
    c->conf = w.era >= 0 ? DNP_CONF_CALENDAR_ERA
              : numeric_ctx ? DNP_CONF_CALENDAR_CONTEXT : DNP_CONF_CALENDAR_MONTH;
    if (c->prec < DN_PREC_DAY)
        c->conf -= DNP_PEN_NO_DAY;
    if (!numeric_ctx)
        c->lang = choose_language(e, &it[w.calm >= 0 ? w.calm : w.gmon >= 0 ? w.gmon : w.era], cal);
    if (c->prec == DN_PREC_DAY) {
        int r = dnp_time_after(e, it, n, c->last + 1, c);
        if (r > 0)
            c->last = r - 1;
    }
    return c->last + 1;
}
