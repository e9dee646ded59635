-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: the currency a live workspace records its money in
-- (ISO 4217), fixed at the first contact that names one (CP_CURRENCY, else
-- the shop's, else the ad account's) and compared with every source after
-- it, so that two currencies are never mixed. Empty: not known yet. A replay
-- workspace's is its recording's.
ALTER TABLE workspace ADD COLUMN currency TEXT NOT NULL DEFAULT '';
