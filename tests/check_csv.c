/*
 * Check tests of `datenorm csv`'s pieces: the streaming CSV reader (every case of issue 3,
 * each run with reads of 1, 2, 3, 5, 7, 64 bytes and unlimited, so that every state meets a
 * buffer boundary), mark/rewind, delimiter sniffing, the writer (quoting, a full disk), the
 * classifiers of column inference (day/month evidence, null markers, plain numbers, the
 * order decision), and whole runs of dn_cli_csv() over small files for the inference
 * (different orders per column, evidence found only after the first window).
 * End-to-end byte comparisons of the program live in tests/csv.test.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "../cli/csv.h"
#include "../cli/csvread.h"

/* A temporary file holding s[0..n), opened for reading at offset 0. */
static int temp_fd(const char *s, size_t n)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(s, 1, n, f), n);
    fflush(f);
    int fd = dup(fileno(f));
    fclose(f);
    ck_assert_int_ge(fd, 0);
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* ---- the reader ------------------------------------------------------------------------ */

/* Each case: the input, and the records it must give, written as one line per record:
   fields joined by '|', each field's content, prefixed q when quoted, e when escaped, m when
   malformed; "U" before a record that ends inside quotes; "B" for a blank line. */
typedef struct {
    const char *name;
    const char *in;
    size_t len; /* 0 = strlen */
    const char *want;
    size_t wlen; /* 0 = strlen */
} read_case;

static const read_case read_cases[] = {
    {"simple", "a,b\n1,2\n", 0, "a|b\n1|2\n", 0},
    {"no final newline", "a,b\n1,2", 0, "a|b\n1|2\n", 0},
    {"crlf", "a,b\r\n1,2\r\n", 0, "a|b\n1|2\n", 0},
    {"lone cr", "a\rb\r", 0, "a\nb\n", 0},
    {"cr at the very end", "a,b\r", 0, "a|b\n", 0},
    {"quoted delimiter and line breaks", "\"x,y\",\"l1\r\nl2\"\nz\n", 0, "qx,y|ql1\r\nl2\nz\n", 0},
    {"doubled quotes", "\"a\"\"b\",\"\"\"\"\n", 0, "qea\"b|qe\"\n", 0},
    {"empty quoted", "\"\",x\n", 0, "q|x\n", 0},
    {"blank lines", "\n\na\n\r\nb", 0, "B\nB\na\nB\nb\n", 0},
    {"ragged rows", "a,b,c\nd\ne,f\n", 0, "a|b|c\nd\ne|f\n", 0},
    {"bom", "\xEF\xBB\xBF" "a,b\n1,2\n", 0, "a|b\n1|2\n", 0},
    {"bom alone", "\xEF\xBB\xBF", 0, "\n", 0},
    {"malformed", "\"ab\"cd,e\n", 0, "qm\"ab\"cd|e\n", 0},
    {"quote inside unquoted", "a\"b,c\n", 0, "a\"b|c\n", 0},
    {"space before quote", " \"a,b\"\n", 0, " \"a|b\"\n", 0},
    {"trailing delimiter", "a,\n,\n", 0, "a|\n|\n", 0},
    {"unterminated", "a,b\nc,\"de\nf", 0, "a|b\nUc|qm\"de\nf\n", 0},
    {"empty input", "", 0, "", 0},
    {"nul bytes", "a\0b,c\n", 6, "a\0b|c\n", 6},
};

/* Renders the records of in (read chunk bytes at a time) in the notation above, and checks
   that the records' raw spans put end to end give back the input exactly. */
static char *render(const read_case *c, size_t chunk, size_t *outlen)
{
    size_t len = c->len ? c->len : strlen(c->in);
    int fd = temp_fd(c->in, len);
    csv_reader *r = csv_reader_new(fd, ',');
    ck_assert_ptr_nonnull(r);
    csv_reader_set_chunk(r, chunk);
    char *out = malloc(4 * len + 64), *back = malloc(len + 1);
    size_t n = 0, nb = 0;
    csv_record rec;
    char cell[256];
    int got;
    while ((got = csv_next(r, &rec)) == 1) {
        memcpy(back + nb, rec.buf + rec.start, rec.end - rec.start);
        nb += rec.end - rec.start;
        if (rec.status == CSV_REC_UNTERMINATED)
            out[n++] = 'U';
        if (rec.blank) {
            out[n++] = 'B';
        } else {
            for (size_t i = 0; i < rec.nfields; i++) {
                unsigned fl = rec.fields[i].flags;
                if (i)
                    out[n++] = '|';
                if (fl & CSV_F_QUOTED)
                    out[n++] = 'q';
                if (fl & CSV_F_ESCAPED)
                    out[n++] = 'e';
                if (fl & CSV_F_MALFORMED)
                    out[n++] = 'm';
                size_t k = csv_field_content(&rec, i, cell, sizeof cell);
                memcpy(out + n, cell, k);
                n += k;
            }
        }
        out[n++] = '\n';
    }
    ck_assert_int_eq(got, 0);
    ck_assert_msg(nb == len && memcmp(back, c->in, len) == 0,
                  "%s (chunk %zu): the records' bytes do not give back the input", c->name, chunk);
    out[n] = '\0';
    *outlen = n;
    free(back);
    csv_reader_free(r);
    close(fd);
    return out;
}

static const size_t chunks[] = {1, 2, 3, 5, 7, 64, 0};

START_TEST(reader_cases)
{
    const read_case *c = &read_cases[_i];
    size_t wl = c->wlen ? c->wlen : strlen(c->want);
    for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
        size_t n;
        char *got = render(c, chunks[k], &n);
        ck_assert_msg(n == wl && memcmp(got, c->want, wl) == 0,
                      "%s (chunk %zu): got '%s', want '%s'", c->name, chunks[k], got, c->want);
        free(got);
    }
}
END_TEST

START_TEST(reader_lines_and_offsets)
{
    const char *in = "h1,h2\n\"a\nb\r\nc\",d\r\nlast,\"x\ry\"\ne,f";
    int fd = temp_fd(in, strlen(in));
    csv_reader *r = csv_reader_new(fd, ',');
    csv_reader_set_chunk(r, 3);
    csv_record rec;
    const uint64_t lines[] = {1, 2, 5, 7};
    for (int k = 0; k < 4; k++) {
        ck_assert_int_eq(csv_next(r, &rec), 1);
        ck_assert_uint_eq(rec.line, lines[k]);
        ck_assert_uint_eq(rec.index, (uint64_t)k);
        ck_assert_int_eq(memcmp(in + rec.offset, rec.buf + rec.start, rec.end - rec.start), 0);
    }
    ck_assert_int_eq(csv_next(r, &rec), 0);
    csv_reader_free(r);
    close(fd);

    /* An unterminated quote reports where it opened. */
    in = "a,b\nc,d\ne,\"f\ng\n";
    fd = temp_fd(in, strlen(in));
    r = csv_reader_new(fd, ',');
    for (int k = 0; k < 3; k++)
        ck_assert_int_eq(csv_next(r, &rec), 1);
    ck_assert_int_eq(rec.status, CSV_REC_UNTERMINATED);
    ck_assert_uint_eq(rec.open_line, 3);
    ck_assert_uint_eq(rec.open_field, 1);
    ck_assert_uint_eq(rec.end, rec.term);
    csv_reader_free(r);
    close(fd);
}
END_TEST

START_TEST(reader_megabyte_field)
{
    /* A 5 MB quoted field full of delimiters, quotes and line breaks, between two small
       records, through reads of 64 KiB (a pipe's size) and unlimited. */
    size_t big = 5u << 20, n = 0;
    char *in = malloc(big + 64);
    n += (size_t)sprintf(in, "a,b\n\"");
    while (n < big) {
        memcpy(in + n, "x,\"\"y\r\n", 7);
        n += 7;
    }
    n += (size_t)sprintf(in + n, "\",22/11/2015\nz,w");
    for (int pass = 0; pass < 2; pass++) {
        int fd = temp_fd(in, n);
        csv_reader *r = csv_reader_new(fd, ',');
        csv_reader_set_chunk(r, pass ? 0 : 64u << 10);
        csv_record rec;
        ck_assert_int_eq(csv_next(r, &rec), 1);
        ck_assert_int_eq(csv_next(r, &rec), 1);
        ck_assert_uint_eq(rec.nfields, 2);
        ck_assert_uint_eq(rec.fields[0].flags, CSV_F_QUOTED | CSV_F_ESCAPED);
        ck_assert_uint_eq(rec.fields[0].end - rec.fields[0].start, n - 4 - 15); /* from the opening quote to the closing one */
        ck_assert_int_eq(memcmp(rec.buf + rec.fields[1].start, "22/11/2015", 10), 0);
        ck_assert_uint_eq(rec.line, 2);
        ck_assert_int_eq(csv_next(r, &rec), 1);
        ck_assert_int_eq(memcmp(rec.buf + rec.start, "z,w", 3), 0);
        ck_assert_int_eq(csv_next(r, &rec), 0);
        csv_reader_free(r);
        close(fd);
    }
    free(in);
}
END_TEST

START_TEST(reader_mark_rewind)
{
    const char *in = "\xEF\xBB\xBFh\n1\n2\n3\n";
    int fd = temp_fd(in, strlen(in));
    csv_reader *r = csv_reader_new(fd, ',');
    csv_reader_set_chunk(r, 2);
    csv_record rec;
    char cell[8];
    csv_mark(r);
    for (int k = 0; k < 3; k++)
        ck_assert_int_eq(csv_next(r, &rec), 1);
    ck_assert_uint_eq(csv_marked_bytes(r), 9);
    csv_rewind(r);
    /* The BOM is skipped again, lines and indices start over. */
    ck_assert_int_eq(csv_next(r, &rec), 1);
    ck_assert_uint_eq(csv_field_content(&rec, 0, cell, sizeof cell), 1);
    ck_assert_int_eq(cell[0], 'h');
    ck_assert_uint_eq(rec.line, 1);
    ck_assert_uint_eq(rec.start, 0);
    csv_unmark(r);
    for (int k = 0; k < 3; k++)
        ck_assert_int_eq(csv_next(r, &rec), 1);
    ck_assert_uint_eq(rec.line, 4);
    ck_assert_int_eq(csv_next(r, &rec), 0);
    ck_assert_int_eq(csv_reader_at_eof(r), 1);

    /* After repositioning the descriptor, a restart reads it all again. */
    lseek(fd, 0, SEEK_SET);
    csv_reader_restart(r);
    ck_assert_int_eq(csv_next(r, &rec), 1);
    ck_assert_uint_eq(rec.offset, 0);
    ck_assert_uint_eq(rec.fields[0].start - rec.start, 3);
    csv_reader_free(r);
    close(fd);
}
END_TEST

typedef struct {
    const char *sample;
    int at_end;  /* the sample is the whole input */
    char want;
    int verdict; /* CSV_SNIFF_* */
} sniff_case;

/* A head of 300 columns, then a row with one quoted cell of many lines holding every
   candidate (the export of issue 13: the cell outgrows the sample), built by sniff_wide. */
#define WIDE_COLS 300

static const sniff_case sniff_cases[] = {
    {"a,b,c\n1,2,3\n", 1, ',', CSV_SNIFF_SURE},
    {"a;b;c\n1,5;2,5;3\n4;5;6\n", 1, ';', CSV_SNIFF_SURE},
    {"a\tb\n1,2\t3\n", 1, '\t', CSV_SNIFF_SURE},
    {"a|b|c\n1|x,y|2\n", 1, '|', CSV_SNIFF_SURE},
    {"\"x;y\",b\n\"1;2\",c\n", 1, ',', CSV_SNIFF_SURE},
    {"\"a,b\";c\n\"d,e\";f\n", 1, ';', CSV_SNIFF_SURE},
    {"single\ncolumn\n", 1, ',', CSV_SNIFF_ONE_COLUMN},
    {"name;date\n", 1, ';', CSV_SNIFF_SURE},
    {"", 1, ',', CSV_SNIFF_ONE_COLUMN},
    /* the header decides: lines of a multi-line cell split by ';' do not outvote it */
    {"id,body,date\n1,\"x;y\nx;y\nx;y\nx;y\",22/11/2015\n", 1, ',', CSV_SNIFF_SURE},
    /* the sample ends inside the header's quoted name: read more */
    {"id,\"long name", 0, ',', CSV_SNIFF_SHORT},
    /* the sample ends in the second record's quoted cell: the header alone decides */
    {"id,body,date\n1,\"a;b\na;b\na;b", 0, ',', CSV_SNIFF_SURE},
    /* both split every record in two: a tie when that is the whole input, else read on */
    {"a,b;c\n1;2,3\n", 1, ',', CSV_SNIFF_TIE},
    {"a,b;c\n1;2,3\n", 0, ',', CSV_SNIFF_SHORT},
    /* the header splits both ways, the rows one way */
    {"a,b;c\n1,2\n3,4\n", 1, ',', CSV_SNIFF_SURE},
    /* text after a closing quote: the record does not count for that delimiter */
    {"a;b|c\n1;\"x|y\"z\n2;\"p|q\"r\n", 1, '|', CSV_SNIFF_SURE},
    /* blank lines and CRLF */
    {"a;b\r\n\r\n1;2\r\n", 1, ';', CSV_SNIFF_SURE},
};

START_TEST(sniff)
{
    const sniff_case *c = &sniff_cases[_i];
    csv_sniff s;
    csv_sniff_delimiter(c->sample, strlen(c->sample), c->at_end, &s);
    ck_assert_msg(s.delim == c->want && s.verdict == c->verdict,
                  "sample '%s': got '%c' verdict %d, want '%c' verdict %d", c->sample, s.delim,
                  s.verdict, c->want, c->verdict);
}
END_TEST

/* Issue 13's export: 300 columns, and in the fourth row a quoted cell of about 100 KB with
   commas, semicolons, tabs, pipes, doubled quotes and 1,200 line breaks. A 64 KiB sample
   ends inside that cell; the header and the three rows before it decide. */
START_TEST(sniff_wide)
{
    size_t cap = 256 << 10, n = 0;
    char *b = malloc(cap);
    ck_assert_ptr_nonnull(b);
    n += (size_t)sprintf(b + n, "record_id,title,body");
    for (int i = 4; i <= WIDE_COLS; i++)
        n += (size_t)sprintf(b + n, ",c%d", i);
    for (int r = 1; r <= 4; r++) {
        n += (size_t)sprintf(b + n, "\n%d,t,", r);
        if (r == 4) {
            b[n++] = '"';
            for (int k = 0; k < 1200; k++)
                n += (size_t)sprintf(b + n, "line %d, \"\"q\"\"; a | b\tc, %s %05d\n", k,
                                     "filler text, filler text", k);
            b[n++] = '"';
        } else {
            n += (size_t)sprintf(b + n, "body");
        }
        for (int i = 4; i <= WIDE_COLS; i++)
            n += (size_t)sprintf(b + n, ",v");
    }
    b[n++] = '\n';
    ck_assert_uint_gt(n, 64 << 10);
    csv_sniff s;
    csv_sniff_delimiter(b, 64 << 10, 0, &s);
    ck_assert_int_eq(s.delim, ',');
    ck_assert_int_eq(s.verdict, CSV_SNIFF_SURE);
    ck_assert_uint_eq(s.width, WIDE_COLS);
    ck_assert_uint_eq(s.records, 4);
    ck_assert_uint_eq(s.agree, 4);
    csv_sniff_delimiter(b, n, 1, &s);
    ck_assert_int_eq(s.delim, ',');
    ck_assert_int_eq(s.verdict, CSV_SNIFF_SURE);
    ck_assert_uint_eq(s.records, 5);
    ck_assert_uint_eq(s.agree, 5);
    free(b);
}
END_TEST

/* ---- the --columns list (csv_columns_item) ------------------------------------------------ */

typedef struct {
    const char *list;
    const char *want; /* items as N:name or I:index, '|' between; or E<status> at the end */
} columns_case;

static const columns_case columns_cases[] = {
    {"date", "N:date"},
    {"2,date,10", "I:2|N:date|I:10"},
    {" 2 , date ,", "I:2|N:date"},                         /* blanks, a trailing comma */
    {"\"Date, shipped\",3", "N:Date, shipped|I:3"},
    {"\"a\"\"b\" ,\"3\"", "N:a\"b|N:3"},                   /* a quoted number is a name */
    {"0123456789", "N:0123456789"},                         /* ten digits: a name */
    {"007", "I:7"},
    {"\"\"", "N:"},                                         /* a quoted empty name */
    {"", "E-3"},
    {",", "E-3"},
    {"a,,b", "N:a|E-3"},
    {"\"open", "E-1"},
    {"\"a\"b", "E-2"},
};

START_TEST(columns_list)
{
    const columns_case *c = &columns_cases[_i];
    size_t n = strlen(c->list), i = 0, k = 0, nitems = 0;
    char item[64], got[256] = "";
    long index = 0;
    for (;;) {
        int r = csv_columns_item(c->list, n, &i, nitems++, item, &k, &index);
        size_t at = strlen(got);
        if (r == CSV_COL_END)
            break;
        if (r < 0) {
            snprintf(got + at, sizeof got - at, "%sE%d", at ? "|" : "", r);
            break;
        }
        if (r == CSV_COL_INDEX)
            snprintf(got + at, sizeof got - at, "%sI:%ld", at ? "|" : "", index);
        else
            snprintf(got + at, sizeof got - at, "%sN:%s", at ? "|" : "", item);
    }
    ck_assert_msg(strcmp(got, c->want) == 0, "--columns '%s': got '%s', want '%s'", c->list, got,
                  c->want);
}
END_TEST

/* ---- the writer ------------------------------------------------------------------------ */

START_TEST(writer_fields)
{
    FILE *f = tmpfile();
    csv_writer w;
    ck_assert_int_eq(csv_writer_init(&w, fileno(f), 8), 0);
    ck_assert_int_eq(csv_put_field(&w, "plain", 5, ',', 0), 0);
    ck_assert_int_eq(csv_put(&w, ",", 1), 0);
    ck_assert_int_eq(csv_put_field(&w, "a,b", 3, ',', 0), 0);
    ck_assert_int_eq(csv_put(&w, ",", 1), 0);
    ck_assert_int_eq(csv_put_field(&w, "say \"hi\"", 8, ',', 0), 0);
    ck_assert_int_eq(csv_put(&w, ",", 1), 0);
    ck_assert_int_eq(csv_put_field(&w, "l1\r\nl2", 6, ',', 0), 0);
    ck_assert_int_eq(csv_put(&w, ";", 1), 0);
    ck_assert_int_eq(csv_put_field(&w, "x", 1, ';', 1), 0);
    ck_assert_int_eq(csv_put(&w, "|a,b", 4), 0); /* a comma needs no quotes with ';' */
    ck_assert_int_eq(csv_put_field(&w, "a,b", 3, ';', 0), 0);
    ck_assert_int_eq(csv_flush(&w), 0);
    const char *want = "plain,\"a,b\",\"say \"\"hi\"\"\",\"l1\r\nl2\";\"x\"|a,ba,b";
    char got[128] = {0};
    rewind(f);
    size_t n = fread(got, 1, sizeof got - 1, f);
    ck_assert_uint_eq(n, strlen(want));
    ck_assert_str_eq(got, want);
    ck_assert_uint_eq(w.written, strlen(want));
    csv_writer_free(&w);
    fclose(f);
}
END_TEST

START_TEST(writer_disk_full)
{
    int fd = open("/dev/full", O_WRONLY);
    if (fd < 0)
        return; /* no /dev/full on this system */
    csv_writer w;
    ck_assert_int_eq(csv_writer_init(&w, fd, 16), 0);
    ck_assert_int_eq(csv_put(&w, "0123456789", 10), 0); /* buffered: no error yet */
    ck_assert_int_eq(csv_put(&w, "0123456789", 10), -1);
    ck_assert_int_eq(w.err, ENOSPC);
    ck_assert_int_eq(csv_put(&w, "x", 1), -1); /* and it stays failed */
    ck_assert_int_eq(csv_flush(&w), -1);
    csv_writer_free(&w);
    close(fd);
}
END_TEST

/* ---- inference pieces ------------------------------------------------------------------ */

typedef struct {
    const char *cell;
    unsigned want;
} dm_case;

/* The evidence a cell gives, as the library reads it with the window's parser (no hint, no
   --order): its order and whether the values proved it. No date, no evidence. */
static const dm_case dm_cases[] = {
    {"25/12/2015", CSV_DM_DMY},
    {"12/25/2015", CSV_DM_MDY},
    {"05/06/2015", CSV_DM_DMY | CSV_DM_MDY},
    {"05/05/2015", CSV_DM_DMY | CSV_DM_MDY}, /* either way the same date: no proof */
    {"5.6.15", CSV_DM_DMY | CSV_DM_MDY},
    {"13-01-2016 14:30", CSV_DM_DMY},
    {" 01/13/16", CSV_DM_MDY},
    {"29/02/2016", CSV_DM_DMY},
    {"29/02/16", CSV_DM_DMY},
    {"22 11 2015", CSV_DM_DMY},
    {"29/02/2015", 0}, /* not a leap year: neither reading is a date */
    {"02/29/2015", 0},
    {"29/02/15", 0},   /* 2015 too: the library's pivot gives the two-digit year its century */
    {"31/04/2015", 0},
    {"04/31/2015", 0},
    {"5.15.28", 0},    /* dots are day-first: a version number, no date */
    {"2015-11-22", 0}, /* year first: no day/month evidence */
    {"2015/11/22", 0},
    {"22/11", 0},
    {"22/11/2015/3", 0}, /* a fourth number: a chain, no date */
    {"22/11-2015", CSV_DM_DMY}, /* b22: Danish and Norwegian write a dash before the year */
    {"22-11/2015", 0},   /* other mixed separators */
    {"22/11/201", 0},
    {"22/11/20155", 0},
    {"Nov 22, 2015", 0},
    {"", 0},
};

START_TEST(dm_evidence)
{
    const dm_case *c = &dm_cases[_i];
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d;
    memset(&d, 0, sizeof d);
    int rc = dn_parse(p, c->cell, strlen(c->cell), &ctx, &d);
    ck_assert_int_ge(rc, 0);
    unsigned got = rc == 1 ? csv_dm_of(&d) : 0;
    ck_assert_msg(got == c->want, "'%s': got %u, want %u", c->cell, got, c->want);
    dn_parser_free(p);
}
END_TEST

START_TEST(classifiers)
{
    static const char *const nulls[] = {"NULL", "null", " \\N ", "TBD", "0000-00-00", "k. A.",
                                        "N/A", "-", "\xe2\x80\x94"};
    static const char *const not_nulls[] = {"", "22/11/2015", "Nullarbor", "k.", "TBD soon"};
    for (size_t i = 0; i < sizeof nulls / sizeof nulls[0]; i++)
        ck_assert_msg(csv_is_null_marker(nulls[i], strlen(nulls[i])), "'%s'", nulls[i]);
    for (size_t i = 0; i < sizeof not_nulls / sizeof not_nulls[0]; i++)
        ck_assert_msg(!csv_is_null_marker(not_nulls[i], strlen(not_nulls[i])), "'%s'",
                      not_nulls[i]);

    static const char *const numbers[] = {"42", "19.99", "-3,5", "+7", " 1448150400 "};
    static const char *const not_numbers[] = {"", "1.2.3", "12.05.2015", "1,234.5", "12.", "3 days",
                                              "-", "2015-11"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
        ck_assert_msg(csv_is_plain_number(numbers[i], strlen(numbers[i])), "'%s'", numbers[i]);
    for (size_t i = 0; i < sizeof not_numbers / sizeof not_numbers[0]; i++)
        ck_assert_msg(!csv_is_plain_number(not_numbers[i], strlen(not_numbers[i])), "'%s'",
                      not_numbers[i]);
}
END_TEST

/* Every null marker of cli/csvnull.def is recognized padded and in upper case, and the
   README's "Cells that are kept" lists it as `code` (ignoring case): the list users rely on
   is the list the program uses. */
START_TEST(null_markers_documented)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/../../README.md", dn_test_data_dir());
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    static char readme[1 << 20];
    size_t n = fread(readme, 1, sizeof readme - 1, f);
    fclose(f);
    readme[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if (readme[i] >= 'A' && readme[i] <= 'Z')
            readme[i] = (char)(readme[i] - 'A' + 'a');
    char *from = strstr(readme, "**cells that are kept.**");
    ck_assert_msg(from != NULL, "README.md has no \"Cells that are kept\" paragraph");
    char *to = strstr(from, "**summary.**");
    ck_assert_msg(to != NULL, "README.md: no \"Summary\" after \"Cells that are kept\"");
    *to = '\0';
    size_t count = 0;
    for (const char *m; (m = csv_null_marker(count)) != NULL; count++) {
        char want[64], padded[64];
        size_t k = strlen(m);
        ck_assert_uint_lt(k + 2, sizeof want);
        want[0] = '`';
        for (size_t j = 0; j < k; j++)
            want[j + 1] = m[j] >= 'A' && m[j] <= 'Z' ? (char)(m[j] - 'A' + 'a') : m[j];
        want[k + 1] = '`';
        want[k + 2] = '\0';
        ck_assert_msg(strstr(from, want) != NULL, "README.md does not list the null marker %s",
                      want);
        snprintf(padded, sizeof padded, " \t%s ", m);
        for (char *c = padded; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
        ck_assert_msg(csv_is_null_marker(padded, strlen(padded)), "'%s'", padded);
    }
    ck_assert_uint_eq(count, 31);
}
END_TEST

START_TEST(order_decision)
{
    int how = -1;
    ck_assert_int_eq(csv_decide_order(1, 0, 500, DN_ORDER_MDY, &how), DN_ORDER_DMY);
    ck_assert_int_eq(how, CSV_ORDER_PROVED);
    ck_assert_int_eq(csv_decide_order(0, 3, 0, DN_ORDER_DMY, &how), DN_ORDER_MDY);
    ck_assert_int_eq(how, CSV_ORDER_PROVED);
    ck_assert_int_eq(csv_decide_order(0, 0, 900, DN_ORDER_MDY, &how), DN_ORDER_MDY);
    ck_assert_int_eq(how, CSV_ORDER_UNSETTLED);
    ck_assert_int_eq(csv_decide_order(0, 0, 0, DN_ORDER_AUTO, &how), DN_ORDER_AUTO);
    ck_assert_int_eq(how, CSV_ORDER_NA);
    ck_assert_int_eq(csv_decide_order(10, 2, 5, DN_ORDER_MDY, &how), DN_ORDER_DMY);
    ck_assert_int_eq(how, CSV_ORDER_CONFLICT);
    ck_assert_int_eq(csv_decide_order(4, 4, 0, DN_ORDER_MDY, &how), DN_ORDER_MDY);
    ck_assert_int_eq(how, CSV_ORDER_CONFLICT);
}
END_TEST

/* ---- whole runs ------------------------------------------------------------------------ */

/* Runs dn_cli_csv over in (as a file) with the extra arguments, standard output captured.
   Returns the exit status; the output goes to *out (malloc'ed, NUL-terminated). */
static int run_csv(const char *in, size_t len, const char *const *args, size_t nargs, char **out)
{
    char path[] = "/tmp/check-csv-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, in, len), (ssize_t)len);
    close(fd);
    FILE *cap = tmpfile();
    int saved = dup(STDOUT_FILENO), saved_err = dup(STDERR_FILENO);
    int devnull = open("/dev/null", O_WRONLY);
    fflush(stdout);
    dup2(fileno(cap), STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    char *argv[16];
    int argc = 0;
    argv[argc++] = (char *)"csv";
    argv[argc++] = (char *)"--now";
    argv[argc++] = (char *)"2026-11-26T12:00:00Z";
    for (size_t i = 0; i < nargs; i++)
        argv[argc++] = (char *)args[i];
    argv[argc++] = path;
    argv[argc] = NULL;
    int status = dn_cli_csv(argc, argv);
    dup2(saved, STDOUT_FILENO);
    dup2(saved_err, STDERR_FILENO);
    close(saved);
    close(saved_err);
    close(devnull);
    unlink(path);
    long n = ftell(cap);
    rewind(cap);
    *out = calloc(1, (size_t)n + 1);
    ck_assert_uint_eq(fread(*out, 1, (size_t)n, cap), (size_t)n);
    fclose(cap);
    return status;
}

START_TEST(run_orders_per_column)
{
    /* The proof sits in the last row; the two columns go different ways. */
    const char *in = "eu;us;n\n01/02/2015;01/02/2015;1\n03/04/2015;03/04/2015;2\n"
                     "13/01/2016;01/13/2016;3\n";
    char *out;
    ck_assert_int_eq(run_csv(in, strlen(in), NULL, 0, &out), 0);
    ck_assert_str_eq(out, "eu;us;n\n2015-02-01;2015-01-02;1\n2015-04-03;2015-03-04;2\n"
                          "2016-01-13;2016-01-13;3\n");
    free(out);

    /* --order only decides what the evidence leaves open. */
    const char *args[] = {"--order", "MDY"};
    ck_assert_int_eq(run_csv(in, strlen(in), args, 2, &out), 0);
    ck_assert_str_eq(out, "eu;us;n\n2015-02-01;2015-01-02;1\n2015-04-03;2015-03-04;2\n"
                          "2016-01-13;2016-01-13;3\n");
    free(out);
    const char *amb = "d\n01/02/2015\n03/04/2015\n";
    ck_assert_int_eq(run_csv(amb, strlen(amb), args, 2, &out), 0);
    ck_assert_str_eq(out, "d\n2015-01-02\n2015-03-04\n");
    free(out);
    /* Nothing decides: as line mode reads one such date alone (issue 13: slashes
       month-first, dots day-first) */
    ck_assert_int_eq(run_csv(amb, strlen(amb), NULL, 0, &out), 0);
    ck_assert_str_eq(out, "d\n2015-01-02\n2015-03-04\n");
    free(out);
    const char *dots = "d\n01.02.2015\n03.04.2015\n";
    ck_assert_int_eq(run_csv(dots, strlen(dots), NULL, 0, &out), 0);
    ck_assert_str_eq(out, "d\n2015-02-01\n2015-04-03\n");
    free(out);
}
END_TEST

START_TEST(run_second_pass)
{
    /* 3000 ambiguous rows, then one month-first proof: the window (1000 rows) cannot see
       it, so the file is read twice and every row is month-first. */
    size_t cap = 3100 * 24, n = 0;
    char *in = malloc(cap);
    n += (size_t)sprintf(in + n, "when,k\n");
    for (int i = 0; i < 3000; i++)
        n += (size_t)sprintf(in + n, "%02d/%02d/2015,%d\n", i % 12 + 1, i % 10 + 1, i);
    n += (size_t)sprintf(in + n, "12/31/2015,last\n");
    char *out;
    ck_assert_int_eq(run_csv(in, n, NULL, 0, &out), 0);
    ck_assert_msg(strncmp(out, "when,k\n2015-01-01,0\n2015-02-02,1\n", 33) == 0, "%.60s", out);
    ck_assert_ptr_nonnull(strstr(out, "\n2015-11-01,2950\n")); /* 11/01, not 1 November */
    ck_assert_ptr_nonnull(strstr(out, "\n2015-12-31,last\n"));
    free(out);
    free(in);
}
END_TEST

START_TEST(run_unknown_column)
{
    const char *in = "a,b\n1,2\n";
    const char *args[] = {"--columns", "a,c"};
    char *out;
    run_csv(in, strlen(in), args, 2, &out); /* exits with 2 */
    free(out);
}
END_TEST

Suite *csv_suite(void)
{
    Suite *s = suite_create("csv");
    TCase *tc = tcase_create("reader");
    tcase_add_loop_test(tc, reader_cases, 0, sizeof read_cases / sizeof read_cases[0]);
    tcase_add_test(tc, reader_lines_and_offsets);
    tcase_add_test(tc, reader_megabyte_field);
    tcase_add_test(tc, reader_mark_rewind);
    tcase_add_loop_test(tc, sniff, 0, sizeof sniff_cases / sizeof sniff_cases[0]);
    tcase_add_test(tc, sniff_wide);
    tcase_add_loop_test(tc, columns_list, 0, sizeof columns_cases / sizeof columns_cases[0]);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);

    tc = tcase_create("writer");
    tcase_add_test(tc, writer_fields);
    tcase_add_test(tc, writer_disk_full);
    suite_add_tcase(s, tc);

    tc = tcase_create("inference");
    tcase_add_loop_test(tc, dm_evidence, 0, sizeof dm_cases / sizeof dm_cases[0]);
    tcase_add_test(tc, classifiers);
    tcase_add_test(tc, null_markers_documented);
    tcase_add_test(tc, order_decision);
    tcase_add_test(tc, run_orders_per_column);
    tcase_add_test(tc, run_second_pass);
    tcase_add_exit_test(tc, run_unknown_column, 2);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);
    return s;
}
