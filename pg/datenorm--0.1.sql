-- datenorm 0.1: dates written in any language, normalized to ISO 8601.
-- Each function comes in three forms:
--   f(input text)                    STABLE: reads datenorm.locales, datenorm.date_order and
--                                    datenorm.zone; the reference instant for relative
--                                    dates is the transaction's start, as for now()
--   f(input text, now timestamptz)   STABLE: the settings, and the given reference instant
--   f(input text, now timestamptz, zone text, locales text DEFAULT '',
--     date_order text DEFAULT 'auto')
--                                    IMMUTABLE: no setting read, so usable in an index or
--                                    a generated column; NULL zone, locales or date_order
--                                    mean the default ('', '', 'auto')
-- All are PARALLEL SAFE: each backend and each parallel worker builds its own parser from
-- the settings (once per setting value, not per row) and shares nothing.
-- A NULL input or now gives NULL; so does a text with no date, never an error.
\echo Use "CREATE EXTENSION datenorm" to load this file. \quit

-- Every field of a result; a field the text did not give is NULL. start and length are
-- in characters, 1-based, so substr(input, start, length) = text.
CREATE TYPE datenorm_result AS (
    iso text,               -- as datenorm() writes it: 2015-11-22, 2015-11, 2015-W48, ...
    year int,
    month int,
    day int,
    week int,               -- ISO week, when the text names a week
    weekday int,            -- 1 = Monday .. 7 = Sunday
    hour int,
    minute int,
    second int,
    nanosecond int,
    fraction_digits int,    -- digits of the fraction as written
    offset_minutes int,     -- east of UTC, when the text gave an offset or a zone
    "precision" text,       -- year, month, week, day, hour, minute, second or fraction
    locale text,            -- the language whose words matched; '' for ISO 8601 and such
    confidence real,        -- 0 to 1
    start int,              -- 1-based position of the date in the input, in characters
    length int,             -- its length in characters
    text text,              -- the date as written in the input
    flags text[],           -- ambiguous, weekday_mismatch, has_offset, relative,
                            -- year_implied, two_digit_year, epoch
    alt_iso text            -- the other reading of an ambiguous all-numeric date
);

CREATE FUNCTION datenorm(input text)
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_iso'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm(input text, now timestamptz)
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_iso'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm(input text, now timestamptz, zone text, locales text DEFAULT '',
                       date_order text DEFAULT 'auto')
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_iso'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm(text) IS
    'the ISO 8601 text of the best date in a text, as the datenorm program prints it; reads the datenorm.* settings, relative to the transaction''s start';
COMMENT ON FUNCTION datenorm(text, timestamptz) IS
    'the ISO 8601 text of the best date in a text, as the datenorm program prints it; reads the datenorm.* settings, relative to now';
COMMENT ON FUNCTION datenorm(text, timestamptz, text, text, text) IS
    'the ISO 8601 text of the best date in a text, as the datenorm program prints it; relative to now, in zone, with these locale hints and date order';

CREATE FUNCTION datenorm_date(input text)
    RETURNS date AS 'MODULE_PATHNAME', 'pgdn_sql_date'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_date(input text, now timestamptz)
    RETURNS date AS 'MODULE_PATHNAME', 'pgdn_sql_date'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_date(input text, now timestamptz, zone text, locales text DEFAULT '',
                       date_order text DEFAULT 'auto')
    RETURNS date AS 'MODULE_PATHNAME', 'pgdn_sql_date'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_date(text) IS
    'the day of the best date in a text, when it gives a day or finer; reads the datenorm.* settings, relative to the transaction''s start';
COMMENT ON FUNCTION datenorm_date(text, timestamptz) IS
    'the day of the best date in a text, when it gives a day or finer; reads the datenorm.* settings, relative to now';
COMMENT ON FUNCTION datenorm_date(text, timestamptz, text, text, text) IS
    'the day of the best date in a text, when it gives a day or finer; relative to now, in zone, with these locale hints and date order';

CREATE FUNCTION datenorm_timestamptz(input text)
    RETURNS timestamptz AS 'MODULE_PATHNAME', 'pgdn_sql_timestamptz'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_timestamptz(input text, now timestamptz)
    RETURNS timestamptz AS 'MODULE_PATHNAME', 'pgdn_sql_timestamptz'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_timestamptz(input text, now timestamptz, zone text, locales text DEFAULT '',
                       date_order text DEFAULT 'auto')
    RETURNS timestamptz AS 'MODULE_PATHNAME', 'pgdn_sql_timestamptz'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_timestamptz(text) IS
    'the instant of the best date in a text, when it gives a time and its UTC offset (or a zone is named); reads the datenorm.* settings, relative to the transaction''s start';
COMMENT ON FUNCTION datenorm_timestamptz(text, timestamptz) IS
    'the instant of the best date in a text, when it gives a time and its UTC offset (or a zone is named); reads the datenorm.* settings, relative to now';
COMMENT ON FUNCTION datenorm_timestamptz(text, timestamptz, text, text, text) IS
    'the instant of the best date in a text, when it gives a time and its UTC offset (or a zone is named); relative to now, in zone, with these locale hints and date order';

CREATE FUNCTION datenorm_parse(input text)
    RETURNS datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_parse'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_parse(input text, now timestamptz)
    RETURNS datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_parse'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100;
CREATE FUNCTION datenorm_parse(input text, now timestamptz, zone text, locales text DEFAULT '',
                       date_order text DEFAULT 'auto')
    RETURNS datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_parse'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_parse(text) IS
    'every field of the best date in a text; reads the datenorm.* settings, relative to the transaction''s start';
COMMENT ON FUNCTION datenorm_parse(text, timestamptz) IS
    'every field of the best date in a text; reads the datenorm.* settings, relative to now';
COMMENT ON FUNCTION datenorm_parse(text, timestamptz, text, text, text) IS
    'every field of the best date in a text; relative to now, in zone, with these locale hints and date order';

CREATE FUNCTION datenorm_search(input text)
    RETURNS SETOF datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_search'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100 ROWS 2;
CREATE FUNCTION datenorm_search(input text, now timestamptz)
    RETURNS SETOF datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_search'
    LANGUAGE C STRICT STABLE PARALLEL SAFE COST 100 ROWS 2;
CREATE FUNCTION datenorm_search(input text, now timestamptz, zone text, locales text DEFAULT '',
                       date_order text DEFAULT 'auto')
    RETURNS SETOF datenorm_result AS 'MODULE_PATHNAME', 'pgdn_sql_search'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100 ROWS 2;
COMMENT ON FUNCTION datenorm_search(text) IS
    'every date of a running text, left to right; reads the datenorm.* settings, relative to the transaction''s start';
COMMENT ON FUNCTION datenorm_search(text, timestamptz) IS
    'every date of a running text, left to right; reads the datenorm.* settings, relative to now';
COMMENT ON FUNCTION datenorm_search(text, timestamptz, text, text, text) IS
    'every date of a running text, left to right; relative to now, in zone, with these locale hints and date order';

-- The best date seen in another zone (the CLI's --to-zone and --assume-zone): a time with
-- an offset is written as the same instant in to_zone, a time without one is read in
-- assume_zone (else it stays naive); a date without a time is as datenorm() writes it.
-- Reads the datenorm.* settings, relative to the transaction's start, as datenorm(input).
-- A zone the library cannot read is an error (22023); NULL or '' zones are not given.
CREATE FUNCTION datenorm_to_zone(input text, to_zone text, assume_zone text DEFAULT NULL)
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_to_zone'
    LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_to_zone(text, text, text) IS
    'the ISO 8601 text of the best date in a text, a time converted to to_zone (read in assume_zone when the text gives no offset); reads the datenorm.* settings';
CREATE FUNCTION datenorm_to_zone(input text, to_zone text, assume_zone text, now timestamptz)
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_to_zone'
    LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_to_zone(text, text, text, timestamptz) IS
    'the ISO 8601 text of the best date in a text, relative to now, a time converted to to_zone (read in assume_zone when the text gives no offset); reads the datenorm.* settings';
-- The IMMUTABLE form, for an index or a generated column: no setting read.
CREATE FUNCTION datenorm_to_zone(input text, to_zone text, assume_zone text, now timestamptz,
                                 zone text, locales text DEFAULT '', date_order text DEFAULT 'auto')
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_to_zone'
    LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE COST 100;
COMMENT ON FUNCTION datenorm_to_zone(text, text, text, timestamptz, text, text, text) IS
    'the ISO 8601 text of the best date in a text, relative to now, in zone, with these locale hints and date order, a time converted to to_zone (read in assume_zone when the text gives no offset)';

CREATE FUNCTION datenorm_version()
    RETURNS text AS 'MODULE_PATHNAME', 'pgdn_sql_version'
    LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION datenorm_version() IS 'the versions of libdatenorm and ICU in use';
