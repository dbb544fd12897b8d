#!/bin/sh
# Checks the export list of the built shared library (as jansson's check-exports does):
# every defined dynamic symbol must start with dn_, and every function declared in
# lib/datenorm.h must be exported. Run by `make check` from the top build directory;
# works out of tree and under distcheck ($srcdir is set by automake's test harness).
# Exits 77 (skipped) when the library was built static-only or nm is missing.
set -eu

srcdir=${srcdir:-.}
la=lib/libdatenorm.la
header=$srcdir/lib/datenorm.h

[ -f "$la" ] || { echo "check_exports: $la not found (run from the build directory)" >&2; exit 1; }
command -v nm >/dev/null 2>&1 || { echo "check_exports: no nm" >&2; exit 77; }

# The shared object's name is libtool's dlname (empty when built with --disable-shared).
dlname=$(sed -n "s/^dlname='\(.*\)'\$/\1/p" "$la")
[ -n "$dlname" ] || { echo "check_exports: no shared library built" >&2; exit 77; }
so=lib/.libs/$dlname
[ -f "$so" ] || { echo "check_exports: $so not found" >&2; exit 1; }

tmp=${TMPDIR:-/tmp}/check_exports.$$
trap 'rm -f "$tmp".*' EXIT INT TERM

nm -D --defined-only "$so" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u > "$tmp.exported"
if [ ! -s "$tmp.exported" ]; then
    echo "check_exports: $so exports nothing" >&2
    exit 1
fi

status=0
bad=$(grep -v '^dn_' "$tmp.exported" || true)
if [ -n "$bad" ]; then
    echo "check_exports: symbols outside the dn_ namespace in $so:" >&2
    echo "$bad" | sed 's/^/  /' >&2
    status=1
fi

# The public functions: "name(" after a return type (and DN_API) at the start of a line.
sed -n 's/^[A-Za-z_][A-Za-z_0-9 ]*[ *]\(dn_[a-z_0-9]*\)(.*/\1/p' "$header" | sort -u > "$tmp.declared"
[ -s "$tmp.declared" ] || { echo "check_exports: no functions found in $header" >&2; exit 1; }
missing=$(comm -23 "$tmp.declared" "$tmp.exported")
if [ -n "$missing" ]; then
    echo "check_exports: declared in datenorm.h but not exported:" >&2
    echo "$missing" | sed 's/^/  /' >&2
    status=1
fi
extra=$(comm -13 "$tmp.declared" "$tmp.exported")
if [ -n "$extra" ]; then
    echo "check_exports: exported but not declared in datenorm.h:" >&2
    echo "$extra" | sed 's/^/  /' >&2
    status=1
fi
[ $status -eq 0 ] && echo "check_exports: $(wc -l < "$tmp.exported") symbols, all dn_* and declared"
exit $status
