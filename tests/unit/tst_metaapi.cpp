// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's campaigns over loopback: cursor paging, minor units, throttling.
#include "../support/faultserver.h"
#include "agents/tools/metaapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace cp;

namespace {
struct Graph
{
    QByteArray usage;   // X-Business-Use-Case-Usage on the first page

    std::optional<FaultServer::Answer> operator()(const FaultServer::Seen &s) const
    {
        if (s.path != "/act_42/campaigns")
            return std::nullopt;
        if (s.headers.value("authorization") != "Bearer tok")
            return FaultServer::Answer{400, R"({"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}})", {}, FaultServer::Fault::None};
        const QString after = QUrlQuery(QString::fromUtf8(s.query)).queryItemValue(QStringLiteral("after"));
        const int page = after.isEmpty() ? 0 : after.mid(1).toInt();
        QJsonArray data;
        for (int i = page * 2; i < page * 2 + 2; ++i)
            data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("1200%1").arg(i)},
                                    {QStringLiteral("name"), QStringLiteral("Campaign %1").arg(i)},
                                    {QStringLiteral("status"), i % 2 ? QStringLiteral("PAUSED") : QStringLiteral("ACTIVE")},
                                    {QStringLiteral("effective_status"), i % 2 ? QStringLiteral("PAUSED") : QStringLiteral("ACTIVE")},
                                    {QStringLiteral("daily_budget"), QStringLiteral("%1").arg(5000 + i)}});
        QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("after"), QStringLiteral("c%1").arg(page + 1)}}}};
        if (page < 2)
            paging.insert(QStringLiteral("next"), QStringLiteral("https://graph.example/next"));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (page == 0 && !usage.isEmpty())
            headers.append({"X-Business-Use-Case-Usage", usage});
        return FaultServer::Answer{200, QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}})
                                            .toJson(QJsonDocument::Compact),
                                   headers, FaultServer::Fault::None};
    }
};

Result<QList<Campaign>> fetch(FaultServer &server, const QByteArray &token = "tok")
{
    MetaApi api(QUrl(server.baseUrl()), NetworkPolicy{}, token);
    std::optional<Result<QList<Campaign>>> result;
    api.fetchCampaigns(QStringLiteral("42"), [&](const Result<QList<Campaign>> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("no answer"), {}};
    return *result;
}
} // namespace

class TestMetaApi : public QObject
{
    Q_OBJECT
private slots:
    void followsTheCursors()
    {
        FaultServer server;
        server.handler = Graph{};
        auto r = fetch(server);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 6);
        QCOMPARE(server.count("/act_42/campaigns"), 3);
        QCOMPARE(r->at(0).dailyBudget->minor(), qint64(5000));   // minor units: 50.00
        QCOMPARE(r->at(1).status, Campaign::Status::Paused);
        QCOMPARE(r->at(5).id, QStringLiteral("12005"));
    }

    void aCursorGivenAgainStopsThePaging()
    {
        // Every page answers the same "after" cursor with a "next": before,
        // the program asked for that page again and again (20,000 requests
        // in 15 minutes seen against such a server) and never returned.
        FaultServer server;
        server.handler = [](const FaultServer::Seen &s) -> std::optional<FaultServer::Answer> {
            if (s.path != "/act_42/campaigns")
                return std::nullopt;
            const QJsonObject body{{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                                                   {QStringLiteral("name"), QStringLiteral("C")},
                                                                                   {QStringLiteral("status"), QStringLiteral("ACTIVE")}}}},
                                   {QStringLiteral("paging"),
                                    QJsonObject{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("after"), QStringLiteral("LOOP")}}},
                                                {QStringLiteral("next"), QStringLiteral("https://graph.example/next")}}}};
            return FaultServer::Answer{200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None};
        };
        auto r = fetch(server);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QLatin1String("paging does not end")), qPrintable(r.error().toString()));
        QVERIFY2(r.error().toString().contains(QLatin1String("page 2")), qPrintable(r.error().toString()));
        QCOMPARE(server.count("/act_42/campaigns"), 2);   // the first page, and the one that gave its cursor again
    }

    void aThrottledAccountStopsWithAClearMessage()
    {
        FaultServer server;
        server.handler = Graph{R"({"123":[{"type":"ads_management","call_count":98,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":5}]})"};
        auto r = fetch(server);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("throttled")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("5 min")));
        QCOMPARE(server.count("/act_42/campaigns"), 1);   // no further page was asked for
    }

    void throttleWaitFromHeaders()
    {
        HttpResponse calm;
        calm.headers = {{"X-App-Usage", R"({"call_count":10,"total_cputime":5,"total_time":5})"}};
        QCOMPARE(MetaApi::throttleWaitMs(calm), 0);
        HttpResponse hot;
        hot.headers = {{"X-App-Usage", R"({"call_count":97,"total_cputime":5,"total_time":5})"}};
        QVERIFY(MetaApi::throttleWaitMs(hot) > 0);
    }

    void graphErrorsAreQuoted()
    {
        FaultServer server;
        server.handler = Graph{};
        auto r = fetch(server, "expired");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("Invalid OAuth access token.")));
        QCOMPARE(r.error().where, QStringLiteral("GET /act_42/campaigns page 1"));
    }
};

QTEST_GUILESS_MAIN(TestMetaApi)
#include "tst_metaapi.moc"
