/*
 * datenorm, the command-line program: a thin layer over libdatenorm (DESIGN.md, "The
 * command line"). It reads options, builds one parser and one reference instant for the
 * run, and then either
 *   - line mode: each TEXT argument, or else each line of standard input, is one input and
 *     gets exactly one output line (the ISO 8601 result or an empty line; a JSON object
 *     with --json), whatever bytes the line holds; or
 *   - `datenorm search`: the whole input is one running text; every date found is printed
 *     as START<TAB>END<TAB>ISO<TAB>TEXT with byte offsets into the whole input.
 * It does no date work itself, and it does not do CSV (cli/csv.c).
 *
 * Exit statuses (common.h): 0 every input held a date (search: at least one date found),
 * 1 some input did not (search: none found), 2 usage error, 3 I/O or start-up failure.
 * A closed output pipe ends the program quietly with 0 (SIGPIPE is ignored and EPIPE
 * handled), so `datenorm < big | head -1` prints no error whatever the parent's signals.
 */
#include <config.h>

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "csv.h"
#include "json.h"

/* What the options decided, for one run. */
typedef struct {
    dn_options opts;
    const char *now; /* --now as given, NULL = the current time */
    const char *zone; /* --zone as given, NULL = UTC */
    dn_style style;
    bool json;
    bool quiet;
} run_options;

static const char usage_text[] =
    "Usage: datenorm [OPTIONS] [TEXT...]\n"
    "       datenorm search [OPTIONS] [TEXT...] < text\n"
    "       datenorm csv [OPTIONS] [FILE]        (see datenorm csv --help)\n"
    "Find dates written in any language and print them in ISO 8601.\n"
    "\n"
    "Line mode: each TEXT, or else each line of standard input, is one input; one line is\n"
    "printed per input: the date (2015-11-22, 2015-11, 2015-11-22T14:30:00+01:00, ...) or an\n"
    "empty line when the input holds none.\n"
    "search: the whole input (standard input, or the TEXTs joined with spaces) is one text;\n"
    "one line is printed per date found: START<TAB>END<TAB>ISO<TAB>TEXT, byte offsets into\n"
    "the input, END exclusive, newlines and tabs in TEXT written as spaces.\n"
    "\n"
    "Options:\n"
    "  -l, --locale LIST     comma-separated BCP 47 or POSIX locale hints in priority order\n"
    "                        (fr, pt-BR, pt_BR.UTF-8, es,en); default: detect\n"
    "      --now ISO8601     reference instant for relative dates and dates without a year\n"
    "                        (2026-11-26T12:00:00Z); default: the current time, UTC\n"
    "      --zone ZONE       the zone of --now's wall-clock time and of the current time:\n"
    "                        UTC, +05:30 or a zone id (Europe/Paris); default: UTC\n"
    "      --format STYLE    auto: as precise as the input (default); date: the date part\n"
    "                        only, reduced precision kept; datetime: full date and time\n"
    "      --order ORDER     DMY, MDY or YMD: reading of all-numeric dates such as 05/06/2015\n"
    "                        (default: from the first locale hint; with none, 22.11.2015\n"
    "                        is day first, 11/22/2015 and 11-22-2015 month first)\n"
    "      --json            one JSON object per input (search: per date) with every field\n"
    "  -q, --quiet           no warnings on standard error (errors are still reported)\n"
    "  -h, --help            print this help and exit\n"
    "  -V, --version         print the versions of datenorm and ICU and exit\n"
    "Options may follow TEXT arguments; '--' ends the options.\n"
    "\n"
    "Exit status:\n"
    "  0  every input held a date (search: at least one date was found)\n"
    "  1  some input held no date (search: none was found)\n"
    "  2  usage error: unknown option or bad option value\n"
    "  3  I/O error (reading the input, writing the output) or failure to start\n"
    "A closed output pipe (datenorm ... | head) ends quietly with status 0.\n"
    "\n"
    "Examples:\n"
    "  datenorm \"22 Novembre 2015\"                    -> 2015-11-22\n"
    "  datenorm --now 2026-11-26T12:00:00Z \"il y a 3 jours\"\n"
    "  datenorm --locale en-US < dates.txt > iso.txt\n"
    "  datenorm search < article.txt\n"
    "See datenorm(1) for details.\n";

enum { OPT_NOW = 256, OPT_FORMAT, OPT_ORDER, OPT_JSON, OPT_ZONE };

static const struct option long_options[] = {
    {"locale", required_argument, NULL, 'l'},
    {"now", required_argument, NULL, OPT_NOW},
    {"zone", required_argument, NULL, OPT_ZONE},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"order", required_argument, NULL, OPT_ORDER},
    {"json", no_argument, NULL, OPT_JSON},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* GNU getopt_long conventions: options anywhere (permuted before the TEXTs), "--opt value"
   and "--opt=value", unique prefixes of long names, "--" ends the options. Returns the
   index of the first TEXT in argv. */
static int parse_options(int argc, char **argv, run_options *r)
{
    memset(r, 0, sizeof *r);
    r->style = DN_STYLE_AUTO;
    /* getopt names argv[0] in its messages: make it the program's name, not a path. */
    argv[0] = (char *)cli_prog;
    optind = 1;
    opterr = 1;
    int c;
    while ((c = getopt_long(argc, argv, "l:qhV", long_options, NULL)) != -1) {
        switch (c) {
        case 'l':
            r->opts.locales = optarg;
            break;
        case OPT_NOW:
            r->now = optarg;
            break;
        case OPT_ZONE:
            r->zone = optarg;
            r->opts.zone = optarg;
            break;
        case OPT_FORMAT:
            if (!cli_parse_style(optarg, &r->style))
                cli_usage_error("invalid --format value '%s' (expected auto, date or datetime)",
                                optarg);
            break;
        case OPT_ORDER:
            if (!cli_parse_order(optarg, &r->opts.order))
                cli_usage_error("invalid --order value '%s' (expected DMY, MDY or YMD)", optarg);
            break;
        case OPT_JSON:
            r->json = true;
            break;
        case 'q':
            r->quiet = true;
            break;
        case 'h':
            fputs(usage_text, stdout);
            exit(fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_IO);
        case 'V':
            printf("datenorm %s\nlibdatenorm %s, ICU %s\n", PACKAGE_VERSION, dn_version(),
                   dn_icu_version());
            exit(fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_IO);
        default: /* getopt has named the option on stderr */
            fputs("Try 'datenorm --help' for more information.\n", stderr);
            exit(CLI_EXIT_USAGE);
        }
    }
    return optind;
}

/* ---- line mode ------------------------------------------------------------------------ */

typedef struct {
    const dn_parser *parser;
    dn_context ctx;
    const run_options *r;
    cli_out out;
    unsigned long long inputs, missing, failures;
} line_run;

/* One input, one output line. Returns nothing: the counters say what happened. */
static inline void line_input(line_run *lr, const char *s, size_t n)
{
    dn_date d;
    int rc = dn_parse(lr->parser, s, n, &lr->ctx, &d);
    lr->inputs++;
    if (rc <= 0) {
        lr->missing++;
        if (rc < 0 && lr->failures++ == 0)
            fprintf(stderr, "%s: input %llu: the parser failed (status %d)\n", cli_prog,
                    lr->inputs, rc);
    }
    cli_out *o = &lr->out;
    if (lr->r->json) {
        cli_out_bytes(o, "{\"input\":", 9);
        cli_json_string(o, s, n);
        cli_json_result(o, &d, rc > 0, lr->r->style, 0);
        cli_out_char(o, '}');
        cli_out_eol(o);
        return;
    }
    /* The hot path: format straight into the output buffer, then the LF. */
    char *w = cli_out_reserve(o, DN_FORMAT_MAX + 1);
    if (rc > 0) {
        int k = dn_format(&d, lr->r->style, w, DN_FORMAT_MAX);
        if (k > 0)
            o->n += (size_t)k;
        else if (lr->failures++ == 0)
            fprintf(stderr, "%s: input %llu: the result could not be formatted (status %d)\n",
                    cli_prog, lr->inputs, k);
    }
    o->buf[o->n++] = '\n';
    if (o->line_flush)
        cli_out_flush(o);
}

static int line_mode(int argc, char **argv)
{
    run_options r;
    int first = parse_options(argc, argv, &r);
    static line_run lr; /* static: the output buffer is too big for some stacks */
    lr.r = &r;
    cli_context(&lr.ctx, r.now, r.zone);
    dn_parser *p = cli_parser(&r.opts);
    lr.parser = p;
    cli_out_init(&lr.out, STDOUT_FILENO);

    if (first < argc) {
        for (int i = first; i < argc; i++)
            line_input(&lr, argv[i], strlen(argv[i]));
    } else {
        cli_in in;
        cli_in_init(&in, STDIN_FILENO, "standard input");
        const char *line;
        size_t len;
        while (cli_in_line(&in, &line, &len)) {
            if (in.skipping && !r.quiet)
                fprintf(stderr, "%s: line %llu: longer than %zu bytes; only its start is "
                        "examined\n", cli_prog, lr.inputs + 1, in.max_line);
            line_input(&lr, line, len);
        }
        cli_in_free(&in);
    }
    cli_out_flush(&lr.out);
    dn_parser_free(p);
    if (lr.failures)
        return CLI_EXIT_IO;
    return lr.missing ? CLI_EXIT_NODATE : CLI_EXIT_OK;
}

/* ---- search --------------------------------------------------------------------------- */

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
    size_t window, margin;
    dn_date *res; /* SEARCH_BATCH results */
    cli_out out;
    unsigned long long found;
} search_run;

/* START<TAB>END<TAB>ISO<TAB>TEXT, or a JSON object. base: offset of text in the input. */
static void search_emit(search_run *sr, const char *text, const dn_date *d, size_t base)
{
    cli_out *o = &sr->out;
    sr->found++;
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
        size_t n = dn_search(sr->parser, text + off, len - off, &sr->ctx, sr->res, SEARCH_BATCH);
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

static int search_mode(int argc, char **argv)
{
    run_options r;
    cli_prog = "datenorm search";
    int first = parse_options(argc, argv, &r);
    static search_run sr;
    sr.r = &r;
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
    free(sr.res);
    dn_parser_free(p);
    return sr.found ? CLI_EXIT_OK : CLI_EXIT_NODATE;
}

int main(int argc, char **argv)
{
    /* A closed pipe shows up as EPIPE from write(2), handled in cli_out_flush. */
    signal(SIGPIPE, SIG_IGN);
    if (argc > 1 && strcmp(argv[1], "search") == 0)
        return search_mode(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "csv") == 0)
        return dn_cli_csv(argc - 1, argv + 1);
    return line_mode(argc, argv);
}
