/*
 * datenorm, the command-line program: a thin layer over libdatenorm (README, "Command-line
 * reference"). It reads options, builds one parser and one reference instant for the
 * run, and then either
 *   - line mode: each TEXT argument, or else each line of standard input, is one input and
 *     gets exactly one output line (the ISO 8601 result or an empty line; a JSON object
 *     with --json), whatever bytes the line holds; or
 *   - `datenorm search` (cli/search.c): the whole input is one running text; every date
 *     found is printed as START<TAB>END<TAB>ISO<TAB>TEXT with byte offsets into the input.
 * This file reads the options line mode and search share, and runs line mode. It does no
 * date work itself, and it does not do CSV (cli/csv.c).
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
#include "search.h"

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
    "      --now INSTANT     reference instant for relative dates and dates without a year:\n"
    "                        ISO 8601 (2026-11-26T12:00:00Z) or Unix seconds (1795694400);\n"
    "                        default: the current time (a run that used it for a result\n"
    "                        says so once on standard error, unless -q)\n"
    "      --zone ZONE       the zone \"today\" is taken in: UTC, +05:30 or a zone id\n"
    "                        (Europe/Paris). A --now with an offset (Z, +01:00) or in Unix\n"
    "                        seconds is seen in this zone; a --now without one is a\n"
    "                        wall-clock time in it. Default: --now's own offset, else UTC\n"
    "      --format STYLE    auto: as precise as the input (default); date: the date part\n"
    "                        only, reduced precision kept; datetime: full date and time\n"
    "      --order ORDER     DMY, MDY or YMD: reading of all-numeric dates such as 05/06/2015\n"
    "                        (default: from the first locale hint; with none, 22.11.2015\n"
    "                        is day first, 11/22/2015 and 11-22-2015 month first)\n"
    "      --prefer WHEN     past, future or current: the year of a date written without one\n"
    "                        (default: the reference's, or the year before when that is over\n"
    "                        3 months ahead; current: the reference's, always)\n"
    "      --calendar NAME   the calendar of dates whose text names none, and the Hijri\n"
    "                        variant: buddhist, japanese, roc, persian, islamic,\n"
    "                        islamic-civil, islamic-umalqura, islamic-tbla, hebrew, coptic,\n"
    "                        ethiopic, indian, gregorian (default: the first locale hint's\n"
    "                        -u-ca- keyword or default calendar; eras and calendar month\n"
    "                        names are read whatever it is)\n"
    "      --to-zone ZONE    write every result that has a time and an offset in ZONE\n"
    "                        (UTC, +05:30 or a zone id such as Asia/Tokyo), the date moving\n"
    "                        when it must; a time without an offset stays as it is\n"
    "      --assume-zone ZONE  a time the text gave without an offset is a wall-clock time\n"
    "                        in ZONE and gets its offset then (with --to-zone: converted)\n"
    "      --json            one JSON object per input (search: per date) with every field\n"
    "      --only-hinted     only dates in the languages of --locale (and language-neutral\n"
    "                        ones): the text is known to be in them (not in csv mode)\n"
    "      --each-alone      search: read each date alone, without the page's languages\n"
    "                        and numeric order (by default a page's 04/12/2026 is read in\n"
    "                        the order its other dates prove, else its language's)\n"
    "  -q, --quiet           no warnings or notes on standard error (errors are still\n"
    "                        reported)\n"
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
    "  datenorm --now 1795694400 --zone Europe/Paris yesterday\n"
    "  datenorm --locale en-US < dates.txt > iso.txt\n"
    "  datenorm search < article.txt\n"
    "See datenorm(1) for details.\n";

enum { OPT_NOW = 256, OPT_FORMAT, OPT_ORDER, OPT_JSON, OPT_ZONE, OPT_CALENDAR, OPT_PREFER };
enum { OPT_ONLY_HINTED = 300, OPT_EACH_ALONE }; /* issue 10 (search) */
enum { OPT_TO_ZONE = 320, OPT_ASSUME_ZONE };   /* issue 9 */

static const struct option long_options[] = {
    {"locale", required_argument, NULL, 'l'},
    {"now", required_argument, NULL, OPT_NOW},
    {"zone", required_argument, NULL, OPT_ZONE},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"order", required_argument, NULL, OPT_ORDER},
    {"prefer", required_argument, NULL, OPT_PREFER},
    {"json", no_argument, NULL, OPT_JSON},
    {"calendar", required_argument, NULL, OPT_CALENDAR},
    {"only-hinted", no_argument, NULL, OPT_ONLY_HINTED},
    {"each-alone", no_argument, NULL, OPT_EACH_ALONE},
    {"to-zone", required_argument, NULL, OPT_TO_ZONE},
    {"assume-zone", required_argument, NULL, OPT_ASSUME_ZONE},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* GNU getopt_long conventions: options anywhere (permuted before the TEXTs), "--opt value"
   and "--opt=value", unique prefixes of long names, "--" ends the options. */
int cli_parse_options(int argc, char **argv, run_options *r)
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
        case OPT_PREFER:
            if (strcmp(optarg, "past") == 0)
                r->opts.prefer = DN_PREFER_PAST;
            else if (strcmp(optarg, "future") == 0)
                r->opts.prefer = DN_PREFER_FUTURE;
            else if (strcmp(optarg, "current") == 0)
                r->opts.prefer = DN_PREFER_CURRENT;
            else
                cli_usage_error("invalid --prefer value '%s' (expected past, future or current)",
                                optarg);
            break;
        case OPT_JSON:
            r->json = true;
            break;
        case OPT_CALENDAR:
            if (dn_calendar_from_name(optarg) < 0)
                cli_usage_error("invalid --calendar value '%s' (expected an ICU calendar name: "
                                "buddhist, japanese, roc, persian, islamic, islamic-civil, "
                                "islamic-umalqura, islamic-tbla, hebrew, coptic, ethiopic, "
                                "indian, gregorian)", optarg);
            r->opts.calendar = optarg;
            break;
        case OPT_ONLY_HINTED:
            r->search_flags |= DN_SEARCH_HINTS_ONLY;
            r->opts.flags |= DN_OPT_HINTS_ONLY; /* issue 12: every reading, line mode too */
            break;
        case OPT_EACH_ALONE:
            r->search_flags |= DN_SEARCH_NO_PAGE;
            break;
        case OPT_TO_ZONE:
            cli_check_zone("--to-zone", optarg);
            r->to_zone = optarg;
            break;
        case OPT_ASSUME_ZONE:
            cli_check_zone("--assume-zone", optarg);
            r->assume_zone = optarg;
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
    unsigned long long from_clock; /* issue 8: results the reference decided */
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
            fprintf(stderr, "%s: input %llu: the parser failed: %s\n", cli_prog,
                    lr->inputs, dn_strerror(rc));
    } else {
        if (d.flags & CLI_FROM_REFERENCE)
            lr->from_clock++;
        cli_to_zone(&d, lr->r->to_zone, lr->r->assume_zone);
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
            fprintf(stderr, "%s: input %llu: the result could not be formatted: %s\n",
                    cli_prog, lr->inputs, dn_strerror(k));
    }
    o->buf[o->n++] = '\n';
    if (o->line_flush)
        cli_out_flush(o);
}

static int line_mode(int argc, char **argv)
{
    run_options r;
    int first = cli_parse_options(argc, argv, &r);
    if ((r.opts.flags & DN_OPT_HINTS_ONLY) && !(r.opts.locales && r.opts.locales[0]))
        cli_usage_error("--only-hinted needs --locale");
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
    cli_clock_note(r.now, &lr.ctx, lr.from_clock, r.quiet);
    dn_parser_free(p);
    if (lr.failures)
        return CLI_EXIT_IO;
    return lr.missing ? CLI_EXIT_NODATE : CLI_EXIT_OK;
}

int main(int argc, char **argv)
{
    /* A closed pipe shows up as EPIPE from write(2), handled in cli_out_flush. */
    signal(SIGPIPE, SIG_IGN);
    if (argc > 1 && strcmp(argv[1], "search") == 0)
        return cli_search(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "csv") == 0)
        return dn_cli_csv(argc - 1, argv + 1);
    return line_mode(argc, argv);
}
