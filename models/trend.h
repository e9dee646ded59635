// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>

namespace cp {

// The last days of one campaign or product, one value a day (a missing day is
// 0), for the queue's sparkline: what a marketer glances at before approving.
struct Trend
{
    enum class Measure { Revenue, Conversions, UnitsSold };
    Measure measure = Measure::Revenue;
    QDate from, to;
    QList<qint64> values;   // from..to; Revenue in minor units

    bool isEmpty() const { return values.isEmpty(); }
    qint64 total() const;
};

namespace Trends {
inline constexpr int kDays = 14;

// Every campaign's daily revenue over the `days` ending on `to`; a campaign
// whose figures carry no revenue at all (an ad export) shows its conversions.
Result<QHash<QString, Trend>> campaigns(QSqlDatabase db, QDate to, int days = kDays);
// The units sold a day of the products named, over the same days.
Result<QHash<QString, Trend>> products(QSqlDatabase db, const QSet<QString> &ids, QDate to, int days = kDays);
} // namespace Trends

} // namespace cp

Q_DECLARE_METATYPE(cp::Trend)
