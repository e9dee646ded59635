-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the workspace's kind, fixed when it is created.
-- live:   data from connections and imports; approved actions go to its
--         connected ad platform.
-- replay: a copy of one recording; approved actions go only to the recorded
--         backend, and nothing in it can build a network client.
-- A store from an earlier version is live when it holds live snapshots or
-- imports, replay when it holds only a recording; nothing is dropped.
-- `fixed` is 1 once the kind was chosen on purpose (a new live workspace,
-- a replay workspace); an inferred empty store can still become the replay
-- copy of the first recording loaded into it.
CREATE TABLE workspace (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    workspace_id     TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('live', 'replay')),
    name             TEXT NOT NULL DEFAULT '',
    recording_source TEXT NOT NULL DEFAULT '',
    fixed            INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL
);
INSERT INTO workspace (id, workspace_id, kind, fixed, created_at)
SELECT 1, lower(hex(randomblob(16))),
       CASE WHEN EXISTS (SELECT 1 FROM live_product_totals) OR EXISTS (SELECT 1 FROM live_campaign_totals)
                 OR EXISTS (SELECT 1 FROM import_log) THEN 'live'
            WHEN EXISTS (SELECT 1 FROM recording) THEN 'replay'
            ELSE 'live' END,
       CASE WHEN EXISTS (SELECT 1 FROM live_product_totals) OR EXISTS (SELECT 1 FROM live_campaign_totals)
                 OR EXISTS (SELECT 1 FROM import_log) OR EXISTS (SELECT 1 FROM recording) THEN 1
            ELSE 0 END,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
