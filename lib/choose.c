/*
 * choose.c: the language and scoring decisions of the readers: which month a month word
 * means, how strong a month name it is, and which languages a set of words points to.
 *
 * A word such as "listopad" is November in Polish and Czech and October in Croatian; "mar"
 * is March in several languages, Tuesday in Sardinian and French and an ordinary word in
 * Spanish. The readers ask here which reading to take, and every answer weighs languages
 * by one rule, policy.h's dnp_lang_pref: a hinted language first, then one the other words
 * of the date agree with, then the one most people speak. The numbers (the weights, the
 * confidences the readers give, the thresholds) are policy.h's; the inline halves of these
 * decisions (no hint: lexgen's summary of the word decides) are in engine.h.
 * Does not read text; it weighs the meanings the lexicon gives.
 */
#include "engine.h"

dnp_langset dnp_langs_of(const item *it, int kind, int value)
{
    dnp_langset s = {{0}};
    if (it->type != IT_WORD)
        return s;
    for (uint32_t i = 0; i < it->nm; i++)
        if (it->m[i].kind == kind && (value < 0 || it->m[i].value == value))
            dnp_langset_add(&s, it->m[i].lang);
    return s;
}

/* Speakers (thousands) of the languages of a set, and the language with the most. */
double dnp_langset_speakers(const dnp_langset *s, int *top)
{
    double sum = 0, best = -1;
    for (int w = 0; w < DNP_LANG_WORDS; w++)
        for (uint64_t b = s->w[w]; b; b &= b - 1) {
            int l = w * 64 + __builtin_ctzll(b);
            double k = dnp_speakers_k(l);
            sum += k;
            if (top && k > best)
                best = k, *top = l;
        }
    return sum;
}

/* The month value of a month word when languages decide (a hint, or the languages of the
   other words in ctx): the value whose languages meet the context, preferring hints, then
   the value most languages give ("listopad": 11 in Polish and Czech, 10 in Croatian).
   Returns the value, sets *langs. dnp_choose_month (engine.h) answers the rest. */
int dnp_choose_month_by_langs(const env *e, const item *w, const dnp_langset *ctx,
                              dnp_langset *langs)
{
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
        speakers[m->value] += dnp_speakers_k(m->lang);
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
        double score = dnp_lang_pref(speakers[v], hinted[v], in_ctx[v]);
        if (score > best_score)
            best_score = score, best = v;
    }
    if (best && langs)
        *langs = dnp_langs_of(w, DNP_K_MONTH, best);
    return best;
}

/* The hinted half of dnp_analyze_month_word: one pass over a month word's meanings, once per
   word and text, since a hint changes which language counts. Words like "nov" have a hundred
   meanings; the windows that hold the word read the fields this leaves instead. */
void dnp_analyze_month_word_hinted(const env *e, item *w)
{
    dnp_month_summary sum;
    dnp_month_summarize(w->m, w->nm, dnp_langs, (uint16_t)dnp_nlangs, &sum);
    bool h_month = false, h_other = false;
    for (uint32_t i = 0; i < w->nm && e->p->nhints; i++) {
        const dnp_meaning *m = &w->m[i];
        if (!dnp_langset_has(&e->p->hint_set, m->lang))
            continue;
        if (m->kind == DNP_K_MONTH)
            h_month = true;
        else if (m->kind == DNP_K_WEEKDAY || m->kind == DNP_K_FILLER || m->kind == DNP_K_AMPM)
            h_other = true;
    }
    bool risky_all = sum.months == 0 || (sum.flags & DNP_KM_RISKY);
    bool mostly = (sum.flags & DNP_KM_MOSTLY) != 0;
    w->mbest = sum.best;
    w->mtop = sum.top;
    w->mrisky = risky_all;
    /* a month name, or something else? a word the hinted language uses as something else
       is that (rm "du," is Sunday, sc "de" a filler), whatever other languages call a
       month by it */
    if (!h_month && h_other)
        w->mstrength = DNP_MONTH_NOT;
    else
        w->mstrength = (int16_t)dnp_month_strength(sum.flags & DNP_KM_PURE, mostly, !risky_all,
                                                   h_month,
                                                   w->end - w->start,
                                                   w->kinds & (1u << DNP_K_WEEKDAY));
    /* weak: also an ordinary word, or more often something else than a month, or a word
       of relative phrases in a more spoken language (issue 8: "gün", "och"), and in no
       hinted language ("No", "PS", "de") */
    w->mweak = !h_month && (risky_all || !mostly || (sum.flags & DNP_KM_RELWORD));
}
