/*
 * page.c: a page read as a page. dn_search's scan (scan.c) reads each date where it stands;
 * this file then weighs all the dates of the text together and decides what one date alone
 * could not, as a reader of the whole page does:
 *
 *  - The page's languages: the per-document hints (dn_search_options.locales), else the
 *    languages its dates were read in, each date a vote (policy.h's DNP_PAGE_* say how many). A date whose words have a meaning in a page language is labelled
 *    with that language ("5 december" on a Dutch page is nl, not en; "15 marzo" on an
 *    Italian page it, not es).
 *  - Weak words: a month word of DNP_PAGE_WEAK_BYTES bytes or less in none of the page's
 *    languages (or on a page whose languages are unknown) is an ordinary word of the page
 *    more often than an abbreviated month of another language: "4 out of 5" (Portuguese
 *    "out", October), "Pixel 9 Pro" (Czech "pro", December), "13th Gen", "12-bit", "nad 1"
 *    (Sardinian). Such a date is kept only with a four-digit year ("Oct 8, 2026").
 *  - The page's numeric order: the order the page's own numeric dates prove (25/11/2026 is
 *    day-first), else the order of the page's first language (CLDR's short pattern), else
 *    none. An ambiguous date (04/12/2026) takes it: on a French page 2026-12-04. The
 *    dn_search_options.order of a document says it outright.
 *  - dn_search_options.flags DN_SEARCH_HINTS_ONLY keeps only dates in the hinted languages
 *    and language-neutral ones (ISO 8601, all-numeric dates).
 *
 * Does not read dates (the readers do) nor decide a date's year (scan.c's report). Nothing
 * here allocates: a page's votes and the words of a date are held on the stack.
 */
#include "engine.h"

#include <string.h>

#define HINTS_MAX 8

typedef struct {
    dnp_langset set; /* the page's languages (empty: unknown) */
    int first;       /* the language with the most votes, or the first hint; -1 */
    bool hinted;     /* from dn_search_options.locales */
} page_langs;

/* The languages of a comma-separated hint list (BCP 47 or POSIX: "fr", "pt-BR,en",
   "pt_BR.UTF-8"); the first in *first. Unknown codes are skipped (dn_search_ex refuses them
   before). */
static void hint_langs(const char *list, page_langs *pl)
{
    const char *s = list;
    int n = 0;
    while (*s && n < HINTS_MAX) {
        while (*s == ',' || *s == ' ')
            s++;
        const char *a = s;
        while (*s && *s != ',' && *s != ' ')
            s++;
        size_t len = 0;
        while (a + len < s && a[len] != '-' && a[len] != '_' && a[len] != '.' && a[len] != '@')
            len++;
        if (len) {
            char code[16];
            size_t k = len < sizeof code - 1 ? len : sizeof code - 1;
            for (size_t i = 0; i < k; i++)
                code[i] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
            int l = dnp_lang_find(code, k);
            if (l >= 0) {
                dnp_langset_add(&pl->set, (unsigned)l);
                if (pl->first < 0)
                    pl->first = l;
                n++;
            }
        }
    }
    pl->hinted = pl->first >= 0;
}

/* What the words of one date say: the languages any of its date words has (month,
   weekday, relative, marks), and its weakest month word. */
typedef struct {
    dnp_langset langs;
    bool words;         /* it has date words at all */
    bool weak_month;    /* a month word of DNP_PAGE_WEAK_BYTES bytes or less, and no longer one */
    bool strong_month;  /* a longer month word */
    dnp_langset weak_langs; /* the languages in which that word is a month */
    int weak_nlangs;        /* how many */
    bool year4;         /* a number of four digits */
} date_words;

#define DATE_KINDS                                                                             \
    ((1u << DNP_K_MONTH) | (1u << DNP_K_WEEKDAY) | (1u << DNP_K_ERA) |                         \
     (1u << DNP_K_YEAR_MARK) | (1u << DNP_K_MONTH_MARK) | (1u << DNP_K_DAY_MARK) |             \
     (1u << DNP_K_MONTH_PREFIX) | (1u << DNP_K_YEAR_PREFIX) | (1u << DNP_K_DAY_PREFIX) |       \
     DNP_REL_KINDS)

static void read_words(const env *e, const dn_date *d, date_words *w)
{
    memset(w, 0, sizeof *w);
    size_t pos = d->start;
    dnp_token t;
    while (pos < d->end && dnp_next_token(e->text, d->end, &pos, &t)) {
        if (t.kind == DNP_TK_NUM) {
            if (t.ndigits == 4)
                w->year4 = true;
            continue;
        }
        if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
            continue;
        const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
        if (!k || !(k->kinds & DATE_KINDS))
            continue;
        w->words = true;
        const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
        bool weak = (k->kinds & (1u << DNP_K_MONTH)) && t.flen <= DNP_PAGE_WEAK_BYTES;
        for (uint32_t i = 0; i < k->nmeaning; i++) {
            if (!(DATE_KINDS & (1u << m[i].kind)))
                continue;
            dnp_langset_add(&w->langs, m[i].lang);
            if (weak && m[i].kind == DNP_K_MONTH && !dnp_langset_has(&w->weak_langs, m[i].lang)) {
                dnp_langset_add(&w->weak_langs, m[i].lang);
                w->weak_nlangs++;
            }
        }
        w->weak_month |= weak;
        w->strong_month |= (k->kinds & (1u << DNP_K_MONTH)) && !weak;
    }
    if (w->strong_month)
        w->weak_month = false;
}

/* The page's languages from the votes of its dates' words: each date word gives one vote,
   shared by the languages that have it ("yesterday" a whole vote to English, "ago" a
   share to English, Spanish, Portuguese and Galician, whose August it abbreviates). The
   first language has the most votes (then the most speakers); policy.h's DNP_PAGE_* say
   how many the page's languages need. Returns the first language even when it has too
   few votes to be the page's: its numeric order is still the best guess. */
static int vote_langs(const env *e, const dn_date *out, size_t n, page_langs *pl,
                      float *votes)
{
    memset(votes, 0, sizeof votes[0] * dnp_nlangs);
    for (size_t i = 0; i < n; i++) {
        size_t pos = out[i].start;
        dnp_token t;
        while (pos < out[i].end && dnp_next_token(e->text, out[i].end, &pos, &t)) {
            if (t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
                continue;
            const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
            if (!k || !(k->kinds & DATE_KINDS))
                continue;
            const dnp_meaning *m = &dnp_lex_meanings[k->meaning];
            dnp_langset ls = {{0}};
            int nl = 0;
            for (uint32_t q = 0; q < k->nmeaning; q++)
                if ((DATE_KINDS & (1u << m[q].kind)) && !dnp_langset_has(&ls, m[q].lang)) {
                    dnp_langset_add(&ls, m[q].lang);
                    nl++;
                }
            for (int w = 0; w < DNP_LANG_WORDS; w++)
                for (uint64_t b = ls.w[w]; b; b &= b - 1) {
                    int l = w * 64 + __builtin_ctzll(b);
                    if (l < dnp_nlangs)
                        votes[l] += 1.0f / (float)nl;
                }
        }
    }
    int top = -1;
    for (int l = 0; l < dnp_nlangs; l++)
        if (votes[l] > 0 && (top < 0 || votes[l] > votes[top] ||
                             (votes[l] == votes[top] && dnp_speakers_k(l) > dnp_speakers_k(top))))
            top = l;
    if (top < 0 || votes[top] < DNP_PAGE_MIN_VOTES)
        return top;
    pl->first = top;
    for (int l = 0; l < dnp_nlangs; l++)
        if (votes[l] >= DNP_PAGE_MIN_VOTES && votes[l] >= votes[top] * DNP_PAGE_SHARE)
            dnp_langset_add(&pl->set, (unsigned)l);
    return top;
}

/* The order the page's numeric dates prove (DN_FLAG_ORDER_PROVED), DMY or MDY; AUTO when
   none or both are proved as often. */
static dn_order proved_order(const dn_date *out, size_t n)
{
    int dmy = 0, mdy = 0;
    for (size_t i = 0; i < n; i++)
        if (out[i].flags & DN_FLAG_ORDER_PROVED) {
            dn_order o = DN_DATE_ORDER(&out[i]);
            dmy += o == DN_ORDER_DMY;
            mdy += o == DN_ORDER_MDY;
        }
    return dmy > mdy ? DN_ORDER_DMY : mdy > dmy ? DN_ORDER_MDY : DN_ORDER_AUTO;
}

/* An ambiguous all-numeric date read in the page's order: its other reading becomes it. */
static void take_order(dn_date *d, dn_order order)
{
    dn_order o = DN_DATE_ORDER(d);
    if (!(d->flags & DN_FLAG_AMBIGUOUS) || (o != DN_ORDER_DMY && o != DN_ORDER_MDY) ||
        o == order || !d->alt_month)
        return;
    int y = d->year, m = d->month, dd = d->day;
    d->year = d->alt_year, d->month = d->alt_month, d->day = d->alt_day;
    d->alt_year = y, d->alt_month = m, d->alt_day = dd;
    d->flags = (d->flags & ~DN_FLAG_ORDER_MASK) | ((unsigned)order << DN_FLAG_ORDER_SHIFT);
    if (d->precision >= DN_PREC_DAY)
        d->weekday = dnp_weekday(dnp_days_from_civil(d->year, (unsigned)d->month,
                                                     (unsigned)d->day));
}

size_t dnp_page_finish(const env *e, const dn_search_options *opts, dn_date *out, size_t n)
{
    if (!n || (opts && (opts->flags & DN_SEARCH_NO_PAGE)))
        return n;
    page_langs pl = {{{0}}, -1, false};
    float votes[DNP_LANG_WORDS * 64];
    int order_lang = -1;
    if (opts && opts->locales && opts->locales[0])
        hint_langs(opts->locales, &pl);
    else if (e->p->nhints) {
        pl.set = e->p->hint_set, pl.first = e->p->hint_lang[0], pl.hinted = true;
    } else
        order_lang = vote_langs(e, out, n, &pl, votes);
    bool known = pl.first >= 0;
    if (known)
        order_lang = pl.first;

    /* the order: the document's, the page's proof, the page's language's */
    dn_order order = opts && opts->order != DN_ORDER_AUTO ? opts->order : proved_order(out, n);
    bool by_page = order != DN_ORDER_AUTO;
    if (!by_page && order_lang >= 0 && !e->p->order_from_user) {
        int so = dnp_langs[order_lang].short_order;
        order = so == DNP_ORD_DMY ? DN_ORDER_DMY : so == DNP_ORD_MDY ? DN_ORDER_MDY
                                                                    : DN_ORDER_AUTO;
    }

    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        dn_date d = out[i];
        date_words w;
        read_words(e, &d, &w);
        if (w.weak_month && !(d.flags & DN_FLAG_RELATIVE)) {
            /* a weak month word in none of the page's languages: a date only with its
               day and four-digit year; on a page of unknown language, also when many
               languages write the month so ("Oct", "Dec") */
            dnp_langset in = w.weak_langs;
            if (known)
                dnp_langset_and(&in, &pl.set);
            bool keep = known ? !dnp_langset_empty(&in)
                              : w.year4 || w.weak_nlangs >= DNP_PAGE_WEAK_LANGS;
            if (!keep)
                continue;
        }
        if (known && w.words && !w.year4) {
            /* no word of it in the page's languages: an ordinary word of the page
               (Czech "Jana", a name, is Swahili "yesterday") */
            dnp_langset in = w.langs;
            dnp_langset_and(&in, &pl.set);
            if (dnp_langset_empty(&in))
                continue;
        }
        /* the language that names it: a page language its words have */
        if (known && w.words) {
            dnp_langset in = w.langs;
            dnp_langset_and(&in, &pl.set);
            if (!dnp_langset_empty(&in)) {
                int l = dnp_langset_has(&in, (unsigned)pl.first) ? pl.first : -1;
                for (int k = 0; l < 0 && k < dnp_nlangs; k++)
                    if (dnp_langset_has(&in, (unsigned)k))
                        l = k;
                /* of several, the one most of the page's dates are in */
                for (int k = 0; !pl.hinted && k < dnp_nlangs; k++)
                    if (dnp_langset_has(&in, (unsigned)k) && votes[k] > votes[l])
                        l = k;
                if (l >= 0) {
                    strncpy(d.locale, dnp_langs[l].code, sizeof d.locale - 1);
                    d.locale[sizeof d.locale - 1] = 0;
                }
            }
        }
        if (opts && (opts->flags & DN_SEARCH_HINTS_ONLY) && pl.hinted && d.locale[0]) {
            int l = dnp_lang_find(d.locale, strlen(d.locale));
            if (l < 0 || !dnp_langset_has(&pl.set, (unsigned)l))
                continue;
        }
        if (order != DN_ORDER_AUTO && (d.flags & DN_FLAG_AMBIGUOUS)) {
            take_order(&d, order);
            d.flags |= DN_FLAG_PAGE_ORDER;
            if (by_page && d.confidence < DNP_CONF_PAGE_PROVED)
                d.confidence = DNP_CONF_PAGE_PROVED;
            else if (!by_page && d.confidence < DNP_CONF_PAGE_LANG_ORDER)
                d.confidence = DNP_CONF_PAGE_LANG_ORDER;
        }
        out[kept++] = d;
    }
    return kept;
}
