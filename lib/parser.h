/*
 * parser.h: the dn_parser struct and language-set helpers, private to lib/.
 */
#ifndef DATENORM_PARSER_H
#define DATENORM_PARSER_H

#include "internal.h"

#define DNP_MAX_HINTS 8

struct dn_parser {
    int nhints;
    int16_t hint_locale[DNP_MAX_HINTS]; /* index into dnp_locales */
    uint16_t hint_lang[DNP_MAX_HINTS];  /* index into dnp_langs */
    dnp_langset hint_set;
    uint8_t order;           /* dn_order, never AUTO once built */
    uint8_t user_order;      /* dn_options.order as given (AUTO = none) */
    uint8_t hint_short;      /* DNP_ORD_* of the first hint's SHORT pattern */
    uint8_t hint_ymd;        /* DNP_ORD_* of the first hint's yMd skeleton */
    bool order_from_user;    /* --order or a hint decided it: no ambiguity flag */
    int pivot;               /* two-digit years below it are 20xx */
    int zone_offset;         /* dn_options.zone's offset when the parser was built, minutes */
    /* issue 11: the calendar of text that names none (dn_options.calendar, else the first
       hint's -u-ca- keyword or default calendar); 0 = Gregorian */
    uint8_t calendar;
    dnp_langset buddhist_langs; /* the languages whose locale counts years in the Buddhist era */
    int prefer;              /* dn_options.prefer: DN_PREFER_* */
    bool hints_only;         /* issue 12: dn_options.flags & DN_OPT_HINTS_ONLY */
};

/* DN_OK when ctx's instant and offset are within the documented range (DN_NOW_MIN..
   DN_NOW_MAX, an offset of less than a day), else DN_ERR_TIME with err filled. */
int dnp_context_check(const dn_context *ctx, dn_error *err) DNP_HIDDEN;

static inline void dnp_langset_add(dnp_langset *s, unsigned lang)
{
    if (lang < DNP_LANG_WORDS * 64)
        s->w[lang >> 6] |= (uint64_t)1 << (lang & 63);
}

static inline bool dnp_langset_has(const dnp_langset *s, unsigned lang)
{
    return lang < DNP_LANG_WORDS * 64 && (s->w[lang >> 6] >> (lang & 63)) & 1;
}

static inline bool dnp_langset_empty(const dnp_langset *s)
{
    uint64_t x = 0;
    for (int i = 0; i < DNP_LANG_WORDS; i++)
        x |= s->w[i];
    return x == 0;
}

static inline void dnp_langset_and(dnp_langset *a, const dnp_langset *b)
{
    for (int i = 0; i < DNP_LANG_WORDS; i++)
        a->w[i] &= b->w[i];
}

static inline void dnp_langset_or(dnp_langset *a, const dnp_langset *b)
{
    for (int i = 0; i < DNP_LANG_WORDS; i++)
        a->w[i] |= b->w[i];
}

static inline int dnp_langset_count(const dnp_langset *s)
{
    int n = 0;
    for (int i = 0; i < DNP_LANG_WORDS; i++)
        n += __builtin_popcountll(s->w[i]);
    return n;
}

static inline int dnp_langset_first(const dnp_langset *s)
{
    for (int i = 0; i < DNP_LANG_WORDS; i++)
        if (s->w[i])
            return i * 64 + __builtin_ctzll(s->w[i]);
    return -1;
}

/* The language a result reports when every language of s reads it (a mark such as 年 is
   Japanese and Chinese alike): the first hint, in the caller's priority order, that is in
   s, else s's first language. -1 when s is empty. */
static inline int dnp_langset_pick(const struct dn_parser *p, const dnp_langset *s)
{
    for (int h = 0; h < p->nhints; h++)
        if (dnp_langset_has(s, p->hint_lang[h]))
            return p->hint_lang[h];
    return dnp_langset_first(s);
}

#endif
