/*
 * fuzz_cli: a libFuzzer target for the byte-level pieces of the datenorm program that see
 * raw input: the line reader of line mode (cli_in_line, cli/common.c) and the JSON string
 * writer of --json (cli_json_string, cli/json.c).
 *
 * Input: byte 0 sets DATENORM_MAX_LINE (1..63 bytes, or 0 = the default 64 MiB); the rest
 * is the input, served from an in-memory file (memfd).
 * It checks against reference implementations written here, byte for byte:
 *   - lines: one per LF-terminated segment, plus a last one without LF; a segment longer
 *     than max_line gives its first max_line bytes; otherwise a final CR is dropped;
 *   - JSON: the output is one valid JSON string whose decoded bytes are the input with each
 *     maximal invalid UTF-8 subpart replaced by U+FFFD (Unicode's recommended practice).
 * Not covered: option parsing (tests/cli.test, tests/robust-cli.test) and dates (fuzz_parse).
 * Built only with ./configure --enable-fuzzing CC=clang.
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_cli: broken promise: %s\n", what);
        abort();
    }
}

/* ---- lines ------------------------------------------------------------------------------ */

static void check_lines(const char *s, size_t n, size_t max_line)
{
    int fd = memfd_create("fuzz_cli", 0);
    check(fd >= 0, "memfd_create");
    check(write(fd, s, n) == (ssize_t)n, "write to a memfd");
    lseek(fd, 0, SEEK_SET);
    char env[32];
    snprintf(env, sizeof env, "%zu", max_line);
    setenv("DATENORM_MAX_LINE", env, 1);
    cli_in in;
    cli_in_init(&in, fd, "fuzz input");
    check(in.max_line == max_line, "DATENORM_MAX_LINE read");

    size_t at = 0; /* start of the next expected segment */
    const char *line;
    size_t len;
    while (cli_in_line(&in, &line, &len)) {
        check(at < n, "no line past the end of the input");
        const char *nl = memchr(s + at, '\n', n - at);
        size_t seg = nl ? (size_t)(nl - (s + at)) : n - at;
        size_t want = seg;
        if (seg > max_line)
            want = max_line;
        else if (want > 0 && s[at + want - 1] == '\r')
            want--;
        check(len == want && memcmp(line, s + at, len) == 0, "a line is its segment's bytes");
        at += seg + (nl ? 1 : 0);
    }
    check(at == n, "every segment gave a line");
    cli_in_free(&in);
    close(fd);
}

/* ---- JSON strings ---------------------------------------------------------------------- */

/* The length of a valid UTF-8 sequence at s[0..n), or, negated, the length of the maximal
   invalid subpart there (at least 1): Unicode 15, section 3.9, "U+FFFD substitution". */
static long utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return -1;
    size_t k = 1;
    for (; k <= need && k < n; k++) {
        unsigned b = s[k];
        if (b < lo || b > hi)
            break;
        lo = 0x80, hi = 0xBF; /* only the second byte has special bounds */
    }
    return k == need + 1 ? (long)k : -(long)k;
}

static size_t hexval(const char *p)
{
    size_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        check(d >= 0, "\\u takes four hex digits");
        v = v * 16 + (size_t)d;
    }
    return v;
}

static void check_json(const char *s, size_t n)
{
    static cli_out o; /* 64 KiB: never flushed, as the output of 8 KiB of input fits */
    cli_out_init(&o, -1);
    cli_json_string(&o, s, n);
    const char *j = o.buf;
    size_t m = o.n;
    check(m >= 2 && j[0] == '"' && j[m - 1] == '"', "a JSON string is quoted");

    /* expected decoded bytes: the input, invalid subparts as U+FFFD */
    char *want = malloc(3 * n + 1), *got = malloc(3 * n + 1);
    check(want && got, "malloc");
    size_t w = 0, g = 0;
    for (size_t i = 0; i < n;) {
        long k = utf8_seq((const unsigned char *)s + i, n - i);
        if (k > 0) {
            memcpy(want + w, s + i, (size_t)k);
            w += (size_t)k, i += (size_t)k;
        } else {
            memcpy(want + w, "\xEF\xBF\xBD", 3);
            w += 3, i += (size_t)-k;
        }
    }
    /* decode the JSON string (RFC 8259) */
    for (size_t i = 1; i < m - 1;) {
        unsigned char c = (unsigned char)j[i];
        check(c >= 0x20, "no raw control character in a JSON string");
        check(c != '"', "no bare quote inside a JSON string");
        if (c != '\\') {
            long k = utf8_seq((const unsigned char *)j + i, m - 1 - i);
            check(k > 0, "the JSON text is valid UTF-8");
            memcpy(got + g, j + i, (size_t)k);
            g += (size_t)k, i += (size_t)k;
            continue;
        }
        check(i + 1 < m - 1, "an escape is complete");
        char e = j[i + 1];
        const char *simple = strchr("\"\\/bfnrt", e);
        check(e != '\0' && (simple != NULL || e == 'u'), "a known escape");
        if (e != 'u') {
            static const char to[] = "\"\\/\b\f\n\r\t";
            got[g++] = to[simple - "\"\\/bfnrt"];
            i += 2;
            continue;
        }
        check(i + 6 <= m - 1, "\\u has four digits");
        size_t v = hexval(j + i + 2);
        i += 6;
        check(v < 0xD800 || v > 0xDFFF, "no surrogate escapes for bytes that were not text");
        /* encode v as UTF-8 */
        if (v < 0x80)
            got[g++] = (char)v;
        else if (v < 0x800)
            got[g++] = (char)(0xC0 | v >> 6), got[g++] = (char)(0x80 | (v & 0x3F));
        else
            got[g++] = (char)(0xE0 | v >> 12), got[g++] = (char)(0x80 | ((v >> 6) & 0x3F)),
            got[g++] = (char)(0x80 | (v & 0x3F));
    }
    check(g == w && memcmp(got, want, w) == 0,
          "the JSON string decodes to the input, invalid subparts as U+FFFD");
    free(want);
    free(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 8192 + 1)
        return 0;
    size_t max_line = data[0] & 0x3f;
    if (max_line == 0)
        max_line = CLI_MAX_LINE_DEFAULT;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    check_lines(s, n, max_line);
    check_json(s, n);
    return 0;
}
