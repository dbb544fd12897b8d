/*
 * relative.c: relative expressions, and a weekday alone.
 *
 * Resolved against the reference instant in its zone (DESIGN.md, "Relative expressions"):
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

#define REL_DIR_KINDS ((1u << DNP_K_REL_PAST) | (1u << DNP_K_REL_FUTURE))

/* The meaning among kinds (and value, when pos > 0) that the text most likely means: one of
   a hinted language first, then one of ctx, then the language with the most speakers. */
static const dnp_meaning *rel_meaning(const env *e, const item *w, uint32_t kinds, int pos,
                                      const dnp_langset *ctx)
{
    const dnp_meaning *best = NULL;
    double best_score = -1;
    if (w->type != IT_WORD || !(w->kinds & kinds))
        return NULL;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (!(kinds & (1u << m->kind)) || (pos > 0 && m->value != pos))
            continue;
        double s = dnp_meaning_pref(e, m, ctx);
        if (!(m->flags & DNP_MF_ABBR))
            s += DNP_PREF_FULL_FORM;
        if (s > best_score)
            best_score = s, best = m;
    }
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

static bool whole_text(const env *e, const item *it, int first, int last)
{
    return it[first].start == e->content_start && it[last].end == e->content_end;
}

/* Sets c to the day `days` (reference zone), the reference's clock and zone kept. */
static void rel_set_day(const env *e, cand *c, int64_t days)
{
    dnp_civil_from_days(days, &c->year, &c->month, &c->day);
    c->hour = (int)(e->now_sec / 3600), c->minute = (int)(e->now_sec / 60 % 60);
    c->second = (int)(e->now_sec % 60);
    c->offset = e->now_off, c->has_offset = true;
    c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_RELATIVE;
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
   days and seconds. The finer fields of the reference are kept; the precision is the
   finest unit's (a day for years to days, a datetime for hours to seconds). */
static void rel_offset(const env *e, cand *c, int64_t months, int64_t days, int64_t secs,
                       int finest)
{
    int y = e->now_year, mo = e->now_month, d = e->now_day;
    dnp_add_months(&y, &mo, &d, months);
    int64_t t = (dnp_days_from_civil(y, (unsigned)mo, (unsigned)d) + days) * 86400 + e->now_sec +
                secs;
    int64_t day = (t >= 0 ? t : t - 86399) / 86400, s = t - day * 86400;
    rel_set_day(e, c, day);
    c->hour = (int)(s / 3600), c->minute = (int)(s / 60 % 60), c->second = (int)(s % 60);
    if (finest >= DNP_RU_HOUR) {
        c->prec = finest == DNP_RU_HOUR ? DN_PREC_HOUR : finest == DNP_RU_MINUTE ? DN_PREC_MINUTE
                                                                              : DN_PREC_SECOND;
        c->has_time = true;
    }
    c->conf = DNP_CONF_REL_COUNTED;
}

/* A named phrase at i (a REL_NAMED item): yesterday, vorgestern, today, now, last month,
   next year, this week, la semaine dernière; last Monday, next Monday, this Monday, 上周一;
   "last week Monday" (a weekday after a week); "two weeks ago" in words (Arabic's dual); a
   time after a day ("yesterday at 14:30"). */
static int rel_named(const env *e, const item *it, int n, int i, cand *c)
{
    const dnp_meaning *m = rel_meaning(e, &it[i], 1u << DNP_K_REL_NAMED, 0, NULL);
    if (!m)
        return -1;
    int unit = DNP_RN_UNIT(m->value), off = DNP_RN_OFFSET(m->value);
    bool whole = whole_text(e, it, i, i);
    size_t ncp = 0;
    for (uint32_t b = it[i].start; b < it[i].end; b++)
        ncp += ((unsigned char)e->text[b] & 0xC0) != 0x80;
    bool cjk = (it[i].tflags & DNP_TF_CJK) != 0, hinted = hinted_kind(e, &it[i], DNP_K_REL_NAMED);
    /* one word of a language few people write, in running text, is more likely an ordinary
       word of another: Afrikaans "môre" in "Read more", Estonian "eile" (German "Eile") */
    bool one_word = memchr(e->text + it[i].start, ' ', it[i].end - it[i].start) == NULL;
    bool rare = dnp_lang_rare(m->lang);
    if (!whole && !hinted &&
        ((m->flags & DNP_MF_RISKY) || (ncp <= 3 && !cjk) || (one_word && !cjk && rare) ||
         (unit >= DNP_RU_HOUR && unit <= DNP_RU_SECOND && off == 0)))
        return -1;
    c->lang = m->lang;
    c->first = c->last = i;
    c->conf = DNP_CONF_REL_NAMED;
    c->flags |= DN_FLAG_RELATIVE;
    c->offset = e->now_off, c->has_offset = true;
    if (unit < DNP_RU_MONDAY && DNP_RN_COUNTED(m->value) && unit != DNP_RU_QUARTER) {
        /* a count in words: as "2 weeks ago" */
        int64_t months = unit == DNP_RU_YEAR ? 12 * off : unit == DNP_RU_MONTH ? off : 0;
        int64_t secs = unit == DNP_RU_HOUR ? 3600 * off : unit == DNP_RU_MINUTE ? 60 * off
                     : unit == DNP_RU_SECOND ? off : 0;
        int64_t days = unit == DNP_RU_WEEK ? 7 * off : unit == DNP_RU_DAY ? off : 0;
        rel_offset(e, c, months, days, secs, unit);
        return i + 1;
    }
    if (unit >= DNP_RU_MONDAY) {
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
        return i + 1;
    }
    case DNP_RU_WEEK: {
        /* "Monday of last week", "lunes de la semana pasada" are read from the weekday;
           "last week Monday", "letzte Woche Montag" here */
        int k = skip_space(it, n, i + 1);
        if (k < n && has_kind(&it[k], DNP_K_WEEKDAY) && !has_kind(&it[k], DNP_K_MONTH)) {
            dnp_langset nl = rel_langs(&it[i], 1u << DNP_K_REL_NAMED, 0);
            dnp_langset wl = rel_langs(&it[k], 1u << DNP_K_WEEKDAY, 0);
            dnp_langset_and(&wl, &nl);
            const dnp_meaning *w = rel_meaning(e, &it[k], 1u << DNP_K_WEEKDAY, 0, &wl);
            if (w && w->value >= 1 && w->value <= 7 && !(w->flags & DNP_MF_RISKY) &&
                dnp_langset_has(&wl, w->lang)) {
                rel_set_day(e, c, rel_week_day(e, off, w->value));
                c->last = k, c->conf = DNP_CONF_REL_DAY;
                return rel_time(e, it, n, k, c);
            }
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
        static const int secs[] = {[DNP_RU_HOUR] = 3600, [DNP_RU_MINUTE] = 60, [DNP_RU_SECOND] = 1};
        int64_t t = e->now_days * 86400 + e->now_sec + (int64_t)off * secs[unit];
        int64_t days = (t >= 0 ? t : t - 86399) / 86400, s = t - days * 86400;
        rel_set_day(e, c, days);
        c->hour = (int)(s / 3600), c->minute = (int)(s / 60 % 60), c->second = (int)(s % 60);
        c->prec = unit == DNP_RU_HOUR ? DN_PREC_HOUR : unit == DNP_RU_MINUTE ? DN_PREC_MINUTE
                                                                         : DN_PREC_SECOND;
        c->has_time = true;
        return i + 1;
    }
    }
    return -1; /* a quarter has no precision to give */
}

/* A count at k: a number, or a number word ("a", "une", "two") of a language of ctx (any
   language when ctx is empty). Returns the count or -1. */
static int64_t rel_count(const env *e, const item *x, const dnp_langset *ctx)
{
    if (x->type == IT_NUM)
        return x->ndigits <= 6 && !(x->tflags & DNP_TF_LONG) ? (int64_t)x->value : -1;
    const dnp_meaning *m = rel_meaning(e, x, 1u << DNP_K_REL_NUMBER, 0, ctx);
    if (!m || (ctx && !dnp_langset_empty(ctx) && !dnp_langset_has(ctx, m->lang)))
        return -1;
    return m->value;
}

/* [before-word] COUNT UNIT [COUNT UNIT ...] [after-word] at i; with_dir: whether the word
   at i is read as the before-word ("a" is "in" somewhere and the count 1 in English). */
static int rel_counted_at(const env *e, const item *it, int n, int i, cand *c, bool with_dir)
{
    int k = i, dir = 0;
    dnp_langset langs = {{0}};
    if (with_dir) {
        langs = rel_langs(&it[i], REL_DIR_KINDS, DNP_RP_BEFORE);
        k = skip_space(it, n, i + 1);
        if (k >= n)
            return -1;
        /* the direction is decided with the unit's language below */
        dir = 2;
    }
    int64_t months = 0, days = 0, secs = 0;
    int finest = 0, last = -1, units = 0;
    dnp_langset ulangs = {{0}};
    while (k < n && units < 4) {
        int64_t cnt = rel_count(e, &it[k], dir ? &langs : NULL);
        if (cnt < 0)
            break;
        int u = skip_space(it, n, k + 1);
        if (u >= n || !has_kind(&it[u], DNP_K_REL_UNIT))
            break;
        dnp_langset ul = rel_langs(&it[u], 1u << DNP_K_REL_UNIT, 0);
        if (units)
            dnp_langset_and(&ul, &ulangs);
        else if (dir)
            dnp_langset_and(&ul, &langs);
        if (dnp_langset_empty(&ul))
            break;
        const dnp_meaning *m = rel_meaning(e, &it[u], 1u << DNP_K_REL_UNIT, 0, &ul);
        int unit = m->value;
        /* the unit's languages must also have the number word */
        if (it[k].type == IT_WORD) {
            dnp_langset nl = rel_langs(&it[k], 1u << DNP_K_REL_NUMBER, 0);
            dnp_langset_and(&nl, &ul);
            if (dnp_langset_empty(&nl))
                break;
        }
        switch (unit) {
        case DNP_RU_YEAR: months += 12 * cnt; break;
        case DNP_RU_QUARTER: months += 3 * cnt; break;
        case DNP_RU_MONTH: months += cnt; break;
        case DNP_RU_WEEK: days += 7 * cnt; break;
        case DNP_RU_DAY: days += cnt; break;
        case DNP_RU_HOUR: secs += 3600 * cnt; break;
        case DNP_RU_MINUTE: secs += 60 * cnt; break;
        case DNP_RU_SECOND: secs += cnt; break;
        default: return -1;
        }
        if (unit > finest)
            finest = unit;
        ulangs = ul;
        c->lang = m->lang;
        units++;
        last = u;
        /* "1 year, 2 months", "2 hours 30 minutes" */
        int q = skip_space(it, n, u + 1);
        if (q < n && is_sep(&it[q], ','))
            q = skip_space(it, n, q + 1);
        k = q;
    }
    if (!units)
        return -1;
    int sign;
    if (dir) {
        const dnp_meaning *m = rel_meaning(e, &it[i], REL_DIR_KINDS, DNP_RP_BEFORE, &ulangs);
        if (!dnp_langset_has(&ulangs, m->lang))
            return -1;
        sign = m->kind == DNP_K_REL_PAST ? -1 : 1;
    } else {
        int q = skip_space(it, n, last + 1);
        const dnp_meaning *m = q < n ? rel_meaning(e, &it[q], REL_DIR_KINDS, DNP_RP_AFTER, &ulangs)
                                     : NULL;
        if (!m || !dnp_langset_has(&ulangs, m->lang))
            return -1; /* "3 days" says no when */
        sign = m->kind == DNP_K_REL_PAST ? -1 : 1;
        last = q;
    }
    if (months > 120000 || days > 3660000 || secs > 316224000000)
        return -1;
    rel_offset(e, c, sign * months, sign * days, sign * secs, finest);
    c->first = i, c->last = last;
    /* a day-level offset may name the time: "2 days ago at 14:30" */
    if (finest < DNP_RU_HOUR)
        return rel_time(e, it, n, last, c);
    return last + 1;
}

static int rel_counted(const env *e, const item *it, int n, int i, cand *c)
{
    if (it[i].type == IT_WORD && rel_meaning(e, &it[i], REL_DIR_KINDS, DNP_RP_BEFORE, NULL)) {
        cand t = *c;
        int r = rel_counted_at(e, it, n, i, &t, true);
        if (r >= 0) {
            *c = t;
            return r;
        }
    }
    return rel_counted_at(e, it, n, i, c, false);
}

/* A weekday of a named week: "Monday of last week", "lundi de la semaine dernière". */
static int rel_weekday_of(const env *e, const item *it, int n, int i, cand *c)
{
    const dnp_meaning *w = rel_meaning(e, &it[i], 1u << DNP_K_WEEKDAY, 0, NULL);
    if (!w || w->value < 1 || w->value > 7)
        return -1;
    int k = i + 1;
    for (int steps = 0; steps < 4 && k < n; steps++) {
        if (is_space(&it[k]) || is_sep(&it[k], ',') ||
            (has_kind(&it[k], DNP_K_FILLER) && !has_kind(&it[k], DNP_K_REL_NAMED)))
            k++;
        else
            break;
    }
    if (k >= n || !has_kind(&it[k], DNP_K_REL_NAMED))
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

/* Tried before the month window: a counted phrase (3 days ago, il y a 2 heures, in 2 weeks,
   1 year 2 months ago, a week ago) at a number or a direction or number word, and a named
   phrase when the word is no month name, a weak one, or a month only of languages fewer
   people speak than the phrase's. */
int dnp_match_counted(const env *e, const item *it, int n, int i, cand *c)
{
    if (it[i].type == IT_NUM || (it[i].kinds & (REL_DIR_KINDS | (1u << DNP_K_REL_NUMBER)))) {
        int r = rel_counted(e, it, n, i, c);
        if (r != -1)
            return r;
    }
    /* a named phrase before the month window when it is no month name, a weak one, or a
       month only in languages fewer people speak: English "now" is no Bambara November,
       Turkish "dün" (yesterday) no Teso April */
    if (it[i].type == IT_WORD && (it[i].kinds & (1u << DNP_K_REL_NAMED))) {
        const dnp_meaning *m = rel_meaning(e, &it[i], 1u << DNP_K_REL_NAMED, 0, NULL);
        bool first = !(it[i].kinds & (1u << DNP_K_MONTH)) || it[i].mweak;
        if (!first && m && m->lang < dnp_nlangs && it[i].mtop >= 0 && it[i].mtop < dnp_nlangs &&
            !hinted_kind(e, &it[i], DNP_K_MONTH))
            first = dnp_langs[m->lang].speakers_k > dnp_langs[it[i].mtop].speakers_k;
        if (first)
            return rel_named(e, it, n, i, c);
    }
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
        return rel_named(e, it, n, i, c);
    }
    return -1; /* counted phrases: dnp_match_counted */
}

/* A weekday on its own (after every other reader failed): the latest such day on or before
   the reference. A full name anywhere, an abbreviation only as the whole text, a word that
   is an ordinary word too (risky) or means other things never; a weekday before a number
   that is no time is a date this library could not read, not a weekday alone. */
int dnp_match_weekday(const env *e, const item *it, int n, int i, cand *c)
{
    const item *x = &it[i];
    if (!has_kind(x, DNP_K_WEEKDAY))
        return -1;
    /* the weekday alone, or with a time after it ("Mon 19:43"), is the whole text */
    int k = skip_space(it, n, i + 1), end = i;
    if (k < n && is_sep(&it[k], ','))
        k = skip_space(it, n, k + 1);
    cand t = *c;
    if (k < n && it[k].type == IT_NUM) {
        t.last = i;
        rel_time(e, it, n, i, &t);
        if (t.last == i)
            return -1;
        end = t.last;
    }
    bool whole = whole_text(e, it, i, end);
    /* a word that means other things too ("in": Kurdish Friday) is no weekday alone */
    if (!only_kind(x, DNP_K_WEEKDAY) && !hinted_kind(e, x, DNP_K_WEEKDAY))
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
                if (it[b].m[q].kind != DNP_K_PREFIX)
                    dnp_langset_add(&near, it[b].m[q].lang);
    }
    const dnp_meaning *best = NULL;
    double best_score = -1;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *m = &x->m[q];
        if (m->kind != DNP_K_WEEKDAY || m->value < 1 || m->value > 7 || (m->flags & DNP_MF_RISKY) ||
            (!whole && (m->flags & DNP_MF_ABBR)))
            continue;
        if (!dnp_langset_empty(&near) && !dnp_langset_has(&near, m->lang))
            continue;
        /* in running text, as for named phrases: a weekday of a language few people write is
           more likely a word of another ("monde" in "il y a du monde") */
        bool hinted = e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang);
        if (!whole && !hinted && dnp_lang_rare(m->lang))
            continue;
        double s = dnp_meaning_pref(e, m, NULL);
        if (s > best_score)
            best_score = s, best = m;
    }
    if (!best)
        return -1;
    int now_wd = dnp_weekday(e->now_days);
    rel_set_day(e, c, e->now_days - (now_wd - best->value + 7) % 7);
    c->conf = whole ? DNP_CONF_WEEKDAY_WHOLE : DNP_CONF_WEEKDAY_RUNNING, c->lang = best->lang;
    c->first = c->last = i;
    if (end > i)
        return rel_time(e, it, n, i, c);
    return i + 1;
}
