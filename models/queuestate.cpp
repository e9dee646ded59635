// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuestate.h"

#include "decisionstore.h"
#include "liveevidence.h"

namespace cp {

Result<QueueState> QueueState::read(QSqlDatabase db, const QList<qint64> &ids)
{
    QueueState q;
    DecisionStore decisions(db);
    q.partial = !ids.isEmpty();
    auto recs = q.partial ? decisions.list(ids) : decisions.listShown(kDecidedShown, &q.decidedCapped);
    if (!recs)
        return recs.error();
    q.recommendations = std::move(recs).value();
    auto audit = decisions.auditLog(kAuditShown);
    if (!audit)
        return audit.error();
    q.audit = std::move(audit).value();
    // Fail safe: a stop flag that cannot be read counts as on.
    const auto stop = decisions.setting(QStringLiteral("emergency_stop"));
    q.emergencyStop = !stop || *stop == u"1";
    if (const auto policy = decisions.latestPolicy())
        q.policyJson = *policy;
    if (const auto proposals = decisions.policyProposals(QStringLiteral("pending")); proposals && !proposals->isEmpty())
        q.policyProposal = proposals->first();
    if (auto missing = LiveEvidence::allMissing(db))
        q.missingCapabilities = *missing;
    return q;
}

} // namespace cp
