// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace cp {

// The learning loop's records (issue 16; agents/rules/learning.h, schema 17).

// A campaign at the end of its evaluation window: what the policy last
// predicted for it beside what happened. Money a day.
struct Evaluation
{
    qint64 id = 0;
    QString campaignId, productId;
    QDateTime evaluatedAt;
    QDate asOf;                         // the window's last day
    int windowDays = 0;
    int policyVersion = 0;
    QString predictedDecision;          // empty: nothing was predicted
    std::optional<Money> predicted, predictedLow, predictedHigh;
    Money actual, actualLow, actualHigh;   // incremental profit a day, with its interval
    Money spendPerDay;
    QString status;                     // the campaign's status on asOf
    QString outcome;                    // paid | lost | unclear
};

// A policy update the Analyst proposes, backed by a backtest (old against
// new on the workspace's own history), for the operator to approve.
struct PolicyProposal
{
    qint64 id = 0;
    QDateTime createdAt;
    int baseVersion = 0;
    qint64 evaluationsTo = 0;
    QByteArray policyJson;              // the proposed policy (its version: baseVersion + 1)
    QJsonArray changes;                 // [{field, label, from, to}]
    QJsonObject backtest;               // {from, to, old: {...}, new: {...}}
    QString rationale;
    QString status = QStringLiteral("pending");   // pending | approved | rejected | superseded
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    int newVersion = 0;
};

} // namespace cp
