/*
 * The names of the public enums' values (lib/names.c): dn_precision_name, dn_flag_name and
 * dn_order_name, which the CLI's --json, the PostgreSQL extension and the Python binding
 * print. Every defined value has its documented name; 0, several bits, the order field's
 * bits, unassigned bits and values outside an enum give NULL; and the names of a parsed
 * result are what a front end lists for it. Also the locale a result reports when several
 * languages write it alike (dnp_langset_pick: the first hint that reads it), which the
 * Python layer's `languages=` relies on.
 */
#include <string.h>

#include "suites.h"

START_TEST(test_precision_names)
{
    static const struct {
        dn_precision p;
        const char *name;
    } cases[] = {
        {DN_PREC_NONE, "none"},     {DN_PREC_YEAR, "year"},     {DN_PREC_MONTH, "month"},
        {DN_PREC_WEEK, "week"},     {DN_PREC_DAY, "day"},       {DN_PREC_HOUR, "hour"},
        {DN_PREC_MINUTE, "minute"}, {DN_PREC_SECOND, "second"}, {DN_PREC_FRACTION, "fraction"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_str_eq(dn_precision_name(cases[i].p), cases[i].name);
    ck_assert_ptr_null(dn_precision_name((dn_precision)(DN_PREC_FRACTION + 1)));
    ck_assert_ptr_null(dn_precision_name((dn_precision)-1));
}
END_TEST

START_TEST(test_flag_names)
{
    static const struct {
        unsigned bit;
        const char *name;
    } cases[] = {
        {DN_FLAG_AMBIGUOUS, "ambiguous"},
        {DN_FLAG_WEEKDAY_MISMATCH, "weekday_mismatch"},
        {DN_FLAG_HAS_OFFSET, "has_offset"},
        {DN_FLAG_RELATIVE, "relative"},
        {DN_FLAG_YEAR_IMPLIED, "year_implied"},
        {DN_FLAG_TWO_DIGIT_YEAR, "two_digit_year"},
        {DN_FLAG_EPOCH, "epoch"},
        {DN_FLAG_ORDER_PROVED, "order_proved"},
        {DN_FLAG_OFFSET_FROM_REF, "offset_from_reference"},
        {DN_FLAG_CALENDAR_AMBIGUOUS, "calendar_ambiguous"},
        {DN_FLAG_ZONE_AMBIGUOUS, "zone_ambiguous"},
        {DN_FLAG_ZONE_GAP, "zone_gap"},
        {DN_FLAG_TIME_ONLY, "time_only"}, /* issue 8 */
        {DN_FLAG_PAGE_ORDER, "page_order"}, /* issue 10 */
        {DN_FLAG_RANGE, "range"},           /* issue 10 */
    };
    unsigned named = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_str_eq(dn_flag_name(cases[i].bit), cases[i].name);
        named |= cases[i].bit;
    }
    /* not one flag: nothing, two flags, the order field's bits (a dn_order, not flags) */
    ck_assert_ptr_null(dn_flag_name(0));
    ck_assert_ptr_null(dn_flag_name(DN_FLAG_AMBIGUOUS | DN_FLAG_EPOCH));
    ck_assert_ptr_null(dn_flag_name(DN_FLAG_ORDER_MASK));
    ck_assert_ptr_null(dn_flag_name(1u << DN_FLAG_ORDER_SHIFT));
    ck_assert_ptr_null(dn_flag_name(2u << DN_FLAG_ORDER_SHIFT));
    ck_assert_ptr_null(dn_flag_name(0x80000000u));
    /* every named bit is in the table above, and no two bits share a name */
    for (unsigned b = 1; b; b <<= 1) {
        const char *n = dn_flag_name(b);
        if (!n)
            continue;
        ck_assert_msg(named & b, "bit 0x%x is named '%s' but not tested here", b, n);
        for (unsigned c = b << 1; c; c <<= 1)
            ck_assert(!dn_flag_name(c) || strcmp(dn_flag_name(c), n) != 0);
    }
}
END_TEST

START_TEST(test_order_names)
{
    ck_assert_ptr_null(dn_order_name(DN_ORDER_AUTO));
    ck_assert_str_eq(dn_order_name(DN_ORDER_DMY), "DMY");
    ck_assert_str_eq(dn_order_name(DN_ORDER_MDY), "MDY");
    ck_assert_str_eq(dn_order_name(DN_ORDER_YMD), "YMD");
    ck_assert_ptr_null(dn_order_name((dn_order)(DN_ORDER_YMD + 1)));
    ck_assert_ptr_null(dn_order_name((dn_order)-1));
}
END_TEST

/* The names of a result's flags, as a front end lists them: "order_proved " */
static const char *flag_list(const dn_date *d, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (unsigned b = 1; b; b <<= 1)
        if ((d->flags & b) && dn_flag_name(b) && strlen(buf) + strlen(dn_flag_name(b)) + 2 < cap) {
            strcat(buf, dn_flag_name(b));
            strcat(buf, " ");
        }
    return buf;
}

/* A parsed result's names, as a front end lists them. */
START_TEST(test_names_of_results)
{
    dn_parser *p = dn_test_parser(NULL, DN_ORDER_AUTO);
    dn_context ctx = dn_test_context();
    dn_date d;
    char flags[128];

    static const char t1[] = "25/12/2015";
    ck_assert_int_eq(dn_parse(p, t1, strlen(t1), &ctx, &d), 1);
    ck_assert_str_eq(dn_precision_name(d.precision), "day");
    ck_assert_str_eq(dn_order_name(DN_DATE_ORDER(&d)), "DMY");
    ck_assert_str_eq(flag_list(&d, flags, sizeof flags), "order_proved ");

    static const char t2[] = "Sun, 22 Nov 2015 10:00:00 +0100";
    ck_assert_int_eq(dn_parse(p, t2, strlen(t2), &ctx, &d), 1);
    ck_assert_str_eq(dn_precision_name(d.precision), "second");
    ck_assert_ptr_null(dn_order_name(DN_DATE_ORDER(&d)));
    ck_assert_str_eq(flag_list(&d, flags, sizeof flags), "has_offset ");
    dn_parser_free(p);
}
END_TEST

/* The locale a result reports when several languages write it alike (年/月/日 are Japanese
   and Chinese; a year mark): the first hint that reads it, else the first language. */
START_TEST(test_hinted_locale_of_shared_marks)
{
    static const struct {
        const char *hints, *text, *locale;
    } cases[] = {
        {"zh", "2015年11月22日", "zh"},
        {"ja", "2015年11月22日", "ja"},
        {"en,zh", "2015年11月22日", "zh"},
        {"zh,ja", "2015年11月22日", "zh"},
        {"ja,zh", "2015年11月22日", "ja"},
        {NULL, "2015年11月22日", "ja"},
        {"zh", "2015年", "zh"},
        {"ko", "2015년 11월 22일", "ko"},
    };
    dn_context ctx = dn_test_context();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dn_parser *p = dn_test_parser(cases[i].hints, DN_ORDER_AUTO);
        dn_date d;
        ck_assert_int_eq(dn_parse(p, cases[i].text, strlen(cases[i].text), &ctx, &d), 1);
        ck_assert_msg(strcmp(d.locale, cases[i].locale) == 0, "%s with hints %s: locale %s, not %s",
                      cases[i].text, cases[i].hints ? cases[i].hints : "(none)", d.locale,
                      cases[i].locale);
        dn_parser_free(p);
    }
}
END_TEST

Suite *names_suite(void)
{
    Suite *s = suite_create("names");
    TCase *tc = tcase_create("names");
    tcase_add_test(tc, test_precision_names);
    tcase_add_test(tc, test_flag_names);
    tcase_add_test(tc, test_order_names);
    tcase_add_test(tc, test_names_of_results);
    suite_add_tcase(s, tc);
    tc = tcase_create("locale");
    tcase_add_test(tc, test_hinted_locale_of_shared_marks);
    suite_add_tcase(s, tc);
    return s;
}
