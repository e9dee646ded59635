-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 18: an audit log that cannot be edited unnoticed (issue 18).
-- Each entry carries the hash of the entry before it and its own hash
-- (SHA-256 over its fields and prev_hash: models/auditchain.h). The entries
-- written before this version are chained in this migration's transaction
-- by its C++ half (AuditChain::chainUnchained, run by Database::migrate
-- after these statements), because SQLite has no SHA-256 in SQL: a store
-- is never seen half-chained. New entries are chained as they are written
-- (DecisionStore::auditIn).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
-- Append-only: an entry, once chained, is never updated, and none is deleted.
-- (The one UPDATE allowed is the chaining of an entry that has no hash yet.)
-- A trigger stops the program and anyone using SQL on the file by mistake;
-- someone who drops it on purpose is what the chain and `audit verify` catch.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: an entry cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: an entry cannot be deleted'); END;
