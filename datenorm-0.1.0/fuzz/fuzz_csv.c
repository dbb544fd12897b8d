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
 * Not covered: column inference and date conversion (cli/csv.c; fuzz_parse covers the
 * library underneath). Built only with ./configure --enable-fuzzing CC=clang.
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csvread.h"

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static const char delims[] = {',', ';', '\t', '|'};
    const char *csv = (const char *)data + 3;
    size_t n = size - 3;
    char delim = data[0] % 5 == 4 ? csv_sniff_delimiter(csv, n) : delims[data[0] % 5];
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
