#!/usr/bin/env bash
# Benchmarks (not run by ctest). Usage: tests/bench/run.sh [build-dir]
# Prints our import time of the whole daily sales file next to the sqlite3
# command line's .import of the same file, into a plain table and into a
# table with our product_days schema (primary key + day index).
set -euo pipefail
build="${1:-build}"
data="$(cd "$(dirname "$0")/../../.." && pwd)/shared/data/public/store/uci_online_retail_daily_product_sales.csv"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

best() { sort -n | head -1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

echo "== campaign-pilot daily-sales importer (276,148 rows)"
"$build/tests/bench/bench_import" "$data" 5

plain=(); schema=()
for i in 1 2 3 4 5; do
  rm -f "$tmp/p.db" "$tmp/s.db"
  plain+=("$(ms sqlite3 "$tmp/p.db" ".mode csv" ".import $data sales")")
  sqlite3 "$tmp/s.db" "PRAGMA journal_mode=WAL; CREATE TABLE product_days (product_id TEXT NOT NULL, day TEXT NOT NULL,
    description TEXT, units_sold INTEGER, revenue TEXT, orders INTEGER, PRIMARY KEY (product_id, day)) WITHOUT ROWID;
    CREATE INDEX d ON product_days(day);" >/dev/null
  schema+=("$(ms sqlite3 "$tmp/s.db" ".mode csv" ".import --skip 1 $data product_days")")
done
echo "== sqlite3 .import into a plain table:        best $(printf '%s\n' "${plain[@]}" | best) ms"
echo "== sqlite3 .import into the product_days shape: best $(printf '%s\n' "${schema[@]}" | best) ms"

echo "== one agent cycle (demo; 100k products + 10k campaigns) with the GUI-thread stall probe"
"$build/tests/bench/bench_cycle"

echo "== chart redraw, 100k points"
"$build/tests/bench/bench_charts"

echo "== simulation, 365 days x 1,000 campaigns"
"$build/tests/bench/bench_simulation"

echo "== live fetch: products + details + analytics of 100 products, 100-300 ms a call"
"$build/tests/bench/bench_fetch" 100 3
