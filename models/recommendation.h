// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adcopy.h"
#include "money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp {

// What an agent proposes, with everything an operator needs to judge it: the
// inputs, the thresholds, which rule fired, the risk and when it expires.
// Nothing in it is sent until an operator approves it.
struct Recommendation
{
    enum class Action { None, Create, Pause, Resume, SetBudget };

    qint64 id = 0;
    QString cycleId;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString agent;                 // "creator", "manager", "operator" (rollbacks)
    QString decision;              // CONTINUE ... EMERGENCY_PAUSE, NEW_CAMPAIGN, ROLLBACK
    Action action = Action::None;
    QString campaignId;
    QString productId;
    QString title;
    std::optional<Money> proposedBudget;
    std::optional<Money> previousBudget;
    int durationDays = 0;
    QString campaignName;          // create
    QString adCopy;                // create: the primary text
    // create: every variant of the ad text, the one chosen (campaignName and
    // adCopy are its headline and primary text), why a model's was refused.
    CopyChoice copy;
    QJsonObject inputs;
    QJsonObject thresholds;
    QString rule;
    QString rationale;
    double risk = 0;
    int policyVersion = 1;
    QString status = QStringLiteral("pending");   // pending, approved, rejected, expired, superseded
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    qint64 rollbackOf = 0;
    // Set by DecisionStore::add: the store already held this very
    // recommendation, pending and with nothing to send, and kept that one
    // (its id, cycle and times) instead of writing it again.
    bool unchanged = false;
    // Four-eyes approval (issue 18): the operators who approved it, oldest
    // first. A pending recommendation with one of them waits for a second,
    // different operator ("1 of 2 approvals").
    QStringList approvedBy;
    // The outbox, once approved: approved -> sending -> done | failed | unknown.
    qint64 outboxId = 0;
    QString sendState;
    QString sendError;
    QString sendPlatform;          // where it was sent ("campaign-pilot-api", "meta", "recorded")

    bool spendsOrStopsMoney() const { return action != Action::None; }
    // A budget change to more than the budget it replaces.
    bool isBudgetRaise() const
    {
        return action == Action::SetBudget && proposedBudget && previousBudget && *proposedBudget > *previousBudget;
    }
    // The keys of the operator's last words (DecisionStore::lastWords,
    // Safeguards) this decided recommendation is one for: "campaign:ID",
    // "product:ID", and "raise:CAMPAIGN" for an approved raise whose send did
    // not fail (the safeguards' raise-settle: a later word on the campaign
    // must not hide it). None for an approval whose send failed: the
    // platform refused it, nothing was applied, so no effect needs time to
    // show (a walkthrough saw an emergency pause refused by Meta's rate
    // limit hold the next pause back for the whole cooldown, while the
    // campaign went on losing money).
    QStringList lastWordKeys() const
    {
        QStringList keys;
        if (status == u"approved" && sendState == u"failed")
            return keys;
        if (!campaignId.isEmpty())
            keys << QStringLiteral("campaign:") + campaignId;
        if (!productId.isEmpty())
            keys << QStringLiteral("product:") + productId;
        if (!campaignId.isEmpty() && status == u"approved" && isBudgetRaise())
            keys << QStringLiteral("raise:") + campaignId;
        return keys;
    }
    bool awaitsSecondApproval() const { return status == u"pending" && !approvedBy.isEmpty(); }
    static QString actionKey(Action a);
    static std::optional<Action> actionFromKey(QStringView key);
};

// An approved action as the dispatcher sends it.
struct OutboxItem
{
    qint64 id = 0;
    qint64 recommendationId = 0;
    QString idempotencyKey;
    QString state;
    int attempts = 0;
    Recommendation recommendation;   // the action's snapshot at approval
    QString leaseOwner;              // who sends it now ("host:pid:random"); empty: nobody
    qint64 leaseUntilMs = 0;         // the lease holds until then (Clock::nowMs())
    qint64 attemptStartedMs = 0;     // when the current attempt started; the settle time counts from it
    QString lastError;
};

// One sender's claim on outbox entries: who, and for how long a claim holds
// unless renewed.
struct Lease
{
    QString owner;
    qint64 durationMs = 30000;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString event;
    qint64 recommendationId = 0;
    QString details;
};

inline QString Recommendation::actionKey(Action a)
{
    switch (a) {
    case Action::None: return QStringLiteral("none");
    case Action::Create: return QStringLiteral("create");
    case Action::Pause: return QStringLiteral("pause");
    case Action::Resume: return QStringLiteral("resume");
    case Action::SetBudget: return QStringLiteral("set_budget");
    }
    return {};
}

inline std::optional<Recommendation::Action> Recommendation::actionFromKey(QStringView key)
{
    for (Action a : {Action::None, Action::Create, Action::Pause, Action::Resume, Action::SetBudget})
        if (actionKey(a) == key)
            return a;
    return std::nullopt;
}

} // namespace cp

Q_DECLARE_METATYPE(cp::Recommendation)
