-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ad copy variants of a new campaign (issue 20): the template's and a
-- language model's versions of the headline, primary text and description,
-- which one the operator chose, why a model's answer was refused, and the
-- product facts they were written from, as JSON (models/adcopy.h). The
-- chosen variant's headline and primary text stay in campaign_name and
-- ad_copy: that is what approval records and the platform receives.
-- Empty: a recommendation from before this version (its template copy only).
ALTER TABLE recommendations ADD COLUMN copy_json TEXT NOT NULL DEFAULT '';
