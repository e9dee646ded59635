-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: every import is logged with what it read, wrote and skipped.
CREATE TABLE import_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at   TEXT NOT NULL,
    importer      TEXT NOT NULL,
    file          TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_written  INTEGER NOT NULL,
    rows_skipped  INTEGER NOT NULL,
    first_errors  TEXT NOT NULL DEFAULT ''  -- up to 20 "file:line: reason" lines
);
