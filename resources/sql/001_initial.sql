-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the store of record.
-- Money is INTEGER minor units (pence, cents) in columns named *_minor.
-- Dates are ISO text (YYYY-MM-DD).

CREATE TABLE recording (
    id            INTEGER PRIMARY KEY CHECK (id = 1),  -- one row: what this store holds
    recording_id  TEXT NOT NULL,
    title         TEXT NOT NULL,
    currency      TEXT NOT NULL,
    manifest_json TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    loaded_at     TEXT NOT NULL
);

CREATE TABLE products (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    category     TEXT NOT NULL DEFAULT '',
    price_minor  INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),
    stock        INTEGER,
    description  TEXT NOT NULL DEFAULT '',
    image_url    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE product_days (
    product_id       TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    day              TEXT NOT NULL,
    page_views       INTEGER CHECK (page_views IS NULL OR page_views >= 0),
    units_sold       INTEGER NOT NULL DEFAULT 0 CHECK (units_sold >= 0),
    revenue_minor    INTEGER NOT NULL DEFAULT 0,
    orders           INTEGER NOT NULL DEFAULT 0 CHECK (orders >= 0),
    units_returned   INTEGER NOT NULL DEFAULT 0 CHECK (units_returned >= 0),
    returned_minor   INTEGER NOT NULL DEFAULT 0,
    stock            INTEGER,
    PRIMARY KEY (product_id, day)
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    product_id         TEXT REFERENCES products(id) ON DELETE SET NULL,
    platform           TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    daily_budget_minor INTEGER CHECK (daily_budget_minor IS NULL OR daily_budget_minor >= 0),
    start_day          TEXT,
    end_day            TEXT
);

CREATE TABLE campaign_days (
    campaign_id    TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    impressions    INTEGER NOT NULL CHECK (impressions >= 0),
    clicks         INTEGER NOT NULL CHECK (clicks >= 0),
    spend_minor    INTEGER NOT NULL CHECK (spend_minor >= 0),
    conversions    INTEGER NOT NULL CHECK (conversions >= 0),
    revenue_minor  INTEGER NOT NULL CHECK (revenue_minor >= 0),
    PRIMARY KEY (campaign_id, day)
) WITHOUT ROWID;

-- Lifetime per-ad totals as ad platforms export them (no dates).
CREATE TABLE ad_totals (
    ad_id                TEXT PRIMARY KEY,
    campaign_id          TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    audience             TEXT NOT NULL DEFAULT '',
    impressions          INTEGER NOT NULL CHECK (impressions >= 0),
    clicks               INTEGER NOT NULL CHECK (clicks >= 0),
    spend_minor          INTEGER NOT NULL CHECK (spend_minor >= 0),
    conversions          INTEGER NOT NULL CHECK (conversions >= 0),
    approved_conversions INTEGER NOT NULL CHECK (approved_conversions >= 0)
);

CREATE INDEX product_days_by_day ON product_days(day);
CREATE INDEX campaigns_by_product ON campaigns(product_id);
CREATE INDEX ad_totals_by_campaign ON ad_totals(campaign_id);
