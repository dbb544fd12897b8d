/*
 * calnames.c: the names of the calendars datenorm reads (ICU's calendar types, by
 * dn_calendar), shared by the library and the lexicon generator (tools/lexgen/calendars.c),
 * so that both number the calendars alike. Issue 11.
 */
#include "internal.h"

#include <string.h>

const char *const dnp_cal_names[DN_CAL_COUNT] = {
    [DN_CAL_GREGORIAN] = "gregorian",
    [DN_CAL_BUDDHIST] = "buddhist",
    [DN_CAL_JAPANESE] = "japanese",
    [DN_CAL_ROC] = "roc",
    [DN_CAL_PERSIAN] = "persian",
    [DN_CAL_ISLAMIC] = "islamic",
    [DN_CAL_ISLAMIC_CIVIL] = "islamic-civil",
    [DN_CAL_ISLAMIC_UMALQURA] = "islamic-umalqura",
    [DN_CAL_ISLAMIC_TBLA] = "islamic-tbla",
    [DN_CAL_ISLAMIC_RGSA] = "islamic-rgsa",
    [DN_CAL_HEBREW] = "hebrew",
    [DN_CAL_COPTIC] = "coptic",
    [DN_CAL_ETHIOPIC] = "ethiopic",
    [DN_CAL_INDIAN] = "indian",
};

int dnp_cal_family(int cal)
{
    switch (cal) {
    case DN_CAL_BUDDHIST:
    case DN_CAL_JAPANESE:
    case DN_CAL_ROC:
        return DN_CAL_GREGORIAN;
    case DN_CAL_ISLAMIC_CIVIL:
    case DN_CAL_ISLAMIC_UMALQURA:
    case DN_CAL_ISLAMIC_TBLA:
    case DN_CAL_ISLAMIC_RGSA:
        return DN_CAL_ISLAMIC;
    default:
        return cal;
    }
}

const char *dn_calendar_name(int calendar)
{
    return calendar >= 0 && calendar < DN_CAL_COUNT ? dnp_cal_names[calendar] : NULL;
}

int dn_calendar_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int c = 0; c < DN_CAL_COUNT; c++)
        if (strcmp(name, dnp_cal_names[c]) == 0)
            return c;
    /* ICU's aliases: islamicc (old name of islamic-civil), ethiopic-amete-alem is not read */
    if (strcmp(name, "islamicc") == 0)
        return DN_CAL_ISLAMIC_CIVIL;
    return -1;
}
