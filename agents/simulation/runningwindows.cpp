// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningwindows.h"

#include <algorithm>

namespace cp {

ProductRunningSums::ProductRunningSums(int products, QDate first, int days)
    : m_products(products), m_first(first), m_stockDay(size_t(products), -1), m_stock(size_t(products), 0),
      m_negative(size_t(products))
{
    m_running.reserve(size_t(std::max(days, 0) + 1) * size_t(products));
    m_running.resize(size_t(products));
}

void ProductRunningSums::appendDay(const QList<QPair<int, const ProductDay *>> &rows, const std::vector<qint64> &unitDelta,
                                   const std::vector<char> &spent)
{
    const size_t base = size_t(m_appended) * size_t(m_products);
    m_running.resize(base + 2 * size_t(m_products));
    std::copy(m_running.begin() + qsizetype(base), m_running.begin() + qsizetype(base + size_t(m_products)),
              m_running.begin() + qsizetype(base + size_t(m_products)));
    Sums *next = m_running.data() + base + size_t(m_products);
    const int t = m_appended;
    for (const auto &[p, d] : rows) {
        Sums &s = next[p];
        const qint64 units = std::max<qint64>(0, d->unitsSold + unitDelta[size_t(p)]);
        s.rows += 1;
        s.units += units;
        s.unitsSq += units * units;
        if (!spent[size_t(p)]) {
            s.controlUnits += units;
            s.controlDays += 1;
        }
        s.revenueMinor += d->revenue.minor();
        if (d->pageViews) {
            s.views += *d->pageViews;
            s.viewDays += 1;
        }
        if (d->stock) {
            m_stockDay[size_t(p)] = t;
            m_stock[size_t(p)] = *d->stock;
        }
        if ((units < 0 || (d->pageViews && *d->pageViews < 0))
            && (m_negative[size_t(p)].empty() || m_negative[size_t(p)].back() != t))
            m_negative[size_t(p)].push_back(t);
    }
    ++m_appended;
}

ProductRunningSums::Sums ProductRunningSums::sum(int p, QDate from, QDate to) const
{
    const int a = std::max(0, index(from));
    const int b = std::min(m_appended - 1, index(to));
    if (p < 0 || a > b)
        return {};
    const Sums &hi = m_running[size_t(b + 1) * size_t(m_products) + size_t(p)];
    const Sums &lo = m_running[size_t(a) * size_t(m_products) + size_t(p)];
    return {hi.rows - lo.rows, hi.units - lo.units, hi.views - lo.views, hi.viewDays - lo.viewDays,
            hi.revenueMinor - lo.revenueMinor, hi.unitsSq - lo.unitsSq, hi.controlUnits - lo.controlUnits,
            hi.controlDays - lo.controlDays};
}

std::optional<qint64> ProductRunningSums::stock(int p, QDate from) const
{
    if (p < 0 || m_stockDay[size_t(p)] < 0 || m_stockDay[size_t(p)] < index(from))
        return std::nullopt;
    return m_stock[size_t(p)];
}

std::optional<QDate> ProductRunningSums::firstNegative(int p, QDate from) const
{
    if (p < 0)
        return std::nullopt;
    const std::vector<int> &n = m_negative[size_t(p)];
    const auto it = std::lower_bound(n.begin(), n.end(), index(from));
    if (it == n.end())
        return std::nullopt;
    return m_first.addDays(*it);
}

void CampaignRunningSums::append(const CampaignDay &d)
{
    if (d.spend.minor() < 0 || d.revenue.minor() < 0 || d.conversions < 0 || d.clicks < 0)
        m_negative.push_back(int(m_day.size()));
    m_day.push_back(d.date.toJulianDay());
    m_spend.push_back(m_spend.back() + d.spend.minor());
    m_revenue.push_back(m_revenue.back() + d.revenue.minor());
    m_conversions.push_back(m_conversions.back() + d.conversions);
}

CampaignRunningSums::Sums CampaignRunningSums::sum(QDate start, QDate windowFrom, QDate upFrom, QDate finalTo) const
{
    Sums s;
    const int from = int(std::lower_bound(m_day.begin(), m_day.end(), start.toJulianDay()) - m_day.begin());
    int end = int(m_day.size());
    if (const auto n = std::lower_bound(m_negative.begin(), m_negative.end(), from); n != m_negative.end()) {
        end = *n;
        s.negative = QDate::fromJulianDay(m_day[size_t(end)]);
    }
    if (end <= from)
        return s;
    s.rows = true;
    s.firstDay = m_day[size_t(from)];
    s.spend = Money::fromMinor(m_spend[size_t(end)] - m_spend[size_t(from)]);
    s.revenue = Money::fromMinor(m_revenue[size_t(end)] - m_revenue[size_t(from)]);
    s.conversions = m_conversions[size_t(end)] - m_conversions[size_t(from)];
    const int w = std::max(from, int(std::lower_bound(m_day.begin(), m_day.end(), windowFrom.toJulianDay()) - m_day.begin()));
    if (w < end) {
        s.windowSpend = Money::fromMinor(m_spend[size_t(end)] - m_spend[size_t(w)]);
        s.windowDays = end - w;
    }
    const auto at = [this](QDate d) { return int(std::lower_bound(m_day.begin(), m_day.end(), d.toJulianDay()) - m_day.begin()); };
    if (const int u = std::max(from, at(upFrom)); u < end)
        s.upSpend = Money::fromMinor(m_spend[size_t(end)] - m_spend[size_t(u)]);
    // Final: entries dated up to finalTo (the first entry after it ends them).
    if (const int f = std::min(end, at(finalTo.addDays(1))); f > from) {
        s.finalSpend = Money::fromMinor(m_spend[size_t(f)] - m_spend[size_t(from)]);
        s.finalRevenue = Money::fromMinor(m_revenue[size_t(f)] - m_revenue[size_t(from)]);
        s.finalConversions = m_conversions[size_t(f)] - m_conversions[size_t(from)];
        s.finalDays = f - from;
    }
    return s;
}

} // namespace cp
