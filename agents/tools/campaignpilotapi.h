// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/campaign.h"
#include "models/product.h"

#include <QJsonObject>

namespace cp {

// A product as the seed's Campaign Pilot API lists it, with its running
// totals (page views, units sold and revenue since the shop began counting).
struct ApiProduct
{
    Product product;
    qint64 pageViews = 0;
    qint64 sales = 0;
    Money revenue;
};

// GET /api/store/products/{id}/analytics: a product's figures over the
// server's `time_range`, this period against the one before.
struct ApiAnalytics
{
    QString productId;
    QString timeRange;                 // as the server names it ("1d", "7d", ...)
    qint64 pageViews = 0, pageViewsPrevious = 0;
    qint64 sales = 0, salesPrevious = 0;
    Money revenue, revenuePrevious;
    double conversionRate = 0;         // percent
    double bounceRate = 0;             // percent
    double avgSessionDuration = 0;     // seconds
    // Whether `current` is one day's figures, so that it can stand as that
    // day's product figures without being spread or guessed.
    bool coversOneDay() const;
};

// A campaign of POST/GET /api/impact/campaigns with its lifetime metrics.
struct ApiCampaign
{
    Campaign campaign;
    qint64 impressions = 0, clicks = 0, conversions = 0;
    Money spend;
    std::optional<double> roas;        // the seed's (revenue - cost) / cost
};

// The seed system's own REST API, spoken verbatim (GET /api/health,
// GET /api/store/products[/{id}[/analytics]], GET /api/impact/campaigns[/{id}];
// answers {"status":"success","data":...}). Every field of an answer is
// checked (type, range, finiteness, length); a bad field is an Error naming
// the endpoint and the field, and nothing of that answer is used.
class CampaignPilotApi final : public QObject
{
    Q_OBJECT
public:
    CampaignPilotApi(QUrl base, NetworkPolicy policy, QByteArray token = {}, QObject *parent = nullptr);

    template<typename T>
    using Done = std::function<void(const Result<T> &)>;
    void fetchHealth(Done<QJsonObject> done);
    void fetchProducts(Done<QList<ApiProduct>> done);
    void fetchProduct(const QString &id, Done<ApiProduct> done);
    void fetchAnalytics(const QString &id, Done<ApiAnalytics> done);
    void fetchCampaigns(Done<QList<ApiCampaign>> done);

    // The parsing alone (also used by tests on canned answers).
    static Result<QList<ApiProduct>> parseProducts(const QByteArray &body, const QString &endpoint);
    static Result<ApiProduct> parseProduct(const QByteArray &body, const QString &endpoint);
    static Result<ApiAnalytics> parseAnalytics(const QByteArray &body, const QString &endpoint);
    static Result<QList<ApiCampaign>> parseCampaigns(const QByteArray &body, const QString &endpoint);
    static Result<ApiCampaign> parseCampaign(const QJsonObject &o, const QString &endpoint, const QString &prefix);

    HttpClient *http() const { return m_http; }

private:
    template<typename T>
    void get(const QString &path, Done<T> done, Result<T> (*parse)(const QByteArray &, const QString &));
    HttpClient *m_http;
    QByteArray m_token;   // in memory only
};

} // namespace cp
