// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cp {

// An ad campaign on the ad platform.
struct Campaign
{
    enum class Status { Active, Paused, Ended };
    // Where the money of a campaign is set. Meta says (a campaign budget,
    // daily or lifetime, or none on the campaign: its ad sets carry the
    // budgets); other sources leave it Unknown, which means a daily budget
    // when dailyBudget is set. Budget changes are offered for CampaignDaily
    // and Unknown only.
    enum class BudgetLocation { Unknown, CampaignDaily, CampaignLifetime, AdSet };

    QString id;
    QString name;
    QString productId;     // empty when the platform does not say (ad exports)
    QString platform;      // "facebook", "demo", "campaign-pilot-api", ...
    Status status = Status::Active;
    std::optional<Money> dailyBudget;
    BudgetLocation budgetLocation = BudgetLocation::Unknown;
    QDate startDate;       // invalid when unknown
    QDate endDate;         // invalid when open-ended or unknown

    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(QStringView key);
    // "campaign_daily", "campaign_lifetime", "ad_set"; empty for Unknown (stored as NULL).
    static QString budgetLocationKey(BudgetLocation b);
    static BudgetLocation budgetLocationFromKey(QStringView key);
    bool budgetChangeable() const { return budgetLocation == BudgetLocation::CampaignDaily || budgetLocation == BudgetLocation::Unknown; }
    // The shop product a campaign's name names in square brackets, the last
    // such ("Summer picnic [22833]" advertises 22833); empty when none. How
    // a Meta campaign is linked to its product (Meta names none).
    static QString productIdInName(const QString &name);
};

inline QString Campaign::productIdInName(const QString &name)
{
    static const QRegularExpression productTag(QStringLiteral("\\[([A-Za-z0-9_.:-]{1,64})\\]"));
    QString id;
    for (auto it = productTag.globalMatch(name); it.hasNext();)
        id = it.next().captured(1);
    return id;
}

// One campaign's figures on one day.
struct CampaignDay
{
    QString campaignId;
    QDate date;
    qint64 impressions = 0;
    qint64 clicks = 0;
    Money spend;
    qint64 conversions = 0;
    Money revenue;
    // The units this day's ads truly added to the product's sales: known only
    // in a generated recording (the decision-quality benchmark's ground
    // truth, recordings' `true_incremental_units`), never from a platform.
    // Without it the simulation takes every attributed conversion as
    // incremental (the platforms' own claim).
    std::optional<qint64> trueIncrementalUnits;
    qint64 trulyAddedUnits() const { return trueIncrementalUnits.value_or(conversions); }
};

// Lifetime totals of one ad as an ad platform exports them (no dates).
struct AdTotals
{
    QString adId;
    QString campaignId;
    QString audience;      // "age 30-34, M, interest 15"
    qint64 impressions = 0;
    qint64 clicks = 0;
    Money spend;
    qint64 conversions = 0;
    qint64 approvedConversions = 0;
};

inline QString Campaign::statusKey(Status s)
{
    switch (s) {
    case Status::Active: return QStringLiteral("active");
    case Status::Paused: return QStringLiteral("paused");
    case Status::Ended: return QStringLiteral("ended");
    }
    return {};
}

inline std::optional<Campaign::Status> Campaign::statusFromKey(QStringView key)
{
    if (key == u"active") return Status::Active;
    if (key == u"paused") return Status::Paused;
    if (key == u"ended") return Status::Ended;
    return std::nullopt;
}

inline QString Campaign::budgetLocationKey(BudgetLocation b)
{
    switch (b) {
    case BudgetLocation::Unknown: return {};
    case BudgetLocation::CampaignDaily: return QStringLiteral("campaign_daily");
    case BudgetLocation::CampaignLifetime: return QStringLiteral("campaign_lifetime");
    case BudgetLocation::AdSet: return QStringLiteral("ad_set");
    }
    return {};
}

inline Campaign::BudgetLocation Campaign::budgetLocationFromKey(QStringView key)
{
    if (key == u"campaign_daily") return BudgetLocation::CampaignDaily;
    if (key == u"campaign_lifetime") return BudgetLocation::CampaignLifetime;
    if (key == u"ad_set") return BudgetLocation::AdSet;
    return BudgetLocation::Unknown;
}

} // namespace cp

Q_DECLARE_METATYPE(cp::Campaign)
Q_DECLARE_METATYPE(cp::CampaignDay)
