# pg/tmp-server.sh: a private, temporary PostgreSQL server that loads the extension built in
# this tree, for pg/regress.test and bench/pg-bench. Sourced (POSIX sh) from the top build
# directory, after pg/regress-env.sh; the caller sets srcdir.
#
# The server must find datenorm.control in its share directory and datenorm.so in its
# library directory, and a test must not install into the system's. PostgreSQL locates both
# relative to its own executable (what its own `make check` relies on), so pg_tmp_setup
# builds a temporary installation: postgres, initdb and pg_ctl copied under
# $PGT/inst/<their path>, every file of the share and library directories linked beside
# them, and the extension's files copied in. libdatenorm comes from this tree through
# LD_LIBRARY_PATH. The server listens on a Unix socket in $PGT only (no TCP port).
#
# PostgreSQL refuses to run as root. As root the server runs as the postgres account (or,
# without one, nobody) through setpriv, and it reads only what is under $PGT, which that
# account owns: the build tree may be where it cannot read (/root/...).
#
#     pg_tmp_setup || exit $?      # 77 when PostgreSQL is absent; sets PGT and traps EXIT
#     pg_tmp_start 'max_parallel_workers = 4'     # initdb, settings, start
#     pg_tmp_psql -c 'CREATE EXTENSION datenorm'
#     pg_tmp_stop                  # also done on exit, with the removal of $PGT

PG_TMP_PORT=5432
PG_TMP_USER=postgres # the cluster's superuser (initdb -U), whoever runs the server

# Prints a reason and returns 77 when PostgreSQL (server, client, pg_regress) is missing.
pg_tmp_check() {
    if [ -z "${PG_CONFIG:-}" ]; then
        echo "SKIP: configure found no PostgreSQL (pg_config with server headers)"
        return 77
    fi
    for f in postgres initdb pg_ctl psql; do
        if [ ! -x "$PG_BINDIR/$f" ]; then
            echo "SKIP: $PG_BINDIR/$f is missing: the PostgreSQL server is not installed" \
                 "(Debian: postgresql-15 beside postgresql-server-dev-15)"
            return 77
        fi
    done
    PG_REGRESS=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
    if [ ! -x "$PG_REGRESS" ]; then
        echo "SKIP: no pg_regress at $PG_REGRESS"
        return 77
    fi
    if [ ! -f pg/.libs/datenorm.so ]; then
        echo "pg/.libs/datenorm.so is not built (run make first, from the build directory)" >&2
        return 1
    fi
    # A sanitizer or fuzzing build (configure --enable-sanitizers / --enable-fuzzing): the
    # module and libdatenorm need ASan's runtime loaded first in the process, and
    # PostgreSQL's own programs, not built with it, hang when it is preloaded (in glibc's
    # gettext lock: postgres -V, psql -V; gcc 12, Debian 12). The ordinary build's make
    # check tests the extension.
    if nm -D pg/.libs/datenorm.so 2>/dev/null | grep -q ' __asan_\| __ubsan_\| __sanitizer'; then
        echo "SKIP: a sanitizer build: PostgreSQL's server cannot load an ASan-built module"
        return 77
    fi
    return 0
}

# Runs a command as the account the server runs as.
pg_tmp_as() {
    if [ -n "$PG_TMP_RUNAS" ]; then
        setpriv --reuid="$PG_TMP_RUNAS" --regid="$PG_TMP_RUNGID" --init-groups -- "$@"
    else
        "$@"
    fi
}

pg_tmp_setup() {
    pg_tmp_check || return $?
    PG_TMP_RUNAS=
    PG_TMP_RUNGID=
    tmpbase=${TMPDIR:-/tmp}
    if [ "$(id -u)" -eq 0 ]; then
        if id -u postgres >/dev/null 2>&1; then PG_TMP_RUNAS=postgres; else PG_TMP_RUNAS=nobody; fi
        PG_TMP_RUNGID=$(id -g "$PG_TMP_RUNAS")
        tmpbase=/tmp # root's TMPDIR may be closed to that account
        command -v setpriv >/dev/null 2>&1 || { echo "setpriv (util-linux) is needed as root" >&2; return 1; }
    fi
    PGT=$(mktemp -d "$tmpbase/datenorm-pg.XXXXXX") || return 1
    trap 'pg_tmp_cleanup' EXIT
    trap 'exit 130' INT TERM HUP
    chmod 755 "$PGT"

    inst=$PGT/inst
    mkdir -p "$inst$PG_BINDIR" "$inst$PG_SHAREDIR" "$inst$PG_PKGLIBDIR" \
        "$PGT/lib" "$PGT/sock" "$PGT/out" || return 1
    # copies, not links: PostgreSQL follows a link to its real place before it looks
    cp "$PG_BINDIR/postgres" "$PG_BINDIR/initdb" "$PG_BINDIR/pg_ctl" "$inst$PG_BINDIR/" || return 1
    # the rest of PostgreSQL's share and library directories, linked
    ln -s "$PG_SHAREDIR"/* "$inst$PG_SHAREDIR/" &&
        rm -f "$inst$PG_SHAREDIR/extension" && mkdir "$inst$PG_SHAREDIR/extension" &&
        ln -s "$PG_SHAREDIR"/extension/* "$inst$PG_SHAREDIR/extension/" &&
        ln -s "$PG_PKGLIBDIR"/* "$inst$PG_PKGLIBDIR/" || return 1
    # an installed datenorm is not the one under test
    rm -f "$inst$PG_SHAREDIR"/extension/datenorm.control "$inst$PG_SHAREDIR"/extension/datenorm--* \
        "$inst$PG_PKGLIBDIR/datenorm.so"
    cp "$srcdir"/pg/datenorm.control "$srcdir"/pg/datenorm--*.sql "$inst$PG_SHAREDIR/extension/" &&
        cp pg/.libs/datenorm.so "$inst$PG_PKGLIBDIR/" &&
        cp -P lib/.libs/libdatenorm.so* "$PGT/lib/" || return 1
    LD_LIBRARY_PATH=$PGT/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    export LD_LIBRARY_PATH
    [ -z "$PG_TMP_RUNAS" ] || chown -R "$PG_TMP_RUNAS:$PG_TMP_RUNGID" "$PGT"
    PGHOST=$PGT/sock
    PGPORT=$PG_TMP_PORT
    PGUSER=$PG_TMP_USER
    export PGHOST PGPORT PGUSER
    unset PGDATABASE PGSERVICE PGOPTIONS
    return 0
}

# pg_tmp_start [SETTING...]: initdb and start; each SETTING is a postgresql.conf line.
pg_tmp_start() {
    bin=$PGT/inst$PG_BINDIR
    if ! pg_tmp_as "$bin/initdb" -D "$PGT/data" -U "$PG_TMP_USER" -A trust -E UTF8 \
            --no-locale --no-sync > "$PGT/initdb.log" 2>&1; then
        cat "$PGT/initdb.log"
        return 1
    fi
    {
        echo "listen_addresses = ''"
        echo "unix_socket_directories = '$PGT/sock'"
        echo "port = $PG_TMP_PORT"
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
        echo "lc_messages = 'C'"
        for line in "$@"; do echo "$line"; done
    } | pg_tmp_as sh -c "cat >> '$PGT/data/postgresql.conf'"
    if ! pg_tmp_as "$bin/pg_ctl" -D "$PGT/data" -l "$PGT/server.log" -w -t 60 start \
            > "$PGT/pg_ctl.log" 2>&1; then
        cat "$PGT/pg_ctl.log" "$PGT/server.log"
        return 1
    fi
    return 0
}

pg_tmp_psql() {
    "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "${PG_TMP_DB:-postgres}" "$@"
}

pg_tmp_stop() {
    if [ -n "${PGT:-}" ] && [ -f "$PGT/data/postmaster.pid" ]; then
        pg_tmp_as "$PGT/inst$PG_BINDIR/pg_ctl" -D "$PGT/data" -m fast -w -t 60 stop \
            > /dev/null 2>&1 ||
            pg_tmp_as "$PGT/inst$PG_BINDIR/pg_ctl" -D "$PGT/data" -m immediate stop \
                > /dev/null 2>&1
    fi
    return 0
}

pg_tmp_cleanup() {
    pg_tmp_stop
    [ -n "${PGT:-}" ] && [ -z "${PG_TMP_KEEP:-}" ] && rm -rf "$PGT"
    return 0
}
