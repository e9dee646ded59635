// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpis.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace cp {

namespace {
struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(Kpis)
};
} // namespace

namespace Kpis {

Result<KpiRange> range(KpiPreset preset, QDate today, QDate customFrom, QDate customTo)
{
    if (preset == KpiPreset::Custom) {
        if (!customFrom.isValid() || !customTo.isValid())
            return Error{KpiText::tr("a custom range needs a first and a last day"), QStringLiteral("overview")};
        if (customFrom > customTo)
            return Error{KpiText::tr("the first day %1 is after the last day %2")
                             .arg(customFrom.toString(Qt::ISODate), customTo.toString(Qt::ISODate)),
                         QStringLiteral("overview")};
        return KpiRange{customFrom, customTo};
    }
    if (!today.isValid())
        return Error{KpiText::tr("no day to count back from: the workspace holds no figures yet"), QStringLiteral("overview")};
    switch (preset) {
    case KpiPreset::Last7Days: return KpiRange{today.addDays(-6), today};
    case KpiPreset::Last14Days: return KpiRange{today.addDays(-13), today};
    case KpiPreset::Last30Days: return KpiRange{today.addDays(-29), today};
    case KpiPreset::ThisMonth: return KpiRange{QDate(today.year(), today.month(), 1), today};
    case KpiPreset::Custom: break;
    }
    return KpiRange{today, today};
}

KpiRange previous(const KpiRange &r)
{
    const int n = r.days();
    return KpiRange{r.from.addDays(-n), r.from.addDays(-1)};
}

Result<KpiFigures> sum(QSqlDatabase db, const KpiRange &r)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(spend_minor), 0), COALESCE(SUM(revenue_minor), 0), COALESCE(SUM(conversions), 0), "
                             "       COUNT(DISTINCT CASE WHEN spend_minor > 0 THEN campaign_id END) "
                             "FROM campaign_days WHERE day BETWEEN ? AND ?"));
    q.addBindValue(r.from.toString(Qt::ISODate));
    q.addBindValue(r.to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error{q.lastError().text(), QStringLiteral("overview")};
    KpiFigures f;
    f.spendMinor = q.value(0).toLongLong();
    f.revenueMinor = q.value(1).toLongLong();
    f.conversions = q.value(2).toLongLong();
    f.campaigns = q.value(3).toInt();
    return f;
}

Result<KpiReport> report(QSqlDatabase db, KpiPreset preset, QDate today, QDate customFrom, QDate customTo)
{
    auto current = range(preset, today, customFrom, customTo);
    if (!current)
        return current.error();
    KpiReport rep;
    rep.current = *current;
    rep.previous = previous(*current);
    auto now = sum(db, rep.current);
    if (!now)
        return now.error();
    auto before = sum(db, rep.previous);
    if (!before)
        return before.error();
    rep.now = *now;
    rep.before = *before;
    // So that an empty range can say where the figures are (a live workspace
    // holding last year's import showed 0.00 everywhere beside urgent pauses).
    // Read only then: MAX(day) is not the key's first column.
    if (rep.now.campaigns == 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT MAX(day) FROM campaign_days")))
            return Error{q.lastError().text(), QStringLiteral("campaign_days")};
        if (q.next() && !q.value(0).isNull())
            rep.newestDay = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
    return rep;
}

std::optional<double> changePct(double before, double now)
{
    // Across a sign change (a profit become a loss) a percentage means
    // nothing: +172.52 to -722.59 read "▼ 518.8 %".
    if (before == 0 || (now != 0 && (before < 0) != (now < 0)))
        return std::nullopt;
    return (now - before) / std::abs(before) * 100.0;
}

} // namespace Kpis

} // namespace cp
