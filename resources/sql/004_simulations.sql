-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: saved simulation runs, to reopen and compare later.
CREATE TABLE simulation_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TEXT NOT NULL,
    recording_id TEXT NOT NULL,
    date_from    TEXT NOT NULL,
    date_to      TEXT NOT NULL,
    title        TEXT NOT NULL,
    report_json  TEXT NOT NULL
);
