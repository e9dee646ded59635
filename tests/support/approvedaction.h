// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One manager recommendation, added to the store file at `path` and approved
// there, as an operator would: how the send tests put an action in the outbox.
#include "agents/approval.h"
#include "models/database.h"
#include "models/decisionstore.h"

#include <memory>

inline bool approveAction(const QString &path, cp::Recommendation::Action action, const QString &campaignId,
                          std::optional<cp::Money> proposedBudget = std::nullopt)
{
    using namespace cp;
    auto db = Database::open(path);
    if (!db)
        return false;
    bool ok = false;
    {
        DecisionStore store(db->connection());
        Recommendation r;
        r.cycleId = QStringLiteral("test");
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.expiresAt = r.createdAt.addDays(1);
        r.agent = QStringLiteral("manager");
        r.decision = action == Recommendation::Action::SetBudget ? QStringLiteral("CONTINUE") : QStringLiteral("PAUSE");
        r.action = action;
        r.campaignId = campaignId;
        if (proposedBudget) {
            r.previousBudget = Money::fromMinor(proposedBudget->minor() * 10 / 11);
            r.proposedBudget = proposedBudget;
        }
        r.title = Recommendation::actionKey(action) + QLatin1Char(' ') + campaignId;
        r.rule = QStringLiteral("test");
        r.rationale = QStringLiteral("test");
        auto added = store.add({r});
        ok = added.ok() && Approval::approve(store, added->first().id, QStringLiteral("ops")).ok();
    }
    db->closeThreadConnection();
    return ok;
}
