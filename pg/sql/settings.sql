--
-- The settings datenorm.locales, datenorm.date_order and datenorm.zone: defaults, their
-- effect, errors (SQLSTATE 22023 with the library's message), transactions, a function's
-- SET clause, and the reference instant of the forms without `now`.
--
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS datenorm;
RESET client_min_messages;

-- the settings exist once the library is loaded in the session (its first call)
\c
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'
SHOW datenorm.locales;
SELECT datenorm('2015-11-22') AS loads_the_library;
SHOW datenorm.locales;
SHOW datenorm.date_order;
SHOW datenorm.zone;

-- the settings apply to the forms with and without `now`
SELECT datenorm('05/06/2015', '2026-11-26') AS no_hint;
SET datenorm.locales = 'fr';
SELECT datenorm('05/06/2015', '2026-11-26') AS fr, datenorm_date('05/06/2015') AS fr_date,
       datenorm('Novembre 2015') AS novembre, (datenorm_parse('Novembre 2015')).locale;
SET datenorm.locales = 'it, en-US';
SELECT datenorm('05/06/2015', '2026-11-26') AS it_first,
       (datenorm_parse('Novembre 2015')).locale;
SET datenorm.locales = 'pt_BR.UTF-8';
SHOW datenorm.locales;
SELECT datenorm('22 de novembro de 2015') AS pt;
RESET datenorm.locales;
SET datenorm.date_order = 'ymd';
SHOW datenorm.date_order;
SELECT datenorm('15/06/05', '2026-11-26') AS ymd;
SET datenorm.date_order = 'MDY';
SELECT datenorm('05/06/2015', '2026-11-26') AS mdy, datenorm('22.11.2015') AS unambiguous;
RESET datenorm.date_order;

-- the zone: the reference instant's offset, and the zone of naive times in timestamptz
SELECT datenorm('yesterday at 14:30', '2026-11-26 20:00:00+00') AS utc,
       datenorm_timestamptz('yesterday at 14:30', '2026-11-26 20:00:00+00') AS no_zone;
SET datenorm.zone = 'Pacific/Auckland';
SELECT datenorm('yesterday at 14:30', '2026-11-26 20:00:00+00') AS auckland,
       datenorm_timestamptz('yesterday at 14:30', '2026-11-26 20:00:00+00') AS instant;
SET datenorm.zone = '+05:30';
SELECT datenorm('vor 2 Stunden', '2026-11-26 20:00:00+00') AS plus_0530,
       datenorm_timestamptz('22 Nov 2015 10:00') AS naive_at_0530;
SET datenorm.zone = 'UTC';
SELECT datenorm_timestamptz('22 Nov 2015 10:00') AS naive_at_utc;
RESET datenorm.zone;
SELECT datenorm_timestamptz('22 Nov 2015 10:00') AS naive_no_zone;

-- a bad value is refused with the library's message, and the setting keeps its value
SET datenorm.locales = 'fr';
SET datenorm.locales = 'fr,xx-bogus';
SHOW datenorm.locales;
SET datenorm.zone = 'Mars/Olympus_Mons';
SET datenorm.zone = '+25:00';
SET datenorm.date_order = 'DYM';
SET datenorm.nonsense = 'x';
SHOW datenorm.zone;
-- ... with SQLSTATE 22023 (invalid_parameter_value)
DO $$
BEGIN
    SET datenorm.locales = 'xx-bogus';
EXCEPTION WHEN invalid_parameter_value THEN
    RAISE NOTICE 'invalid_parameter_value: %', SQLERRM;
END $$;
DO $$
BEGIN
    PERFORM datenorm('22 Nov 2015', now(), 'Mars/Olympus_Mons');
EXCEPTION WHEN invalid_parameter_value THEN
    RAISE NOTICE 'invalid_parameter_value: %', SQLERRM;
END $$;
-- the explicit form's options are checked the same way
SELECT datenorm('22 Nov 2015', now(), 'UTC', 'zz-Nowhere');
SELECT datenorm('22 Nov 2015', now(), 'UTC', '', 'month-first');
SELECT datenorm('22 Nov 2015', 'infinity');
-- the reference must lie within the library's years 0000 to 9999 (timestamptz reaches further)
SELECT datenorm('22 Nov 2015', '10000-01-01 00:00:00+00');
SELECT datenorm_search('22 Nov 2015', '4714-11-24 00:00:00+00 BC');
SELECT datenorm('22 Nov 2015', '9999-12-31 23:59:59+00') AS last_instant,
       datenorm('yesterday', '0001-01-02 00:00:00+00 BC') AS first_day;
-- but a text with no date, or with anything in it, is never an error
SELECT datenorm(repeat('x', 100000)) AS long_no_date, datenorm(repeat('2015-', 20000)) AS dashes;
RESET datenorm.locales;

-- a transaction's SET, SET LOCAL and a rollback: the parser follows the setting back
BEGIN;
SET LOCAL datenorm.locales = 'fr';
SELECT datenorm('05/06/2015', '2026-11-26') AS local_fr;
COMMIT;
SELECT datenorm('05/06/2015', '2026-11-26') AS after_commit, current_setting('datenorm.locales') AS locales;
BEGIN;
SET datenorm.date_order = 'DMY';
SELECT datenorm('05/06/2015', '2026-11-26') AS in_transaction;
ROLLBACK;
SELECT datenorm('05/06/2015', '2026-11-26') AS after_rollback;
-- a function's own SET clause
CREATE FUNCTION french_date(t text) RETURNS text LANGUAGE sql STABLE
    SET datenorm.locales = 'fr' RETURN datenorm(t, '2026-11-26');
SELECT french_date('05/06/2015') AS in_function, datenorm('05/06/2015', '2026-11-26') AS outside;
DROP FUNCTION french_date(text);
-- switching between setting values, many times over rows
SELECT string_agg(DISTINCT datenorm('05/06/2015', '2026-11-26'), ', ') FROM (
    SELECT set_config('datenorm.locales', CASE WHEN i % 2 = 0 THEN 'fr' ELSE 'en-US' END, false)
      FROM generate_series(1, 4) i) s;
RESET datenorm.locales;

-- without `now` the reference is the transaction's start, as for now()
BEGIN;
SELECT pg_sleep(1.05);
SELECT datenorm('vor 2 Stunden')
         = to_char(date_trunc('second', now()) - interval '2 hours', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
         AS transaction_start,
       datenorm('vor 2 Stunden')
         = to_char(date_trunc('second', clock_timestamp()) - interval '2 hours',
                   'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS not_the_clock;
SET LOCAL datenorm.zone = 'Asia/Tokyo';
SELECT datenorm('today') = to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS tokyo_today,
       datenorm_date('today') = (now() AT TIME ZONE 'Asia/Tokyo')::date AS tokyo_date;
COMMIT;

-- a value set before the extension was loaded in the session (a placeholder) is checked
-- when it loads: PostgreSQL warns; the functions then refuse to run with the default
\c
SET datenorm.locales = 'xx-bogus';
SELECT datenorm('05/06/2015', '2026-11-26');
SELECT datenorm('05/06/2015', '2026-11-26');
SET datenorm.locales = 'fr';
SELECT datenorm('05/06/2015', '2026-11-26') AS fixed;
-- a good placeholder is taken as it is
\c
SET datenorm.date_order = 'dmy';
SELECT datenorm('05/06/2015', '2026-11-26') AS dmy_from_placeholder;
