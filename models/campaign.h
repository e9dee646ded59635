// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <optional>

namespace cp {

// An ad campaign on the ad platform.
struct Campaign
{
    enum class Status { Active, Paused, Ended };

    QString id;
    QString name;
    QString productId;     // empty when the platform does not say (ad exports)
    QString platform;      // "facebook", "demo", "campaign-pilot-api", ...
    Status status = Status::Active;
    std::optional<Money> dailyBudget;
    QDate startDate;       // invalid when unknown
    QDate endDate;         // invalid when open-ended or unknown

    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(QStringView key);
};

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

} // namespace cp

Q_DECLARE_METATYPE(cp::Campaign)
Q_DECLARE_METATYPE(cp::CampaignDay)
