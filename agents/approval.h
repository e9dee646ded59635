// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "models/decisionstore.h"

namespace cp {

// What an operator can do with a recommendation, with the guardrails the
// policy sets. Each call is one transaction with its audit entry.
namespace Approval {

// A new campaign's copy is held to the policy's limits first (the headline,
// primary text and description as they would be sent): over them, nothing
// is approved and the error says which field and by how much.
// Four-eyes (issue 18): where the policy asks two operators to approve it
// (Rules::approvalsNeeded), the first approval leaves it pending with that
// operator recorded (approvedBy; nothing is sent), the same operator's
// second is refused, and another operator's approves it.
Result<Recommendation> approve(DecisionStore &store, qint64 id, const QString &operatorName, const Policy &policy = Policy{});
// What a recommendation waiting for its second approval shows: "1 of 2
// approvals (by Ana); it needs one more by a different operator: why". Empty
// for any other.
QString waitingNote(const Recommendation &rec, const Policy &policy);
Status reject(DecisionStore &store, qint64 id, const QString &operatorName, const QString &reason);
// A new proposed budget, checked against the guardrails (max change per
// action against the campaign's current budget, max daily budget).
Status editBudget(DecisionStore &store, qint64 id, Money budget, const Policy &policy, const QString &operatorName,
                  const QString &reason);
// Rollback of a done action, as a new pending recommendation that needs its
// own approval: a done pause offers "resume", a done budget change "restore
// the previous budget". Refused for anything else.
Result<Recommendation> proposeRollback(DecisionStore &store, qint64 id, const Policy &policy, const QString &operatorName);

// Why an operator's decision on `id` was refused, read from the store after
// the call failed, for callers that act on the kind (the command line's exit
// codes): the recommendation does not exist; someone already approved or
// rejected it (the error names who and when); or it may not be decided as
// asked (expired, superseded, no action to send, a guardrail, the copy's
// limits, a snooze's end in the past).
enum class Refusal { Unknown, AlreadyDecided, NotPermitted };
Refusal refusalOf(const DecisionStore &store, qint64 id);

} // namespace Approval
} // namespace cp
