#!/usr/bin/env bash
# The daily-sales importer against the sqlite3 command line's .import of the
# same file, interleaved round by round on the same machine.
# Usage: tests/bench/import_vs_sqlite.sh [build-dir] [rounds] [other bench_import binary, e.g. an older build]
# Peers (both through `.import`, which maps CSV columns by position, so the
# tables list the file's columns in its order under our names):
#   plain: no key, no types (what `.import` does into a new table);
#   keyed: our product_days key and types mapped by name — the file's first
#          column `date` is our `day`, `stock_code` our `product_id` — a
#          WITHOUT ROWID table keyed (product_id, day) with the day index, WAL,
#          and the same 64 MiB page cache our connections use;
#   pandas (when Debian's python3-pandas is installed): peers/import_pandas.py,
#          read_csv + to_sql into the keyed table, money as integer pence.
set -euo pipefail
build="${1:-build}"; rounds="${2:-5}"; other="${3:-}"
data="$(cd "$(dirname "$0")/../../.." && pwd)/shared/data/public/store/uci_online_retail_daily_product_sales.csv"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ours() { "$1" "$data" 1 | sed -n 's/import_ms_best: //p'; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "best %d ms, median %d ms", a[1], a[int((NR+1)/2)]}'; }
declare -a A B P K D
pandas=""
/usr/bin/python3 -c 'import pandas' 2>/dev/null && pandas=1
for i in $(seq "$rounds"); do
  A+=("$(ours "$build/tests/bench/bench_import")")
  [ -n "$other" ] && B+=("$(ours "$other")")
  rm -f "$tmp"/p.db* "$tmp"/k.db*
  P+=("$(ms sqlite3 "$tmp/p.db" ".mode csv" ".import $data sales")")
  sqlite3 "$tmp/k.db" "PRAGMA journal_mode=WAL;
    CREATE TABLE product_days (day TEXT NOT NULL, product_id TEXT NOT NULL, description TEXT, units_sold INTEGER,
      revenue REAL, orders INTEGER, PRIMARY KEY (product_id, day)) WITHOUT ROWID;
    CREATE INDEX product_days_by_day ON product_days(day);" >/dev/null
  K+=("$(ms sqlite3 "$tmp/k.db" "PRAGMA cache_size=-65536" ".mode csv" ".import --skip 1 $data product_days")")
  if [ -n "$pandas" ]; then   # peers/import_pandas.py: read_csv + to_sql, our key and types
    rm -f "$tmp"/d.db*
    D+=("$(/usr/bin/python3 "$(dirname "$0")/peers/import_pandas.py" "$data" "$tmp/d.db")")
  fi
done
# The keyed peer really is keyed by (product_id, day):
sqlite3 "$tmp/k.db" "SELECT 'keyed peer: ' || count(*) || ' rows, first key ' || (SELECT product_id || ' ' || day FROM product_days LIMIT 1) FROM product_days"
echo "campaign-pilot importer:                 $(printf '%s\n' "${A[@]}" | stats)"
[ -n "$other" ] && echo "other importer ($other): $(printf '%s\n' "${B[@]}" | stats)"
echo "sqlite3 .import, plain table:            $(printf '%s\n' "${P[@]}" | stats)"
echo "sqlite3 .import, our key and types:      $(printf '%s\n' "${K[@]}" | stats)"
[ -n "$pandas" ] && echo "pandas read_csv + to_sql, our key/types: $(printf '%s\n' "${D[@]}" | stats)"
best() { printf '%s\n' "$@" | sort -n | head -1; }
a=$(best "${A[@]}"); p=$(best "${P[@]}"); k=$(best "${K[@]}")
awk -v a="$a" -v p="$p" -v k="$k" 'BEGIN {printf "ratio (best/best): %.2fx the plain import, %.2fx the keyed import\n", a/p, a/k}'
[ -n "$pandas" ] && awk -v a="$a" -v d="$(best "${D[@]}")" 'BEGIN {printf "ratio (best/best): %.2fx pandas read_csv + to_sql\n", a/d}'
[ -n "$other" ] && awk -v a="$a" -v b="$(best "${B[@]}")" 'BEGIN {printf "this build / other: %.2f\n", a/b}'
exit 0
