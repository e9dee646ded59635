-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 16: the ground truth of a generated recording. The units a
-- campaign's ads truly added to its product's sales on a day, known only
-- where a generator set them (the decision-quality benchmark's semi-synthetic
-- recordings); NULL for every platform's and every real recording's rows.
-- The simulation scores incremental profit with it (without it: every
-- attributed conversion counts as incremental).
ALTER TABLE campaign_days ADD COLUMN true_incremental_units INTEGER CHECK (true_incremental_units >= 0);
