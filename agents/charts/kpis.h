// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace cp {

// The overview's key figures (issue 17): spend, revenue, ROAS and profit of
// every campaign over a date range, beside the same figures for the period of
// equal length just before it, as Ads Manager and Google Ads compare them.
enum class KpiPreset { Last7Days, Last14Days, Last30Days, ThisMonth, Custom };

struct KpiRange
{
    QDate from, to;   // both days included
    int days() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
};

struct KpiFigures
{
    qint64 spendMinor = 0;
    qint64 revenueMinor = 0;
    qint64 conversions = 0;
    int campaigns = 0;   // campaigns with spend in the range
    // Revenue ÷ spend, a multiple; empty without spend.
    std::optional<double> roas() const
    {
        return spendMinor > 0 ? std::optional<double>(double(revenueMinor) / double(spendMinor)) : std::nullopt;
    }
    qint64 profitMinor() const { return revenueMinor - spendMinor; }
};

struct KpiReport
{
    KpiRange current, previous;
    KpiFigures now, before;
    QDate newestDay;   // the store's newest campaign day (invalid: none)
};

namespace Kpis {
// The range a preset stands for, ending on `today` (its last day counted):
// last 7 days = today − 6 … today; this month = the 1st … today. Custom:
// from … to as given (refused when from is after to).
Result<KpiRange> range(KpiPreset preset, QDate today, QDate customFrom = {}, QDate customTo = {});
// The period of equal length that ends the day before `r` starts.
KpiRange previous(const KpiRange &r);
// Sums of the store's daily campaign figures over `r`.
Result<KpiFigures> sum(QSqlDatabase db, const KpiRange &r);
Result<KpiReport> report(QSqlDatabase db, KpiPreset preset, QDate today, QDate customFrom = {}, QDate customTo = {});
// The change from `before` to `now` in percent; empty when `before` is 0
// or the two have different signs (a profit become a loss).
std::optional<double> changePct(double before, double now);
} // namespace Kpis

} // namespace cp
