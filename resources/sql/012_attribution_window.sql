-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12: the longest attribution window of a live workspace's
-- Meta ad sets, in days, as the ad account last said (attribution_spec's
-- window_days: 1, 7 or 28). Each refresh re-reads at least that many days of
-- insights, because Meta credits purchases to a day until its window closes.
-- 0: not known (Meta's default of 7 days applies).
ALTER TABLE workspace ADD COLUMN attribution_days INTEGER NOT NULL DEFAULT 0;
-- The ad account's last day up to which every campaign's insights were read
-- whole (ISO date): a refresh where some campaign's figures failed leaves it
-- where it was, so the next refresh asks again from its re-read window before
-- that day, however many days have passed. Empty: not yet.
ALTER TABLE workspace ADD COLUMN platform_read_through TEXT NOT NULL DEFAULT '';
-- A store from before this version: its newest day of Meta figures.
UPDATE workspace SET platform_read_through = COALESCE((SELECT MAX(d.day) FROM campaign_days d JOIN campaigns c ON c.id = d.campaign_id
                                                       WHERE c.platform = 'meta'), '');
