// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "models/decisionstore.h"

#include <QJsonDocument>
#include <QTimer>

namespace cp {

namespace {
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// Sends one outbox entry already marked "sending" and records the answer.
void sendOne(DecisionStore &store, AdPlatform &platform, const OutboxItem &item, const QString &operatorName,
             DispatchReport &report)
{
    // What the platform cannot do is never sent (the queue greys it out too).
    auto result = platform.supports(item.recommendation.action)
                      ? platform.apply(item)
                      : Result<QJsonObject>(Error{platform.unsupportedReason(item.recommendation.action), platform.name()});
    if (result) {
        store.markDone(item.id, compact(*result), operatorName);
        ++report.sent;
    } else {
        store.markFailed(item.id, result.error().toString(), operatorName);
        report.errors << result.error().toString();
        ++report.failed;
    }
}
} // namespace

Dispatcher::Dispatcher(Database database, std::shared_ptr<AdPlatform> platform, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_platform(std::move(platform)),
      m_halted(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<cp::DispatchReport>();
}

bool Dispatcher::setPlatform(std::shared_ptr<AdPlatform> platform)
{
    if (m_task.isRunning())
        return false;
    m_platform = std::move(platform);
    return true;
}

Dispatcher::~Dispatcher()
{
    m_halted->store(true);
    if (!m_task.isRunning()) {
        const Database db = m_database;
        m_task.start([db](TaskContext &) { db.closeThreadConnection(); });
    }
}

DispatchReport Dispatcher::run(const Database &database, AdPlatform &platform, const std::atomic_bool &halted,
                               const QString &operatorName)
{
    DispatchReport report;
    DecisionStore store(database.connection());

    // 1. Sends a crash interrupted.
    auto interrupted = store.outbox(QStringLiteral("sending"));
    if (!interrupted) {
        report.errors << interrupted.error().toString();
        return report;
    }
    for (const OutboxItem &item : *interrupted) {
        auto known = platform.lookup(item.idempotencyKey);
        if (!known) {
            report.errors << known.error().toString();
            continue;   // stays "sending": reconciled next time
        }
        if (known->has_value()) {
            store.markDone(item.id, compact(**known), operatorName);
            ++report.reconciled;
            continue;
        }
        if (halted.load()) {
            report.halted = true;
            return report;
        }
        // Never applied: send it now, with the same key.
        sendOne(store, platform, item, operatorName, report);
    }

    // 2. What is approved and waiting.
    auto approved = store.outbox(QStringLiteral("approved"));
    if (!approved) {
        report.errors << approved.error().toString();
        return report;
    }
    for (const OutboxItem &item : *approved) {
        if (halted.load()) {   // the emergency stop: no send starts after it
            report.halted = true;
            break;
        }
        if (Status s = store.markSending(item.id, operatorName); !s) {
            report.errors << s.error().toString();
            continue;
        }
        sendOne(store, platform, item, operatorName, report);
    }
    return report;
}

bool Dispatcher::sendApproved(const QString &operatorName)
{
    if (m_halted->load())
        return false;
    auto report = std::make_shared<DispatchReport>();
    if (!m_platform) {
        // No platform to send to (its credentials are missing): say so, send nothing.
        report->errors << tr("no ad platform to send to: its credentials are missing (Agents > Connections)");
        QTimer::singleShot(0, this, [this, report] { emit finished(*report); });
        return true;
    }
    const Database db = m_database;
    auto platform = m_platform;
    auto halted = m_halted;
    if (!m_task.start([db, platform, halted, operatorName, report](TaskContext &) {
            *report = run(db, *platform, *halted, operatorName);
        }))
        return false;
    connect(&m_task, &BackgroundTask::finished, this, [this, report] { emit finished(*report); }, Qt::SingleShotConnection);
    return true;
}

} // namespace cp
