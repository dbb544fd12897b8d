/*
 * patterns.c: the words of a locale's date and time patterns. A pattern such as
 * "d 'de' MMMM 'de' y", "y年M月d日", "'tháng' M 'năm' y", "H 'h' mm" or the date-time glue
 * "{1} 'à' {0}" is split into fields (runs of one pattern letter) and literals; the literal
 * words become keys by where they stand:
 *   - date: a mark right after a numeric year, month or day ("年", "월", Russian "г"), a
 *     prefix right before one ("tháng", "năm", "ngày"), otherwise a filler ("de");
 *   - time: the mark of the field before it ("h", "時", "초"), or of the whole time
 *     ("H:mm 'ч'."); a word before the first field is a filler ("'kl'. HH:mm");
 *   - glue: fillers ("à", "um", "at");
 *   - a literal glued to a month or weekday name ("d בMMMM y", Basque "MMMM'ren'") makes
 *     extra keys of the names with it attached ("בנובמבר", "azaroaren").
 * It also gives a pattern's numeric order (DMY, MDY, YMD, YDM).
 *
 * Not done here: which patterns a locale has (cldr.c).
 */
#include "lexgen.h"

#include <string.h>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

typedef struct {
    char field; /* the pattern letter, 0 for a literal */
    int count;
    char lit[256];
    size_t litlen;
} pitem;

#define PITEMS 48

/* Splits an ICU pattern into fields (runs of one ASCII letter) and literals (everything
   else, with 'quoted text' and '' for a quote), the literals as UTF-8. */
static int parse_pattern(const UChar *p, int32_t n, pitem *it)
{
    int ni = 0;
    bool quoted = false;
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(p, i, n, c);
        if (c == '\'') {
            if (i < n && p[i] == '\'') {
                i++;
            } else {
                quoted = !quoted;
                continue;
            }
        } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            if (ni > 0 && it[ni - 1].field == (char)c) {
                it[ni - 1].count++;
                continue;
            }
            if (ni == PITEMS)
                break;
            it[ni++] = (pitem){ .field = (char)c, .count = 1 };
            continue;
        }
        if (ni == 0 || it[ni - 1].field != 0) {
            if (ni == PITEMS)
                break;
            it[ni++] = (pitem){ .field = 0 };
        }
        pitem *l = &it[ni - 1];
        if (l->litlen + 4 < sizeof l->lit) {
            UBool err = false;
            U8_APPEND((uint8_t *)l->lit, l->litlen, sizeof l->lit, c, err);
            (void)err;
        }
    }
    return ni;
}

enum { F_NONE, F_YEAR, F_MONTH_NUM, F_MONTH_NAME, F_DAY, F_WEEKDAY, F_HOUR, F_MIN, F_SEC,
       F_AMPM, F_ZONE, F_OTHER };

static int field_cat(const pitem *f)
{
    if (!f || f->field == 0)
        return F_NONE;
    switch (f->field) {
    case 'y': case 'Y': case 'u': case 'r':
        return F_YEAR;
    case 'M': case 'L':
        return f->count <= 2 ? F_MONTH_NUM : F_MONTH_NAME;
    case 'd':
        return F_DAY;
    case 'E': case 'c': case 'e':
        return f->count >= 3 || f->field == 'E' ? F_WEEKDAY : F_OTHER;
    case 'H': case 'h': case 'k': case 'K':
        return F_HOUR;
    case 'm':
        return F_MIN;
    case 's':
        return F_SEC;
    case 'a': case 'b': case 'B':
        return F_AMPM;
    case 'z': case 'Z': case 'v': case 'V': case 'O': case 'X': case 'x':
        return F_ZONE;
    default:
        return F_OTHER;
    }
}

/* The symbol list a name field shows ("MMMM" the wide format months), or -1 (narrow). */
static int field_symbols(const pitem *f)
{
    switch (f->field) {
    case 'M': return f->count == 3 ? S_MON_ABBR : f->count == 4 ? S_MON : -1;
    case 'L': return f->count == 3 ? S_MON_SA_ABBR : f->count == 4 ? S_MON_SA : -1;
    case 'E': return f->count <= 3 ? S_WD_ABBR : f->count == 4 ? S_WD : f->count == 6 ? S_WD_SHORT : -1;
    case 'c': return f->count == 3 ? S_WD_SA_ABBR : f->count == 4 ? S_WD_SA : f->count == 6 ? S_WD_SA_SHORT : -1;
    default: return -1;
    }
}

/* A word unit of a literal: consecutive words that touch ("年", "星期"), with its span. */
typedef struct {
    keyrun run;
    size_t start, end;
    bool punct_after; /* a separator other than white space follows before the next word */
} lunit;

static int literal_units(const pitem *l, lunit *u, int max)
{
    size_t pos = 0;
    dnp_token t;
    int nu = 0;
    lunit *cur = NULL;
    while (dnp_next_token(l->lit, l->litlen, &pos, &t)) {
        if (t.kind == DNP_TK_WORD && !(t.flags & DNP_TF_LONG)) {
            if (cur && (t.flags & DNP_TF_ADJ) && cur->end == t.start &&
                cur->run.len + t.flen <= KEY_MAX && cur->run.nwords < KEY_WORDS) {
                memcpy(cur->run.key + cur->run.len, t.fold, t.flen);
                cur->run.len += t.flen;
                cur->run.ends[cur->run.nwords++] = cur->run.len;
                cur->end = t.end;
                continue;
            }
            if (nu == max)
                break;
            cur = &u[nu++];
            memcpy(cur->run.key, t.fold, t.flen);
            cur->run.len = t.flen;
            cur->run.nwords = 1;
            cur->run.ends[0] = t.flen;
            cur->run.nums_before = 0;
            cur->start = t.start;
            cur->end = t.end;
            cur->punct_after = false;
        } else {
            if (cur && t.kind == DNP_TK_SEP && !(t.flags & DNP_TF_SPACE))
                cur->punct_after = true;
            /* after a separator cur stays set only to collect punct_after: the next word
               does not touch it and starts a unit of its own */
            if (t.kind == DNP_TK_NUM)
                cur = NULL;
        }
    }
    return nu;
}

/* The mark kind a word standing right after a date field makes. */
static int date_mark(int cat)
{
    switch (cat) {
    case F_YEAR: return DNP_K_YEAR_MARK;
    case F_MONTH_NUM: return DNP_K_MONTH_MARK;
    case F_DAY: return DNP_K_DAY_MARK;
    default: return 0;
    }
}

static int time_mark(int cat)
{
    switch (cat) {
    case F_HOUR: return DNP_K_HOUR_MARK;
    case F_MIN: return DNP_K_MINUTE_MARK;
    case F_SEC: return DNP_K_SECOND_MARK;
    default: return 0;
    }
}

/* Whether the tokenizer reads text glued at byte a or b of s as one word with its
   neighbour: Thai "วันอาทิตย์ที่" is one word, but CJK characters are words of their own,
   so zh "d日EEEE" glues nothing. */
static bool joins(const char *s, size_t n, size_t a, size_t b)
{
    size_t pos = 0;
    dnp_token t;
    while (dnp_next_token(s, n, &pos, &t)) {
        if (t.kind != DNP_TK_WORD)
            continue;
        if ((a > 0 && t.start < a && t.end > a) || (b < n && t.start < b && t.end > b))
            return true;
    }
    return false;
}

/* Adds the keys of a name field's names with literal text glued to them ("בנובמבר" from
   "d בMMMM y", Basque "azaroaren" from "MMMM'ren'"). */
static void add_glued(const symbols *sy, int k, const char *pre, size_t npre, const char *post,
                      size_t npost, int lang)
{
    for (int i = 0; i < sy->n[k]; i++) {
        if (symtab[k].kind == DNP_K_WEEKDAY && i == 0)
            continue;
        const char *s = sy->name[k][i];
        size_t n = strlen(s);
        if (n == 0)
            continue;
        char buf[1024];
        if (npre + n + npost >= sizeof buf)
            continue;
        memcpy(buf, pre, npre);
        memcpy(buf + npre, s, n);
        memcpy(buf + npre + n, post, npost);
        if (!joins(buf, npre + n + npost, npre, npre + n))
            continue;
        stats.glued++;
        add_name(buf, npre + n + npost, lang, symtab[k].kind, symbol_value(k, i),
                 symtab[k].flags);
    }
}

/* Reads the literal words of one pattern:
   - date: a word right after a numeric year/month/day field is its mark when it touches the
     field ("y年", "d일") or is followed by punctuation or the end ("y 'г'.", lt "y 'm'.");
     otherwise ("d 'de' MMMM") it is a filler. The last word before a numeric month is a
     month prefix ("'tháng' MM"). Other words are fillers.
   - time: a word after an hour/minute/second field is that field's mark ("H'h'mm", "s초");
     a word after the whole time when its fields are joined by punctuation ("H:mm 'ч'.")
     marks the time as a whole and counts as an hour mark (like "Uhr"); a word before the
     first field is a filler ("'kl'. HH:mm"); words next to zones and am/pm are left out.
   - glue: every word of the date-time glue is a filler ("{1} 'um' {0}"). */
void read_pattern(const UChar *pat, int32_t n, int type, const symbols *sy, int lang)
{
    pitem it[PITEMS];
    int ni = parse_pattern(pat, n, it);

    /* time patterns: are the time fields joined by punctuation only? */
    bool colon_style = true;
    int last_time = -1;
    for (int i = 0; i < ni; i++) {
        int c = field_cat(&it[i]);
        if (c == F_HOUR || c == F_MIN || c == F_SEC)
            last_time = i;
        if (it[i].field == 0 && i > 0 && i + 1 < ni) {
            int a = field_cat(&it[i - 1]), b = field_cat(&it[i + 1]);
            if ((a == F_HOUR || a == F_MIN) && (b == F_MIN || b == F_SEC)) {
                lunit u[8];
                if (literal_units(&it[i], u, 8) > 0)
                    colon_style = false;
            }
        }
    }

    for (int i = 0; i < ni; i++) {
        const pitem *f = &it[i];
        if (f->field != 0) {
            /* a name field with letters glued to it */
            int k = field_symbols(f);
            if (type != PT_DATE || k < 0)
                continue;
            const char *pre = "", *post = "";
            size_t npre = 0, npost = 0;
            lunit u[8];
            if (i > 0 && it[i - 1].field == 0) {
                int nu = literal_units(&it[i - 1], u, 8);
                if (nu > 0 && u[nu - 1].end == it[i - 1].litlen) {
                    pre = it[i - 1].lit + u[nu - 1].start;
                    npre = u[nu - 1].end - u[nu - 1].start;
                }
            }
            if (i + 1 < ni && it[i + 1].field == 0) {
                int nu = literal_units(&it[i + 1], u, 8);
                if (nu > 0 && u[0].start == 0) {
                    post = it[i + 1].lit;
                    npost = u[0].end;
                }
            }
            if (npre || npost)
                add_glued(sy, k, pre, npre, post, npost, lang);
            continue;
        }
        const pitem *prev = i > 0 ? &it[i - 1] : NULL;
        const pitem *next = i + 1 < ni ? &it[i + 1] : NULL;
        int pc = field_cat(prev), nc = field_cat(next);
        lunit u[8];
        int nu = literal_units(f, u, 8);
        for (int j = 0; j < nu; j++) {
            const keyrun *r = &u[j].run;
            bool glued_before = u[j].start == 0 && prev;
            bool glued_after = u[j].end == f->litlen && next;
            int kind = 0;
            if (type == PT_GLUE) {
                kind = DNP_K_FILLER;
            } else if (type == PT_DATE) {
                if (j == 0 && date_mark(pc) && (glued_before || u[j].punct_after || !next))
                    kind = date_mark(pc);
                else if (j == 0 && pc == F_MONTH_NAME && glued_before)
                    kind = 0; /* made a glued month key above */
                else if (j == nu - 1 && nc == F_MONTH_NUM)
                    kind = DNP_K_MONTH_PREFIX;
                /* "'tháng' M 'năm' y", "EEEE, 'ngày' dd": a word before a numeric year or
                   day that does not follow a month name ("MMMM 'de' y" is a filler) */
                else if (j == nu - 1 && nc == F_YEAR && pc != F_MONTH_NAME)
                    kind = DNP_K_YEAR_PREFIX;
                else if (j == nu - 1 && nc == F_DAY && pc != F_MONTH_NAME && pc != F_YEAR)
                    kind = DNP_K_DAY_PREFIX;
                else if (j == nu - 1 && glued_after && (nc == F_MONTH_NAME || nc == F_WEEKDAY))
                    kind = 0; /* made a glued name key */
                else if (pc == F_ZONE || nc == F_ZONE || pc == F_OTHER || nc == F_OTHER)
                    kind = 0;
                else
                    kind = DNP_K_FILLER;
            } else {
                if (j == 0 && time_mark(pc))
                    kind = (i - 1 == last_time && colon_style && pc != F_HOUR)
                               ? DNP_K_HOUR_MARK
                               : time_mark(pc);
                else if (j == nu - 1 && !prev && (nc == F_HOUR || nc == F_AMPM))
                    kind = DNP_K_FILLER;
            }
            if (kind)
                add_run(r, lang, kind, 0, 0);
        }
    }
}

/* Where a pattern's first day, month and year fields stand (-1: none). */
static void field_positions(const UChar *pat, int32_t n, int *pd, int *pm, int *py)
{
    pitem it[PITEMS];
    int ni = parse_pattern(pat, n, it);
    *pd = *pm = *py = -1;
    for (int i = 0; i < ni; i++) {
        int c = field_cat(&it[i]);
        if (c == F_DAY && *pd < 0)
            *pd = i;
        else if ((c == F_MONTH_NUM || c == F_MONTH_NAME) && *pm < 0)
            *pm = i;
        else if (c == F_YEAR && *py < 0)
            *py = i;
    }
}

/* Which of day, month and year comes first, second and third in a pattern. */
uint8_t pattern_order(const UChar *pat, int32_t n)
{
    int pd, pm, py;
    field_positions(pat, n, &pd, &pm, &py);
    if (pd < 0 || pm < 0 || py < 0)
        return DNP_ORD_NONE;
    if (pd < pm && pm < py)
        return DNP_ORD_DMY;
    if (pm < pd && pd < py)
        return DNP_ORD_MDY;
    if (py < pm && pm < pd)
        return DNP_ORD_YMD;
    if (py < pd && pd < pm)
        return DNP_ORD_YDM;
    return DNP_ORD_NONE;
}

/* Which of day and month comes first in a pattern without a year ("d/M", "M/d"): DMY or
   MDY, NONE when it lacks either. */
uint8_t day_month_order(const UChar *pat, int32_t n)
{
    int pd, pm, py;
    field_positions(pat, n, &pd, &pm, &py);
    return pd < 0 || pm < 0 ? DNP_ORD_NONE : pd < pm ? DNP_ORD_DMY : DNP_ORD_MDY;
}

int32_t get_pattern(UDateFormatStyle tstyle, UDateFormatStyle dstyle, const char *loc,
                    UChar *buf, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(tstyle, dstyle, loc, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st))
        return 0;
    int32_t n = udat_toPattern(df, false, buf, cap, &st);
    udat_close(df);
    return U_FAILURE(st) || n >= cap ? 0 : n;
}
