/*
 * gen_csv: writes the CSV corpus of the `datenorm csv` benchmark to standard output.
 *
 *     bench/gen_csv [ROWS [SEED]]        (default 1,000,000 rows, seed 1)
 *
 * A shop export of about 150 bytes a row: id, customer (quoted when it holds a comma, with
 * apostrophes, doubled quotes and non-ASCII letters), e-mail, city, product, SKU, quantity,
 * amount, currency, two date columns, a status and a free-text note (quoted, sometimes with
 * a comma or a line break inside).
 *   ordered   dates from 2014 to 2024 in eight forms and six languages: 22/11/2015 (day
 *             first, so the column is DMY), 2015-11-22, 22 novembre 2015, Nov 22, 2015,
 *             22. November 2015, 22 de noviembre de 2015, 22 ноября 2015, 22.11.2015;
 *             some cells empty or NULL
 *   shipped   a few days later, often with a time: 11/22/2015 14:30 and 11/22/2015 (month
 *             first: this column is MDY, the other DMY), 2015-11-22T14:30:00+01:00,
 *             "Nov 22, 2015"; some cells TBD
 * Line endings are LF, with one row in 50 ending in CRLF (exports get concatenated).
 * Deterministic for a given seed (xorshift64*); it uses no library.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 2685821657736338717ull;
}

static unsigned pick(unsigned n) { return (unsigned)(rnd() % n); }

/* Proleptic Gregorian civil date from days since 1970-01-01 (Howard Hinnant's algorithm). */
static void civil(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static const char *const en[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const fr[12] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                   "juillet", "août", "septembre", "octobre", "novembre",
                                   "décembre"};
static const char *const de[12] = {"Januar", "Februar", "März", "April", "Mai", "Juni",
                                   "Juli", "August", "September", "Oktober", "November",
                                   "Dezember"};
static const char *const es[12] = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                   "julio", "agosto", "septiembre", "octubre", "noviembre",
                                   "diciembre"};
static const char *const ru[12] = {"января", "февраля", "марта", "апреля", "мая", "июня",
                                   "июля", "августа", "сентября", "октября", "ноября",
                                   "декабря"};
static const char *const customers[] = {
    "Müller GmbH", "\"O'Brien, Sons & Co\"", "Dupont SA", "\"Smith, J.\"", "Łukasz Nowak",
    "\"The \"\"Best\"\" Shop\"", "Ærø Fisk ApS", "García y Hijos", "Иванов ООО", "株式会社山田",
};
static const char *const notes[] = {
    "", "gift wrap", "\"call before delivery, please\"", "fragile", "\"two parcels\nsame day\"",
    "leave at door", "\"door code 4512, 2nd floor\"", "express",
};
static const char *const cities[] = {"Paris", "München", "\"Washington, D.C.\"", "Kraków",
                                      "São Paulo", "Москва", "Zürich", "Cork"};
static const char *const products[] = {"Espresso machine", "\"Kettle, 1.7 l\"", "Toaster",
                                        "\"Mug \"\"Best Dad\"\"\"", "French press",
                                        "Milk frother", "Grinder (conical burr)", "Scale"};
static const char *const statuses[] = {"shipped", "delivered", "returned", "pending"};

static void ordered(int64_t day)
{
    int y, m, d;
    civil(day, &y, &m, &d);
    switch (pick(20)) {
    case 0: printf(","); return;
    case 1: printf(",NULL"); return;
    case 2: case 3: case 4: printf(",%02d/%02d/%d", d, m, y); return;
    case 5: case 6: case 7: printf(",%d-%02d-%02d", y, m, d); return;
    case 8: case 9: printf(",%d %s %d", d, fr[m - 1], y); return;
    case 10: case 11: printf(",\"%s %d, %d\"", en[m - 1], d, y); return;
    case 12: case 13: printf(",%d. %s %d", d, de[m - 1], y); return;
    case 14: case 15: printf(",%d de %s de %d", d, es[m - 1], y); return;
    case 16: printf(",%d %s %d", d, ru[m - 1], y); return;
    default: printf(",%02d.%02d.%d", d, m, y); return;
    }
}

static void shipped(int64_t day)
{
    int y, m, d;
    civil(day, &y, &m, &d);
    int hh = (int)pick(10) + 8, mm = (int)pick(4) * 15;
    switch (pick(10)) {
    case 0: printf(",TBD"); return;
    case 1: case 2: case 3: printf(",%02d/%02d/%d %02d:%02d", m, d, y, hh, mm); return;
    case 4: case 5: printf(",%d-%02d-%02dT%02d:%02d:00+01:00", y, m, d, hh, mm); return;
    case 6: printf(",\"%s %d, %d\"", en[m - 1], d, y); return;
    default: printf(",%02d/%02d/%d", m, d, y); return;
    }
}

int main(int argc, char **argv)
{
    long rows = argc > 1 ? atol(argv[1]) : 1000000;
    rng_state = (argc > 2 ? strtoull(argv[2], NULL, 10) : 1) * 0x9E3779B97F4A7C15ull + 1;
    const int64_t first = 16071; /* 2014-01-01 */
    printf("id,customer,email,city,product,sku,qty,amount,currency,ordered,shipped,status,"
           "note\n");
    for (long i = 1; i <= rows; i++) {
        int64_t day = first + pick(3650);
        printf("%ld,%s,customer%u@example.com,%s,%s,SKU-%05u-%c,%u,%u.%02u,%s", i,
               customers[pick(10)], pick(100000), cities[pick(8)], products[pick(8)],
               pick(100000), 'A' + (int)pick(26), pick(9) + 1, pick(5000), pick(100),
               pick(3) ? "EUR" : "USD");
        ordered(day);
        shipped(day + pick(9));
        printf(",%s,%s%s", statuses[pick(4)], notes[pick(8)], pick(50) ? "\n" : "\r\n");
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
