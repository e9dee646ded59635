-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: evidence a live source measured itself, usable from the
-- first contact, and what an ad platform was found able to do.

-- A product's comparison window as the store reported it (the Campaign
-- Pilot API's analytics: the current period against the one before). The
-- newest snapshot of a day wins.
CREATE TABLE source_windows (
    product_id              TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    as_of                   TEXT NOT NULL,     -- the current window's last day
    window_days             INTEGER NOT NULL CHECK (window_days >= 1),
    source                  TEXT NOT NULL,
    views                   INTEGER CHECK (views >= 0),
    views_previous          INTEGER CHECK (views_previous >= 0),
    units                   INTEGER NOT NULL CHECK (units >= 0),
    units_previous          INTEGER NOT NULL CHECK (units_previous >= 0),
    revenue_minor           INTEGER NOT NULL CHECK (revenue_minor >= 0),
    revenue_previous_minor  INTEGER NOT NULL CHECK (revenue_previous_minor >= 0),
    taken_at                TEXT NOT NULL,
    PRIMARY KEY (product_id, as_of)
) WITHOUT ROWID;

-- Capabilities an ad platform showed it lacks (a 404/405 to a budget
-- change), remembered with the date they were learnt, so that every process
-- greys those actions out without asking again.
CREATE TABLE platform_capabilities (
    platform    TEXT NOT NULL,     -- kind and host: "campaign-pilot-api shop.example.com"
    capability  TEXT NOT NULL,     -- "set_budget"
    available   INTEGER NOT NULL CHECK (available IN (0, 1)),
    learnt_at   TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (platform, capability)
) WITHOUT ROWID;

-- Where each id's run of unbroken daily snapshots began: a day's figure from
-- running totals is settled against the run (see LiveSync), so that the
-- stored days add up to the newest total less the run's first.
ALTER TABLE live_product_totals ADD COLUMN run_start TEXT;
ALTER TABLE live_campaign_totals ADD COLUMN run_start TEXT;
