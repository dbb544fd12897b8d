/*
 * csvconv.c: the conversion of `datenorm csv`: each record is copied from the reader's
 * buffer to the writer's, and only the raw span of a converted cell (quotes included) is
 * swapped for its ISO text (quoted again when the cell was quoted), or followed by a new
 * cell with --add-column. Nothing else is rebuilt, so delimiters, quoting, CR/LF, a BOM,
 * blank lines and ragged rows come out exactly as they went in. A column's cells go through
 * its own parser (csvinfer.c chose it) and a per-column cache, since real date columns
 * repeat their values.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvrun.h"

/* ---- the cache: cell bytes -> result, per column ----------------------------------------- */

void csvi_init_caches(run *R)
{
    for (size_t k = 0; k < R->ncols; k++) {
        column *c = &R->cols[k];
        /* Many date columns share the budget, so that memory stays bounded. Pages never
           touched (a column of few distinct values) cost nothing. */
        size_t slots = R->cache_slots ? R->cache_slots : CACHE_SLOTS;
        while (slots > 1024 && slots * sizeof(cache_entry) * R->ncols > CACHE_BUDGET)
            slots /= 2;
        c->cache_mem = calloc(slots + 1, sizeof *c->cache);
        if (!c->cache_mem)
            cli_fatal(CLI_EXIT_IO, "out of memory");
        c->cache = (cache_entry *)(((uintptr_t)c->cache_mem + 63) & ~(uintptr_t)63);
        c->cache_mask = (uint32_t)(slots - 1);
    }
}

/* Converts one cell of column c. Returns CELL_DATE with the ISO text in iso/isolen and its
   day-month evidence in *dm (csv_dm_of), or CELL_EMPTY / CELL_NULL / CELL_OTHER. */
static int convert(run *R, column *c, const char *s, size_t n, char *iso, size_t *isolen,
                   unsigned *dm)
{
    cache_entry *e = NULL;
    uint32_t h = 0;
    if (n > 0 && n <= CACHE_KEY) {
        h = hash_bytes(s, n);
        e = &c->cache[h & c->cache_mask];
        if (e->klen == n && e->hash == h && memcmp(e->key, s, n) == 0) {
            memcpy(iso, e->val, e->vlen);
            *isolen = e->vlen;
            *dm = e->dm;
            return e->kind;
        }
    }
    dn_date d;
    int kind = csvi_classify(R, c->parser, s, n, &d);
    *isolen = 0;
    *dm = 0;
    if (kind == CELL_DATE || kind == CELL_NUMBER) {
        cli_to_zone(&d, R->to_zone, R->assume_zone);
        int len = dn_format(&d, R->style, iso, DN_FORMAT_MAX);
        if (len > 0) {
            kind = CELL_DATE;
            *isolen = (size_t)len;
            *dm = csv_dm_of(&d) |
                  ((d.flags & DN_FLAG_WEEKDAY_MISMATCH) ? DM_WEEKDAY_MISMATCH : 0u) |
                  ((d.flags & CLI_FROM_REFERENCE) ? DM_FROM_REF : 0u);
            if ((d.flags & CLI_FROM_REFERENCE) && R->now_col != SIZE_MAX) {
                /* each row has its own reference: neither cached nor, without one, made */
                if (!R->row_ref)
                    return CELL_NO_REF;
                e = NULL;
            }
        } else {
            kind = CELL_OTHER;
        }
    } else if (kind == CELL_WORDS) {
        kind = CELL_OTHER;
    }
    if (e && *isolen <= CACHE_VAL) {
        e->hash = h;
        e->klen = (uint8_t)n;
        memcpy(e->key, s, n);
        e->kind = (uint8_t)kind;
        e->vlen = (uint8_t)*isolen;
        e->dm = (uint8_t)*dm;
        memcpy(e->val, iso, *isolen);
    }
    return kind;
}


/* ---- the conversion ---------------------------------------------------------------------- */

static void progress(run *R, const csv_record *rec, bool done)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double since = (double)(t.tv_sec - R->t0.tv_sec) + (t.tv_nsec - R->t0.tv_nsec) / 1e9;
    double last = (double)(t.tv_sec - R->tlast.tv_sec) + (t.tv_nsec - R->tlast.tv_nsec) / 1e9;
    if (done) {
        if (R->tlast.tv_sec != R->t0.tv_sec || R->tlast.tv_nsec != R->t0.tv_nsec)
            fputs("\r\033[K", stderr);
        return;
    }
    if (since < 2.0 || last < 0.5)
        return;
    R->tlast = t;
    fprintf(stderr, "\rdatenorm csv: %llu rows, %.0f MB, %.0f MB/s",
            (unsigned long long)rec->index, (double)rec->offset / 1e6,
            (double)rec->offset / 1e6 / since);
}

static void write_header(run *R, const csv_record *rec)
{
    size_t from = rec->start;
    for (size_t k = 0; R->suffix && k < R->ncols; k++) {
        size_t i = R->cols[k].index;
        if (i >= rec->nfields)
            break;
        const csv_field *f = &rec->fields[i];
        put(R, rec->buf + from, f->end - from);
        from = f->end;
        /* NAME+SUFFIX in the input's encoding, quoted when the name was. */
        size_t len = f->end - f->start;
        char *name = malloc(len + R->suffix_len + 1);
        if (!name)
            cli_fatal(CLI_EXIT_IO, "out of memory");
        size_t n = csv_field_content(rec, i, name, len);
        if (i == 0 && n >= 3 && memcmp(name, "\xEF\xBB\xBF", 3) == 0) {
            memmove(name, name + 3, n - 3); /* the BOM stays where it was */
            n -= 3;
        }
        memcpy(name + n, R->suffix_enc, R->suffix_len);
        put(R, &R->delim, 1);
        if (csv_put_field(&R->out, name, n + R->suffix_len, R->delim,
                          (f->flags & CSV_F_QUOTED) != 0) < 0)
            csvi_write_failed(R);
        free(name);
    }
    put(R, rec->buf + from, rec->end - from);
}

static _Noreturn void fail_cell(run *R, const csv_record *rec, const column *c, const char *s,
                                size_t n)
{
    flush_out(R);
    fprintf(stderr, "datenorm csv: line %llu, column %zu%s%s%s: '%.*s' is not a date "
            "(--on-error fail)\n", (unsigned long long)rec->line, c->index + 1,
            c->name[0] ? " '" : "", c->name, c->name[0] ? "'" : "", (int)(n > 80 ? 80 : n), s);
    exit(CLI_EXIT_NODATE);
}

/* issue 8: --now-column: the row's reference instant, read as --now is (ISO 8601 or Unix
   seconds, seen in --zone). A row whose cell holds none keeps the cells its reference would
   decide; the summary counts them. */
static void row_reference(run *R, const csv_record *rec)
{
    size_t n = 0;
    const char *s = R->now_col < rec->nfields ? cell_content(R, rec, R->now_col, &n) : NULL;
    if (s)
        trim(&s, &n);
    dn_context ctx;
    R->row_ref = s && n > 0 && dn_context_from_text(&ctx, s, n, R->zone, NULL) == DN_OK;
    R->ctx = R->row_ref ? ctx : R->run_ctx;
    if (!R->row_ref && R->rows_no_ref++ == 0)
        R->first_no_ref = rec->line;
}

static void write_record(run *R, const csv_record *rec)
{
    size_t from = rec->start;
    char iso[DN_FORMAT_MAX];
    if (rec->blank) {
        put(R, rec->buf + rec->start, rec->end - rec->start);
        return;
    }
    if (R->now_col != SIZE_MAX)
        row_reference(R, rec);
    /* The cache is far bigger than the CPU's: ask for every cell's slot at once, so that
       the memory latencies of a record's date cells overlap instead of adding up. */
    for (size_t k = 0; k < R->ncols && R->cols[k].index < rec->nfields; k++) {
        const char *p;
        size_t n;
        if (csv_field_view(rec, R->cols[k].index, &p, &n) && n > 0 && n <= CACHE_KEY)
            __builtin_prefetch(&R->cols[k].cache[hash_bytes(p, n) & R->cols[k].cache_mask]);
    }
    for (size_t k = 0; k < R->ncols; k++) {
        column *c = &R->cols[k];
        if (c->index >= rec->nfields)
            break;
        const csv_field *f = &rec->fields[c->index];
        bool quoted = (f->flags & CSV_F_QUOTED) && !(f->flags & CSV_F_MALFORMED);
        size_t n, isolen = 0;
        unsigned dm = 0;
        const char *s = cell_content(R, rec, c->index, &n);
        int kind = s ? convert(R, c, s, n, iso, &isolen, &dm) : CELL_OTHER;
        bool replace = false;
        switch (kind) {
        case CELL_DATE:
            c->converted++;
            replace = true;
            if ((dm & DM_FROM_REF) && !R->now && R->now_col == SIZE_MAX)
                R->from_clock++;
            if ((dm & DM_WEEKDAY_MISMATCH) && c->mismatched++ == 0)
                c->mismatch_line = rec->line;
            dm &= CSV_DM_DMY | CSV_DM_MDY;
            if (c->assumed && !c->late_line &&
                ((dm == CSV_DM_DMY && c->order == DN_ORDER_MDY) ||
                 (dm == CSV_DM_MDY && c->order == DN_ORDER_DMY)))
                c->late_line = rec->line;
            break;
        case CELL_EMPTY:
        case CELL_NULL:
            c->empty++;
            break;
        case CELL_NO_REF:
            c->no_ref++; /* kept as written, whatever --on-error says: it is a date */
            c->kept++;
            break;
        default:
            c->kept++;
            /* without --encoding: a cell that is not UTF-8 may be a date in another
               encoding ("M\xE4rz"); the summary says so and suggests --encoding */
            if (!R->cnv && s && utf8_bad(s, n) < n && c->undecoded++ == 0)
                c->undecoded_line = rec->line;
            if (R->on_error == ON_ERROR_FAIL)
                fail_cell(R, rec, c, s ? s : rec->buf + f->start, s ? n : f->end - f->start);
            if (R->on_error == ON_ERROR_EMPTY && !R->suffix) {
                replace = true;
                isolen = 0;
            }
        }
        if (R->suffix) {
            /* The original stays; the new cell follows it, quoted as the original was. */
            put(R, rec->buf + from, f->end - from);
            from = f->end;
            put(R, &R->delim, 1);
            if (quoted)
                put(R, "\"", 1);
            if (replace)
                put(R, iso, isolen);
            if (quoted)
                put(R, "\"", 1);
        } else if (replace) {
            put(R, rec->buf + from, f->start - from);
            from = f->end;
            if (quoted)
                put(R, "\"", 1);
            put(R, iso, isolen);
            if (quoted)
                put(R, "\"", 1);
        }
    }
    put(R, rec->buf + from, rec->end - from);
}

/* Converts every record from the reader's position to the end. Returns the exit status. */
int csvi_convert_all(run *R)
{
    csv_record rec;
    bool header = !R->no_header;
    while (next_record(R, &rec)) {
        if (rec.status == CSV_REC_UNTERMINATED) {
            put(R, rec.buf + rec.start, rec.end - rec.start);
            flush_out(R);
            if (R->progress)
                progress(R, &rec, true);
            fprintf(stderr, "datenorm csv: line %llu, column %zu: unterminated quote (opened "
                    "there and never closed); the input from line %llu on is written back "
                    "unchanged\n", (unsigned long long)rec.open_line, rec.open_field + 1,
                    (unsigned long long)rec.line);
            return CLI_EXIT_MALFORMED;
        }
        if (header) {
            write_header(R, &rec);
            header = false;
            continue;
        }
        write_record(R, &rec);
        if (R->progress && (rec.index & 0x3fff) == 0)
            progress(R, &rec, false);
    }
    flush_out(R);
    if (R->progress)
        progress(R, &rec, true);
    return CLI_EXIT_OK;
}
