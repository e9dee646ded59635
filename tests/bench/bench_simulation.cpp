// SPDX-License-Identifier: GPL-3.0-or-later
// A year of days replayed through the three agents with 1,000 campaigns on
// 1,000 products (generated), the seed's rules, approving everything; plus
// the do-nothing and oracle baselines.
#include "agents/simulation/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace cp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int campaigns = argc > 1 ? atoi(argv[1]) : 1000;
    const int days = argc > 2 ? atoi(argv[2]) : 365;
    SimulationData data;
    data.recordingId = QStringLiteral("generated");
    const QDate first(2024, 1, 1);
    const QDate from = first.addDays(60), to = from.addDays(days - 1);
    for (int i = 0; i < campaigns; ++i) {
        Product p;
        p.id = QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0'));
        p.name = p.id;
        p.category = QStringLiteral("Cat %1").arg(i % 12);
        p.price = Money::fromMinor(1500 + (i * 37) % 9000);
        data.products.append(p);
        Campaign c;
        c.id = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
        c.productId = p.id;
        c.dailyBudget = Money::fromMinor(1000 + (i % 40) * 100);
        c.startDate = from.addDays(i % 30);
        c.endDate = to;
        data.campaigns.append(c);
    }
    for (QDate d = first; d <= to; d = d.addDays(1))
        for (int i = 0; i < campaigns; ++i) {
            ProductDay pd;
            pd.productId = data.products[i].id;
            pd.date = d;
            pd.unitsSold = (i + d.dayOfYear()) % 9;
            pd.pageViews = 20 + (i * 7 + d.dayOfYear()) % 60;
            pd.stock = 200;
            data.productDays.append(pd);
            if (d >= data.campaigns[i].startDate) {
                CampaignDay cd;
                cd.campaignId = data.campaigns[i].id;
                cd.date = d;
                cd.clicks = 10 + (i + d.day()) % 25;
                cd.impressions = cd.clicks * 120;
                cd.spend = Money::fromMinor(data.campaigns[i].dailyBudget->minor() * 9 / 10);
                cd.conversions = (i + d.day()) % 5;
                cd.revenue = *data.products[i].price * cd.conversions;
                data.campaignDays.append(cd);
            }
        }
    data.first = first;
    data.last = to;
    std::printf("generated %lld product days, %lld campaign days\n", static_cast<long long>(data.productDays.size()),
                static_cast<long long>(data.campaignDays.size()));
    QElapsedTimer t;
    t.start();
    std::atomic_bool cancel{false};
    const PolicyRun run = Simulator::run(data, {QStringLiteral("seed"), from, to, Policy{}, ApprovalMode{}, {}}, cancel);
    const qint64 runMs = t.elapsed();
    t.restart();
    Simulator::doNothing(data, from, to);
    Simulator::oracle(data, from, to, {});
    std::printf("%d days x %d campaigns: policy run %lld ms (%lld actions), baselines %lld ms\n", days, campaigns,
                static_cast<long long>(runMs), static_cast<long long>(run.actions), static_cast<long long>(t.elapsed()));
    return 0;
}
