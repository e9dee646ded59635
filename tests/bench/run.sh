#!/usr/bin/env bash
# Benchmarks (not run by ctest). Usage: tests/bench/run.sh [build-dir]
# Prints our import time of the whole daily sales file next to the sqlite3
# command line's .import of the same file (import_vs_sqlite.sh: a plain
# table, and our key and types with the columns mapped by name).
set -euo pipefail
build="${1:-build}"
data="$(cd "$(dirname "$0")/../../.." && pwd)/shared/data/public/store/uci_online_retail_daily_product_sales.csv"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

best() { sort -n | head -1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

echo "== daily-sales importer (276,148 rows) against sqlite3 .import, interleaved"
"$(dirname "$0")/import_vs_sqlite.sh" "$build" 5

echo "== one agent cycle (demo; 100k products + 10k campaigns) with the GUI-thread stall probe"
"$build/tests/bench/bench_cycle"

echo "== chart redraw, 100k points"
"$build/tests/bench/bench_charts"

echo "== simulation, 365 days x 1,000 campaigns"
"$build/tests/bench/bench_simulation"

echo "== decision quality: six semi-synthetic recordings (real daily sales, campaigns with set true effects)"
"$build/tests/bench/bench_decisions"

echo "== live fetch: products + details + analytics of 100 products, 100-300 ms a call"
"$build/tests/bench/bench_fetch" 100 3
