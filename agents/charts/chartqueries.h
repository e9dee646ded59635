// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "models/chartdata.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cp {

// What to chart: campaigns (one or several), a product, or a category, over
// a date range (invalid dates: everything).
struct ChartRequest
{
    enum class Kind { Performance, BeforeDuring, Portfolio };
    Kind kind = Kind::Performance;
    QStringList campaignIds;
    QString productId;
    QString category;
    QDate from, to;

    static std::optional<Kind> kindFromKey(QStringView key);
};

// Reads the store and builds the chart's values (off the GUI thread).
namespace ChartQueries {
Result<ChartData> build(QSqlDatabase db, const ChartRequest &request, const Policy &policy = {});
// The campaigns a product or category request stands for.
Result<QStringList> campaignsFor(QSqlDatabase db, const ChartRequest &request);
} // namespace ChartQueries

} // namespace cp
