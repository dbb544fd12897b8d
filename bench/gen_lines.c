/*
 * gen_lines: writes a deterministic benchmark corpus for datenorm's line mode to stdout.
 *
 *     bench/gen_lines [-k] N [SEED]   N lines, SEED an unsigned integer (default 1)
 *
 * -k prefixes each line with its kind ("iso", "feed", "numeric", "icu/fr/LONG",
 * "icu/ja/yMMMEd", "none/price", ...), a tab, the date it holds (YYYY-MM-DD, or YYYY-MM when
 * it names only a month; "-" for no date) and a tab, so that a script can tell misses, wrong
 * dates and false positives by kind. The lines themselves are the same as without -k
 * (labels draw no random numbers). Numeric dates are labelled with their order, and as
 * "ambiguous" when the other order gives another valid date ("numeric/mdy/ambiguous"); so
 * are ICU dates written in digits only whose day and month could swap or whose year has two
 * digits ("icu/ko/SHORT/ambiguous"). The date given is the one as written.
 *
 * The same N, SEED and ICU version give byte-identical output: the only randomness is a
 * splitmix64 generator of our own, seeded from SEED, and ICU formats in UTC. A different ICU
 * version may spell some locale's dates differently (CLDR data changes), nothing else.
 *
 * The mix, in per cent of lines (each line drawn independently):
 *   22  ISO 8601 / RFC 3339 stamps: 2015-11-22, 2015-11, 20151122, 2015-11-22T14:30,
 *       2015-11-22T14:30:05Z, ...+05:30, fractions of 3 and 6 digits, a space instead of T,
 *       the basic form 20151122T143005Z
 *   10  feed dates: RFC 2822 ("Sun, 22 Nov 2015 10:00:00 +0100", with or without the
 *       weekday and the seconds, GMT or a numeric zone), 1 in 10 RFC 850, 1 in 10 asctime
 *   36  ICU udat_format output in the 40 locales of `locales` below: the FULL, LONG, MEDIUM
 *       and SHORT date styles, MEDIUM date + SHORT time, and the skeletons yMMMd, yMMMEd,
 *       yMMMMd, yMMMMEEEEd, yMMMM, yMMM and yMd (12 forms a locale, equally likely)
 *   10  numeric dates with / . - in the orders DMY, MDY, YMD, four- and two-digit years,
 *       with and without zero padding
 *   22  lines with no date: sentences in several languages, version numbers, prices,
 *       phone numbers, ids and hashes, counts, scores, fractions, ISBNs, IP addresses
 * One dated line in ten is wrapped in language-neutral noise ("Posted: …", "[…]", "… | News").
 * Dates fall between 1995-01-01 and 2030-12-31, times anywhere in the day.
 *
 * It does not check what datenorm makes of the lines (bench_lines counts found/none), and
 * the no-date lines are meant to hold no date, not to be adversarial (tests/ does that).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>

/* ---- the PRNG: splitmix64 (Steele, Lea, Flood 2014; Vigna's public-domain version) ---- */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* 0..n-1. The modulo bias (n / 2^64) is far below anything a benchmark could notice. */
static unsigned rnd(unsigned n)
{
    return (unsigned)(rng_next() % n);
}

#define PICK(arr) (arr)[rnd(sizeof(arr) / sizeof((arr)[0]))]

/* ---- calendar: days since 1970-01-01 <-> civil date (H. Hinnant's algorithms) ---- */
static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* One random instant of the corpus's range. */
typedef struct {
    int64_t days; /* since 1970-01-01 */
    int y, m, d, hh, mi, ss;
    int wday; /* 0 = Sunday, as RFC 2822's and asctime's name tables */
} instant;

static instant rnd_instant(void)
{
    static int64_t lo, span;
    if (span == 0) {
        lo = days_from_civil(1995, 1, 1);
        span = days_from_civil(2030, 12, 31) - lo + 1;
    }
    instant t;
    t.days = lo + (int64_t)rnd((unsigned)span);
    civil_from_days(t.days, &t.y, &t.m, &t.d);
    t.hh = (int)rnd(24);
    t.mi = (int)rnd(60);
    t.ss = (int)rnd(60);
    t.wday = (int)((t.days + 4) % 7); /* 1970-01-01 was a Thursday */
    return t;
}

/* ---- output ---- */
static char line[1024];
static size_t line_len;
static char label[48];  /* the -k label of the line being written */
static char expect[16]; /* the date it holds, for -k */

static void set_expect(const instant *t, int with_day)
{
    if (with_day)
        snprintf(expect, sizeof expect, "%04d-%02d-%02d", t->y, t->m, t->d);
    else
        snprintf(expect, sizeof expect, "%04d-%02d", t->y, t->m);
}

static void set_kind(const char *a, const char *b, const char *c)
{
    snprintf(label, sizeof label, "%s%s%s%s%s", a, b ? "/" : "", b ? b : "", c ? "/" : "",
             c ? c : "");
}

static void put(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void put(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line + line_len, sizeof line - line_len, fmt, ap);
    va_end(ap);
    if (n > 0)
        line_len += (size_t)n < sizeof line - line_len ? (size_t)n : sizeof line - line_len - 1;
}

/* ---- ISO 8601 / RFC 3339 ---- */
static const char *const offsets_ext[] = {"+00:00", "+01:00", "+02:00", "-05:00", "-08:00",
                                          "+05:30", "+09:00", "-03:00", "+10:00", "-04:00"};
static const char *const offsets_rfc2822[] = {"+0000", "+0100", "+0200", "-0500", "-0800",
                                              "+0530", "+0900", "-0300", "+1000", "GMT"};

static void gen_iso(void)
{
    set_kind("iso", NULL, NULL);
    instant t = rnd_instant();
    set_expect(&t, 1);
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", t.y, t.m, t.d);
    switch (rnd(12)) {
    case 0: case 1: case 2:
        put("%s", date);
        break;
    case 3:
        put("%04d-%02d", t.y, t.m);
        set_expect(&t, 0);
        break;
    case 4:
        put("%04d%02d%02d", t.y, t.m, t.d);
        break;
    case 5:
        put("%sT%02d:%02d", date, t.hh, t.mi);
        break;
    case 6: case 7:
        put("%sT%02d:%02d:%02dZ", date, t.hh, t.mi, t.ss);
        break;
    case 8:
        put("%sT%02d:%02d:%02d%s", date, t.hh, t.mi, t.ss, PICK(offsets_ext));
        break;
    case 9:
        put("%sT%02d:%02d:%02d.%03uZ", date, t.hh, t.mi, t.ss, rnd(1000));
        break;
    case 10:
        put("%s %02d:%02d:%02d.%06u%s", date, t.hh, t.mi, t.ss, rnd(1000000),
            PICK(offsets_ext));
        break;
    default:
        if (rnd(2))
            put("%s %02d:%02d:%02d", date, t.hh, t.mi, t.ss);
        else
            put("%04d%02d%02dT%02d%02d%02dZ", t.y, t.m, t.d, t.hh, t.mi, t.ss);
        break;
    }
}

/* ---- feed dates: RFC 2822, RFC 850, asctime ---- */
static const char *const wday_abbr[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const wday_full[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const mon_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void gen_feed(void)
{
    set_kind("feed", NULL, NULL);
    instant t = rnd_instant();
    set_expect(&t, 1);
    unsigned kind = rnd(10);
    if (kind == 0) { /* RFC 850: Sunday, 22-Nov-15 10:00:00 GMT */
        put("%s, %02d-%s-%02d %02d:%02d:%02d GMT", wday_full[t.wday], t.d, mon_abbr[t.m - 1],
            t.y % 100, t.hh, t.mi, t.ss);
        return;
    }
    if (kind == 1) { /* asctime: Sun Nov 22 10:00:00 2015 (day padded with a space) */
        put("%s %s %2d %02d:%02d:%02d %d", wday_abbr[t.wday], mon_abbr[t.m - 1], t.d, t.hh,
            t.mi, t.ss, t.y);
        return;
    }
    if (rnd(4))
        put("%s, ", wday_abbr[t.wday]);
    put(rnd(2) ? "%02d %s %d " : "%d %s %d ", t.d, mon_abbr[t.m - 1], t.y);
    if (rnd(5))
        put("%02d:%02d:%02d %s", t.hh, t.mi, t.ss, PICK(offsets_rfc2822));
    else
        put("%02d:%02d %s", t.hh, t.mi, PICK(offsets_rfc2822));
}

/* ---- ICU-formatted dates ---- */
/* 40 locales whose default calendar is Gregorian, spread over scripts and word orders. */
static const char *const locales[] = {
    "en", "en_GB", "fr", "de", "es", "it", "pt", "pt_BR", "nl", "sv",
    "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sl",
    "ru", "uk", "bg", "el", "tr", "ar", "he", "hi", "bn", "zh",
    "zh_Hant", "ja", "ko", "vi", "id", "ms", "ca", "lt", "lv", "et",
};
#define NLOCALES (sizeof locales / sizeof locales[0])

static const char *const skeletons[] = {"yMMMd", "yMMMEd", "yMMMMd", "yMMMMEEEEd",
                                        "yMMMM", "yMMM", "yMd"};
#define NSKEL (sizeof skeletons / sizeof skeletons[0])
#define NFORMS (5 + NSKEL) /* FULL, LONG, MEDIUM, SHORT, MEDIUM+time, then the skeletons */

static UDateFormat *formats[NLOCALES][NFORMS]; /* opened on first use */

static UDateFormat *open_form(size_t li, size_t fi)
{
    static const UChar utc[] = {'U', 'T', 'C', 0};
    static const UDateFormatStyle styles[] = {UDAT_FULL, UDAT_LONG, UDAT_MEDIUM, UDAT_SHORT,
                                              UDAT_MEDIUM};
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *f;
    if (fi < 5) {
        f = udat_open(fi == 4 ? UDAT_SHORT : UDAT_NONE, styles[fi], locales[li], utc, -1,
                      NULL, 0, &st);
    } else {
        UChar skel[32], pat[128];
        u_uastrcpy(skel, skeletons[fi - 5]);
        UDateTimePatternGenerator *g = udatpg_open(locales[li], &st);
        int32_t n = udatpg_getBestPattern(g, skel, -1, pat, 128, &st);
        udatpg_close(g);
        f = U_SUCCESS(st) ? udat_open(UDAT_PATTERN, UDAT_PATTERN, locales[li], utc, -1, pat,
                                      n, &st)
                          : NULL;
    }
    if (U_FAILURE(st)) {
        fprintf(stderr, "gen_lines: ICU cannot open form %zu of %s: %s\n", fi, locales[li],
                u_errorName(st));
        exit(1);
    }
    return f;
}

/* Whether an ICU-formatted date of t could be read as another date with no hint: it is
   written in digits only (no month or weekday name) and either the day and month could
   swap or the year is written with two digits. */
static int icu_ambiguous(const UChar *u, int32_t n, const instant *t, int with_day)
{
    char digits[256];
    int32_t k = 0;
    for (int32_t i = 0; i < n && k < (int32_t)sizeof digits - 1; i++) {
        if (u_isalpha(u[i]))
            return 0;
        int32_t v = u_charDigitValue(u[i]); /* digits of any script, as the parser reads them */
        digits[k++] = v >= 0 ? (char)('0' + v) : ' ';
    }
    digits[k] = '\0';
    char year[8];
    snprintf(year, sizeof year, "%04d", t->y);
    return (with_day && t->d <= 12 && t->d != t->m) || strstr(digits, year) == NULL;
}

static void gen_icu(void)
{
    static const char *const style_names[] = {"FULL", "LONG", "MEDIUM", "SHORT",
                                              "MEDIUM+time"};
    size_t li = rnd(NLOCALES), fi = rnd(NFORMS);
    set_kind("icu", locales[li], fi < 5 ? style_names[fi] : skeletons[fi - 5]);
    instant t = rnd_instant();
    /* yMMMM and yMMM name a month, no day */
    int with_day = fi < 5 || strchr(skeletons[fi - 5], 'd') != NULL;
    set_expect(&t, with_day);
    if (formats[li][fi] == NULL)
        formats[li][fi] = open_form(li, fi);
    UDate when = ((double)t.days * 86400.0 + t.hh * 3600.0 + t.mi * 60.0 + t.ss) * 1000.0;
    UChar u[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = udat_format(formats[li][fi], when, u, 256, NULL, &st);
    char buf[768];
    int32_t m = 0;
    u_strToUTF8(buf, (int32_t)sizeof buf, &m, u, n, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "gen_lines: ICU cannot format in %s: %s\n", locales[li],
                u_errorName(st));
        exit(1);
    }
    if (icu_ambiguous(u, n, &t, with_day))
        strncat(label, "/ambiguous", sizeof label - strlen(label) - 1);
    put("%.*s", (int)m, buf);
}

/* ---- numeric dates ---- */
static void gen_numeric(void)
{
    static const char seps[] = "/.-";
    instant t = rnd_instant();
    set_expect(&t, 1);
    char sep = seps[rnd(3)];
    int pad = rnd(2), yy = rnd(4) == 0;
    char d[8], m[8], y[8];
    snprintf(d, sizeof d, pad ? "%02d" : "%d", t.d);
    snprintf(m, sizeof m, pad ? "%02d" : "%d", t.m);
    snprintf(y, sizeof y, yy ? "%02d" : "%04d", yy ? t.y % 100 : t.y);
    unsigned order = rnd(5);
    /* The label says whether the other order would give another valid date: such a line
       is ambiguous with no hint (README, "All-numeric dates"), whichever reading the parser documents. */
    const char *amb = order < 4 && t.d <= 12 && t.d != t.m ? "ambiguous" : NULL;
    switch (order) {
    case 0: case 1:
        set_kind("numeric", "dmy", amb);
        put("%s%c%s%c%s", d, sep, m, sep, y);
        break;
    case 2: case 3:
        set_kind("numeric", "mdy", amb);
        put("%s%c%s%c%s", m, sep, d, sep, y);
        break;
    default: /* year first: always four digits, else it reads as day-first */
        set_kind("numeric", "ymd", NULL);
        put("%04d%c%s%c%s", t.y, sep, m, sep, d);
        break;
    }
}

/* ---- lines with no date ---- */
/* No month or weekday name of any common language in these (no "May", "mars", "Sun"). */
static const char *const sentences[] = {
    "The quick brown fox jumps over the lazy dog",
    "Please see the attached file for details",
    "Click here to subscribe to our newsletter",
    "All rights reserved",
    "Le chat dort sur le canapé du salon",
    "Merci pour votre réponse rapide",
    "Der Zug fährt gleich ab, bitte einsteigen",
    "Vielen Dank für Ihre Bestellung",
    "El perro come en la cocina",
    "La reunión fue muy productiva",
    "Il gatto guarda fuori dalla finestra",
    "Obrigado pela sua compra",
    "Спасибо за ваш заказ",
    "Ο καιρός είναι καλός σήμερα",
    "感谢您的订购",
    "ご注文ありがとうございます",
    "주문해 주셔서 감사합니다",
    "شكرا لطلبك",
    "Dziękujemy za zamówienie",
    "Tack för din beställning",
    "Read more",
    "Share this article",
};

static void gen_nodate(void)
{
    static const char *const sub[] = {"sentence", "sentence", "sentence", "version", "price",
                                      "phone", "id", "count", "score", "fraction", "isbn",
                                      "ip", "percent"};
    unsigned k = rnd(13);
    set_kind("none", sub[k], NULL);
    strcpy(expect, "-");
    switch (k) {
    case 0: case 1: case 2:
        put("%s", PICK(sentences));
        break;
    case 3:
        if (rnd(2))
            put("version %u.%u.%u", rnd(10), rnd(20), rnd(30));
        else
            put("v%u.%u", 1 + rnd(9), rnd(20));
        break;
    case 4:
        switch (rnd(4)) {
        case 0: put("$%u.%02u", 1 + rnd(999), rnd(100)); break;
        case 1: put("%u,%02u €", 1 + rnd(999), rnd(100)); break;
        case 2: put("USD %u,%03u.%02u", 1 + rnd(99), rnd(1000), rnd(100)); break;
        default: put("£%u", 1 + rnd(5000)); break;
        }
        break;
    case 5:
        if (rnd(2))
            put("+1 (%03u) %03u-%04u", 200 + rnd(800), 200 + rnd(800), rnd(10000));
        else
            put("+33 %u %02u %02u %02u %02u", 1 + rnd(9), rnd(100), rnd(100), rnd(100),
                rnd(100));
        break;
    case 6:
        switch (rnd(3)) {
        case 0: put("order #%c%c-%05u", 'A' + rnd(26), 'A' + rnd(26), rnd(100000)); break;
        case 1: put("commit %08x%08x", (unsigned)rng_next(), (unsigned)rng_next()); break;
        default: put("SKU-%u-%u", 100 + rnd(900), 1000 + rnd(9000)); break;
        }
        break;
    case 7:
        if (rnd(2))
            put("%u,%03u views", 1 + rnd(999), rnd(1000));
        else
            put("%u comments", rnd(500));
        break;
    case 8:
        put("final score %u-%u", rnd(8), rnd(8));
        break;
    case 9:
        if (rnd(2))
            put("%u/%u cup of sugar", 1 + rnd(3), 2 + rnd(3));
        else
            put("open 24/7");
        break;
    case 10:
        put("ISBN 978-%u-%02u-%06u-%u", rnd(10), rnd(100), rnd(1000000), rnd(10));
        break;
    case 11:
        put("192.168.%u.%u", rnd(256), 1 + rnd(254));
        break;
    default:
        put("%u%% off, %u items left", 5 * (1 + rnd(18)), 1 + rnd(40));
        break;
    }
}

static const char *const noise_before[] = {"Posted: ", "Published on ", "[", "Date: ", "("};
static const char *const noise_after[] = {" | News", "", "]", "", ")"};

int main(int argc, char **argv)
{
    int labels = argc > 1 && strcmp(argv[1], "-k") == 0;
    argv += labels;
    argc -= labels;
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: gen_lines [-k] N [SEED]\n");
        return 2;
    }
    char *end;
    unsigned long long n = strtoull(argv[1], &end, 10);
    if (*end != '\0' || argv[1][0] == '-') {
        fprintf(stderr, "gen_lines: N must be a number\n");
        return 2;
    }
    rng_state = 1;
    if (argc == 3) {
        rng_state = strtoull(argv[2], &end, 10);
        if (*end != '\0') {
            fprintf(stderr, "gen_lines: SEED must be a number\n");
            return 2;
        }
    }
    static char obuf[1 << 16];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);

    for (unsigned long long i = 0; i < n; i++) {
        line_len = 0;
        unsigned r = rnd(100);
        if (r < 22) {
            gen_nodate();
        } else {
            /* Noise is drawn before the date so a wrapper never depends on the date's kind. */
            int noisy = rnd(10) == 0;
            size_t w = noisy ? rnd(sizeof noise_before / sizeof noise_before[0]) : 0;
            if (noisy)
                put("%s", noise_before[w]);
            if (r < 44)
                gen_iso();
            else if (r < 54)
                gen_feed();
            else if (r < 90)
                gen_icu();
            else
                gen_numeric();
            if (noisy)
                put("%s", noise_after[w]);
        }
        line[line_len++] = '\n';
        if (labels)
            printf("%s\t%s\t", label, expect);
        fwrite(line, 1, line_len, stdout);
    }
    for (size_t li = 0; li < NLOCALES; li++)
        for (size_t fi = 0; fi < NFORMS; fi++)
            if (formats[li][fi])
                udat_close(formats[li][fi]);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen_lines: stdout");
        return 1;
    }
    return 0;
}
