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
} numref;

int dnp_match_month_window(const env *e, const item *it, int n, int i, cand *c)
{
    /* the window: from i, date-ish items holding month-capable words; a second strong month
       name starts another date */
    /* a date starts with a number, a weekday, a filler or the month itself */
    if (!(it[i].type == IT_NUM || (it[i].type == IT_WORD &&
                                   (it[i].kinds & ((1u << DNP_K_WEEKDAY) | (1u << DNP_K_FILLER) |
                                                   (1u << DNP_K_MONTH))))))
        return -1;
    int mw = -1, end = i, best = -1000;
    bool strong = false, year_seen = false, cut = false;
    for (int k = i; k < n && k < i + 40; k++) {
        if (!datish(&it[k]))
            break;
        if (it[k].type == IT_NUM && it[k].ndigits == 4 && strong)
            year_seen = true;
        if (has_kind(&it[k], DNP_K_MONTH)) {
            int st = month_strength(e, &it[k]);
            if (st <= -100)
                goto next_item;
            /* a second strong month starts the next date ("22 Nov 2015 - 25 Dec 2015",
               "Nov Nov 22 Nov 2015") unless it is the stronger one and no year came
               between: then the first was a weekday or a filler (Sardinian "mar 23 de ghe
               1996": mar is Tuesday and March, ghe only January) */
            if (st >= 12 && strong && (year_seen || st <= best)) {
                cut = true;
                break;
            }
            if (st >= 12)
                strong = true;
            if (st > best)
                best = st, mw = k;
        }
    next_item:
        end = k + 1;
    }
    if (mw < 0)
        return -1;
    /* the fields after the month are in the window whatever the distance from i */
    while (end < n && end < mw + 16 && datish(&it[end]) &&
           !(cut = has_kind(&it[end], DNP_K_MONTH) && month_strength(e, &it[end]) >= 12))
        end++;
    /* the first item must be part of the date: a number, weekday or the month itself */
    if (!(it[i].type == IT_NUM || has_kind(&it[i], DNP_K_WEEKDAY) || i == mw ||
          has_kind(&it[i], DNP_K_FILLER)))
        return -1;

    dnp_langset ctx = {{0}};
    bool have_ctx = false;
    int weekday = 0, wk_item = -1, era = -1;
    dnp_langset wlangs = {{0}};
    /* time first: it may stand before, between or after the date fields */
    cand t = *c;
    int t_start = -1, t_end = -1;
    dnp_langset tl = {{0}};
    for (int k = i; k < end; k++) {
        if (it[k].type == IT_NUM || has_kind(&it[k], DNP_K_AMPM)) {
            int r = dnp_read_time(e, it, end, k, &t, &tl);
            if (r > 0) {
                t_start = k, t_end = r;
                break;
            }
        }
    }
    if (t_start >= 0 && mw >= t_start && mw < t_end) {
        /* the month candidate was read as the am/pm of the time ("9/1914 03:07 pm") */
        int alt = -1, ab = -1;
        for (int k = i; k < end; k++)
            if ((k < t_start || k >= t_end) && has_kind(&it[k], DNP_K_MONTH) &&
                month_strength(e, &it[k]) > ab)
                ab = month_strength(e, &it[k]), alt = k;
        if (alt >= 0)
            mw = alt;
        else if (t.prec == DN_PREC_HOUR)
            t_start = t_end = -1; /* "5 Sa 1999": the month, not Turkish "5 sa(at)" */
        else
            return -1; /* "03:07:09 pm" is a time: leave the date to the numeric reader */
    }
    /* collect numbers (outside the time) and words; then assign day and year. An hour-only
       time that leaves the date without a day gives its number back: Basque "22a" is the
       22nd, not 22 o'clock by Esperanto's "a" */
    numref nums[8];
    int nn, day_i, year_i, month;
    dnp_langset mlangs;
    bool fast_lang = false;
    for (int attempt = 0;; attempt++) {
        nn = 0;
        weekday = 0, wk_item = -1;
        for (int k = i; k < end; k++) {
            if (k >= t_start && k < t_end)
                continue;
            const item *x = &it[k];
            if (x->type == IT_NUM && !dnp_num_usable(e, it, end, k))
                continue;
            /* a date is compact: its numbers stand within a few items of the month name */
            if (x->type == IT_NUM && (k < mw - 12 || k > mw + 12))
                continue;
            /* a number nearer the month that cut the window than this one is that
               month's day: "22 Nov - 25 Dec 2015", but "July 13th July 14th" */
            if (x->type == IT_NUM && x->ndigits <= 2 && cut && k > mw && end - k < k - mw)
                continue;
            if (x->type == IT_NUM) {
                if (nn == 8)
                    break;
                numref r = {k, false, false, false, k};
                int q = k + 1;
                if (q < end && has_kind(&it[q], DNP_K_ORDINAL) && (it[q].tflags & DNP_TF_ADJ))
                    r.ordinal = true, r.end = q;
                int s = skip_space(it, end, k + 1);
                if (s < end && has_kind(&it[s], DNP_K_YEAR_MARK))
                    r.ymark = true, r.end = s;
                else if (s < end && has_kind(&it[s], DNP_K_DAY_MARK))
                    r.dmark = true, r.end = s;
                nums[nn++] = r;
            } else if (has_kind(x, DNP_K_WEEKDAY) && k != mw && weekday == 0) {
                for (uint32_t q = 0; q < x->nm; q++)
                    if (x->m[q].kind == DNP_K_WEEKDAY) {
                        weekday = x->m[q].value;
                        break;
                    }
                wk_item = k;
            }
        }
        /* With no hint, a month word of one value and a weekday of the month's most spoken
           language ("Mon, 16 Jul 2018": English), the languages need no set arithmetic:
           that language is the answer. Otherwise the weekday's languages are the context. */
        fast_lang = !e->p->nhints && it[mw].mone &&
                    (!weekday || has_meaning(&it[wk_item], DNP_K_WEEKDAY, weekday, it[mw].mtop));
        if (weekday && !fast_lang) {
            wlangs = langs_of(&it[wk_item], DNP_K_WEEKDAY, weekday);
            ctx = wlangs;
            have_ctx = true;
        }
        memset(&mlangs, 0, sizeof mlangs);
        month = dnp_choose_month(e, &it[mw], have_ctx ? &ctx : NULL,
                             ((weekday && !fast_lang) || e->p->nhints) ? &mlangs : NULL);
        if (!month)
            return -1;

        /* numbers nearest the month name first */
        day_i = -1, year_i = -1;
        /* explicit marks first */
        for (int q = 0; q < nn; q++) {
            if (nums[q].ymark && year_i < 0)
                year_i = q;
            else if ((nums[q].dmark || nums[q].ordinal) && day_i < 0 && it[nums[q].idx].value >= 1 &&
                     it[nums[q].idx].value <= 31)
                day_i = q;
        }
        for (int pass = 0; pass < 2 && year_i < 0; pass++)
            for (int q = 0; q < nn && year_i < 0; q++) {
                const item *x = &it[nums[q].idx];
                if (q == day_i)
                    continue;
                int r = skip_space(it, end, nums[q].end + 1);
                bool era_next = r < end && only_kind(&it[r], DNP_K_ERA);
                if (pass == 0 ? x->ndigits == 4 : (x->ndigits <= 3 && era_next && x->value > 0))
                    year_i = q;
            }
        /* day: the 1-2 digit number closest to the month name */
        if (day_i < 0) {
            int bestd = 1 << 30;
            for (int q = 0; q < nn; q++) {
                const item *x = &it[nums[q].idx];
                if (q == year_i || x->ndigits > 2 || x->value < 1 || x->value > 31)
                    continue;
                int dist = nums[q].idx > mw ? nums[q].idx - mw : mw - nums[q].idx;
                if (dist < bestd)
                    bestd = dist, day_i = q;
            }
        }
        /* a two-digit year: the other 1-2 digit number ("22 Nov 15") */
        if (year_i < 0 && day_i >= 0) {
            for (int q = 0; q < nn; q++) {
                const item *x = &it[nums[q].idx];
                if (q != day_i && x->ndigits == 2 && !nums[q].ordinal) {
                    year_i = q;
                    break;
                }
            }
        }
        if (day_i < 0 && t_start >= 0 && t.prec == DN_PREC_HOUR && attempt == 0) {
            t_start = t_end = -1;
            continue;
        }
        break;
    }
    /* "November 2015" or a lone number > 31 next to the month */
    unsigned flags = 0;
    int year;
    if (year_i >= 0)
        year = year_from_digits(e, it[nums[year_i].idx].value, it[nums[year_i].idx].ndigits, &flags);
    else {
        year = e->now_year;
        flags |= DN_FLAG_YEAR_IMPLIED;
    }
    /* an era name counts right after the year ("44 BC", "1000 н. э."), nowhere else */
    int era_item = -1;
    if (year_i >= 0) {
        int r = skip_space(it, end, nums[year_i].end + 1);
        if (r < end && r != mw && has_kind(&it[r], DNP_K_ERA) &&
            (only_kind(&it[r], DNP_K_ERA) || hinted_kind(e, &it[r], DNP_K_ERA))) {
            for (uint32_t q = 0; q < it[r].nm; q++)
                if (it[r].m[q].kind == DNP_K_ERA)
                    era = it[r].m[q].value;
            era_item = r;
        }
    }
    if (era == 0)
        year = 1 - year;
    c->year = year, c->month = month;
    c->prec = DN_PREC_MONTH;
    if (day_i >= 0) {
        c->day = (int)it[nums[day_i].idx].value;
        if (!valid_ymd(year, month, c->day)) {
            c->last = end - 1;
            return NO_DATE_HERE; /* 31 November 2015 is no date, not November 2015 */
        }
        c->prec = DN_PREC_DAY;
    }
    /* a weak month word (also an ordinary word, or a month only in a language nothing else
       in the text points to: "No. 11", "PS5", "página 3 de 12") needs a full date with a
       four-digit year */
    if (month_weak(e, &it[mw])) {
        bool year4 = year_i >= 0 && it[nums[year_i].idx].ndigits == 4;
        /* ... or a four-digit year, the two of them all the text holds ("Sab 2031") */
        bool whole = year4 && day_i < 0 && t_start < 0 &&
                     (it[mw].start < it[nums[year_i].idx].start
                          ? it[mw].start == e->content_start && it[nums[year_i].end].end == e->content_end
                          : it[nums[year_i].idx].start == e->content_start && it[mw].end == e->content_end);
        if (!year4 || (day_i < 0 && !whole))
            return -1;
    }
    if (day_i < 0 && year_i < 0) {
        /* a month name alone: only when it is all the text says, and not an ordinary word */
        if (it[mw].start > e->content_start || it[mw].end < e->content_end || it[mw].mrisky)
            return -1;
    }
    /* a weekday word that is also a filler and contradicts the date is the filler: "on"
       in "Published on 22 Nov 2015" is no Danish Wednesday */
    if (weekday && c->prec == DN_PREC_DAY &&
        dnp_weekday(dnp_days_from_civil(year, (unsigned)month, (unsigned)c->day)) != weekday) {
        /* ... and so is one that means other things too, or is risky, or belongs to no
           language of the month: "From 22 Nov 2015 to ..." (Danish "to." is Thursday) */
        if (fast_lang) {
            wlangs = langs_of(&it[wk_item], DNP_K_WEEKDAY, weekday);
            mlangs = langs_of(&it[mw], DNP_K_MONTH, month);
            fast_lang = false;
        }
        dnp_langset wm = wlangs;
        dnp_langset_and(&wm, &mlangs);
        if (!only_kind(&it[wk_item], DNP_K_WEEKDAY) || dnp_langset_empty(&wm))
            weekday = 0, wk_item = -1;
    }
    /* extent: month, chosen numbers with their suffixes, weekday, time */
    int first = mw, last = mw;
#define COVER(a, b) do { if ((a) < first) first = (a); if ((b) > last) last = (b); } while (0)
    if (day_i >= 0)
        COVER(nums[day_i].idx, nums[day_i].end);
    if (year_i >= 0)
        COVER(nums[year_i].idx, nums[year_i].end);
    if (era_item >= 0)
        COVER(era_item, era_item);
    if (wk_item >= 0 && wk_item >= first - 3 && wk_item <= last + 3)
        COVER(wk_item, wk_item);
    float conf = 0.9f;
    if (t_start >= 0 && c->prec == DN_PREC_DAY && t_start <= last + 10 && t_end - 1 >= first - 10) {
        c->hour = t.hour, c->minute = t.minute, c->second = t.second, c->ns = t.ns;
        c->fdigits = t.fdigits, c->offset = t.offset, c->has_offset = t.has_offset;
        c->has_time = true;
        c->prec = t.prec;
        COVER(t_start, t_end - 1);
    }
#undef COVER
    /* unused numbers inside the extent make the reading doubtful; with a weak month word,
       wrong: "pi 29. 10. 2021" (Slovak: Friday 29.10.2021) is no September date */
    for (int q = 0; q < nn; q++)
        if (q != day_i && q != year_i && nums[q].idx > first && nums[q].idx < last) {
            if (it[mw].mstrength < 12)
                return -1;
            conf -= 0.2f;
        }
    if (it[mw].mrisky && (day_i < 0 || year_i < 0))
        conf -= 0.3f;
    if (flags & DN_FLAG_YEAR_IMPLIED) {
        /* "Nov 22 Nov 2015": with another month name right after, the day is that one's */
        if (cut && day_i >= 0 && nums[day_i].idx > mw &&
            end - nums[day_i].idx <= nums[day_i].idx - mw)
            return -1;
        conf -= 0.15f;
    }
    if (day_i < 0)
        conf -= 0.1f;
    /* language consistency between the month and the weekday */
    dnp_langset both = mlangs;
    if (weekday && !fast_lang) {
        dnp_langset_and(&both, &wlangs);
        if (dnp_langset_empty(&both)) {
            both = mlangs;
            conf -= 0.1f;
        }
    }
    c->weekday = weekday;
    c->flags |= flags;
    c->conf = conf;
    c->first = first, c->last = last;
    /* the language: a hint among the candidates, else the one most people speak */
    int lang = -1;
    if (fast_lang || (!weekday && !e->p->nhints))
        lang = it[mw].mtop;
    for (int h = 0; h < e->p->nhints && lang < 0; h++)
        if (dnp_langset_has(&both, e->p->hint_lang[h]))
            lang = e->p->hint_lang[h];
    if (lang < 0)
        dnp_langset_speakers(&both, &lang);
    c->lang = lang;
    return last + 1;
}
