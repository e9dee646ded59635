// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the headless agent station. Two stations on one workspace: one
// runs, the other is refused naming the first (SQLite: the real binary in
// two processes; PostgreSQL: the advisory lock on a server of the test's
// own). A schedule tick, on a clock the test moves, runs a cycle and sends
// what was approved exactly once; SIGTERM ends the station cleanly; a bad
// --every is refused.
#include "agents/approval.h"
#include "agents/rules/policy.h"
#include "agents/cycle/orchestrator.h"
#include "agents/station/station.h"
#include "agents/station/stationlease.h"
#include "agents/workspace/workspaceopener.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "support/pgserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace std::chrono_literals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestStation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }
    Run run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CP_BINARY), args);
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyIsADuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");   // 0: refused
        QTest::newRow("15m") << "15m" << qint64(900);
        QTest::newRow("1h") << "1h" << qint64(3600);
        QTest::newRow("1d") << "1d" << qint64(86400);
        QTest::newRow("90s") << "90s" << qint64(90);
        QTest::newRow("below a minute") << "30s" << qint64(0);
        QTest::newRow("zero") << "0h" << qint64(0);
        QTest::newRow("no unit") << "60" << qint64(0);
        QTest::newRow("unknown unit") << "1w" << qint64(0);
        QTest::newRow("fraction") << "1.5h" << qint64(0);
        QTest::newRow("negative") << "-1h" << qint64(0);
        QTest::newRow("empty") << "" << qint64(0);
    }
    void everyIsADuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto every = Station::parseEvery(text);
        QCOMPARE(every.has_value(), seconds > 0);
        if (every)
            QCOMPARE(qint64(every->count()), seconds);
    }

    void badArgumentsAreRefused()
    {
        const QString db = m_dir.filePath(QStringLiteral("never.sqlite"));
        const Run bad = run({QStringLiteral("station"), QStringLiteral("--database"), db, QStringLiteral("--every"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--every \"soon\" is not a duration")), qPrintable(bad.err));
        const Run none = run({QStringLiteral("station"), QStringLiteral("--once")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("--database")), qPrintable(none.err));
        QVERIFY(!QFile::exists(db));
    }

    void twoLeasesOnOneFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("lease.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        bool held = true;
        auto first = StationLease::take(*db, &held);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QVERIFY(!held);
        QVERIFY(first.value()->isHeld());
        auto second = StationLease::take(*db, &held);
        QVERIFY(!second.ok());
        QVERIFY(held);
        QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.error().message));
        first = Error{};   // released
        auto third = StationLease::take(*db, &held);
        QVERIFY(third.ok());
        db->closeThreadConnection();
    }

    void twoStationsOnOneWorkspaceOneRuns()
    {
        const QString db = m_dir.filePath(QStringLiteral("two.sqlite"));
        // One round on a new replay workspace of the demo: a cycle, nothing approved, nothing sent.
        const Run once = run({QStringLiteral("station"), QStringLiteral("--recording"), QStringLiteral("demo"), QStringLiteral("--database"),
                              db, QStringLiteral("--once")});
        QVERIFY2(once.exitCode == 0, qPrintable(once.err));
        QVERIFY2(once.err.contains(QLatin1String("<6>station started for one round")), qPrintable(once.err));
        QVERIFY(once.err.contains(QLatin1String("<6>cycle ")));
        QVERIFY(once.err.contains(QLatin1String("<6>send: sent 0,")));
        QVERIFY(once.err.contains(QLatin1String("<6>station stopped after 1 round")));
        for (const QString &line : once.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(QLatin1Char('<')), qPrintable(line));   // every line carries its priority

        // A running station…
        QProcess first;
        first.setProcessEnvironment(environment());
        QByteArray firstErr;
        connect(&first, &QProcess::readyReadStandardError, this, [&] { firstErr += first.readAllStandardError(); });
        first.start(QStringLiteral(CP_BINARY), {QStringLiteral("station"), QStringLiteral("--database"), db, QStringLiteral("--every"),
                                                QStringLiteral("1h")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(firstErr.contains("round 1 done; the next at"), 240000);
        // …and a second one on the same workspace is refused, naming the first.
        const Run second = run({QStringLiteral("station"), QStringLiteral("--database"), db, QStringLiteral("--once")});
        QCOMPARE(second.exitCode, 4);
        QVERIFY2(second.err.contains(QStringLiteral("another station runs on this workspace: process %1 on host").arg(first.processId())),
                 qPrintable(second.err));
        QVERIFY(second.err.contains(QLatin1String("<3>")));
        QVERIFY(!second.err.contains(QLatin1String("round 1 begins")));
        // SIGTERM ends the first cleanly, and the workspace is free again.
        first.terminate();
        QVERIFY(first.waitForFinished(120000));
        firstErr += first.readAllStandardError();
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
        QVERIFY2(firstErr.contains("station stopped after 1 round"), firstErr.constData());
        const Run after = run({QStringLiteral("station"), QStringLiteral("--database"), db, QStringLiteral("--once")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    }

    void aTickRunsACycleAndSendsWhatWasApprovedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("tick.sqlite"));
        auto opened = WorkspaceOpener::open({path, QStringLiteral("demo"), QString(), false});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        const Database db = *opened->database;
        const Workspace workspace = opened->workspace;
        QVERIFY(workspace.isReplay());
        StationSetup setup;
        setup.workspace = workspace;
        setup.operatorName = QStringLiteral("station");
        auto platform = platformForWorkspace(workspace, db, Connection{}, Secrets{});
        QVERIFY(platform.ok());
        setup.platform = *platform;

        QDateTime now = QDateTime::currentDateTimeUtc();
        {
            Station station(db, setup, 1h);
            station.setClock([&now] { return now; });
            station.setCheckInterval(5ms);
            QSignalSpy started(&station, &Station::roundStarted);
            QSignalSpy finished(&station, &Station::roundFinished);
            QSignalSpy checked(&station, &Station::checked);
            station.start();
            QVERIFY(finished.wait(240000));
            auto report = finished.last().first().value<StationReport>();
            QVERIFY2(report.ok(), "the first round failed");
            const QString firstCycle = report.cycleId;
            QVERIFY(!firstCycle.isEmpty());
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE cycle_id = '%1'").arg(firstCycle)).toInt() > 0);
            QCOMPARE(station.nextRound(), now.addSecs(3600));

            // The clock stands still: the station reads it, and no round runs.
            QTRY_VERIFY(checked.count() >= 5);
            QCOMPARE(started.count(), 1);

            // An operator approves a pause between rounds.
            const qint64 id = scalar(db, QStringLiteral("SELECT id FROM recommendations WHERE status = 'pending' AND action = 'pause' "
                                                        "ORDER BY id LIMIT 1")).toLongLong();
            QVERIFY(id > 0);
            {
                DecisionStore store(db.connection());
                QVERIFY(Approval::approve(store, id, QStringLiteral("ana"), Policy{}).ok());
            }

            // An hour later, the tick: a new cycle, and the approved pause sent.
            now = now.addSecs(3600);
            QVERIFY(finished.wait(240000));
            QCOMPARE(started.count(), 2);
            report = finished.last().first().value<StationReport>();
            QVERIFY(report.ok());
            QVERIFY(!report.cycleId.isEmpty());
            QVERIFY(report.cycleId != firstCycle);
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE cycle_id = '%1'").arg(report.cycleId)).toInt() > 0);
            QVERIFY(report.sendRan);
            QCOMPARE(report.sent.sent, 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM outbox WHERE recommendation_id = %1").arg(id)).toString(), QStringLiteral("done"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM backend_applied")).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT operator FROM audit_log WHERE recommendation_id = %1 AND event = 'sent'").arg(id)).toString(),
                     QStringLiteral("station"));

            // The next tick sends nothing again.
            now = now.addSecs(3600);
            QVERIFY(finished.wait(240000));
            report = finished.last().first().value<StationReport>();
            QVERIFY(report.ok());
            QCOMPARE(report.sent.sent, 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM backend_applied")).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM outbox WHERE recommendation_id = %1").arg(id)).toInt(), 1);

            // The emergency stop on: the agents are halted too (a walkthrough
            // saw a station's cycle queue 11 while it was on), said as such.
            {
                QSignalSpy stopLog(&station, &Station::logged);
                const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM recommendations")).toLongLong();
                QVERIFY(DecisionStore(db.connection()).setSetting(QStringLiteral("emergency_stop"), QStringLiteral("1")));
                now = now.addSecs(3600);
                QVERIFY(finished.wait(240000));
                report = finished.last().first().value<StationReport>();
                QVERIFY(report.cycleId.isEmpty());
                QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM recommendations")).toLongLong(), before);
                bool warned = false;
                for (const QList<QVariant> &l : std::as_const(stopLog))
                    warned |= l.at(0).toInt() == StationLog::Warning
                              && l.at(1).toString() == QLatin1String("cycle not run: the emergency stop is on; an operator must resume first");
                QVERIFY(warned);
                // And an Orchestrator asked directly refuses as well (the command line's `cycle`).
                Orchestrator orchestrator(db);
                QSignalSpy done(&orchestrator, &Orchestrator::cycleFinished);
                QVERIFY(orchestrator.runCycle());
                QVERIFY(done.wait(60000));
                QVERIFY2(done.first().first().value<CycleResult>().error.contains(QLatin1String("the emergency stop is on")),
                         qPrintable(done.first().first().value<CycleResult>().error));
                QVERIFY(DecisionStore(db.connection()).setSetting(QStringLiteral("emergency_stop"), QStringLiteral("0")));
            }

            // The lease cannot be checked (the server restarts): no round
            // now, the station goes on, and the next slot runs (a walkthrough
            // saw the station end, exit 4, as if another had taken over).
            {
                int asked = 0;
                station.setGuard([&asked]() -> Station::GuardVerdict {
                    return ++asked == 1 ? Station::GuardVerdict{QStringLiteral("the server is down"), false} : Station::GuardVerdict{};
                });
                QSignalSpy skipLog(&station, &Station::logged);
                const qsizetype before = started.count();
                now = now.addSecs(3600);
                QTRY_VERIFY([&] {
                    for (const QList<QVariant> &l : std::as_const(skipLog))
                        if (l.at(0).toInt() == StationLog::Error && l.at(1).toString().startsWith(QLatin1String("no round now: the server is down")))
                            return true;
                    return false;
                }());
                QCOMPARE(started.count(), before);
                QVERIFY(!station.stoppedByGuard());
                now = now.addSecs(3600);
                QVERIFY(finished.wait(240000));
                QCOMPARE(started.count(), before + 1);
            }

            // The workspace's lease lost to another station: no next round, the station ends.
            QSignalSpy stopped(&station, &Station::stopped);
            QSignalSpy logged(&station, &Station::logged);
            station.setGuard([] { return Station::GuardVerdict{QStringLiteral("the lease was lost"), true}; });
            now = now.addSecs(3600);
            QVERIFY(stopped.wait(10000));
            QVERIFY(station.stoppedByGuard());
            QCOMPARE(started.count(), 5);
            bool said = false;
            for (const QList<QVariant> &l : std::as_const(logged))
                said |= l.at(0).toInt() == StationLog::Error && l.at(1).toString() == QLatin1String("the lease was lost");
            QVERIFY(said);
        }
        db.closeThreadConnection();
    }

    void aStopEndsTheRoundAfterItsCurrentStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("stop.sqlite"));
        auto opened = WorkspaceOpener::open({path, QStringLiteral("demo"), QString(), false});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        const Database db = *opened->database;
        StationSetup setup;
        setup.workspace = opened->workspace;
        setup.operatorName = QStringLiteral("station");
        auto platform = platformForWorkspace(setup.workspace, db, Connection{}, Secrets{});
        QVERIFY(platform.ok());
        setup.platform = *platform;
        {
            Station station(db, setup, 1h);
            QSignalSpy finished(&station, &Station::roundFinished);
            QSignalSpy stopped(&station, &Station::stopped);
            // SIGTERM as the round begins (the cycle is its first step on a replay workspace).
            connect(&station, &Station::roundStarted, &station, [&station] { station.stop(); });
            station.start();
            QVERIFY(stopped.wait(240000));
            QCOMPARE(finished.count(), 1);
            const auto report = finished.first().first().value<StationReport>();
            QVERIFY(report.stopped);
            QVERIFY(!report.cycleId.isEmpty());   // the step that ran finished
            QVERIFY(!report.sendRan);             // the one after it did not begin
            QCOMPARE(station.rounds(), 1);
        }
        db.closeThreadConnection();
    }

    void aFailedRoundIsLoggedAndTheNextOneRuns()
    {
        // A live workspace whose ad platform is down (a closed port on 127.0.0.1).
        const QString path = m_dir.filePath(QStringLiteral("down.sqlite"));
        auto opened = WorkspaceOpener::open({path, QString(), QString(), false});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QVERIFY(opened->workspace.isLive());
        const Database db = *opened->database;
        int port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        StationSetup setup;
        setup.workspace = opened->workspace;
        setup.operatorName = QStringLiteral("station");
        setup.connections.platform.kind = Connection::Kind::CampaignPilotApi;
        setup.connections.platform.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        setup.platformSecrets.token = "secret-token-never-logged";
        setup.noPlatformWhy = QStringLiteral("no platform in this test");

        QDateTime now = QDateTime::currentDateTimeUtc();
        {
            Station station(db, setup, 15min);
            station.setClock([&now] { return now; });
            station.setCheckInterval(5ms);
            QSignalSpy finished(&station, &Station::roundFinished);
            QSignalSpy logged(&station, &Station::logged);
            QSignalSpy stopped(&station, &Station::stopped);
            station.start();
            QVERIFY(finished.wait(240000));
            auto report = finished.last().first().value<StationReport>();
            QVERIFY(!report.ok());
            QVERIFY(!report.snapshotTaken);
            QVERIFY(report.cycleId.isEmpty());   // nothing judged on stale data
            bool said = false;
            for (const QList<QVariant> &l : std::as_const(logged)) {
                said |= l.at(0).toInt() == StationLog::Error && l.at(1).toString().startsWith(QLatin1String("live data not fetched"));
                QVERIFY(!l.at(1).toString().contains(QLatin1String("secret-token")));
            }
            QVERIFY(said);
            // The station goes on: the next tick tries again.
            QVERIFY(stopped.isEmpty());
            now = now.addSecs(15 * 60);
            QVERIFY(finished.wait(240000));
            QCOMPARE(station.rounds(), 2);
            QVERIFY(!station.allRoundsOk());
            QVERIFY(stopped.isEmpty());
            station.stop();
            QVERIFY(stopped.wait(10000));
        }
        db.closeThreadConnection();
    }

    void twoLeasesOnOnePostgresDatabase()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            CP_SKIP_WITHOUT_POSTGRES("Qt's PostgreSQL driver is missing");
        test::PgServer server;
        QString error;
        if (!server.start(&error) && error.startsWith(QLatin1String("no PostgreSQL binaries")))
            CP_SKIP_WITHOUT_POSTGRES(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        auto db = Database::open(server.url(QStringLiteral("team")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        bool held = true;
        auto first = StationLease::take(*db, &held);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QVERIFY(!held);
        QVERIFY(first.value()->isHeld());
        // A second session: pg_try_advisory_lock says no, and who holds it is named.
        auto second = StationLease::take(*db, &held);
        QVERIFY(!second.ok());
        QVERIFY(held);
        QVERIFY2(second.error().message.contains(QStringLiteral("process %1 on host %2 (server process")
                                                     .arg(QCoreApplication::applicationPid())
                                                     .arg(QSysInfo::machineHostName())),
                 qPrintable(second.error().message));
        first = Error{};   // the session ends, the lock with it
        auto third = StationLease::take(*db, &held);
        QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().toString()));
        third = Error{};
        db->closeThreadConnection();

        // Two station processes on the team workspace: the second exits 4 naming the first.
        const QString url = server.url(QStringLiteral("team"));
        QProcess running;
        running.setProcessEnvironment(environment());
        QByteArray runningErr;
        connect(&running, &QProcess::readyReadStandardError, this, [&] { runningErr += running.readAllStandardError(); });
        running.start(QStringLiteral(CP_BINARY), {QStringLiteral("station"), QStringLiteral("--database"), url});
        QVERIFY(running.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(runningErr.contains("round 1 done"), 240000);
        QVERIFY2(runningErr.contains("<6>station started: a round now and every 1h (advisory lock"), runningErr.constData());
        const Run refused = run({QStringLiteral("station"), QStringLiteral("--database"), url, QStringLiteral("--once")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("another station runs on this workspace: process %1 on host").arg(running.processId())),
                 qPrintable(refused.err));
        running.terminate();
        QVERIFY(running.waitForFinished(120000));
        QCOMPARE(running.exitCode(), 0);
        const Run after = run({QStringLiteral("station"), QStringLiteral("--database"), url, QStringLiteral("--once")});
        QVERIFY2(after.exitCode != 4, qPrintable(after.err));   // free again (the round itself may fail: an empty store)
    }
};

QTEST_MAIN(TestStation)
#include "tst_station.moc"
