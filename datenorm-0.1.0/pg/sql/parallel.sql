--
-- Many rows: memory stays flat across rows, and parallel query (Gather, workers launched)
-- gives the same results as a serial plan, with the settings passed to the workers.
--
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS datenorm;
RESET client_min_messages;

-- 6,000 rows of dates in many languages and forms, relative ones, ambiguous numeric ones,
-- and texts with no date
CREATE TABLE lines AS
  SELECT (n - 1) * 12 + k AS i, format(v.t, 1990 + n % 37, 1 + n % 28, 1 + n % 12) AS s
    FROM generate_series(1, 500) n,
         (VALUES (1, '%3$s/%2$s/%1$s'), (2, '%2$s %3$s %1$s'), (3, '%1$s-%3$s-%2$s'),
                 (4, 'Posted on %2$s Novembre %1$s'), (5, '%2$s. März %1$s um 14:30 Uhr'),
                 (6, '%1$s年%3$s月%2$s日'), (7, 'il y a %2$s jours'), (8, 'vor %3$s Stunden'),
                 (9, 'Sun, %2$s Nov %1$s 10:00:00 +0100'), (10, 'version %3$s.%2$s.1'),
                 (11, '%2$s views, %1$s likes'), (12, '%3$s/%2$s/%1$s %2$s:%2$s')) v(k, t);
ANALYZE lines;

-- memory: what the backend holds after 500, 1,000 ... rows of every function is the same
-- (every allocation of a call is freed with its row)
SELECT count(p) AS parsed, count(d) AS dated, count(z) AS instants, count(m) AS samples,
       max(m) - min(m) < 65536 AS flat
  FROM (SELECT datenorm_parse(s, '2026-11-26') AS p,
               datenorm_date(s, '2026-11-26', 'Europe/Paris', 'fr,de') AS d,
               datenorm_timestamptz(s, '2026-11-26', 'Europe/Paris') AS z,
               datenorm_search(s) AS f,
               CASE WHEN i % 500 = 0
                    THEN (SELECT sum(total_bytes) FROM pg_backend_memory_contexts WHERE i > 0)
               END AS m
          FROM lines) x;

-- a serial reference
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
  SELECT i, datenorm(s, '2026-11-26') AS iso, datenorm_date(s, '2026-11-26') AS day,
         datenorm_timestamptz(s, '2026-11-26', 'Asia/Tokyo') AS instant,
         (datenorm_parse(s, '2026-11-26')).locale AS locale
    FROM lines;
SELECT count(*), count(iso), count(day), count(instant), count(DISTINCT locale) FROM serial;

-- parallel: force a plan with workers on this small table
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF, VERBOSE)
  SELECT count(datenorm(s, '2026-11-26')) FROM lines;
SELECT count(datenorm(s, '2026-11-26')) AS dates FROM lines;
-- workers were launched, and they computed the same values as the serial plan
CREATE FUNCTION workers_launched(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO plan;
    RETURN (plan -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Workers Launched')::int;
END $$;
SELECT workers_launched('SELECT count(datenorm(s)) FROM lines') AS workers;
CREATE TABLE par AS
  SELECT i, datenorm(s, '2026-11-26') AS iso, datenorm_date(s, '2026-11-26') AS day,
         datenorm_timestamptz(s, '2026-11-26', 'Asia/Tokyo') AS instant,
         (datenorm_parse(s, '2026-11-26')).locale AS locale
    FROM lines;
EXPLAIN (COSTS OFF)
  SELECT i, datenorm(s, '2026-11-26') AS iso, datenorm_date(s, '2026-11-26') AS day,
         datenorm_timestamptz(s, '2026-11-26', 'Asia/Tokyo') AS instant,
         (datenorm_parse(s, '2026-11-26')).locale AS locale
    FROM lines;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE (s.iso, s.day, s.instant, s.locale)
                              IS DISTINCT FROM (p.iso, p.day, p.instant, p.locale)) AS differ
  FROM serial s JOIN par p USING (i);
-- without `now`, workers take the leader's transaction start as the reference
SELECT count(*) FILTER (WHERE datenorm(s) IS DISTINCT FROM datenorm(s, now())) AS differ_from_now
  FROM lines;
-- an order-independent digest of every result (datenorm and datenorm_search of each row),
-- computed by a serial plan and by a parallel one (EXECUTE: planned anew each time)
CREATE FUNCTION digest_query() RETURNS text LANGUAGE sql IMMUTABLE RETURN $q$
    SELECT count(*) || ' rows, ' || count(x) || ' dates, ' ||
           sum(('x' || substr(md5(i || '|' || coalesce(x, '-')), 1, 12))::bit(48)::bigint)
      FROM (SELECT i, datenorm(s, '2026-11-26')
                      || coalesce(' ' || (SELECT string_agg(f.iso || '@' || f.start, ' ')
                                            FROM datenorm_search(s, '2026-11-26') f), '') AS x
              FROM lines) t $q$;
CREATE FUNCTION digest(parallel bool) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    PERFORM set_config('max_parallel_workers_per_gather', CASE WHEN parallel THEN '2' ELSE '0' END, true);
    EXECUTE digest_query() INTO r;
    RETURN r;
END $$;
SELECT workers_launched(digest_query()) AS digest_workers;
SELECT digest(false) = digest(true) AS same_digest;
-- the settings reach the workers: the same digest with them set, and a different one
SELECT digest(true) AS default_digest \gset
SET datenorm.locales = 'en-US';
SET datenorm.zone = 'Asia/Tokyo';
SELECT digest(false) = digest(true) AS same_with_settings,
       digest(true) <> :'default_digest' AS settings_changed_results;
SELECT workers_launched(digest_query()) AS digest_workers_with_settings;
RESET datenorm.locales;
RESET datenorm.zone;
-- search in workers: one row per date of every line
EXPLAIN (COSTS OFF)
  SELECT count(*) FROM lines, datenorm_search(s, '2026-11-26') f;
SELECT count(*) AS dates_found FROM lines, datenorm_search(s, '2026-11-26') f;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS dates_found_serial FROM lines, datenorm_search(s, '2026-11-26') f;
RESET ALL;

DROP FUNCTION workers_launched(text);
DROP FUNCTION digest(bool);
DROP FUNCTION digest_query();
DROP TABLE lines, serial, par;
