// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adplatform.h"
#include "models/database.h"

#include <QMutex>
#include <QStringList>

namespace cp {

// The offline ad platform: applies approved actions to the recording's
// simulated state in the store (a pause sets the campaign paused, a budget
// change its daily budget, a create adds a campaign starting the day after
// the recording's last day) and remembers every applied key in
// backend_applied, in the same transaction. Every call is also recorded in
// memory, so tests can assert exactly what reached it.
class RecordedBackend final : public AdPlatform
{
public:
    explicit RecordedBackend(Database database) : m_database(std::move(database)) {}

    QString name() const override { return QStringLiteral("recorded"); }
    SendOutcome apply(const OutboxItem &item) override;
    // Exact: backend_applied holds every key it applied, written in the
    // same transaction as the change.
    StateCheck check(const OutboxItem &item, const QSet<QString> &knownCampaignIds) override;
    bool appliesAtOnce() const override { return true; }

    // "pause demo-03", "set_budget demo-07 63.80", ... one line per apply() call.
    QStringList calls() const;

private:
    Result<std::optional<QJsonObject>> lookup(const QString &idempotencyKey);
    Database m_database;
    mutable QMutex m_mutex;
    QStringList m_calls;
};

} // namespace cp
