-- SPDX-License-Identifier: GPL-3.0-or-later
-- Exactly-once sending (issue 11): the outbox gains the state "unknown" (we
-- may or may not have applied it; an operator decides), a lease so that only
-- one sender works on an entry at a time, the start of the current attempt
-- (the settle time counts from it) and the platform it went to.
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt and its
-- rows copied; nothing references outbox, so dropping the old one is safe.
CREATE TABLE outbox_rebuilt (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id  INTEGER NOT NULL UNIQUE REFERENCES recommendations(id),
    idempotency_key    TEXT NOT NULL UNIQUE,
    action_json        TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('approved', 'sending', 'done', 'failed', 'unknown')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT NOT NULL DEFAULT '',
    result_json        TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    -- "host:pid:random" of the sender holding the entry; empty: nobody.
    lease_owner        TEXT NOT NULL DEFAULT '',
    -- Milliseconds since the epoch (UTC) until which the lease holds; a
    -- sender that died stops renewing it and another may take over after.
    lease_until_ms     INTEGER NOT NULL DEFAULT 0,
    -- When the current attempt started (ms since the epoch, UTC).
    attempt_started_ms INTEGER NOT NULL DEFAULT 0,
    platform           TEXT NOT NULL DEFAULT '',
    -- How a done entry was settled: sent (the platform answered) or
    -- confirmed (a state check proved it), or marked by an operator.
    outcome            TEXT NOT NULL DEFAULT ''
);
INSERT INTO outbox_rebuilt (id, recommendation_id, idempotency_key, action_json, state, attempts, last_error, result_json,
                            created_at, updated_at)
    SELECT id, recommendation_id, idempotency_key, action_json, state, attempts, last_error, result_json, created_at, updated_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state);
