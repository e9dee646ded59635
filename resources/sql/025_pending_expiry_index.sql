-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 25: the pending recommendations by expiry (issue 14).
-- Every cycle first expires the pending recommendations whose time is up
-- (DecisionStore::expire: status = 'pending' AND expires_at < now). With the
-- index on status alone that read every pending row from the table: 19 ms
-- of a 10,000-campaign cycle, for none expired. This index answers it from
-- the index, and serves every "status = ..." lookup the old one served.
DROP INDEX recommendations_by_status;
CREATE INDEX recommendations_by_status_expiry ON recommendations(status, expires_at);
