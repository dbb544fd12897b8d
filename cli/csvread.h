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
 * (csv_sniff_delimiter() chooses one from whole records at the head of the input). Memory is bounded by the longest record
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

/* What csv_sniff_delimiter() concluded from a sample. */
enum {
    CSV_SNIFF_SURE = 0,   /* delim splits the first record, and fits the records best */
    CSV_SNIFF_ONE_COLUMN, /* no candidate occurs in the first record outside quotes: one
                             column (delim ','); nothing to choose between */
    CSV_SNIFF_SHORT,      /* the sample ends before it decides (the first record, or the
                             records that would part two candidates, are not all in it):
                             read more; delim is the best guess so far */
    CSV_SNIFF_TIE         /* the whole input is in the sample, and two candidates fit it
                             equally well (delim and other) */
};
typedef struct {
    char delim;      /* the choice, or the best guess */
    char other;      /* SHORT or TIE: the rival that fits as well, 0 if none */
    int verdict;     /* CSV_SNIFF_* */
    size_t records;  /* complete records in the sample, split by delim */
    size_t agree;    /* of those, how many have as many fields as the first */
    size_t width;    /* fields of the first record split by delim */
} csv_sniff;

/* Guesses the delimiter among , ; TAB | from the sample s[0..n), the head of the input
   (at_end: the whole input). Records are read as the reader reads them, whole and with
   quotes respected (a quote opens a field only at its start, so a delimiter or line break
   inside a quoted cell of any size splits nothing). A candidate must split the first record
   (the header) into two fields or more; among those, the one under which the most complete
   records have the header's number of fields wins. A record the sample cuts short, and a
   record with text after a closing quote, does not count. */
void csv_sniff_delimiter(const char *s, size_t n, int at_end, csv_sniff *out);

/* ---- the --columns list -------------------------------------------------------------- */
/* What csv_columns_item() read. */
enum {
    CSV_COL_END = 0,       /* no more items (a trailing comma after an item is allowed) */
    CSV_COL_NAME = 1,      /* a name: item[0..*k), NUL-terminated */
    CSV_COL_INDEX = 2,     /* an unquoted number of 1 to 9 digits: *index (0 is possible) */
    CSV_COL_UNTERMINATED = -1, /* a quote never closed */
    CSV_COL_AFTER_QUOTE = -2,  /* text after a closing quote */
    CSV_COL_EMPTY = -3         /* an empty item (",," or a list that is empty) */
};
/* Reads the next item of a --columns list s[0..n), one line of CSV: names, quoted names
   ("Date, shipped", "" a quote) and 1-based indices, blanks around items dropped. *i starts
   at 0; item holds n + 1 bytes; nitems is how many items were read before. */
int csv_columns_item(const char *s, size_t n, size_t *i, size_t nitems, char *item, size_t *k,
                     long *index);

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
