-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: running totals seen in live snapshots, the latest of
-- each day, so that a day's figures are the difference to the day before.
CREATE TABLE live_product_totals (
    product_id     TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    taken_at       TEXT NOT NULL,
    page_views     INTEGER NOT NULL CHECK (page_views >= 0),
    units          INTEGER NOT NULL CHECK (units >= 0),
    revenue_minor  INTEGER NOT NULL CHECK (revenue_minor >= 0),
    PRIMARY KEY (product_id, day)
) WITHOUT ROWID;

CREATE TABLE live_campaign_totals (
    campaign_id    TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    taken_at       TEXT NOT NULL,
    impressions    INTEGER NOT NULL CHECK (impressions >= 0),
    clicks         INTEGER NOT NULL CHECK (clicks >= 0),
    spend_minor    INTEGER NOT NULL CHECK (spend_minor >= 0),
    conversions    INTEGER NOT NULL CHECK (conversions >= 0),
    revenue_minor  INTEGER CHECK (revenue_minor IS NULL OR revenue_minor >= 0),
    PRIMARY KEY (campaign_id, day)
) WITHOUT ROWID;
