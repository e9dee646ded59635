// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "models/decisionstore.h"

namespace cp {

// What an operator can do with a recommendation, with the guardrails the
// policy sets. Each call is one transaction with its audit entry.
namespace Approval {

Result<Recommendation> approve(DecisionStore &store, qint64 id, const QString &operatorName);
Status reject(DecisionStore &store, qint64 id, const QString &operatorName, const QString &reason);
// A new proposed budget, checked against the guardrails (max change per
// action against the campaign's current budget, max daily budget).
Status editBudget(DecisionStore &store, qint64 id, Money budget, const Policy &policy, const QString &operatorName,
                  const QString &reason);
// Rollback of a done action, as a new pending recommendation that needs its
// own approval: a done pause offers "resume", a done budget change "restore
// the previous budget". Refused for anything else.
Result<Recommendation> proposeRollback(DecisionStore &store, qint64 id, const Policy &policy, const QString &operatorName);

} // namespace Approval
} // namespace cp
