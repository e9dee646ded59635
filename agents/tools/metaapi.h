// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/campaign.h"

#include <QMap>

namespace cp {

// An error answer of the Graph API: {"error":{"message","type","code","error_subcode"}}.
// https://developers.facebook.com/docs/graph-api/guides/error-handling
struct GraphError
{
    int code = 0;
    int subcode = 0;
    QString message, type;
    // What Meta writes for the person ("The minimum daily budget for this
    // campaign is ¥4,000…"): error_user_title and error_user_msg, "the
    // message to display to the user" (the guide above). Often absent.
    QString userTitle, userMessage;

    // The throttling codes: 4 (app), 17 (user), 613 (ad account; subcode
    // 1487742), and the Business Use Case limits 80000-80014 (80004: ads
    // management, 80000: ads insights).
    // https://developers.facebook.com/docs/marketing-api/overview/rate-limiting
    // https://developers.facebook.com/docs/graph-api/overview/rate-limiting#buc-rate-limits
    bool throttled() const { return code == 4 || code == 17 || code == 613 || (code >= 80000 && code <= 80014); }
    // 190: the access token expired or is invalid (subcodes 463 expired,
    // 467 invalid, 460 password changed, 458 app removed...): get a new one.
    bool tokenInvalid() const { return code == 190 || code == 102; }
    // "message (code 80004, subcode 0)", then Meta's words for the person
    // when it gave them: "Invalid parameter (code 100, subcode 1885272): Your
    // Budget Is Too Low: The minimum daily budget …"
    QString describe() const;
    // What the operator is told for an invalid token, with what to do.
    static QString tokenAdvice(const GraphError &e);
};

// The ad account a connection names: GET act_{id}?fields=currency,timezone_name.
// https://developers.facebook.com/docs/marketing-api/reference/ad-account
struct MetaAccount
{
    QString id;
    QString currency;     // ISO 4217
    QString timeZone;     // IANA, the day boundaries of its insights and daily budgets
};

// The Meta Marketing API (Graph) at one version (the base URL ends in it):
// the ad account, its campaigns (GET act_{id}/campaigns, cursor paging:
// paging.cursors.after while paging.next is there) and their daily insights
// in one account-level call (GET act_{id}/insights?level=campaign&
// time_increment=1). Budgets are whole numbers in the currency's smallest unit
// as Meta counts it (its "offset": 100 for USD, 1 for JPY); spend and values
// are decimal text in the account currency. Throttling is honoured from the
// usage headers between pages and from the error codes: with
// estimated_time_to_regain_access the call waits that long when the network
// policy allows (retryAfterMaxMs), else fails saying when to try again;
// without it, it backs off as the policy says (backoffBaseMs, maxAttempts).
// Graph error bodies are quoted with their code; error 190 says the token
// expired and what to do.
class MetaApi final : public QObject
{
    Q_OBJECT
public:
    MetaApi(QUrl base, NetworkPolicy policy, QByteArray accessToken, QObject *parent = nullptr);

    using AccountDone = std::function<void(const Result<MetaAccount> &)>;
    void fetchAccount(const QString &adAccountId, AccountDone done);

    using CampaignsDone = std::function<void(const Result<QList<Campaign>> &)>;
    // `currency`: the account's, for the budgets' unit; empty reads them with offset 100.
    void fetchCampaigns(const QString &adAccountId, CampaignsDone done) { fetchCampaigns(adAccountId, QString(), std::move(done)); }
    void fetchCampaigns(const QString &adAccountId, const QString &currency, CampaignsDone done);

    // Daily figures of every campaign of the account from since to until
    // (days in the account's time zone): impressions, clicks, spend, and
    // purchases and their value from actions / action_values. A row that does
    // not read well fails its campaign only (every day of it is left out and
    // the campaign is named in `failed`); the others stand.
    struct Insights
    {
        QList<CampaignDay> days;
        QMap<QString, QString> failed;   // campaign id -> why
    };
    using AccountInsightsDone = std::function<void(const Result<Insights> &)>;
    void fetchAccountInsights(const QString &adAccountId, QDate since, QDate until, AccountInsightsDone done);

    // The longest attribution window, in days, among the account's ad sets
    // (GET act_{id}/adsets?fields=attribution_spec: a list of {event_type,
    // window_days} per ad set, window_days 1, 7 or 28); 0 when no ad set
    // states one (the account's default, 7-day click and 1-day view, applies).
    // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign (attribution_spec)
    using AttributionDone = std::function<void(const Result<int> &)>;
    void fetchAttributionDays(const QString &adAccountId, AttributionDone done);
    static Result<QList<int>> parseAttribution(const QByteArray &body, const QString &where, QString *after);

    // One campaign's daily figures: GET {campaign_id}/insights (kept for callers
    // that ask about one campaign; the live fetch asks the account once).
    using InsightsDone = std::function<void(const Result<QList<CampaignDay>> &)>;
    void fetchInsights(const QString &campaignId, QDate since, QDate until, InsightsDone done);

    // How long to hold off after this answer, from its usage headers (0: go on).
    static int throttleWaitMs(const HttpResponse &response);
    // estimated_time_to_regain_access (minutes) in X-Business-Use-Case-Usage
    // or X-Ad-Account-Usage, in ms; 0 when no header gives one.
    static qint64 regainAccessMs(const HttpResponse &response);
    static std::optional<GraphError> graphError(const QByteArray &body);

    // Meta's offset of a currency: budgets are sent and read as amount x
    // offset. 1 for CLP, COP, CRC, HUF, IDR, ISK, JPY, KRW, PYG, TWD, VND;
    // 100 for the others. https://developers.facebook.com/docs/marketing-api/currencies
    static int currencyOffset(const QString &currency);
    // A budget as Meta states it, as Money (which keeps cents): ¥5000 -> 5000.00.
    static std::optional<Money> budgetToMoney(qint64 value, const QString &currency);
    // Money as the whole number Meta takes; none when the amount has more
    // decimals than the currency's offset allows (¥6000.50).
    static std::optional<qint64> moneyToBudget(Money amount, const QString &currency);

    static Result<QList<Campaign>> parseCampaigns(const QByteArray &body, const QString &where, QString *after,
                                                  const QString &currency = QString());
    static Result<QList<CampaignDay>> parseInsights(const QByteArray &body, const QString &campaignId, const QString &where, QString *after);
    HttpClient *http() const { return m_http; }

private:
    // One GET, honouring the Graph throttling codes (wait, back off, or fail
    // saying when to retry) and turning any other error answer into an Error
    // with the platform's message and code.
    void get(HttpRequest request, const QString &where, std::function<void(const Result<HttpResponse> &)> done, int throttled = 0);
    // Reads page after page (cursor paging), honouring the throttling headers between pages.
    template<typename T>
    using PageParser = std::function<Result<QList<T>>(const QByteArray &body, const QString &where, QString *after)>;
    template<typename T>
    void fetchPages(HttpRequest request, const QString &where, PageParser<T> parse, std::shared_ptr<QList<T>> all,
                    std::function<void(const Result<QList<T>> &)> done, int page,
                    std::shared_ptr<QHash<QString, int>> cursors = {});
    HttpClient *m_http;
    QByteArray m_token;   // in memory only
    NetworkPolicy m_policy;
};

} // namespace cp
