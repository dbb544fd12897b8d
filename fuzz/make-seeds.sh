#!/bin/sh
# make-seeds.sh DATADIR OUTDIR: writes the fuzzers' seed corpora from the test tables
# (tests/data/*.tsv), run by `make fuzz-seeds`.
#   OUTDIR/parse/: one file per table row: a selector byte (fuzz_parse.c: parser and
#                  reference instant; '@'..'G' = the eight parsers, pinned instant) and the
#                  row's input text.
#   OUTDIR/cli/:   the csv seeds again, behind fuzz_cli.c's max-line byte.
#   OUTDIR/options/: values of --locale, --now, --zone, --columns behind fuzz_options.c's
#                  selector byte ('0'..'4': % 5 picks the option).
#   OUTDIR/csv/:   pieces of 40 rows of each table read as tab- and comma-separated files,
#                  behind fuzz_csv.c's three option bytes, and a few hand-made CSV files
#                  (quoted fields, doubled quotes, CRLF, BOM, an unterminated quote).
# It writes nothing else and needs only sh and awk.
set -eu
data=$1
out=$2
rm -rf "$out/parse" "$out/csv" "$out/cli" "$out/options"
mkdir -p "$out/parse" "$out/csv" "$out/cli" "$out/options"

for f in "$data"/*.tsv; do
    [ -f "$f" ] || continue
    base=$(basename "$f" .tsv)
    # parse seeds: the input column of every row that is not a comment
    awk -F '\t' -v dir="$out/parse" -v base="$base" '
        /^#/ || NF == 0 { next }
        { n++; file = sprintf("%s/%s-%05d", dir, base, n)
          printf "%c%s", 64 + n % 8, $1 > file; close(file) }' "$f"
    # csv seeds: "C" = TAB, "A" = comma, "E" = sniff; " " = 32-byte reads; "#" = rewind 3
    awk -v dir="$out/csv" -v base="$base" '
        /^#/ { next }
        { k = int(n / 40); n++
          tsv = sprintf("%s/%s-tab-%03d", dir, base, k)
          csv = sprintf("%s/%s-comma-%03d", dir, base, k)
          if (n % 40 == 1) { printf "C #" > tsv; printf "E  " > csv }
          print > tsv
          line = $0; gsub(/"/, "\"\"", line); gsub(/\t/, "\",\"", line)
          print "\"" line "\"" > csv }' "$f"
done

# hand-made CSV files: the reader's hard cases
printf 'A #date,note\r\n"Nov 22, 2015","a ""quoted"" word"\r\n22/11/2015,\r\n' >"$out/csv/crlf-quotes"
printf 'B\001\000\357\273\277Datum;Wert\n22.11.2015;1\n\n;\n' >"$out/csv/bom-semicolon"
printf 'D\377\207a|"b\nc"|d\n"open|e\n' >"$out/csv/unterminated-pipe"
printf 'E\002\000"ab"cd,"",x\r"y\r\n",z' >"$out/csv/malformed-cr"

# inference seeds (sniffed delimiter 'E'; order bits in byte 2): weekdays, ambiguous
# columns, a German column, a quoted multi-line cell
printf 'E\000\000id,d,n\n1,"So., 22. Nov. 2015",x\n2,Sunday 22/11/2015,y\n3,"Mo., 17.11.2015",z\n' >"$out/csv/weekday"
printf 'E\000\010id;us;de\n1;05/06/2015;05.06.2015\n2;01/02/2016;01.02.2016\n3;;\n' >"$out/csv/ambiguous"
printf 'E\040\000id|datum|b\n1|3. Dez. 2015|"a|b\nc;d\te"\n2|22. Nov. 2015|x\n' >"$out/csv/german-multiline"

# options seeds
i=0
for v in '0fr,en' '0de-DE' '0zz' '0' '0pt-BR,,ja' '12026-11-26T12:00:00Z' '11795694400' \
    '126 Nov 2026 10:00 +0100' '2Europe/Paris' '2+05:30' '2UTC' '2America/St_Johns' \
    '3"Date, shipped",3,Kunde'"'"'s Datum' '31,2,' '3 "a""b" , 007 ' '4now'; do
    i=$((i + 1))
    printf '%s' "$v" > "$out/options/seed-$i"
done
printf '42026-11-26T12:00:00\000Asia/Kolkata' > "$out/options/seed-now-zone"

# cli seeds: the same files as lines of text, max_line 64 MiB ('@') or short ('#' = 35, '(' = 40)
n=0
for f in "$out"/csv/*; do
    n=$((n + 1))
    case $((n % 3)) in 0) b='@' ;; 1) b='#' ;; *) b='(' ;; esac
    { printf '%s' "$b"; tail -c +4 "$f"; } > "$out/cli/$(basename "$f")"
done

echo "make-seeds.sh: $(ls "$out/parse" | wc -l) parse seeds, $(ls "$out/csv" | wc -l) csv and as many cli seeds, $(ls "$out/options" | wc -l) options seeds in $out"
