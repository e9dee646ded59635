// SPDX-License-Identifier: GPL-3.0-or-later
// The one network layer against a loopback server that injects faults.
#include "../support/faultserver.h"
#include "agents/tools/httpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cp;
using A = FaultServer::Answer;
using F = FaultServer::Fault;

namespace {
Result<HttpResponse> call(HttpClient &client, const HttpRequest &request)
{
    std::optional<Result<HttpResponse>> result;
    client.send(request, [&](const Result<HttpResponse> &r) { result = r; });
    // The event loop runs until the callback arrives (the client never blocks).
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("no callback within 30 s"), QStringLiteral("test")};
    return *result;
}

NetworkPolicy fast()
{
    NetworkPolicy p;
    p.transferTimeoutMs = 400;
    p.backoffBaseMs = 10;
    p.backoffMaxMs = 50;
    p.maxAttempts = 3;
    return p;
}

HttpRequest get(const QString &path) { return HttpRequest{"GET", path, {}, {}, {}, {}}; }
HttpRequest post(const QString &path, const QByteArray &key = {}) { return HttpRequest{"POST", path, {}, "{\"x\":1}", key, {}}; }
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void okAnswer()
    {
        FaultServer server;
        server.script("/api/health", {A{200, R"({"status":"success"})", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/api/health")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(server.count("/api/health"), 1);
    }

    void serverErrorsAreRetriedForReads()
    {
        FaultServer server;
        server.script("/p", {A{500, R"({"status":"error","message":"boom"})", {}, F::None}, A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 2);
        QCOMPARE(server.count("/p"), 2);
    }

    void retryAfterIsHonoured()
    {
        FaultServer server;
        server.script("/p", {A{503, "{}", {{"Retry-After", "1"}}, F::None}, A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        QElapsedTimer t;
        t.start();
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(r.ok());
        QCOMPARE(server.count("/p"), 2);
        QVERIFY2(t.elapsed() >= 900, "the client must wait the second the server asked for");
    }

    void anAbsurdRetryAfterIsAnError()
    {
        FaultServer server;
        server.script("/p", {A{429, R"({"error":{"message":"slow down"}})", {{"Retry-After", "3600"}}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("3600")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("slow down")));   // the Graph API's own words
        QCOMPARE(r.error().where, QStringLiteral("GET /p"));
        QCOMPARE(server.count("/p"), 1);
    }

    void stallPastTheTimeoutAndDroppedConnections_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("stall") << int(F::Stall);
        QTest::newRow("dropped connection") << int(F::Drop);
    }
    void stallPastTheTimeoutAndDroppedConnections()
    {
        QFETCH(int, fault);
        FaultServer server;
        server.script("/p", {A{200, "{}", {}, F(fault)}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        // Every attempt (Qt may resend a GET once itself on a dropped
        // connection, so the server can see more), then a clear error.
        QVERIFY(client.wireRequests() == 3);
        QVERIFY(server.count("/p") >= 3);
        QVERIFY(!r.error().message.isEmpty());
    }

    void aCutOffAnswerIsNotTakenForAnAnswer()
    {
        FaultServer server;
        // (A plain literal: moc in Qt 6.4 misreads some raw strings.)
        server.script("/api/store/products", {A{200, "{\"status\":\"success\",\"data\":[{\"id\":1,\"na", {}, F::Truncated},
                                              A{200, R"({"status":"success","data":[],"count":0})", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/api/store/products")));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray(R"({"status":"success","data":[],"count":0})"));   // the whole second answer
        QVERIFY(r->attempts >= 2);
    }

    void writesWithoutAKeyAreSentOnce()
    {
        FaultServer server;
        server.script("/api/impact/campaigns", {A{500, "{}", {}, F::None}, A{201, "{}", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, post(QStringLiteral("/api/impact/campaigns")));
        QVERIFY(!r.ok());
        QCOMPARE(server.count("/api/impact/campaigns"), 1);   // nothing sent twice
    }

    void writesWithAKeyAreRetriedWithTheSameKey()
    {
        FaultServer server;
        server.script("/api/impact/campaigns", {A{502, "{}", {}, F::None}, A{201, "{}", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, post(QStringLiteral("/api/impact/campaigns"), "key-123"));
        QVERIFY(r.ok());
        QCOMPARE(server.seen().size(), 2);
        QCOMPARE(server.seen()[0].headers.value("idempotency-key"), QByteArray("key-123"));
        QCOMPARE(server.seen()[1].headers.value("idempotency-key"), QByteArray("key-123"));
    }

    void aHugeAnswerIsRefused()
    {
        FaultServer server;
        server.script("/p", {A{200, {}, {}, F::Huge}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("larger than")));
    }

    void clientErrorsAreNotRetriedAndSayWhy()
    {
        FaultServer server;
        server.script("/wp-json/wc/v3/products", {A{401, R"({"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}})", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/wp-json/wc/v3/products")));
        QVERIFY(!r.ok());
        QCOMPARE(server.count("/wp-json/wc/v3/products"), 1);
        QVERIFY(r.error().message.contains(QLatin1String("Sorry, you cannot list resources.")));
        QVERIFY(r.error().message.contains(QLatin1String("woocommerce_rest_cannot_view")));
    }

    void httpsIsRequiredBeyondLoopback()
    {
        HttpClient client(QUrl(QStringLiteral("http://shop.example")), fast());
        auto r = call(client, get(QStringLiteral("/api/health")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("HTTPS")));
        QCOMPARE(client.wireRequests(), 0);
    }

    void theBreakerOpensAndStopsTraffic()
    {
        FaultServer server;
        server.script("/p", {A{200, "{}", {}, F::Drop}});
        NetworkPolicy p = fast();
        p.maxAttempts = 1;
        p.breakerThreshold = 2;
        p.breakerCooldownMs = 60000;
        HttpClient client(QUrl(server.baseUrl()), p);
        QSignalSpy changes(&client, &HttpClient::breakerChanged);
        QVERIFY(!call(client, get(QStringLiteral("/p"))).ok());
        QCOMPARE(client.breaker(), HttpClient::Breaker::Closed);
        QVERIFY(!call(client, get(QStringLiteral("/p"))).ok());
        QCOMPARE(client.breaker(), HttpClient::Breaker::Open);
        QCOMPARE(changes.count(), 1);
        const int seenBefore = server.count("/p");
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("not answering")));
        QCOMPARE(client.wireRequests(), 2);   // the open breaker sent nothing
        QCOMPARE(server.count("/p"), seenBefore);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
