/*
 * clock.c: reads a time of day and a UTC offset from items, wherever a date reader meets
 * one (before, inside or after the date), and holds the range rules every reader of a time
 * or an offset applies.
 *
 * Reads:
 *   14:30, 14:30:05, 14:30:05.250, 14.30 (Danish, Finnish), 2:30 pm, 2:30pm, 2:30 p.m.,
 *   오후 2:30, 下午2:30, 5 pm, 10am, 14h30, 14 h 30, 14 Uhr, 14時30分5秒, 14:30 Uhr, 9:35 ч.;
 *   unpadded fields after a colon as programs write them (5:7:51 PM, 09:1:00, 4:8), a colon
 *   before milliseconds (18:31:59:257);
 *   after a time, an offset or a zone: Z, +01:00, +0100, +01, GMT, GMT+1, UTC-05:00, a
 *   locale's GMT word (غرينتش+٥:٣٠), zone names and abbreviations of the lexicon (CET,
 *   Pacific Time, MEZ, Europe/Paris; zone.c), PST-08, GMT+0100 (Central European Time).
 * Line mode, the whole text: a time alone ("16:10", "at 3pm", "um 7 Uhr", "kl. 6:50": the
 * words that may lead it, dnp_led_whole, also lead a month alone in monthname.c: "in May"),
 * "noon" alone (a day period that is one hour).
 * Does not read: a time without a date around it in running text, a time inside another
 * ("00:00" of "25:00:00").
 *
 * The range rules, one set for every path that reads a time or an offset: this file (the
 * token path), iso8601.c's byte reader (whole-text stamps and dn_context_from_iso) and
 * dn_zone_offset's "+05:30":
 *   - hours 00 to 23, minutes 00 to 59, seconds 00 to 60 (60: a leap second, as ISO 8601
 *     and RFC 3339 allow; kept as written);
 *   - 24:00, 24:00:00 and 24 h with nothing but zeros after them are the end of the day,
 *     ISO 8601's "24:00" (ISO 8601:2004, 4.2.3): the result is the next day at 00:00
 *     ("2015-11-22T24:00" is 2015-11-23T00:00:00); any other time in hour 24 is no time;
 *   - offsets within -18:00 and +18:00 (the range of java.time's ZoneOffset; real zones
 *     lie within -12:00 and +14:00), minutes 00 to 59: +18:00 is an offset, +18:30 and
 *     +19 are none.
 * Whatever a path reads, dnp_clock_valid and dnp_offset_valid decide; dnp_end_of_day turns
 * 24:00 into the next day where a result is made (scan.c, the byte reader).
 */
#include "engine.h"

#include <string.h>

bool dnp_clock_valid(int hour, int minute, int second, int ns)
{
    if (hour == 24)
        return minute == 0 && second == 0 && ns == 0;
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
}

bool dnp_offset_valid(int hours, int minutes)
{
    return hours >= 0 && minutes >= 0 && minutes <= 59 && hours * 60 + minutes <= DNP_OFFSET_MAX;
}

void dnp_end_of_day(dn_date *d)
{
    if (d->hour != 24)
        return;
    int64_t days = dnp_days_from_civil(d->year, (unsigned)d->month, (unsigned)d->day) + 1;
    dnp_civil_from_days(days, &d->year, &d->month, &d->day);
    d->hour = 0;
    d->weekday = dnp_weekday(days);
}

bool dnp_offset_bytes(const char *s, size_t n, int *minutes)
{
    if (n < 3 || (s[0] != '+' && s[0] != '-'))
        return false;
    int hh, mm = 0;
    bool ok = dnp_two_digits(s + 1, &hh) &&
              (n == 3 || (n == 5 && dnp_two_digits(s + 3, &mm)) ||
               (n == 6 && s[3] == ':' && dnp_two_digits(s + 4, &mm)));
    if (!ok || !dnp_offset_valid(hh, mm))
        return false;
    *minutes = (s[0] == '-' ? -1 : 1) * (hh * 60 + mm);
    return true;
}

/* A sign and an offset at j: +01:00, +0100, +01, and after a name (GMT, UTC) also +1, -8.
   After a zone's name (zone: "МСК+4", "MSK-1", "CET+1") hours written as a count, one or two
   digits with no zero before them and no minutes, shift the zone's offset by that many
   hours (Moscow time plus 4 hours, +07:00: Russia counts its zones so); an offset written
   as one ("PST-08", "CET+01:00", "EST-0500") still wins over the name's. Returns the index
   after it, or -1. */
static int signed_offset(const item *it, int n, int j, bool named, bool zone, cand *c)
{
    if (!(j + 1 < n && it[j].type == IT_SEP && (it[j].sep == '+' || it[j].sep == '-') &&
          it[j + 1].type == IT_NUM && it[j + 1].start == it[j].end))
        return -1;
    int sign = it[j].sep == '-' ? -1 : 1;
    const item *h = &it[j + 1];
    int hh, mm = 0, k = j + 2;
    if (h->ndigits == 4 || (h->ndigits == 3 && named)) {
        /* +0100, and after a name +545 (Amharic's GMT format for Nepal) */
        hh = (int)(h->value / 100), mm = (int)(h->value % 100);
    } else if (h->ndigits <= 2 && (named || h->ndigits == 2)) {
        hh = (int)h->value;
        /* +05:30, and after a name +05.45 (Danish writes its GMT format's minutes so) */
        if (k + 1 < n && (is_sep(&it[k], ':') || (named && is_sep(&it[k], '.'))) &&
            it[k + 1].type == IT_NUM && it[k + 1].ndigits == 2 &&
            it[k].start == it[k - 1].end && it[k + 1].start == it[k].end) {
            mm = (int)it[k + 1].value;
            k += 2;
        }
    } else
        return -1;
    /* issue 10: hours alone with a word glued after them are the end of a span of hours,
       no offset: "10h-18h" is 10:00 to 18:00, never 10:00 at -18:00 */
    if (!named && k == j + 2 && k < n && it[k].type == IT_WORD && it[k].start == it[k - 1].end)
        return -1;
    /* miss21: nor is H.MM after a dash, the end of "10.00–15.00" (never 10:00 at -15:00, its
       ".00" then read as a two-digit year) */
    if (!named && k == j + 2 && k + 1 < n && is_sep(&it[k], '.') && it[k].start == it[k - 1].end &&
        it[k + 1].type == IT_NUM && it[k + 1].start == it[k].end && j > 0 &&
        it[j - 1].end == it[j].start && !is_space(&it[j - 1]))
        return -1; /* (a blank before the sign: "10.00 -05.00" is an offset) */
    if (!dnp_offset_valid(hh, mm))
        return -1;
    if (zone && k == j + 2 && (h->ndigits == 1 || (h->ndigits == 2 && h->value >= 10))) {
        if (hh > DNP_ZONE_SHIFT_MAX)
            return -1;
        c->zshift = (int16_t)(sign * hh * 60);
        return k;
    }
    c->offset = sign * (hh * 60 + mm);
    c->has_offset = true;
    return k;
}

/* A zone name in parentheses after an offset, as JavaScript's Date writes it: "GMT+0100
   (Central European Standard Time)". Returns the index after the ")", or i. */
static int zone_in_parens(const item *it, int n, int i, cand *c)
{
    int j = skip_space(it, n, i);
    if (j + 2 < n && is_sep(&it[j], '(') && dnp_zone_word(&it[j + 1], -1) &&
        is_sep(&it[j + 2], ')')) {
        c->has_zone = true, c->zitem = j + 1;
        return j + 3;
    }
    return i;
}

/* An offset or zone alone in brackets after a time, as pages write it: "11:30 AM (EST)",
   "10:00 (UTC)", "14:00 (GMT+2)", "11:30 [CET]". Only the whole bracket: "11:30 (Paris
   office)" gives no zone. Returns the index after the closing bracket, or i. */
static int offset_in_brackets(const item *it, int n, int i, cand *c)
{
    int j = skip_space(it, n, i);
    if (!(j + 2 < n && (is_sep(&it[j], '(') || is_sep(&it[j], '['))))
        return i;
    cand in = *c;
    uint32_t close = it[j].sep == '(' ? ')' : ']';
    int k = dnp_read_offset(it, n, j + 1, &in);
    if (k == j + 1 || k >= n || !is_sep(&it[k], close)) {
        /* the zone's local name, a comma, then its offset: "(Bakı vaxtı, GMT+4)",
           "(Астана уақыты, UTC+5)"; words only before the comma */
        int q = j + 1;
        while (q < n && q < j + 8 && (it[q].type == IT_WORD || is_space(&it[q])))
            q++;
        if (q == j + 1 || q >= n || !is_sep(&it[q], ','))
            return i;
        in = *c;
        int z = skip_space(it, n, q + 1);
        if (!(z < n && (it[z].gen == G_GMT || it[z].gen == G_UTC)))
            return i;
        k = dnp_read_offset(it, n, z, &in);
        if (k == z || k >= n || !is_sep(&it[k], close))
            return i;
    }
    *c = in;
    return k + 1;
}

/* Offset or zone after a time: Z, +01:00, +0100, +01, GMT, GMT+1, UTC-05:00, a locale's
   GMT word ("غرينتش+٥:٣٠", "ГМТ+03:00"), a zone name (PST, MEZ, Pacific Time,
   Europe/Paris: zone.c gives its offset once the date is known), a name with its offset
   ("PST-08": the offset written wins), and a zone name in parentheses after an offset.
   Returns the index after it, or i when there is none. */
int dnp_read_offset(const item *it, int n, int i, cand *c)
{
    int j = i;
    bool named = false, zone = false;
    if (j < n && is_sep(&it[j], '.') && j > 0 && has_kind(&it[j - 1], DNP_K_AMPM))
        j++; /* the dot of "a.m." before "ET" */
    if (j < n && is_space(&it[j]))
        j++;
    /* Z touching the time, or after one space as ICU's ZZZZZ writes it ("10:30 Z") */
    if (j < n && it[j].type == IT_GEN && it[j].gen == G_Z &&
        ((it[j].tflags & DNP_TF_ADJ) || j > i)) {
        c->offset = 0, c->has_offset = true;
        return j + 1;
    }
    if (j < n && (it[j].gen == G_GMT || it[j].gen == G_UTC || it[j].gen == G_UT ||
                  (it[j].type == IT_WORD && dnp_zone_word(&it[j], DNP_ZT_GMT)))) {
        named = true;
        c->offset = 0, c->has_offset = true;
        j++;
        i = j;
    } else if (j < n && it[j].type == IT_WORD && dnp_zone_word(&it[j], -1)) {
        c->has_zone = true, c->zitem = j;
        j++;
        i = j;
        named = zone = true;
    }
    /* "GMT +3", as some locales write their GMT format */
    if (named && j + 1 < n && is_space(&it[j]) && it[j].end - it[j].start <= 3 &&
        it[j + 1].type == IT_SEP && (it[j + 1].sep == '+' || it[j + 1].sep == '-'))
        j++;
    int k = signed_offset(it, n, j, named, zone, c);
    if (k >= 0)
        return zone_in_parens(it, n, k, c);
    if (named)
        return zone_in_parens(it, n, j, c);
    /* past the dot of "p. m." too: "11:59 p. m. (hora de Colombia)" */
    int b = i < n && is_sep(&it[i], '.') && i > 0 && has_kind(&it[i - 1], DNP_K_AMPM) ? i + 1 : i;
    int r = offset_in_brackets(it, n, b, c);
    return r == b ? i : r;
}

void dnp_take_time(cand *c, const cand *t)
{
    c->hour = t->hour, c->minute = t->minute, c->second = t->second, c->ns = t->ns;
    c->fdigits = t->fdigits, c->offset = t->offset, c->has_offset = t->has_offset;
    c->has_zone = t->has_zone, c->zitem = t->zitem, c->zshift = t->zshift;
    c->has_time = true;
    c->prec = t->prec;
}

/* The am/pm value of a hinted language's meaning, else the one most languages give a word
   ("ip." is pm in Finnish, am in Inari Sami: a tie keeps the first). */
static int ampm_value(const env *e, const item *w)
{
    int votes[2] = {0, 0}, first = -1;
    for (uint32_t q = 0; e && e->p->nhints && q < w->nm; q++)
        if (w->m[q].kind == DNP_K_AMPM && w->m[q].value <= 1 &&
            dnp_langset_has(&e->p->hint_set, w->m[q].lang))
            return w->m[q].value;
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

/* Whether w is an am/pm of one Latin letter (Gaelic "m", Friulian "p") that no hint
   names: after an hour alone it is a unit ("5m" five minutes, "a 5m read"), after
   "3:27" it is am/pm. */
static bool ampm_letter(const env *e, const item *w)
{
    unsigned char ch = (unsigned char)(e ? e->text[w->start] | 0x20 : 0);
    return e && w->end - w->start == 1 && ch >= 'a' && ch <= 'z' &&
           !hinted_kind(e, w, DNP_K_AMPM);
}

/* zoneline: whether w is one Latin letter with a mark that folding dropped ("á", "à")
   read as an am/pm no hint names: CLDR's one-letter am/pm names are plain (Friulian "a",
   "p"; Gaelic "m", "f"), so after "12:00" it is a word of another language, no am/pm
   ("kl. 12:00 á", Icelandic "on"; "12:00 à"). (After an hour alone, "de 10h à 12h", the
   span reader, dnp_time_span_after, expects the letter taken: FIXME: should it?) */
static bool ampm_marked_letter(const env *e, const item *w)
{
    if (!e || w->end - w->start < 2 || w->end - w->start > 3 || hinted_kind(e, w, DNP_K_AMPM))
        return false;
    size_t q = w->start;
    UChar32 cp = dnp_utf8_next(e->text, w->end, &q);
    return q == w->end && cp >= 0xC0 && cp < 0x250;
}

/* issue 8: the hours the day-period word w covers ("de l'après-midi": 12..17), of the
   meaning of a hinted language first, else of the language with the most speakers; 0 when
   w is none. */
static DNP_RARE uint32_t period_hours_of(const env *e, const item *w, dnp_langset *langs);

static inline uint32_t period_hours(const env *e, const item *w, dnp_langset *langs)
{
    if (!e || !has_kind(w, DNP_K_DAY_PERIOD))
        return 0;
    return period_hours_of(e, w, langs);
}

/* period_hours for a word with a day-period meaning: out of line (DNP_RARE). */
static DNP_RARE uint32_t period_hours_of(const env *e, const item *w, dnp_langset *langs)
{
    const dnp_meaning *best = NULL;
    double best_pref = -1;
    for (uint32_t q = 0; q < w->nm; q++) {
        const dnp_meaning *m = &w->m[q];
        if (m->kind != DNP_K_DAY_PERIOD || m->value >= dnp_nday_periods)
            continue;
        double pref = dnp_meaning_pref(e, m, NULL);
        if (pref > best_pref)
            best_pref = pref, best = m;
    }
    if (!best)
        return 0;
    *langs = dnp_langs_of(w, DNP_K_DAY_PERIOD, best->value);
    return dnp_day_periods[best->value];
}

/* Circular distance in hours from h to the nearest hour of mask (mask != 0). */
static int hours_off(uint32_t mask, int h)
{
    for (int d = 0; d < 12; d++)
        if ((mask >> ((h + d) % 24) & 1u) || (mask >> ((h + 24 - d) % 24) & 1u))
            return d;
    return 12;
}

/* The hour a day period makes of hour h: of a 12-hour clock's two readings (3 -> 3 or 15)
   the one the period covers ("3 de la tarde" 15, "11 at night" 23, "12 noon" 12, "12
   midnight" 0), else the one within DNP_PERIOD_SLACK_HOURS of it ("3 du matin" is 3: fr
   "matin" starts at 4); a 24-hour clock's hour (0, 13..23) only when the period covers it.
   -1 when the period and the hour disagree ("2 este": evening, "15 Uhr morgens"). */
static DNP_RARE int period_hour(uint32_t mask, int h)
{
    if (h < 0 || h > 23)
        return -1; /* "39h du matin" */
    if (h == 0 || h > 12)
        return (mask >> h & 1u) ? h : -1;
    int a = h % 12, p = a + 12;
    bool in_a = mask >> a & 1u, in_p = mask >> p & 1u;
    if (in_a != in_p)
        return in_a ? a : p;
    if (in_a)
        return -1; /* no mask holds both (lexgen) */
    int da = hours_off(mask, a), dp = hours_off(mask, p);
    if (da == dp || (da < dp ? da : dp) > DNP_PERIOD_SLACK_HOURS)
        return -1;
    return da < dp ? a : p;
}

/* What may stand between an am/pm word or a day period and the hour after it: a space, a
   dot or comma ("du. 9:06", "de la tarde, 5:30"), one or two fillers of the word's language
   ("ɣetrɔ ga 5:04": Ewe's CLDR time pattern "a 'ga' h:mm"). Returns the index after it. */
static int lead_gap(const item *it, int n, int k, const dnp_langset *lead)
{
    k = skip_space(it, n, k);
    if (k < n && (is_sep(&it[k], '.') || is_sep(&it[k], ',')))
        k = skip_space(it, n, k + 1);
    /* zoneline: two fillers too, Spanish "a las" ("esta noche a las 9") */
    for (int w = 0; w < DNP_LEAD_WORDS && k + 1 < n && has_kind(&it[k], DNP_K_FILLER) &&
                    it[k + 1].type != IT_WORD;
         w++) {
        dnp_langset f = dnp_langs_of(&it[k], DNP_K_FILLER, -1);
        dnp_langset_and(&f, lead);
        if (dnp_langset_empty(&f))
            break;
        k++;
        /* a time word's own dot: Icelandic "kl." ("í kvöld kl. 8"; locales/ time_word) */
        if (k + 1 < n && is_sep(&it[k], '.') && it[k].start == it[k - 1].end &&
            dnp_time_word_before(it, k + 1))
            k++;
        k = skip_space(it, n, k);
    }
    return k;
}

/* Whether a time to the minute is followed by "-HH:MM", as a span of hours is written
   ("10:00-12:00", "09:30-17:00"), issue 10 (b20) overnight too ("22:00–02:00": within
   DNP_OVERNIGHT_SPAN_HOURS). A minus offset after a dash alone names a longer span's end
   ("10:00-05:00"), follows seconds ("10:00:00-05:00") or an ISO 8601 time ("T22:00-02:00":
   the caller tells); after a name it is unambiguous ("UTC-02:00", "GMT-2"). */
bool dnp_span_end_after_dash(const item *it, int n, int k, const cand *c, bool wide)
{
    /* with wide (line mode), also a dot ("24.12.2026 10.00–12.00": search reads such spans
       apart, page.c's hours_after) */
    if (c->prec != DN_PREC_MINUTE || k + 3 >= n || !is_sep(&it[k], '-') ||
        it[k + 1].type != IT_NUM || it[k + 1].ndigits != 2 ||
        !(is_sep(&it[k + 2], ':') || (wide && is_sep(&it[k + 2], '.'))) ||
        it[k + 3].type != IT_NUM || it[k + 3].ndigits != 2)
        return false;
    return it[k + 1].value <= 24 && it[k + 3].value < 60 &&
           dnp_span_minutes(c->hour * 60 + c->minute,
                            (int)it[k + 1].value * 60 + (int)it[k + 3].value);
}

/* issue 10: the hour an am/pm word or day period w (a key of the lexicon) makes of hour h
   of a clock read in the text, h itself when w is neither, -1 when its meanings disagree or
   none fits h ("22:00 pm"). A word that is a filler too ("de": Hungarian's a.m., Spanish's
   "of") is no am/pm here: *is_word stays false and h is kept; unless glued to the time
   (timebefore: "10am–2pm", German "am" a filler too: no filler touches its number). */
static int word_hour(const dnp_lex_key *w, int h, bool glued, bool *is_word)
{
    *is_word = false;
    if (!w || !(w->kinds & ((1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD))) ||
        ((w->kinds & (1u << DNP_K_FILLER)) && !glued))
        return h;
    const dnp_meaning *m = &dnp_lex_meanings[w->meaning];
    int got = -2;
    bool ampm = (w->kinds & (1u << DNP_K_AMPM)) != 0; /* an am/pm meaning decides */
    for (uint32_t q = 0; q < w->nmeaning; q++) {
        int x;
        if (m[q].kind == DNP_K_AMPM && m[q].value <= 1)
            x = h > 12 || h == 0 ? (m[q].value ? h : -1) : h % 12 + (m[q].value ? 12 : 0);
        else if (!ampm && m[q].kind == DNP_K_DAY_PERIOD && m[q].value < dnp_nday_periods)
            x = period_hour(dnp_day_periods[m[q].value], h);
        else
            continue;
        if (x < 0 || (got != -2 && got != x))
            return -1;
        got = x;
    }
    *is_word = true;
    return got;
}

/* b27: word_hour for page.c: the hour an am/pm word or day period w makes of hour h, h when
   w is neither (or a filler too), -1 when none fits (page.c's span of hours after a date:
   "下午2時至5時"). */
int dnp_word_hour(const dnp_lex_key *w, int h)
{
    bool is_word;
    return word_hour(w, h, false, &is_word);
}

/* issue 10: a clock time at byte p of the text, read from its tokens up to lim (page.c's
   span of hours after a date, and the second time of dnp_time_span_after): H:MM; H.MM with
   an hour mark, am/pm word or day period after it ("9.00 pagi", "18.00 u"); H and an hour
   mark, glued or not, with its minutes glued or after a blank ("8h00", "13 h", "8 h 30");
   digits of any script; then an am/pm word or day period ("1:00 مساءً", "1.00 petang"),
   which sets the hour. Nothing glued before or after that makes it more ("10:00:30",
   "1.10:00"). Returns the byte after it and the minutes of the day in *minutes, or 0. */
/* engine.h: dnp_period_clock_text. */
size_t dnp_period_clock_text(const env *e, size_t p, size_t lim, int *minutes)
{
    const char *s = e->text;
    while (p < lim && s[p] == ' ')
        p++;
    dnp_token t;
    size_t q = p;
    if (!dnp_next_token(s, lim, &q, &t) || t.kind != DNP_TK_WORD || (t.flags & DNP_TF_LONG))
        return 0;
    const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
    if (!k || !(k->kinds & (1u << DNP_K_DAY_PERIOD)))
        return 0;
    item w;
    memset(&w, 0, sizeof w);
    w.type = IT_WORD, w.m = &dnp_lex_meanings[k->meaning], w.nm = k->nmeaning, w.kinds = k->kinds;
    dnp_langset langs;
    uint32_t mask = period_hours(e, &w, &langs);
    if (!mask || q >= lim || s[q] != ' ')
        return 0;
    while (q < lim && s[q] == ' ')
        q++;
    int m = 0;
    size_t end = dnp_clock_text(e, q, lim, &m);
    int h, minute = 0;
    if (end)
        h = m / 60, minute = m % 60;
    else {
        size_t r = q;
        if (!dnp_next_token(s, lim, &r, &t) || t.kind != DNP_TK_NUM || t.ndigits > 2 ||
            t.value < 1 || t.value > 12 || (r < lim && s[r] != ' ' && s[r] != ',' && s[r] != '.' &&
                                             s[r] != ')' && s[r] != '\n'))
            return 0;
        h = (int)t.value, end = r;
    }
    h = period_hour(mask, h);
    if (h < 0)
        return 0;
    *minutes = h * 60 + minute;
    return end;
}

/* b33: whether the word that ends at byte p after a clock's number closes the clock: the
   text's end, a comma, semicolon, full stop or bracket, or a dash and a digit after it,
   blanks around ("10 AM–3 PM, 4120 Old Mill Rd"). An am/pm word that is also a filler
   elsewhere (German "am", on) is then the clock's: "5 am Montag" has a word after it. */
static bool ampm_closes(const char *s, size_t p, size_t lim)
{
    if (p >= lim)
        return true;
    char c = s[p];
    if (c == ',' || c == ';' || c == '.' || c == ')' || c == '\n')
        return true;
    while (p < lim && s[p] == ' ')
        p++;
    const unsigned char *u = (const unsigned char *)s + p;
    size_t d = p < lim && s[p] == '-' ? 1
             : p + 3 <= lim && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94) ? 3
                                                                                                : 0;
    if (!d)
        return false;
    p += d;
    while (p < lim && s[p] == ' ')
        p++;
    return p < lim && s[p] >= '0' && s[p] <= '9';
}

size_t dnp_clock_text(const env *e, size_t p, size_t lim, int *minutes)
{
    const char *s = e->text;
    if (p > 0 && ((s[p - 1] >= '0' && s[p - 1] <= '9') || s[p - 1] == ':' || s[p - 1] == '.'))
        return 0;
    dnp_token t, u;
    size_t q = p;
    if (!dnp_next_token(s, lim, &q, &t) || t.kind != DNP_TK_NUM || t.ndigits > 2 || t.value > 24)
        return 0;
    int h = (int)t.value, m = 0;
    size_t end = q, r = q;
    bool sep = false, dot = false, marked = false;
    if (dnp_next_token(s, lim, &r, &u) && u.kind == DNP_TK_SEP && u.start == t.end &&
        (u.value == ':' || u.value == '.')) {
        dnp_token v;
        size_t r2 = r;
        if (!dnp_next_token(s, lim, &r2, &v) || v.kind != DNP_TK_NUM || v.ndigits != 2 ||
            v.start != u.end || v.value > 59)
            return 0;
        m = (int)v.value, end = r2, sep = true, dot = u.value == '.';
        size_t r3 = r2;
        if (dnp_next_token(s, lim, &r3, &v) && v.start == end &&
            (v.kind == DNP_TK_NUM || (v.kind == DNP_TK_SEP && (v.value == ':' || v.value == '.' ||
                                                               v.value == ',')))) {
            dnp_token x;
            if (v.kind == DNP_TK_NUM || (dnp_next_token(s, lim, &r3, &x) && x.kind == DNP_TK_NUM &&
                                         x.start == v.end))
                return 0;
        }
    }
    /* then, a blank at most between: an hour mark (and the minutes after it), or an am/pm
       word or day period */
    for (int step = 0; step < 2; step++) {
        size_t a = end;
        if (!dnp_next_token(s, lim, &a, &u))
            break;
        if (u.kind == DNP_TK_SEP && (u.flags & DNP_TF_SPACE) && !(u.flags & DNP_TF_NEWLINE) &&
            u.end - u.start <= 2 && !dnp_next_token(s, lim, &a, &u))
            break;
        if (u.kind != DNP_TK_WORD || (u.flags & DNP_TF_LONG))
            break;
        const dnp_lex_key *w = dnp_lex_find(u.fold, u.flen);
        if (!w)
            break;
        /* (timebefore: H.MM too, "19.30 uur", "18.00 u", as this reader's comment says) */
        if (!marked && (w->kinds & (1u << DNP_K_HOUR_MARK)) &&
            !(w->kinds & (1u << DNP_K_FILLER))) { /* "de 00:00 a 23:59": "a" links */
            marked = true, end = u.end;
            if (!sep) { /* minutes after the mark: "8h00", "8 h 30" */
                size_t b = end;
                dnp_token v;
                bool got = dnp_next_token(s, lim, &b, &v);
                if (got && v.kind == DNP_TK_SEP && (v.flags & DNP_TF_SPACE) && v.end - v.start == 1)
                    got = dnp_next_token(s, lim, &b, &v);
                if (got && v.kind == DNP_TK_NUM && v.ndigits == 2 && v.value <= 59 &&
                    !(b < lim && s[b] >= '0' && s[b] <= '9'))
                    m = (int)v.value, end = v.end;
            }
            continue;
        }
        bool is_word;
        int hh = word_hour(w, h, u.start == end || ampm_closes(s, u.end, lim), &is_word);
        if (!is_word)
            break;
        if (hh < 0)
            return 0;
        h = hh, end = u.end, marked = true;
        break;
    }
    if ((!sep && !marked) || (dot && !marked) || !dnp_clock_valid(h, m, 0, 0))
        return 0;
    *minutes = h * 60 + m;
    return end;
}

/* issue 10: whether the time of c, whose text ends at byte `at`, starts a span of times: a
   dash or tilde, or one CJK character ("至", "～"), blanks around, then a later H:MM
   ("10:00–16:00", "凌晨1:00至5:00", "10:00 - 16:00"), or after an hour alone another with
   its mark ("10am–9pm"). Read in the text: the CJK word that
   links them is often no word of the lexicon. In running text the date before it keeps no
   time: the span is the event's hours. */
static bool time_span_from(const env *e, size_t at, const cand *c);

/* issue 10: time_span_from at `at`, or, when the time's reader took a one-letter word
   after it for am/pm ("10:00 a 22:00": Friulian "a"; "8 h 30 à 11 h 30"), from before that
   word, which links the two times. */
bool dnp_time_span_after(const env *e, size_t at, const cand *c)
{
    if (time_span_from(e, at, c))
        return true;
    size_t w = at;
    while (w > 0 && e->text[w - 1] != ' ' && at - w < 4)
        w--;
    if (w == at || w == 0 || e->text[w - 1] != ' ' ||
        !c->has_time || c->prec == DN_PREC_HOUR)
        return false;
    size_t q = w;
    dnp_token t;
    if (!dnp_next_token(e->text, at, &q, &t) || t.kind != DNP_TK_WORD || q != at)
        return false;
    size_t n = 0;
    for (size_t b = t.start; b < t.end; b++)
        n += ((unsigned char)e->text[b] & 0xC0) != 0x80;
    if (n != 1)
        return false;
    while (q < e->len && e->text[q] == ' ')
        q++;
    int later;
    return dnp_clock_text(e, q, e->len, &later) && later > c->hour * 60 + c->minute;
}

/* issue 10 (b20): whether the clock at byte p after a dash may end an overnight span of
   hours ("22:00–02:00"): HH:MM after a time to the minute (dnp_span_end_after_dash). */
static bool overnight_end(const env *e, size_t p, const cand *c)
{
    const char *s = e->text;
    return c->prec == DN_PREC_MINUTE && p + 5 <= e->len && s[p] >= '0' && s[p] <= '2' &&
           s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 2] == ':';
}

/* timebefore: an H.MM at byte p that ends a span whose first time, ending at `at`, is
   written so too ("no 11.00 līdz 13.00", "dalle 18.00 alle 22.00"): the minutes of the
   day in *later; nothing numeric after it. */
static bool dotted_end(const env *e, size_t at, size_t p, int *later)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t len = e->len;
    if (at < 3 || s[at - 3] != '.')
        return false;
    int h = 0, nd = 0;
    while (p < len && s[p] >= '0' && s[p] <= '9' && nd < 3)
        h = h * 10 + (s[p++] - '0'), nd++;
    if (nd < 1 || nd > 2 || h > 24 || p + 2 >= len || s[p] != '.' || !(s[p + 1] >= '0' && s[p + 1] <= '5') ||
        !(s[p + 2] >= '0' && s[p + 2] <= '9') || (p + 3 < len && s[p + 3] >= '0' && s[p + 3] <= '9') ||
        (p + 4 < len && (s[p + 3] == '.' || s[p + 3] == ',') && s[p + 4] >= '0' && s[p + 4] <= '9'))
        return false;
    *later = h * 60 + (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
    return true;
}

/* engine.h: dnp_time_ending_end. The ending is a word of letters (no digit), at most
   DNP_WORD_MAX bytes, touching the time or a hyphen that touches it; a blank, not the line's
   end, after it. */
size_t dnp_time_ending_end(const env *e, size_t at)
{
    const unsigned char *s = (const unsigned char *)e->text;
    size_t p = at, len = e->len;
    if (p < len && s[p] == '-')
        p++;
    if (p >= len || !(s[p] >= 0x80 || ((s[p] | 0x20) >= 'a' && (s[p] | 0x20) <= 'z')))
        return 0;
    size_t q = p;
    dnp_token t;
    if (!dnp_next_token(e->text, len, &q, &t) || t.kind != DNP_TK_WORD || t.start != p ||
        (t.flags & DNP_TF_LONG) || t.end - t.start > DNP_WORD_MAX)
        return 0;
    return t.end < len && s[t.end] == ' ' ? t.end : 0;
}

static bool time_span_from(const env *e, size_t at, const cand *c)
{
    if (!c->has_time || (c->prec != DN_PREC_MINUTE && c->prec != DN_PREC_SECOND &&
                         c->prec != DN_PREC_HOUR))
        return false;
    const unsigned char *s = (const unsigned char *)e->text;
    size_t p = at, len = e->len;
    /* b29fix: a case ending glued to a time to the minute, then a later clock: the span's
       start and end ("saat 11:00-dan 14:00-dək", "02:00-ից 06:00", "07:00etatik 09:00etara") */
    if (c->prec != DN_PREC_HOUR) {
        size_t g = dnp_time_ending_end(e, at);
        while (g && g < len && s[g] == ' ')
            g++;
        int later;
        if (g && dnp_clock_text(e, g, len, &later) && later > c->hour * 60 + c->minute)
            return true;
    }
    if (p < len && s[p] == '.' && p + 1 < len && s[p + 1] != ' ')
        p++; /* an am/pm word's last dot: "9 a.m.–3 p.m." */
    while (p < len && s[p] == ' ')
        p++;
    bool dash = false; /* an overnight span: "22:00–02:00" */
    if (p < len && (s[p] == '-' || s[p] == '~'))
        p++, dash = s[p - 1] == '-';
    else if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && (s[p + 2] == 0x93 || s[p + 2] == 0x94))
        p += 3, dash = true; /* en or em dash */
    else if (p + 2 < len && s[p] >= 0xE3 && s[p] <= 0xEF && (s[p + 1] & 0xC0) == 0x80 &&
             (s[p + 2] & 0xC0) == 0x80) {
        size_t q = p;
        UChar32 cp = dnp_utf8_next(e->text, len, &q);
        if (!(cp == 0x301C || cp == 0xFF5E || (cp >= 0x4E00 && cp <= 0x9FFF) ||
              (cp >= 0x3040 && cp <= 0x30FF)))
            return false;
        p = q;
    } else {
        /* or a list of times: a comma or a word for "and" of CLDR's lists, then a later
           H:MM ("о 15:00 і 16:30", two showings: the date is theirs, no one time) */
        dnp_token t;
        size_t q = p;
        if (!dnp_next_token(e->text, len, &q, &t))
            return false;
        bool list = false;
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
            list = k && (k->kinds & (1u << DNP_K_REL_AND));
            /* issue 10: or a short word between two clock times ("de 10:00 a 22:00 h",
               "13 h à 20 h", "8h00 đến 11h30"): the second read whole, later */
            size_t nch = 0;
            for (size_t b = t.start; b < t.end; b++)
                nch += (s[b] & 0xC0) != 0x80;
            if (!list && t.end - t.start > DNP_PAGE_RANGE_WORD && nch > DNP_PAGE_RANGE_CHARS)
                return false;
        } else if (!(t.kind == DNP_TK_SEP && t.value == ','))
            return false;
        else
            list = true;
        if (c->prec == DN_PREC_HOUR && list)
            return false;
        p = q;
        while (p < len && s[p] == ' ')
            p++;
        int later;
        if (!list)
            return (dnp_clock_text(e, p, len, &later) || dotted_end(e, at, p, &later)) &&
                   later > c->hour * 60 + c->minute;
    }
    while (p < len && s[p] == ' ')
        p++;
    {
        int later; /* a clock the token reader reads whole: "1:00 مساءً", "២២:០០" */
        if (dnp_clock_text(e, p, len, &later))
            return later > c->hour * 60 + c->minute ||
                   (dash && overnight_end(e, p, c) && dnp_span_minutes(c->hour * 60 + c->minute, later));
    }
    int h = 0, nd = 0;
    while (p < len && s[p] >= '0' && s[p] <= '9' && nd < 3)
        h = h * 10 + (s[p++] - '0'), nd++;
    if (nd < 1 || nd > 2 || h > 24)
        return false;
    /* an hour with its mark or am/pm after an hour so written ("10am–9pm", "9h-17h") */
    if (c->prec == DN_PREC_HOUR) {
        if (p + 1 < len && s[p] == ' ')
            p++; /* "9 a.m.–3 p.m." */
        return p < len && ((s[p] | 0x20) >= 'a' && (s[p] | 0x20) <= 'z');
    }
    /* H:MM; miss21: or H.MM after a time written so ("24 December 10.00–15.00", a day's
       opening hours: the end's "15" is no two-digit year), nothing numeric after it;
       timebefore: in running text too, an event's "ponedeljek, 28. 12. 2026, 18.00–22.00"
       as a row of opening hours ("24. decembrī – 10.00–15.00"): the date takes both ends
       (page.c's hours_after), as after "10:00–14:00" */
    bool dot = p < len && s[p] == '.' && at >= 3 &&
               s[at - 3] == '.' && p + 2 < len &&
               !(p + 3 < len && (s[p + 3] >= '0' && s[p + 3] <= '9')) &&
               !(p + 4 < len && s[p + 3] == '.' && s[p + 4] >= '0' && s[p + 4] <= '9');
    if (p + 2 >= len || (s[p] != ':' && !dot) || !(s[p + 1] >= '0' && s[p + 1] <= '5') ||
        !(s[p + 2] >= '0' && s[p + 2] <= '9'))
        return false;
    int later = h * 60 + (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
    return h <= 24 && later > c->hour * 60 + c->minute;
}

static int dawn_first(const item *w);

/* A word that is nothing but am/pm or a day period, which may follow a bare hour ("5 pm",
   "5 de la tarde", "3 Uhr nachmittags"). */
static bool clock_word(const item *w)
{
    const uint32_t ignore = (1u << DNP_K_PREFIX) | (1u << DNP_K_REL_AND);
    const uint32_t clock = (1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD);
    uint32_t k = w->kinds & ~ignore;
    if ((k & (1u << DNP_K_WEEKDAY_CUE)) && dawn_first(w) >= 0)
        k &= ~(1u << DNP_K_WEEKDAY_CUE); /* a dawn clock's day part: "saa 1 asubuhi" */
    return w->type == IT_WORD && k && !(k & ~clock);
}

/* Whether the items at j are D.M.YY of a list after a date written so ("am 17.11.26,
   19.11.26 und 22.11.26"): three dotted numbers a date could be, after another such date
   with only blanks and a comma between. Such a second one is no H.MM.SS time. */
static bool dotted_date_list(const item *it, int n, int j)
{
    if (!(j + 4 < n && is_sep(&it[j + 3], '.') && it[j + 4].type == IT_NUM &&
          it[j + 4].ndigits == 2 && it[j + 4].start == it[j + 3].end && it[j].value >= 1 &&
          it[j].value <= 31 && it[j + 2].value >= 1 && it[j + 2].value <= 12))
        return false;
    int b = j - 1;
    bool comma = false;
    while (b >= 0 && it[b].type == IT_SEP && (is_space(&it[b]) || (!comma && it[b].sep == ',')))
        comma |= it[b].sep == ',', b--;
    return comma && b >= 4 && it[b].type == IT_NUM && is_sep(&it[b - 1], '.') &&
           it[b - 2].type == IT_NUM && is_sep(&it[b - 3], '.') && it[b - 4].type == IT_NUM &&
           it[b - 2].ndigits <= 2 && it[b - 4].ndigits <= 2;
}


/* misses19: whether the items at j are D.M. closed by its dot, a day and month as
   Finnish, Czech or German write them ("ma 14.12.", "to 10.12."), not H.MM: the second
   number a month, a dot touching it and no number after that dot, and no word that
   introduces a time before it ("klo 14.12." stays a time). */
static bool dotted_day_month(const item *it, int n, int j)
{
    return j + 3 < n && is_sep(&it[j + 3], '.') && it[j + 3].start == it[j + 2].end &&
           !(j + 4 < n && it[j + 4].type == IT_NUM && it[j + 4].start == it[j + 3].end) &&
           it[j].value >= 1 && it[j + 2].value >= 1 && it[j + 2].value <= 12 &&
           !dnp_time_word_before(it, j);
}

/* The separator of H:MM at j, or H.MM as Danish, Finnish and Bengali clocks write it (the
   minutes touching the dot, so that "22. 11." is no time); 0 when there is none. */
/* b32: whether a percent or currency sign (XF_MONEY) follows the number at k, glued or after
   one blank: "9.25%", "9.25 %" is a rate, no time. */
static bool money_after(const item *it, int n, int k)
{
    int q = k + 1;
    if (q < n && it[q].type == IT_SEP && (it[q].tflags & DNP_TF_SPACE) &&
        !(it[q].tflags & DNP_TF_NEWLINE))
        q++;
    return q < n && (it[q].tflags & XF_MONEY);
}

static uint32_t clock_sep(const item *it, int n, int j)
{
    /* programs write unpadded fields after a colon: "5:7:51 PM", "09:1:00", "4:8" */
    if (j + 2 < n && it[j + 2].type == IT_NUM && it[j + 2].ndigits == 1 &&
        is_sep(&it[j + 1], ':') && it[j + 1].start == it[j].end &&
        it[j + 2].start == it[j + 1].end)
        return ':';
    if (j + 2 < n && it[j + 2].type == IT_NUM && it[j + 2].ndigits == 2 &&
        (is_sep(&it[j + 1], ':') ||
         (is_sep(&it[j + 1], '.') && it[j + 2].start == it[j + 1].end && it[j].value <= 23 &&
          /* 05.01.2016 is a date, 14.12.45 a time */
          !(j + 4 < n && is_sep(&it[j + 3], '.') && it[j + 4].type == IT_NUM &&
            it[j + 4].ndigits != 2) &&
          !dotted_date_list(it, n, j) && !dotted_day_month(it, n, j) &&
          !money_after(it, n, j + 2))))
        return it[j + 1].sep;
    return 0;
}

/* The rest of H:MM[:SS[.f]] after the hour at j (ts: its separator), and a word for "o'clock"
   after it ("14:30 Uhr", Bulgarian "9:35 ч."). Returns the index after it. */
static int colon_time(const item *it, int n, int j, uint32_t ts, int *mi, int *s, int *ns,
                      int *fd, cand *c)
{
    *mi = (int)it[j + 2].value;
    int k = j + 3;
    if (k + 1 < n && is_sep(&it[k], ts) && it[k + 1].type == IT_NUM &&
        (it[k + 1].ndigits == 2 || (ts == ':' && it[k + 1].ndigits == 1 &&
                                    it[k + 1].start == it[k].end))) {
        *s = (int)it[k + 1].value;
        k += 2;
        /* a colon before the milliseconds, as some loggers write: 18:31:59:257 */
        bool ms = ts == ':' && k + 1 < n && is_sep(&it[k], ':') && it[k + 1].type == IT_NUM &&
                  it[k + 1].ndigits == 3 && it[k].start == it[k - 1].end &&
                  it[k + 1].start == it[k].end;
        if (k + 1 < n && (is_sep(&it[k], '.') || is_sep(&it[k], ',') || ms) &&
            it[k + 1].type == IT_NUM && !(it[k + 1].tflags & DNP_TF_LONG)) {
            *fd = it[k + 1].ndigits > 9 ? 9 : it[k + 1].ndigits;
            uint64_t v = it[k + 1].value;
            for (int q = it[k + 1].ndigits; q > 9; q--)
                v /= 10;
            for (int q = *fd; q < 9; q++)
                v *= 10;
            *ns = (int)v;
            k += 2;
        }
    }
    c->prec = *fd ? DN_PREC_FRACTION : (k > j + 3 ? DN_PREC_SECOND : DN_PREC_MINUTE);
    int q = skip_space(it, n, k);
    if (q < n && has_kind(&it[q], DNP_K_HOUR_MARK) && !has_kind(&it[q], DNP_K_AMPM)) {
        k = q + 1;
        if (k < n && is_sep(&it[k], '.'))
            k++;
    }
    return k;
}

/* After the hour at j: hour marks (14h30, 14 h 30, 14 Uhr, 14時30分5秒), or an am/pm word
   (5 pm, left for the caller to read). Returns the index after what it read, or -1. */
/* issue 10: a bare hour after a word that introduces a time (locales/ time_word: "kl. 8",
   "klukkan 15 á föstudag", "klo 8"), not before more digits, a percent sign or a unit ("kl.
   8.30" is read as a clock; "klo 8 tuntia" is no time). */
/* Whether a word that introduces a time (locales/ time_word, a filler of value 1) stands
   before the number at j, a dot or blanks between ("kl. 8", "ob 18. uri"). */
bool dnp_time_word_before(const item *it, int j)
{
    int b = j - 1;
    while (b >= 0 && it[b].type == IT_SEP && (is_space(&it[b]) || it[b].sep == '.'))
        b--;
    if (b < 0 || it[b].type != IT_WORD || !has_kind(&it[b], DNP_K_FILLER))
        return false;
    bool word = false;
    for (uint32_t q = 0; q < it[b].nm && !word; q++)
        word = it[b].m[q].kind == DNP_K_FILLER && it[b].m[q].value == 1;
    return word;
}

static bool after_time_word(const item *it, int n, int j)
{
    if (it[j].ndigits > 2 || it[j].value > 23 || !dnp_time_word_before(it, j))
        return false;
    if (j + 1 < n && it[j + 1].type == IT_SEP && !is_space(&it[j + 1]) &&
        (it[j + 1].sep != '.' || (j + 2 < n && it[j + 2].type == IT_NUM)) &&
        it[j + 1].sep != ',' && it[j + 1].sep != ';') /* b30fix: "a las 10; público" */
        return false;
    int k = skip_space(it, n, j + 1);
    return !(k < n && (it[k].type == IT_NUM || (it[k].tflags & XF_MONEY) ||
                       has_kind(&it[k], DNP_K_REL_UNIT)));
}

/* issue 8: whether w, before a time, is one Latin letter no hint names as am/pm, accented
   or not: French "à 12h" is "at", not Friulian "a" (a.m.). */
static bool lead_letter(const env *e, const item *w)
{
    if (!e || hinted_kind(e, w, DNP_K_AMPM))
        return false;
    size_t q = w->start;
    UChar32 cp = dnp_utf8_next(e->text, w->end, &q);
    return q == w->end && (((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= 0xC0 && cp < 0x250));
}

/* issue 8: whether an am/pm word glued to a number is rather an ordinal suffix: Dutch
   "12de juli" is the 12th, not 12 a.m. by Hungarian "de" (de.), unless a hint makes it
   am/pm. */
static bool ordinal_word(const env *e, const item *w)
{
    return has_kind(w, DNP_K_ORDINAL) && !(e && hinted_kind(e, w, DNP_K_AMPM));
}

/* Whether item k is the last of the text (only separators after it), or, in search, of
   its phrase: a comma, period, semicolon or bracket right after it, or a line's end
   ("opens on 30th November at 10 AM."). */
static bool ends_text(const env *e, const item *it, int n, int k)
{
    if (it[k].end >= e->content_end)
        return true;
    if (!e->search || k + 1 >= n || it[k + 1].type != IT_SEP || it[k + 1].start != it[k].end)
        return false;
    const item *x = &it[k + 1];
    return x->sep == ',' || x->sep == '.' || x->sep == ';' || x->sep == ')' ||
           (x->tflags & DNP_TF_NEWLINE);
}

/* issue 10: whether a zone follows the word at k, in brackets or not ("3 PM ET", "3 PM
   Eastern Time", "3 PM (CET)", "3 PM GMT+1"): the am/pm word before it ends the time as the
   text's end would. */
static bool zone_follows(const item *it, int n, int k)
{
    int q = skip_space(it, n, k + 1);
    if (q < n && (is_sep(&it[q], '(') || is_sep(&it[q], '[')))
        q = skip_space(it, n, q + 1);
    return q < n && q > k + 1 &&
           (it[q].gen == G_GMT || it[q].gen == G_UTC ||
            (it[q].type == IT_WORD && dnp_zone_word(&it[q], -1)));
}

/* b33: whether a second hour and its am/pm word follow the am/pm word at k after a dash,
   blanks around it or not ("10 AM–3 PM", "9 am - 12:30 pm"): a span of a 12-hour clock, whose
   first word is am/pm as surely as a word that ends the text ("5 am Montag" is German). */
static bool ampm_span_follows(const env *e, const item *it, int n, int k)
{
    int q = skip_space(it, n, k + 1);
    if (q >= n || !is_sep(&it[q], '-'))
        return false;
    q = skip_space(it, n, q + 1);
    if (q >= n || it[q].type != IT_NUM || it[q].ndigits > 2 || it[q].value < 1 || it[q].value > 12)
        return false;
    if (q + 2 < n && is_sep(&it[q + 1], ':') && it[q + 1].start == it[q].end &&
        it[q + 2].type == IT_NUM && it[q + 2].ndigits == 2)
        q += 2;
    q = skip_space(it, n, q + 1);
    return q < n && ampm_word(e, &it[q]) && !ampm_letter(e, &it[q]) &&
           !has_kind(&it[q], DNP_K_FILLER);
}

/* b33: whether every hour-mark meaning of w is of a language few people write
   (dnp_lang_rare): Esperanto "a", not Dutch "u". */
static bool rare_marks_only(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_HOUR_MARK && !dnp_lang_rare(w->m[q].lang))
            return false;
    return true;
}

/* marked_time after an hour whose hour mark stands at k ("14h30", "14 Uhr", "14時30分5秒"):
   the minutes and seconds with their marks. Out of line (DNP_RARE). */
static DNP_RARE int hour_marked(const item *it, int n, int k, int *mi, int *s,
                                dnp_langset *ap_langs, cand *c)
{
    dnp_langset hm = dnp_langs_of(&it[k], DNP_K_HOUR_MARK, -1);
    dnp_langset_or(ap_langs, &hm);
    k++;
    c->prec = DN_PREC_HOUR;
    int q = skip_space(it, n, k);
    if (q < n && it[q].type == IT_NUM && it[q].ndigits <= 2 && it[q].value < 60) {
        int r = skip_space(it, n, q + 1);
        bool mark = r < n && has_kind(&it[r], DNP_K_MINUTE_MARK);
        if (mark || it[q].ndigits == 2) {
            *mi = (int)it[q].value;
            c->prec = DN_PREC_MINUTE;
            k = mark ? r + 1 : q + 1;
            int u = skip_space(it, n, k);
            if (mark && u < n && it[u].type == IT_NUM && it[u].value < 61) {
                int w = skip_space(it, n, u + 1);
                if (w < n && has_kind(&it[w], DNP_K_SECOND_MARK)) {
                    *s = (int)it[u].value;
                    c->prec = DN_PREC_SECOND;
                    k = w + 1;
                }
            }
        }
    }
    return k;
}

static bool time_next(const env *e, const item *it, int n, int q);

/* linewrong: whether blanks, a range's link word (locales/ range_link: "bis", "do", "to")
   and blanks follow the number at j, then an hour of one or two digits and its minutes
   (":MM", ".MM") or, after blanks, an hour mark ("von 14 bis 16 Uhr", "od 14 do 16 h").
   Read from the text: the items end at a word of no date kind, as the link is. */
static bool linked_hour_next(const env *e, const item *it, int j)
{
    size_t pos = it[j].end, end = e->content_end;
    dnp_token t;
    int step = 0;
    while (dnp_next_token(e->text, end, &pos, &t)) {
        bool blank = t.kind == DNP_TK_SEP && (t.flags & DNP_TF_SPACE) &&
                     !(t.flags & DNP_TF_NEWLINE);
        switch (step) {
        case 0: /* blanks */
        case 2:
            if (!blank)
                return false;
            step++;
            break;
        case 1: /* the link */
            if (t.kind != DNP_TK_WORD ||
                !dnp_key_has_cue(dnp_lex_find_cue(t.fold, t.flen), DNP_CUE_RANGE_LINK, -1))
                return false;
            step++;
            break;
        case 3: /* the hour */
            if (t.kind != DNP_TK_NUM || t.ndigits > 2 || t.value > 24)
                return false;
            step++;
            break;
        case 4: /* its minutes, or blanks before its mark */
            if (t.kind == DNP_TK_SEP && (t.value == ':' || t.value == '.'))
                return dnp_next_token(e->text, end, &pos, &t) && t.kind == DNP_TK_NUM &&
                       t.ndigits == 2 && (t.flags & DNP_TF_ADJ);
            if (!blank)
                return false;
            step++;
            break;
        default: { /* the mark */
            if (t.kind != DNP_TK_WORD)
                return false;
            const dnp_lex_key *k = dnp_lex_find(t.fold, t.flen);
            return k && (k->kinds & (1u << DNP_K_HOUR_MARK));
        }
        }
    }
    return false;
}

static int marked_time(const env *e, const item *it, int n, int j, bool ampm_read, int *mi,
                       int *s, dnp_langset *ap_langs, cand *c)
{
    int k = skip_space(it, n, j + 1);
    /* only a word that is nothing but am/pm: "12 de junio" is not 12 a.m. (Hungarian
       "de"); unless it touches the number: "10am" */
    /* issue 8: or, after a space, an am/pm word that ends the text ("22 nov 2015 5 am",
       "5 pm"): with nothing after it, it is no filler of a longer phrase ("5 am Montag");
       issue 10: nor with a zone after it ("3 PM ET");
       not one that is also an ordinal suffix or a weekday ("12 de": Spanish, unfinished) */
    if (k < n && !ampm_read &&
        (clock_word(&it[k]) ||
         (k == j + 1 && (it[k].tflags & DNP_TF_ADJ) && ampm_word(e, &it[k]) &&
          !ampm_letter(e, &it[k]) && !ordinal_word(e, &it[k])) ||
         (e && ampm_word(e, &it[k]) && !ampm_letter(e, &it[k]) && !ordinal_word(e, &it[k]) &&
          !has_kind(&it[k], DNP_K_WEEKDAY) &&
          (ends_text(e, it, n, k) || zone_follows(it, n, k) || ampm_span_follows(e, it, n, k))))) {
        c->prec = DN_PREC_HOUR;
        return k;
    }
    /* issue 10: an hour written as an ordinal after a time word, its dot touching it,
       then its mark ("ob 18. uri", Slovenian: at the 18th hour) */
    if (k < n && is_sep(&it[k], '.') && it[k].start == it[j].end && it[j].ndigits <= 2 &&
        it[j].value <= 24) {
        int m = skip_space(it, n, k + 1);
        if (m > k + 1 && m < n && has_kind(&it[m], DNP_K_HOUR_MARK) && dnp_time_word_before(it, j))
            k = m;
    }
    /* b30fix: in running text a padded hour with UTC or GMT after it, as a forecast names
       its model run ("Modellkjøring 26.11.2026 06 UTC") */
    if (e && e->search && k < n && k > j + 1 && it[j].ndigits == 2 && it[j].value <= 23 &&
        (it[k].gen == G_UTC || it[k].gen == G_GMT) && !(k + 1 < n && is_sep(&it[k + 1], '+')) &&
        !(k + 1 < n && is_sep(&it[k + 1], '-'))) {
        c->prec = DN_PREC_HOUR;
        return j + 1;
    }
    /* linewrong: a range's link word apart from the hour, then another hour and its mark
       ("von 14 bis 16 Uhr", "od 14 do 16 h"): in line mode the span's start is the date's
       time, as after a mark that is a filler too (below); running text: page.c */
    if (e && !e->search && it[j].value <= 23 && linked_hour_next(e, it, j))
        return c->prec = DN_PREC_HOUR, j + 1;
    if (k >= n || !has_kind(&it[k], DNP_K_HOUR_MARK))
        return after_time_word(it, n, j) ? (c->prec = DN_PREC_HOUR, j + 1) : -1;
    /* timebefore: a mark that is a filler too, apart from the hour, before another time
       links a span ("de 10 a 13 h": Catalan "a", Esperanto's hour mark; not 10:13) */
    if (has_kind(&it[k], DNP_K_FILLER) && k > j + 1 && k + 1 < n && is_space(&it[k + 1]) &&
        time_next(e, it, n, k))
        /* the span's start: its hour alone in line mode, the date's time; in running text
           none, page.c's hours_after gives both ends to the date */
        return e && !e->search ? (c->prec = DN_PREC_HOUR, j + 1) : -1;
    /* b33: in running text, one letter apart from the hour that is a filler too, before a
       word, is that filler when only languages few people write make it a mark: "alle ore
       9 a Santa Lucia" (Italian "at" a place, Esperanto's hour mark; not Dutch "17 u
       kindereucharistie"); the hour stands alone after its time word */
    if (e && e->search && k > j + 1 && it[k].end - it[k].start == 1 &&
        has_kind(&it[k], DNP_K_FILLER) && rare_marks_only(&it[k]) && !ends_text(e, it, n, k)) {
        size_t z = it[k].end; /* (the window may end before the word: read the bytes) */
        while (z < e->len && e->text[z] == ' ')
            z++;
        unsigned char b = z < e->len ? (unsigned char)e->text[z] : 0;
        if (z > it[k].end && (b >= 0x80 || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')))
            return it[j].ndigits <= 2 && it[j].value <= 23 && dnp_time_word_before(it, j)
                       ? (c->prec = DN_PREC_HOUR, j + 1)
                       : -1;
    }
    return hour_marked(it, n, k, mi, s, ap_langs, c);
}

/* timebefore: whether an hour mark stands among items [a, b). */
static bool mark_between(const item *it, int a, int b)
{
    for (int k = a; k < b; k++)
        if (has_kind(&it[k], DNP_K_HOUR_MARK))
            return true;
    return false;
}

/* timebefore: whether a clock time follows the word at q, blanks between: an hour and its
   minutes after a colon or dot, or an hour and an hour mark or am/pm word that is no
   filler ("13 h", "17 Uhr", "2 pm"). Read from the items, not by read_time, which asks
   this: a chain of such words ("1 a 1 a 1 a ...") costs no depth. */
static bool time_next(const env *e, const item *it, int n, int q)
{
    int z = skip_space(it, n, q + 1);
    if (z >= n || it[z].type != IT_NUM || it[z].ndigits > 2 || it[z].value > 24)
        return false;
    if (clock_sep(it, n, z))
        return true;
    int m = skip_space(it, n, z + 1);
    return m < n && it[m].type == IT_WORD && !has_kind(&it[m], DNP_K_FILLER) &&
           (has_kind(&it[m], DNP_K_HOUR_MARK) || ampm_word(e, &it[m]));
}

/* A clock time at i: H:MM[:SS[.f]] [am|pm] [offset], or H <hour mark> [MM [<minute mark>]
   [SS <second mark>]], with an am/pm word before or after. Returns the index after it, or -1;
   *langs (when not NULL) gets the languages of an am/pm word or hour mark read. */
static __attribute__((noinline)) int read_time(const env *e, const item *it, int n, int i,
                                               cand *c, dnp_langset *langs);

/* issue 8: most numbers asked are no hour: a number with no clock separator after it, no
   word of a clock beside it and no word before it that may introduce a time gives -1 here
   without read_time's steps (each of which would turn it away: its three-way test for a
   word before the hour reads only words, clock_sep needs ':' or '.', marked_time an am/pm,
   day period or hour mark after it or after_time_word a filler before it). */
int dnp_read_time(const env *e, const item *it, int n, int i, cand *c, dnp_langset *langs)
{
    if (i < n && it[i].type == IT_NUM) {
        if (it[i].ndigits > 2)
            return -1;
        if (!(i + 1 < n && it[i + 1].type == IT_SEP &&
              (it[i + 1].sep == ':' || it[i + 1].sep == '.'))) {
            const uint32_t clock = (1u << DNP_K_AMPM) | (1u << DNP_K_DAY_PERIOD) |
                                   (1u << DNP_K_HOUR_MARK);
            int k = skip_space(it, n, i + 1), b = i - 1;
            while (b >= 0 && it[b].type == IT_SEP && (is_space(&it[b]) || it[b].sep == '.'))
                b--;
            if (!(k < n && it[k].type == IT_WORD && (it[k].kinds & clock)) &&
                !(b >= 0 && it[b].type == IT_WORD && (it[b].kinds & (1u << DNP_K_FILLER))) &&
                !(k < n && (it[k].gen == G_UTC || it[k].gen == G_GMT)))
                return -1;
        }
    }
    return read_time(e, it, n, i, c, langs);
}

/* The first hour (0..23) of the twelve a dawn clock's word w covers (DNP_CUE_DAWN_CLOCK), or
   -1 when it is none or its meanings disagree. */
static int dawn_first(const item *w)
{
    int first = -1;
    for (uint32_t m = 0; m < w->nm; m++)
        if (w->m[m].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_DAWN_CLOCK(w->m[m].value)) {
            int f = w->m[m].value - DNP_CUE_DAWN_CLOCK(0);
            if (first >= 0 && first != f)
                return -1;
            first = f;
        }
    return first;
}

/* The hour of a 24-hour clock that hour h (1..12) of a clock counted from dawn is, in the
   twelve hours from `first`: (h + 6) mod 12, plus 12 until it is among them. */
static int dawn_hour(int h, int first)
{
    h = (h + 6) % 12;
    while (h < first)
        h += 12;
    return h % 24;
}

/* Whether a filler of the language of the dawn clock's word w stands before the hour at j,
   blanks between: the word for "hour" with which Swahili tells the time ("saa 1 asubuhi").
   CLDR's times ("9:27 asubuhi", ICU's Bhm) write the hours of the 24-hour day. */
static bool dawn_led(const item *it, int j, const item *w)
{
    int b = j - 1;
    while (b >= 0 && it[b].type == IT_SEP && is_space(&it[b]))
        b--;
    if (b < 0 || it[b].type != IT_WORD || !has_kind(&it[b], DNP_K_FILLER))
        return false;
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_WEEKDAY_CUE && DNP_CUE_IS_DAWN_CLOCK(w->m[q].value))
            for (uint32_t f = 0; f < it[b].nm; f++)
                if (it[b].m[f].kind == DNP_K_FILLER && it[b].m[f].lang == w->m[q].lang)
                    return true;
    return false;
}

/* read_time: an am/pm word at j before the hour: the hour's index (j when none follows),
   its value in *ampm and its languages in *ap_langs. Out of line (DNP_OUTLINE). */
static DNP_OUTLINE int ampm_before(const env *e, const item *it, int n, int j, int *ampm,
                                   dnp_langset *ap_langs)
{
    dnp_langset al = dnp_langs_of(&it[j], DNP_K_AMPM, -1);
    int k = lead_gap(it, n, j + 1, &al);
    if (k < n && it[k].type == IT_NUM) {
        *ampm = ampm_value(e, &it[j]);
        *ap_langs = al;
        return k;
    }
    return j;
}

/* Whether x names a day after today (a named day of unit day and a positive offset:
   "mañana", "morgen", which are "morning" too). */
static bool names_later_day(const item *x)
{
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_REL_NAMED && DNP_RN_UNIT(x->m[q].value) == DNP_RU_DAY &&
            DNP_RN_OFFSET(x->m[q].value) > 0)
            return true;
    return false;
}

static __attribute__((noinline)) int read_time(const env *e, const item *it, int n, int i,
                                               cand *c, dnp_langset *langs)
{
    int ampm = -1, j = i, lead = -1;
    uint32_t period = 0; /* issue 8: the hours of a day period before or after the time */
    uint32_t lead_period = 0; /* an am/pm word before it that is a day period too ("soir") */
    bool led = false;         /* a filler between the day period and the hour ("evening at 7") */
    dnp_langset ap_langs = {{0}};
    if (j < n && !ampm_word(e, &it[j]) && (period = period_hours(e, &it[j], &ap_langs))) {
        /* "凌晨3点", "nachmittags 3 Uhr", "de la tarde, 5:30" */
        int k = lead_gap(it, n, j + 1, &ap_langs);
        if (k < n && it[k].type == IT_NUM) {
            for (int q = j + 1; q < k; q++)
                led |= it[q].type == IT_WORD;
            /* timebefore: not a word that names a later day too, a word between ("mañana a
               las 5", "morgen um 5": tomorrow at 5 as often as 5 in the morning); a word
               that names today's or yesterday's part of the day is both at once ("tonight
               at 8", "anoche a las 10", "í gærkvöldi kl. 8": zoneline) */
            if (led && names_later_day(&it[j]))
                return -1; /* (linewrong: dnp_time_after's later_day_time reads some) */
            j = k;
        } else
            period = 0, ap_langs = (dnp_langset){{0}};
    } else if (j < n && ampm_word(e, &it[j]) && !lead_letter(e, &it[j])) {
        /* "오후 2:30", "下午2:30", Hungarian "du. 9:06", Ewe "ɣetrɔ ga 5:04"; not one
           letter no hint names (issue 8: "vendredi à 12h" is noon, not Friulian "a") */
        dnp_langset pl;
        lead_period = period_hours(e, &it[j], &pl);
        j = ampm_before(e, it, n, j, &ampm, &ap_langs);
        lead = ampm;
    }
    if (j >= n || it[j].type != IT_NUM || it[j].ndigits > 2)
        return -1;
    /* no time starts inside another: "00:00" of "25:00:00" is none; but one may follow a
       year and a colon, as the common log format writes it: 03/Aug/2012:18:31:59 */
    if (j > 0 && is_sep(&it[j - 1], ':') && it[j - 1].end == it[j].start &&
        !(j > 1 && it[j - 2].type == IT_NUM && it[j - 2].ndigits == 4))
        return -1;
    int h = (int)it[j].value, mi = 0, s = 0, ns = 0, fd = 0, k, dawn = -1;
    uint32_t ts = clock_sep(it, n, j);
    /* issue 10: in running text a colon and one digit is a score ("2:0 w niedzielę") */
    if (ts && e && e->search && j + 2 < n && it[j + 2].type == IT_NUM && it[j + 2].ndigits < 2)
        return -1;
    if (ts)
        k = colon_time(it, n, j, ts, &mi, &s, &ns, &fd, c);
    else if ((k = marked_time(e, it, n, j, ampm >= 0, &mi, &s, &ap_langs, c)) < 0) {
        /* issue 8: a bare hour after a day period and a filler: "tomorrow evening at 7",
           "gestern Abend um 7" */
        if (!period || !led)
            return -1;
        /* zoneline: nor a day's number: one glued to a separator and a number, or before a
           month's name ("ayer tarde la de 16/10/2026", "ayer tarde de. 17 marzo 2025") */
        int nx = j + 1;
        if (nx + 1 < n && it[nx].type == IT_SEP && !is_space(&it[nx]) &&
            it[nx].start == it[j].end && it[nx + 1].type == IT_NUM)
            return -1;
        nx = skip_space(it, n, nx);
        if (nx < n && has_kind(&it[nx], DNP_K_MONTH))
            return -1;
        c->prec = DN_PREC_HOUR;
        k = j + 1;
    }
    /* am/pm after the time: "2:30 pm", "2:30pm", "2:30 p.m."; it wins over a word before
       that may be a filler ("sa 2:50 PM" in Cebuano) */
    if (ampm < 0 || lead >= 0) {
        int q = skip_space(it, n, k);
        bool ap = q < n && ampm_word(e, &it[q]) && (ts || !ampm_letter(e, &it[q])) &&
                  !(ts && ampm_marked_letter(e, &it[q]));
        /* timebefore: a word that is also a filler after an hour no 12-hour clock has is
           the filler, before the date the time belongs to ("14:00 Uhr am Freitag",
           "14 Uhr am 4. Dezember": German "on", not a.m.), when the time stands without
           it (its minutes after a colon or dot, or the hour and its mark alone: not
           "19 a 23 de dezembro", Esperanto's 19:23) and no second time follows it, which
           it links ("13 h à 20 h": a span, page.c) */
        bool filler = q < n && has_kind(&it[q], DNP_K_FILLER) &&
                      (ts || (c->prec == DN_PREC_HOUR && mark_between(it, j + 1, k))) &&
                      !time_next(e, it, n, q);
        if (ap && filler && (h == 0 || h > 12))
            ap = false, q = n;
        /* b33: nor, in running text, one letter apart from the time that is a filler
           somewhere, before a word that is no time: the preposition of a place ("alle ore
           9 a Santa Lucia", "alle 9:00 a Roma": Italian "at", Friulian am) */
        if (ap && e && e->search && q > k && ampm_letter(e, &it[q]) &&
            has_kind(&it[q], DNP_K_FILLER) && !ends_text(e, it, n, q) && !time_next(e, it, n, q))
            ap = false, q = n;
        if (ap) {
            ampm = ampm_value(e, &it[q]);
            ap_langs = dnp_langs_of(&it[q], DNP_K_AMPM, -1);
            k = q + 1;
        } else if (q < n && !period) {
            /* a day period after it: "3 h de l'après-midi", "8 in the evening", "11:30
               de la noche", "3 Uhr nachmittags"; it too wins over an am/pm word before
               ("à 10 h du soir": "a" is am somewhere); issue 8: after an apostrophe
               that begins it, Dutch "7 uur 's avonds" */
            if (q + 1 < n && (is_sep(&it[q], '\'') || is_sep(&it[q], 0x2019)) &&
                it[q + 1].start == it[q].end && it[q + 1].type == IT_WORD)
                q++;
            dnp_langset pl;
            uint32_t ph = period_hours(e, &it[q], &pl);
            /* timebefore: so is a day period of no hour it names ("23:00 horas del
               sábado": Spanish "of", Hungarian "dél", noon) */
            if (ph && filler && period_hour(ph, h) < 0)
                ph = 0;
            if (ph)
                period = ph, ap_langs = pl, k = q + 1, ampm = -1;
            /* miss21: a dawn clock's word after the hour, as Swahili writes it ("saa 1
               asubuhi", 1 of the morning: 07:00; "saa 3 usiku" 21:00): the hour of a
               12-hour clock counted from dawn, not one its day period makes (a padded
               hour, "saa 07:00", is a 24-hour clock's) */
            if (ph && (dawn = dawn_first(&it[q])) >= 0 && dawn_led(it, j, &it[q]) &&
                !(h < 1 || h > 12 || (h < 10 && it[j].ndigits == 2)))
                h = dawn_hour(h, dawn), period = 0;
        }
    }
    /* zoneline: a day period before the hour and am/pm after it must agree: "tonight at
       8 am" is none */
    if (period && ampm >= 0 && h >= 1 && h <= 12 &&
        period_hour(period, h % 12 + (ampm ? 12 : 0)) != h % 12 + (ampm ? 12 : 0))
        return -1;
    if (period && ampm < 0) {
        if ((h = period_hour(period, h)) < 0)
            return -1;
        if (langs && !dnp_langset_empty(&ap_langs))
            *langs = ap_langs;
    }
    if (ampm >= 0 && ampm == lead && lead_period && h > 12 && h < 24 &&
        (lead_period >> h & 1u)) {
        /* issue 8: an am/pm word before a 24-hour hour that is a day period covering it
           too: French "soir" (pm, evening) of "demain soir 19h" */
        if (langs && !dnp_langset_empty(&ap_langs))
            *langs = ap_langs;
    } else if (ampm >= 0) {
        if (h < 1 || h > 12)
            return -1;
        h = (h % 12) + (ampm ? 12 : 0);
        if (langs && !dnp_langset_empty(&ap_langs))
            *langs = ap_langs;
    }
    if (!dnp_clock_valid(h, mi, s, ns))
        return -1;
    /* a clock that goes on past what was read is no time: "1A:30" is not 1 am, nor
       "10h:30" ten o'clock, nor "10:30:00:45" (a timecode) half past ten */
    if (k + 1 < n && k > 0 && is_sep(&it[k], ':') && it[k].start == it[k - 1].end &&
        it[k + 1].start == it[k].end && it[k + 1].type == IT_NUM)
        return -1;
    c->hour = h, c->minute = mi, c->second = s, c->ns = ns, c->fdigits = fd;
    c->has_time = true;
    /* "10:00-12:00", "22:00–02:00": a span of time, not an offset of -12:00; an ISO 8601
       time's ("T22:00-02:00") is one */
    if (e && !(j > 0 && it[j - 1].type == IT_GEN && it[j - 1].gen == G_T) &&
        dnp_span_end_after_dash(it, n, k, c, !e->search))
        return k;
    int r = dnp_read_offset(it, n, k, c);
    /* b22: a case ending glued to the time by a hyphen, a filler or hour mark, then the
       zone in brackets: Hungarian "0:00-tól (CET)" (from), "19:40-kor (CET)" (at) */
    if (r == k && k + 2 < n && is_sep(&it[k], '-') && it[k].start == it[k - 1].end &&
        it[k + 1].type == IT_WORD && it[k + 1].start == it[k].end &&
        (it[k + 1].kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_HOUR_MARK)))) {
        cand t = *c;
        int z = offset_in_brackets(it, n, k + 2, &t);
        if (z > k + 2) {
            *c = t;
            return z;
        }
    }
    return r;
}

/* issue 10: whether every month meaning of w is an ordinary word's (risky): Irish "ag" (at)
   of "inné ag 21:10" is a Catalan abbreviation of August. */
static bool months_risky(const item *w)
{
    for (uint32_t q = 0; q < w->nm; q++)
        if (w->m[q].kind == DNP_K_MONTH && !(w->m[q].flags & DNP_MF_RISKY))
            return false;
    return true;
}

/* A time after a date ends at `from`: skips separators, fillers and year marks (a filler that
   is a month only as a risky word too: Irish "ag") between
   ("22.12.2060 г., 9:54 ч.", "22 tháng 11, 2015 lúc 2:30 CH", "22/11/2015 à 14h30") and
   reads it into c. Returns the index after the time, or -1. */
/* issue 10: whether the word x in brackets between a date and its time is the date's
   weekday ("(Sa)", "（土）"): a weekday meaning that names the day of c, or any weekday
   meaning when c has no day yet (a time looked for alone). Records it in c. */
static bool bracket_weekday(const item *x, cand *c)
{
    if (!has_kind(x, DNP_K_WEEKDAY))
        return false;
    int wd = 0;
    if (c->prec >= DN_PREC_DAY && c->prec != DN_PREC_WEEK && c->month && c->day)
        wd = dnp_weekday(dnp_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day));
    for (uint32_t k = 0; k < x->nm; k++)
        if (x->m[k].kind == DNP_K_WEEKDAY && (!wd || x->m[k].value == wd)) {
            if (wd && !c->weekday)
                c->weekday = wd;
            return true;
        }
    return false;
}

/* issue 10: a time of a clock counted from dawn, after the word that names the part of the
   day (DNP_CUE_DAWN_CLOCK, locales/ dawn_clock): "ከቀኑ 4:30" (10:30), "ከጠዋቱ 3 ሰዓት" (09:00),
   a bare hour only with the word for hours after it. Returns the index after it, or -1 (the
   date then takes no time: never the hour as a 24-hour clock reads it). */
static int dawn_time(const item *it, int n, int q, cand *c)
{
    int first = dawn_first(&it[q]);
    if (first < 0)
        return -1;
    int j = skip_space(it, n, q + 1);
    if (j >= n || it[j].type != IT_NUM || it[j].ndigits > 2 || it[j].value < 1 ||
        it[j].value > 12)
        return -1;
    int minute = -1, k = j + 1;
    if (k + 1 < n && is_sep(&it[k], ':') && it[k + 1].type == IT_NUM &&
        it[k + 1].ndigits == 2 && it[k + 1].value < 60 && it[k].start == it[j].end &&
        it[k + 1].start == it[k].end)
        minute = (int)it[k + 1].value, k += 2;
    int u = skip_space(it, n, k);
    bool unit = false;
    for (uint32_t m = 0; u < n && it[u].type == IT_WORD && m < it[u].nm; m++)
        unit |= it[u].m[m].kind == DNP_K_REL_UNIT && it[u].m[m].value == DNP_RU_HOUR;
    if (minute < 0 && !unit)
        return -1;
    if (unit)
        k = u + 1;
    c->hour = dawn_hour((int)it[j].value, first), c->minute = minute < 0 ? 0 : minute, c->second = c->ns = c->fdigits = 0;
    c->has_time = true, c->prec = minute < 0 ? DN_PREC_HOUR : DN_PREC_MINUTE;
    return k;
}

/* Whether x, a filler or year mark between a date and its time, may stand there in the
   date's language (lang, -1 when the date is neutral: numbers only): an ordinary filler of
   any language may (mixed-up pages are common), a word that introduces or connects a time
   (locales/ time_word, time_link: filler values 1 and 2) only of the date's language, when
   it has one ("à partir de 15h" is no Spanish "a partir de" after a French date). */
static bool filler_of(const item *x, int lang)
{
    if (lang < 0 || (x->kinds & (1u << DNP_K_YEAR_MARK)) || !time_link_only(x))
        return true;
    for (uint32_t q = 0; q < x->nm; q++)
        if (x->m[q].kind == DNP_K_FILLER && x->m[q].lang == (unsigned)lang)
            return true;
    return false;
}

/* b26fix: the weekday the whole date falls on at q, a space, then a time: "25.11.2026
   Wednesday 7:30", "25.11.2026 புதன்கிழமை அன்று காலை 7.30 மணிக்கு". c takes the weekday and
   time only when a time follows (the index after it); otherwise c is untouched and -1 (the
   weekday proves nothing here: "v4.11.09 on Ubuntu"). */
static int weekday_then_time(const env *e, const item *it, int n, int q, cand *c)
{
    const item *x = &it[q];
    if (x->type != IT_WORD || !has_kind(x, DNP_K_WEEKDAY) || has_kind(x, DNP_K_MONTH) ||
        c->weekday || !c->day || !c->year || q + 1 >= n || !is_space(&it[q + 1]))
        return -1;
    /* zoneline: a zone's abbreviation in capitals is the time's zone, no weekday ("10.12.2026
       CET 20:45": no Bosnian Thursday; dnp_time_after reads it) */
    if (dnp_zone_before(x))
        return -1;
    cand t = *c;
    if (!bracket_weekday(x, &t) || !t.weekday)
        return -1;
    int r = dnp_time_after(e, it, n, q + 2, &t);
    if (r > 0)
        *c = t;
    return r;
}

/* timebefore: whether the closing bracket at q closes one opened right before numbers and
   their separators alone, the date's ("(28/11)", "(28.11.)"). */
static bool numbers_bracketed(const item *it, int q)
{
    bool num = false;
    for (int k = q - 1; k >= 0 && q - k <= 6; k--) {
        if (it[k].type == IT_NUM)
            num = true;
        else if (it[k].type == IT_SEP && it[k].sep == '(')
            return num;
        else if (it[k].type != IT_SEP || is_space(&it[k]) || it[k].sep == ')')
            return false;
    }
    return false;
}

/* zoneline: whether the zone's abbreviation x is also a weekday's abbreviation as a
   language not rare writes it, with no mark folding dropped and no everyday word: "PET"
   (Peru Time; Croatian, Serbian, Slovenian Friday, "PET 20:45" in a TV guide). Before a
   time it is neither: the text cannot be read whole. "CET" (their Thursday is "čet"),
   "EST" (a Gusii Saturday) are the zones. */
bool dnp_zone_weekday_clash(const item *x)
{
    if (!has_kind(x, DNP_K_WEEKDAY))
        return false;
    for (uint32_t q = 0; q < x->nm; q++) {
        const dnp_meaning *m = &x->m[q];
        if (m->kind == DNP_K_WEEKDAY && m->value >= 1 && m->value <= 7 &&
            !(m->flags & (DNP_MF_RISKY | DNP_MF_MARKED)) && !dnp_lang_rare(m->lang))
            return true;
    }
    return false;
}

void dnp_zone_before_take(const item *it, int q, cand *t)
{
    if (it[q].type == IT_GEN)
        t->offset = 0, t->has_offset = true;
    else
        t->has_zone = true, t->zitem = q;
}

static int time_after(const env *e, const item *it, int n, int from, cand *c, bool own_day);
/* The first byte of the line that holds byte p, and the byte after its last (its '\n'). */
static size_t line_start(const env *e, size_t p)
{
    while (p > 0 && e->text[p - 1] != '\n')
        p--;
    return p;
}

static size_t line_end(const env *e, size_t p)
{
    const char *nl = memchr(e->text + p, '\n', e->len - p);
    return nl ? (size_t)(nl - e->text) : e->len;
}

/* Whether text[a, b) holds a clock's digits: H:MM or H.MM (a digit, ':' or '.', two
   digits). */
static bool clock_digits_in(const env *e, size_t a, size_t b)
{
    const char *s = e->text;
    for (size_t k = a + 1; k + 2 < b; k++)
        if ((s[k] == ':' || s[k] == '.') && s[k - 1] >= '0' && s[k - 1] <= '9' &&
            s[k + 1] >= '0' && s[k + 1] <= '9' && s[k + 2] >= '0' && s[k + 2] <= '9')
            return true;
    return false;
}

/* A clock time that fills a table's cell at text[p], up to the line's end b: one
   dnp_clock_text reads ("14:02", "18.00 u"), or H.MM alone, a blank or the line's end after
   it ("09.30": the court list's "Kl." column). Its end, or 0. */
static size_t cell_clock(const env *e, size_t p, size_t b)
{
    int m;
    size_t t = dnp_clock_text(e, p, b, &m);
    if (t)
        return t;
    const char *s = e->text;
    size_t k = p;
    int h = 0;
    while (k < b && k - p < 3 && s[k] >= '0' && s[k] <= '9')
        h = h * 10 + (s[k++] - '0');
    if (k - p < 1 || k - p > 2 || k + 2 >= b || s[k] != '.' || !(s[k + 1] >= '0' && s[k + 1] <= '9') ||
        !(s[k + 2] >= '0' && s[k + 2] <= '9'))
        return 0;
    int mi = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
    k += 3;
    if ((k < b && s[k] != ' ' && s[k] != '\t') || !dnp_clock_valid(h, mi, 0, 0))
        return 0;
    return k;
}

/* The start of the blanks at text[k] (up to b) that part two cells of a table (a tab, or
   DNP_CELL_GAP_BLANKS spaces or more), and their end in *after; b when there are none
   before b. */
static size_t cell_gap_from(const env *e, size_t k, size_t b, size_t *after)
{
    const char *s = e->text;
    while (k < b) {
        if (s[k] != ' ' && s[k] != '\t') {
            k++;
            continue;
        }
        size_t g = k;
        bool tab = false;
        while (k < b && (s[k] == ' ' || s[k] == '\t'))
            tab |= s[k++] == '\t';
        if (tab || k - g >= DNP_CELL_GAP_BLANKS) {
            *after = k;
            return g;
        }
    }
    *after = b;
    return b;
}

/* The index of the table cell of line [a, b) that begins at byte p (0: the first), counted
   by the gaps before it; -1 when p begins none. */
static int cell_index(const env *e, size_t a, size_t p)
{
    size_t k = a, after;
    while (k < p && (e->text[k] == ' ' || e->text[k] == '\t'))
        k++;
    int idx = 0;
    size_t lim = p < e->len ? p + 1 : p; /* the byte at p, when the text has one */
    while (k < p) {
        if (cell_gap_from(e, k, lim, &after) > p)
            return -1;
        k = after, idx++;
    }
    return k == p ? idx : -1;
}

/* Whether the line [a, b) heads a table's column idx with a word that introduces a time
   (locales/ time_word: Danish "Kl." over a court list's times). */
static bool time_heading(const env *e, size_t a, size_t b, int idx)
{
    size_t k = a, after;
    while (k < b && (e->text[k] == ' ' || e->text[k] == '\t'))
        k++;
    for (int c = 0; c < idx && k < b; c++) {
        cell_gap_from(e, k, b, &after);
        k = after;
    }
    dnp_token t;
    if (k >= b || !dnp_next_token(e->text, b, &k, &t) || t.kind != DNP_TK_WORD ||
        (t.flags & DNP_TF_LONG))
        return false;
    const dnp_lex_key *key = dnp_lex_find(t.fold, t.flen);
    return key && (key->kinds & (1u << DNP_K_FILLER)) && dnp_key_has(key, DNP_K_FILLER, 1, -1);
}

/* timejoin: whether the clock time in the table cell after the blanks x joins the date c
   (items from c->first) as its time: the date first on its row, the cell one clock time
   (cell_clock: "09.30", "14:02", "18.00 u") and no other clock on the row ("2026-11-25
   14:02     16:11": a flight's departure and arrival; "31 Nollaig 2026   10.00 – 14.00":
   every day's hours), and a heading that names the column a time's, a time word at the top
   of it (one of the rows above, DNP_TABLE_LOOK_LINES at most, up to a blank line: "Dato
   Kl.  Sagstype", a court's list, "30.11.2026    09.30    Straffesag (dom)"). A
   programme's or a parish's rows with no such heading ("Zaterdag 28 november   18.00 u
   Eucharistie", "Di., 1. Dezember   20:00 Uhr  Studiobühne") keep the date alone, as their
   pages mark them. Search only. */
bool dnp_table_time_cell(const env *e, const item *it, const item *x, const cand *c)
{
    if (c->first < 0 || !c->day)
        return false;
    size_t row = line_start(e, it[c->first].start), end = line_end(e, x->end);
    for (size_t k = row; k < it[c->first].start; k++)
        if (e->text[k] != ' ' && e->text[k] != '\t')
            return false;
    size_t t = cell_clock(e, x->end, end);
    int idx = cell_index(e, row, x->end);
    if (!t || idx < 1 || clock_digits_in(e, t, end))
        return false;
    size_t p = row;
    for (int l = 0; l < DNP_TABLE_LOOK_LINES && p > 0; l++) {
        size_t b = p - 1, a = line_start(e, b);
        if (a == b)
            return false;
        if (time_heading(e, a, b, idx))
            return true;
        p = a;
    }
    return false;
}

int dnp_time_after(const env *e, const item *it, int n, int from, cand *c)
{
    return time_after(e, it, n, from, c, true);
}

/* linewrong: the time after a named day that names a part of the day too and a later day
   ("jutro", Polish tomorrow, Serbian morning; "mañana"), when the part cannot read it (a
   filler of another language between: "jutro o 15:00"): the day's, read as after any date,
   when its hour is one no 12-hour clock writes and the part cannot hold ("mañana a las 5"
   is 05:00 or 17:00 tomorrow, or this morning's 05:00: none). */
static int later_day_time(const env *e, const item *it, int n, int from, cand *c)
{
    if (!names_later_day(&it[from - 1]))
        return -1;
    cand t = *c;
    int r = time_after(e, it, n, from, &t, false);
    dnp_langset pl;
    uint32_t mask = period_hours(e, &it[from - 1], &pl);
    if (r <= from || !t.has_time || t.hour <= 12 || (mask & (1u << t.hour)))
        return -1;
    *c = t;
    return r;
}

static int time_after(const env *e, const item *it, int n, int from, cand *c, bool own_day)
{
    int q = from;
    /* zoneline: a named day that names a part of it too ("tonight", "ce soir", "í
       gærkvöldi", last night: locales/ day_period_like) sets that period's hours for the
       time after it, as a day period before its time does ("tonight at 8" is 20:00, "í
       gærkvöldi kl. 8" 20:00 the day before); a time the period cannot hold gives none */
    if (own_day && from > 0 && has_kind(&it[from - 1], DNP_K_REL_NAMED) &&
        has_kind(&it[from - 1], DNP_K_DAY_PERIOD)) {
        cand t = *c;
        int r = dnp_read_time(e, it, n, from - 1, &t, NULL);
        if (r <= from)
            return later_day_time(e, it, n, from, c);
        *c = t;
        return r;
    }
    /* a named part of today ("this morning": risky, day 0 in locales/) with no period of
       its own takes no time after it */
    if (from > 0 && has_kind(&it[from - 1], DNP_K_REL_NAMED))
        for (uint32_t k = 0; k < it[from - 1].nm; k++) {
            const dnp_meaning *m = &it[from - 1].m[k];
            if (m->kind == DNP_K_REL_NAMED && (m->flags & DNP_MF_RISKY) &&
                m->value == DNP_RN_MAKE(DNP_RU_DAY, 0, 0))
                return -1;
        }
    bool dash = false; /* a dash between the date and the number */
    int r2;
    for (int steps = 0; q < n && steps < 8; steps++) {
        const item *x = &it[q];
        /* zoneline: a named day that names a part of it ("ce soir", "tonight") is its own
           day, with its own time: none of the date before it */
        if (x->type == IT_WORD && has_kind(x, DNP_K_REL_NAMED) && has_kind(x, DNP_K_DAY_PERIOD))
            break;
        if (x->type == IT_NUM || has_kind(x, DNP_K_AMPM) || has_kind(x, DNP_K_DAY_PERIOD)) {
            cand t = *c;
            int r = dnp_read_time(e, it, n, q, &t, NULL);
            if (r > 0 && e->search && dnp_time_span_after(e, it[r - 1].end, &t))
                return -1; /* "13.12.2026 10:00-16:00": the date, not its first hour */
            /* a day and month with its dot after a dash is a range's end, no time:
               "21.12. – 06.01." */
            if (r > 0 && dash && r == q + 3 && is_sep(&it[q + 1], '.') && r < n &&
                is_sep(&it[r], '.') && it[r].start == it[r - 1].end)
                return -1;
            if (r > 0) {
                *c = t;
                return r;
            }
            /* issue 8: a day period alone ("tegnap este", "yesterday evening", "22 novembre
               2015 au soir") belongs to the date but gives no hour: c keeps its precision */
            dnp_langset pl;
            uint32_t mask = period_hours(e, x, &pl);
            if (mask && !(mask & (mask - 1)) && !c->has_time) {
                /* noon or midnight names its hour: "tomorrow at noon" */
                c->hour = __builtin_ctz(mask), c->minute = c->second = c->ns = 0;
                c->has_time = true, c->prec = DN_PREC_HOUR;
            }
            if (mask)
                return q + 1;
        }
        /* issue 10: a middle dot too, as listings write "Mércores 9/12/2026 · 20:00", before
           an H:MM only: it parts a listing's fields ("18/11/2026 · 1 h 12 min", a duration),
           or an H.MM whose two-digit minutes an hour mark follows ("dc. 16/12/2026 · 19.30
           h"; not a price, "· 12.50 €") */
        /* A vertical bar or a bullet after a whole date, before an H:MM, the same: a forum
           post's stamp ("23.11.26 | 17:40"; monthname.c's field_break) */
        bool bar = x->type == IT_SEP && (x->sep == '|' || x->sep == 0x2022 || x->sep == 0xFF5C) &&
                   c->year && c->month && c->day && !(c->flags & DN_FLAG_YEAR_IMPLIED);
        if (x->type == IT_SEP && (x->sep == 0xB7 || bar) && !(x->tflags & DNP_TF_HARD)) {
            int h = skip_space(it, n, q + 1);
            /* timejoin: H:MM:SS with its hour in one digit there is a length, no time of
               day: a podcast's "12 Νοε 2026 | 1:02:40" (a stamp pads its hour: "| 09:05:12") */
            if (dnp_length_clock(it, n, h))
                break;
            if (!(h + 2 < n && it[h].type == IT_NUM && it[h].ndigits <= 2 &&
                  (is_sep(&it[h + 1], ':') ||
                   (is_sep(&it[h + 1], '.') && it[h + 2].ndigits == 2 &&
                    skip_space(it, n, h + 3) < n &&
                    has_kind(&it[skip_space(it, n, h + 3)], DNP_K_HOUR_MARK))) &&
                  it[h + 2].type == IT_NUM))
                break;
            q++;
        } else if (x->type == IT_SEP && is_space(x) && e->search && c->day && dnp_cell_gap(e, x)) {
            /* issue 10: a table's next cell ("Zaterdag 28 november   18.00 u"); timejoin:
               unless a time alone there is the row's date's (table_time_cell) */
            if (!dnp_table_time_cell(e, it, x, c))
                break;
            q++;
        } else if (x->type == IT_SEP && !(x->tflags & DNP_TF_HARD) &&
                   (is_space(x) || x->sep == ',' || x->sep == '.' || x->sep == '(' ||
                    x->sep == '-')) {
            dash |= x->sep == '-';
            /* timebefore: blanks take no step ("25.11.2026 r., godz. 14:20": eight items
               before the hour, four of them blanks) */
            steps -= is_space(x);
            q++;
        }
        else if (x->type == IT_SEP && x->sep == ')' && q > 0 && has_kind(&it[q - 1], DNP_K_WEEKDAY))
            q++; /* issue 10: the weekday's bracket closes: "11月28日（土）10:00" */
        else if (x->type == IT_SEP && x->sep == ')' && numbers_bracketed(it, q))
            q++; /* timebefore: the date's own bracket closes: "sábado (28/11) às 10h BRT" */
        else if (q > 0 && is_sep(&it[q - 1], '(') && q + 1 < n && is_sep(&it[q + 1], ')') &&
                 bracket_weekday(x, c))
            q += 2; /* "28.11. (Sa) 10:00", "12/5（土）10:00": the date's weekday */
        else if (x->type == IT_WORD && !c->weekday && c->day && q + 1 < n &&
                 is_sep(&it[q + 1], ',') && !has_kind(x, DNP_K_MONTH) && bracket_weekday(x, c))
            q += 2; /* issue 10: the date's weekday and a comma: "27.11.2026 Cuma, saat 20:00" */
        else if ((r2 = weekday_then_time(e, it, n, q, c)) > 0)
            return r2;
        else if (dnp_zone_before(x) && !c->has_zone && !c->has_offset && q + 2 < n &&
                 is_space(&it[q + 1]) && it[q + 2].type == IT_NUM) {
            /* years27: a zone written right before its time, after a date ("10 Aralık 2026
               Perşembe, TSİ 20.45", "EST 20:45"): an abbreviation in capitals, then an hour
               and its minutes with no zone of their own (not "saat 20:00", hour); zoneline:
               GMT, UTC too ("10 December 2026, UTC 20:45" lost its zone) */
            cand t = *c;
            int r = dnp_read_time(e, it, n, q + 2, &t, NULL);
            if (r > 0 && e->search && dnp_time_span_after(e, it[r - 1].end, &t))
                return -1;
            if (r > 0 && t.prec >= DN_PREC_MINUTE && !t.has_zone && !t.has_offset) {
                dnp_zone_before_take(it, q, &t);
                *c = t;
                return r;
            }
            break;
        }
        else if (x->type == IT_WORD && (!has_kind(x, DNP_K_MONTH) || months_risky(x)) &&
                 (x->kinds & ((1u << DNP_K_FILLER) | (1u << DNP_K_YEAR_MARK))) &&
                 filler_of(x, c->lang))
            q++;
        else if (x->type == IT_GEN && x->gen == G_T)
            q++;
        else if (x->type == IT_WORD && x->kinds == (1u << DNP_K_WEEKDAY_CUE) && !c->has_time)
            return dawn_time(it, n, q, c);
        else
            break;
    }
    return -1;
}

/* Whether item `first` starts the text, or only words that introduce what it begins stand
   before it: at most DNP_LEAD_WORDS fillers ("at 3pm", "um 14 Uhr", "a las 5 de la tarde",
   "kl. 8:00", "в 11 утра", "im Mai", "в январе": the prepositions of CLDR's "{1} 'at' {0}"
   patterns and locales/), or with `in_word` a word for "in" as short as a preposition
   (DNP_PREP_BYTES: "in May", "en mayo"; not "after May"), all of one language ("om en dag"
   mixes Dutch and French), separated by spaces or a period ("kl."). *lead gets the first of
   them (first itself when there is none), *langs the languages they share. */
bool dnp_led_whole(const env *e, const item *it, int first, bool in_word, int *lead,
                   dnp_langset *langs)
{
    const uint32_t kinds = (1u << DNP_K_FILLER) | (in_word ? 1u << DNP_K_REL_FUTURE : 0);
    int words = 0;
    for (int k = first;; k--) {
        if (it[k].start == e->content_start) {
            *lead = k;
            return it[k].type == IT_WORD || k == first;
        }
        if (k == 0 || it[k].start < e->content_start)
            return false;
        const item *x = &it[k - 1];
        if (x->type == IT_SEP) {
            if (!(is_space(x) || (x->sep == '.' && k - 1 > 0 && it[k - 2].type == IT_WORD)))
                return false;
            continue;
        }
        if (x->type != IT_WORD || !(x->kinds & kinds) || ++words > DNP_LEAD_WORDS ||
            (!has_kind(x, DNP_K_FILLER) && x->end - x->start > DNP_PREP_BYTES))
            return false;
        dnp_langset l = dnp_langs_of(x, DNP_K_FILLER, -1);
        if (in_word) {
            dnp_langset f = dnp_langs_of(x, DNP_K_REL_FUTURE, -1);
            for (int w = 0; w < DNP_LANG_WORDS; w++)
                l.w[w] |= f.w[w];
        }
        bool any = false;
        for (int w = 0; w < DNP_LANG_WORDS; w++)
            any |= (langs->w[w] = words == 1 ? l.w[w] : langs->w[w] & l.w[w]) != 0;
        if (!any)
            return false;
    }
}

/* An hour without minutes after a lead word is a time when it carries an hour mark that is
   no unit of durations too ("um 14 Uhr"; not "de 2 horas", two hours, nor "w 1h", in an
   hour), and no lead word means "in" in the mark's language. */
static bool marked_hour(const item *it, int lead, int first, int end)
{
    for (int k = first; k < end; k++) {
        if (!has_kind(&it[k], DNP_K_HOUR_MARK))
            continue;
        if (has_kind(&it[k], DNP_K_REL_UNIT))
            return false;
        dnp_langset ml = dnp_langs_of(&it[k], DNP_K_HOUR_MARK, -1);
        for (int j = lead; j < first; j++) {
            dnp_langset fl = dnp_langs_of(&it[j], DNP_K_REL_FUTURE, -1);
            for (int w = 0; w < DNP_LANG_WORDS; w++)
                if (fl.w[w] & ml.w[w])
                    return false;
        }
        return true;
    }
    return false;
}

/* Whether a time without minutes in items [first, end) names its hour as a clock's: after a
   word that introduces a time (locales/ time_word: "lúc 8h", "kl. 8"); or with am/pm or a
   day period ("3pm", "5 de la tarde"), or a mark that is no unit of durations ("14 Uhr";
   not "2 horas", "1h"), and begins the text, fillers aside: "3pm tomorrow", "at 5pm
   tomorrow" are tomorrow at that hour ("20 minutes to 2pm tomorrow" is not 14:00). */
bool dnp_hour_named(const env *e, const item *it, int first, int end)
{
    /* issue 10: a word that introduces a time names it a clock's wherever it stands, its
       hour's mark then no duration's ("lúc 8h ngày 30/12/2026", at 8 o'clock on) */
    if (dnp_time_word_before(it, first))
        return true;
    int lead;
    dnp_langset ll = {{0}};
    if (!dnp_led_whole(e, it, first, false, &lead, &ll))
        return false;
    for (int k = first; k < end; k++)
        if (has_kind(&it[k], DNP_K_AMPM) || has_kind(&it[k], DNP_K_DAY_PERIOD) ||
            (has_kind(&it[k], DNP_K_HOUR_MARK) && !has_kind(&it[k], DNP_K_REL_UNIT)))
            return true;
    return false;
}

/* A day period that is one instant, noon or midnight as CLDR names them ("noon",
   "mediodía", "полдень"), as the whole text of dn_parse (fillers may lead it: "at noon"):
   today at that hour, as a time alone (dnp_time_alone). Returns the index after it, or -1. */
int dnp_point_period_hour(const env *e, const item *x)
{
    dnp_langset pl;
    uint32_t mask = period_hours(e, x, &pl);
    return mask && !(mask & (mask - 1)) ? __builtin_ctz(mask) : -1;
}

int dnp_point_period_alone(const env *e, const item *it, int i, cand *c)
{
    dnp_langset pl, ll = {{0}};
    uint32_t mask = period_hours(e, &it[i], &pl);
    int lead;
    if (!mask || (mask & (mask - 1)) || it[i].end != e->content_end ||
        (it[i].start != e->content_start && !dnp_led_whole(e, it, i, false, &lead, &ll)))
        return -1;
    memset(c, 0, sizeof *c);
    c->year = e->now_year, c->month = e->now_month, c->day = e->now_day;
    c->hour = __builtin_ctz(mask), c->has_time = true, c->prec = DN_PREC_HOUR;
    c->flags = DN_FLAG_RELATIVE | DN_FLAG_TIME_ONLY;
    c->conf = DNP_CONF_TIME_ALONE;
    c->lang = -1;
    c->first = c->last = i;
    return i + 1;
}

/* issue 8: a time alone, as the whole text of dn_parse (line mode): "16:10", "10:04am",
   "10:00 PM", "3pm", "午後3時" are today at that time (the reference's date in its zone),
   flagged relative, with the offset only when the text gives one ("16:10 UTC"). An hour
   without minutes needs am/pm ("2 horas", "15 Uhr" are durations as often), or a lead word
   and an hour mark ("um 15 Uhr"). H.MM ("10.30": a price, a version, a score) is no time
   alone, nor is a time in running text (dn_search: "the 16:10 train" names no day).
   Fillers may lead it ("at 3pm", "alle 10:00": dnp_led_whole). */
bool dnp_time_alone(const env *e, const item *it, int first, int end, cand *c)
{
    /* the whole text; its last item may be the bracket a zone closes ("11:30 (UTC)") */
    int lead = first;
    dnp_langset ll = {{0}};
    if (it[end - 1].end < e->content_end ||
        (it[first].start != e->content_start &&
         !dnp_led_whole(e, it, first, false, &lead, &ll)))
        return false;
    bool period = false;
    for (int k = first; k < end; k++) {
        if (k > first && k + 1 < end && is_sep(&it[k], '.') && it[k - 1].type == IT_NUM &&
            it[k + 1].type == IT_NUM)
            return false;
        period |= has_kind(&it[k], DNP_K_AMPM) || has_kind(&it[k], DNP_K_DAY_PERIOD);
        /* minutes written with one digit ("16:9", "2:1") are a ratio or a score alone; a
           program's stamp writes them so only inside a date ("Thu May 8 5:7:51 PM 2009") */
        if (k > first && is_sep(&it[k - 1], ':') && it[k].type == IT_NUM && it[k].ndigits < 2)
            return false;
    }
    /* an hour without minutes needs am/pm or a day period: "2 horas", "3 h" are
       durations as often */
    if (c->prec < DN_PREC_MINUTE && !period && (lead == first || !marked_hour(it, lead, first, end)))
        return false;
    c->year = e->now_year, c->month = e->now_month, c->day = e->now_day;
    c->flags |= DN_FLAG_RELATIVE | DN_FLAG_TIME_ONLY;
    c->conf = DNP_CONF_TIME_ALONE;
    c->lang = -1;
    c->first = first, c->last = end - 1;
    return true;
}
