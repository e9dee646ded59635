#!/usr/bin/env bash
# 1,000,000 generated order lines imported by two builds of the command line,
# interleaved round by round, each into a new workspace: wall time and peak
# RSS from /usr/bin/time -v, then the stores compared table by table.
# Usage: tests/bench/order_lines_before_after.sh BEFORE_BINARY AFTER_BINARY [rounds] [lines]
#   e.g. cp build/bin/campaign-pilot /tmp/cp-before   (before a change)
#        tests/bench/order_lines_before_after.sh /tmp/cp-before build/bin/campaign-pilot 3
set -euo pipefail
before="$1"; after="$2"; rounds="${3:-3}"; lines="${4:-1000000}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$(dirname "$0")/gen_order_lines.py" "$lines" > "$tmp/lines.csv"
one() {   # binary store -> "seconds KB"
  rm -f "$2" "$2-wal" "$2-shm"
  /usr/bin/time -v "$1" import --database "$2" "$tmp/lines.csv" > /dev/null 2> "$tmp/time.txt"
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = t[n] + 60 * t[n-1]} /Maximum resident/ {kb = $2}
              END {printf "%.2f %d\n", s, kb}' "$tmp/time.txt"
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "best %.2f, median %.2f", a[1], a[int((NR+1)/2)]}'; }
: > "$tmp/b"; : > "$tmp/a"
for i in $(seq "$rounds"); do
  one "$before" "$tmp/before.sqlite" | tee -a "$tmp/b" | sed "s/^/round $i before: /"
  one "$after" "$tmp/after.sqlite" | tee -a "$tmp/a" | sed "s/^/round $i after:  /"
done
echo "before: wall s $(cut -d' ' -f1 "$tmp/b" | stats); peak RSS KB $(cut -d' ' -f2 "$tmp/b" | stats)"
echo "after:  wall s $(cut -d' ' -f1 "$tmp/a" | stats); peak RSS KB $(cut -d' ' -f2 "$tmp/a" | stats)"
# The stores: every data table's dump (rows in key or rowid order), the
# import log without its time stamp, and the integrity check.
same=1
for t in products product_days campaigns campaign_days ad_totals recording; do
  x=$(sqlite3 "$tmp/before.sqlite" ".dump $t" | md5sum); y=$(sqlite3 "$tmp/after.sqlite" ".dump $t" | md5sum)
  [ "$x" = "$y" ] && echo "$t: identical" || { echo "$t: DIFFERENT"; same=0; }
done
log="SELECT importer, file, rows_read, rows_written, rows_skipped, first_errors FROM import_log"
[ "$(sqlite3 "$tmp/before.sqlite" "$log")" = "$(sqlite3 "$tmp/after.sqlite" "$log")" ] && echo "import_log: identical" \
  || { echo "import_log: DIFFERENT"; same=0; }
echo "integrity_check after: $(sqlite3 "$tmp/after.sqlite" 'PRAGMA integrity_check')"
[ "$same" = 1 ]
