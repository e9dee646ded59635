// SPDX-License-Identifier: GPL-3.0-or-later
// Approved actions over the Campaign Pilot API, end to end against a
// loopback server that keeps campaign state the way the seed's server does.
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "../support/approvedaction.h"
#include "agents/approval.h"
#include "agents/backend/campaignpilotplatform.h"
#include "agents/cycle/agents.h"
#include "agents/dispatcher.h"
#include "agents/import/recording.h"
#include "models/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using A = FaultServer::Answer;

namespace {
int writes(const FaultServer &server)
{
    return int(std::count_if(server.seen().begin(), server.seen().end(), [](const auto &s) { return s.method != "GET"; }));
}
} // namespace

class TestLivePlatform : public QObject
{
    Q_OBJECT
private slots:
    void approvedActionsReachTheServerOnceAndOnlyAfterApproval()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        for (const char *id : {"demo-03", "demo-05", "demo-09"})
            api->campaigns.insert(QLatin1String(id), QJsonObject{{QStringLiteral("campaign_id"), QLatin1String(id)},
                                                                  {QStringLiteral("status"), QStringLiteral("active")},
                                                                  {QStringLiteral("budget"), 52.0}});
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };

        // A cycle fills the queue; nothing reaches the server.
        std::atomic_bool never{false};
        auto input = CycleSteps::load(db->connection());
        QVERIFY(input.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Recommendation> recs = CycleSteps::create(*input, Policy{}, TemplateCopyWriter{}, QStringLiteral("c1"), now, never);
        recs += CycleSteps::manage(CycleSteps::analyse(*input, Policy{}, never), Policy{}, QStringLiteral("c1"), now, never);
        // demo-09's budget raise comes from the seed's rules (the shipped
        // policy pauses it below break-even).
        const Policy seed = Policy::seedRules();
        auto seedInput = CycleSteps::load(db->connection(), {}, seed);
        QVERIFY(seedInput.ok());
        recs.removeIf([](const Recommendation &r) { return r.campaignId == u"demo-09"; });
        for (const Recommendation &r : CycleSteps::manage(CycleSteps::analyse(*seedInput, seed, never), seed, QStringLiteral("c1"), now, never))
            if (r.campaignId == u"demo-09")
                recs.append(r);
        DecisionStore store(db->connection());
        auto added = store.add(recs);
        QVERIFY(added.ok());
        CampaignPilotPlatform platform(QUrl(server.baseUrl()), NetworkPolicy{});
        std::atomic_bool halted{false};
        Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(server.seen().size(), 0);

        auto idOf = [&](const QString &target) {
            for (const Recommendation &r : *added)
                if (r.campaignId == target || (r.campaignId.isEmpty() && r.productId == target))
                    return r.id;
            return qint64(0);
        };
        // Approve a pause: exactly one pause request, after a read of state.
        QVERIFY(Approval::approve(store, idOf(QStringLiteral("demo-03")), QStringLiteral("ops")).ok());
        DispatchReport report = Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(report.sent, 1);
        QCOMPARE(server.count("/api/impact/campaigns/demo-03/pause"), 1);
        QCOMPARE(api->campaigns[QStringLiteral("demo-03")].value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
        Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(server.count("/api/impact/campaigns/demo-03/pause"), 1);   // never twice

        // A crash after the platform applied it: the restart reads state and sends nothing.
        QVERIFY(Approval::approve(store, idOf(QStringLiteral("demo-05")), QStringLiteral("ops")).ok());
        const OutboxItem item = store.outbox(QStringLiteral("approved"))->first();
        QVERIFY(store.markSending(item.id, QStringLiteral("ops")).ok());
        api->campaigns[QStringLiteral("demo-05")].insert(QStringLiteral("status"), QStringLiteral("paused"));
        CampaignPilotPlatform restarted(QUrl(server.baseUrl()), NetworkPolicy{});
        report = Dispatcher::run(*db, restarted, halted, QStringLiteral("ops"));
        QCOMPARE(report.failed, 0);
        QCOMPARE(server.count("/api/impact/campaigns/demo-05/pause"), 0);
        QCOMPARE(store.get(item.recommendationId)->sendState, QStringLiteral("done"));

        // A budget change the seed API cannot take: failed, said plainly, capability noted.
        const auto budgetApproved = Approval::approve(store, idOf(QStringLiteral("demo-09")), QStringLiteral("ops"));
        QVERIFY2(budgetApproved.ok(), budgetApproved.ok() ? "" : qPrintable(budgetApproved.error().message));
        report = Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(report.failed, 1);
        QVERIFY2(report.errors.join(QLatin1Char(' ')).contains(QLatin1String("cannot change budgets")), qPrintable(report.errors.join(QLatin1Char(' '))));
        QVERIFY(platform.missingCapabilities().contains(QStringLiteral("set_budget")));

        // A new campaign: one POST with the product and the proposed copy.
        const int writesBefore = writes(server);
        QVERIFY(Approval::approve(store, idOf(QStringLiteral("22833")), QStringLiteral("ops")).ok());
        report = Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(report.sent, 1);
        QCOMPARE(writes(server), writesBefore + 1);
        QCOMPARE(api->created, 1);
        // product_id as a number (the seed's own tool sends one), the name with its client reference.
        QCOMPARE(api->campaigns.last().value(QStringLiteral("product_id")).toInteger(), 22833);
        QVERIFY(api->campaigns.last().value(QStringLiteral("campaign_name")).toString().contains(QLatin1String("[cp:")));
        db->closeThreadConnection();
    }

    void sendApprovedOverTheCommandLine()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("s.sqlite"));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->campaigns.insert(QStringLiteral("demo-03"), QJsonObject{{QStringLiteral("campaign_id"), QStringLiteral("demo-03")},
                                                                    {QStringLiteral("status"), QStringLiteral("active")}});
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        // A live workspace with one approved pause (a replay workspace would refuse to send anywhere but offline).
        QVERIFY(approveAction(dbPath, Recommendation::Action::Pause, QStringLiteral("demo-03")));
        QCOMPARE(server.seen().size(), 0);
        // The headless station sends it; the test's event loop keeps the server answering.
        QProcess send;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CP_PLATFORM_TOKEN"), QStringLiteral("s3cret-token"));
        send.setProcessEnvironment(env);
        QSignalSpy done(&send, &QProcess::finished);
        send.start(QStringLiteral(CP_BINARY), {QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), dbPath,
                                               QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"),
                                               QStringLiteral("--platform-url"), server.baseUrl()});
        QVERIFY(done.wait(60000));
        QVERIFY2(send.exitCode() == 0, send.readAllStandardError().constData());
        QCOMPARE(server.count("/api/impact/campaigns/demo-03/pause"), 1);
        for (const auto &s : server.seen())
            QCOMPARE(s.headers.value("authorization"), QByteArray("Bearer s3cret-token"));
        // The token is nowhere on disk.
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cret-token"), qPrintable(name));
        }
    }

    void cycleAgainstTheLiveApiThenSendOnlyWhatWasApproved()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("live.sqlite"));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->timeRange = QStringLiteral("1d");   // the analytics are today's figures
        for (int i = 1; i <= 4; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 40.0 + i, 120, 4000, 100, 4000.0 + 100 * i));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        auto runCli = [&](const QStringList &args) {
            QProcess p;
            QSignalSpy done(&p, &QProcess::finished);   // the test's event loop keeps the server answering
            p.start(QStringLiteral(CP_BINARY), args);
            if (!done.wait(120000))
                return std::pair{-1, QString()};
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const auto [cycleCode, cycleOut] =
            runCli({QStringLiteral("cycle"), QStringLiteral("--json"), QStringLiteral("--database"), dbPath, QStringLiteral("--store"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl(), QStringLiteral("--platform"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"), server.baseUrl()});
        QVERIFY2(cycleCode == 0, qPrintable(cycleOut));
        QVERIFY2(cycleOut.contains(QLatin1String("live snapshot: 4 products, 4 product days")), qPrintable(cycleOut));
        QCOMPARE(writes(server), 0);   // a cycle proposes; nothing reached the platform
        qint64 createId = 0;
        {
            auto db = Database::open(dbPath);
            DecisionStore store(db->connection());
            auto pending = store.list();
            QVERIFY(pending.ok());
            for (const Recommendation &r : *pending)
                if (r.action == Recommendation::Action::Create && !createId)
                    createId = r.id;
            QVERIFY2(createId != 0, "the creator proposed no campaign from the live catalog");
            // Sending before any approval sends nothing.
            db->closeThreadConnection();
        }
        const QStringList send{QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), dbPath,
                               QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"),
                               server.baseUrl()};
        QCOMPARE(runCli(send).first, 0);
        QCOMPARE(writes(server), 0);
        {
            auto db = Database::open(dbPath);
            DecisionStore store(db->connection());
            QVERIFY(Approval::approve(store, createId, QStringLiteral("ops")).ok());
            db->closeThreadConnection();
        }
        QCOMPARE(runCli(send).first, 0);
        QCOMPARE(writes(server), 1);
        QCOMPARE(api->created, 1);
        QCOMPARE(runCli(send).first, 0);   // and never twice
        QCOMPARE(writes(server), 1);
        // A refresh that fetched only part of the live data: the cycle still
        // runs on what came, and the exit code (3) tells a scheduled run.
        api->fail.insert(QStringLiteral("/api/store/products/2/analytics"), SeedApi::error(400, "analytics refused"));
        const auto [partialCode, partialOut] =
            runCli({QStringLiteral("cycle"), QStringLiteral("--database"), dbPath, QStringLiteral("--store"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl(), QStringLiteral("--platform"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"), server.baseUrl()});
        QVERIFY2(partialCode == 3, qPrintable(QString::number(partialCode) + QLatin1Char(' ') + partialOut));
        QVERIFY2(partialOut.contains(QLatin1String("failed:")) && partialOut.contains(QLatin1String("queued for approval")), qPrintable(partialOut));
        // Another ad platform address than the one saved: refused before
        // anything is fetched, and the saved one stays (before, it was
        // replaced with a note, and the next send went to the new address).
        api->fail.clear();
        const qsizetype seen = server.seen().size();
        const auto [otherCode, otherOut] =
            runCli({QStringLiteral("cycle"), QStringLiteral("--database"), dbPath, QStringLiteral("--platform"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"), QStringLiteral("http://127.0.0.1:9/")});
        QVERIFY2(otherCode == 2, qPrintable(QString::number(otherCode) + QLatin1Char(' ') + otherOut));
        QVERIFY2(otherOut.contains(QLatin1String("the command names")) && otherOut.contains(server.baseUrl().section(u'/', 2, 2)),
                 qPrintable(otherOut));
        QCOMPARE(server.seen().size(), seen);
        const auto [againCode, againOut] =
            runCli({QStringLiteral("cycle"), QStringLiteral("--database"), dbPath, QStringLiteral("--platform"),
                    QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"), server.baseUrl() + QLatin1Char('/')});
        QVERIFY2(againCode == 0, qPrintable(QString::number(againCode) + QLatin1Char(' ') + againOut));
    }
};

QTEST_GUILESS_MAIN(TestLivePlatform)
#include "tst_liveplatform.moc"
