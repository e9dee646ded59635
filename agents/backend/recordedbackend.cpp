// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedbackend.h"

#include "models/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cp {

namespace {
struct BackendText
{
    Q_DECLARE_TR_FUNCTIONS(RecordedBackend)
};
Error sqlError(const QSqlQuery &q) { return Error{q.lastError().text(), QStringLiteral("recorded backend")}; }
} // namespace

QStringList RecordedBackend::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

Result<std::optional<QJsonObject>> RecordedBackend::lookup(const QString &key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT result_json FROM backend_applied WHERE idempotency_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

StateCheck RecordedBackend::check(const OutboxItem &item, const QSet<QString> &knownCampaignIds)
{
    Q_UNUSED(knownCampaignIds);
    auto earlier = lookup(item.idempotencyKey);
    if (!earlier)
        return StateCheck::unreadable(earlier.error());
    return earlier->has_value() ? StateCheck::applied(**earlier) : StateCheck::notApplied();
}

SendOutcome RecordedBackend::apply(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    {
        QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("%1 %2%3")
                       .arg(Recommendation::actionKey(r.action), r.campaignId.isEmpty() ? r.productId : r.campaignId,
                            r.proposedBudget ? QLatin1Char(' ') + r.proposedBudget->toString() : QString());
    }
    auto earlier = lookup(item.idempotencyKey);
    if (!earlier)
        return SendOutcome::rejected(earlier.error());
    if (earlier->has_value())
        return SendOutcome::applied(**earlier);   // applied before: answer the same, change nothing

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return SendOutcome::rejected(Error{db.lastError().text(), QStringLiteral("recorded backend")});
    QSqlQuery q(db);
    QJsonObject result{{QStringLiteral("action"), Recommendation::actionKey(r.action)}};
    bool ok = true;
    switch (r.action) {
    case Recommendation::Action::Pause:
    case Recommendation::Action::Resume:
        q.prepare(QStringLiteral("UPDATE campaigns SET status = ? WHERE id = ?"));
        q.addBindValue(r.action == Recommendation::Action::Pause ? QStringLiteral("paused") : QStringLiteral("active"));
        q.addBindValue(r.campaignId);
        ok = q.exec() && q.numRowsAffected() == 1;
        result.insert(QStringLiteral("campaign_id"), r.campaignId);
        result.insert(QStringLiteral("status"), r.action == Recommendation::Action::Pause ? QStringLiteral("paused") : QStringLiteral("active"));
        break;
    case Recommendation::Action::SetBudget:
        q.prepare(QStringLiteral("UPDATE campaigns SET daily_budget_minor = ? WHERE id = ?"));
        q.addBindValue(r.proposedBudget ? QVariant(qlonglong(r.proposedBudget->minor())) : QVariant());
        q.addBindValue(r.campaignId);
        ok = r.proposedBudget && q.exec() && q.numRowsAffected() == 1;
        result.insert(QStringLiteral("campaign_id"), r.campaignId);
        result.insert(QStringLiteral("daily_budget"), r.proposedBudget ? r.proposedBudget->toString() : QString());
        break;
    case Recommendation::Action::Create: {
        const QDate start = StoreReader::productDayRange(db).second.addDays(1);
        const QString id = QStringLiteral("new-%1").arg(item.idempotencyKey.left(8));
        q.prepare(QStringLiteral("INSERT INTO campaigns (id, name, product_id, platform, status, daily_budget_minor, start_day, end_day) "
                                 "VALUES (?, ?, ?, 'recorded', 'active', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(r.campaignName.isEmpty() ? r.title : r.campaignName);
        q.addBindValue(r.productId);
        q.addBindValue(r.proposedBudget ? QVariant(qlonglong(r.proposedBudget->minor())) : QVariant());
        q.addBindValue(start.toString(Qt::ISODate));
        q.addBindValue(start.addDays(std::max(1, r.durationDays) - 1).toString(Qt::ISODate));
        ok = q.exec();
        result.insert(QStringLiteral("campaign_id"), id);
        break;
    }
    case Recommendation::Action::None:
        ok = false;
        break;
    }
    if (!ok) {
        const QString why = q.lastError().isValid() && !q.lastError().text().trimmed().isEmpty()
                                ? q.lastError().text()
                                : BackendText::tr("campaign %1 not found").arg(r.campaignId);
        db.rollback();
        return SendOutcome::rejected(Error{why, QStringLiteral("recorded backend: %1").arg(Recommendation::actionKey(r.action))});
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO backend_applied (idempotency_key, applied_at, result_json) VALUES (?, ?, ?)"));
    mark.addBindValue(item.idempotencyKey);
    mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    mark.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    if (!mark.exec()) {
        db.rollback();
        return SendOutcome::rejected(sqlError(mark));
    }
    if (!db.commit()) {
        db.rollback();
        return SendOutcome::rejected(Error{db.lastError().text(), QStringLiteral("recorded backend")});
    }
    return SendOutcome::applied(result);
}

} // namespace cp
