#!/usr/bin/env bash
# One agent cycle at scale (100,000 products x 10,000 running campaigns, the
# store bench_cycle generates) against its pandas peer, peers/cycle_pandas.py
# (Debian's python3-pandas, run as /usr/bin/python3), interleaved round by
# round on the same machine (issue 14: "under 1 s, and at least 20x faster
# than a pandas script doing the same windowed analysis on the same data").
# Usage: tests/bench/cycle_vs_pandas.sh [build-dir] [rounds] [existing scaled.sqlite]
#   build-dir: holds tests/bench/bench_cycle (default: build);
#   rounds: default 3;
#   existing scaled.sqlite: a store bench_cycle generated before (it is only
#     copied, never written); without it the store is generated once, through
#     bench_cycle with CP_BENCH_DIR, into the work directory.
# Two peers, both each round: the plain one (pandas reads the 3.3 M product
# days and sums every window) and --sql-windows (SQLite sums the catalog's
# 30-day window; pandas reads only the advertised and comparable products'
# days): see the peer's header.
# The work directory is $CP_CYCLE_PEER_DIR (default /tmp/cycle_vs_pandas); it
# keeps pristine/scaled.sqlite between runs (delete it to generate anew, and
# when changing builds: the pristine store has the preparing build's schema).
# The pristine store gets one cycle of ours before the rounds, not counted
# (generation ends with one; a copied store is given one): it then has the
# build's schema and what the build keeps up to date in the store, as a store
# our program has been using would.
# Each round copies the pristine store afresh for each side (both sides alike:
# each cycle adds ~10,005 recommendations, ours audit entries too, and ours
# supersedes the pending ones before it; three cycles in a row on one store
# showed no trend in cycle_ms beyond the noise, but a fresh copy removes the
# question) and runs ours, the plain peer and the --sql-windows peer, in
# reverse order every other round. Ours: bench_cycle with CP_BENCH_REUSE=1,
# its line "scaled ... cycle_ms N" (it runs the demo cycle first, not counted
# here). A peer: its own wall time of connect + read + compute + write,
# "pandas_cycle_ms N" (the interpreter's start and imports are not counted).
# At the end: best and median of each, the ratios pandas/ours, and the checks:
# the peers' 30-day sums against a plain sqlite3 query of the store, and their
# decisions against those our cycle saved in the last round's store, in
# counts and row by row.
# A build directory others rebuild in can swap the binary mid-run: copy
# bench_cycle to BUILD_DIR/tests/bench/ elsewhere and pass that BUILD_DIR.
set -euo pipefail
build="${1:-build}"; rounds="${2:-3}"; seed="${3:-}"
here="$(cd "$(dirname "$0")" && pwd)"
bench="$build/tests/bench/bench_cycle"
peer="$here/peers/cycle_pandas.py"
work="${CP_CYCLE_PEER_DIR:-/tmp/cycle_vs_pandas}"
[ -x "$bench" ] || { echo "no $bench: build the tests first" >&2; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "pandas missing: apt-get install -y python3-pandas" >&2; exit 1; }
mkdir -p "$work/pristine" "$work/ours" "$work/peer" "$work/peer-sql"
pristine="$work/pristine/scaled.sqlite"
if [ ! -f "$pristine" ]; then
  if [ -n "$seed" ]; then
    cp "$seed" "$pristine"
    [ -f "$seed-wal" ] && cp "$seed-wal" "$pristine-wal"
    # One cycle of ours on it, not counted: the store then has this build's
    # schema and whatever the build keeps up to date in it (e.g. window sums
    # kept on import), as a store our program has been using would, so the
    # rounds time a cycle, not a migration or a first build of those.
    echo "preparing the copied store with one cycle of this build (not counted)"
    CP_BENCH_DIR="$work/pristine" CP_BENCH_REUSE=1 "$bench" | grep -E '^scaled'
  else
    # Generation ends with one cycle of ours too (not counted), as above.
    echo "generating the scaled store in $work/pristine (once)"
    CP_BENCH_DIR="$work/pristine" "$bench" | grep -E 'generated|^scaled'
  fi
fi
# Fold any write-ahead log into the pristine file, so one file is the store.
sqlite3 "$pristine" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null

# The copy is flushed to disk before the clock starts (its write-back would
# otherwise run during the timed cycle).
fresh() { rm -f "$work/$1"/scaled.sqlite*; cp "$pristine" "$work/$1/scaled.sqlite"; sync "$work/$1/scaled.sqlite"; }
ours() {
  fresh ours
  CP_BENCH_DIR="$work/ours" CP_BENCH_REUSE=1 "$bench" | sed -n 's/^scaled .*cycle_ms \([0-9]*\),.*/\1/p'
}
theirs() {   # [--sql-windows]: in $work/peer (plain) or $work/peer-sql
  local dir="peer${1:+-sql}"
  fresh "$dir"
  /usr/bin/python3 "$peer" "$work/$dir/scaled.sqlite" "$@" > "$work/$dir/out.txt"
  sed -n 's/^pandas_cycle_ms \([0-9]*\).*/\1/p' "$work/$dir/out.txt"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "best %d ms, median %d ms", a[1], a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -a O P Q
echo "load average before: $(load)"
for i in $(seq "$rounds"); do
  if [ $((i % 2)) -eq 1 ]; then
    O+=("$(ours)"); P+=("$(theirs)"); Q+=("$(theirs --sql-windows)")
  else
    Q+=("$(theirs --sql-windows)"); P+=("$(theirs)"); O+=("$(ours)")
  fi
  for v in "${O[-1]}" "${P[-1]}" "${Q[-1]}"; do
    [ -n "$v" ] || { echo "round $i: a side printed no time (see $work/*/out.txt, or run bench_cycle by hand)" >&2; exit 1; }
  done
  echo "round $i: ours ${O[-1]} ms; pandas ${P[-1]} ms $(sed -n 's/^pandas_cycle_ms [0-9]* //p' "$work/peer/out.txt");" \
       "pandas --sql-windows ${Q[-1]} ms $(sed -n 's/^pandas_cycle_ms [0-9]* //p' "$work/peer-sql/out.txt"); load average $(load)"
done
echo "campaign-pilot cycle (bench_cycle, scaled): $(printf '%s\n' "${O[@]}" | stats)"
echo "pandas peer (peers/cycle_pandas.py):        $(printf '%s\n' "${P[@]}" | stats)"
echo "pandas peer --sql-windows:                  $(printf '%s\n' "${Q[@]}" | stats)"
awk -v o="$(best "${O[@]}")" -v p="$(best "${P[@]}")" -v om="$(median "${O[@]}")" -v pm="$(median "${P[@]}")" \
  'BEGIN {printf "ratio pandas/ours: %.1fx best/best, %.1fx median/median\n", p/o, pm/om}'
awk -v o="$(best "${O[@]}")" -v p="$(best "${Q[@]}")" -v om="$(median "${O[@]}")" -v pm="$(median "${Q[@]}")" \
  'BEGIN {printf "ratio pandas --sql-windows/ours: %.1fx best/best, %.1fx median/median\n", p/o, pm/om}'

# The checks, on the last round's stores.
echo "peer:               $(grep '^check as_of' "$work/peer/out.txt")"
echo "peer --sql-windows: $(grep '^check as_of' "$work/peer-sql/out.txt")"
sqlite3 "$pristine" "WITH m AS (SELECT MAX(day) AS d FROM product_days),
  s AS (SELECT SUM(units_sold) AS u, SUM(revenue_minor) AS r FROM product_days, m
        WHERE +day BETWEEN date(m.d, '-29 days') AND m.d GROUP BY product_id)
  SELECT 'store:              as_of ' || (SELECT d FROM m) || '; window products_with_units ' || SUM(u > 0) || ', units ' || SUM(u)
         || ', revenue_minor ' || SUM(r) FROM s"
decisions() { sqlite3 -separator ' ' "$1" "$2" | tr '\n' ',' | sed 's/,$//; s/,/, /g'; }
peer_d() { decisions "$work/$1/scaled.sqlite" "SELECT decision || '/' || rule, COUNT(*) FROM pandas_recommendations GROUP BY 1 ORDER BY 1"; }
# Ours: what the last cycle left pending (since schema 24 a cycle keeps a
# pending recommendation it judged the same, with its earlier cycle's id).
ours_d="$(decisions "$work/ours/scaled.sqlite" "SELECT decision || '/' || rule, COUNT(*) FROM recommendations
  WHERE status = 'pending' GROUP BY 1 ORDER BY 1")"
echo "decisions, ours:               $ours_d"
for dir in peer peer-sql; do
  d="$(peer_d "$dir")"
  echo "decisions, $dir: $d ($([ "$ours_d" = "$d" ] && echo "the same counts as ours" || echo "DIFFER from ours"))"
  # Row by row: each campaign's (and each new campaign's product's) decision and rule against ours.
  sqlite3 "$work/$dir/scaled.sqlite" "ATTACH '$work/ours/scaled.sqlite' AS o;
    WITH r AS (SELECT * FROM o.recommendations WHERE status = 'pending')
    SELECT '  $dir row by row: ' || COUNT(r.agent) || ' of ' || COUNT(*) || ' rows matched to ours by agent, campaign and product, '
           || COALESCE(SUM(r.decision != p.decision OR r.rule != p.rule), 0) || ' with another decision or rule'
    FROM pandas_recommendations p LEFT JOIN r ON r.agent = p.agent AND COALESCE(r.campaign_id, '') = COALESCE(p.campaign_id, '')
      AND r.product_id = p.product_id"
done
exit 0
