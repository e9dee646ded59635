-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: recommendations, approval, the outbox, the audit log,
-- policy versions and the offline backend's record of applied actions.

CREATE TABLE policy_versions (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    json        TEXT NOT NULL
);

CREATE TABLE recommendations (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id              TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    expires_at            TEXT NOT NULL,
    agent                 TEXT NOT NULL,
    decision              TEXT NOT NULL,   -- CONTINUE ... EMERGENCY_PAUSE, NEW_CAMPAIGN, ROLLBACK
    action                TEXT NOT NULL CHECK (action IN ('none', 'create', 'pause', 'resume', 'set_budget')),
    campaign_id           TEXT,
    product_id            TEXT,
    title                 TEXT NOT NULL,
    proposed_budget_minor INTEGER,
    previous_budget_minor INTEGER,
    duration_days         INTEGER,
    campaign_name         TEXT NOT NULL DEFAULT '',
    ad_copy               TEXT NOT NULL DEFAULT '',
    inputs_json           TEXT NOT NULL DEFAULT '{}',
    thresholds_json       TEXT NOT NULL DEFAULT '{}',
    rule                  TEXT NOT NULL,
    rationale             TEXT NOT NULL,
    risk                  REAL NOT NULL DEFAULT 0,
    policy_version        INTEGER NOT NULL,
    status                TEXT NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'approved', 'rejected', 'expired', 'superseded')),
    decided_by            TEXT,
    decided_at            TEXT,
    decision_reason       TEXT,
    rollback_of           INTEGER REFERENCES recommendations(id)
);
CREATE INDEX recommendations_by_status ON recommendations(status);
-- A new recommendation supersedes the pending one for its campaign (or product).
CREATE INDEX recommendations_by_campaign ON recommendations(campaign_id, status);
CREATE INDEX recommendations_by_product ON recommendations(product_id, status);

-- Approved actions waiting to be sent, written in the approval's transaction.
-- The idempotency key is what the backend remembers, so a resend after a
-- crash is recognised and not applied twice.
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id INTEGER NOT NULL UNIQUE REFERENCES recommendations(id),
    idempotency_key   TEXT NOT NULL UNIQUE,
    action_json       TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('approved', 'sending', 'done', 'failed')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT NOT NULL DEFAULT '',
    result_json       TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX outbox_by_state ON outbox(state);

CREATE TABLE audit_log (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    at                TEXT NOT NULL,
    operator          TEXT NOT NULL,
    event             TEXT NOT NULL,   -- recommended, approved, rejected, edited, sent, done, failed, emergency_stop, resumed
    recommendation_id INTEGER,
    details           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- The recorded-data backend's memory of what it applied (by idempotency key).
CREATE TABLE backend_applied (
    idempotency_key TEXT PRIMARY KEY,
    applied_at      TEXT NOT NULL,
    result_json     TEXT NOT NULL
);
