/*
 * csvread: a streaming RFC 4180 reader that hands back the raw byte span of every field,
 * and a buffered writer. Used by `datenorm csv`, which must write every byte it does not
 * convert exactly as it came; libcsv and friends return unescaped field values only, so
 * the byte-exact rule needs a reader of our own.
 *
 * The reader is lenient, as CSV in the wild demands: a field that begins with '"' is quoted
 * ("" inside is one quote; delimiters, CR and LF inside are data); a quote anywhere else is
 * an ordinary byte; text after a closing quote ("ab"cd) makes the field MALFORMED but is
 * kept in it. A record ends at LF, CRLF or a lone CR outside quotes, or at the end of the
 * input with or without a final line ending. A blank line is a record of one empty field.
 * A UTF-8 BOM is skipped by the first field (it stays in the record's bytes).
 *
 * It does not decode, unescape or interpret anything, and does not detect the delimiter
 * (csv_sniff_delimiter() guesses one from a sample). Memory is bounded by the longest record
 * plus, while a mark is set, the bytes read since the mark.
 */
#ifndef DATENORM_CSVREAD_H
#define DATENORM_CSVREAD_H

#include <stddef.h>
#include <stdint.h>

/* field flags */
#define CSV_F_QUOTED    0x1u /* began with a quote: the raw span includes the quotes */
#define CSV_F_ESCAPED   0x2u /* holds doubled quotes: the content needs unescaping */
#define CSV_F_MALFORMED 0x4u /* bytes after the closing quote, or no closing quote */

typedef struct {
    size_t start, end; /* raw bytes in the record's buffer, quotes included, end exclusive */
    unsigned flags;    /* CSV_F_* */
} csv_field;

/* record status */
enum {
    CSV_REC_OK = 0,
    CSV_REC_UNTERMINATED = 1 /* the input ended inside a quoted field */
};

typedef struct {
    const char *buf;    /* the spans below index this; valid until the next reader call */
    size_t start;       /* first byte of the record (including a BOM on the first record) */
    size_t term;        /* end of the last field = start of the line ending */
    size_t end;         /* end of the line ending (== term on a last line without one) */
    csv_field *fields;  /* nfields >= 1 */
    size_t nfields;
    uint64_t line;      /* 1-based line where the record starts */
    uint64_t index;     /* 0-based record number */
    uint64_t offset;    /* byte offset of start in the whole input */
    int status;         /* CSV_REC_* */
    int blank;          /* a line with no bytes before its line ending */
    uint64_t open_line; /* UNTERMINATED: line where the unclosed quote opened */
    size_t open_field;  /* UNTERMINATED: 0-based field that holds it */
} csv_record;

typedef struct csv_reader csv_reader;

/* Reads from fd (not closed by the reader). Returns NULL when out of memory. */
csv_reader *csv_reader_new(int fd, char delim);
void csv_reader_free(csv_reader *r);
void csv_reader_set_delim(csv_reader *r, char delim);
/* Largest read(2) the reader makes; tests set it to a few bytes to hit every boundary. */
void csv_reader_set_chunk(csv_reader *r, size_t chunk);

/* Reads until at least want bytes after the current position are buffered or the input
   ends, and points *p at them. Returns the count available (< want only at the end), or -1
   on a read error (errno set). Nothing is consumed. */
long csv_reader_peek(csv_reader *r, size_t want, const char **p);

/* Reads the next record. Returns 1 and fills *rec, 0 at the end of the input, -1 on a read
   error (errno set) or when out of memory (errno ENOMEM). */
int csv_next(csv_reader *r, csv_record *rec);

/* Marks the current position: bytes from here on are kept in memory until csv_unmark(),
   so that csv_rewind() can read them again. */
void csv_mark(csv_reader *r);
void csv_rewind(csv_reader *r); /* back to the mark; the mark stays set */
void csv_unmark(csv_reader *r);
/* Bytes read since the mark (0 without one). */
size_t csv_marked_bytes(const csv_reader *r);
/* Starts over after the caller repositioned fd (lseek to 0 for a second pass). */
void csv_reader_restart(csv_reader *r);
/* 1 once read(2) has returned 0. */
int csv_reader_at_eof(const csv_reader *r);

/* Copies the content of a field (quotes removed, doubled quotes made single) into
   out[0..cap) and returns its length; a longer content is cut at cap. A MALFORMED quoted
   field is copied raw, without unescaping. */
size_t csv_field_content(const csv_record *rec, size_t i, char *out, size_t cap);
/* Points at a field's content without copying when that is possible (no doubled quotes):
   returns 1 and sets *p, *n; returns 0 when the field needs csv_field_content(). */
int csv_field_view(const csv_record *rec, size_t i, const char **p, size_t *n);

/* Guesses the delimiter among , ; TAB | from a sample of whole lines: the one that splits
   the most lines into the same number (>1) of fields, quotes respected. ',' when none does. */
char csv_sniff_delimiter(const char *s, size_t n);

/* ---- writer: a buffered write(2) to a descriptor ----------------------------------- */
typedef struct {
    int fd;
    char *buf;
    size_t len, cap;
    int err;           /* errno of the first failed write, 0 while all is well */
    uint64_t written;  /* bytes handed to write(2) successfully */
} csv_writer;

int csv_writer_init(csv_writer *w, int fd, size_t cap); /* 0, or -1 when out of memory */
void csv_writer_free(csv_writer *w);
/* Returns 0, or -1 once a write has failed (w->err set); later calls do nothing. */
int csv_put(csv_writer *w, const void *p, size_t n);
int csv_flush(csv_writer *w);
/* Writes s as one field: as it is when it needs no quotes, else quoted with doubled
   quotes (force_quotes quotes it anyway). */
int csv_put_field(csv_writer *w, const char *s, size_t n, char delim, int force_quotes);

#endif
