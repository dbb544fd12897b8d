/*
 * search.c: `datenorm search`, every date of a running text (README, "Output forms"). The
 * whole input (standard input, or the TEXT arguments joined with spaces) is one text; each
 * date found is printed as START<TAB>END<TAB>ISO<TAB>TEXT with byte offsets into the whole
 * input (END exclusive, line breaks and tabs in TEXT written as spaces), or as a JSON object
 * with --json. The dates come from the library's dn_search_ex; this file only walks the
 * input in bounded windows and prints.
 *
 * Exit statuses: 0 at least one date found, 1 none, 2 usage, 3 I/O or start-up failure.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "json.h"
#include "search.h"

/* search reads its input through overlapping windows so that memory stays bounded and each
   dn_search call costs at most a window, whatever the input's size. A window's dates are
   kept when they end before its last `margin` bytes; the next window starts where nothing
   can be left unfound: after the last date kept, or at a blank near 2 * margin before the
   end, whichever is later. No date is longer than margin (4 KiB), so none is cut in two
   and none is printed twice; offsets are kept global. DATENORM_SEARCH_CHUNK sets the window
   (the tests use a tiny one to cross many window boundaries). */
#define SEARCH_WINDOW_DEFAULT ((size_t)256 << 10)
#define SEARCH_MARGIN_MAX ((size_t)4 << 10)
/* Results asked of dn_search per call; a window with more is resumed after the last. */
#define SEARCH_BATCH 4096

typedef struct {
    const dn_parser *parser;
    dn_context ctx;
    const run_options *r;
    dn_search_options sopts; /* the document's options: --only-hinted, --each-alone */
    size_t window, margin;
    dn_date *res; /* SEARCH_BATCH results */
    cli_out out;
    unsigned long long found;
    unsigned long long from_clock; /* issue 8: results the reference decided */
} search_run;

/* START<TAB>END<TAB>ISO<TAB>TEXT, or a JSON object. base: offset of text in the input. */
static void search_emit(search_run *sr, const char *text, dn_date *d, size_t base)
{
    cli_out *o = &sr->out;
    sr->found++;
    if (d->flags & CLI_FROM_REFERENCE)
        sr->from_clock++;
    cli_to_zone(d, sr->r->to_zone, sr->r->assume_zone);
    size_t s = d->start, e = d->end;
    if (sr->r->json) {
        cli_out_bytes(o, "{\"text\":", 8);
        cli_json_string(o, text + s, e - s);
        cli_json_result(o, d, true, sr->r->style, base);
        cli_out_char(o, '}');
        cli_out_eol(o);
        return;
    }
    cli_out_long(o, (long long)(base + s));
    cli_out_char(o, '\t');
    cli_out_long(o, (long long)(base + e));
    cli_out_char(o, '\t');
    char *w = cli_out_reserve(o, DN_FORMAT_MAX);
    int k = dn_format(d, sr->r->style, w, DN_FORMAT_MAX);
    if (k > 0)
        o->n += (size_t)k;
    cli_out_char(o, '\t');
    /* The matched bytes, with line breaks and tabs as spaces: one match, one line. */
    for (size_t i = s; i < e; i++) {
        char c = text[i];
        cli_out_char(o, c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    cli_out_eol(o);
}

static inline bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Searches the window text[0..len), at offset base of the input, and prints its dates.
   final: the window ends the input, every date is kept. Returns how far the input is done:
   where the next window starts (len when final). */
static size_t search_window(search_run *sr, const char *text, size_t len, size_t base,
                            bool final)
{
    size_t limit = final ? len : len - sr->margin;
    size_t off = 0;  /* where the current dn_search call starts */
    size_t done = 0; /* end of the last date printed */
    for (;;) {
        size_t n;
        dn_error err = {0};
        int rc = dn_search_ex(sr->parser, text + off, len - off, &sr->ctx, &sr->sopts, sr->res,
                              SEARCH_BATCH, &n, &err);
        if (rc < 0)
            cli_fatal(CLI_EXIT_IO, "the search failed: %s", err.message);
        size_t k = n < SEARCH_BATCH ? n : SEARCH_BATCH;
        bool past = false;
        for (size_t i = 0; i < k && !past; i++) {
            if (off + sr->res[i].end > limit)
                past = true; /* this one and the rest come again in the next window */
            else {
                search_emit(sr, text + off, &sr->res[i], base + off);
                done = off + sr->res[i].end;
            }
        }
        if (past || n <= SEARCH_BATCH || done <= off)
            break;
        off = done; /* more than a batch: go on after the last date printed */
    }
    if (final)
        return len;
    /* Start the next window between two words when a blank is near, never before done. */
    size_t next = len - 2 * sr->margin;
    size_t j = next;
    while (j > done && next - j < sr->margin && !is_blank(text[j - 1]))
        j--;
    if (j > done && is_blank(text[j - 1]))
        next = j;
    else
        while (next > done + 1 && ((unsigned char)text[next] & 0xC0) == 0x80)
            next--; /* at least a character boundary */
    return next > done ? next : done;
}

/* Every date of text[0..len), held in memory (the TEXT arguments). */
static void search_buffer(search_run *sr, const char *text, size_t len)
{
    size_t off = 0;
    while (off < len) {
        bool final = len - off <= sr->window;
        off += search_window(sr, text + off, final ? len - off : sr->window, off, final);
    }
}

int cli_search(int argc, char **argv)
{
    run_options r;
    cli_prog = "datenorm search";
    int first = cli_parse_options(argc, argv, &r);
    static search_run sr;
    sr.r = &r;
    memset(&sr.sopts, 0, sizeof sr.sopts);
    sr.sopts.flags = r.search_flags;
    if ((r.search_flags & DN_SEARCH_HINTS_ONLY) && !(r.opts.locales && r.opts.locales[0]))
        cli_usage_error("--only-hinted needs --locale");
    cli_context(&sr.ctx, r.now, r.zone);
    dn_parser *p = cli_parser(&r.opts);
    sr.parser = p;
    cli_out_init(&sr.out, STDOUT_FILENO);
    sr.window = SEARCH_WINDOW_DEFAULT;
    const char *env = getenv("DATENORM_SEARCH_CHUNK");
    if (env && *env) {
        char *endp;
        unsigned long long v = strtoull(env, &endp, 10);
        if (*endp == '\0' && v >= 64 && v < ((unsigned long long)1 << 30))
            sr.window = (size_t)v;
    }
    sr.margin = sr.window / 4 < SEARCH_MARGIN_MAX ? sr.window / 4 : SEARCH_MARGIN_MAX;
    sr.res = malloc(SEARCH_BATCH * sizeof *sr.res);
    if (!sr.res)
        cli_fatal(CLI_EXIT_IO, "out of memory");

    if (first < argc) {
        /* The TEXTs joined with single spaces, as `echo TEXT... |` would give them. */
        size_t total = 0;
        for (int i = first; i < argc; i++)
            total += strlen(argv[i]) + 1;
        char *text = malloc(total);
        if (!text)
            cli_fatal(CLI_EXIT_IO, "out of memory");
        size_t n = 0;
        for (int i = first; i < argc; i++) {
            if (i > first)
                text[n++] = ' ';
            size_t k = strlen(argv[i]);
            memcpy(text + n, argv[i], k);
            n += k;
        }
        search_buffer(&sr, text, n);
        free(text);
    } else {
        cli_in in;
        cli_in_init(&in, STDIN_FILENO, "standard input");
        size_t base = 0;
        for (;;) {
            /* A buffer of several windows: few refills, and a refill moves < 1 window. */
            while (!in.eof && in.end - in.pos < sr.window)
                cli_in_fill(&in, sr.window * (sr.window <= ((size_t)1 << 20) ? 8 : 2));
            size_t avail = in.end - in.pos;
            if (avail == 0)
                break;
            bool final = in.eof && avail <= sr.window;
            size_t adv = search_window(&sr, in.buf + in.pos, final ? avail : sr.window, base,
                                       final);
            in.pos += adv;
            base += adv;
            if (final)
                break;
        }
        cli_in_free(&in);
    }
    cli_out_flush(&sr.out);
    cli_clock_note(r.now, &sr.ctx, sr.from_clock, r.quiet);
    free(sr.res);
    dn_parser_free(p);
    return sr.found ? CLI_EXIT_OK : CLI_EXIT_NODATE;
}

