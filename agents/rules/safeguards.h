// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy.h"
#include "rules.h"
#include "models/recommendation.h"

#include <QHash>
#include <QList>

namespace cp {

// Safeguards between the agents and the queue (issue 16): what the operator
// said last about a campaign or product holds new proposals back, so that a
// rejection sticks and a change has time to show.
namespace Safeguards {

// Holds back, in this order:
// - a budget change of more than `policy.learningMaxBudgetChangePct` on a
//   campaign with fewer than `policy.learningExitConversions` conversions
//   (rule "learning-phase": Meta restarts the learning phase on such edits);
// - (rule "cooldown") each action in `proposed` whose campaign (or, for a new
// campaign, product) the operator approved or rejected an action on less than
// `policy.cooldownDays` before the recommendation's time, unless its
// evidence moved by `policy.materialChangePoints` since (sales or page-view
// impact in points, ROAS in hundredths of ×; after an approval, only for a
// different action: the same action again waits the whole cooldown). An emergency pause is held back
// only by the operator's rejection of a pause. A held-back recommendation
// proposes nothing: its decision becomes MONITOR, its rule "cooldown", and its
// rationale says first who said what when, until when it holds and what
// would lift it, then what would have been proposed;
// - (rule "raise-settle") a budget raise on a campaign less than
//   `policy.raiseSettleDays` after the operator approved a raise on it whose
//   send did not fail (the "raise:CAMPAIGN" last word,
//   Recommendation::lastWordKeys), whatever was said on it since;
// - (rule "campaign-not-seen") a new campaign for a product whose last word
//   is an approved new campaign whose send is done (sent, confirmed or marked
//   applied by an operator), until that campaign's duration has passed since
//   its approval: the workspace does not show it running yet (no snapshot or
//   campaign list since), and another would run beside it;
// - (rule "daily-cap") the least urgent actions (lowest risk, then smallest
//   expected effect) beyond `policy.maxActionsPerDay` counting those approved
//   today; emergency pauses are never held back by the cap.
// `lastWords`: DecisionStore::lastWords() (a simulation keeps its own).
// `today`: the day the daily cap counts approvals on; invalid: this
// computer's date (a simulation passes the simulated day). Returns how many
// were held back.
// `wording`: KindOnly (a backtest) holds back without writing the rationale.
int holdBack(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy,
             QDate today = {}, Wording wording = Wording::Full);

} // namespace Safeguards
} // namespace cp
