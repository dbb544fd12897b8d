--
-- Text that is not plain UTF-8: invalid sequences in a SQL_ASCII database (where a text may
-- hold any bytes but NUL), the bytea route (convert_from), and a LATIN1 database (texts
-- are converted to UTF-8 for the library; positions count the database's characters).
--
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'
SELECT current_database() AS regress_db \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS datenorm;
RESET client_min_messages;

-- In a UTF8 database PostgreSQL itself refuses invalid UTF-8 before a function sees it
SELECT datenorm(convert_from('\x3232204e6f76203230313520ff'::bytea, 'UTF8'));
-- bytes in another encoding are converted on the way in
SELECT datenorm(convert_from('\x323220616ffb7420323031352c2032323a3330'::bytea, 'LATIN1')) AS latin1_bytes,
       datenorm(convert_from('\x32322066e97672696572203230313520e020313468'::bytea, 'LATIN1')) AS fevrier;

-- SQL_ASCII: any bytes reach the functions
CREATE DATABASE datenorm_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';
\c datenorm_ascii
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'
CREATE EXTENSION datenorm;
-- a date beside invalid sequences: a stray byte, a lone continuation byte, an overlong
-- '/', a UTF-16 surrogate, a sequence cut short; and texts of invalid bytes only
SELECT n, datenorm(t) AS iso, datenorm_date(t) AS day
  FROM (VALUES (1, convert_from('\x3232204e6f762032303135ff'::bytea, 'SQL_ASCII')),
               (2, convert_from('\x803232204e6f76203230313580'::bytea, 'SQL_ASCII')),
               (3, convert_from('\x3232c0af3131c0af32303135'::bytea, 'SQL_ASCII')),
               (4, convert_from('\xeda08020323031352d31312d323320edbfbf'::bytea, 'SQL_ASCII')),
               (5, convert_from('\x323220646563656d627265203230313520e282'::bytea, 'SQL_ASCII')),
               (6, convert_from('\xfffefdfcfbfaf9f8'::bytea, 'SQL_ASCII')),
               (7, convert_from('\xc3'::bytea, 'SQL_ASCII'))) v(n, t)
 ORDER BY n;
-- search: positions are bytes here, as substr() counts them in SQL_ASCII
SELECT start, length, iso, octet_length(text) AS bytes
  FROM datenorm_search(convert_from('\xff4c65203232206ec3b276656d62726520323031352c20ff3c20323031362d30312d3032'::bytea, 'SQL_ASCII'));
SELECT bool_and(substr(t, start, length) = text) AS substr_matches, count(*) AS dates
  FROM (SELECT convert_from('\xff4c65203232206ec3b276656d62726520323031352c20ff3c20323031362d30312d3032'::bytea, 'SQL_ASCII')) v(t),
       datenorm_search(t);
-- valid UTF-8 in a SQL_ASCII database reads as UTF-8
SELECT datenorm('22 février 2015') AS fevrier, (datenorm_parse('le 22 février 2015')).start,
       (datenorm_parse('le 22 février 2015')).length;
-- random bytes (no NUL): no crash, the same answers every time
CREATE TABLE noise AS
  SELECT i, convert_from(decode(translate(md5(i::text) || md5((i * 7)::text), '0', '8'), 'hex'),
                         'SQL_ASCII') AS t
    FROM generate_series(1, 3000) i;
SELECT count(*) AS rows, count(datenorm(t, '2026-11-26')) AS dates,
       count(datenorm_parse(t, '2026-11-26')) AS parsed,
       (SELECT count(*) FROM noise, datenorm_search(t, '2026-11-26')) AS found
  FROM noise;
SELECT count(*) AS rows, count(datenorm(t, '2026-11-26')) AS dates FROM noise;
DROP TABLE noise;

-- LATIN1: the client's UTF-8 is converted to LATIN1, and the library's input back to UTF-8
\c :regress_db
CREATE DATABASE datenorm_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
\c datenorm_latin1
SET client_encoding = 'UTF8';
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\pset null '(null)'
CREATE EXTENSION datenorm;
SELECT datenorm('22 février 2015') AS fevrier, datenorm('22. Dezember 2015 um 14:30') AS dezember,
       datenorm('22 août 2015', '2026-11-26', 'UTC', 'fr') AS aout;
SELECT start, length, iso, text
  FROM datenorm_search('Publié le 22 février 2015 à 14h00; révisé le 3 déc. 2015. Fin.');
SELECT bool_and(substr(t, start, length) = text) AS substr_matches, count(*) AS dates
  FROM (VALUES ('Öffnungszeit: 22. März 2016, geändert am 2016-03-23')) v(t), datenorm_search(t);

\c :regress_db
DROP DATABASE datenorm_ascii;
DROP DATABASE datenorm_latin1;
