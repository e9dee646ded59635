// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/product.h"

namespace cp {

// The WooCommerce REST API v3 (WordPress REST API integration): products of
// a store, read page by page (per_page 100; the totals come from X-WP-Total
// and X-WP-TotalPages). The consumer key and secret go as HTTP Basic, which
// the network layer only allows over HTTPS (or to loopback). After the first
// page the rest are fetched in parallel (Qt keeps at most six connections a
// host). Every field is checked; a bad one names the page and the field.
class WooCommerceApi final : public QObject
{
    Q_OBJECT
public:
    WooCommerceApi(QUrl base, NetworkPolicy policy, QByteArray consumerKey, QByteArray consumerSecret, QObject *parent = nullptr);

    using ProductsDone = std::function<void(const Result<QList<Product>> &)>;
    void fetchProducts(ProductsDone done);

    static Result<QList<Product>> parseProducts(const QByteArray &body, const QString &where);
    HttpClient *http() const { return m_http; }

    static constexpr int kPerPage = 100;

private:
    HttpRequest pageRequest(int page) const;
    HttpClient *m_http;
    QByteArray m_authorization;   // in memory only
};

} // namespace cp
