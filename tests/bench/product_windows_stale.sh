#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Summing stale products again (models/productwindows.cpp) on a store with a
# year of history: 20,000 products x 365 days (7.3 M product-days), the
# statements ProductWindows runs, timed in the sqlite3 shell. "scan": every
# product from one scan of the table; "stale, all days": the stale products'
# rows read with "+d.day" (every day each has, as before 2026-12-06);
# "stale, window": through the primary key's day range (since).
# Usage: tests/bench/product_windows_stale.sh [DIR]   (needs sqlite3; ~0.5 GB)
set -eu
dir=${1:-$(mktemp -d)}
db="$dir/long.sqlite"
rm -f "$db"
sqlite3 "$db" <<'SQL'
PRAGMA journal_mode=WAL;
CREATE TABLE product_days (product_id TEXT NOT NULL, day TEXT NOT NULL, page_views INTEGER, units_sold INTEGER NOT NULL DEFAULT 0,
  revenue_minor INTEGER NOT NULL DEFAULT 0, orders INTEGER NOT NULL DEFAULT 0, units_returned INTEGER NOT NULL DEFAULT 0,
  returned_minor INTEGER NOT NULL DEFAULT 0, stock INTEGER, PRIMARY KEY (product_id, day)) WITHOUT ROWID;
CREATE TABLE product_windows (product_id TEXT PRIMARY KEY, views INTEGER NOT NULL DEFAULT 0, views_days INTEGER NOT NULL DEFAULT 0,
  units INTEGER NOT NULL DEFAULT 0, revenue_minor INTEGER NOT NULL DEFAULT 0, stock INTEGER, stock_day TEXT) WITHOUT ROWID;
CREATE TABLE product_windows_stale (product_id TEXT PRIMARY KEY) WITHOUT ROWID;
WITH RECURSIVE p(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM p WHERE i < 19999), d(k) AS (SELECT 0 UNION ALL SELECT k+1 FROM d WHERE k < 364)
INSERT INTO product_days (product_id, day, page_views, units_sold, revenue_minor, stock)
SELECT printf('P%06d', i), date('2024-01-01', '+' || k || ' days'), (i*7+k*13)%50, (i+k)%5, ((i+k)%5)*499, 100 FROM p, d;
CREATE INDEX product_days_by_day ON product_days(day);
SQL
sums="INSERT INTO product_windows (product_id, views, views_days, units, revenue_minor) SELECT d.product_id, COALESCE(SUM(d.page_views), 0), COUNT(d.page_views), SUM(d.units_sold), SUM(d.revenue_minor) FROM"
for every in 4 1; do
  echo "== stale: one product in $every"
  sqlite3 "$db" <<SQL
BEGIN;
INSERT INTO product_windows_stale SELECT DISTINCT product_id FROM product_days WHERE day = '2024-12-30' AND CAST(substr(product_id, 2) AS INTEGER) % $every = 0;
.timer on
$sums product_days d WHERE +d.day BETWEEN '2024-12-01' AND '2024-12-30' GROUP BY d.product_id;
.timer off
DELETE FROM product_windows;
.timer on
$sums product_windows_stale x CROSS JOIN product_days d ON d.product_id = x.product_id WHERE +d.day BETWEEN '2024-12-01' AND '2024-12-30' GROUP BY d.product_id;
.timer off
DELETE FROM product_windows;
.timer on
$sums product_windows_stale x CROSS JOIN product_days d ON d.product_id = x.product_id WHERE d.day BETWEEN '2024-12-01' AND '2024-12-30' GROUP BY d.product_id;
.timer off
ROLLBACK;
SQL
done
