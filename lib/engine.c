/*
 * engine.c: finds dates in tokens. dn_parse (the best date of a text) and dn_search (every
 * date, left to right) both run here.
 *
 * The text is read as a stream of tokens (tokenize.c). Words are looked up in the lexicon
 * (lexicon.c); a word the lexicon does not know, a hard separator, or a full buffer closes a
 * "cluster": a run of numbers, known words and separators that may hold dates. Noise around a
 * date ("Published on", "— Reuters (@Reuters)") thus never reaches the matcher. Each cluster
 * is scanned left to right; at each position the matcher tries, in order:
 *   1. ISO 8601 / RFC 3339: 2015-11-22, 2015-11-22T10:00:00.5+01:00, 20151122T1000Z,
 *      2015-W47-7, 2015-326, 2015-11 (year and month);
 *   2. a window of date words around a month name: 22 Nov 2015, Nov 22nd, 2015,
 *      Sonntag, 22. November 2015, 14:30 Uhr, 2015. november 22., Sun Nov 22 10:00:00 2015
 *      (asctime), Sun, 22 Nov 2015 10:00:00 +0100 (RFC 2822), Sunday, 22-Nov-15 (RFC 850);
 *   3. numbers with CLDR markers: 2015年11月22日, 2015년 11월 22일, 22 tháng 11, 2015;
 *   4. all-numeric dates: 22/11/2015, 11-22-2015, 22.11.15, 2015/11/22, 11/2015;
 *   5. a year on its own when it is the whole text or carries a year mark or an era;
 *   and, in clusters with relative words or weekdays, relative expressions (section 6:
 *   "3 days ago", "yesterday", "last Monday", tried first) and a weekday alone (tried last).
 * A time next to a date (14:30, 2:30 pm, 14h30, 14時30分, with Z, +01:00, GMT+1, UTC-5) is
 * read inside the window. Field assignment follows PostgreSQL's DecodeDateTime: classify the
 * tokens, then decide from the set of fields seen and the language's CLDR order.
 *
 * Not done here: zone names (skipped as noise), calendars other than
 * the Gregorian. Nothing here allocates; all state lives on the stack of one call.
 */
#include "parser.h"

#include <string.h>
#include <time.h>

#include <unicode/uchar.h>

#define CL_MAX 128 /* items held at once; a longer cluster is read in overlapping windows */
#define CL_KEEP 48 /* items of overlap between two windows: longer than any date */

enum { IT_NUM = 1, IT_WORD, IT_SEP, IT_GEN };

#define XF_MONEY 0x80 /* item flag: a currency sign or a percent sign */

/* A matcher's answer when it read a date-like run that holds no valid date ("31 November
   2015"): the run is consumed, so that no shorter reading ("November 2015") is made of it. */
#define NO_DATE_HERE (-2)

/* Language-neutral words of ISO 8601 and the RFCs. Sorted for bsearch-free linear scan. */
enum { G_T = 1, G_Z, G_W, G_GMT, G_UTC, G_UT };
static const struct {
    const char *w;
    uint8_t id;
} generic_words[] = {{"t", G_T}, {"z", G_Z}, {"w", G_W}, {"gmt", G_GMT}, {"utc", G_UTC}, {"ut", G_UT}};

typedef struct {
    uint8_t type;
    uint8_t gen;     /* IT_GEN: G_* */
    uint8_t ndigits; /* IT_NUM */
    uint8_t tflags;  /* DNP_TF_* */
    uint32_t sep;    /* IT_SEP: code point */
    uint64_t value;  /* IT_NUM */
    uint32_t start, end;
    uint32_t kinds;  /* IT_WORD: bit (1 << kind) for each kind among its meanings */
    /* IT_WORD with a month meaning, from one pass over its meanings (analyze_month_word) */
    int16_t mstrength; /* month_strength */
    bool mweak;        /* month_weak */
    bool mrisky;       /* every month meaning is risky */
    bool mone;         /* every month meaning has one value: no language decides it */
    uint8_t mbest;     /* the month value with the most speakers (no hint, no context) */
    int16_t mtop;      /* the language with the most speakers for mbest */
    const dnp_meaning *m;
    uint32_t nm;
} item;

typedef struct {
    const dn_parser *p;
    const char *text;
    size_t len;
    int64_t now_days; /* the reference date, in the reference zone */
    int now_year, now_month, now_day;
    int now_sec;      /* the reference's seconds into its day */
    int now_off;      /* the reference's zone, minutes east of UTC */
    size_t content_start, content_end; /* first and last non-separator bytes of the text */
    bool money;       /* the text holds a currency or percent sign (set while reading) */
} env;

/* A candidate date while it is being assembled. */
typedef struct {
    int year, month, day, week, yday;
    int hour, minute, second, ns, fdigits;
    int offset;
    bool has_offset, has_time;
    int weekday; /* named in the text, 0 if none */
    dn_precision prec;
    unsigned flags;
    int alt_y, alt_m, alt_d;
    float conf;
    int lang;    /* lexicon language index that matched, -1 = neutral */
    int first, last; /* items used */
} cand;

static bool is_sep(const item *it, uint32_t c)
{
    return it->type == IT_SEP && it->sep == c;
}

static bool is_space(const item *it)
{
    return it->type == IT_SEP && (it->tflags & DNP_TF_SPACE);
}

static bool has_kind(const item *it, int kind)
{
    return it->type == IT_WORD && (it->kinds & (1u << kind));
}

/* The word has this kind in a hinted language. */
static bool hinted_kind(const env *e, const item *w, int kind)
{
    if (!e->p->nhints)
        return false;
    for (uint32_t i = 0; i < w->nm; i++)
        if (w->m[i].kind == kind && dnp_langset_has(&e->p->hint_set, w->m[i].lang))
            return true;
    return false;
}

/* The word has this meaning in this language. */
static bool has_meaning(const item *w, int kind, int value, int lang)
{
    for (uint32_t i = 0; i < w->nm; i++)
        if (w->m[i].lang == lang && w->m[i].kind == kind && w->m[i].value == value)
            return true;
    return false;
}

/* The word means nothing but this kind, in every language that has it. */
static bool only_kind(const item *it, int kind)
{
    return it->type == IT_WORD && (it->kinds & ~(1u << DNP_K_PREFIX)) == (1u << kind);
}

/* Language set of the meanings of it that have the given kind (and value, if >= 0). */
static dnp_langset langs_of(const item *it, int kind, int value)
{
    dnp_langset s = {{0}};
    if (it->type != IT_WORD)
        return s;
    for (uint32_t i = 0; i < it->nm; i++)
        if (it->m[i].kind == kind && (value < 0 || it->m[i].value == value))
            dnp_langset_add(&s, it->m[i].lang);
    return s;
}

/* ---- building clusters ---------------------------------------------------------------- */

static bool ascii_word(const dnp_token *t)
{
    for (int i = 0; i < t->flen; i++)
        if ((unsigned char)t->fold[i] >= 0x80)
            return false;
    return t->flen > 0;
}

static int generic_id(const dnp_token *t)
{
    if (t->flen > 3 || t->flen == 0)
        return 0;
    for (size_t i = 0; i < sizeof generic_words / sizeof generic_words[0]; i++)
        if (generic_words[i].w[0] == t->fold[0] && strlen(generic_words[i].w) == t->flen &&
            memcmp(t->fold, generic_words[i].w, t->flen) == 0)
            return generic_words[i].id;
    return 0;
}


/* A word that begins a multi-word key: extend it over the following tokens (at most
   DNP_KEY_WORDS_MAX words: "Mwedi wa Nnyano na Nnyano na U" has seven) and keep the longest key with a real meaning. On success, *pos moves past it. */
static bool lookup_multi(const env *e, const dnp_token *first, size_t *pos, item *it,
                         const dnp_lex_key **found_key)
{
    char key[DNP_KEY_WORDS_MAX * (DNP_WORD_MAX + 1)];
    size_t klen = first->flen;
    memcpy(key, first->fold, klen);
    size_t p = *pos, best_pos = 0;
    bool found = false;
    for (int words = 1; words < DNP_KEY_WORDS_MAX; words++) {
        dnp_token t;
        bool sep = false;
        size_t q = p;
        for (;;) {
            if (!dnp_next_token(e->text, e->len, &q, &t))
                goto done;
            if (t.kind != DNP_TK_SEP)
                break;
            if (t.flags & DNP_TF_HARD)
                goto done;
            sep = true;
        }
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            goto done;
        if (sep)
            key[klen++] = ' ';
        memcpy(key + klen, t.fold, t.flen);
        klen += t.flen;
        const dnp_lex_key *lk = dnp_lex_find(key, klen);
        if (!lk)
            goto done;
        const dnp_meaning *m = &dnp_lex_meanings[lk->meaning];
        uint32_t n = lk->nmeaning, k = lk->kinds;
        if (k & ~(1u << DNP_K_PREFIX)) {
            it->m = m;
            it->nm = n;
            it->kinds = k;
            *found_key = lk;
            it->end = t.end;
            best_pos = q;
            found = true;
        }
        p = q;
        if (!(k & (1u << DNP_K_PREFIX)))
            break;
    }
done:
    /* the longest key found, whatever stopped the search ("il y a" before "un jour") */
    if (found)
        *pos = best_pos;
    return found;
}

/* ---- small readers over items ----------------------------------------------------------- */

static int year_from_digits(const env *e, uint64_t v, int ndigits, unsigned *flags)
{
    if (ndigits == 2) {
        *flags |= DN_FLAG_TWO_DIGIT_YEAR;
        return (int)v < e->p->pivot ? 2000 + (int)v : 1900 + (int)v;
    }
    return (int)v;
}

static bool valid_ymd(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= dnp_days_in_month(y, m);
}

/* Whether the number at k can be part of a date: not a piece of a decimal or grouped
   number ("5,99", "1,234") and not an amount or a percentage ("$ 12", "12 %"). */
static bool grouped(const item *l, const item *comma, const item *r)
{
    /* "5,99" and "1,234" are numbers; "5,1999" (Kannada "MMMM d,y") is a day and a year */
    return comma->type == IT_SEP && comma->sep == ',' && l->type == IT_NUM && r->type == IT_NUM &&
           comma->start == l->end && r->start == comma->end &&
           !(l->ndigits <= 2 && r->ndigits == 4 && r->value >= 1000 && r->value <= 2999);
}

static bool num_usable(const env *e, const item *it, int n, int k)
{
    const item *x = &it[k];
    if (k + 2 < n && grouped(x, &it[k + 1], &it[k + 2]))
        return false;
    if (k >= 2 && grouped(&it[k - 2], &it[k - 1], x))
        return false;
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

/* Skips white space forward from i; returns the index of the next non-space item. */
static int skip_space(const item *it, int n, int i)
{
    while (i < n && is_space(&it[i]))
        i++;
    return i;
}

/* Offset after a time: Z, +01:00, +0100, +01, GMT, GMT+1, UTC-05:00. Returns the index after
   it, or i when there is none. */
static int read_offset(const item *it, int n, int i, cand *c)
{
    int j = i;
    bool named = false;
    if (j < n && is_space(&it[j]))
        j++;
    if (j < n && it[j].type == IT_GEN && it[j].gen == G_Z && (it[j].tflags & DNP_TF_ADJ)) {
        c->offset = 0, c->has_offset = true;
        return j + 1;
    }
    if (j < n && (it[j].gen == G_GMT || it[j].gen == G_UTC || it[j].gen == G_UT)) {
        named = true;
        c->offset = 0, c->has_offset = true;
        j++;
        i = j;
    }
    if (j < n && it[j].type == IT_SEP && (it[j].sep == '+' || it[j].sep == '-') && j + 1 < n &&
        it[j + 1].type == IT_NUM) {
        int sign = it[j].sep == '-' ? -1 : 1;
        const item *h = &it[j + 1];
        int hh, mm = 0, k = j + 2;
        if (h->ndigits == 4) {
            hh = (int)(h->value / 100), mm = (int)(h->value % 100);
        } else if (h->ndigits <= 2 && (named || h->ndigits == 2)) {
            hh = (int)h->value;
            if (k + 1 < n && is_sep(&it[k], ':') && it[k + 1].type == IT_NUM &&
                it[k + 1].ndigits == 2) {
                mm = (int)it[k + 1].value;
                k += 2;
            }
        } else
            return i;
        if (hh > 18 || mm > 59)
            return i;
        c->offset = sign * (hh * 60 + mm);
        c->has_offset = true;
        return k;
    }
    return named ? j : i;
}

/* The am/pm value most languages give a word ("ip." is pm in Finnish, am in Inari Sami:
   a tie keeps the first). */
static int ampm_value(const item *w)
{
    int votes[2] = {0, 0}, first = -1;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_AMPM && w->m[q].value <= 1) {
            votes[w->m[q].value]++;
            if (first < 0)
                first = w->m[q].value;
        }
    if (votes[0] == votes[1])
        return first;
    return votes[1] > votes[0];
}

/* Whether a word is read as am/pm: not when it is also a zone name of the RFCs (Embu "ut"
   is pm, but "10:00:00 UT" is RFC 822's UT), unless the hint's language says so. */
static bool ampm_word(const env *e, const item *w)
{
    if (!has_kind(w, DNP_K_AMPM))
        return false;
    return w->gen == 0 || (e && hinted_kind(e, w, DNP_K_AMPM));
}

/* A clock time at i: H:MM[:SS[.f]] [am|pm] [offset], or H <hour mark> [MM [<minute mark>]
   [SS <second mark>]], with an am/pm word before or after. Returns the index after it, or -1. */
static int read_time(const env *e, const item *it, int n, int i, cand *c, dnp_langset *langs)
{
    int ampm = -1, j = i, lead = -1;
    dnp_langset ap_langs = {{0}};
    if (j < n && ampm_word(e, &it[j])) {
        /* "오후 2:30", "下午2:30", Hungarian "du. 9:06" */
        int k = skip_space(it, n, j + 1);
        if (k < n && is_sep(&it[k], '.'))
            k = skip_space(it, n, k + 1);
        if (k < n && it[k].type == IT_NUM) {
            ampm = ampm_value(&it[j]);
            ap_langs = langs_of(&it[j], DNP_K_AMPM, -1);
            lead = ampm;
            j = k;
        }
    }
    if (j >= n || it[j].type != IT_NUM || it[j].ndigits > 2)
        return -1;
    int h = (int)it[j].value, mi = 0, s = 0, ns = 0, fd = 0, k;
    /* H:MM, or H.MM as Danish, Finnish and Bengali clocks write it (the minutes touching
       the dot, so that "22. 11." is no time) */
    uint32_t ts = 0;
    if (j + 2 < n && it[j + 2].type == IT_NUM && it[j + 2].ndigits == 2 &&
        (is_sep(&it[j + 1], ':') ||
         (is_sep(&it[j + 1], '.') && it[j + 2].start == it[j + 1].end && h <= 23 &&
          /* 05.01.2016 is a date, 14.12.45 a time */
          !(j + 4 < n && is_sep(&it[j + 3], '.') && it[j + 4].type == IT_NUM &&
            it[j + 4].ndigits != 2))))
        ts = it[j + 1].sep;
    if (ts) {
        mi = (int)it[j + 2].value;
        k = j + 3;
        if (k + 1 < n && is_sep(&it[k], ts) && it[k + 1].type == IT_NUM && it[k + 1].ndigits == 2) {
            s = (int)it[k + 1].value;
            k += 2;
            if (k + 1 < n && (is_sep(&it[k], '.') || is_sep(&it[k], ',')) &&
                it[k + 1].type == IT_NUM && !(it[k + 1].tflags & DNP_TF_LONG)) {
                fd = it[k + 1].ndigits > 9 ? 9 : it[k + 1].ndigits;
                uint64_t v = it[k + 1].value;
                for (int q = it[k + 1].ndigits; q > 9; q--)
                    v /= 10;
                for (int q = fd; q < 9; q++)
                    v *= 10;
                ns = (int)v;
                k += 2;
            }
        }
        c->prec = fd ? DN_PREC_FRACTION : (k > j + 3 ? DN_PREC_SECOND : DN_PREC_MINUTE);
    } else {
        /* hour marks: 14h30, 14 h 30, 14 Uhr, 14時30分5秒; or an hour and am/pm: 5 pm */
        k = skip_space(it, n, j + 1);
        /* only a word that is nothing but am/pm: "12 de junio" is not 12 a.m. (Hungarian
           "de"); unless it touches the number: "10am" */
        if (k < n && ampm < 0 &&
            (only_kind(&it[k], DNP_K_AMPM) ||
             (k == j + 1 && (it[k].tflags & DNP_TF_ADJ) && ampm_word(e, &it[k])))) {
            c->prec = DN_PREC_HOUR;
            goto after;
        }
        if (k >= n || !has_kind(&it[k], DNP_K_HOUR_MARK))
            return -1;
        dnp_langset hm = langs_of(&it[k], DNP_K_HOUR_MARK, -1);
        dnp_langset_or(&ap_langs, &hm);
        k++;
        c->prec = DN_PREC_HOUR;
        int q = skip_space(it, n, k);
        if (q < n && it[q].type == IT_NUM && it[q].ndigits <= 2 && it[q].value < 60) {
            int r = skip_space(it, n, q + 1);
            bool mark = r < n && has_kind(&it[r], DNP_K_MINUTE_MARK);
            if (mark || it[q].ndigits == 2) {
                mi = (int)it[q].value;
                c->prec = DN_PREC_MINUTE;
                k = mark ? r + 1 : q + 1;
                int u = skip_space(it, n, k);
                if (mark && u < n && it[u].type == IT_NUM && it[u].value < 61) {
                    int w = skip_space(it, n, u + 1);
                    if (w < n && has_kind(&it[w], DNP_K_SECOND_MARK)) {
                        s = (int)it[u].value;
                        c->prec = DN_PREC_SECOND;
                        k = w + 1;
                    }
                }
            }
        }
    }
    /* a word for "o'clock" after a colon time: "14:30 Uhr", Bulgarian "9:35 ч." */
    if (ts) {
        int q = skip_space(it, n, k);
        if (q < n && has_kind(&it[q], DNP_K_HOUR_MARK) && !has_kind(&it[q], DNP_K_AMPM)) {
            k = q + 1;
            if (k < n && is_sep(&it[k], '.'))
                k++;
        }
    }
after:
    /* am/pm after the time: "2:30 pm", "2:30pm", "2:30 p.m."; it wins over a word before
       that may be a filler ("sa 2:50 PM" in Cebuano) */
    if (ampm < 0 || lead >= 0) {
        int q = skip_space(it, n, k);
        if (q < n && ampm_word(e, &it[q])) {
            ampm = ampm_value(&it[q]);
            ap_langs = langs_of(&it[q], DNP_K_AMPM, -1);
            k = q + 1;
        }
    }
    if (ampm >= 0) {
        if (h < 1 || h > 12)
            return -1;
        h = (h % 12) + (ampm ? 12 : 0);
        if (langs && !dnp_langset_empty(&ap_langs))
            *langs = ap_langs;
    }
    if (h > 24 || mi > 59 || s > 60 || (h == 24 && (mi || s)))
        return -1;
    c->hour = h == 24 ? 0 : h, c->minute = mi, c->second = s, c->ns = ns, c->fdigits = fd;
    c->has_time = true;
    k = read_offset(it, n, k, c);
    return k;
}

/* A time after a date ends at `from`: skips separators, fillers and year marks between
   ("22.12.2060 г., 9:54 ч.", "22 tháng 11, 2015 lúc 2:30 CH", "22/11/2015 à 14h30") and
   reads it into c. Returns the index after the time, or -1. */
static int time_after(const env *e, const item *it, int n, int from, cand *c)
{
    int q = from;
    for (int steps = 0; q < n && steps < 8; steps++) {
        const item *x = &it[q];
        if (x->type == IT_NUM || has_kind(x, DNP_K_AMPM)) {
            cand t = *c;
            int r = read_time(e, it, n, q, &t, NULL);
            if (r > 0) {
                *c = t;
                return r;
            }
        }
        if (x->type == IT_SEP && !(x->tflags & DNP_TF_HARD) &&
            (is_space(x) || x->sep == ',' || x->sep == '.' || x->sep == '(' || x->sep == '-'))
            q++;
        else if (x->type == IT_WORD && !has_kind(x, DNP_K_MONTH) &&
                 (x->kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_YEAR_MARK))))
            q++;
        else if (x->type == IT_GEN && x->gen == G_T)
            q++;
        else
            break;
    }
    return -1;
}

/* ---- 1. ISO 8601 ------------------------------------------------------------------------ */

static int iso_time_tail(const item *it, int n, int k, cand *c)
{
    /* T or one space, then a clock time */
    int j = k;
    if (j < n && it[j].type == IT_GEN && it[j].gen == G_T)
        j++;
    else if (j < n && is_space(&it[j]))
        j++;
    else
        return k;
    if (j < n && it[j].type == IT_NUM && (it[j].ndigits == 4 || it[j].ndigits == 6) &&
        it[j - 1].type == IT_GEN) {
        /* basic: T1030, T103000 */
        int v = (int)it[j].value, h, mi, s = 0;
        if (it[j].ndigits == 6)
            h = v / 10000, mi = v / 100 % 100, s = v % 100;
        else
            h = v / 100, mi = v % 100;
        if (h > 23 || mi > 59 || s > 60)
            return k;
        c->hour = h, c->minute = mi, c->second = s, c->has_time = true;
        c->prec = it[j].ndigits == 6 ? DN_PREC_SECOND : DN_PREC_MINUTE;
        return read_offset(it, n, j + 1, c);
    }
    cand t = *c;
    int r = read_time(NULL, it, n, j, &t, NULL);
    if (r < 0)
        return k;
    *c = t;
    return r;
}

/* Week w of ISO year y, and weekday wd (1..7) when has_wd: "2015-W47-7" is 2015-11-22. A
   weekday out of range makes no date of the whole. */
static int iso_week(const env *e, int y, int w, int wd, bool has_wd, int first, int last, cand *c)
{
    (void)e;
    /* ISO week 1 is the week with the year's first Thursday */
    int64_t jan4 = dnp_days_from_civil(y, 1, 4);
    int64_t mon1 = jan4 - (dnp_weekday(jan4) - 1);
    int64_t dec28 = dnp_days_from_civil(y, 12, 28);
    int maxw = (int)((dec28 - mon1) / 7) + 1;
    if (w < 1 || w > maxw) {
        c->last = last;
        return NO_DATE_HERE;
    }
    if (has_wd) {
        if (wd < 1 || wd > 7) {
            c->last = last;
            return NO_DATE_HERE;
        }
        dnp_civil_from_days(mon1 + (int64_t)(w - 1) * 7 + wd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY;
    } else {
        c->year = y, c->week = w, c->prec = DN_PREC_WEEK;
    }
    c->conf = 0.95f, c->first = first, c->last = last;
    return last + 1;
}

static int match_iso(const env *e, const item *it, int n, int i, cand *c)
{
    (void)e;
    const item *a = &it[i];
    if (a->type != IT_NUM)
        return -1;
    /* basic 20151122[T...] */
    if (a->ndigits == 8) {
        int y = (int)(a->value / 10000), m = (int)(a->value / 100 % 100), d = (int)(a->value % 100);
        if (y < 1000 || !valid_ymd(y, m, d))
            return -1;
        c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
        int k = i + 1;
        if (k < n && it[k].type == IT_GEN && it[k].gen == G_T)
            k = iso_time_tail(it, n, k, c);
        else if (k < n && (it[k].type == IT_NUM || it[k].type == IT_WORD))
            return -1;
        c->conf = 0.9f, c->first = i, c->last = k - 1;
        return k;
    }
    /* basic ordinal date 2015326: seven digits are too common (phone numbers, ids) to take
       anywhere but as the whole text */
    if (a->ndigits == 7 && a->start == e->content_start && a->end == e->content_end) {
        int y = (int)(a->value / 1000), yd = (int)(a->value % 1000);
        int days = dnp_days_in_month(y, 2) == 29 ? 366 : 365;
        if (y < 1000 || yd < 1 || yd > days)
            return -1;
        dnp_civil_from_days(dnp_days_from_civil(y, 1, 1) + yd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY, c->conf = 0.7f, c->first = c->last = i;
        return i + 1;
    }
    /* basic week date 2015W47, 2015W477 */
    if (a->ndigits == 4 && i + 2 < n && it[i + 1].type == IT_GEN && it[i + 1].gen == G_W &&
        (it[i + 1].tflags & DNP_TF_ADJ) && it[i + 2].type == IT_NUM &&
        (it[i + 2].tflags & DNP_TF_ADJ) && (it[i + 2].ndigits == 2 || it[i + 2].ndigits == 3)) {
        int w = (int)it[i + 2].value, wd = 0;
        if (it[i + 2].ndigits == 3)
            wd = w % 10, w /= 10;
        return iso_week(e, (int)a->value, w, wd, it[i + 2].ndigits == 3, i, i + 2, c);
    }
    if (a->ndigits != 4 || i + 2 >= n)
        return -1;
    int y = (int)a->value;
    uint32_t s = it[i + 1].type == IT_SEP ? it[i + 1].sep : 0;
    if (s != '-')
        return -1;
    const item *b = &it[i + 2];
    /* week date 2015-W47[-7] */
    if (b->type == IT_GEN && b->gen == G_W && i + 3 < n && it[i + 3].type == IT_NUM &&
        it[i + 3].ndigits == 2) {
        int k = i + 4;
        if (k + 1 < n && is_sep(&it[k], '-') && it[k + 1].type == IT_NUM && it[k + 1].ndigits == 1)
            return iso_week(e, y, (int)it[i + 3].value, (int)it[k + 1].value, true, i, k + 1, c);
        return iso_week(e, y, (int)it[i + 3].value, 0, false, i, i + 3, c);
    }
    if (b->type != IT_NUM)
        return -1;
    /* ordinal date 2015-326 */
    if (b->ndigits == 3) {
        int yd = (int)b->value, days = dnp_days_in_month(y, 2) == 29 ? 366 : 365;
        if (yd < 1 || yd > days || (i + 3 < n && is_sep(&it[i + 3], '-')))
            return -1;
        dnp_civil_from_days(dnp_days_from_civil(y, 1, 1) + yd - 1, &c->year, &c->month, &c->day);
        c->prec = DN_PREC_DAY;
        int k = iso_time_tail(it, n, i + 3, c);
        c->conf = 0.9f, c->first = i, c->last = k - 1;
        return k;
    }
    if (b->ndigits != 2)
        return -1;
    int m = (int)b->value;
    if (i + 4 < n && is_sep(&it[i + 3], '-') && it[i + 4].type == IT_NUM && it[i + 4].ndigits == 2) {
        int d = (int)it[i + 4].value;
        if (!valid_ymd(y, m, d))
            return -1;
        /* a longer chain of numbers (an id such as 2015-11-22-1234) is not a date */
        if (i + 6 < n && is_sep(&it[i + 5], '-') && it[i + 6].type == IT_NUM)
            return -1;
        c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
        int k = iso_time_tail(it, n, i + 5, c);
        c->conf = 1.0f, c->first = i, c->last = k - 1;
        return k;
    }
    /* year and month: 2015-11 (not 2015-11-5, not a range 2015-16 (two digits > 12)) */
    if (m < 1 || m > 12 || (i + 3 < n && (is_sep(&it[i + 3], '-') || it[i + 3].type == IT_NUM)))
        return -1;
    c->year = y, c->month = m, c->prec = DN_PREC_MONTH;
    c->conf = 0.7f, c->first = i, c->last = i + 2;
    return i + 3;
}

/* ---- 2. month names ----------------------------------------------------------------------- */

/* Chooses the month value of a month word given the languages of the other words: the value
   whose languages meet the context, preferring hints, then the value most languages give
   ("listopad": 11 in Polish and Czech, 10 in Croatian). Returns the value, sets *langs. */
/* Speakers (thousands) of the languages of a set, and the language with the most. */
static double langset_speakers(const dnp_langset *s, int *top)
{
    double sum = 0, best = -1;
    for (int w = 0; w < DNP_LANG_WORDS; w++)
        for (uint64_t b = s->w[w]; b; b &= b - 1) {
            int l = w * 64 + __builtin_ctzll(b);
            double k = l < dnp_nlangs ? dnp_langs[l].speakers_k : 0;
            sum += k;
            if (top && k > best)
                best = k, *top = l;
        }
    return sum;
}

static int choose_month(const env *e, const item *w, const dnp_langset *ctx, dnp_langset *langs)
{
    /* nothing but speakers to decide: analyze_month_word has the answer; the languages are
       read only when asked for */
    if (!e->p->nhints && (w->mone || !(ctx && !dnp_langset_empty(ctx)))) {
        if (langs && w->mbest)
            *langs = langs_of(w, DNP_K_MONTH, w->mbest);
        return w->mbest;
    }
    /* one pass over the meanings: for each month value, its speakers and whether a hint or
       the context (the weekday's languages) has it */
    double speakers[13] = {0};
    bool hinted[13] = {0}, in_ctx[13] = {0}, seen[13] = {0};
    bool use_ctx = ctx && !dnp_langset_empty(ctx);
    for (uint32_t i = 0; i < w->nm; i++) {
        const dnp_meaning *m = &w->m[i];
        if (m->kind != DNP_K_MONTH || m->value < 1 || m->value > 12)
            continue;
        seen[m->value] = true;
        speakers[m->value] += m->lang < dnp_nlangs ? dnp_langs[m->lang].speakers_k : 0;
        if (e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang))
            hinted[m->value] = true;
        if (use_ctx && dnp_langset_has(ctx, m->lang))
            in_ctx[m->value] = true;
    }
    int best = 0;
    double best_score = -1;
    for (int v = 1; v <= 12; v++) {
        if (!seen[v])
            continue;
        /* hints first, then agreement with the other words, then speakers */
        double score = speakers[v] / 1e7 + (hinted[v] ? 10000 : 0) + (in_ctx[v] ? 1000 : 0);
        if (score > best_score)
            best_score = score, best = v;
    }
    if (best && langs)
        *langs = langs_of(w, DNP_K_MONTH, best);
    return best;
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

/* One pass over a month word's meanings, once per word and text: how strong a month name it
   is (month_strength), whether it is weak (month_weak), and its month and language when no
   hint or other word decides (choose_month). Words like "nov" have a hundred meanings; the
   windows that hold the word read these fields instead. */
static void analyze_month_word(const env *e, item *w, const dnp_lex_key *key)
{
    if (!e->p->nhints) {
        /* no hint: lexgen has worked it all out (the same rules as below) */
        w->mbest = key->mbest;
        w->mtop = (int16_t)key->mtop;
        w->mrisky = (key->mflags & DNP_KM_RISKY) != 0;
        int st = (key->mflags & DNP_KM_PURE) ? 8 : (key->mflags & DNP_KM_MOSTLY) ? 6 : 0;
        if (!w->mrisky)
            st += 4;
        st += (w->end - w->start) > 6 ? 3 : (int)(w->end - w->start) / 2;
        if (w->kinds & (1u << DNP_K_WEEKDAY))
            st -= 2;
        w->mstrength = (int16_t)st;
        w->mweak = w->mrisky || !(key->mflags & DNP_KM_MOSTLY);
        w->mone = (key->mflags & DNP_KM_ONE) != 0;
        return;
    }
    int months = 0, others = 0;
    bool risky_all = true, h_month = false, h_other = false;
    double speakers[13] = {0};
    for (uint32_t i = 0; i < w->nm; i++) {
        const dnp_meaning *m = &w->m[i];
        bool hinted = e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang);
        if (m->kind == DNP_K_MONTH) {
            months++;
            if (!(m->flags & DNP_MF_RISKY))
                risky_all = false;
            if (m->value >= 1 && m->value <= 12)
                speakers[m->value] += m->lang < dnp_nlangs ? dnp_langs[m->lang].speakers_k : 0;
            h_month |= hinted;
        } else if (m->kind != DNP_K_PREFIX && !dnp_kind_rel(m->kind)) {
            others++;
            if (hinted && (m->kind == DNP_K_WEEKDAY || m->kind == DNP_K_FILLER ||
                           m->kind == DNP_K_AMPM))
                h_other = true;
        }
    }
    bool present[13] = {false};
    for (uint32_t i = 0; i < w->nm; i++)
        if (w->m[i].kind == DNP_K_MONTH && w->m[i].value <= 12)
            present[w->m[i].value] = true;
    int best = 0;
    for (int v = 1; v <= 12; v++)
        if (present[v] && speakers[v] > (best ? speakers[best] : -1.0))
            best = v;
    double top = -1;
    w->mtop = -1;
    for (uint32_t i = 0; i < w->nm; i++) {
        const dnp_meaning *m = &w->m[i];
        if (m->kind == DNP_K_MONTH && m->value == best && m->lang < dnp_nlangs &&
            dnp_langs[m->lang].speakers_k > top)
            top = dnp_langs[m->lang].speakers_k, w->mtop = (int16_t)m->lang;
    }
    w->mbest = (uint8_t)best;
    w->mrisky = risky_all;
    /* a month name, or something else? a word the hinted language uses as something else
       is that (rm "du," is Sunday, sc "de" a filler), whatever other languages call a
       month by it; a word that is only ever a month beats one that is also a filler,
       weekday or am/pm somewhere ("de" is December in Jola-Fonyi, "sun" June in Tongan); a
       hint language and a longer word count too */
    int st = 0;
    if (!h_month && h_other) {
        st = -100;
    } else {
        if (!others)
            st += 8;
        else if (months > others)
            st += 6;
        if (!risky_all)
            st += 4;
        if (h_month)
            st += 16;
        st += (w->end - w->start) > 6 ? 3 : (int)(w->end - w->start) / 2;
        /* of two month candidates, the one that is also a weekday is more likely the
           weekday: French "mar. 5 jan. 1999" */
        if (w->kinds & (1u << DNP_K_WEEKDAY))
            st -= 2;
    }
    w->mstrength = (int16_t)st;
    /* weak: also an ordinary word, or more often something else than a month, and in no
       hinted language ("No", "PS", "de") */
    w->mweak = !h_month && (risky_all || months <= others);
}

static int month_strength(const env *e, const item *w)
{
    (void)e;
    return w->mstrength;
}

static bool month_weak(const env *e, const item *w)
{
    (void)e;
    return w->mweak;
}

static int match_month_window(const env *e, const item *it, int n, int i, cand *c)
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
            int r = read_time(e, it, end, k, &t, &tl);
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
            if (x->type == IT_NUM && !num_usable(e, it, end, k))
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
        month = choose_month(e, &it[mw], have_ctx ? &ctx : NULL,
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
        langset_speakers(&both, &lang);
    c->lang = lang;
    return last + 1;
}

/* ---- 3. numbers with CLDR marks ---------------------------------------------------------
 * Dates whose month is a number made a name by words around it, all from CLDR patterns:
 *   2015年11月22日 (marks after), 2015년 11월 22일, 22 tháng 11, 2015 (a prefix before),
 *   ngày 8 tháng 1 năm 2015, 2015 оны 11-р сарын 22, 22 M11 2015, 22 ne 11-Kysã, 2015.
 * The month must be marked; the year and the day may be marked or bare (a bare year has
 * four digits, a bare day is the 1-2 digit number left). */

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

static int match_marks(const env *e, const item *it, int n, int i, cand *c)
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
        int r = time_after(e, it, n, q, c);
        if (r > 0)
            c->last = r - 1;
    }
    return c->last + 1;
}

/* ---- 4. all-numeric dates ------------------------------------------------------------------ */

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
    c->conf = 0.5f;
    c->flags |= order_bits(order == DN_ORDER_MDY ? DN_ORDER_MDY : DN_ORDER_DMY,
                           !valid_ymd((int)y->value, d, m));
    if (valid_ymd((int)y->value, d, m) && d != m && !e->p->order_from_user) {
        c->flags |= DN_FLAG_AMBIGUOUS;
        c->alt_y = (int)y->value, c->alt_m = d, c->alt_d = m;
        c->conf = 0.4f;
    }
    c->first = i, c->last = i + 4;
    return i + 5;
}

/* "am 22.11.": a day and a month with their dots and no year, day-first as every language
   that writes it so; only where the text says it is day-first (a hint, --order DMY). */
static int match_day_month(const env *e, const item *it, int n, int i, cand *c)
{
    if (i + 3 >= n || !is_sep(&it[i + 1], '.') || it[i + 2].type != IT_NUM || !is_sep(&it[i + 3], '.'))
        return -1;
    const item *a = &it[i], *b = &it[i + 2];
    if (a->ndigits > 2 || b->ndigits > 2 || b->start != it[i + 1].end)
        return -1;
    /* nothing numeric right after the last dot: "22.11.2015" is another form */
    if (i + 4 < n && (it[i + 4].type == IT_NUM || it[i + 4].type == IT_WORD))
        return -1;
    if (i >= 1 && it[i - 1].type == IT_SEP && !is_space(&it[i - 1]))
        return -1;
    bool dmy = e->p->user_order == DN_ORDER_DMY ||
               (e->p->user_order == DN_ORDER_AUTO && e->p->nhints && e->p->hint_short == DNP_ORD_DMY);
    if (!dmy || !valid_ymd(e->now_year, (int)b->value, (int)a->value))
        return -1;
    c->year = e->now_year, c->month = (int)b->value, c->day = (int)a->value;
    c->prec = DN_PREC_DAY;
    c->flags |= DN_FLAG_YEAR_IMPLIED;
    c->flags |= order_bits(DN_ORDER_DMY, !valid_ymd(e->now_year, (int)a->value, (int)b->value));
    c->conf = 0.5f;
    c->first = i, c->last = i + 3;
    return i + 4;
}

static int match_numeric(const env *e, const item *it, int n, int i, cand *c)
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
    /* not the tail of a longer chain: 978-3-16-148410-0, 192.168.1.1, 1.2.3.4 */
    if (i >= 2 && it[i - 1].type == IT_SEP && numeric_sep(it[i - 1].sep) && it[i - 2].type == IT_NUM)
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
    const item *cc = NULL;
    int third = -1;
    if (s == '.' && k2 + 1 < n && is_space(&it[k2]) && is_sep(&it[k2 + 1], '.'))
        k2++;
    /* "22/11 2015" (Kako): a space before a four-digit year */
    if (k2 + 1 < n && is_space(&it[k2]) && it[k2 + 1].type == IT_NUM && it[k2 + 1].ndigits == 4 &&
        a->ndigits <= 2 && b->ndigits <= 2 && s != '-') {
        cc = &it[k2 + 1];
        third = k2 + 1;
    } else if (k2 < n && is_sep(&it[k2], s)) {
        int k3 = k2 + 1;
        if (k3 < n && is_space(&it[k3]) && s == '.')
            k3++;
        if (k3 < n && it[k3].type == IT_NUM && it[k3].ndigits <= 4) {
            cc = &it[k3];
            third = k3;
        }
    }
    if (cc) {
        /* a chain that goes on: "4.3.12-rc1", "2015/11/22/slug" */
        if (third + 2 < n && it[third + 1].type == IT_SEP &&
            (it[third + 1].sep == '-' || it[third + 1].sep == '.' || it[third + 1].sep == '/') &&
            it[third + 1].start == cc->end && it[third + 2].start == it[third + 1].end &&
            (it[third + 2].type == IT_NUM || it[third + 2].type == IT_WORD ||
             it[third + 2].type == IT_GEN) && s != '/')
            return -1;
        /* a fourth number in the chain: an IP address, a version, an ISBN */
        if (third + 2 < n && is_sep(&it[third + 1], s) && it[third + 2].type == IT_NUM)
            return -1;
        if (third + 1 < n && (it[third + 1].type == IT_NUM || it[third + 1].type == IT_WORD) &&
            (it[third + 1].tflags & DNP_TF_ADJ) && !has_kind(&it[third + 1], DNP_K_YEAR_MARK) &&
            !(it[third + 1].type == IT_GEN))
            return -1;
        int na = a->ndigits, nb = b->ndigits, nc = cc->ndigits;
        int av = (int)a->value, bv = (int)b->value, cv = (int)cc->value;
        unsigned flags = 0;
        int y, m, d, ay = 0, am = 0, ad = 0;
        bool alt = false;
        if (na == 4) {
            /* year first: YMD, or YDM where the hint's CLDR patterns write it (ug yMd
               "y-d-M", ky "y-dd-MM"): unpadded fields follow the yMd skeleton, padded ones
               the SHORT pattern; the other is tried when the first is no valid date */
            if (nb > 2 || nc > 2)
                return -1;
            bool ydm_first = false, ydm_ok = false;
            if (e->p->user_order == DN_ORDER_AUTO && e->p->nhints > 0) {
                bool unpadded = nb == 1 || nc == 1;
                uint8_t o1 = unpadded ? e->p->hint_ymd : e->p->hint_short;
                uint8_t o2 = unpadded ? e->p->hint_short : e->p->hint_ymd;
                ydm_first = o1 == DNP_ORD_YDM;
                ydm_ok = ydm_first || o2 == DNP_ORD_YDM;
            }
            if (ydm_first && valid_ymd(av, cv, bv))
                y = av, m = cv, d = bv;
            else if (valid_ymd(av, bv, cv))
                y = av, m = bv, d = cv;
            else if (ydm_ok && valid_ymd(av, cv, bv))
                y = av, m = cv, d = bv;
            else
                return -1;
            if (m == bv) /* year-month-day (year-day-month has no dn_order) */
                flags |= order_bits(DN_ORDER_YMD, !valid_ymd(av, cv, bv));
        } else {
            /* the order: --order; else the hint's CLDR pattern (the yMd skeleton for a
               four-digit year, the SHORT pattern for two digits: so writes dd/MM/yy but
               M/d/y); else, without a hint, dots are the day-first convention (de, ru,
               pl, ...), and so are native digits and bidi marks (Arabic, Persian, Hebrew
               locales write day first), while plain ASCII slashes and dashes fall back to
               month-first, the commonest reading of ambiguous dates on the web */
            int order;
            if (e->p->user_order != DN_ORDER_AUTO)
                order = e->p->user_order;
            else if (e->p->nhints > 0) {
                /* unpadded fields ("1/5/1999") follow the yMd skeleton, padded ones the
                   SHORT pattern ("05/01/1999"; mt writes dd/MM/y but M/d/y) */
                bool unpadded = (na == 1 || nb == 1) && nc == 4;
                uint8_t o = unpadded ? e->p->hint_ymd : e->p->hint_short;
                if (o != DNP_ORD_DMY && o != DNP_ORD_MDY && !(o == DNP_ORD_YMD && na == 2 && nc <= 2))
                    o = e->p->hint_short;
                order = o == DNP_ORD_MDY ? DN_ORDER_MDY : o == DNP_ORD_YMD ? DN_ORDER_YMD
                                                                         : DN_ORDER_DMY;
            } else {
                bool native = false;
                for (uint32_t q = a->start; q < cc->end && !native; q++)
                    native = (unsigned char)e->text[q] >= 0x80;
                order = (s == '.' || native) ? DN_ORDER_DMY : DN_ORDER_MDY;
            }
            if (na > 2 || nb > 2 || (nc != 4 && nc != 2 && !(order == DN_ORDER_YMD && na == 2)))
                return -1;
            if (nc <= 2 && order == DN_ORDER_YMD && na == 2) {
                /* 15/11/22, 99. 1. 5. under YMD */
                y = year_from_digits(e, (uint64_t)av, 2, &flags), m = bv, d = cv;
                if (!valid_ymd(y, m, d))
                    return -1;
                flags |= order_bits(DN_ORDER_YMD, false); /* the year's place is a preference */
            } else {
                y = nc == 4 ? cv : year_from_digits(e, (uint64_t)cv, 2, &flags);
                bool dmy_ok = valid_ymd(y, bv, av), mdy_ok = valid_ymd(y, av, bv);
                /* dots are day-first: "5.15.28" is a version number, not 15 May (with a
                   four-digit year, "10.15.2023" is still read month-first) */
                if (s == '.' && nc != 4 && e->p->user_order == DN_ORDER_AUTO && !e->p->nhints &&
                    !dmy_ok)
                    return -1;
                bool prefer_mdy = order == DN_ORDER_MDY;
                if (prefer_mdy ? mdy_ok : !dmy_ok && mdy_ok) {
                    m = av, d = bv;
                    flags |= order_bits(DN_ORDER_MDY, !dmy_ok);
                    if (dmy_ok && av != bv)
                        alt = true, ay = y, am = bv, ad = av;
                } else if (dmy_ok) {
                    m = bv, d = av;
                    flags |= order_bits(DN_ORDER_DMY, !mdy_ok);
                    if (mdy_ok && av != bv)
                        alt = true, ay = y, am = av, ad = bv;
                } else
                    return -1;
            }
        }
        c->year = y, c->month = m, c->day = d, c->prec = DN_PREC_DAY;
        c->flags |= flags;
        c->conf = 0.8f;
        if (alt) {
            c->alt_y = ay, c->alt_m = am, c->alt_d = ad;
            if (!e->p->order_from_user) {
                c->flags |= DN_FLAG_AMBIGUOUS;
                c->conf = 0.6f;
            }
        }
        if (nc == 2 && na <= 2)
            c->conf -= 0.1f;
        c->first = i, c->last = third;
        int end = third + 1;
        /* a time after it: 22/11/2015 14:30, 22.11.2015, 14:30 Uhr */
        int r = time_after(e, it, n, end, c);
        if (r > 0) {
            c->last = r - 1;
            end = r;
        }
        return end;
    }
    /* two numbers: month and year, 11/2015 (not 1/2, 24/7, 3-1) */
    if (a->ndigits <= 2 && b->ndigits == 4 && (s == '/' || s == '.' || s == '-') && a->value >= 1 &&
        a->value <= 12 && b->value >= 1000 && b->value <= 2999 && (s != '.' || a->ndigits == 2) &&
        num_usable(e, it, n, i) && num_usable(e, it, n, k)) {
        if (k2 < n && (it[k2].type == IT_NUM || (it[k2].type == IT_SEP && numeric_sep(it[k2].sep) &&
                                                  k2 + 1 < n && it[k2 + 1].type == IT_NUM)))
            return -1;
        c->year = (int)b->value, c->month = (int)a->value, c->prec = DN_PREC_MONTH;
        c->conf = 0.5f;
        c->first = i, c->last = k;
        return k + 1;
    }
    return -1;
}

/* ---- 5. a year alone ----------------------------------------------------------------------- */

static int match_year(const env *e, const item *it, int n, int i, cand *c)
{
    const item *a = &it[i];
    if (a->type != IT_NUM || a->ndigits > 4 || a->value == 0 || !num_usable(e, it, n, i))
        return -1;
    int r = skip_space(it, n, i + 1);
    /* a year alone is weak evidence: four digits in 1000..2999 (a year mark is no help for
       "1e10" or "S02E05"), or any year before an era name ("44 BC") */
    /* an era word of one or two languages is too thin for that ("100 km/h") */
    bool era_mark = r < n && only_kind(&it[r], DNP_K_ERA) &&
                    (it[r].nm >= 8 || hinted_kind(e, &it[r], DNP_K_ERA));
    if (!era_mark && (a->ndigits != 4 || a->value < 1000 || a->value > 2999))
        return -1;
    /* the mark must end the number's word: "2345E4" is an exponent */
    if (r < n && r == i + 1 && r + 1 < n && it[r + 1].type == IT_NUM && it[r + 1].start == it[r].end)
        return -1;
    /* "13 AM" after "8:" is a time, not the year 13 before the era of some language */
    if (i > 0 && (is_sep(&it[i - 1], ':') || is_sep(&it[i - 1], '.')))
        return -1;
    bool mark = r < n && (has_kind(&it[r], DNP_K_YEAR_MARK) || only_kind(&it[r], DNP_K_ERA));
    /* or a year prefix before it: Vietnamese "năm 1935" */
    int before = i - 1;
    while (before >= 0 && is_space(&it[before]))
        before--;
    bool prefixed = before >= 0 && has_kind(&it[before], DNP_K_YEAR_PREFIX) && a->ndigits == 4;
    bool whole = a->ndigits == 4 && a->start == e->content_start && a->end == e->content_end;
    if (!mark && !whole && !prefixed)
        return -1;
    c->year = (int)a->value;
    if (mark && has_kind(&it[r], DNP_K_ERA) && !has_kind(&it[r], DNP_K_YEAR_MARK)) {
        for (uint32_t q = 0; q < it[r].nm; q++)
            if (it[r].m[q].kind == DNP_K_ERA && it[r].m[q].value == 0) {
                c->year = 1 - c->year; /* astronomical: 1 BC is year 0 */
                break;
            }
    }
    c->prec = DN_PREC_YEAR;
    c->conf = mark || prefixed ? 0.6f : 0.4f;
    c->first = prefixed && !mark ? before : i, c->last = mark ? r : i;
    if (prefixed && !mark) {
        dnp_langset ls = langs_of(&it[before], DNP_K_YEAR_PREFIX, -1);
        c->lang = dnp_langset_first(&ls);
    }
    if (mark) {
        dnp_langset ls = langs_of(&it[r], DNP_K_YEAR_MARK, -1);
        if (dnp_langset_empty(&ls))
            ls = langs_of(&it[r], DNP_K_ERA, -1);
        c->lang = dnp_langset_first(&ls);
    }
    return c->last + 1;
}

/* ---- 6. relative expressions ------------------------------------------------------------
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
 *     (match_weekday: the latest such day on or before the reference).
 * A phrase's words must share a language ("vor 3 days" is nothing). "now", "this hour", a
 * named word CLDR or locales/ marks risky ("morgen" is also "morning"), a word of three
 * letters or less (Hungarian "ma", Yoruba "ọ̀la", which Portuguese "Olá" folds to) and a
 * one-word phrase of a language of fewer than ten million speakers count only as the whole
 * text, or when a hint names their language. */

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
        double s = (m->lang < dnp_nlangs ? dnp_langs[m->lang].speakers_k : 0) / 1e7;
        if (e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang))
            s += 10000;
        if (ctx && dnp_langset_has(ctx, m->lang))
            s += 1000;
        /* a full form before a short one: Arabic's short style has "خلال" for the past too */
        if (!(m->flags & DNP_MF_ABBR))
            s += 0.5;
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
    int r = time_after(e, it, n, last + 1, &t);
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
    c->conf = 0.8f;
}

/* A named phrase at i (a REL_NAMED item), or a weekday of a named week around it. */
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
    bool rare = m->lang >= dnp_nlangs || dnp_langs[m->lang].speakers_k < 10000;
    if (!whole && !hinted &&
        ((m->flags & DNP_MF_RISKY) || (ncp <= 3 && !cjk) || (one_word && !cjk && rare) ||
         (unit >= DNP_RU_HOUR && unit <= DNP_RU_SECOND && off == 0)))
        return -1;
    c->lang = m->lang;
    c->first = c->last = i;
    c->conf = 0.7f;
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
                c->last = k, c->conf = 0.75f;
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
            c->conf = 0.75f;
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
    c->conf = 0.75f, c->lang = m->lang;
    c->first = i, c->last = k;
    return rel_time(e, it, n, k, c);
}

/* The ISO week letter "w" also begins phrases: Polish "w zeszłym tygodniu" (last week),
   "w tym miesiącu". A multi-word key from it makes x that word; else "w" stays ISO's. */
static bool w_phrase(const env *e, const dnp_token *t, size_t *pos, item *x)
{
    const dnp_lex_key *key = dnp_lex_find(t->fold, t->flen), *mkey = key;
    if (!key || !(key->kinds & (1u << DNP_K_PREFIX)))
        return false;
    item y = *x;
    y.type = IT_WORD;
    if (!lookup_multi(e, t, pos, &y, &mkey))
        return false;
    *x = y;
    return true;
}

static int match_counted(const env *e, const item *it, int n, int i, cand *c)
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

static int match_relative(const env *e, const item *it, int n, int i, cand *c)
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
    return -1; /* counted phrases: match_counted */
}

/* A weekday on its own (after every other reader failed): the latest such day on or before
   the reference. A full name anywhere, an abbreviation only as the whole text, a word that
   is an ordinary word too (risky) or means other things never; a weekday before a number
   that is no time is a date this library could not read, not a weekday alone. */
static int match_weekday(const env *e, const item *it, int n, int i, cand *c)
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
        if (!whole && !hinted && (m->lang >= dnp_nlangs || dnp_langs[m->lang].speakers_k < 10000))
            continue;
        double s = (m->lang < dnp_nlangs ? dnp_langs[m->lang].speakers_k : 0) / 1e7;
        if (e->p->nhints && dnp_langset_has(&e->p->hint_set, m->lang))
            s += 10000;
        if (s > best_score)
            best_score = s, best = m;
    }
    if (!best)
        return -1;
    int now_wd = dnp_weekday(e->now_days);
    rel_set_day(e, c, e->now_days - (now_wd - best->value + 7) % 7);
    c->conf = whole ? 0.6f : 0.5f, c->lang = best->lang;
    c->first = c->last = i;
    if (end > i)
        return rel_time(e, it, n, i, c);
    return i + 1;
}

/* ---- the cluster scan ----------------------------------------------------------------------- */

typedef struct {
    dn_date *out;     /* search: results array */
    size_t cap, count;
    bool search;
    dn_date best;     /* parse: best so far */
    float best_score;
    bool have_best;
    int last_year;    /* search: the year of the last date that wrote one, 0 = none */
} sink;

static float score_of(const cand *c)
{
    /* completeness first, then confidence */
    float s = c->conf;
    switch (c->prec) {
    case DN_PREC_YEAR: s += 0.0f; break;
    case DN_PREC_MONTH:
    case DN_PREC_WEEK: s += 1.0f; break;
    default: s += 2.0f; break;
    }
    if (c->has_time)
        s += 0.2f;
    return s;
}

static void to_date(const env *e, const item *it, const cand *c, dn_date *d)
{
    memset(d, 0, sizeof *d);
    d->year = c->year, d->month = c->prec >= DN_PREC_MONTH && c->prec != DN_PREC_WEEK ? c->month : 0;
    d->day = c->prec >= DN_PREC_DAY ? c->day : 0;
    d->week = c->prec == DN_PREC_WEEK ? c->week : 0;
    d->hour = c->hour, d->minute = c->minute, d->second = c->second;
    d->nanosecond = c->ns, d->fraction_digits = c->fdigits;
    d->precision = c->prec;
    d->flags = c->flags;
    if (c->has_offset) {
        d->flags |= DN_FLAG_HAS_OFFSET;
        d->offset_minutes = c->offset;
    }
    if (c->prec >= DN_PREC_DAY) {
        int64_t days = dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day);
        d->weekday = dnp_weekday(days);
        if (c->weekday && c->weekday != d->weekday)
            d->flags |= DN_FLAG_WEEKDAY_MISMATCH;
    }
    float conf = c->conf;
    if (d->flags & DN_FLAG_WEEKDAY_MISMATCH)
        conf -= 0.3f;
    d->confidence = conf < 0.05f ? 0.05f : conf > 1.0f ? 1.0f : conf;
    d->alt_year = c->alt_y, d->alt_month = c->alt_m, d->alt_day = c->alt_d;
    if (c->lang >= 0 && c->lang < dnp_nlangs) {
        strncpy(d->locale, dnp_langs[c->lang].code, sizeof d->locale - 1);
    }
    d->start = it[c->first].start;
    d->end = it[c->last].end;
    (void)e;
}

/* Whether only separators and fillers stand between items a (exclusive) and b. */
static bool only_glue(const item *it, int a, int b)
{
    for (int k = a + 1; k < b; k++)
        if (!(it[k].type == IT_SEP && !(it[k].tflags & DNP_TF_HARD)) &&
            !only_kind(&it[k], DNP_K_FILLER))
            return false;
    return true;
}

/* Scans items [0, n) for dates starting before `limit`; returns the index the next window
   must start at (past the last date reported, at least `limit`). */
static int scan_cluster(const env *e, const item *it, int n, int limit, sink *sk)
{
    int i = 0, resume = limit;
    /* a time read before any date ("lúc 14:34 15 tháng 3, 2033", "9:21 SA 16 thg 8"): it
       joins the date that follows it with only glue between */
    cand pend = {0};
    int pend_first = -1, pend_last = -1;
    /* the matchers this cluster can need: no month window without a month word, no marked
       numbers without a mark (most clusters of a stream are ISO stamps or plain numbers) */
    uint32_t kinds = 0;
    for (int k = 0; k < n; k++)
        if (it[k].type == IT_WORD)
            kinds |= it[k].kinds;
    const uint32_t mark_kinds = (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_MONTH_MARK) |
                                (1u << DNP_K_DAY_MARK) | (1u << DNP_K_MONTH_PREFIX) |
                                (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX);
    typedef int (*matcher)(const env *, const item *, int, int, cand *);
    matcher use[8];
    size_t nuse = 0;
    use[nuse++] = match_iso;
    /* a counted phrase first: "1d ago" is no 1 August (Spanish "ago") */
    if (kinds & ((1u << DNP_K_REL_UNIT) | (1u << DNP_K_REL_NAMED)))
        use[nuse++] = match_counted;
    if (kinds & (1u << DNP_K_MONTH))
        use[nuse++] = match_month_window;
    if (kinds & mark_kinds)
        use[nuse++] = match_marks;
    if (kinds & (DNP_REL_KINDS | (1u << DNP_K_WEEKDAY)))
        use[nuse++] = match_relative;
    use[nuse++] = match_numeric;
    use[nuse++] = match_year;
    if (kinds & (1u << DNP_K_WEEKDAY))
        use[nuse++] = match_weekday;
    while (i < limit) {
        if (it[i].type == IT_SEP) {
            i++;
            continue;
        }
        cand c;
        int r = -1;
        /* every date starts with a number or a word: a zone letter or "T" starts none */
        if (it[i].type == IT_GEN) {
            i++;
            continue;
        }
        /* "version 2.11.12", "ISBN 978-3-16", "p. 12/13": the numbers after such a word
           (locales/ not_date entries) are no date, up to the next white space */
        if ((kinds & (1u << DNP_K_NOT_DATE)) && has_kind(&it[i], DNP_K_NOT_DATE) &&
            !(it[i].kinds & ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY)))) {
            int j = i + 1;
            if (j < n && it[j].type == IT_SEP && (it[j].sep == '.' || it[j].sep == ':') )
                j++;
            j = skip_space(it, n, j);
            if (j < n && it[j].type == IT_NUM) {
                while (j < n && (it[j].type == IT_NUM || it[j].type == IT_WORD ||
                                 (it[j].type == IT_SEP && !is_space(&it[j]) &&
                                  !(it[j].tflags & DNP_TF_HARD))))
                    j++;
                i = j;
                if (i > resume)
                    resume = i;
                continue;
            }
        }
        for (size_t q = 0; q < nuse && r == -1; q++) {
            /* the numeric readers need a number where they start */
            if (it[i].type != IT_NUM && use[q] != match_month_window && use[q] != match_marks &&
                use[q] != match_relative && use[q] != match_weekday && use[q] != match_counted)
                continue;
            memset(&c, 0, sizeof c);
            c.lang = -1;
            r = use[q](e, it, n, i, &c);
        }
        if (r == NO_DATE_HERE) {
            i = c.last + 1 > i ? c.last + 1 : i + 1;
            if (i > resume)
                resume = i;
            continue;
        }
        if (r < 0) {
            cand t;
            memset(&t, 0, sizeof t);
            int tr = it[i].type == IT_NUM || has_kind(&it[i], DNP_K_AMPM)
                         ? read_time(e, it, n, i, &t, NULL) : -1;
            if (tr > 0 && t.prec >= DN_PREC_MINUTE) {
                pend = t, pend_first = i, pend_last = tr - 1;
                i = tr;
                continue;
            }
            i++;
            continue;
        }
        if (c.first >= limit && limit < n) {
            /* the date starts in the overlap, maybe cut by the window's end: the next window
               reads it whole */
            return c.first;
        }
        if (pend_first >= 0 && !c.has_time && c.prec == DN_PREC_DAY &&
            only_glue(it, pend_last, c.first)) {
            c.hour = pend.hour, c.minute = pend.minute, c.second = pend.second;
            c.ns = pend.ns, c.fdigits = pend.fdigits, c.has_time = true, c.prec = pend.prec;
            c.offset = pend.offset, c.has_offset = pend.has_offset;
            c.first = pend_first;
        }
        pend_first = -1;
        dn_date d;
        to_date(e, it, &c, &d);
        if (sk->search) {
            if (d.confidence < 0.3f) {
                i = r > i ? r : i + 1;
                continue;
            }
            /* in running text a date without a year takes the year of the date before it
               ("July 12th, 2014. July 13th, July 14th"), as a reader does; the reference's
               year only when no date before gave one */
            if ((d.flags & DN_FLAG_YEAR_IMPLIED) && !(d.flags & DN_FLAG_RELATIVE) &&
                sk->last_year && d.precision >= DN_PREC_DAY &&
                d.day <= dnp_days_in_month(sk->last_year, d.month)) {
                d.year = sk->last_year;
                d.weekday = dnp_weekday(dnp_days_from_civil(d.year, (unsigned)d.month,
                                                            (unsigned)d.day));
            } else if (!(d.flags & (DN_FLAG_YEAR_IMPLIED | DN_FLAG_RELATIVE)))
                sk->last_year = d.year;
            if (sk->count < sk->cap)
                sk->out[sk->count] = d;
            sk->count++;
        } else {
            float s = score_of(&c) - ((d.flags & DN_FLAG_WEEKDAY_MISMATCH) ? 0.3f : 0.0f);
            if (!sk->have_best || s > sk->best_score) {
                sk->best = d;
                sk->best_score = s;
                sk->have_best = true;
            }
        }
        i = r > i ? r : i + 1;
        if (i > resume)
            resume = i;
    }
    return resume < n ? resume : n;
}

/* Reads the text as clusters and scans each. A cluster ends at a word the lexicon does not
   know, a hard separator or a line break (no date spans lines). A cluster longer than
   CL_MAX items is scanned in windows that overlap by CL_KEEP items, so that a date cut by
   the window's end is read whole in the next one; scan_cluster never reports a date that
   starts in the overlap twice. */
static void run(env *e, sink *sk)
{
    item items[CL_MAX];
    int n = 0, glue_start = 0, glue_turns = 0, glue_last = 0;
    bool ident = false;
    size_t pos = 0;
    dnp_token t;
    while (dnp_next_token(e->text, e->len, &pos, &t)) {
        item *x = &items[n];
        bool brk = false;
        memset(x, 0, sizeof *x);
        x->start = t.start, x->end = t.end, x->tflags = t.flags;
        if (t.kind == DNP_TK_NUM) {
            x->type = IT_NUM;
            x->ndigits = t.ndigits;
            x->value = t.value;
        } else if (t.kind == DNP_TK_SEP) {
            x->type = IT_SEP;
            x->sep = (uint32_t)t.value;
            if (x->sep == '%' || x->sep == '$' ||
                (x->sep >= 0x80 && u_charType((UChar32)x->sep) == U_CURRENCY_SYMBOL)) {
                x->tflags |= XF_MONEY;
                e->money = true;
            }
            if (t.flags & (DNP_TF_HARD | DNP_TF_NEWLINE))
                brk = true;
        } else {
            /* the letters of ISO 8601 and the RFCs come first: "T" in 2015-11-22T10:00 is
               no word of any language here, whatever the lexicon says */
            int g = generic_id(&t);
            const dnp_lex_key *key = ((g && g != G_UT) || (t.flags & DNP_TF_LONG))
                                         ? NULL : dnp_lex_find(t.fold, t.flen);
            x->gen = (uint8_t)g;
            if (g == G_W && !key && w_phrase(e, &t, &pos, x)) {
                /* a phrase beginning with "w" (Polish "w zeszłym tygodniu") */
            } else if (g && !key) {
                x->type = IT_GEN;
            } else if (key) {
                x->type = IT_WORD;
                x->m = &dnp_lex_meanings[key->meaning], x->nm = key->nmeaning;
                x->kinds = key->kinds;
                const dnp_lex_key *mkey = key;
                if (x->kinds & (1u << DNP_K_PREFIX)) {
                    item y = *x;
                    if (lookup_multi(e, &t, &pos, &y, &mkey))
                        *x = y;
                    else if (!(x->kinds & ~(1u << DNP_K_PREFIX)))
                        brk = true;
                }
                if (x->kinds & (1u << DNP_K_MONTH))
                    analyze_month_word(e, x, mkey);
            } else {
                /* a word not in the lexicon is noise: only keys and their prefixes are in
                   it, so no date goes on through this word */
                brk = true;
            }
        }
        /* Letters and digits glued in turn, three times or more, make an identifier, not a
           date: a commit id "0be8d3369a4", "S02E05". The letters of ISO 8601 (T, W, Z) and
           CJK marks do not count: "20151122T143005Z", "2015年11月22日" are dates. */
        if (!(t.flags & DNP_TF_ADJ) || t.kind == DNP_TK_SEP) {
            glue_start = n, glue_turns = 0, glue_last = t.kind;
        } else if (t.kind != DNP_TK_SEP && !(t.flags & DNP_TF_CJK) &&
                   !(x->type == IT_GEN && x->gen != G_UT) &&
                   (t.kind == DNP_TK_NUM || ascii_word(&t))) {
            if (t.kind != glue_last)
                glue_turns++;
            glue_last = t.kind;
            if (glue_turns >= 3)
                ident = true;
        }
        if (ident) {
            /* drop the identifier's items; the rest of it is skipped up to a separator */
            n = glue_start < n ? glue_start : n;
            if (t.kind == DNP_TK_SEP)
                ident = false;
            else {
                if (n)
                    scan_cluster(e, items, n, n, sk);
                n = 0, glue_start = 0;
                continue;
            }
        }
        if (brk) {
            if (n)
                scan_cluster(e, items, n, n, sk);
            n = 0;
            continue;
        }
        n++;
        if (n == CL_MAX) {
            int resume = scan_cluster(e, items, n, CL_MAX - CL_KEEP, sk);
            memmove(items, items + resume, (size_t)(n - resume) * sizeof items[0]);
            n -= resume;
        }
    }
    if (n)
        scan_cluster(e, items, n, n, sk);
}

/* Epoch seconds (10 digits) or milliseconds (13), when the whole text is that number. */
static bool epoch(const env *e, dn_date *out)
{
    size_t a = e->content_start, b = e->content_end;
    size_t nd = b - a;
    if (nd != 10 && nd != 13)
        return false;
    int64_t v = 0;
    for (size_t i = a; i < b; i++) {
        char ch = e->text[i];
        if (ch < '0' || ch > '9')
            return false;
        v = v * 10 + (ch - '0');
    }
    int ms = 0;
    if (nd == 13)
        ms = (int)(v % 1000), v /= 1000;
    int64_t days = v / 86400, rem = v % 86400;
    memset(out, 0, sizeof *out);
    dnp_civil_from_days(days, &out->year, &out->month, &out->day);
    out->hour = (int)(rem / 3600), out->minute = (int)(rem / 60 % 60), out->second = (int)(rem % 60);
    out->precision = DN_PREC_SECOND;
    if (nd == 13) {
        out->nanosecond = ms * 1000000;
        out->fraction_digits = 3;
        out->precision = DN_PREC_FRACTION;
    }
    out->flags = DN_FLAG_EPOCH | DN_FLAG_HAS_OFFSET;
    out->offset_minutes = 0;
    out->weekday = dnp_weekday(days);
    out->confidence = 0.5f;
    out->start = a, out->end = b;
    return true;
}

static void content_bounds(env *e)
{
    size_t a = 0, b = e->len;
    const unsigned char *s = (const unsigned char *)e->text;
    /* ASCII white space and punctuation at the ends do not count as content */
    while (a < b && (s[a] <= ' ' || s[a] == '.' || s[a] == ',' || s[a] == '"' || s[a] == '\'' ||
                     s[a] == '(' || s[a] == '['))
        a++;
    while (b > a && (s[b - 1] <= ' ' || s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == '"' ||
                     s[b - 1] == '\'' || s[b - 1] == ')' || s[b - 1] == ']'))
        b--;
    e->content_start = a, e->content_end = b;
}

static int setup(const dn_parser *p, const char *text, size_t len, const dn_context *ctx, env *e)
{
    if (!p || (!text && len))
        return DN_ERR_ARG;
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* spans are 32-bit inside; the rest of a 4 GiB text is not read */
    e->p = p, e->text = text ? text : "", e->len = len;
    e->money = false;
    int64_t now = ctx ? ctx->now : (int64_t)time(NULL);
    int off = ctx ? ctx->now_offset_minutes : p->zone_offset;
    int64_t local = now + (int64_t)off * 60;
    e->now_days = (local >= 0 ? local : local - 86399) / 86400;
    dnp_civil_from_days(e->now_days, &e->now_year, &e->now_month, &e->now_day);
    e->now_sec = (int)(local - e->now_days * 86400);
    e->now_off = off;
    content_bounds(e);
    return 0;
}

/* The commonest input of all, an ISO 8601 / RFC 3339 stamp that is the whole text
   ("2024-01-07T15:20:53.688Z", "2015-11-22", "2015-11"), read straight from the bytes. It
   gives exactly what the token path (match_iso, read_time, read_offset) gives for the same
   text, and declines (false) on anything else, which then takes that path. */
static bool two(const char *s, int *v)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return false;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

static bool iso_fast(const env *e, dn_date *out)
{
    const char *s = e->text + e->content_start;
    size_t n = e->content_end - e->content_start, k;
    int y, mo, d = 0, h = 0, mi = 0, se = 0, y2;
    if (n < 7 || !two(s, &y2) || !two(s + 2, &y) || s[4] != '-' || !two(s + 5, &mo))
        return false;
    y += y2 * 100;
    if (n == 7) {
        /* year and month, as match_iso reads it */
        if (mo < 1 || mo > 12)
            return false;
        memset(out, 0, sizeof *out);
        out->year = y, out->month = mo, out->precision = DN_PREC_MONTH;
        out->confidence = 0.7f;
        goto span;
    }
    if (n < 10 || s[7] != '-' || !two(s + 8, &d) || !valid_ymd(y, mo, d))
        return false;
    memset(out, 0, sizeof *out);
    out->year = y, out->month = mo, out->day = d, out->precision = DN_PREC_DAY;
    out->confidence = 1.0f;
    k = 10;
    if (k < n) {
        if (!(s[k] == 'T' || s[k] == 't' || s[k] == ' ') || k + 6 > n || !two(s + k + 1, &h) ||
            s[k + 3] != ':' || !two(s + k + 4, &mi))
            return false;
        k += 6;
        out->precision = DN_PREC_MINUTE;
        if (k < n && s[k] == ':') {
            if (k + 3 > n || !two(s + k + 1, &se))
                return false;
            k += 3;
            out->precision = DN_PREC_SECOND;
            if (k < n && (s[k] == '.' || s[k] == ',')) {
                size_t f = ++k;
                while (k < n && s[k] >= '0' && s[k] <= '9')
                    k++;
                size_t nd = k - f;
                if (nd == 0 || nd > 18)
                    return false;
                int64_t v = 0;
                for (size_t q = 0; q < nd && q < 9; q++)
                    v = v * 10 + (s[f + q] - '0');
                for (size_t q = nd; q < 9; q++)
                    v *= 10;
                out->nanosecond = (int32_t)v;
                out->fraction_digits = nd > 9 ? 9 : (int)nd;
                out->precision = DN_PREC_FRACTION;
            }
        }
        if (h > 24 || mi > 59 || se > 60 || (h == 24 && (mi || se)))
            return false;
        out->hour = h == 24 ? 0 : h, out->minute = mi, out->second = se;
        if (k < n) {
            if (k + 1 == n && (s[k] == 'Z' || s[k] == 'z')) {
                out->flags |= DN_FLAG_HAS_OFFSET;
                k++;
            } else if (s[k] == '+' || s[k] == '-') {
                int sign = s[k] == '-' ? -1 : 1, oh, om = 0;
                size_t r = n - k - 1; /* digits and colon after the sign */
                if (r == 2 && two(s + k + 1, &oh))
                    ;
                else if (r == 4 && two(s + k + 1, &oh) && two(s + k + 3, &om))
                    ;
                else if (r == 5 && two(s + k + 1, &oh) && s[k + 3] == ':' && two(s + k + 4, &om))
                    ;
                else
                    return false;
                if (oh > 18 || om > 59)
                    return false;
                out->offset_minutes = sign * (oh * 60 + om);
                out->flags |= DN_FLAG_HAS_OFFSET;
                k = n;
            } else
                return false;
        }
    }
    if (k != n)
        return false;
    out->weekday = dnp_weekday(dnp_days_from_civil(y, (unsigned)mo, (unsigned)d));
span:
    out->start = e->content_start, out->end = e->content_end;
    return true;
}

int dn_parse(const dn_parser *p, const char *text, size_t len, const dn_context *ctx, dn_date *out)
{
    if (!out)
        return DN_ERR_ARG;
    env e;
    int rc = setup(p, text, len, ctx, &e);
    if (rc < 0) {
        memset(out, 0, sizeof *out);
        return rc;
    }
    if (epoch(&e, out))
        return 1;
#ifndef DNP_NO_ISO_FAST
    if (iso_fast(&e, out))
        return 1;
#endif
    sink sk = {0};
    run(&e, &sk);
    if (!sk.have_best || sk.best.confidence < 0.3f) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    *out = sk.best;
    return 1;
}

size_t dn_search(const dn_parser *p, const char *text, size_t len, const dn_context *ctx,
                 dn_date *out, size_t cap)
{
    env e;
    if (setup(p, text, len, ctx, &e) < 0 || (!out && cap))
        return 0;
    sink sk = {0};
    sk.search = true, sk.out = out, sk.cap = cap;
    run(&e, &sk);
    return sk.count;
}
