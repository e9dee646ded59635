-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11: the time zone a live workspace's days are counted in
-- (an IANA id such as "Pacific/Auckland", or "UTC+13:00" for a plain offset):
-- the shop's, as its WooCommerce site says, else the ad account's. The
-- workspace's "today" is taken there, not on the operator's computer.
-- Empty: not known yet (this computer's zone is used).
ALTER TABLE workspace ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
