/*
 * The library example of the README: build a parser once, parse a few strings, print each
 * one's ISO 8601 form. Compile against an installed datenorm with
 *     cc ex.c $(pkg-config --cflags --libs datenorm)
 * `make check` builds and runs this file, so the README's example cannot rot.
 */
#include <stdio.h>
#include <string.h>

#include <datenorm.h>

int main(void)
{
    const char *texts[] = {
        "22 Novembre 2015",
        "Sonntag, 22. November 2015 um 14:30 Uhr",
        "2015年11月22日",
        "version 2.0.1",
    };

    /* Options are fixed for the parser's life; zero means defaults (detect the language). */
    dn_options opts = {0};
    dn_parser *parser;
    dn_error err;
    if (dn_parser_new(&opts, &parser, &err) < 0) {
        fprintf(stderr, "datenorm: %s\n", err.message);
        return 1;
    }

    /* The reference instant for relative dates ("il y a 3 jours") and missing years. */
    dn_context ctx;
    if (dn_context_from_iso(&ctx, "2026-11-26T12:00:00Z", 20, &err) < 0) {
        fprintf(stderr, "datenorm: %s\n", err.message);
        dn_parser_free(parser);
        return 1;
    }

    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dn_date d; /* caller-owned: the library allocates nothing per call */
        char iso[DN_FORMAT_MAX];
        if (dn_parse(parser, texts[i], strlen(texts[i]), &ctx, &d) == 1 &&
            dn_format(&d, DN_STYLE_AUTO, iso, sizeof iso) > 0)
            printf("%s -> %s (locale %s, bytes %zu-%zu)\n", texts[i], iso,
                   d.locale[0] ? d.locale : "-", d.start, d.end);
        else
            printf("%s -> no date\n", texts[i]);
    }

    dn_parser_free(parser);
    return 0;
}
