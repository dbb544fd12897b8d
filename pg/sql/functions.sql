--
-- Every function of the extension in its three forms, NULLs, texts with no date, the
-- fields of a result, spans in characters, and the functions' declared properties.
--
CREATE EXTENSION datenorm;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'

-- datenorm(input [, now [, zone, locales, date_order]]) -> ISO 8601 text
SELECT datenorm('22 Novembre 2015') AS fr,
       datenorm('Sonntag, 22. November 2015 um 14:30 Uhr') AS de,
       datenorm('22 ноября 2015 г.') AS ru,
       datenorm('2015年11月22日') AS ja;
SELECT datenorm('November 2015') AS month_only,
       datenorm('Sun, 22 Nov 2015 10:00:00 +0100') AS rfc2822,
       datenorm('1448186400') AS epoch,
       datenorm('— Reuters (@Reuters) 22 Novembre 2015') AS noisy;
-- no date, or an impossible one: NULL, never an error
SELECT datenorm('version 2.0.1') AS version, datenorm('1,234 views') AS views,
       datenorm('31 November 2015') AS impossible, datenorm('') AS empty;
-- relative dates against an explicit reference instant
SELECT datenorm('il y a 3 jours', '2026-11-26 12:00:00+00') AS three_days_ago,
       datenorm('vor 2 Stunden', '2026-11-26 12:00:00+00') AS two_hours_ago,
       datenorm('yesterday at 14:30', '2026-11-26 12:00:00+00') AS yesterday,
       datenorm('last month', '2026-11-26 12:00:00+00') AS last_month,
       datenorm('this week', '2026-11-26 12:00:00+00') AS this_week;
-- a date without a year takes the reference's
SELECT datenorm('14 December', '2026-11-26 12:00:00+00') AS dec_2026,
       datenorm('3 February', '2026-11-26 12:00:00+00') AS feb_2026;
-- the IMMUTABLE form: zone, locale hints and order as arguments
SELECT datenorm('05/06/2015', '2026-11-26', NULL) AS no_hint,
       datenorm('05/06/2015', '2026-11-26', '', 'fr') AS fr_hint,
       datenorm('05/06/2015', '2026-11-26', '', 'en-US') AS us_hint,
       datenorm('05/06/2015', '2026-11-26', '', '', 'DMY') AS dmy,
       datenorm('05/06/2015', now => '2026-11-26', zone => NULL, date_order => 'mdy') AS named;
-- the zone of the reference: 23:30 UTC is already the next day in Tokyo
SELECT datenorm('today', '2026-11-26 23:30:00+00', 'UTC') AS utc,
       datenorm('today', '2026-11-26 23:30:00+00', 'Asia/Tokyo') AS tokyo,
       datenorm('vor 2 Stunden', '2026-11-26 23:30:00+00', '+05:30') AS plus_0530;

-- NULL in, NULL out
SELECT datenorm(NULL) IS NULL AS a, datenorm(NULL, now()) IS NULL AS b,
       datenorm('2015-11-22', NULL) IS NULL AS c,
       datenorm(NULL, now(), 'UTC') IS NULL AS d,
       datenorm('2015-11-22', NULL, 'UTC') IS NULL AS e;
-- NULL options are the defaults
SELECT datenorm('2015-11-22', '2026-11-26', NULL, NULL, NULL) AS defaults;

-- datenorm_date: a date when the text gives a day or finer
SELECT datenorm_date('22 Novembre 2015') AS day,
       datenorm_date('Sun, 22 Nov 2015 23:30:00 -0500') AS as_written,
       datenorm_date('November 2015') AS month_only,
       datenorm_date('this week', '2026-11-26') AS week_only,
       datenorm_date('hier', '2026-11-26 12:00:00+00') AS hier,
       datenorm_date('nothing here') AS nothing;
SELECT datenorm_date('hier', '2026-11-26 00:30:00+00', 'America/New_York') AS new_york;

-- datenorm_timestamptz: an instant when the text gives a time and its offset
SELECT datenorm_timestamptz('Sun, 22 Nov 2015 10:00:00 +0100') AS rfc2822,
       datenorm_timestamptz('2015-11-22T10:00:00.1234567Z') AS rounded_to_us,
       datenorm_timestamptz('1448186400') AS epoch,
       datenorm_timestamptz('vor 2 Stunden', '2026-11-26 12:00:00+00') AS relative;
-- a time without an offset is no instant, unless a zone is named
SELECT datenorm_timestamptz('22 Nov 2015 10:00') AS naive,
       datenorm_timestamptz('22 Nov 2015') AS date_only,
       datenorm_timestamptz('22 Nov 2015 10:00', '2026-11-26', 'Europe/Paris') AS paris_winter,
       datenorm_timestamptz('22 Jul 2015 10:00', '2026-11-26', 'Europe/Paris') AS paris_summer,
       datenorm_timestamptz('22 Nov 2015 10:00', '2026-11-26', '-03:00') AS minus_3;
-- PostgreSQL's rule for clock times a zone skips or repeats, as AT TIME ZONE reads them
SELECT datenorm_timestamptz('2018-03-11 02:30', '2026-11-26', 'America/New_York') AS gap,
       '2018-03-11 02:30'::timestamp AT TIME ZONE 'America/New_York' AS gap_pg,
       datenorm_timestamptz('2018-11-04 01:30', '2026-11-26', 'America/New_York') AS overlap,
       '2018-11-04 01:30'::timestamp AT TIME ZONE 'America/New_York' AS overlap_pg;
-- the zone of the reference also reads the naive time of a relative date
SELECT datenorm_timestamptz('yesterday at 14:30', '2026-11-26 12:00:00+00', 'Asia/Kolkata') AS kolkata;

-- datenorm_parse: every field, NULL where the text gave none
\x on
SELECT * FROM datenorm_parse('Sonntag, 22. November 2015 um 14:30 Uhr');
SELECT * FROM datenorm_parse('Sun, 22 Nov 2015 10:00:00.25 +0100');
SELECT * FROM datenorm_parse('05/06/2015');
SELECT * FROM datenorm_parse('in 2 weeks', '2026-11-26 12:00:00+00');
-- 22 November 2015 was a Sunday: the date stands, flagged
SELECT * FROM datenorm_parse('Posted: Friday, 22 November 2015', '2026-11-26', 'UTC', 'en');
\x off
SELECT datenorm_parse('no date at all') IS NULL AS no_date;
SELECT (datenorm_parse('2015-W48')).week, (datenorm_parse('2015-W48'))."precision";
SELECT (datenorm_parse('22/11/69')).iso, (datenorm_parse('22/11/69')).flags;

-- datenorm_search: each date of a running text, spans in characters (1-based)
SELECT start, length, iso, text, locale
  FROM datenorm_search('Publié le 22 Novembre 2015 — mis à jour le 2016-01-02 à 10:00. Rien ici.');
SELECT start, length, iso, text
  FROM datenorm_search('2015年11月22日と2016年1月2日', '2026-11-26');
-- substr(input, start, length) is the date as written
SELECT bool_and(substr(t, start, length) = text) AS substr_matches, count(*)
  FROM (VALUES ('Déjà le 3 décembre 2015, puis ２０１６年１月２日, enfin 22.11.2015'),
               ('ŞUBAT 2016 — 14 Şubat 2016 — 2016-02-14T10:00:00+03:00')) v(t),
       datenorm_search(t);
SELECT count(*) AS none
  FROM datenorm_search('Nothing here. Call +1 (722) 584-3870, version 2.0.1, 1,234 views.');
SELECT count(*) AS null_input FROM datenorm_search(NULL);
-- many dates in one text
SELECT count(*), min(iso), max(iso)
  FROM datenorm_search((SELECT string_agg(format('%s-01-02', y), ' and ')
                          FROM generate_series(1900, 2099) y));
-- one row per date of every input row, with the input's columns beside it
SELECT id, s.iso
  FROM (VALUES (1, 'From 2015-11-22 to 2015-11-29'), (2, 'none'), (3, '3 mars 2016'))
       v(id, body),
       LATERAL datenorm_search(body, now => '2026-11-26') s
 ORDER BY id, s.start;

SELECT datenorm_version() LIKE 'datenorm % (ICU %)' AS version;

-- datenorm_to_zone: a time with an offset in another zone (the day moves), a naive time
-- read in assume_zone (a daylight-saving gap moves forward), a date alone unchanged,
-- a naive time without assume_zone unchanged; bad zones are errors with the library's words
SELECT datenorm_to_zone('22 Nov 2015 23:30 UTC', 'Asia/Kolkata') AS kolkata,
       datenorm_to_zone('Sun, 22 Nov 2015 10:00:00 +0100', '-05:00') AS minus5,
       datenorm_to_zone('28/03/2021 02:30', 'UTC', 'Europe/Paris') AS gap,
       datenorm_to_zone('22/11/2015 14:00', NULL, 'America/New_York') AS assumed,
       datenorm_to_zone('22 Novembre 2015', 'Asia/Tokyo') AS day_only,
       datenorm_to_zone('22/11/2015 14:00', 'Asia/Tokyo') AS naive,
       datenorm_to_zone('no date here', 'UTC') AS none;
SELECT datenorm_to_zone('22 Nov 2015 23:30 UTC', 'Mars/Olympus');
SELECT datenorm_to_zone(NULL, 'Nowhere/Else', 'UTC');
-- with a reference instant (STABLE), and with every option (IMMUTABLE: a generated column)
SELECT datenorm_to_zone('il y a 2 heures', 'Asia/Tokyo', NULL, '2026-11-26 12:00:00+00') AS ago_tokyo,
       datenorm_to_zone('04/09/2026 14:00', 'UTC', 'Europe/Paris', '2026-11-26 12:00:00+00',
                        'Europe/Paris', 'fr', 'dmy') AS dmy_paris,
       datenorm_to_zone('hier à 23h30', 'UTC', 'Europe/Paris', '2026-11-26 12:00:00+00',
                        'Europe/Paris') AS hier_paris,
       datenorm_to_zone('22 Nov 2015', 'UTC', NULL, NULL) AS null_now;
CREATE TABLE posts (body text,
                    posted_utc text GENERATED ALWAYS AS
                        (datenorm_to_zone(body, 'UTC', 'America/New_York',
                                          '2026-11-26 12:00:00+00', 'America/New_York')) STORED);
INSERT INTO posts(body) VALUES ('Nov 25, 2026 9:15 PM'), ('3 hours ago'), ('no date');
SELECT body, posted_utc FROM posts ORDER BY body;
DROP TABLE posts;

-- volatility and parallel safety, as declared
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.provolatile,
       p.proparallel, p.proisstrict
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'datenorm'
 ORDER BY 1, 2;
-- an expression index needs an IMMUTABLE function: the explicit form; the UPDATE of the
-- issue reads the settings (datenorm.zone names none: the naive time of row 3 stays NULL)
CREATE TABLE articles (id int, published_raw text, crawled_at timestamptz);
INSERT INTO articles VALUES (1, '22 Novembre 2015', '2015-11-23 08:00+00'),
                            (2, 'il y a 3 heures', '2016-01-05 09:00+00'),
                            (3, 'Sonntag, 22. November 2015 um 14:30 Uhr', '2015-11-23 08:00+00'),
                            (4, 'Sun, 22 Nov 2015 10:00:00 +0100', '2015-11-23 08:00+00'),
                            (5, 'no date here', '2016-01-05 09:00+00');
CREATE INDEX ON articles (datenorm_date(published_raw, crawled_at, 'UTC'));
CREATE INDEX ON articles (datenorm_date(published_raw, crawled_at));
ALTER TABLE articles ADD COLUMN published_at timestamptz;
UPDATE articles SET published_at = datenorm_timestamptz(published_raw, crawled_at);
SELECT id, published_at, datenorm_date(published_raw, crawled_at, 'UTC'),
       datenorm_timestamptz(published_raw, crawled_at, 'Europe/Berlin') AS berlin
  FROM articles ORDER BY id;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE datenorm_date(published_raw, crawled_at, 'UTC') = '2015-11-22';
SELECT id FROM articles WHERE datenorm_date(published_raw, crawled_at, 'UTC') = '2015-11-22'
 ORDER BY id;
RESET enable_seqscan;
DROP TABLE articles;
