# What configure found for the PostgreSQL extension; read by pg/regress.test and
# bench/pg-bench (written by configure from pg/regress-env.sh.in).
PG_CONFIG='/usr/bin/pg_config'
PG_BINDIR='/usr/lib/postgresql/15/bin'
PG_PKGLIBDIR='/usr/lib/postgresql/15/lib'
PG_SHAREDIR='/usr/share/postgresql/15'
PG_VERSION='PostgreSQL 15.20 (Debian 15.20-0+deb12u1)'
abs_top_srcdir='/work/wt/issue10/datenorm-0.1.0/_build/sub/../..'
abs_top_builddir='/work/wt/issue10/datenorm-0.1.0/_build/sub'
