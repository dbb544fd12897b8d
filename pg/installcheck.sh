#!/bin/sh
# pg/installcheck.sh: `make installcheck`'s part for the PostgreSQL extension: the tests of
# pg/regress.test (pg/sql/*.sql against pg/expected/*.out, pg/schedule) run by pg_regress
# against the server the environment names (PGHOST, PGPORT, PGUSER, PGPASSWORD), with the
# extension that server has installed. Debian's pg_virtualenv makes such a server, a
# throw-away cluster, for the length of one command:
#
#     ./configure --with-pg-server-dirs && make && sudo make install && sudo ldconfig
#     pg_virtualenv make installcheck        # as root too: the cluster runs as postgres
#
# Run from the top build directory. Prints why and exits 0 (make installcheck goes on) when
# there is no server to test, or when that server has no datenorm extension (the one
# `make install` put elsewhere, as under make distcheck's private prefix): the extension
# as built is tested by make check either way. Exits 1 when a test fails, printing the
# differences (kept in pg/installcheck.diffs).
set -u
srcdir=${srcdir:-.}
. ./pg/regress-env.sh
if [ -z "${PG_CONFIG:-}" ]; then
    echo "pg/installcheck.sh: configure found no PostgreSQL: nothing to test"
    exit 0
fi
PG_REGRESS=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
psql="$PG_BINDIR/psql -X -At -d postgres"
if ! $psql -c 'SELECT 1' > /dev/null 2>&1; then
    echo "pg/installcheck.sh: no PostgreSQL server to connect to (PGHOST=${PGHOST:-}," \
         "PGPORT=${PGPORT:-}): run it as \`pg_virtualenv make installcheck\`; skipped"
    exit 0
fi
installed=$($psql -c "SELECT default_version FROM pg_available_extensions WHERE name = 'datenorm'" 2>/dev/null)
if [ -z "$installed" ]; then
    echo "pg/installcheck.sh: the server $($psql -c 'SHOW server_version') has no datenorm" \
         "extension installed where it reads extensions ($($PG_CONFIG --sharedir)/extension):" \
         "configure --with-pg-server-dirs, then make install; skipped"
    exit 0
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/datenorm-installcheck.XXXXXX") || exit 1
trap 'rm -rf "$out"' EXIT
rm -f pg/installcheck.diffs
echo "pg/installcheck.sh: datenorm $installed on $($psql -c 'SHOW server_version')"
rc=0
"$PG_REGRESS" --inputdir="$srcdir/pg" --outputdir="$out" --bindir="$PG_BINDIR" \
    --dbname=datenorm_regress --encoding=UTF8 --no-locale \
    --schedule="$srcdir/pg/schedule" || rc=$?
if [ "$rc" -ne 0 ] && [ -f "$out/regression.diffs" ]; then
    cat "$out/regression.diffs"
    cp "$out/regression.diffs" pg/installcheck.diffs
fi
exit "$rc"
