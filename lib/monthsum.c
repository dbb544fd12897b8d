/*
 * monthsum.c: the month summary of a lexicon key, the one home of the rule the table
 * generator (tools/lexgen) and the parser share. From a key's meanings it says what its
 * month meanings give when nothing but the number of speakers decides:
 *   best   the month value whose languages have the most speakers: "listopad" is November
 *          in Polish and Czech and October in Croatian, so 11;
 *   top    the language with the most speakers that gives best (Polish);
 *   flags  DNP_KM_RISKY  every month meaning is risky ("may", "mar");
 *          DNP_KM_PURE   no other meaning but prefixes and relative words ("novembre");
 *          DNP_KM_MOSTLY more month meanings than other ones ("jan": a month in fifty
 *                        languages, an ordinal in one);
 *          DNP_KM_ONE    every month meaning has the same value ("nov": 11 everywhere);
 *          DNP_KM_RELWORD a word of relative phrases (a unit, "and", a count) in a
 *                        language more spoken than each of its month languages ("gün");
 *          DNP_KM_PLAIN  no month meaning is written with a mark that folding drops
 *                        (DNP_MF_MARKED): "giu", not "aout".
 *          DNP_KM_WEEK   a week's word (DNP_CUE_WEEK_*), months or not: "KW", "第".
 * Other meanings are the name kinds and marks (weekday, era, filler, mark, ordinal...), not
 * DNP_K_PREFIX nor the relative kinds. Speakers come from langs[].speakers_k; a language
 * index at or past nlangs counts no speakers and is never top.
 *
 * lexgen stores the summary per key (dnp_lex_key.mbest, mtop, mflags) for the parser to read
 * when no hint is given; with hints the parser calls this on the word's meanings and weighs
 * the hints on top. Not done here: hints, context, strengths (the parser's decisions).
 */
#include "internal.h"

void dnp_month_summarize(const dnp_meaning *m, uint32_t n, const dnp_lang *langs,
                         uint16_t nlangs, dnp_month_summary *out)
{
    uint32_t months = 0, others = 0;
    bool risky_all = true, plain = true, present[13] = {false}, week = false;
    double speakers[13] = {0}, month_top = 0, rel_top = 0;
    for (uint32_t i = 0; i < n; i++) {
        double sp = m[i].lang < nlangs ? langs[m[i].lang].speakers_k : 0;
        /* not the direction words: English "ago" stands after a unit, never where a
           month would ("ago 2020", Spanish August 2020) */
        if (m[i].kind == DNP_K_REL_UNIT || m[i].kind == DNP_K_REL_AND ||
            m[i].kind == DNP_K_REL_NUMBER)
            rel_top = sp > rel_top ? sp : rel_top;
        week |= m[i].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_WEEK(m[i].value);
        if (m[i].kind == DNP_K_MONTH) {
            months++;
            month_top = sp > month_top ? sp : month_top;
            risky_all &= (m[i].flags & DNP_MF_RISKY) != 0;
            plain &= !(m[i].flags & DNP_MF_MARKED);
            if (m[i].value <= 12)
                present[m[i].value] = true;
            if (m[i].value >= 1 && m[i].value <= 12 && m[i].lang < nlangs)
                speakers[m[i].value] += langs[m[i].lang].speakers_k;
        } else if (m[i].kind != DNP_K_PREFIX && !dnp_kind_apart(m[i].kind) && !dnp_year_cue(&m[i]))
            others++;
    }
    *out = (dnp_month_summary){ .months = months, .best = 0, .top = -1,
                                .flags = week ? DNP_KM_WEEK : 0 };
    if (months == 0)
        return;
    int best = 0, values = 0;
    for (int v = 0; v <= 12; v++) {
        values += present[v];
        if (v >= 1 && present[v] && speakers[v] > (best ? speakers[best] : -1.0))
            best = v;
    }
    double top = -1;
    for (uint32_t i = 0; i < n; i++)
        if (m[i].kind == DNP_K_MONTH && m[i].value == best && m[i].lang < nlangs &&
            langs[m[i].lang].speakers_k > top)
            top = langs[m[i].lang].speakers_k, out->top = (int16_t)m[i].lang;
    out->best = (uint8_t)best;
    out->flags = (uint8_t)((risky_all ? DNP_KM_RISKY : 0) | (others == 0 ? DNP_KM_PURE : 0) |
                           (months > others ? DNP_KM_MOSTLY : 0) | (values == 1 ? DNP_KM_ONE : 0) |
                           (rel_top > month_top ? DNP_KM_RELWORD : 0) |
                           (plain ? DNP_KM_PLAIN : 0) | (week ? DNP_KM_WEEK : 0));
}
