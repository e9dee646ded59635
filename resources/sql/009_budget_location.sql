-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: where a campaign's budget is set (issue 15). Meta keeps a
-- campaign's money on the campaign (daily or lifetime) or on its ad sets;
-- budget changes are offered for a campaign daily budget only. NULL: the
-- source does not say (a daily budget when daily_budget_minor is set).
ALTER TABLE campaigns ADD COLUMN budget_location TEXT
    CHECK (budget_location IS NULL OR budget_location IN ('campaign_daily', 'campaign_lifetime', 'ad_set'));
