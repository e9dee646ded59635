// SPDX-License-Identifier: GPL-3.0-or-later
// The one network layer against a loopback server that injects faults.
#include "../support/faultserver.h"
#include "agents/tools/campaignpilotapi.h"
#include "agents/tools/httpclient.h"
#include "agents/tools/metaapi.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

// An HTTP-date as servers send it (IMF-fixdate), `secs` from now.
QByteArray imfDate(qint64 secs)
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(secs), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

HttpRequest post(const QString &path, const QByteArray &key = {}) { return HttpRequest{"POST", path, {}, "{\"x\":1}", key, {}}; }
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    // What a server said, as a person reads it: WordPress's HTML in a JSON
    // message and an HTML error page come out as plain text.
    void serverMessagesArePlainText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("WordPress critical error")
            << QByteArray("{\"code\":\"internal_server_error\",\"message\":\"<p>There has been a critical error on this website.</p><p><a href=\\\"https://wordpress.org/documentation/article/faq-troubleshooting/\\\">Learn more about troubleshooting WordPress.</a></p>\",\"data\":{\"status\":500},\"additional_errors\":[]}")
            << QStringLiteral("There has been a critical error on this website. Learn more about troubleshooting WordPress. (internal_server_error)");
        QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><html><head><title>WordPress &rsaquo; Error</title></head><body id=\"error-page\">"
                                                 "<div class=\"wp-die-message\"><p>There has been a critical error on this website.</p></div></body></html>")
                                   << QStringLiteral("There has been a critical error on this website.");
        QTest::newRow("title only") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>")
                                    << QStringLiteral("502 Bad Gateway");
        QTest::newRow("entities") << QByteArray(R"({"message":"Price &amp; stock &lt;required&gt;"})") << QStringLiteral("Price & stock <required>");
        QTest::newRow("Graph") << QByteArray(R"({"error":{"message":"Invalid parameter","code":100}})") << QStringLiteral("Invalid parameter");
        QTest::newRow("not a message") << QByteArray("Internal Server Error") << QString();
    }
    void serverMessagesArePlainText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(HttpClient::serverMessage(body), message);
    }

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

    // A server that sends a byte just often enough for the transfer timeout
    // would hold the request for ever; the deadline ends it, and says so.
    void aDrippingServerMeetsTheDeadline()
    {
        FaultServer server;
        A drip{200, "[" + QByteArray(4000, ' ') + "]", {}, F::Drip};
        drip.dripMs = 50;   // well inside the 400 ms transfer timeout: 200 s for the whole answer
        server.script("/p", {drip});
        NetworkPolicy p = fast();
        p.deadlineMs = 800;
        HttpClient client(QUrl(server.baseUrl()), p);
        std::optional<Result<HttpResponse>> result;
        QElapsedTimer t;
        t.start();
        client.send(get(QStringLiteral("/p")), [&](const Result<HttpResponse> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(QLatin1String("deadline of 0.8 s")), qPrintable(result->error().message));
        QVERIFY(t.elapsed() >= 700);
        QCOMPARE(server.count("/p"), 1);   // the deadline covers retries too: none after it
    }

    void theDeadlineCoversRetriesAndTheirWaits()
    {
        FaultServer server;
        server.script("/p", {A{503, "{}", {{"Retry-After", "1"}}, F::None}});
        NetworkPolicy p = fast();
        p.deadlineMs = 1500;
        p.maxAttempts = 10;
        HttpClient client(QUrl(server.baseUrl()), p);
        std::optional<Result<HttpResponse>> result;
        client.send(get(QStringLiteral("/p")), [&](const Result<HttpResponse> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(QLatin1String("deadline of 1.5 s")), qPrintable(result->error().message));
        QCOMPARE(server.count("/p"), 2);   // the second wait would end past the deadline: not waited
    }

    void retryAfterAsAnHttpDateIsHonoured()
    {
        FaultServer server;
        server.script("/p", {A{503, "{}", {{"Retry-After", imfDate(2)}}, F::None}, A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        QElapsedTimer t;
        t.start();
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(server.count("/p"), 2);
        // Two seconds from a date with whole seconds: at least one full second.
        QVERIFY2(t.elapsed() >= 900, "the client must wait until the date the server named");
    }

    // The wait is counted from the server's Date, not our clock: a server an
    // hour behind that asks for "its now + 1 s" gets one second, not none.
    void retryAfterDateCountsFromTheServersClock()
    {
        FaultServer server;
        server.script("/p", {A{503, "{}", {{"Date", imfDate(-3600)}, {"Retry-After", imfDate(-3599)}}, F::None}, A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        QElapsedTimer t;
        t.start();
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(r.ok());
        QCOMPARE(server.count("/p"), 2);
        QVERIFY2(t.elapsed() >= 900, "one second by the server's clock");
    }

    void retryAfterDateInThePastRetriesAtOnce()
    {
        FaultServer server;
        server.script("/p", {A{429, "{}", {{"Retry-After", imfDate(-3600)}}, F::None}, A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(r.ok());
        QCOMPARE(server.count("/p"), 2);
    }

    void retryAfterBeyondTheCapIsRefusedAndSaysBoth_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("wait");
        QTest::newRow("delta-seconds") << QByteArray("3600") << QStringLiteral("3600 s");
        QTest::newRow("HTTP-date") << imfDate(7200) << QStringLiteral("s (Retry-After: ");
    }
    void retryAfterBeyondTheCapIsRefusedAndSaysBoth()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, wait);
        FaultServer server;
        server.script("/p", {A{503, "{}", {{"Retry-After", retryAfter}}, F::None}, A{200, "[]", {}, F::None}});
        NetworkPolicy p = fast();
        p.retryAfterMaxMs = 30000;
        HttpClient client(QUrl(server.baseUrl()), p);
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(m.contains(wait), qPrintable(m));
        QVERIFY2(m.contains(QString::fromLatin1(retryAfter)), qPrintable(m));   // the server's own words
        QVERIFY2(m.contains(QLatin1String("longer than the 30 s")), qPrintable(m));   // and the cap
        QCOMPARE(server.count("/p"), 1);
    }

    void httpDatesInAllThreeForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfc(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);   // RFC 9110 §5.6.7's example
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfc;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfc;
        QTest::newRow("not a date") << QByteArray("soon") << QDateTime();
        QTest::newRow("negative seconds") << QByteArray("-5") << QDateTime();
    }
    void httpDatesInAllThreeForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const auto parsed = httpDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
        const auto wait = retryAfterMs(text, expected.isValid() ? expected.addSecs(-90) : QDateTime::currentDateTimeUtc());
        QCOMPARE(wait.has_value(), expected.isValid());
        if (wait)
            QCOMPARE(*wait, 90000);
        QCOMPARE(retryAfterMs(" 120 ", QDateTime::currentDateTimeUtc()), std::optional<qint64>(120000));
    }

    void redirectsAreRefusedNotFollowed()
    {
        FaultServer server;
        server.script("/p", {A{302, "{}", {{"Location", server.baseUrl().toLatin1() + "/elsewhere?access_token=tok-in-location"}}, F::None}});
        server.script("/elsewhere", {A{200, "[]", {}, F::None}});
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(QStringLiteral("/p")));
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(m.contains(QLatin1String("HTTP 302")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("redirect")) && m.contains(QLatin1String("refused")), qPrintable(m));
        QVERIFY2(m.contains(server.baseUrl() + QLatin1String("/elsewhere")), qPrintable(m));   // where it pointed
        QVERIFY2(!m.contains(QLatin1String("tok-in-location")), qPrintable(m));
        QCOMPARE(server.count("/elsewhere"), 0);
        QCOMPARE(server.count("/p"), 1);
    }

    void pathsThatLeaveTheirEndpointAreRefusedUnsent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dot-dot") << QStringLiteral("/api/store/products/../../admin");
        QTest::newRow("encoded dot-dot") << QStringLiteral("/api/store/products/%2e%2E/x");
        QTest::newRow("encoded slash and dot-dot") << QStringLiteral("/api/store/products/..%2F..%2Fstore%2Fproducts%2F100");
        QTest::newRow("backslash") << QStringLiteral("/api/store/products/..%5Cx");
        QTest::newRow("raw question mark") << QStringLiteral("/api/store/products/1?admin=1");
        QTest::newRow("raw hash") << QStringLiteral("/api/store/products/1#x");
        QTest::newRow("line break") << QStringLiteral("/api/store/products/1\r\nX-Evil: 1");
        QTest::newRow("empty id") << QStringLiteral("/api/store/products/");
        QTest::newRow("empty id inside") << QStringLiteral("/api/store/products//analytics");
    }
    void pathsThatLeaveTheirEndpointAreRefusedUnsent()
    {
        QFETCH(QString, path);
        FaultServer server;
        HttpClient client(QUrl(server.baseUrl()), fast());
        auto r = call(client, get(path));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("not sent")), qPrintable(r.error().message));
        QCOMPARE(client.wireRequests(), 0);
        QCOMPARE(server.seen().size(), 0);
    }

    void idsArePercentEncodedIntoOneSegment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("received");
        QTest::newRow("plain") << QStringLiteral("22833") << QByteArray("/api/store/products/22833");
        QTest::newRow("reserved characters") << QStringLiteral("a b/c?d#e%f") << QByteArray("/api/store/products/a%20b%2Fc%3Fd%23e%25f");
        QTest::newRow("unicode") << QStringLiteral("Grüße") << QByteArray("/api/store/products/Gr%C3%BC%C3%9Fe");
    }
    void idsArePercentEncodedIntoOneSegment()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, received);
        FaultServer server;
        CampaignPilotApi api(QUrl(server.baseUrl()), fast());
        std::optional<Result<ApiProduct>> result;
        api.fetchProduct(id, [&](const Result<ApiProduct> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(server.seen().size(), 1);
        QCOMPARE(server.seen().first().path, received);   // exactly what reached the server
        QCOMPARE(server.seen().first().query, QByteArray());
    }

    void anIdCannotReachAnotherEndpoint()
    {
        FaultServer server;
        server.script("/api/store/products/100", {A{200, R"({"status":"success","data":{"id":100,"name":"secret","price":1,"stock":1,"page_views":1,"sales":1,"revenue":1}})", {}, F::None}});
        CampaignPilotApi api(QUrl(server.baseUrl()), fast());
        std::optional<Result<ApiProduct>> product;
        api.fetchProduct(QStringLiteral("../../store/products/100"), [&](const Result<ApiProduct> &r) { product = r; });
        std::optional<Result<ApiAnalytics>> analytics;
        api.fetchAnalytics(QStringLiteral(".."), [&](const Result<ApiAnalytics> &r) { analytics = r; });
        MetaApi meta(QUrl(server.baseUrl()), fast(), "tok");
        std::optional<Result<QList<CampaignDay>>> insights;
        meta.fetchInsights(QStringLiteral("../act_1/campaigns?x="), QDate(2026, 11, 1), QDate(2026, 11, 2),
                           [&](const Result<QList<CampaignDay>> &r) { insights = r; });
        QTRY_VERIFY_WITH_TIMEOUT(product.has_value() && analytics.has_value() && insights.has_value(), 10000);
        QVERIFY(!product->ok());
        QVERIFY(!analytics->ok());
        QVERIFY(!insights->ok());
        QCOMPARE(server.seen().size(), 0);   // nothing reached any endpoint
    }

    void metaIdsArePercentEncoded()
    {
        FaultServer server;
        MetaApi meta(QUrl(server.baseUrl()), fast(), "tok");
        std::optional<Result<QList<CampaignDay>>> insights;
        meta.fetchInsights(QStringLiteral("12 3/x"), QDate(2026, 11, 1), QDate(2026, 11, 2), [&](const Result<QList<CampaignDay>> &r) { insights = r; });
        QTRY_VERIFY_WITH_TIMEOUT(insights.has_value(), 10000);
        QCOMPARE(server.seen().size(), 1);
        QCOMPARE(server.seen().first().path, QByteArray("/12%203%2Fx/insights"));
    }

    // Whatever a server quotes back, and whatever URL an error names, no
    // credential leaves HttpClient in an Error.
    void credentialsNeverReachAnErrorText_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("500, retried") << 500;
        QTest::newRow("503") << 503;
    }
    void credentialsNeverReachAnErrorText()
    {
        QFETCH(int, status);
        FaultServer server;
        server.handler = [status](const FaultServer::Seen &s) { return FaultServer::echo(s, status); };
        NetworkPolicy p = fast();
        p.breakerThreshold = 100;   // every attempt fails here; the breaker is not what is tested
        HttpClient client(QUrl(server.baseUrl()), p);
        const QByteArray bearer = "tok-SECRET/123+x=";
        const QString key = QStringLiteral("ck_KEY123"), secret = QStringLiteral("cs_SEC/+ 456");
        const QByteArray basic = "Basic " + (key.toUtf8() + ':' + secret.toUtf8()).toBase64();
        const QStringList secrets{QString::fromLatin1(bearer), key, secret, QStringLiteral("EAAB-meta-token"), QString::fromLatin1(basic.mid(6)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(secret)), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(bearer)))};
        for (const QByteArray &authorization : {"Bearer " + bearer, basic}) {
            HttpRequest r = get(QStringLiteral("/wp-json/wc/v3/products"));
            r.headers.append({"Authorization", authorization});
            r.query.addQueryItem(QStringLiteral("consumer_key"), key);
            r.query.addQueryItem(QStringLiteral("consumer_secret"), secret);
            r.query.addQueryItem(QStringLiteral("access_token"), QStringLiteral("EAAB-meta-token"));
            r.query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
            auto result = call(client, r);
            QVERIFY(!result.ok());
            const QString text = result.error().toString();
            QVERIFY2(text.contains(QLatin1String("you sent Authorization")), qPrintable(text));   // the server's words are kept...
            QVERIFY2(text.contains(QLatin1String("[redacted]")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("page=2")), qPrintable(text));
            for (const QString &s : secrets)
                QVERIFY2(!text.contains(s, Qt::CaseInsensitive), qPrintable(s + QLatin1String(" in: ") + text));   // ...its credentials not
        }
        // The server did get them: redaction is of texts, not of requests.
        QVERIFY(server.seen().first().headers.value("authorization").contains(bearer));
    }

    // A connector's own errors about an answer's fields are redacted too: a
    // server that puts the token it was sent into a field that fails validation.
    void aFieldQuotingTheTokenIsRedacted()
    {
        FaultServer server;
        server.handler = [](const FaultServer::Seen &s) -> std::optional<A> {
            const QByteArray token = s.headers.value("authorization").mid(7);
            // (Plain literals: moc in Qt 6.4 misreads some raw strings.)
            return A{200, "{\"status\":\"success\",\"data\":[{\"campaign_id\":\"c1\",\"product_id\":\"p1\",\"campaign_name\":\"x\","
                          "\"budget\":5,\"status\":\"" + token + "\"}]}", {}, F::None};
        };
        CampaignPilotApi api(QUrl(server.baseUrl()), fast(), "MiXeD-Token-42");
        std::optional<Result<QList<ApiCampaign>>> result;
        api.fetchCampaigns([&](const Result<QList<ApiCampaign>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        const QString text = result->error().toString();
        QVERIFY2(text.contains(QLatin1String("is not a campaign status")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("MiXeD-Token-42"), Qt::CaseInsensitive), qPrintable(text));   // it was lower-cased, and still caught
    }

    void redactionOfShapesAndForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer") << QStringLiteral("header was Bearer abc.DEF-123") << QStringLiteral("header was Bearer [redacted]");
        QTest::newRow("query") << QStringLiteral("https://h/x?consumer_key=ck_1&page=2&access_token=zz")
                               << QStringLiteral("https://h/x?consumer_key=[redacted]&page=2&access_token=[redacted]");
        QTest::newRow("json") << QStringLiteral(R"({"client_secret": "abc", "name": "x"})") << QStringLiteral(R"({"client_secret": "[redacted]", "name": "x"})");
        QTest::newRow("known, percent-encoded") << QStringLiteral("got s%2Fx and s/x") << QStringLiteral("got [redacted] and [redacted]");
        QTest::newRow("nothing to hide") << QStringLiteral("HTTP 404: no such route") << QStringLiteral("HTTP 404: no such route");
    }
    void redactionOfShapesAndForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactCredentials(text, {"s/x"}), expected);
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
