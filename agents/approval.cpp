// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval.h"

#include "agents/llm/copycheck.h"
#include "agents/rules/rules.h"
#include "models/recommendationmodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace cp {

namespace {
struct ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(Approval)
};
} // namespace

namespace Approval {

Result<Recommendation> approve(DecisionStore &store, qint64 id, const QString &operatorName, const Policy &policy)
{
    if (operatorName.trimmed().isEmpty())
        return Error{ApprovalText::tr("set the operator's name first (Settings)"), QStringLiteral("approval")};
    // Read once; what it cannot find (or finds decided) the store refuses
    // below, naming who decided it. The checks are for a pending one.
    const auto rec = store.get(id);
    const bool pending = rec && rec->status == u"pending";
    if (pending && rec->action == Recommendation::Action::Create) {
        // What would be sent: the recommendation's headline and text, the chosen version's description.
        const AdCopy *chosen = rec->copy.current();
        const AdCopy sent{rec->campaignName, rec->adCopy, chosen ? chosen->description : QString(), {}, {}, {}};
        if (const QString why = CopyCheck::limitProblem(sent, CopyCheck::Limits::of(policy)); !why.isEmpty())
            return Error{ApprovalText::tr("not approved: the ad copy is over the policy's limits (%1); shorten it in Decisions ▸ "
                                          "Ad copy… first")
                             .arg(why),
                         ApprovalText::tr("recommendation %1").arg(id)};
    }
    // The policy in effect now, not the one it was proposed under: a
    // maximum daily budget lowered since holds back what waits above it
    // (a walkthrough approved £7.65 after lowering the maximum to £7.00).
    if (pending && rec->proposedBudget
        && (rec->action == Recommendation::Action::Create || rec->action == Recommendation::Action::SetBudget)
        && *rec->proposedBudget > policy.maxDailyBudget)
        return Error{ApprovalText::tr("not approved under policy version %1: its daily budget %2 is above the maximum daily budget %3; "
                                      "edit its budget (Ctrl+E) or reject it")
                         .arg(policy.version)
                         .arg(Rules::WordingCurrency::amount(*rec->proposedBudget), Rules::WordingCurrency::amount(policy.maxDailyBudget)),
                     ApprovalText::tr("recommendation %1").arg(id)};
    // Four-eyes (issue 18): the policy says whether this one needs a second,
    // different operator; the store counts who approved under its write lock.
    const int needed = rec ? Rules::approvalsNeeded(*rec, policy).count : 1;
    return store.approve(id, operatorName, QDateTime::currentDateTimeUtc(), needed);
}

QString waitingNote(const Recommendation &rec, const Policy &policy)
{
    if (!rec.awaitsSecondApproval())
        return {};
    const Rules::ApprovalsNeeded needed = Rules::approvalsNeeded(rec, policy);
    const QString state = ApprovalText::tr("%1 of %2 approvals (by %3); it needs one more by a different operator")
                              .arg(rec.approvedBy.size())
                              .arg(std::max(needed.count, int(rec.approvedBy.size()) + 1))
                              .arg(rec.approvedBy.join(QStringLiteral(", ")));
    return needed.why.isEmpty() ? state : ApprovalText::tr("%1: %2").arg(state, needed.why);
}

Status reject(DecisionStore &store, qint64 id, const QString &operatorName, const QString &reason)
{
    if (operatorName.trimmed().isEmpty())
        return Error{ApprovalText::tr("set the operator's name first (Settings)"), QStringLiteral("approval")};
    return store.reject(id, operatorName, reason);
}

Status editBudget(DecisionStore &store, qint64 id, Money budget, const Policy &policy, const QString &operatorName,
                  const QString &reason)
{
    auto rec = store.get(id);
    if (!rec)
        return rec.error();
    // New campaigns have no current budget: only the cap and > 0 apply.
    if (Status s = Rules::checkBudgetEdit(rec->previousBudget, budget, policy); !s)
        return Error{s.error().message, ApprovalText::tr("recommendation %1").arg(id)};
    return store.editBudget(id, budget, operatorName, reason);
}

Result<Recommendation> proposeRollback(DecisionStore &store, qint64 id, const Policy &policy, const QString &operatorName)
{
    auto rec = store.get(id);
    if (!rec)
        return rec.error();
    const QString where = ApprovalText::tr("recommendation %1").arg(id);
    if (rec->sendState != u"done")
        return Error{ApprovalText::tr("only a done action can be rolled back"), where};
    // One undo: a second click proposed (and sent) the same resume again,
    // or silently replaced the one waiting.
    auto earlier = store.liveRollbackOf(id);
    if (!earlier)
        return earlier.error();
    if (*earlier) {
        const Recommendation &back = **earlier;
        return Error{back.status == u"pending"
                         ? ApprovalText::tr("its rollback is recommendation %1 already, waiting for approval").arg(back.id)
                     : back.sendState == u"done"
                         ? ApprovalText::tr("it was rolled back already by recommendation %1").arg(back.id)
                         : ApprovalText::tr("its rollback, recommendation %1, is approved and on its way").arg(back.id),
                     where};
    }
    Recommendation back;
    back.cycleId = rec->cycleId;
    back.createdAt = QDateTime::currentDateTimeUtc();
    back.expiresAt = back.createdAt.addSecs(qint64(policy.recommendationTtlHours) * 3600);
    back.agent = QStringLiteral("operator");
    back.decision = QStringLiteral("ROLLBACK");
    back.campaignId = rec->campaignId;
    back.productId = rec->productId;
    back.rule = QStringLiteral("rollback");
    back.rollbackOf = rec->id;
    back.policyVersion = policy.version;
    back.risk = rec->risk;
    // The campaign by its name, the undone decision in words (the queue and
    // the audit log showed "Resume demo-16" and "(EMERGENCY_PAUSE)").
    const QString target = RecommendationModel::targetText(*rec);
    const QString undone = RecommendationModel::decisionText(rec->decision, rec->rule);
    // Its name carried over, so that the queue and the audit log name the
    // campaign (a filter by its name found the pause but not its undo).
    back.campaignName = RecommendationModel::nameOf(*rec);
    if (rec->action == Recommendation::Action::Pause) {
        back.action = Recommendation::Action::Resume;
        back.title = ApprovalText::tr("Resume %1").arg(target);
        back.rationale = ApprovalText::tr("Undo of recommendation #%1 (%2), asked by %3.").arg(rec->id).arg(undone, operatorName);
    } else if (rec->action == Recommendation::Action::SetBudget && rec->previousBudget) {
        back.action = Recommendation::Action::SetBudget;
        back.proposedBudget = rec->previousBudget;
        back.previousBudget = rec->proposedBudget;
        back.title = ApprovalText::tr("Restore the budget of %1 to %2").arg(target, rec->previousBudget->toString());
        back.rationale = ApprovalText::tr("Undo of recommendation #%1: back from %2 to %3, asked by %4.")
                             .arg(rec->id)
                             .arg(rec->proposedBudget ? rec->proposedBudget->toString() : QString(), rec->previousBudget->toString(),
                                  operatorName);
    } else {
        return Error{ApprovalText::tr("this action has no rollback"), where};
    }
    auto added = store.add({back});
    if (!added)
        return added.error();
    return added->first();
}

Refusal refusalOf(const DecisionStore &store, qint64 id)
{
    auto rec = store.get(id);
    if (!rec)
        return Refusal::Unknown;
    if (rec->status == u"approved" || rec->status == u"rejected")
        return Refusal::AlreadyDecided;
    return Refusal::NotPermitted;
}

} // namespace Approval
} // namespace cp
