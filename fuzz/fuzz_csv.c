/*
 * fuzz_csv: a libFuzzer target for the CSV reader and writer of `datenorm csv`
 * (cli/csvread.c) over arbitrary bytes.
 *
 * Input: byte 0 picks the delimiter (, ; TAB | or the sniffed one), byte 1 the largest
 * read(2) the reader may make (1..255 bytes, 0 = unlimited, so that records straddle every
 * buffer boundary), byte 2 whether the first records are read twice through a mark and
 * csv_rewind; the rest is the file, served from an in-memory file (memfd).
 * Beyond "no crash" it checks the byte-exact rule the CSV mode is built on:
 *   - records tile the input: each starts where the previous ended, and the raw bytes of
 *     all records, written back through csv_put, are the input exactly;
 *   - inside a record, fields tile [start, term) with one delimiter between two fields;
 *   - csv_field_view and csv_field_content agree, and a field's content written with
 *     csv_put_field and read back is the same content (the writer's quoting is sound);
 *   - a rewind to a mark reads the same records again.
 * With the sniffed delimiter (byte 0 % 5 == 4), also `datenorm csv`'s inference and
 * conversion with detection on (cli/csvinfer.c, csvlocale.c, csvconv.c: which columns hold
 * dates, their order and locale, a second pass when the window leaves the order open, the
 * caches), as dn_cli_csv runs them, byte 2's bits 3-4 choosing --order; it checks that the
 * output has the input's records and fields, every field of a column that is not a date
 * column byte for byte, and every field of a date column either as it was or an ISO value
 * (in the quotes it had). Built only with ./configure --enable-fuzzing CC=clang.
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csvread.h"
#include "csvrun.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_csv: broken promise: %s\n", what);
        abort();
    }
}

/* An in-memory file holding p[0..n), positioned at its start. */
static int mem_file(const void *p, size_t n)
{
    int fd = memfd_create("fuzz_csv", 0);
    if (fd < 0)
        return -1;
    const char *c = p;
    while (n > 0) {
        ssize_t k = write(fd, c, n);
        if (k <= 0) {
            close(fd);
            return -1;
        }
        c += k, n -= (size_t)k;
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* Reads the whole of fd from its start into a malloc'ed buffer. */
static char *slurp(int fd, size_t *n)
{
    off_t end = lseek(fd, 0, SEEK_END);
    check(end >= 0, "lseek on a memfd");
    char *b = malloc((size_t)end + 1);
    check(b != NULL, "malloc");
    check(pread(fd, b, (size_t)end, 0) == end, "pread on a memfd");
    *n = (size_t)end;
    return b;
}

/* The field contents of one record, written with csv_put_field and read back, are the
   same contents. */
static void check_field_roundtrip(const csv_record *rec, char delim, int force)
{
    size_t total = 0;
    for (size_t i = 0; i < rec->nfields; i++)
        total += rec->fields[i].end - rec->fields[i].start;
    char *content = malloc(total + 1);
    size_t *clen = malloc(rec->nfields * sizeof *clen);
    check(content && clen, "malloc");
    size_t off = 0;
    for (size_t i = 0; i < rec->nfields; i++) {
        clen[i] = csv_field_content(rec, i, content + off, total - off);
        const char *v;
        size_t vn;
        if (csv_field_view(rec, i, &v, &vn))
            check(vn == clen[i] && memcmp(v, content + off, vn) == 0,
                  "csv_field_view agrees with csv_field_content");
        off += clen[i];
    }
    /* a BOM at the start of the first field is skipped by a reader: not comparable */
    if (clen[0] >= 3 && memcmp(content, "\xEF\xBB\xBF", 3) == 0)
        goto out;

    int fd = memfd_create("fuzz_csv_out", 0);
    check(fd >= 0, "memfd_create");
    csv_writer w;
    check(csv_writer_init(&w, fd, 64) == 0, "csv_writer_init");
    off = 0;
    for (size_t i = 0; i < rec->nfields; i++) {
        if (i > 0)
            check(csv_put(&w, &delim, 1) == 0, "csv_put");
        check(csv_put_field(&w, content + off, clen[i], delim, force) == 0, "csv_put_field");
        off += clen[i];
    }
    check(csv_put(&w, "\n", 1) == 0 && csv_flush(&w) == 0, "csv_flush");
    csv_writer_free(&w);
    lseek(fd, 0, SEEK_SET);

    csv_reader *r = csv_reader_new(fd, delim);
    check(r != NULL, "csv_reader_new");
    csv_record back;
    check(csv_next(r, &back) == 1, "the written record reads back");
    check(back.status == CSV_REC_OK, "the written record is well-formed");
    check(back.nfields == rec->nfields, "the written record has as many fields");
    off = 0;
    char *tmp = malloc(clen[0] + total + 1);
    check(tmp != NULL, "malloc");
    for (size_t i = 0; i < back.nfields; i++) {
        size_t n = csv_field_content(&back, i, tmp, total + 1);
        check(n == clen[i] && memcmp(tmp, content + off, n) == 0,
              "csv_put_field then csv_next gives the same content");
        off += clen[i];
    }
    csv_record none;
    check(csv_next(r, &none) == 0, "nothing after the written record");
    free(tmp);
    csv_reader_free(r);
    close(fd);
out:
    free(content);
    free(clen);
}

/* The record's fields tile [start, term), one delimiter between two fields. */
static void check_record(const csv_record *rec, char delim)
{
    check(rec->start <= rec->term && rec->term <= rec->end, "start <= term <= end");
    check(rec->nfields >= 1, "a record has a field");
    size_t first = rec->start;
    if (rec->offset == 0 && rec->fields[0].start == rec->start + 3)
        first += 3; /* the BOM */
    check(rec->fields[0].start == first, "the first field starts the record");
    for (size_t i = 0; i < rec->nfields; i++) {
        const csv_field *f = &rec->fields[i];
        check(f->start <= f->end, "field start <= end");
        if (i + 1 < rec->nfields) {
            check(f->end + 1 == rec->fields[i + 1].start, "one byte between two fields");
            check(rec->buf[f->end] == delim, "the byte between two fields is the delimiter");
        }
        if (f->flags & CSV_F_QUOTED)
            check(rec->buf[f->start] == '"', "a quoted field starts with a quote");
    }
    check(rec->fields[rec->nfields - 1].end == rec->term, "the last field ends at term");
    for (size_t k = rec->term; k < rec->end; k++)
        check(rec->buf[k] == '\n' || rec->buf[k] == '\r', "the line ending is CR or LF");
}

/* Bytes an ISO value is written with (dn_format). */
static int iso_byte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == ':' || c == 'T' || c == '.' || c == '+' ||
           c == 'Z' || c == 'W';
}

/* A field of a date column after conversion: as it was, or an ISO value in its quotes. */
static int converted_ok(const csv_record *in, const csv_record *out, size_t i)
{
    const csv_field *a = &in->fields[i], *b = &out->fields[i];
    size_t an = a->end - a->start, bn = b->end - b->start;
    const char *ap = in->buf + a->start, *bp = out->buf + b->start;
    if (an == bn && memcmp(ap, bp, an) == 0)
        return 1;
    int quoted = (a->flags & CSV_F_QUOTED) && !(a->flags & CSV_F_MALFORMED);
    if (quoted) {
        if (bn < 2 || bp[0] != '"' || bp[bn - 1] != '"')
            return 0;
        bp++, bn -= 2;
    }
    if (bn < 4)
        return 0;
    for (size_t k = 0; k < bn; k++)
        if (!iso_byte(bp[k]))
            return 0;
    return 1;
}

/* dn_cli_csv's steps, detection on, over the input in a memfd (a regular file, so that a
   window that leaves the order open is followed by a second pass), into another memfd. */
static void infer_and_convert(const char *csv, size_t n, char delim, size_t chunk, int order)
{
    run *R = calloc(1, sizeof *R);
    check(R != NULL, "calloc");
    R->fd = mem_file(csv, n);
    check(R->fd >= 0, "memfd");
    R->in_name = "fuzz input";
    R->start_off = 0;
    R->delim = delim;
    R->order = (dn_order)order;
    R->style = DN_STYLE_AUTO;
    R->on_error = ON_ERROR_KEEP;
    R->cache_slots = 16;
    check(dn_context_from_unix(&R->ctx, 1795694400, "UTC", NULL) == 0, "context");
    dn_options base = {0};
    base.order = R->order;
    check(dn_parser_new(&base, &R->base, NULL) == 0, "dn_parser_new");
    R->rd = csv_reader_new(R->fd, delim);
    check(R->rd != NULL, "csv_reader_new");
    csv_reader_set_chunk(R->rd, chunk);
    int out = memfd_create("fuzz_csv_conv", 0);
    check(out >= 0 && csv_writer_init(&R->out, out, 4096) == 0, "writer");

    csv_mark(R->rd);
    csv_record rec;
    bool ended = true;
    if (next_record(R, &rec)) { /* the header */
        evidence *evs = NULL;
        size_t nev = 0;
        ended = csvi_read_window(R, &evs, &nev, true);
        for (size_t i = 0; i < nev; i++) {
            if (csvi_is_date_column(&evs[i])) {
                column *nc = realloc(R->cols, (R->ncols + 1) * sizeof *nc);
                check(nc != NULL, "realloc");
                R->cols = nc;
                memset(&nc[R->ncols], 0, sizeof *nc);
                nc[R->ncols].index = i;
                nc[R->ncols].ev = evs[i];
                evs[i].named = NULL;
                R->ncols++;
            }
            csvi_free_evidence(&evs[i]);
        }
        free(evs);
    }
    csvi_settle(R, ended);
    csvi_convert_all(R);

    /* the output against the input, record by record */
    lseek(out, 0, SEEK_SET);
    int in2 = mem_file(csv, n);
    check(in2 >= 0, "memfd");
    csv_reader *ri = csv_reader_new(in2, delim), *ro = csv_reader_new(out, delim);
    check(ri && ro, "csv_reader_new");
    csv_record a, b;
    int ga, gb;
    while ((ga = csv_next(ri, &a)) == 1) {
        gb = csv_next(ro, &b);
        check(gb == 1, "the output has the input's records");
        check(a.nfields == b.nfields, "a record keeps its fields");
        check(a.status == b.status, "a record keeps its status");
        size_t k = 0;
        for (size_t i = 0; i < a.nfields; i++) {
            while (k < R->ncols && R->cols[k].index < i)
                k++;
            bool date_col = k < R->ncols && R->cols[k].index == i && a.index > 0 &&
                            a.status == CSV_REC_OK;
            if (date_col)
                check(converted_ok(&a, &b, i), "a date column's cell is kept or made ISO");
            else
                check(a.fields[i].end - a.fields[i].start == b.fields[i].end - b.fields[i].start &&
                          memcmp(a.buf + a.fields[i].start, b.buf + b.fields[i].start,
                                 a.fields[i].end - a.fields[i].start) == 0,
                      "a cell of another column is copied byte for byte");
        }
        check(a.end - a.term == b.end - b.term &&
                  memcmp(a.buf + a.term, b.buf + b.term, a.end - a.term) == 0,
              "a line ending is copied");
    }
    check(ga == 0 && csv_next(ro, &b) == 0, "the output has no record more");
    csv_reader_free(ri);
    csv_reader_free(ro);
    close(in2);

    for (size_t k = 0; k < R->nparsers; k++)
        dn_parser_free(R->parsers[k]);
    free(R->parsers);
    for (size_t k = 0; k < R->ncols; k++)
        free(R->cols[k].cache_mem);
    free(R->cols);
    dn_parser_free(R->base);
    csvi_locale_done();
    csv_reader_free(R->rd);
    csv_writer_free(&R->out);
    close(R->fd);
    close(out);
    free(R);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static const char delims[] = {',', ';', '\t', '|'};
    const char *csv = (const char *)data + 3;
    size_t n = size - 3;
    char delim = delims[data[0] % 5 % 4];
    if (data[0] % 5 == 4) {
        /* the sniffer on the whole input, and on a head of it (byte 1 picks where it ends) */
        csv_sniff sn, head;
        csv_sniff_delimiter(csv, n, 1, &sn);
        check(sn.verdict != CSV_SNIFF_SHORT, "a whole input is never too short to decide");
        check(sn.agree <= sn.records, "agreeing records are records");
        csv_sniff_delimiter(csv, n * data[1] / 256, 0, &head);
        check(head.agree <= head.records, "agreeing records are records (head)");
        check(head.verdict != CSV_SNIFF_TIE, "a head is never a tie, only too short");
        delim = sn.delim;
        static const int orders[] = {DN_ORDER_AUTO, DN_ORDER_DMY, DN_ORDER_MDY, DN_ORDER_YMD};
        infer_and_convert((const char *)data + 3, size - 3, delim, data[1],
                          orders[(data[2] >> 3) & 3]);
    }
    check(delim == ',' || delim == ';' || delim == '\t' || delim == '|',
          "csv_sniff_delimiter answers one of , ; TAB |");
    size_t chunk = data[1];
    unsigned rewind_records = data[2] & 7;
    int force = data[2] >> 7;

    int in = mem_file(csv, n);
    int out = memfd_create("fuzz_csv_copy", 0);
    if (in < 0 || out < 0)
        abort();
    csv_reader *r = csv_reader_new(in, delim);
    check(r != NULL, "csv_reader_new");
    csv_reader_set_chunk(r, chunk);
    csv_writer w;
    check(csv_writer_init(&w, out, 1 + data[1] % 97) == 0, "csv_writer_init");

    /* read the first few records twice: once after csv_mark, once after csv_rewind */
    if (rewind_records) {
        char *firstpass = NULL;
        size_t flen = 0;
        csv_mark(r);
        csv_record rec;
        for (unsigned k = 0; k < rewind_records && csv_next(r, &rec) == 1; k++) {
            size_t m = rec.end - rec.start;
            firstpass = realloc(firstpass, flen + m + 1);
            check(firstpass != NULL, "realloc");
            memcpy(firstpass + flen, rec.buf + rec.start, m);
            flen += m;
        }
        check(csv_marked_bytes(r) == flen, "csv_marked_bytes counts the bytes read");
        csv_rewind(r);
        size_t again = 0;
        for (unsigned k = 0; k < rewind_records && again < flen && csv_next(r, &rec) == 1; k++) {
            size_t m = rec.end - rec.start;
            check(again + m <= flen && memcmp(firstpass + again, rec.buf + rec.start, m) == 0,
                  "a rewind reads the same records");
            again += m;
        }
        check(again == flen, "a rewind reads as many bytes");
        free(firstpass);
        csv_unmark(r);
        /* start over for the tiling check below */
        lseek(in, 0, SEEK_SET);
        csv_reader_restart(r);
    }

    csv_record rec;
    uint64_t expect_off = 0, index = 0;
    int got;
    while ((got = csv_next(r, &rec)) == 1) {
        check(rec.offset == expect_off, "records tile the input");
        check(rec.index == index, "record index counts records");
        check_record(&rec, delim);
        if (index < 4)
            check_field_roundtrip(&rec, delim, force);
        if (rec.status == CSV_REC_UNTERMINATED)
            check(rec.end == rec.term && rec.offset + (rec.end - rec.start) == n,
                  "an unterminated quote ends the input");
        check(csv_put(&w, rec.buf + rec.start, rec.end - rec.start) == 0, "csv_put");
        expect_off += rec.end - rec.start;
        index++;
    }
    check(got == 0, "csv_next ends with 0 on a memfd");
    check(expect_off == n, "the records cover the whole input");
    check(csv_flush(&w) == 0, "csv_flush");
    check(w.written == n, "the writer counts what it wrote");
    size_t cn;
    char *copy = slurp(out, &cn);
    check(cn == n && memcmp(copy, csv, n) == 0, "the records' bytes are the input exactly");
    free(copy);
    csv_writer_free(&w);
    csv_reader_free(r);
    close(in);
    close(out);
    return 0;
}
