// SPDX-License-Identifier: GPL-3.0-or-later
#include "trend.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cp {

qint64 Trend::total() const
{
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    return sum;
}

namespace Trends {
namespace {
Trend empty(Trend::Measure measure, QDate from, QDate to)
{
    Trend t;
    t.measure = measure;
    t.from = from;
    t.to = to;
    t.values.fill(0, from.daysTo(to) + 1);
    return t;
}
} // namespace

Result<QHash<QString, Trend>> campaigns(QSqlDatabase db, QDate to, int days)
{
    QHash<QString, Trend> out;
    if (!to.isValid() || days < 1)
        return out;
    const QDate from = to.addDays(-(days - 1));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT campaign_id, day, conversions, revenue_minor FROM campaign_days WHERE day >= ? AND day <= ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("campaign_days")};
    QHash<QString, Trend> conversions;
    QSet<QString> withRevenue;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const int i = int(from.daysTo(QDate::fromString(q.value(1).toString(), Qt::ISODate)));
        auto r = out.find(id);
        if (r == out.end()) {
            r = out.insert(id, empty(Trend::Measure::Revenue, from, to));
            conversions.insert(id, empty(Trend::Measure::Conversions, from, to));
        }
        if (i < 0 || i >= days)
            continue;
        r->values[i] = q.value(3).toLongLong();
        conversions[id].values[i] = q.value(2).toLongLong();
        if (r->values[i] > 0)
            withRevenue.insert(id);
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        if (!withRevenue.contains(it.key()))
            *it = conversions.value(it.key());
    return out;
}

Result<QHash<QString, Trend>> products(QSqlDatabase db, const QSet<QString> &ids, QDate to, int days)
{
    QHash<QString, Trend> out;
    if (!to.isValid() || days < 1 || ids.isEmpty())
        return out;
    const QDate from = to.addDays(-(days - 1));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, units_sold FROM product_days WHERE product_id = ? AND day >= ? AND day <= ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        if (!q.exec())
            return Error{q.lastError().text(), QStringLiteral("product_days")};
        Trend t = empty(Trend::Measure::UnitsSold, from, to);
        while (q.next()) {
            const int i = int(from.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate)));
            if (i >= 0 && i < days)
                t.values[i] = q.value(1).toLongLong();
        }
        out.insert(id, t);
    }
    return out;
}
} // namespace Trends

} // namespace cp
