// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveevidence.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cp::LiveEvidence {

namespace {
Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{q.lastError().text(), QString::fromLatin1(what)};
}
QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> optOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

Status saveWindow(QSqlDatabase db, const SourceWindow &w, const QString &takenAt)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO source_windows (product_id, as_of, window_days, source, views, views_previous, "
                             "units, units_previous, revenue_minor, revenue_previous_minor, taken_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (product_id, as_of) DO UPDATE SET window_days = excluded.window_days, "
                             "source = excluded.source, views = excluded.views, views_previous = excluded.views_previous, "
                             "units = excluded.units, units_previous = excluded.units_previous, "
                             "revenue_minor = excluded.revenue_minor, revenue_previous_minor = excluded.revenue_previous_minor, "
                             "taken_at = excluded.taken_at"));
    for (const QVariant &v : {QVariant(w.productId), QVariant(w.asOf.toString(Qt::ISODate)), QVariant(w.days), QVariant(w.source),
                              opt(w.views), opt(w.viewsPrevious), QVariant(qlonglong(w.units)), QVariant(qlonglong(w.unitsPrevious)),
                              QVariant(qlonglong(w.revenue.minor())), QVariant(qlonglong(w.revenuePrevious.minor())), QVariant(takenAt)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "source_windows");
    return {};
}

Result<QHash<QString, SourceWindow>> windows(QSqlDatabase db, QDate asOf)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT product_id, as_of, window_days, source, views, views_previous, units, units_previous, "
                             "revenue_minor, revenue_previous_minor FROM source_windows w "
                             "WHERE as_of = (SELECT MAX(as_of) FROM source_windows x WHERE x.product_id = w.product_id AND x.as_of <= ?)"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, "source_windows");
    QHash<QString, SourceWindow> out;
    while (q.next()) {
        SourceWindow w;
        w.productId = q.value(0).toString();
        w.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        w.days = q.value(2).toInt();
        w.source = q.value(3).toString();
        w.views = optOf(q.value(4));
        w.viewsPrevious = optOf(q.value(5));
        w.units = q.value(6).toLongLong();
        w.unitsPrevious = q.value(7).toLongLong();
        w.revenue = Money::fromMinor(q.value(8).toLongLong());
        w.revenuePrevious = Money::fromMinor(q.value(9).toLongLong());
        out.insert(w.productId, w);
    }
    return out;
}

Result<QHash<QString, LifetimeTotals>> lifetimes(QSqlDatabase db, QDate asOf)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT campaign_id, day, impressions, clicks, spend_minor, conversions, revenue_minor "
                             "FROM live_campaign_totals t "
                             "WHERE day = (SELECT MAX(day) FROM live_campaign_totals x WHERE x.campaign_id = t.campaign_id AND x.day <= ?)"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, "live_campaign_totals");
    QHash<QString, LifetimeTotals> out;
    while (q.next()) {
        LifetimeTotals t;
        t.campaignId = q.value(0).toString();
        t.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        t.impressions = q.value(2).toLongLong();
        t.clicks = q.value(3).toLongLong();
        t.spend = Money::fromMinor(q.value(4).toLongLong());
        t.conversions = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            t.revenue = Money::fromMinor(q.value(6).toLongLong());
        out.insert(t.campaignId, t);
    }
    return out;
}

QDate newestDay(QSqlDatabase db)
{
    QSqlQuery q(db);
    QDate newest;
    for (const char *sql : {"SELECT MAX(as_of) FROM source_windows", "SELECT MAX(day) FROM live_product_totals",
                            "SELECT MAX(day) FROM live_campaign_totals"}) {
        if (q.exec(QString::fromLatin1(sql)) && q.next()) {
            const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (d.isValid() && (!newest.isValid() || d > newest))
                newest = d;
        }
    }
    return newest;
}

Status rememberMissing(QSqlDatabase db, const QString &platform, const QString &capability, const QString &detail)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO platform_capabilities (platform, capability, available, learnt_at, detail) "
                             "VALUES (?, ?, 0, ?, ?) ON CONFLICT (platform, capability) DO UPDATE SET "
                             "available = excluded.available, learnt_at = excluded.learnt_at, detail = excluded.detail"));
    q.addBindValue(platform);
    q.addBindValue(capability);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(detail);
    if (!q.exec())
        return sqlError(q, "platform_capabilities");
    return {};
}

Status forget(QSqlDatabase db, const QString &platform, const QString &capability)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM platform_capabilities WHERE platform = ? AND capability = ?"));
    q.addBindValue(platform);
    q.addBindValue(capability);
    if (!q.exec())
        return sqlError(q, "platform_capabilities");
    return {};
}

Status forgetAll(QSqlDatabase db, const QString &platform)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM platform_capabilities WHERE platform = ?"));
    q.addBindValue(platform);
    if (!q.exec())
        return sqlError(q, "platform_capabilities");
    return {};
}

Result<QHash<QString, QStringList>> allMissing(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT platform, capability FROM platform_capabilities WHERE available = 0 ORDER BY platform, capability")))
        return sqlError(q, "platform_capabilities");
    QHash<QString, QStringList> out;
    while (q.next())
        out[q.value(0).toString()] << q.value(1).toString();
    return out;
}

Result<QStringList> missingCapabilities(QSqlDatabase db, const QString &platform)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT capability FROM platform_capabilities WHERE platform = ? AND available = 0 ORDER BY capability"));
    q.addBindValue(platform);
    if (!q.exec())
        return sqlError(q, "platform_capabilities");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace cp::LiveEvidence
