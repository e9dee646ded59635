-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 17: the learning loop (issue 16; agents/rules/learning.h).
--
-- evaluations: when a campaign's evaluation window (the policy's uplift
-- window from its start) has ended, what the policy last predicted for it
-- (the expected effect on profit a day of its newest recommendation that
-- carried one) beside what happened (the incremental profit a day measured
-- against the counterfactual, with its interval). One row per campaign.
CREATE TABLE evaluations (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id          TEXT NOT NULL UNIQUE,
    product_id           TEXT NOT NULL DEFAULT '',
    evaluated_at         TEXT NOT NULL,
    as_of                TEXT NOT NULL,            -- the cycle's date (the window's last day)
    window_days          INTEGER NOT NULL CHECK (window_days > 0),
    policy_version       INTEGER NOT NULL,
    predicted_decision   TEXT NOT NULL DEFAULT '', -- empty: nothing was predicted
    predicted_minor      INTEGER,                  -- expected effect on profit a day
    predicted_low_minor  INTEGER,
    predicted_high_minor INTEGER,
    actual_minor         INTEGER NOT NULL,         -- incremental profit a day
    actual_low_minor     INTEGER NOT NULL,
    actual_high_minor    INTEGER NOT NULL,
    spend_per_day_minor  INTEGER NOT NULL,
    status               TEXT NOT NULL,            -- the campaign's status on as_of
    outcome              TEXT NOT NULL CHECK (outcome IN ('paid', 'lost', 'unclear'))
);

-- A policy update the Analyst proposes from the evaluations, backed by a
-- backtest on the workspace's own history (old against new). The operator
-- approves it (a new policy version) or rejects it, like any action.
CREATE TABLE policy_proposals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at       TEXT NOT NULL,
    base_version     INTEGER NOT NULL,          -- the policy in effect it changes
    evaluations_to   INTEGER NOT NULL,          -- the newest evaluation it read
    policy_json      TEXT NOT NULL,             -- the proposed policy, whole
    changes_json     TEXT NOT NULL,             -- [{field, from, to}]
    backtest_json    TEXT NOT NULL,             -- old and new: range, profits, actions
    rationale        TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
    decided_by       TEXT,
    decided_at       TEXT,
    decision_reason  TEXT,
    new_version      INTEGER                    -- approved: the version it became
);
CREATE INDEX policy_proposals_by_status ON policy_proposals(status);
