// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, a team workspace on PostgreSQL (a server of the test's own):
// - "Three concurrent senders on PostgreSQL: each entry sent once." Three
//   dispatchers, each on its own thread with its own connection, claim the
//   approved entries with FOR UPDATE SKIP LOCKED and send them to one
//   loopback platform that keeps a ledger of what it applied.
// - "NOTIFY reaches a second connection and its queue model updates." One
//   connection adds and approves; a QueueListener on another hears it, and
//   the queue read again off the GUI thread shows it; a burst of changes is
//   one announcement; an open window of the workspace follows by itself.
#include "../support/program.h"
#include "../support/faultserver.h"
#include "../support/ledgerserver.h"
#include "../support/pgserver.h"
#include "agents/approval.h"
#include "agents/backend/campaignpilotplatform.h"
#include "agents/dispatcher.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/teamroles.h"
#include "models/queuelistener.h"
#include "models/recommendationmodel.h"
#include "ui/decisionqueuepane.h"
#include "ui/mainwindow.h"
#include "ui/storesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace cp;
using Action = Recommendation::Action;

namespace {

Recommendation make(Action kind, const QString &campaign, const QString &product)
{
    Recommendation r;
    r.cycleId = QStringLiteral("t");
    r.agent = QStringLiteral("manager");
    r.decision = kind == Action::Create ? QStringLiteral("NEW_CAMPAIGN") : QStringLiteral("PAUSE");
    r.action = kind;
    r.campaignId = kind == Action::Create ? QString() : campaign;
    r.productId = product;
    r.campaignName = kind == Action::Create ? QStringLiteral("Winter ") + product : campaign;
    r.title = r.campaignName;
    r.rule = QStringLiteral("test");
    r.rationale = QStringLiteral("test");
    if (kind == Action::Create)
        r.proposedBudget = Money::fromMinor(2000);
    r.durationDays = 7;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.expiresAt = r.createdAt.addDays(30);
    return r;
}

using test::scalar;
} // namespace

class TestTeamSend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::PgServer m_server;
    int m_databases = 0;

    // A new team workspace on the test's server, migrated.
    QString freshWorkspace()
    {
        const QString name = QStringLiteral("team%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qFatal("%s", qPrintable(error));
        return m_server.url(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            CP_SKIP_WITHOUT_POSTGRES("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql; .ci/setup installs it)");
        QString error;
        if (!m_server.start(&error)) {
            if (error.startsWith(QLatin1String("no PostgreSQL binaries")))
                CP_SKIP_WITHOUT_POSTGRES(qPrintable(error + QStringLiteral("; .ci/setup installs them")));
            QFAIL(qPrintable(error));
        }
    }

    void threeConcurrentSendersSendEachEntryOnce_data()
    {
        QTest::addColumn<bool>("asMembers");
        QTest::newRow("the workspace's owner (a station)") << false;
        // Each sender logged in as a team operator of its own (schema 20's
        // roles): the claim, the lease and the audit pass the database's
        // guards for members, and each 'sent' entry is stamped with its role.
        QTest::newRow("three operators' windows") << true;
    }

    void threeConcurrentSendersSendEachEntryOnce()
    {
        QFETCH(bool, asMembers);
        const QString url = freshWorkspace();
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QString senderUrl[3];
        for (int i = 0; i < 3; ++i) {
            senderUrl[i] = url;
            if (!asMembers)
                continue;
            const QString name = QStringLiteral("sender-%1").arg(i + 1);
            QSqlDatabase c = db->connection();
            // Roles belong to the server, not to one database: added once.
            if (scalar(c, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(name)).toInt() == 0) {
                const Status added = TeamRoles::addMember(c, name, TeamRoles::Role::Operator, QStringLiteral("pw-%1").arg(i));
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            }
            QUrl u(url);
            u.setUserName(name);
            senderUrl[i] = u.toString();
        }

        FaultServer server;
        auto api = std::make_shared<LedgerServer>();
        api->now = [] { return QDateTime::currentMSecsSinceEpoch(); };
        // Slow answers: the senders' sends overlap.
        api->modeFor = [](const FaultServer::Seen &) { return LedgerServer::Mode::HoldAnswer; };
        api->holdAnswerMs = 40;
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };

        // 30 approved entries: 15 pauses of campaigns the platform has, 15 new campaigns.
        constexpr int kEntries = 30;
        QList<Recommendation> recs;
        for (int i = 0; i < kEntries / 2; ++i) {
            const QString campaign = QStringLiteral("c-%1").arg(i);
            api->campaigns.insert(campaign, LedgerServer::campaign(campaign, campaign, 100 + i, QStringLiteral("active"), 50.0));
            recs << make(Action::Pause, campaign, QString::number(100 + i));
            recs << make(Action::Create, {}, QString::number(200 + i));
        }
        QHash<qint64, QString> keyOf;   // recommendation -> idempotency key
        {
            DecisionStore store(db->connection());
            auto added = store.add(recs);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            for (const Recommendation &r : *added) {
                auto approved = Approval::approve(store, r.id, QStringLiteral("ops"));
                QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
            }
            auto waiting = store.outbox(QStringLiteral("approved"));
            QVERIFY(waiting.ok());
            QCOMPARE(waiting->size(), kEntries);
            for (const OutboxItem &item : *waiting)
                keyOf.insert(item.recommendationId, item.idempotencyKey);
        }

        // Three senders, each a thread with its own connection and its own
        // platform client, started together.
        constexpr int kSenders = 3;
        std::latch ready(kSenders);
        DispatchReport reports[kSenders];
        QString failures[kSenders];
        std::atomic<int> finished{0};
        const QString baseUrl = server.baseUrl();
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kSenders; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto mine = Database::open(senderUrl[i]);
                if (!mine) {
                    failures[i] = mine.error().toString();
                    ready.count_down();
                    ++finished;
                    return;
                }
                {
                    CampaignPilotPlatform platform(QUrl(baseUrl), NetworkPolicy{}, "t0ken");
                    std::atomic_bool halted{false};
                    ready.arrive_and_wait();
                    // A member's typed name is not what the audit log keeps: the database stamps its role.
                    reports[i] = Dispatcher::run(*mine, platform, halted,
                                                 QString::fromLatin1(asMembers ? "typed-%1" : "sender-%1").arg(i + 1));
                }
                mine->closeThreadConnection();
                ++finished;
            }));
            threads.back()->start();
        }
        // The test's event loop keeps the loopback platform answering.
        QTRY_COMPARE_WITH_TIMEOUT(finished.load(), kSenders, 120000);
        for (auto &t : threads)
            QVERIFY(t->wait(10000));

        int sent = 0;
        for (int i = 0; i < kSenders; ++i) {
            QVERIFY2(failures[i].isEmpty(), qPrintable(failures[i]));
            QVERIFY2(reports[i].errors.isEmpty(), qPrintable(reports[i].errors.join(QLatin1Char('\n'))));
            // Every sender took a share: none waited for another to finish.
            QVERIFY2(reports[i].sent > 0, qPrintable(QStringLiteral("sender %1: %2").arg(i + 1).arg(reports[i].summary())));
            sent += reports[i].sent;
        }
        QCOMPARE(sent, kEntries);

        // The platform applied each entry exactly once, and saw no other write.
        int writes = 0;
        for (const FaultServer::Seen &s : server.seen())
            writes += s.method != "GET";
        QCOMPARE(writes, kEntries);
        for (auto it = keyOf.cbegin(); it != keyOf.cend(); ++it)
            QVERIFY2(api->applied.value(it.value()) == 1,
                     qPrintable(QStringLiteral("#%1 applied %2 times").arg(it.key()).arg(api->applied.value(it.value()))));

        checkSentOnce(db->connection(), keyOf, reports, kSenders, kEntries);
        if (asMembers) {
            // Stamped by the database with the role that claimed each entry, not the name the client gave.
            QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'sent' "
                                                             "AND operator NOT LIKE 'sender-_'")).toInt(), 0);
        }
        db->closeThreadConnection();
    }

    void aSenderSkipsAnEntryAnotherHoldsAndKeepsEachCampaignInOrder()
    {
        // Another sender is claiming the pause of c-1 (its row lock held in
        // an open transaction). A sender neither waits for it nor sends the
        // resume of c-1 that comes after it; it sends what is free.
        const QString url = freshWorkspace();
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        FaultServer server;
        auto api = std::make_shared<LedgerServer>();
        api->now = [] { return QDateTime::currentMSecsSinceEpoch(); };
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        api->campaigns.insert(QStringLiteral("c-1"), LedgerServer::campaign(QStringLiteral("c-1"), QStringLiteral("c-1"), 1,
                                                                           QStringLiteral("active"), 50.0));
        QList<qint64> ids;   // pause c-1, resume c-1, a new campaign
        {
            DecisionStore store(db->connection());
            Recommendation resume = make(Action::Resume, QStringLiteral("c-1"), QStringLiteral("1"));
            resume.decision = QStringLiteral("CONTINUE");
            for (const Recommendation &r : {make(Action::Pause, QStringLiteral("c-1"), QStringLiteral("1")), resume,
                                            make(Action::Create, {}, QStringLiteral("2"))}) {
                auto added = store.add({r});   // one at a time: a newer one on c-1 would supersede a pending older one
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
                auto approved = Approval::approve(store, added->first().id, QStringLiteral("ops"));
                QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
                ids << added->first().id;
            }
        }
        const QString locker = QStringLiteral("tst_teamsend_locker");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), locker);
            other.setHostName(QStringLiteral("127.0.0.1"));
            other.setPort(m_server.port());
            other.setDatabaseName(QUrl(url).path().mid(1));
            other.setUserName(QStringLiteral("cp"));
            QVERIFY2(other.open(), qPrintable(other.lastError().text()));
            QVERIFY(other.transaction());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("SELECT id FROM outbox WHERE recommendation_id = %1 FOR UPDATE").arg(ids[0])));
            QVERIFY(lock.next());
        }
        auto send = [&] {
            DispatchReport report;
            std::atomic_bool done{false};
            std::unique_ptr<QThread> sender(QThread::create([&] {
                if (auto mine = Database::open(url)) {
                    {
                        CampaignPilotPlatform platform(QUrl(server.baseUrl()), NetworkPolicy{}, "t0ken");
                        std::atomic_bool halted{false};
                        report = Dispatcher::run(*mine, platform, halted, QStringLiteral("sender"));
                    }
                    mine->closeThreadConnection();
                } else {
                    report.errors << mine.error().toString();
                }
                done = true;
            }));
            sender->start();
            // A sender that waited for the lock would not finish while it is
            // held: then the lock is let go (so that it ends) and the test fails.
            const bool inTime = QTest::qWaitFor([&] { return done.load(); }, 30000);
            if (!inTime && QSqlDatabase::contains(locker))
                QSqlDatabase::database(locker, false).rollback();
            QTest::qWaitFor([&] { return done.load(); }, 60000);
            sender->wait();
            return std::make_pair(inTime, report);
        };
        const auto [first, report] = send();
        QVERIFY2(first, "the sender waited for a row another sender holds");
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.held, 1);
        {
            DecisionStore store(db->connection());
            QCOMPARE(store.get(ids[0])->sendState, QStringLiteral("approved"));
            QCOMPARE(store.get(ids[1])->sendState, QStringLiteral("approved"));   // after the pause, never before it
            QCOMPARE(store.get(ids[2])->sendState, QStringLiteral("done"));
        }

        // The other sender gives up its claim: the pause goes, then the resume.
        QSqlDatabase::database(locker, false).rollback();
        QSqlDatabase::database(locker, false).close();
        QSqlDatabase::removeDatabase(locker);
        const auto [second, again] = send();
        QVERIFY(second);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(QLatin1Char('\n'))));
        QCOMPARE(again.sent, 2);
        QStringList writes;
        for (const FaultServer::Seen &s : server.seen())
            if (s.method != "GET")
                writes << QString::fromUtf8(s.path);
        QCOMPARE(writes.size(), 3);
        QVERIFY2(writes[1].endsWith(QLatin1String("/c-1/pause")) && writes[2].endsWith(QLatin1String("/c-1/resume")),
                 qPrintable(writes.join(QLatin1Char(' '))));
        db->closeThreadConnection();
    }

private:
    // Each entry done, one "sent" in the audit log each, and the audit log
    // names the sender that claimed it.
    static void checkSentOnce(QSqlDatabase c, const QHash<qint64, QString> &keyOf, const DispatchReport *reports, int senders,
                              int entries)
    {
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done'")).toInt(), entries);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE attempts <> 1")).toInt(), 0);
        for (auto it = keyOf.cbegin(); it != keyOf.cend(); ++it)
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'sent'")
                                   .arg(it.key())).toInt(), 1);
        for (int i = 0; i < senders; ++i)
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'sent' AND operator = 'sender-%1'")
                                   .arg(i + 1)).toInt(), reports[i].sent);
    }

private slots:
    void notifyReachesASecondConnectionAndItsQueueModelUpdates()
    {
        const QString url = freshWorkspace();
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));

        // The second handle: what a window holds. Its listener on a thread
        // and connection of its own; its queue read again by the session,
        // off the GUI thread, into the queue's model.
        StoreSession session(WorkspaceRequest{url, {}, {}, false});
        RecommendationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&session, &StoreSession::snapshotReady, &model, [&model](const StoreSnapshot &s) { model.setRows(s.recommendations); });
        QSignalSpy opened(&session, &StoreSession::finished);
        QVERIFY(session.open());
        QVERIFY(opened.wait(60000));
        QCOMPARE(model.rowCount(), 0);

        QueueListener listener(Database::attach(url));
        QSignalSpy listening(&listener, &QueueListener::listening);
        QSignalSpy changed(&listener, &QueueListener::queueChanged);
        // As the window does: read again now, or once the read in progress ends.
        bool again = false;
        connect(&listener, &QueueListener::queueChanged, &session, [&] { again = !session.refresh(); });
        connect(&session, &StoreSession::finished, &session, [&] {
            if (std::exchange(again, false))
                again = !session.refresh();
        });
        listener.start();
        QVERIFY(listening.wait(30000));

        // Connection 1 adds a recommendation: the second's model shows it.
        auto store = std::make_optional<DecisionStore>(db->connection());
        auto added = store->add({make(Action::Pause, QStringLiteral("c-1"), QStringLiteral("1"))});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
        const qint64 id = added->first().id;
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{id});
        QTRY_VERIFY_WITH_TIMEOUT(model.byId(id) != nullptr, 10000);
        QCOMPARE(model.byId(id)->status, QStringLiteral("pending"));

        // ... and approves it: the status and the outbox entry's state follow.
        auto approved = Approval::approve(*store, id, QStringLiteral("ana"));
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.byId(id)->status, QStringLiteral("approved"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.byId(id)->sendState, QStringLiteral("approved"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{id});

        // A burst (a cycle's thousands of rows in one transaction): one announcement naming them all.
        QList<Recommendation> burst;
        for (int i = 0; i < 300; ++i)
            burst << make(Action::Create, {}, QStringLiteral("b%1").arg(i));
        changed.clear();
        auto many = store->add(burst);
        QVERIFY(many.ok());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(0).value<QList<qint64>>().size(), 300);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 301, 10000);
        QCOMPARE(changed.size(), 1);
        store.reset();
        db->closeThreadConnection();
    }

    void aListenerWhoseConnectionIsLostListensAgain()
    {
        const QString url = freshWorkspace();
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QueueListener listener(Database::attach(url));
        listener.setIntervals(200, 200);
        QSignalSpy listening(&listener, &QueueListener::listening);
        QSignalSpy failed(&listener, &QueueListener::failed);
        QSignalSpy changed(&listener, &QueueListener::queueChanged);
        listener.start();
        QVERIFY(listening.wait(30000));

        // The server drops the listener's connection (a restart, a network
        // cut). Qt's driver may open it again by itself, listening to nothing.
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        }
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 2, 10000);
        // Told to read everything: what changed meanwhile was not announced.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{});

        // ... and it hears the next change.
        qint64 id = 0;
        {
            DecisionStore store(db->connection());
            auto added = store.add({make(Action::Pause, QStringLiteral("c-1"), QStringLiteral("1"))});
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            id = added->first().id;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{id});
        db->closeThreadConnection();
    }

    void anOpenWindowFollowsAnotherOperatorsChanges()
    {
        const QString url = freshWorkspace();
        {
            auto db = Database::open(url);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            db->closeThreadConnection();
        }
        MainWindow window(url, QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        RecommendationModel *queue = window.queuePane()->model();
        QCOMPARE(queue->rowCount(), 0);

        // Another operator, elsewhere: a connection of its own on another thread.
        auto asAnotherOperator = [&url](const std::function<QString(DecisionStore &)> &work) {
            QString error;
            std::unique_ptr<QThread> other(QThread::create([&] {
                auto mine = Database::open(url);
                if (!mine) {
                    error = mine.error().toString();
                    return;
                }
                {
                    DecisionStore store(mine->connection());
                    error = work(store);
                }
                mine->closeThreadConnection();
            }));
            other->start();
            return other->wait(30000) ? error : QStringLiteral("the other operator's thread did not finish");
        };
        // A recommendation the window has not seen means a cycle ran: the
        // whole store is read (the catalog came with the cycle's snapshot).
        auto *session = window.findChild<StoreSession *>();
        QVERIFY(session);
        QSignalSpy wholeAfterNew(session, &StoreSession::snapshotReady);
        qint64 id = 0;
        QString error = asAnotherOperator([&id](DecisionStore &store) {
            auto added = store.add({make(Action::Pause, QStringLiteral("c-9"), QStringLiteral("9"))});
            if (!added)
                return added.error().toString();
            id = added->first().id;
            return QString();
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // No refresh asked for: the server's announcement brings it within a second.
        QTRY_VERIFY_WITH_TIMEOUT(queue->byId(id) != nullptr, 5000);
        QVERIFY(!wholeAfterNew.isEmpty());
        // No ad platform connected in this window: a team's approval waits in
        // the shared outbox for the station, so Approve is not held back (it
        // told an operator, who may not open Connections, to connect one).
        QVERIFY(window.queuePane()->select(id));
        QTRY_VERIFY2_WITH_TIMEOUT(window.queuePane()->approveAction()->isEnabled(),
                                  qPrintable(window.queuePane()->approveAction()->toolTip()), 5000);

        // The other operator approves it: the window reads that one
        // recommendation again, not the whole store (a team of ten would
        // each read the catalog's figures at every approval).
        QSignalSpy wholeReads(session, &StoreSession::snapshotReady);
        QSignalSpy queueReads(session, &StoreSession::queueReady);
        error = asAnotherOperator([id](DecisionStore &store) {
            auto approved = Approval::approve(store, id, QStringLiteral("bo"));
            return approved ? QString() : approved.error().toString();
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(queue->byId(id)->status, QStringLiteral("approved"), 5000);
        QCOMPARE(queue->byId(id)->approvedBy, QStringList{QStringLiteral("bo")});
        QVERIFY(!queueReads.isEmpty());
        const auto read = queueReads.first().at(0).value<QueueState>();
        QVERIFY(read.partial);
        QCOMPARE(read.recommendations.size(), 1);
        QCOMPARE(read.recommendations.first().id, id);
        QCOMPARE(wholeReads.size(), 0);
        // The audit pane has the approval too.
        QVERIFY(std::any_of(read.audit.cbegin(), read.audit.cend(),
                            [id](const AuditEntry &e) { return e.recommendationId == id && e.event == u"approved"; }));
    }
};

QTEST_MAIN(TestTeamSend)
#include "tst_teamsend.moc"
