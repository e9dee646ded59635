-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 22: the catalog's 30-day window sums kept up to date
-- (issue 14), so a cycle and the catalog pane read one row per product
-- instead of summing every product-day of the window (models/productwindows.h).
-- One row per product with figures on or before the window's end: the
-- window's sums, how many of its days had page views (none: views unknown),
-- and the newest stock figure on or before the window's end, with its day.
CREATE TABLE product_windows (
    product_id     TEXT PRIMARY KEY,
    views          INTEGER NOT NULL DEFAULT 0,
    views_days     INTEGER NOT NULL DEFAULT 0,
    units          INTEGER NOT NULL DEFAULT 0,
    revenue_minor  INTEGER NOT NULL DEFAULT 0,
    stock          INTEGER,
    stock_day      TEXT
) WITHOUT ROWID;
-- The window the rows hold: the `days` days ending on `through_day`. No row:
-- nothing kept yet (every reader sums the product-days itself).
CREATE TABLE product_windows_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    through_day  TEXT NOT NULL,
    days         INTEGER NOT NULL
);
-- Products whose product-days changed on or before the window's end since
-- the rows were made: their rows are not to be trusted until they are made
-- again. Filled by triggers on product_days (made by Database::migrate, one
-- kind per engine), in the same transaction as the change.
CREATE TABLE product_windows_stale (
    product_id  TEXT PRIMARY KEY
) WITHOUT ROWID;
