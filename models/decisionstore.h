// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recommendation.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cp {

// Persistence of recommendations, approvals, the outbox and the audit log.
// Every state change and its audit entry are written in one transaction.
// The connection must belong to the calling thread.
class DecisionStore
{
public:
    explicit DecisionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores new recommendations (ids filled in) and audits them. An older
    // pending recommendation for the same campaign (or product, for new
    // campaigns) is marked superseded: the queue shows the newest judgement.
    Result<QList<Recommendation>> add(QList<Recommendation> recs);

    struct Filter
    {
        QString status;    // empty: all
        QString decision;  // empty: all
    };
    Result<QList<Recommendation>> list(const Filter &filter = {}) const;
    Result<Recommendation> get(qint64 id) const;

    // Approval writes the action to the outbox in the same transaction.
    // Refused when the recommendation is not pending, has expired (it is
    // then marked expired) or proposes no action.
    Result<Recommendation> approve(qint64 id, const QString &operatorName, const QDateTime &now);
    Status reject(qint64 id, const QString &operatorName, const QString &reason);
    // Changes the proposed budget of a pending recommendation (the caller
    // checks the guardrails).
    Status editBudget(qint64 id, Money budget, const QString &operatorName, const QString &reason);
    // Marks pending recommendations past their time as expired.
    Result<int> expire(const QDateTime &now);

    // Outbox, for the dispatcher.
    Result<QList<OutboxItem>> outbox(const QString &state) const;
    // approved -> sending (persisted before the request leaves), audited.
    Status markSending(qint64 outboxId, const QString &operatorName);
    Status markDone(qint64 outboxId, const QString &resultJson, const QString &operatorName);
    Status markFailed(qint64 outboxId, const QString &error, const QString &operatorName);
    // failed -> approved, for the operator's Retry.
    Status retry(qint64 outboxId, const QString &operatorName);

    Status audit(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details);
    Result<QList<AuditEntry>> auditLog(int limit = 10000) const;

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    Status savePolicy(int version, const QString &name, const QByteArray &json);
    // The newest stored policy's JSON, or empty.
    Result<QByteArray> latestPolicy() const;

private:
    Status auditIn(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details);
    QSqlDatabase m_db;
};

} // namespace cp
