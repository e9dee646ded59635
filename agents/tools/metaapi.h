// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/campaign.h"

namespace cp {

// The Meta Marketing API (Graph): the campaigns of an ad account,
// GET act_{id}/campaigns?fields=id,name,status,effective_status,daily_budget,
// read with cursor paging (paging.cursors.after while paging.next is there).
// daily_budget is in minor units of the account's currency. Throttling is
// honoured from the usage headers (X-App-Usage, X-Ad-Account-Usage,
// X-Business-Use-Case-Usage: percentages, and estimated_time_to_regain_access
// in minutes): at 95 % or more the next page waits, or fails with a clear
// message when the wait is longer than the network policy allows. Graph
// error bodies ({"error":{"message"}}) are quoted.
class MetaApi final : public QObject
{
    Q_OBJECT
public:
    MetaApi(QUrl base, NetworkPolicy policy, QByteArray accessToken, QObject *parent = nullptr);

    using CampaignsDone = std::function<void(const Result<QList<Campaign>> &)>;
    void fetchCampaigns(const QString &adAccountId, CampaignsDone done);

    // Daily figures of one campaign: GET {campaign_id}/insights with
    // time_increment=1 over time_range {since, until}; impressions, clicks,
    // spend (decimal text in the account's currency), and purchases and their
    // value from actions / action_values.
    using InsightsDone = std::function<void(const Result<QList<CampaignDay>> &)>;
    void fetchInsights(const QString &campaignId, QDate since, QDate until, InsightsDone done);

    // How long to hold off after this answer, from its usage headers (0: go on).
    static int throttleWaitMs(const HttpResponse &response);
    static Result<QList<Campaign>> parseCampaigns(const QByteArray &body, const QString &where, QString *after);
    static Result<QList<CampaignDay>> parseInsights(const QByteArray &body, const QString &campaignId, const QString &where, QString *after);
    HttpClient *http() const { return m_http; }

private:
    // Reads page after page (cursor paging), honouring the throttling headers between pages.
    template<typename T>
    using PageParser = std::function<Result<QList<T>>(const QByteArray &body, const QString &where, QString *after)>;
    template<typename T>
    void fetchPages(HttpRequest request, const QString &where, PageParser<T> parse, std::shared_ptr<QList<T>> all,
                    std::function<void(const Result<QList<T>> &)> done, int page);
    HttpClient *m_http;
    QByteArray m_token;   // in memory only
    NetworkPolicy m_policy;
};

} // namespace cp
