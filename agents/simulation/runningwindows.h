// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/campaign.h"
#include "models/product.h"

#include <QList>
#include <optional>
#include <vector>

namespace cp {

// Product figures on a dense day axis, indexed by product number and day
// number (Julian day - the axis' first), kept as running sums that grow by
// one day at a time as a simulated clock moves. A window over days already
// appended is two lookups (its end's running sum minus its start's); days not
// appended yet do not exist here, so nothing can read past the clock.
class ProductRunningSums
{
public:
    struct Sums
    {
        qint64 rows = 0;       // days with a row
        qint64 units = 0;
        qint64 views = 0;      // over the rows with page views
        qint64 viewDays = 0;   // rows with page views
        qint64 revenueMinor = 0;
        qint64 unitsSq = 0;    // Σ units² (the noise of the daily figures)
        qint64 controlUnits = 0;   // units on days without campaign spend (a comparable product's)
        qint64 controlDays = 0;    // rows on days without campaign spend
    };

    ProductRunningSums(int products, QDate first, int days);

    QDate first() const { return m_first; }
    // The newest day appended (invalid before the first append).
    QDate last() const { return m_first.addDays(m_appended - 1); }
    int appendedDays() const { return m_appended; }

    // Appends the next day. `rows`: that day's rows as (product number, row)
    // pairs; `unitDelta[p]`: units added to (or taken from) product p's row
    // that day, floored at zero as the agents see it; `spent[p]`: product p's
    // campaigns spent that day (its units are not a comparable product's).
    void appendDay(const QList<QPair<int, const ProductDay *>> &rows, const std::vector<qint64> &unitDelta,
                   const std::vector<char> &spent);

    // Sums of product p over [from, to], clipped to the appended days.
    Sums sum(int p, QDate from, QDate to) const;
    // The newest stock figure of product p dated in [from, last()].
    std::optional<qint64> stock(int p, QDate from) const;
    // The first day in [from, last()] whose figures are negative (units or
    // page views): the agents refuse to judge on it.
    std::optional<QDate> firstNegative(int p, QDate from) const;

private:
    int index(QDate d) const { return int(m_first.daysTo(d)); }
    int m_products;
    QDate m_first;
    int m_appended = 0;
    std::vector<Sums> m_running;   // (appended + 1) x products, day-major; row 0 is zero
    std::vector<int> m_stockDay;   // per product: day number of the newest stock figure, -1 none
    std::vector<qint64> m_stock;
    std::vector<std::vector<int>> m_negative;   // per product: day numbers with negative figures, ascending
};

// One campaign's daily figures in date order, as running sums: the sums
// Rules::measure reads over [start, asOf] and the current window are lookups.
class CampaignRunningSums
{
public:
    void append(const CampaignDay &d);
    struct Sums
    {
        bool rows = false;
        Money spend, revenue, windowSpend;
        qint64 conversions = 0;
        int windowDays = 0;
        std::optional<QDate> negative;   // sums stop before this day
        Money upSpend;                   // from `upFrom`
        Money finalSpend, finalRevenue;  // up to `finalTo`
        qint64 finalConversions = 0;
        int finalDays = 0;
        qint64 firstDay = 0;             // the first day summed (Julian; 0: none)
    };
    // Days in [start, newest] (the window: from `windowFrom`; the uplift
    // window from `upFrom`; final: up to `finalTo`), stopping before the
    // first day with negative figures.
    Sums sum(QDate start, QDate windowFrom, QDate upFrom, QDate finalTo) const;

private:
    std::vector<qint64> m_day;   // Julian day per entry, ascending
    std::vector<qint64> m_spend{0}, m_revenue{0}, m_conversions{0};   // running, leading zero
    std::vector<int> m_negative;   // entry numbers with negative figures
};

} // namespace cp
