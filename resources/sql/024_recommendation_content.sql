-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 24: what a recommendation says, as a hash (issue 14).
-- A cycle that judges a campaign exactly as the pending recommendation on
-- it already does, with nothing to send, keeps that one instead of writing
-- it again with an audit entry: an hourly station at 10,000 campaigns wrote
-- 240,000 identical rows (about 2.4 KB each) and as many audit entries a day.
-- The hash covers everything an operator reads in it (DecisionStore::add,
-- contentHash); rows written before this version have none and are never
-- kept that way.
ALTER TABLE recommendations ADD COLUMN content_hash TEXT;
