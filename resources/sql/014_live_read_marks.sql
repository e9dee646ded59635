-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: how far a live workspace has read each of its sources,
-- per connection ("woocommerce https://shop.example", as a snapshot names it).
-- modified_through: an instant (UTC, ISO 8601) up to which every order the
-- shop modified was read; the next refresh asks the shop for the orders
-- modified since (modified_after) and reads their days again, however old:
-- a refund weeks after the sale lowers the day of the sale. Empty: not yet.
-- modified_after_ignored: 1 when the shop answered with orders modified
-- before the instant asked (a WooCommerce too old to know the parameter):
-- it is not asked again, since it would list every order every time.
-- store_read_through: the store's last day (its today, in its own zone) up
-- to which everything it sells was read whole, as platform_read_through is
-- the ad account's. A cycle judges a live workspace as of the earlier of the
-- two (CycleSteps::asOf): the last day both sources have read whole. Empty: not yet.
ALTER TABLE workspace ADD COLUMN store_read_through TEXT NOT NULL DEFAULT '';
CREATE TABLE live_read_marks (
    source                 TEXT PRIMARY KEY,
    modified_through       TEXT NOT NULL DEFAULT '',
    modified_after_ignored INTEGER NOT NULL DEFAULT 0
);
