// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seed's Campaign Pilot API with state, for FaultServer::handler: the
// store's products (running totals), their details and analytics, and the
// impact campaigns with pause/resume/create (no budget endpoint, as in the
// seed). `fail` injects an answer for one path; `latencyMs` delays answers.
#include "faultserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

struct SeedApi
{
    using A = FaultServer::Answer;
    QMap<QString, QJsonObject> products;      // id -> product as /api/store/products lists it
    QMap<QString, QJsonObject> campaigns;     // id -> campaign
    QString timeRange = QStringLiteral("7d");
    QMap<QString, A> fail;                    // path -> fault to answer instead
    int created = 0;
    int latencyMinMs = 0, latencyMaxMs = 0;
    mutable qint64 latencySumMs = 0;          // every answer's latency, added up (the sequential cost)

    static QJsonObject product(const QString &id, double price, qint64 stock, qint64 views, qint64 sales, double revenue)
    {
        return QJsonObject{{QStringLiteral("id"), id.toInt()},          {QStringLiteral("name"), QStringLiteral("Product ") + id},
                           {QStringLiteral("category"), QStringLiteral("Electronics")}, {QStringLiteral("price"), price},
                           {QStringLiteral("description"), QStringLiteral("A product")}, {QStringLiteral("image_url"), QString()},
                           {QStringLiteral("stock"), stock},             {QStringLiteral("page_views"), views},
                           {QStringLiteral("sales"), sales},             {QStringLiteral("revenue"), revenue}};
    }

    A ok(const QJsonValue &data) const
    {
        QJsonObject root{{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}};
        if (data.isArray())
            root.insert(QStringLiteral("count"), data.toArray().size());
        A a{200, QJsonDocument(root).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None};
        a.delayMs = latency();
        return a;
    }
    int latency() const
    {
        const int ms = latencyMaxMs > 0 ? int(QRandomGenerator::global()->bounded(latencyMinMs, latencyMaxMs + 1)) : 0;
        latencySumMs += ms;
        return ms;
    }
    static A error(int status, const char *message)
    {
        return A{status, QByteArray("{\"status\":\"error\",\"message\":\"") + message + "\"}", {}, FaultServer::Fault::None};
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        const QString path = QString::fromUtf8(s.path);
        if (fail.contains(path))
            return fail.value(path);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (s.method == "GET" && path == u"/api/health")
            return A{200, "{\"status\":\"healthy\"}", {}, FaultServer::Fault::None};
        if (s.method == "GET" && path == u"/api/store/products") {
            QJsonArray all;
            for (const QJsonObject &p : products)
                all.append(p);
            return ok(all);
        }
        if (s.method == "GET" && parts.size() >= 4 && parts[1] == u"store" && products.contains(parts[3])) {
            const QJsonObject p = products.value(parts[3]);
            if (parts.size() == 4)
                return ok(p);
            if (parts.size() == 5 && parts[4] == u"analytics") {
                auto window = [](qint64 current) {
                    return QJsonObject{{QStringLiteral("current"), current}, {QStringLiteral("previous"), current},
                                       {QStringLiteral("change_percent"), 0.0}};
                };
                const qint64 views = p.value(QStringLiteral("page_views")).toInteger() / 10;
                const qint64 sales = p.value(QStringLiteral("sales")).toInteger() / 10;
                return ok(QJsonObject{{QStringLiteral("product_id"), p.value(QStringLiteral("id"))},
                                      {QStringLiteral("time_range"), timeRange},
                                      {QStringLiteral("page_views"), window(views)},
                                      {QStringLiteral("sales"), window(sales)},
                                      {QStringLiteral("revenue"), QJsonObject{{QStringLiteral("current"), double(sales) * 10},
                                                                              {QStringLiteral("previous"), double(sales) * 10}}},
                                      {QStringLiteral("conversion_rate"), 2.5},
                                      {QStringLiteral("bounce_rate"), 40.0},
                                      {QStringLiteral("avg_session_duration"), 95.0}});
            }
        }
        if (s.method == "GET" && path == u"/api/impact/campaigns") {
            QJsonArray all;
            for (const QJsonObject &c : campaigns)
                all.append(c);
            return ok(all);
        }
        if (s.method == "POST" && path == u"/api/impact/campaigns") {
            QJsonObject c = QJsonDocument::fromJson(s.body).object();
            c.insert(QStringLiteral("campaign_id"), QStringLiteral("new-%1").arg(++created));
            c.insert(QStringLiteral("status"), QStringLiteral("active"));
            campaigns.insert(c.value(QStringLiteral("campaign_id")).toString(), c);
            return ok(c);
        }
        if (parts.size() >= 4 && parts[1] == u"impact" && campaigns.contains(parts[3])) {
            QJsonObject &c = campaigns[parts[3]];
            if (s.method == "GET" && parts.size() == 4)
                return ok(c);
            if (s.method == "POST" && parts.size() == 5 && (parts[4] == u"pause" || parts[4] == u"resume")) {
                c.insert(QStringLiteral("status"), parts[4] == u"pause" ? QStringLiteral("paused") : QStringLiteral("active"));
                return ok(c);
            }
            if (s.method == "PATCH")   // the seed API has no budget endpoint
                return error(405, "Method Not Allowed");
        }
        return error(404, "Not found");
    }
};
