-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 19: four-eyes approval (issue 18). Every operator's
-- approval of a recommendation, one row each: a recommendation the policy
-- holds for two operators stays pending with its first approval here until a
-- second, different operator approves it (DecisionStore::approve). The key
-- makes one operator's second approval of the same recommendation
-- impossible even outside the program.
CREATE TABLE approvals (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
    operator TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, operator)
);
