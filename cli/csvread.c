/*
 * csvread.c: the streaming CSV reader and the buffered writer declared in csvread.h.
 *
 * The reader is a resumable state machine over one growing buffer: when a record runs past
 * the bytes read so far, it keeps its state (field offsets are relative to the record's
 * start), moves the unfinished record to the front of the buffer, reads more and carries
 * on, so a field of megabytes arriving through a pipe in 64 KiB pieces is scanned once.
 * It never interprets a field; it only finds where each one starts and ends.
 */
#include "csvread.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INITIAL_CAP (1u << 20)
#define MIN_FREE (64u << 10) /* compact or grow before reading into less than this */

enum { S_FSTART, S_UNQ, S_Q, S_QQ, S_CR };

struct csv_reader {
    int fd;
    char delim;
    unsigned char stop[256]; /* bytes that end an unquoted field: delim, CR, LF */
    size_t chunk; /* largest read(2); SIZE_MAX = as much as fits */
    char *buf;
    size_t len, cap;
    size_t pos;        /* start of the record being read */
    uint64_t base_off; /* input offset of buf[0] */
    int eof;
    uint64_t line, index; /* of the record at pos */

    int marked;
    size_t mark;
    uint64_t mark_line, mark_index;

    /* the record in progress; offsets relative to pos, so compaction leaves them valid */
    int busy;
    int st;
    size_t scan, fstart;
    unsigned fflags;
    uint64_t lines; /* line breaks inside quoted fields so far */
    uint64_t open_line;
    size_t open_field;
    csv_field *fields;
    size_t nf, fcap;
};

csv_reader *csv_reader_new(int fd, char delim)
{
    csv_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->fd = fd;
    csv_reader_set_delim(r, delim ? delim : ',');
    r->chunk = SIZE_MAX;
    r->cap = INITIAL_CAP;
    r->buf = malloc(r->cap);
    r->fcap = 64;
    r->fields = malloc(r->fcap * sizeof *r->fields);
    if (!r->buf || !r->fields) {
        csv_reader_free(r);
        return NULL;
    }
    r->line = 1;
    return r;
}

void csv_reader_free(csv_reader *r)
{
    if (!r)
        return;
    free(r->buf);
    free(r->fields);
    free(r);
}

void csv_reader_set_delim(csv_reader *r, char delim)
{
    r->delim = delim;
    memset(r->stop, 0, sizeof r->stop);
    r->stop[(unsigned char)delim] = r->stop['\n'] = r->stop['\r'] = 1;
}
void csv_reader_set_chunk(csv_reader *r, size_t chunk) { r->chunk = chunk ? chunk : SIZE_MAX; }
int csv_reader_at_eof(const csv_reader *r) { return r->eof; }

/* Makes room and reads once. Returns 0, or -1 with errno set. */
static int fill(csv_reader *r)
{
    if (r->cap - r->len < MIN_FREE) {
        /* Everything before the mark (or before the unfinished record) is done with. */
        size_t keep = r->marked ? r->mark : r->pos;
        if (keep > 0) {
            memmove(r->buf, r->buf + keep, r->len - keep);
            r->len -= keep;
            r->pos -= keep;
            if (r->marked)
                r->mark -= keep;
            r->base_off += keep;
        }
    }
    if (r->cap - r->len < MIN_FREE) {
        size_t ncap = r->cap * 2;
        char *nb = realloc(r->buf, ncap);
        if (!nb) {
            errno = ENOMEM;
            return -1;
        }
        r->buf = nb;
        r->cap = ncap;
    }
    size_t want = r->cap - r->len;
    if (want > r->chunk)
        want = r->chunk;
    for (;;) {
        ssize_t got = read(r->fd, r->buf + r->len, want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0)
            r->eof = 1;
        r->len += (size_t)got;
        return 0;
    }
}

long csv_reader_peek(csv_reader *r, size_t want, const char **p)
{
    while (r->len - r->pos < want && !r->eof)
        if (fill(r) < 0)
            return -1;
    *p = r->buf + r->pos;
    return (long)(r->len - r->pos);
}

static int grow_fields(csv_reader *r)
{
    size_t ncap = r->fcap * 2;
    csv_field *nf = realloc(r->fields, ncap * sizeof *nf);
    if (!nf) {
        errno = ENOMEM;
        return -1;
    }
    r->fields = nf;
    r->fcap = ncap;
    return 0;
}

static inline int push_field(csv_reader *r, size_t end)
{
    if (r->nf == r->fcap && grow_fields(r) < 0)
        return -1;
    r->fields[r->nf].start = r->fstart;
    r->fields[r->nf].end = end;
    r->fields[r->nf].flags = r->fflags;
    r->nf++;
    return 0;
}

static void begin_record(csv_reader *r)
{
    r->busy = 1;
    r->st = S_FSTART;
    r->scan = 0;
    r->fstart = 0;
    r->fflags = 0;
    r->lines = 0;
    r->nf = 0;
}

/* Runs the state machine over the buffered bytes. Returns 1 when the record is complete
   (*term, *end set, relative to pos), 0 when it needs more input, -1 when out of memory. */
static int scan_record(csv_reader *r, size_t *term, size_t *end)
{
    const unsigned char *p = (const unsigned char *)r->buf + r->pos;
    const size_t n = r->len - r->pos;
    const unsigned char d = (unsigned char)r->delim;
    size_t i = r->scan;

    for (;;) {
        if (i >= n) {
            r->scan = i;
            return 0;
        }
        switch (r->st) {
        case S_FSTART:
            r->fstart = i;
            r->fflags = 0;
            if (p[i] == '"') {
                r->fflags = CSV_F_QUOTED;
                r->open_line = r->line + r->lines;
                r->open_field = r->nf;
                r->st = S_Q;
                i++;
                break;
            }
            r->st = S_UNQ;
            /* fall through */
        case S_UNQ:
            while (i < n && !r->stop[p[i]])
                i++;
            if (i >= n)
                break;
            if (push_field(r, i) < 0)
                return -1;
            if (p[i] == d) {
                r->st = S_FSTART;
                i++;
            } else if (p[i] == '\n') {
                *term = i;
                *end = i + 1;
                return 1;
            } else {
                *term = i;
                r->st = S_CR;
                i++;
            }
            break;
        case S_Q: {
            /* memchr finds the quote fast; line breaks before it only matter for the line
               count of error messages. */
            const unsigned char *q = memchr(p + i, '"', n - i);
            size_t stop = q ? (size_t)(q - p) : n;
            for (size_t k = i; k < stop; k++) {
                if (p[k] == '\r')
                    r->lines++;
                else if (p[k] == '\n' && !(k > 0 && p[k - 1] == '\r'))
                    r->lines++;
            }
            i = stop;
            if (q) {
                r->st = S_QQ;
                i++;
            }
            break;
        }
        case S_QQ:
            if (p[i] == '"') {
                r->fflags |= CSV_F_ESCAPED;
                r->st = S_Q;
                i++;
            } else if (p[i] == d || p[i] == '\n' || p[i] == '\r') {
                r->st = S_UNQ; /* S_UNQ ends the field at this very byte */
            } else {
                r->fflags |= CSV_F_MALFORMED;
                r->st = S_UNQ;
            }
            break;
        case S_CR:
            *end = p[i] == '\n' ? i + 1 : i;
            return 1;
        }
    }
}

/* The input ended inside the record: closes it as the state allows. Returns 1 with a
   record, 0 when there was nothing left at all, -1 when out of memory. */
static int finish_at_eof(csv_reader *r, size_t *term, size_t *end, int *status)
{
    size_t n = r->len - r->pos;
    *status = CSV_REC_OK;
    switch (r->st) {
    case S_FSTART:
        if (r->nf == 0 && n == 0)
            return 0;
        r->fstart = n;
        r->fflags = 0;
        break;
    case S_Q:
        r->fflags |= CSV_F_MALFORMED;
        *status = CSV_REC_UNTERMINATED;
        break;
    case S_CR: /* a CR as the very last byte: *term was set when it was seen */
        *end = n;
        return 1;
    default:
        break;
    }
    if (push_field(r, n) < 0)
        return -1;
    *term = *end = n;
    return 1;
}

int csv_next(csv_reader *r, csv_record *rec)
{
    size_t term = 0, end = 0;
    int status = CSV_REC_OK;

    if (!r->busy) {
        begin_record(r);
        /* A UTF-8 BOM at the very start belongs to no field. */
        if (r->base_off + r->pos == 0) {
            const char *p;
            if (csv_reader_peek(r, 3, &p) < 0)
                return -1;
            if (r->len - r->pos >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
                r->scan = 3;
        }
    }
    for (;;) {
        int got = scan_record(r, &term, &end);
        if (got < 0)
            return -1;
        if (got > 0)
            break;
        if (r->eof) {
            got = finish_at_eof(r, &term, &end, &status);
            if (got < 0)
                return -1;
            if (got == 0) {
                r->busy = 0;
                return 0;
            }
            break;
        }
        if (fill(r) < 0)
            return -1;
    }

    for (size_t k = 0; k < r->nf; k++) {
        r->fields[k].start += r->pos;
        r->fields[k].end += r->pos;
    }
    rec->buf = r->buf;
    rec->start = r->pos;
    rec->term = r->pos + term;
    rec->end = r->pos + end;
    rec->fields = r->fields;
    rec->nfields = r->nf;
    rec->line = r->line;
    rec->index = r->index;
    rec->offset = r->base_off + r->pos;
    rec->status = status;
    rec->blank = term == 0;
    rec->open_line = r->open_line;
    rec->open_field = r->open_field;

    r->pos += end;
    r->line += r->lines + (end > term ? 1 : 0);
    r->index++;
    r->busy = 0;
    return 1;
}

void csv_mark(csv_reader *r)
{
    r->marked = 1;
    r->mark = r->pos;
    r->mark_line = r->line;
    r->mark_index = r->index;
}

void csv_rewind(csv_reader *r)
{
    if (!r->marked)
        return;
    r->pos = r->mark;
    r->line = r->mark_line;
    r->index = r->mark_index;
    r->busy = 0;
}

void csv_unmark(csv_reader *r) { r->marked = 0; }

size_t csv_marked_bytes(const csv_reader *r) { return r->marked ? r->pos - r->mark : 0; }

void csv_reader_restart(csv_reader *r)
{
    r->len = r->pos = 0;
    r->base_off = 0;
    r->eof = 0;
    r->line = 1;
    r->index = 0;
    r->marked = 0;
    r->busy = 0;
}

int csv_field_view(const csv_record *rec, size_t i, const char **p, size_t *n)
{
    const csv_field *f = &rec->fields[i];
    if ((f->flags & CSV_F_QUOTED) && !(f->flags & CSV_F_MALFORMED)) {
        if (f->flags & CSV_F_ESCAPED)
            return 0;
        *p = rec->buf + f->start + 1;
        *n = f->end - f->start - 2;
        return 1;
    }
    *p = rec->buf + f->start;
    *n = f->end - f->start;
    return 1;
}

size_t csv_field_content(const csv_record *rec, size_t i, char *out, size_t cap)
{
    const char *p;
    size_t n, k = 0;
    if (csv_field_view(rec, i, &p, &n)) {
        if (n > cap)
            n = cap;
        memcpy(out, p, n);
        return n;
    }
    const csv_field *f = &rec->fields[i];
    for (size_t j = f->start + 1; j + 1 < f->end && k < cap; j++) {
        out[k++] = rec->buf[j];
        if (rec->buf[j] == '"')
            j++; /* the second quote of a pair */
    }
    return k;
}

/* How the records of a sample split by one candidate delimiter. */
typedef struct {
    size_t width;    /* fields of the first complete record (0: no complete record) */
    size_t records;  /* complete records (blank lines are not records here) */
    size_t agree;    /* complete, well-formed records with width fields */
} sniff_count;

/* Reads s[0..n) as the reader would with delimiter d: quotes open a field only at its
   start, "" inside is a quote, and text after a closing quote makes the record malformed.
   A record ends at LF, CR or CRLF outside quotes, or at the end of s when at_end. */
static void sniff_split(const char *s, size_t n, int at_end, char d, sniff_count *c)
{
    size_t nfield = 1, i = 0;
    int inq = 0, fstart = 1, empty = 1, bad = 0, closed = 0;
    memset(c, 0, sizeof *c);
    for (;;) {
        int eol = 0;
        if (i >= n) {
            if (!at_end || inq || empty)
                return; /* cut short (or nothing left) */
            eol = 1;
        } else {
            char ch = s[i];
            if (inq) {
                if (ch == '"') {
                    if (i + 1 < n && s[i + 1] == '"')
                        i++;
                    else if (i + 1 >= n && !at_end)
                        return; /* a quote at the very end: closing, or the first of a pair */
                    else
                        inq = 0, closed = 1;
                }
                i++;
                continue;
            }
            if (ch == d) {
                nfield++;
                fstart = 1;
                empty = 0;
                closed = 0;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && s[i + 1] == '\n')
                    i++;
                eol = 1;
            } else {
                if (ch == '"' && fstart)
                    inq = 1;
                else if (closed)
                    bad = 1; /* "ab"cd */
                fstart = 0;
                empty = 0;
                closed = 0;
            }
            i++;
        }
        if (eol) {
            if (!empty) { /* blank lines say nothing about the delimiter */
                if (c->records++ == 0)
                    c->width = nfield;
                if (nfield == c->width && !bad)
                    c->agree++;
            }
            if (i >= n)
                return;
            nfield = 1;
            fstart = 1;
            empty = 1;
            bad = 0;
            closed = 0;
        }
    }
}

void csv_sniff_delimiter(const char *s, size_t n, int at_end, csv_sniff *out)
{
    static const char cand[] = {',', ';', '\t', '|'};
    enum { NCAND = sizeof cand };
    sniff_count c[NCAND];
    size_t best = NCAND, rival = NCAND;

    for (size_t k = 0; k < NCAND; k++) {
        sniff_split(s, n, at_end, cand[k], &c[k]);
        if (c[k].width < 2)
            continue;
        /* agree / records, compared by cross-multiplication */
        if (best == NCAND || c[k].agree * c[best].records > c[best].agree * c[k].records) {
            rival = NCAND;
            best = k;
        } else if (c[k].agree * c[best].records == c[best].agree * c[k].records) {
            rival = k; /* as good as the best so far */
        }
    }
    memset(out, 0, sizeof *out);
    out->delim = ',';
    if (best == NCAND) {
        /* No candidate splits the first record. Complete: one column. */
        out->verdict = c[0].records > 0 || at_end ? CSV_SNIFF_ONE_COLUMN : CSV_SNIFF_SHORT;
        out->records = c[0].records;
        out->agree = c[0].agree;
        out->width = c[0].width;
        return;
    }
    out->delim = cand[best];
    out->records = c[best].records;
    out->agree = c[best].agree;
    out->width = c[best].width;
    if (rival == NCAND) {
        out->verdict = CSV_SNIFF_SURE;
        return;
    }
    out->other = cand[rival];
    out->verdict = at_end ? CSV_SNIFF_TIE : CSV_SNIFF_SHORT;
}

/* ---- the --columns list ------------------------------------------------------------ */

static int col_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int csv_columns_item(const char *s, size_t n, size_t *pos, size_t nitems, char *item, size_t *kp,
                     long *index)
{
    size_t i = *pos, k = 0;
    int quoted = 0;
    if (i > n)
        return CSV_COL_END;
    while (i < n && col_blank(s[i]))
        i++;
    if (i < n && s[i] == '"') {
        quoted = 1;
        for (i++; i < n; i++) {
            if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
                item[k++] = s[i++];
            else if (s[i] == '"')
                break;
            else
                item[k++] = s[i];
        }
        if (i >= n)
            return CSV_COL_UNTERMINATED;
        i++;
        while (i < n && col_blank(s[i]))
            i++;
        if (i < n && s[i] != ',')
            return CSV_COL_AFTER_QUOTE;
    } else {
        while (i < n && s[i] != ',')
            item[k++] = s[i++];
        while (k > 0 && col_blank(item[k - 1]))
            k--;
    }
    i++; /* the comma, or past the end */
    item[k] = '\0';
    *pos = i;
    *kp = k;
    if (k == 0 && !quoted)
        return i > n && nitems > 0 ? CSV_COL_END : CSV_COL_EMPTY;
    int number = !quoted && k > 0 && k < 10;
    for (size_t j = 0; j < k && number; j++)
        number = item[j] >= '0' && item[j] <= '9';
    if (!number)
        return CSV_COL_NAME;
    *index = strtol(item, NULL, 10);
    return CSV_COL_INDEX;
}

/* ---- writer -------------------------------------------------------------------------- */

int csv_writer_init(csv_writer *w, int fd, size_t cap)
{
    memset(w, 0, sizeof *w);
    w->fd = fd;
    w->cap = cap ? cap : (1u << 20);
    w->buf = malloc(w->cap);
    return w->buf ? 0 : -1;
}

void csv_writer_free(csv_writer *w)
{
    free(w->buf);
    w->buf = NULL;
}

static int write_all(csv_writer *w, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(w->fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            w->err = k < 0 ? errno : EIO;
            return -1;
        }
        p += k;
        n -= (size_t)k;
        w->written += (uint64_t)k;
    }
    return 0;
}

int csv_flush(csv_writer *w)
{
    if (w->err)
        return -1;
    size_t n = w->len;
    w->len = 0;
    return write_all(w, w->buf, n);
}

int csv_put(csv_writer *w, const void *p, size_t n)
{
    if (w->err)
        return -1;
    if (n > w->cap - w->len) {
        if (csv_flush(w) < 0)
            return -1;
        if (n >= w->cap)
            return write_all(w, p, n);
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
    return 0;
}

int csv_put_field(csv_writer *w, const char *s, size_t n, char delim, int force_quotes)
{
    int need = force_quotes;
    for (size_t i = 0; i < n && !need; i++)
        need = s[i] == delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!need)
        return csv_put(w, s, n);
    if (csv_put(w, "\"", 1) < 0)
        return -1;
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') {
            /* the quote itself, then again to double it */
            if (csv_put(w, s + from, i + 1 - from) < 0)
                return -1;
            from = i;
        }
    }
    if (csv_put(w, s + from, n - from) < 0)
        return -1;
    return csv_put(w, "\"", 1);
}
