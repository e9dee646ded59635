// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, "exactly once": no approved action lost, doubled or falsely
// reported. A loopback server speaking the Campaign Pilot API keeps a ledger
// of every write it applied per Idempotency-Key (tests/support/ledgerserver.h);
// the real binary is killed with SIGKILL at seeded random moments and
// restarted at once; concurrent senders share one store; state checks are
// answered with garbage; writes are applied but their answers lost.
#include "../support/faultserver.h"
#include "../support/ledgerserver.h"
#include "agents/approval.h"
#include "agents/backend/campaignpilotplatform.h"
#include "agents/backend/clientreference.h"
#include "agents/backend/metaplatform.h"
#include "agents/dispatcher.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/store.h"
#include "ui/decisionqueuepane.h"

#include "support/teststore.h"
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace cp;
using A = FaultServer::Answer;
using Mode = LedgerServer::Mode;

namespace {
constexpr int kSettleSeconds = 60;   // the policy's default

// The test's clock offset, shared with the senders through the environment
// (Clock reads it on every call): time moves without sleeping.
struct ClockOffset
{
    qint64 seconds = 0;
    void set(qint64 s)
    {
        seconds = s;
        qputenv("CP_NOW_OFFSET_SECONDS", QByteArray::number(s));
    }
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + seconds * 1000; }
    ~ClockOffset() { qunsetenv("CP_NOW_OFFSET_SECONDS"); }
};

Recommendation action(Recommendation::Action kind, const QString &campaignId, const QString &productId, const QString &name,
                      std::optional<Money> budget = std::nullopt)
{
    Recommendation r;
    r.cycleId = QStringLiteral("t");
    r.agent = QStringLiteral("manager");
    r.decision = kind == Recommendation::Action::Create ? QStringLiteral("NEW_CAMPAIGN") : QStringLiteral("PAUSE");
    r.action = kind;
    r.campaignId = campaignId;
    r.productId = productId;
    r.campaignName = name;
    r.title = name.isEmpty() ? campaignId : name;
    r.rule = QStringLiteral("test");
    r.rationale = QStringLiteral("test");
    r.proposedBudget = budget;
    r.durationDays = 7;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.expiresAt = r.createdAt.addDays(30);
    return r;
}

// What one approved action became: its recommendation and idempotency key.
struct Approved
{
    qint64 id = 0;
    QString key;
    Recommendation::Action kind = Recommendation::Action::None;
};

// Adds and approves through the project's own APIs (no hand-written SQL).
QList<Approved> addAndApprove(DecisionStore &store, const QList<Recommendation> &recs)
{
    QList<Approved> out;
    auto added = store.add(recs);
    if (!added)
        qFatal("add: %s", qPrintable(added.error().toString()));
    for (const Recommendation &r : *added) {
        auto approved = Approval::approve(store, r.id, QStringLiteral("ops"));
        if (!approved)
            qFatal("approve: %s", qPrintable(approved.error().toString()));
        out.append({r.id, {}, r.action});
    }
    auto waiting = store.outbox(QStringLiteral("approved"));
    for (Approved &a : out)
        for (const OutboxItem &item : *waiting)
            if (item.recommendationId == a.id)
                a.key = item.idempotencyKey;
    return out;
}

struct SendRun
{
    bool killed = false;
    int exitCode = -1;
    QString output;
};

// The real binary, `send --approved`. With `killAfterMs` >= 0 it is killed
// with SIGKILL that long after its first request reached `server` (so the kill
// lands mid-send however slow the machine is), unless it finished first.
SendRun runSend(const QString &dbPath, const QString &url, int killAfterMs = -1, const FaultServer *server = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CP_PLATFORM_TOKEN"), QStringLiteral("t0ken"));
    env.insert(QStringLiteral("CP_NO_KEYCHAIN"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);   // the test's event loop keeps the server answering
    const qsizetype before = server ? server->seen().size() : 0;
    p.start(QStringLiteral(CP_BINARY), {QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), dbPath,
                                        QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"),
                                        QStringLiteral("--platform-url"), url, QStringLiteral("--operator"), QStringLiteral("sender")});
    SendRun run;
    if (killAfterMs >= 0) {
        if (server)
            QTest::qWaitFor([&] { return !done.isEmpty() || server->seen().size() > before; }, 30000);
        if (done.isEmpty() && !done.wait(killAfterMs)) {
            p.kill();   // SIGKILL: no handler, no cleanup, like a power cut of the process
            run.killed = true;
        }
    }
    if (done.isEmpty() && !done.wait(60000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return run;
}

struct Tally
{
    int lost = 0, doubled = 0, unknown = 0, failed = 0, done = 0, stuck = 0;
    QStringList problems;
};

// Per action: done means applied exactly once, failed means never applied,
// unknown (with its reason) at most once; anything still in flight is stuck.
Tally tally(DecisionStore &store, const QList<Approved> &actions, const LedgerServer &api)
{
    Tally t;
    for (const Approved &a : actions) {
        const Recommendation r = *store.get(a.id);
        const int n = api.applied.value(a.key);
        if (n > 1) {
            ++t.doubled;
            t.problems << QStringLiteral("#%1 %2 applied %3 times").arg(a.id).arg(Recommendation::actionKey(a.kind)).arg(n);
        }
        if (r.sendState == u"done") {
            ++t.done;
            if (n == 0) {
                ++t.lost;
                t.problems << QStringLiteral("#%1 reported done, never applied").arg(a.id);
            }
        } else if (r.sendState == u"failed") {
            ++t.failed;
            if (n > 0)
                t.problems << QStringLiteral("#%1 reported failed, but applied").arg(a.id);
            if (!r.sendError.contains(QLatin1String("HTTP 4")))   // only the platform's "no" is a failure
                t.problems << QStringLiteral("#%1 failed for the wrong reason: %2").arg(a.id).arg(r.sendError);
        } else if (r.sendState == u"unknown") {
            ++t.unknown;
            if (!r.sendError.contains(QLatin1String("proves nothing")))
                t.problems << QStringLiteral("#%1 unknown for the wrong reason: %2").arg(a.id).arg(r.sendError);
        } else {
            ++t.stuck;
            if (n == 0)
                ++t.lost;
            t.problems << QStringLiteral("#%1 still %2 (applied %3)").arg(a.id).arg(r.sendState).arg(n);
        }
    }
    return t;
}

int writes(const FaultServer &server)
{
    return int(std::count_if(server.seen().begin(), server.seen().end(), [](const auto &s) { return s.method != "GET"; }));
}

QString campaignId(int batch, const char *what, int i) { return QStringLiteral("%1-%2-%3").arg(QLatin1String(what)).arg(batch).arg(i); }
} // namespace

// One store and one server per test.
struct World
{
    QTemporaryDir dir;
    QString dbPath;
    std::optional<Database> db;
    FaultServer server;
    std::shared_ptr<LedgerServer> api = std::make_shared<LedgerServer>();
    ClockOffset clock;

    World()
    {
        dbPath = cp::test::freshStore(dir, QStringLiteral("s.sqlite"));
        auto opened = Database::open(dbPath);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        db = *opened;
        api->now = [this] { return clock.nowMs(); };
        api->settleMs = kSettleSeconds * 1000;
        server.handler = [api = api](const FaultServer::Seen &s) { return (*api)(s); };
    }
    ~World() { db->closeThreadConnection(); }
    DecisionStore store() const { return DecisionStore(db->connection()); }
    void addCampaign(const QString &id, const QString &status, double budget = 50.0, const QString &name = {}, qint64 product = 1)
    {
        api->campaigns.insert(id, LedgerServer::campaign(id, name.isEmpty() ? id : name, product, status, budget));
    }
    // The workspace knows this campaign exists on the platform (as a live snapshot would record it).
    void knowCampaign(const QString &id)
    {
        StoreWriter w(db->connection());
        Campaign c;
        c.id = id;
        c.name = id;
        c.platform = QStringLiteral("campaign-pilot-api");
        if (!w.begin().ok() || !w.upsertCampaign(c).ok() || !w.commit().ok())
            qFatal("cannot record campaign %s", qPrintable(id));
    }
    DispatchReport dispatch(int transferTimeoutMs = 15000)
    {
        NetworkPolicy policy;
        policy.transferTimeoutMs = transferTimeoutMs;
        CampaignPilotPlatform platform(QUrl(server.baseUrl()), policy, "t0ken");
        std::atomic_bool halted{false};
        const DispatchReport report = Dispatcher::run(*db, platform, halted, QStringLiteral("sender"));
        if (!report.errors.isEmpty())
            qInfo().noquote() << report.summary() << report.errors.join(QLatin1Char('\n'));
        return report;
    }
};

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomMomentsNothingIsLostOrDoubled()
    {
        const quint32 seed = qEnvironmentVariableIsSet("CP_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("CP_CRASH_SEED")) : 11u;
        const int runs = qEnvironmentVariableIsSet("CP_CRASH_RUNS") ? qEnvironmentVariableIntValue("CP_CRASH_RUNS") : 150;
        QRandomGenerator rng(seed);
        World w;
        w.api->rng.seed(seed + 1);
        // Seeded, per write: how the server and the network treat it.
        w.api->modeFor = [&rng](const FaultServer::Seen &) {
            const int r = int(rng.bounded(100));
            return r < 40 ? Mode::Normal : r < 58 ? Mode::HoldApply : r < 74 ? Mode::HoldAnswer : r < 88 ? Mode::LoseAnswer : Mode::Error500;
        };
        // An earlier campaign with the very name the new ones propose: never taken for them.
        w.addCampaign(QStringLiteral("old-101"), QStringLiteral("ended"), 20.0, QStringLiteral("Summer Sale"), 101);
        DecisionStore store = w.store();
        QList<Approved> actions;
        int batch = 0, kills = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        for (int run = 0; run < runs; ++run) {
            if (run % 3 == 0) {
                // A new batch joins the queue: creates, pauses, resumes, budget changes.
                QList<Recommendation> recs;
                for (int i = 0; i < 2; ++i) {
                    recs << action(Recommendation::Action::Create, {}, QString::number(100 + batch * 2 + i), QStringLiteral("Summer Sale"),
                                   Money::fromMinor(2500));
                    const QString pause = campaignId(batch, "p", i), resume = campaignId(batch, "r", i), budget = campaignId(batch, "b", i);
                    w.addCampaign(pause, QStringLiteral("active"));
                    w.addCampaign(resume, QStringLiteral("paused"));
                    w.addCampaign(budget, QStringLiteral("active"), 50.0);
                    recs << action(Recommendation::Action::Pause, pause, {}, {});
                    recs << action(Recommendation::Action::Resume, resume, {}, {});
                    recs << action(Recommendation::Action::SetBudget, budget, {}, {}, Money::fromMinor(6000 + 100 * i));
                }
                // One the platform refuses (no such campaign: 404, failed) and one
                // whose state it never shows readably (HTML: unknown if its answer is lost).
                recs << action(Recommendation::Action::Pause, campaignId(batch, "gone", 0), {}, {});
                const QString murky = campaignId(batch, "murky", 0);
                w.addCampaign(murky, QStringLiteral("active"));
                w.api->readFault.insert(QStringLiteral("/api/impact/campaigns/") + murky,
                                        A{200, "<html><body>Service temporarily unavailable</body></html>", {}, FaultServer::Fault::None});
                recs << action(Recommendation::Action::Pause, murky, {}, {});
                actions += addAndApprove(store, recs);
                ++batch;
            }
            // Restart at once most of the time; sometimes later (past the
            // lease, or past the settle time), in the test's clock.
            const int r = int(rng.bounded(100));
            w.clock.set(w.clock.seconds + (r < 55 ? 0 : r < 80 ? 35 : kSettleSeconds + 5));
            w.api->flush();
            const SendRun sent = runSend(w.dbPath, w.server.baseUrl(), int(rng.bounded(120)), &w.server);
            kills += sent.killed;
        }
        // The end: time passes past the settle time, the platform applies what it
        // received; plain runs settle everything that can be proven (a write the
        // last run sent may itself wait to confirm once more).
        SendRun last;
        for (int round = 0; round < 3; ++round) {
            w.clock.set(w.clock.seconds + 1000);
            w.api->flushAll();
            last = runSend(w.dbPath, w.server.baseUrl());
            QVERIFY2(!last.killed && last.exitCode >= 0, qPrintable(last.output));
            if (last.output.contains(QLatin1String("waiting to confirm 0")))
                break;
        }
        const int writesBefore = writes(w.server);
        w.clock.set(w.clock.seconds + 1000);
        w.api->flushAll();
        runSend(w.dbPath, w.server.baseUrl());   // and a further run sends nothing
        QCOMPARE(writes(w.server), writesBefore);

        const Tally t = tally(store, actions, *w.api);
        QMap<QString, int> events;   // how the entries got there, from the audit log
        const auto log = store.auditLog(1000000);
        for (const AuditEntry &e : *log)
            ++events[e.event];
        qInfo().noquote() << QStringLiteral("crash suite: seed %1, runs %2, kills %3, actions %4, writes on the wire %5, "
                                            "done %6 (sent %7, confirmed by reconcile %8, resent after the settle time %9), "
                                            "failed %10, unknown %11, lost %12, doubled %13, stuck %14, %15 s")
                                 .arg(seed).arg(runs).arg(kills).arg(actions.size()).arg(writes(w.server)).arg(t.done)
                                 .arg(events.value(QStringLiteral("done"))).arg(events.value(QStringLiteral("confirmed")))
                                 .arg(events.value(QStringLiteral("resent"))).arg(t.failed).arg(t.unknown).arg(t.lost).arg(t.doubled)
                                 .arg(t.stuck).arg(elapsed.elapsed() / 1000.0, 0, 'f', 1);
        QVERIFY2(t.problems.isEmpty(), qPrintable(QStringLiteral("last run: ") + last.output + t.problems.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(t.lost, 0);
        QCOMPARE(t.doubled, 0);
        QCOMPARE(t.stuck, 0);
        QVERIFY2(kills >= runs / 3, "too few runs were killed mid-way to mean anything");
        // Every create went out with its own reference; the old campaign of the same name was never taken for one.
        for (const Approved &a : actions)
            if (a.kind == Recommendation::Action::Create) {
                int tagged = 0;
                for (const QJsonObject &c : std::as_const(w.api->campaigns))
                    tagged += ClientReference::matches(c.value(QStringLiteral("campaign_name")).toString(), a.key);
                QCOMPARE(tagged, 1);
            }
    }

    void concurrentSendersNeverSendOneEntryTwice_data()
    {
        QTest::addColumn<int>("senders");
        QTest::newRow("two processes") << 2;
        QTest::newRow("three processes") << 3;
    }
    void concurrentSendersNeverSendOneEntryTwice()
    {
        QFETCH(int, senders);
        World w;
        w.api->modeFor = [](const FaultServer::Seen &) { return Mode::HoldAnswer; };   // slow answers: the senders overlap
        DecisionStore store = w.store();
        QList<Recommendation> recs;
        for (int i = 0; i < 12; ++i) {
            w.addCampaign(campaignId(0, "p", i), QStringLiteral("active"));
            recs << action(Recommendation::Action::Pause, campaignId(0, "p", i), {}, {});
            recs << action(Recommendation::Action::Create, {}, QString::number(200 + i), QStringLiteral("Winter"), Money::fromMinor(2000));
        }
        const QList<Approved> actions = addAndApprove(store, recs);
        QList<QProcess *> processes;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CP_PLATFORM_TOKEN"), QStringLiteral("t0ken"));
        env.insert(QStringLiteral("CP_NO_KEYCHAIN"), QStringLiteral("1"));
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < senders; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            spies.push_back(std::make_unique<QSignalSpy>(p, &QProcess::finished));
            p->start(QStringLiteral(CP_BINARY), {QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), w.dbPath,
                                                 QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"),
                                                 QStringLiteral("--platform-url"), w.server.baseUrl()});
            processes << p;
        }
        for (auto &spy : spies)
            QVERIFY(!spy->isEmpty() || spy->wait(60000));
        QStringList outputs;
        for (QProcess *p : processes)
            outputs << QString::fromUtf8(p->readAllStandardOutput());
        qDeleteAll(processes);
        const Tally t = tally(store, actions, *w.api);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + outputs.join(QLatin1Char('\n'))));
        QCOMPARE(t.doubled, 0);
        QCOMPARE(t.done, int(actions.size()));
        QCOMPARE(writes(w.server), int(actions.size()));
    }

    void aLiveLeaseIsLeftAloneAnExpiredOneIsCheckedNotResent()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        const OutboxItem item = store.outbox(QStringLiteral("approved"))->first();
        // Another sender claims it and (say) stalls.
        QVERIFY(*store.claim(item.id, Lease{QStringLiteral("other:1:x"), 30000}, QStringLiteral("campaign-pilot-api"), QStringLiteral("ops")));
        DispatchReport report = w.dispatch();
        QCOMPARE(report.elsewhere, 1);
        QCOMPARE(writes(w.server), 0);
        // Its lease runs out: the entry is checked, not sent again; within the settle time it waits.
        w.clock.set(40);
        report = w.dispatch();
        QCOMPARE(report.waiting, 1);
        QCOMPARE(writes(w.server), 0);
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("sending"));
        // Past the settle time, a well-formed state shows it never applied: sent once, same key.
        w.clock.set(kSettleSeconds + 5);
        report = w.dispatch();
        QCOMPARE(report.sent, 1);
        QCOMPARE(writes(w.server), 1);
        QCOMPARE(w.api->applied.value(actions[0].key), 1);
        QCOMPARE(w.server.seen().last().headers.value("idempotency-key"), actions[0].key.toUtf8());
    }

    void actionsOnOneCampaignWaitForTheEarlierOneToSettle()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        // The pause is received but applied only later, its answer lost.
        w.api->modeFor = [](const FaultServer::Seen &s) { return s.path.endsWith("/pause") ? Mode::HoldApply : Mode::Normal; };
        DecisionStore store = w.store();
        const QList<Approved> pause = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        const QList<Approved> resume = addAndApprove(store, {action(Recommendation::Action::Resume, QStringLiteral("c-1"), {}, {})});
        DispatchReport report = w.dispatch();
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.held, 1);   // a resume now would make the pause look "not applied"
        QVERIFY2(report.summary().endsWith(QLatin1String("; held back 1 (an earlier action on the same campaign is not settled)")),
                 qPrintable(report.summary()));
        QCOMPARE(writes(w.server), 1);
        // The platform applies the pause; past the settle time the pause is confirmed, then the resume goes.
        w.clock.set(kSettleSeconds + 5);
        w.api->flush();
        report = w.dispatch();
        QCOMPARE(report.confirmed, 1);
        QCOMPARE(report.sent, 1);
        QCOMPARE(w.api->applied.value(pause[0].key), 1);
        QCOMPARE(w.api->applied.value(resume[0].key), 1);
        QCOMPARE(w.api->campaigns.value(QStringLiteral("c-1")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void theLeaseIsRenewedWhileASlowSendRuns()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.api->modeFor = [](const FaultServer::Seen &) { return Mode::HoldAnswer; };
        w.api->holdAnswerMs = 1500;   // the answer takes longer than the lease
        DecisionStore store = w.store();
        addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        // While the write waits for its answer, look at the lease (this thread's event loop runs inside the send).
        qint64 leaseLeftMs = 0;
        QTimer look;
        look.setSingleShot(true);
        connect(&look, &QTimer::timeout, this, [&] {
            const auto sending = store.outbox(QStringLiteral("sending"));
            if (sending && !sending->isEmpty())
                leaseLeftMs = sending->first().leaseUntilMs - Clock::nowMs();
        });
        w.server.handler = [api = w.api, &look](const FaultServer::Seen &s) {
            if (s.method == "POST")
                look.start(1200);   // past the first 500 ms lease, had it not been renewed
            return (*api)(s);
        };
        CampaignPilotPlatform platform(QUrl(w.server.baseUrl()), NetworkPolicy{}, "t0ken");
        std::atomic_bool halted{false};
        Dispatcher::Options options;
        options.leaseMs = 500;
        const DispatchReport report = Dispatcher::run(*w.db, platform, halted, QStringLiteral("ops"), options);
        QCOMPARE(report.sent, 1);
        QVERIFY2(leaseLeftMs > 0, qPrintable(QString::number(leaseLeftMs)));
    }

    void anUnreadableStateCheckProvesNothing_data()
    {
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("fault");
        const QByteArray html = "<html><body>502 Bad Gateway</body></html>";
        QTest::newRow("create: HTML") << true << 200 << html << 0;
        QTest::newRow("create: data null") << true << 200 << QByteArray("{\"status\":\"success\",\"data\":null}") << 0;
        QTest::newRow("create: truncated JSON") << true << 200 << QByteArray("{\"status\":\"success\",\"data\":[{\"campaign_id\":\"c-1\",\"camp") << 0;
        QTest::newRow("create: cut off on the wire") << true << 200 << QByteArray("{\"status\":\"success\",\"data\":[]}") << int(FaultServer::Fault::Truncated);
        QTest::newRow("create: empty list, campaigns known") << true << 200 << QByteArray("{\"status\":\"success\",\"data\":[]}") << 0;
        QTest::newRow("create: partial list") << true << 200
            << QByteArray("{\"status\":\"success\",\"data\":[{\"campaign_id\":\"c-2\",\"campaign_name\":\"x\",\"status\":\"active\"}]}") << 0;
        QTest::newRow("create: wrong type") << true << 200 << QByteArray("{\"status\":\"success\",\"data\":\"none\"}") << 0;
        QTest::newRow("create: wrong field type") << true << 200
            << QByteArray("{\"status\":\"success\",\"data\":[{\"campaign_id\":\"c-1\",\"campaign_name\":7,\"status\":\"active\"}]}") << 0;
        QTest::newRow("create: 503") << true << 503 << QByteArray("{}") << 0;
        QTest::newRow("pause: HTML") << false << 200 << html << 0;
        QTest::newRow("pause: data null") << false << 200 << QByteArray("{\"status\":\"success\",\"data\":null}") << 0;
        QTest::newRow("pause: truncated JSON") << false << 200 << QByteArray("{\"status\":\"success\",\"data\":{\"campaign_id\":\"c-1\"") << 0;
        QTest::newRow("pause: wrong type") << false << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"campaign_id\":\"c-1\",\"campaign_name\":\"c-1\",\"status\":5}}") << 0;
        QTest::newRow("pause: another campaign") << false << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"campaign_id\":\"c-9\",\"campaign_name\":\"c-9\",\"status\":\"active\"}}") << 0;
        QTest::newRow("pause: dropped") << false << 200 << QByteArray() << int(FaultServer::Fault::Drop);
    }
    void anUnreadableStateCheckProvesNothing()
    {
        QFETCH(bool, create);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, fault);
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.knowCampaign(QStringLiteral("c-1"));
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(
            store, {create ? action(Recommendation::Action::Create, {}, QStringLiteral("101"), QStringLiteral("Summer Sale"), Money::fromMinor(2000))
                           : action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        // A sender died after its claim, long ago (the settle time has passed); the write never arrived.
        QVERIFY(store.markSending(store.outbox(QStringLiteral("approved"))->first().id, QStringLiteral("ops")).ok());
        w.clock.set(kSettleSeconds * 10);
        w.api->readFault.insert(create ? QStringLiteral("/api/impact/campaigns") : QStringLiteral("/api/impact/campaigns/c-1"),
                                A{status, body, {}, FaultServer::Fault(fault)});
        DispatchReport report = w.dispatch(2000);
        QCOMPARE(report.unknown, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(writes(w.server), 0);
        const Recommendation r = *store.get(actions[0].id);
        QCOMPARE(r.sendState, QStringLiteral("unknown"));
        QVERIFY2(r.sendError.contains(QLatin1String("proves nothing")), qPrintable(r.sendError));
        // Unknown is never resent on its own, even once the platform answers well again.
        w.api->readFault.clear();
        report = w.dispatch();
        QCOMPARE(writes(w.server), 0);
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("unknown"));
    }

    void aCreateBesideAnEarlierCampaignOfTheSameNameIsSentOnce()
    {
        World w;
        w.addCampaign(QStringLiteral("old-1"), QStringLiteral("ended"), 20.0, QStringLiteral("Summer Sale"), 101);
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(
            store, {action(Recommendation::Action::Create, {}, QStringLiteral("101"), QStringLiteral("Summer Sale"), Money::fromMinor(2000))});
        DispatchReport report = w.dispatch();
        QCOMPARE(report.sent, 1);
        QCOMPARE(w.server.count("/api/impact/campaigns"), 1);   // the POST; no list read was needed
        const FaultServer::Seen post = w.server.seen().last();
        QCOMPARE(post.method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QVERIFY(body.value(QStringLiteral("product_id")).isDouble());   // the seed's own tool sends a number
        QCOMPARE(body.value(QStringLiteral("product_id")).toInteger(), 101);
        QCOMPARE(body.value(QStringLiteral("campaign_name")).toString(),
                 QStringLiteral("Summer Sale ") + ClientReference::tag(actions[0].key));
        QCOMPARE(post.headers.value("idempotency-key"), actions[0].key.toUtf8());
        QCOMPARE(w.api->applied.value(actions[0].key), 1);
        w.dispatch();
        QCOMPARE(writes(w.server), 1);
    }

    void aWriteAppliedButItsAnswerLostIsNeverFailedNorResent_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("readable");
        QTest::newRow("500, state proves it") << int(Mode::Error500) << true;
        QTest::newRow("stall, state proves it") << int(Mode::HoldAnswer) << true;
        QTest::newRow("dropped, state proves it") << int(Mode::LoseAnswer) << true;
        QTest::newRow("500, state unreadable") << int(Mode::Error500) << false;
        QTest::newRow("stall, state unreadable") << int(Mode::HoldAnswer) << false;
        QTest::newRow("dropped, state unreadable") << int(Mode::LoseAnswer) << false;
    }
    void aWriteAppliedButItsAnswerLostIsNeverFailedNorResent()
    {
        QFETCH(int, mode);
        QFETCH(bool, readable);
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.api->modeFor = [mode](const FaultServer::Seen &) { return Mode(mode); };
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(
            store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {}),
                    action(Recommendation::Action::Create, {}, QStringLiteral("7"), QStringLiteral("Autumn"), Money::fromMinor(2000))});
        if (!readable) {
            w.api->readFault.insert(QStringLiteral("/api/impact/campaigns/c-1"), A{200, "<html>oops</html>", {}, FaultServer::Fault::None});
            w.api->readFault.insert(QStringLiteral("/api/impact/campaigns"), A{200, "{\"status\":\"success\",\"data\":null}", {}, FaultServer::Fault::None});
        }
        // A stalled answer: the client gives up after its transfer timeout (the server answers later).
        w.api->holdAnswerMs = 3000;
        DispatchReport report = w.dispatch(mode == int(Mode::HoldAnswer) ? 500 : 5000);
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.confirmed, readable ? 2 : 0);
        QCOMPARE(report.unknown, readable ? 0 : 2);
        for (const Approved &a : actions) {
            QCOMPARE(w.api->applied.value(a.key), 1);
            QCOMPARE(store.get(a.id)->sendState, readable ? QStringLiteral("done") : QStringLiteral("unknown"));
        }
        // A plain run, even long after, sends nothing again.
        w.api->modeFor = [](const FaultServer::Seen &) { return Mode::Normal; };
        w.api->readFault.clear();
        w.clock.set(kSettleSeconds * 10);
        w.dispatch();
        QCOMPARE(writes(w.server), 2);
        for (const Approved &a : actions)
            QCOMPARE(w.api->applied.value(a.key), 1);
    }

    void aWriteNotAppliedWithA500WaitsThenGoesOnce()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.api->modeFor = [](const FaultServer::Seen &) { return Mode::Normal; };
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        // The server fails before applying anything.
        w.server.handler = [api = w.api](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.method == "POST")
                return LedgerServer::error(500, "boom");
            return (*api)(s);
        };
        DispatchReport report = w.dispatch();
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.failed, 0);
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("sending"));
        w.server.handler = [api = w.api](const FaultServer::Seen &s) { return (*api)(s); };
        report = w.dispatch();   // within the settle time: not yet
        QCOMPARE(report.waiting, 1);
        QCOMPARE(writes(w.server), 1);
        w.clock.set(kSettleSeconds + 1);
        report = w.dispatch();
        QCOMPARE(report.sent, 1);
        QCOMPARE(writes(w.server), 2);
        QCOMPARE(w.api->applied.value(actions[0].key), 1);
        QCOMPARE(report.summary(), QStringLiteral("sent 1, confirmed by reconcile 0, unknown 0, failed 0, waiting to confirm 0"));
    }

    void aRefusalIsFailed()
    {
        World w;
        DecisionStore store = w.store();
        // No such campaign on the server: 404, the platform said no.
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("gone"), {}, {})});
        const DispatchReport report = w.dispatch();
        QCOMPARE(report.failed, 1);
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("failed"));
    }

    void idsNeverReachAnotherEndpoint()
    {
        World w;
        DecisionStore store = w.store();
        const QList<Approved> actions =
            addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("../../store/products/100"), {}, {}),
                                  action(Recommendation::Action::Pause, QStringLiteral("a b?c#d"), {}, {})});
        w.dispatch();
        // The traversal id is encoded, and the network layer still refuses a path that holds ".." in any form: never
        // sent (so it failed for sure, nothing to settle); the other odd id travels as one encoded segment.
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("failed"));
        QVERIFY2(store.get(actions[0].id)->sendError.contains(QLatin1String("not sent")), qPrintable(store.get(actions[0].id)->sendError));
        for (const auto &seen : w.server.seen()) {
            QVERIFY2(!seen.path.contains("/store/") && !seen.path.contains("/../") && !seen.path.contains(".."), seen.path.constData());
            QVERIFY2(seen.path.startsWith("/api/impact/campaigns/"), seen.path.constData());
        }
        QCOMPARE(writes(w.server), 1);
        const QByteArray path = w.server.seen().last().path;
        QVERIFY2(path.endsWith("/pause"), path.constData());
        QCOMPARE(path.count('/'), 5);   // one segment for the id
    }

    // A walkthrough: an unknown pause (its answer lost, the state then
    // unreadable) stayed unknown at every later run although the platform
    // showed it paused; every `send` and station round exited 1 and later
    // actions on the campaign waited for someone to open the window. A later
    // run reads the state again: shown applied, it is done (confirmed), with
    // no second write; not shown applied, it stays for a person.
    void aLaterRunConfirmsAnUnknownSendThePlatformShowsApplied()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-2"), QStringLiteral("active"));
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {}),
                                                              action(Recommendation::Action::Pause, QStringLiteral("c-2"), {}, {})});
        bool readable = false;
        w.server.handler = [api = w.api, &readable](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.method == "GET")
                return readable ? (*api)(s) : A{200, "<html></html>", {}, FaultServer::Fault::None};
            if (s.path.endsWith("c-1/pause"))
                (*api)(s);   // c-1 was applied; c-2 never arrived
            return A{200, {}, {}, FaultServer::Fault::Drop};
        };
        QCOMPARE(w.dispatch().unknown, 2);
        const int writesBefore = writes(w.server);
        readable = true;
        const DispatchReport later = w.dispatch();
        QCOMPARE(later.confirmed, 1);
        QCOMPARE(writes(w.server), writesBefore);   // read, not written
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("done"));
        QCOMPARE(store.get(actions[1].id)->sendState, QStringLiteral("unknown"));   // not applied: a person decides
        bool audited = false;
        for (const AuditEntry &e : *store.auditLog())
            audited = audited || (e.event == u"confirmed" && e.recommendationId == actions[0].id);
        QVERIFY(audited);
    }

    // Send again on a send the platform did apply (its state was unreadable
    // when the operator looked): the next run reads the state first and
    // confirms it, with no second write. One it shows not applied is sent.
    void sendAgainReadsThePlatformBeforeWriting()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-2"), QStringLiteral("active"));
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {}),
                                                              action(Recommendation::Action::Pause, QStringLiteral("c-2"), {}, {})});
        bool readable = false;
        w.server.handler = [api = w.api, &readable](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.method == "GET")
                return readable ? (*api)(s) : A{200, "<html></html>", {}, FaultServer::Fault::None};
            if (s.path.endsWith("c-1/pause"))
                (*api)(s);   // c-1 was applied; c-2 never arrived
            return A{200, {}, {}, FaultServer::Fault::Drop};
        };
        QCOMPARE(w.dispatch().unknown, 2);
        for (const Approved &a : actions)
            QVERIFY(store.sendAgain(store.get(a.id)->outboxId, QStringLiteral("dana")).ok());
        readable = true;
        w.server.handler = [api = w.api](const FaultServer::Seen &s) { return (*api)(s); };
        const int writesBefore = writes(w.server);
        const DispatchReport again = w.dispatch();
        QCOMPARE(again.confirmed, 1);
        QCOMPARE(again.sent, 1);
        QCOMPARE(writes(w.server), writesBefore + 1);   // c-2's write only
        QCOMPARE(w.api->applied.value(actions[0].key), 1);
        QCOMPARE(w.api->applied.value(actions[1].key), 1);
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("done"));
        QCOMPARE(store.get(actions[1].id)->sendState, QStringLiteral("done"));
        QStringList events;
        for (const AuditEntry &e : *store.auditLog())
            if (e.recommendationId == actions[0].id && (e.event == u"confirmed" || e.event == u"done"))
                events << e.event;
        QCOMPARE(events, QStringList{QStringLiteral("confirmed")});
    }

    // Retry and Send again refuse an older action when a newer one on the
    // same campaign (or a newer new campaign for the same product) was
    // approved since: both would be sent (a walkthrough made two campaigns
    // for one product so). Another campaign's failed send retries.
    void retryIsRefusedWhenANewerActionOnTheSameItemWasApproved()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-2"), QStringLiteral("active"));
        DecisionStore store = w.store();
        const QList<Approved> older = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {}),
                                                            action(Recommendation::Action::Pause, QStringLiteral("c-2"), {}, {})});
        QSqlQuery q(w.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = 'HTTP 400' WHERE recommendation_id IN (%1, %2)")
                           .arg(older[0].id)
                           .arg(older[1].id)));
        const QList<Approved> newer = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        const Status refused = store.retry(store.get(older[0].id)->outboxId, QStringLiteral("bob"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("recommendation #%1 on the same campaign c-1 was approved since (by ops)")
                                                      .arg(newer[0].id)),
                 qPrintable(refused.error().toString()));
        QCOMPARE(store.get(older[0].id)->sendState, QStringLiteral("failed"));
        QVERIFY(store.retry(store.get(older[1].id)->outboxId, QStringLiteral("bob")).ok());
        QCOMPARE(store.get(older[1].id)->sendState, QStringLiteral("approved"));
    }

    // A walkthrough retried a failed budget raise approved on evidence that
    // had expired. A spend on expired evidence is refused (a rule: exit 5 on
    // the command line); a pause or a cut is sent again; the audit entry
    // keeps the error the move clears from the outbox.
    void aSpendOnExpiredEvidenceIsNotSentAgainButAPauseIs()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-2"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-3"), QStringLiteral("active"));
        DecisionStore store = w.store();
        Recommendation raise = action(Recommendation::Action::SetBudget, QStringLiteral("c-1"), {}, {}, Money::fromMinor(3000));
        raise.previousBudget = Money::fromMinor(2000);
        Recommendation cut = action(Recommendation::Action::SetBudget, QStringLiteral("c-2"), {}, {}, Money::fromMinor(1000));
        cut.previousBudget = Money::fromMinor(2000);
        const QList<Approved> approved = addAndApprove(store, {raise, cut, action(Recommendation::Action::Pause, QStringLiteral("c-3"), {}, {})});
        QSqlQuery q(w.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = 'HTTP 400: budget locked' WHERE recommendation_id IN (%1, %2)")
                           .arg(approved[0].id)
                           .arg(approved[1].id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'unknown', last_error = 'timeout' WHERE recommendation_id = %1").arg(approved[2].id)));
        // Still within their time: nothing refused on that ground.
        const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
        QVERIFY(q.exec(QStringLiteral("UPDATE recommendations SET expires_at = '%1' WHERE id IN (%2, %3, %4)")
                           .arg(past)
                           .arg(approved[0].id)
                           .arg(approved[1].id)
                           .arg(approved[2].id)));
        const Status refused = store.retry(store.get(approved[0].id)->outboxId, QStringLiteral("bob"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("spends money on evidence that expired")), qPrintable(refused.error().toString()));
        QCOMPARE(refused.error().where, QStringLiteral("recommendation #%1").arg(approved[0].id));
        QCOMPARE(store.get(approved[0].id)->sendState, QStringLiteral("failed"));
        QVERIFY(store.retry(store.get(approved[1].id)->outboxId, QStringLiteral("bob")).ok());
        QCOMPARE(store.get(approved[1].id)->sendState, QStringLiteral("approved"));
        QVERIFY(store.sendAgain(store.get(approved[2].id)->outboxId, QStringLiteral("bob")).ok());
        QCOMPARE(store.get(approved[2].id)->sendState, QStringLiteral("approved"));
        auto last = store.lastAuditOf(approved[1].id);
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->event, QStringLiteral("retry"));
        QVERIFY2((*last)->details.contains(QStringLiteral("it had failed: HTTP 400: budget locked")), qPrintable((*last)->details));
        last = store.lastAuditOf(approved[2].id);
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->event, QStringLiteral("send_again"));
        QVERIFY2((*last)->details.contains(QStringLiteral("it had been unknown: timeout")), qPrintable((*last)->details));
        // A cut against the budget it replaced is a raise against the one
        // the campaign has now (a refresh shows 5.00): refused when expired.
        w.knowCampaign(QStringLiteral("c-2"));
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET daily_budget_minor = 500 WHERE id = 'c-2'")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'failed' WHERE recommendation_id = %1").arg(approved[1].id)));
        const Status nowARaise = store.retry(store.get(approved[1].id)->outboxId, QStringLiteral("bob"));
        QVERIFY(!nowARaise.ok());
        QVERIFY(nowARaise.error().refused);
        // A store failure is not a refusal.
        QVERIFY(!store.retry(987654, QStringLiteral("bob")).error().refused);
    }

    void anOperatorSettlesAnUnknownSend()
    {
        World w;
        w.addCampaign(QStringLiteral("c-1"), QStringLiteral("active"));
        w.addCampaign(QStringLiteral("c-2"), QStringLiteral("active"));
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {}),
                                                              action(Recommendation::Action::Pause, QStringLiteral("c-2"), {}, {})});
        // Both writes: answer lost, and the state unreadable.
        w.server.handler = [api = w.api](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.method == "GET")
                return A{200, "<html></html>", {}, FaultServer::Fault::None};
            if (s.path.endsWith("c-1/pause"))
                (*api)(s);   // c-1 was applied; c-2 never arrived
            return A{200, {}, {}, FaultServer::Fault::Drop};
        };
        DispatchReport report = w.dispatch();
        QCOMPARE(report.unknown, 2);
        auto unknown = store.outbox(QStringLiteral("unknown"));
        QCOMPARE(unknown->size(), 2);
        // The command line, a later run: sends nothing, names both entries
        // waiting for a person, and fails (before: "sent 0 … unknown 0", 0).
        {
            const int before = writes(w.server);
            const SendRun cli = runSend(w.dbPath, w.server.baseUrl());
            QCOMPARE(cli.exitCode, 1);
            QCOMPARE(writes(w.server), before);   // it reads their state again (still unreadable here), writes nothing
            for (const Approved &a : actions)
                QVERIFY2(cli.output.contains(QStringLiteral("unknown: recommendation #%1 (pause c-").arg(a.id)), qPrintable(cli.output));
            QVERIFY2(cli.output.contains(QLatin1String("Mark applied or Send again")), qPrintable(cli.output));
        }
        const Recommendation r1 = *store.get(actions[0].id);
        QVERIFY(DecisionQueuePane::unknownExplanation(r1).contains(QLatin1String("pause of c-1 reached the Campaign Pilot API")));
        // Refused without a name; then each decision audited with it.
        QVERIFY(!store.markApplied(r1.outboxId, QString()).ok());
        QVERIFY(store.markApplied(r1.outboxId, QStringLiteral("dana")).ok());
        QVERIFY(store.sendAgain(store.get(actions[1].id)->outboxId, QStringLiteral("dana")).ok());
        QVERIFY(!store.sendAgain(r1.outboxId, QStringLiteral("dana")).ok());   // done: no longer unknown
        QCOMPARE(store.get(actions[0].id)->sendState, QStringLiteral("done"));
        QCOMPARE(store.get(actions[1].id)->sendState, QStringLiteral("approved"));
        QStringList events;
        const auto log = store.auditLog();
        for (const AuditEntry &e : *log)
            if (e.event == u"marked_applied" || e.event == u"send_again")
                events << e.event + QLatin1Char(':') + e.operatorName;
        QVERIFY2(events.size() == 2, qPrintable(events.join(QLatin1Char(' '))));
        QVERIFY(events.contains(QStringLiteral("marked_applied:dana")));
        QVERIFY(events.contains(QStringLiteral("send_again:dana")));
        // Sent again with the same key; c-1 never again.
        w.server.handler = [api = w.api](const FaultServer::Seen &s) { return (*api)(s); };
        report = w.dispatch();
        QCOMPARE(report.sent, 1);
        QCOMPARE(w.api->applied.value(actions[0].key), 1);
        QCOMPARE(w.api->applied.value(actions[1].key), 1);
        QCOMPARE(w.server.seen().last().headers.value("idempotency-key"), actions[1].key.toUtf8());
    }

    void metaWritesCarryTheKeyAndALostAnswerIsSettledByReadingTheCampaign_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shows it paused") << QByteArray("{\"id\":\"c-1\",\"status\":\"PAUSED\",\"daily_budget\":\"5000\"}")
                                         << QStringLiteral("done");
        QTest::newRow("shows it active: waits") << QByteArray("{\"id\":\"c-1\",\"status\":\"ACTIVE\",\"daily_budget\":\"5000\"}")
                                                << QStringLiteral("sending");
        QTest::newRow("an error object") << QByteArray("{\"error\":{\"message\":\"Please reduce the amount of data\"}}")
                                         << QStringLiteral("unknown");
        QTest::newRow("another campaign") << QByteArray("{\"id\":\"c-2\",\"status\":\"PAUSED\"}") << QStringLiteral("unknown");
        QTest::newRow("status of the wrong type") << QByteArray("{\"id\":\"c-1\",\"status\":1}") << QStringLiteral("unknown");
    }
    void metaWritesCarryTheKeyAndALostAnswerIsSettledByReadingTheCampaign()
    {
        QFETCH(QByteArray, state);
        QFETCH(QString, expected);
        World w;
        int posts = 0;
        w.server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.method == "POST" && s.query.contains("execution_options"))
                return A{200, "{\"success\":true}", {}, FaultServer::Fault::None};   // the validate_only dry run passes
            if (s.method == "POST") {
                ++posts;
                return A{200, {}, {}, FaultServer::Fault::Drop};   // the answer is lost
            }
            return A{200, state, {}, FaultServer::Fault::None};
        };
        DecisionStore store = w.store();
        const QList<Approved> actions = addAndApprove(store, {action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {})});
        MetaPlatform platform(QUrl(w.server.baseUrl()), NetworkPolicy{}, "meta-token");
        std::atomic_bool halted{false};
        Dispatcher::run(*w.db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(posts, 1);
        QCOMPARE(store.get(actions[0].id)->sendState, expected);
        for (const auto &s : w.server.seen())
            if (s.method == "POST" && !s.query.contains("execution_options")) {
                QCOMPARE(s.headers.value("idempotency-key"), actions[0].key.toUtf8());
                QCOMPARE(QUrlQuery(QString::fromUtf8(s.query)).queryItemValue(QStringLiteral("status")), QStringLiteral("PAUSED"));
            }
        // A later plain run within the settle time sends nothing more.
        Dispatcher::run(*w.db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(posts, 1);
    }

    void theMigrationKeepsEveryOutboxRow()
    {
        // The outbox migration is the newest (whatever its number after merges):
        // a store one version older holds entries in each old state.
        QTemporaryDir dir;
        const QString path = cp::test::freshStore(dir, QStringLiteral("old.sqlite"));
        {
            auto old = Database::open(path, Database::latestVersion() - 1);
            QVERIFY(old.ok());
            QSqlDatabase c = old->connection();
            QSqlQuery q(c);
            // The old schema cannot be written through today's DecisionStore (it reads the new columns): plain SQL.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO recommendations (id, cycle_id, created_at, expires_at, agent, decision, action, campaign_id, title, rule, "
                "rationale, policy_version, status) VALUES "
                "(1, 'c', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'manager', 'PAUSE', 'pause', 'a', 't', 'r', 'r', 1, 'approved'), "
                "(2, 'c', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'manager', 'PAUSE', 'pause', 'b', 't', 'r', 'r', 1, 'approved'), "
                "(3, 'c', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'manager', 'PAUSE', 'pause', 'c', 't', 'r', 'r', 1, 'approved')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO outbox (id, recommendation_id, idempotency_key, action_json, state, attempts, last_error, created_at, updated_at) VALUES "
                "(1, 1, 'k1', '{}', 'done', 1, '', 'x', 'x'), (2, 2, 'k2', '{}', 'sending', 1, '', 'x', 'x'), "
                "(3, 3, 'k3', '{}', 'failed', 1, 'HTTP 400', 'x', 'x')")));
            old->closeThreadConnection();
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->version(), Database::latestVersion());
        DecisionStore store(db->connection());
        QCOMPARE(store.get(1)->sendState, QStringLiteral("done"));
        QCOMPARE(store.get(3)->sendError, QStringLiteral("HTTP 400"));
        // A "sending" left by the old program has no lease: the next sender may take it over (for a state check).
        const auto sending = store.outbox(QStringLiteral("sending"));
        QCOMPARE(sending->size(), 1);
        QCOMPARE(sending->first().idempotencyKey, QStringLiteral("k2"));
        QVERIFY(*store.takeOver(sending->first().id, Lease{QStringLiteral("me"), 30000}));
        db->closeThreadConnection();
    }

    void theQueueOffersMarkAppliedAndSendAgainForAnUnknownRow()
    {
        DecisionQueuePane pane;
        Recommendation unknown = action(Recommendation::Action::Pause, QStringLiteral("c-1"), {}, {});
        unknown.id = 1;
        unknown.status = QStringLiteral("approved");
        unknown.outboxId = 7;
        unknown.sendState = QStringLiteral("unknown");
        unknown.sendPlatform = QStringLiteral("campaign-pilot-api");
        unknown.sendError = QStringLiteral("the state check proves nothing");
        unknown.title = QStringLiteral("PAUSE: Summer Sale");
        QCOMPARE(DecisionQueuePane::unknownExplanation(unknown),
                 QStringLiteral("We could not confirm whether the pause of Summer Sale (c-1) reached the Campaign Pilot API; "
                                "check it there, then mark it applied or send it again."));
        Recommendation done = unknown;
        done.id = 2;
        done.outboxId = 8;
        done.sendState = QStringLiteral("done");
        pane.statusFilter()->setCurrentIndex(0);   // all
        pane.setRows({unknown, done}, QStringLiteral("EUR"));
        QVERIFY(pane.select(2));
        QVERIFY(!pane.markAppliedAction()->isEnabled());
        QVERIFY(!pane.sendAgainAction()->isEnabled());
        QVERIFY(pane.select(1));
        QVERIFY(pane.markAppliedAction()->isEnabled());
        QVERIFY(pane.sendAgainAction()->isEnabled());
        QSignalSpy applied(&pane, &DecisionQueuePane::markAppliedRequested);
        QSignalSpy again(&pane, &DecisionQueuePane::sendAgainRequested);
        pane.markAppliedAction()->trigger();
        pane.sendAgainAction()->trigger();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().toLongLong(), 7);
        QCOMPARE(again.first().first().toLongLong(), 7);
    }
};

QTEST_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
