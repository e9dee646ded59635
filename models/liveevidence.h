// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace cp {

// A comparison the source measured itself (the seed API's analytics: this
// period against the one before, each `days` long). Evidence from the first
// contact, before the store holds enough daily rows of its own.
struct SourceWindow
{
    QString productId;
    QDate asOf;                    // the current window's last day
    int days = 0;
    QString source;                // "campaign-pilot-api"
    std::optional<qint64> views, viewsPrevious;
    qint64 units = 0, unitsPrevious = 0;
    Money revenue, revenuePrevious;
};

// A campaign's lifetime figures as the platform last reported them (its own
// running totals), usable before the store has daily campaign figures.
struct LifetimeTotals
{
    QString campaignId;
    QDate asOf;
    qint64 impressions = 0, clicks = 0, conversions = 0;
    Money spend;
    std::optional<Money> revenue;
};

namespace LiveEvidence {

// Written inside the caller's transaction (the connection's).
Status saveWindow(QSqlDatabase db, const SourceWindow &w, const QString &takenAt);
// The newest window of each product ending on or before asOf.
Result<QHash<QString, SourceWindow>> windows(QSqlDatabase db, QDate asOf);
// The newest lifetime totals of each campaign on or before asOf
// (live_campaign_totals).
Result<QHash<QString, LifetimeTotals>> lifetimes(QSqlDatabase db, QDate asOf);
// The newest day any live evidence speaks of (windows or running totals).
QDate newestDay(QSqlDatabase db);

// Capabilities: what a platform was found unable to do, and when.
Status rememberMissing(QSqlDatabase db, const QString &platform, const QString &capability, const QString &detail);
Status forget(QSqlDatabase db, const QString &platform, const QString &capability);   // a re-probe
Status forgetAll(QSqlDatabase db, const QString &platform);
// Every remembered limit, by platform key.
Result<QHash<QString, QStringList>> allMissing(QSqlDatabase db);
Result<QStringList> missingCapabilities(QSqlDatabase db, const QString &platform);

} // namespace LiveEvidence
} // namespace cp
