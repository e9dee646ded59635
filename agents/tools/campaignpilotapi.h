// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/product.h"

namespace cp {

// A product as the seed's Campaign Pilot API lists it, with its figures.
struct ApiProduct
{
    Product product;
    qint64 pageViews = 0;
    qint64 sales = 0;
    Money revenue;
};

// The seed system's own REST API, spoken verbatim (GET /api/health,
// GET /api/store/products -> {"status":"success","data":[...],"count":n}).
// Every field of an answer is checked (type, range, finiteness, length); a
// bad field is an Error naming the endpoint and the field, and nothing of
// that answer is used.
class CampaignPilotApi final : public QObject
{
    Q_OBJECT
public:
    CampaignPilotApi(QUrl base, NetworkPolicy policy, QObject *parent = nullptr);

    using ProductsDone = std::function<void(const Result<QList<ApiProduct>> &)>;
    void fetchProducts(ProductsDone done);

    // The parsing alone (also used by tests on canned answers).
    static Result<QList<ApiProduct>> parseProducts(const QByteArray &body, const QString &endpoint);

    HttpClient *http() const { return m_http; }

private:
    HttpClient *m_http;
};

} // namespace cp
