// SPDX-License-Identifier: GPL-3.0-or-later
// A generated recording for the backtest benchmark and the equivalence tests:
// `campaigns` products each with a campaign (started over the first 30 days
// of the run, running to its end) and `days` simulated days after 60 days of
// history. `awkward` adds what real recordings have: products without a
// campaign and with high stock (so the Creator proposes), campaigns ending
// early, missing rows and page views, stock figures that stop, a negative
// page-view figure, a negative spend, a campaign whose product is not in the
// catalog.
#pragma once

#include "agents/simulation/simulator.h"

namespace cp::test {

inline SimulationData generatedRecording(int campaigns, int days, bool awkward = false)
{
    SimulationData data;
    data.recordingId = QStringLiteral("generated");
    const QDate first(2024, 1, 1);
    const QDate from = first.addDays(60), to = from.addDays(days - 1);
    const int products = awkward ? campaigns + campaigns / 4 : campaigns;
    static const QString categories[] = {QStringLiteral("Electronics"), QStringLiteral("Fitness"), QStringLiteral("Clothing"),
                                         QStringLiteral("Garden"), QStringLiteral("Toys")};
    for (int i = 0; i < products; ++i) {
        Product p;
        p.id = QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0'));
        p.name = p.id;
        p.category = awkward ? categories[i % 5] : QStringLiteral("Cat %1").arg(i % 12);
        p.price = Money::fromMinor(1500 + (i * 37) % 9000);
        data.products.append(p);
    }
    for (int i = 0; i < campaigns; ++i) {
        Campaign c;
        c.id = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
        c.productId = data.products[i].id;
        c.dailyBudget = Money::fromMinor(1000 + (i % 40) * 100);
        c.startDate = from.addDays(i % 30);
        c.endDate = awkward && i % 6 == 0 ? c.startDate.addDays(20 + i % 17) : to;
        data.campaigns.append(c);
    }
    if (awkward) {
        Campaign c;
        c.id = QStringLiteral("C-orphan");
        c.productId = QStringLiteral("not-in-catalog");
        c.dailyBudget = Money::fromMinor(2000);
        c.startDate = from.addDays(3);
        c.endDate = to;
        data.campaigns.append(c);
    }
    for (QDate d = first; d <= to; d = d.addDays(1)) {
        if (awkward && d >= from.addDays(3)) {
            CampaignDay cd;
            cd.campaignId = QStringLiteral("C-orphan");
            cd.date = d;
            cd.clicks = 30;
            cd.impressions = 3000;
            cd.spend = Money::fromMinor(1800);
            cd.conversions = d.day() % 3;
            cd.revenue = Money::fromMinor(2500 * cd.conversions);
            data.campaignDays.append(cd);
        }
        for (int i = 0; i < products; ++i) {
            if (awkward && i % 11 == 0 && d.dayOfYear() % 7 == 0)
                continue;   // a missing row
            ProductDay pd;
            pd.productId = data.products[i].id;
            pd.date = d;
            pd.unitsSold = (i + d.dayOfYear()) % 9 + (awkward && i >= campaigns ? 3 : 0);
            if (!awkward || !(i % 5 == 0 && d.dayOfYear() % 3 == 0))
                pd.pageViews = 20 + (i * 7 + d.dayOfYear()) % 60;
            if (awkward && i == 7 && d == from.addDays(40))
                pd.pageViews = -3;   // a bad figure: campaign C00007 is not judged while it is in view
            if (!awkward || i % 13 != 0 || d < from.addDays(20))
                pd.stock = awkward ? 40 + (i * 13) % 300 : 200;
            data.productDays.append(pd);
            if (i < campaigns && d >= data.campaigns[i].startDate && d <= data.campaigns[i].endDate) {
                CampaignDay cd;
                cd.campaignId = data.campaigns[i].id;
                cd.date = d;
                cd.clicks = 10 + (i + d.day()) % 25;
                cd.impressions = cd.clicks * 120;
                cd.spend = Money::fromMinor(data.campaigns[i].dailyBudget->minor() * 9 / 10);
                cd.conversions = (i + d.day()) % 5;
                cd.revenue = *data.products[i].price * cd.conversions;
                if (awkward && i == 9 && d == from.addDays(50))
                    cd.spend = Money::fromMinor(-100);   // a bad figure
                data.campaignDays.append(cd);
            }
        }
    }
    data.first = first;
    data.last = to;
    return data;
}

} // namespace cp::test
