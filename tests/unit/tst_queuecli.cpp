// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the decision queue on the command line (the real binary in a
// QProcess), with the window's rules, guardrails and audit, and
// `audit verify` naming an entry changed by hand.
#include "support/program.h"
#include "agents/approval.h"
#include "agents/rules/policy.h"
#include "models/database.h"
#include "agents/import/recording.h"
#include "models/decisionstore.h"

#include "support/teststore.h"
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
using test::Run;
using test::scalar;
} // namespace

class TestQueueCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;   // a replay workspace of the demo after one cycle, shared by the tests in order
    qint64 m_nowOffset = 0;

    Run run(QStringList args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The window's settings (operator name, snoozes) in a folder of the test's own.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("CP_NOW_OFFSET_SECONDS"), QString::number(m_nowOffset));
        return test::runProgram(args, env);
    }
    // One cycle on the demo: a replay workspace on SQLite; on PostgreSQL (a
    // team workspace, always live: it takes no recording) the demo's rows
    // are loaded into the database first and the cycle judges them.
    Run demoCycle(const QString &database)
    {
        if (!cp::test::onPostgres())
            return run({QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo"), QStringLiteral("--database"), database});
        auto db = Database::open(database);
        if (!db)
            return {-1, {}, db.error().message};
        const auto loaded = Recording::load(QStringLiteral("demo"), db->connection());
        // The rows stay; the workspace is the team's live one (a replay's
        // database is not opened as a team workspace).
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE workspace SET kind = 'live', recording_source = ''"));
        db->closeThreadConnection();
        if (!loaded)
            return {-1, {}, loaded.error().message};
        return run({QStringLiteral("cycle"), QStringLiteral("--database"), database});
    }
    Run queue(const QStringList &args) { return run(QStringList{QStringLiteral("queue")} + args + QStringList{QStringLiteral("--database"), m_db}); }

    // Pending recommendations in the store, optionally of one action.
    QList<qint64> pending(const QString &action = {})
    {
        auto db = Database::open(m_db);
        QList<qint64> ids;
        {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT id FROM recommendations WHERE status = 'pending' AND action != 'none' "
                                     "AND (? = '' OR action = ?) ORDER BY id"));
            const QString a = action.isNull() ? QStringLiteral("") : action;   // a null QString binds as NULL
            q.addBindValue(a);
            q.addBindValue(a);
            if (q.exec())
                while (q.next())
                    ids << q.value(0).toLongLong();
        }
        db->closeThreadConnection();
        return ids;
    }
    QVariant value(const QString &sql)
    {
        auto db = Database::open(m_db);
        const QVariant v = scalar(db->connection(), sql);
        db->closeThreadConnection();
        return v;
    }
    bool exec(const QString &sql)
    {
        auto db = Database::open(m_db);
        bool ok = false;
        {
            QSqlQuery q(db->connection());
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db->closeThreadConnection();
        return ok;
    }
    QJsonArray list(const QStringList &extra = {})
    {
        const Run r = queue(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + extra);
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QSet<qint64> idsOf(const QJsonArray &a)
    {
        QSet<qint64> ids;
        for (const QJsonValue &v : a)
            ids.insert(qint64(v.toObject().value(QStringLiteral("id")).toDouble()));
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/campaign-pilot"))));
        m_db = cp::test::freshStore(m_dir, QStringLiteral("queue.sqlite"));
        const Run cycle = demoCycle(m_db);
        QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.err));
        QVERIFY(pending().size() >= 6);
    }

    void listJsonIsAStableArrayOfWhatWaits()
    {
        const Run r = queue({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        // stdout carries only the JSON: the workspace line goes to stderr.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.out.left(300)));
        QVERIFY(doc.isArray());
        QVERIFY(r.err.contains(QLatin1String("Workspace:")));
        const QJsonArray all = doc.array();
        QCOMPARE(all.size(), int(value(QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending'")).toInt()));
        qint64 previous = 0;
        bool sawImpact = false, sawBudget = false;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "status", "decision", "action", "campaign_id", "product_id", "title", "proposed_budget",
                                    "previous_budget", "expected_impact_per_day", "created_at", "expires_at", "snoozed_until",
                                    "send_state", "send_error", "currency"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const qint64 id = qint64(o.value(QStringLiteral("id")).toDouble());
            QVERIFY(id > previous);   // oldest first
            previous = id;
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate).isValid());
            sawImpact |= o.value(QStringLiteral("expected_impact_per_day")).isString();
            sawBudget |= o.value(QStringLiteral("proposed_budget")).isString();
        }
        QVERIFY(sawBudget);   // new campaigns propose one
        Q_UNUSED(sawImpact);
        // The text form lists the same ids.
        const Run text = queue({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        for (const QJsonValue &v : all)
            QVERIFY(text.out.contains(QStringLiteral("#%1 [pending]").arg(qint64(v.toObject().value(QStringLiteral("id")).toDouble()))));
        // And says how many of them the window's Decisions tab counts (those
        // that spend or stop money), so that the two counts read the same.
        const int acting = value(QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending' AND action != 'none'")).toInt();
        QCOMPARE(acting, all.size());   // the demo's cycle: all act; nothing more is said
        QVERIFY2(!text.out.contains(QLatin1String("of them spend or stop money")), qPrintable(text.out.left(400)));
        {
            auto db = Database::open(m_db);
            QVERIFY(db.ok());
            {
                DecisionStore store(db->connection());
                Recommendation watch;
                watch.cycleId = QStringLiteral("watch");
                watch.agent = QStringLiteral("manager");
                watch.decision = QStringLiteral("MONITOR");
                watch.campaignId = QStringLiteral("no-such-campaign");
                watch.title = QStringLiteral("MONITOR: to watch");
                watch.createdAt = QDateTime::currentDateTimeUtc();
                watch.expiresAt = watch.createdAt.addDays(1);
                QVERIFY(store.add({watch}).ok());
            }
            db->closeThreadConnection();
        }
        const Run withWatch = queue({QStringLiteral("list")});
        QVERIFY2(withWatch.out.contains(QStringLiteral("%1 of them spend or stop money (the window's Decisions count); 1 only watch").arg(acting)),
                 qPrintable(withWatch.out.left(400)));
    }

    void anEmptyQueueSaysSo()
    {
        // Nothing waits: said in words (it printed "0 recommendations wait for a decision:").
        QTemporaryDir dir;
        const QString empty = cp::test::freshStore(dir, QStringLiteral("empty.sqlite"));
        const Run listed = run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), empty});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err + listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("No recommendation waits for a decision.")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(QStringLiteral("0 recommendations")));
    }

    void unknownIdExitsThree()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("approve"), QStringLiteral("987654")},
                                        QStringList{QStringLiteral("reject"), QStringLiteral("987654"), QStringLiteral("--reason"), QStringLiteral("no")},
                                        QStringList{QStringLiteral("snooze"), QStringLiteral("987654"), QStringLiteral("--until"),
                                                    QDate::currentDate().addDays(2).toString(Qt::ISODate)}}) {
            const Run r = queue(args + QStringList{QStringLiteral("--operator"), QStringLiteral("ana")});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QLatin1String("no recommendation 987654")), qPrintable(r.err));
        }
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(queue({QStringLiteral("approve")}).exitCode, 2);
        QCOMPARE(queue({QStringLiteral("approve"), QStringLiteral("abc")}).exitCode, 2);
        const Run noReason = queue({QStringLiteral("reject"), QString::number(pending().first())});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains(QLatin1String("--reason")));
        QCOMPARE(queue({QStringLiteral("snooze"), QString::number(pending().first()), QStringLiteral("--until"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(queue({QStringLiteral("snooze"), QString::number(pending().first()), QStringLiteral("--until"),
                        QStringLiteral("2001-01-01")}).exitCode, 2);
        // A date followed by anything but a time is not a date (it was taken as the date alone).
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        for (const QString &bad : {tomorrow + QStringLiteral("garbage"), tomorrow + QStringLiteral("T25:00"), QStringLiteral("xyz")})
            QCOMPARE(queue({QStringLiteral("snooze"), QString::number(pending().first()), QStringLiteral("--until"), bad}).exitCode, 2);
        // A policy file could loosen the guardrails: the workspace's own applies.
        const Run policy = queue({QStringLiteral("approve"), QString::number(pending().first()), QStringLiteral("--policy"),
                                  QStringLiteral(CP_SOURCE_DIR "/resources/policy/seed-policy.json")});
        QCOMPARE(policy.exitCode, 2);
        QCOMPARE(queue({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status != 'pending' AND status != 'superseded'")).toInt(), 0);
    }

    void approveWritesWhatTheWindowWrites()
    {
        // The same recommendation approved by the command line in one store
        // and by the window's code (MainWindow::approve → Approval::approve)
        // in a second store made by the same cycle: the same outbox entry and
        // the same audit entry.
        const QString second = cp::test::freshStore(m_dir, QStringLiteral("window.sqlite"));
        const Run cycle = demoCycle(second);
        QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.err));
        const QList<qint64> pauses = pending(QStringLiteral("pause"));
        QVERIFY(!pauses.isEmpty());
        const qint64 id = pauses.first();
        const QString campaign = value(QStringLiteral("SELECT campaign_id FROM recommendations WHERE id = %1").arg(id)).toString();

        const Run r = queue({QStringLiteral("approve"), QString::number(id), QStringLiteral("--operator"), QStringLiteral("ana")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("#%1 approved by ana").arg(id)));

        auto window = Database::open(second);
        QVERIFY(window.ok());
        QString windowAction, windowAudit;
        {
            QSqlDatabase c = window->connection();
            const qint64 same = scalar(c, QStringLiteral("SELECT id FROM recommendations WHERE status = 'pending' AND action = 'pause' "
                                                         "AND campaign_id = '%1'").arg(campaign)).toLongLong();
            QVERIFY(same > 0);
            DecisionStore store(c);
            auto stored = store.latestPolicy();
            const Policy policy = stored && !stored->isEmpty() ? *Policy::fromJson(*stored, QStringLiteral("policy_versions")) : Policy{};
            QVERIFY(Approval::approve(store, same, QStringLiteral("ana"), policy).ok());
            windowAction = scalar(c, QStringLiteral("SELECT state || ' ' || action_json FROM outbox WHERE recommendation_id = %1").arg(same)).toString();
            windowAudit = scalar(c, QStringLiteral("SELECT operator || ' ' || event || ' ' || details FROM audit_log "
                                                   "WHERE recommendation_id = %1 ORDER BY id DESC LIMIT 1").arg(same)).toString();
        }
        window->closeThreadConnection();
        QVERIFY(windowAction.startsWith(QLatin1String("approved {")));
        QCOMPARE(value(QStringLiteral("SELECT state || ' ' || action_json FROM outbox WHERE recommendation_id = %1").arg(id)).toString(),
                 windowAction);
        QCOMPARE(value(QStringLiteral("SELECT operator || ' ' || event || ' ' || details FROM audit_log "
                                      "WHERE recommendation_id = %1 ORDER BY id DESC LIMIT 1").arg(id)).toString(),
                 windowAudit);
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || decided_by FROM recommendations WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("approved ana"));
        // Its send's state is listed (a walkthrough's failed pause read only "approved").
        bool listed = false;
        for (const QJsonValue &v : list({QStringLiteral("--all")})) {
            const QJsonObject o = v.toObject();
            if (qint64(o.value(QStringLiteral("id")).toDouble()) == id) {
                listed = true;
                QCOMPARE(o.value(QStringLiteral("send_state")).toString(), QStringLiteral("approved"));
                QVERIFY(o.value(QStringLiteral("send_error")).isNull());
            }
        }
        QVERIFY(listed);

        // Approved once: a second approval is refused, naming who and when, and writes nothing.
        const int outbox = value(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
        const Run again = queue({QStringLiteral("approve"), QString::number(id), QStringLiteral("--operator"), QStringLiteral("bob")});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("already approved by ana at %1").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))),
                 qPrintable(again.err));
        const Run reject = queue({QStringLiteral("reject"), QString::number(id), QStringLiteral("--reason"), QStringLiteral("late"),
                                  QStringLiteral("--operator"), QStringLiteral("bob")});
        QCOMPARE(reject.exitCode, 4);
        QVERIFY(reject.err.contains(QLatin1String("already approved by ana")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), outbox);
        QCOMPARE(value(QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("ana"));
    }

    void twoOperatorsAtOnceOneApprovalOneRefusal()
    {
        // Two processes approve the same recommendation at the same moment:
        // one wins, the other is told who did, and one outbox entry exists.
        const qint64 id = pending(QStringLiteral("pause")).value(0, 0);
        QVERIFY(id > 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        QProcess a, b;
        for (auto [p, who] : {std::pair{&a, "ana"}, std::pair{&b, "bob"}}) {
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(CP_BINARY), {QStringLiteral("queue"), QStringLiteral("approve"), QString::number(id),
                                                 QStringLiteral("--operator"), QLatin1String(who), QStringLiteral("--database"), m_db});
        }
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const QList<int> codes{a.exitCode(), b.exitCode()};
        const QString errA = QString::fromUtf8(a.readAllStandardError()), errB = QString::fromUtf8(b.readAllStandardError());
        QVERIFY2(codes.contains(0) && codes.contains(4), qPrintable(errA + errB));
        const QString &loser = a.exitCode() == 4 ? errA : errB;
        const QString winner = a.exitCode() == 0 ? QStringLiteral("ana") : QStringLiteral("bob");
        QVERIFY2(loser.contains(QStringLiteral("already approved by %1").arg(winner)), qPrintable(loser));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'approved'").arg(id)).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(id)).toString(), winner);
    }

    void theWindowsOperatorNameIsTheDefault()
    {
        QFile conf(m_dir.filePath(QStringLiteral("config/campaign-pilot/campaign-pilot.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[General]\noperator=carla\n");
        conf.close();
        const qint64 id = pending(QStringLiteral("pause")).value(0, pending().first());
        const Run r = queue({QStringLiteral("approve"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT operator FROM audit_log WHERE recommendation_id = %1 AND event = 'approved'").arg(id)).toString(),
                 QStringLiteral("carla"));
    }

    void notPermittedExitsFive()
    {
        // Expired: refused, and marked expired as the window does.
        const qint64 expired = pending().first();
        QVERIFY(exec(QStringLiteral("UPDATE recommendations SET expires_at = '2001-01-01T00:00:00.000Z' WHERE id = %1").arg(expired)));
        const Run r = queue({QStringLiteral("approve"), QString::number(expired), QStringLiteral("--operator"), QStringLiteral("ana")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("expired")), qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(expired)).toString(), QStringLiteral("expired"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(expired)).toInt(), 0);
        // A guardrail: a new campaign's copy over the policy's limits.
        const QList<qint64> creates = pending(QStringLiteral("create"));
        QVERIFY(!creates.isEmpty());
        QVERIFY(exec(QStringLiteral("UPDATE recommendations SET campaign_name = '%1' WHERE id = %2")
                         .arg(QString(400, QLatin1Char('A')))
                         .arg(creates.first())));
        const Run limit = queue({QStringLiteral("approve"), QString::number(creates.first()), QStringLiteral("--operator"), QStringLiteral("ana")});
        QCOMPARE(limit.exitCode, 5);
        QVERIFY2(limit.err.contains(QLatin1String("over the policy's limits")), qPrintable(limit.err));
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(creates.first())).toString(),
                 QStringLiteral("pending"));
        // Several ids: each is tried, the first refusal's code wins.
        const qint64 fine = pending(QStringLiteral("pause")).value(0, 0);
        if (fine > 0) {
            const Run mixed = queue({QStringLiteral("approve"), QString::number(expired), QString::number(fine), QStringLiteral("--operator"),
                                     QStringLiteral("ana")});
            QCOMPARE(mixed.exitCode, 5);
            QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(fine)).toString(), QStringLiteral("approved"));
        }
    }

    void rejectWithAReasonSticks()
    {
        const qint64 id = pending().first();
        const Run r = queue({QStringLiteral("reject"), QString::number(id), QStringLiteral("--reason"), QStringLiteral("the season is over"),
                             QStringLiteral("--operator"), QStringLiteral("dana")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT status || '|' || decided_by || '|' || decision_reason FROM recommendations WHERE id = %1").arg(id))
                     .toString(),
                 QStringLiteral("rejected|dana|the season is over"));
        QCOMPARE(value(QStringLiteral("SELECT operator || '|' || details FROM audit_log WHERE recommendation_id = %1 AND event = 'rejected'").arg(id))
                     .toString(),
                 QStringLiteral("dana|the season is over"));
        QVERIFY(!idsOf(list()).contains(id));
        bool found = false;
        for (const QJsonValue &v : list({QStringLiteral("--all")})) {
            const QJsonObject o = v.toObject();
            if (qint64(o.value(QStringLiteral("id")).toDouble()) == id) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
                QCOMPARE(o.value(QStringLiteral("decided_by")).toString(), QStringLiteral("dana"));
            }
        }
        QVERIFY(found);
        const Run approve = queue({QStringLiteral("approve"), QString::number(id), QStringLiteral("--operator"), QStringLiteral("ana")});
        QCOMPARE(approve.exitCode, 4);
        QVERIFY2(approve.err.contains(QLatin1String("already rejected by dana")) && approve.err.contains(QLatin1String("the season is over")),
                 qPrintable(approve.err));
        // Snoozing a decided one is refused the same way.
        const Run snooze = queue({QStringLiteral("snooze"), QString::number(id), QStringLiteral("--until"),
                                  QDate::currentDate().addDays(2).toString(Qt::ISODate)});
        QCOMPARE(snooze.exitCode, 4);
        QVERIFY(snooze.err.contains(QLatin1String("dana")));
    }

    // A failed send and an unknown one, settled from a terminal as the
    // window's Retry send, Mark applied and Send again do: the state's
    // move, audited with the name; a wrong state or id refused with its code.
    void aSendThatNeedsAPersonIsSettledFromATerminal()
    {
        QList<qint64> queued;
        for (qint64 id : pending()) {
            if (queued.size() == 2)
                break;
            const Run r = queue({QStringLiteral("approve"), QString::number(id), QStringLiteral("--operator"), QStringLiteral("ana")});
            if (r.exitCode == 0 && r.out.contains(QLatin1String("queued to send")))
                queued << id;
        }
        QCOMPARE(queued.size(), 2);
        const qint64 failed = queued[0], unknown = queued[1];
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = 'HTTP 400: budget too low' WHERE recommendation_id = %1").arg(failed)));
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'unknown', last_error = 'the answer was lost' WHERE recommendation_id = %1").arg(unknown)));
        auto stateOf = [this](qint64 id) {
            return value(QStringLiteral("SELECT state FROM outbox WHERE recommendation_id = %1").arg(id)).toString();
        };
        auto lastEvent = [this](qint64 id) {
            return value(QStringLiteral("SELECT operator || ' ' || event FROM audit_log WHERE recommendation_id = %1 ORDER BY id DESC LIMIT 1")
                             .arg(id))
                .toString();
        };
        // The wrong state: refused (4), nothing moved.
        const Run wrong = queue({QStringLiteral("retry"), QString::number(unknown), QStringLiteral("--operator"), QStringLiteral("dana")});
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(wrong.err.contains(QStringLiteral("queue retry: #%1's send is unknown, not failed (last: ana approved: ").arg(unknown)),
                 qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QLatin1String(" UTC)")), qPrintable(wrong.err));
        // Never approved: nothing to settle (5, not "already decided").
        const qint64 undecided = pending().first();
        const Run notSent = queue({QStringLiteral("retry"), QString::number(undecided), QStringLiteral("--operator"), QStringLiteral("dana")});
        QCOMPARE(notSent.exitCode, 5);
        QVERIFY2(notSent.err.contains(QStringLiteral("#%1 is pending: nothing of it was sent; approve it first").arg(undecided)),
                 qPrintable(notSent.err));
        QCOMPARE(stateOf(unknown), QStringLiteral("unknown"));
        QCOMPARE(queue({QStringLiteral("send-again"), QStringLiteral("987654"), QStringLiteral("--operator"), QStringLiteral("dana")}).exitCode, 3);

        const Run retry = queue({QStringLiteral("retry"), QString::number(failed), QStringLiteral("--operator"), QStringLiteral("dana")});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QVERIFY(retry.out.contains(QStringLiteral("#%1: dana retried the send of").arg(failed)));
        QCOMPARE(stateOf(failed), QStringLiteral("approved"));
        QCOMPARE(lastEvent(failed), QStringLiteral("dana retry"));

        const Run applied = queue({QStringLiteral("mark-applied"), QString::number(unknown), QStringLiteral("--operator"), QStringLiteral("dana")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QCOMPARE(stateOf(unknown), QStringLiteral("done"));
        QCOMPARE(lastEvent(unknown), QStringLiteral("dana marked_applied"));
        // The text list says where each approved send stands (it showed
        // both as a plain "[approved]").
        const Run all = queue({QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(QStringLiteral("#%1 [approved, send waiting]").arg(failed)), qPrintable(all.out));
        QVERIFY2(all.out.contains(QStringLiteral("#%1 [approved, send done]").arg(unknown)), qPrintable(all.out));
        // Settled already: a second word is refused.
        QCOMPARE(queue({QStringLiteral("send-again"), QString::number(unknown), QStringLiteral("--operator"), QStringLiteral("dana")}).exitCode,
                 4);
        QCOMPARE(stateOf(unknown), QStringLiteral("done"));

        // A rule's refusal is 5: a resume (it spends money) whose
        // recommendation expired, failed again.
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = 'HTTP 500' WHERE recommendation_id = %1").arg(failed)));
        QVERIFY(exec(QStringLiteral("UPDATE recommendations SET action = 'resume', expires_at = '%1' WHERE id = %2")
                         .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))
                         .arg(failed)));
        const Run stale = queue({QStringLiteral("retry"), QString::number(failed), QStringLiteral("--operator"), QStringLiteral("dana")});
        QCOMPARE(stale.exitCode, 5);
        QVERIFY2(stale.err.contains(QStringLiteral("recommendation #%1: it spends money on evidence that expired").arg(failed)), qPrintable(stale.err));
        QCOMPARE(stateOf(failed), QStringLiteral("failed"));
    }

    void snoozeHidesUntilTheDate()
    {
        const qint64 id = pending().first();
        QVERIFY(idsOf(list()).contains(id));
        const QDate until = QDate::currentDate().addDays(2);
        const Run r = queue({QStringLiteral("snooze"), QString::number(id), QStringLiteral("--until"), until.toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!idsOf(list()).contains(id));
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        // --all shows it, with its end.
        for (const QJsonValue &v : list({QStringLiteral("--all")}))
            if (qint64(v.toObject().value(QStringLiteral("id")).toDouble()) == id)
                QVERIFY(v.toObject().value(QStringLiteral("snoozed_until")).isString());
        // A day later it is still hidden; once the date has come it is back.
        m_nowOffset = 24 * 3600;
        QVERIFY(!idsOf(list()).contains(id));
        m_nowOffset = 3 * 24 * 3600;
        QVERIFY(idsOf(list()).contains(id));
        m_nowOffset = 0;
        // A date and time keeps its time (it was dropped: "until 00:00").
        const QDateTime at(QDate::currentDate().addDays(1), QTime(10, 30));
        const Run timed = queue({QStringLiteral("snooze"), QString::number(id), QStringLiteral("--until"),
                                 at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))});
        QVERIFY2(timed.exitCode == 0, qPrintable(timed.err));
        for (const QJsonValue &v : list({QStringLiteral("--all")}))
            if (qint64(v.toObject().value(QStringLiteral("id")).toDouble()) == id)
                QCOMPARE(QDateTime::fromString(v.toObject().value(QStringLiteral("snoozed_until")).toString(), Qt::ISODate), at.toUTC());
    }

    // Found by a walkthrough: a snooze was kept by the row's id, and the
    // next cycle's judgement of the same campaign superseded that row under
    // a new id, which showed again the next morning. A snooze holds for the
    // campaign and decision; another decision shows.
    void aSnoozeHoldsForTheNextCyclesSameJudgement()
    {
        const qint64 id = pending().last();
        const QDate until = QDate::currentDate().addDays(2);
        const Run r = queue({QStringLiteral("snooze"), QString::number(id), QStringLiteral("--until"), until.toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What a later cycle stores: the same judgement again, then another decision on the same campaign.
        auto again = [&](const QString &decision) -> qint64 {
            auto db = Database::open(m_db);
            if (!db)
                return -1;
            qint64 newId = -1;
            {
                DecisionStore store(db->connection());
                auto old = store.get(id);
                if (old) {
                    Recommendation next = *old;
                    next.id = 0;
                    next.cycleId = QStringLiteral("later-") + decision;
                    next.decision = decision;
                    next.status = QStringLiteral("pending");
                    next.createdAt = old->createdAt.addSecs(60);
                    auto added = store.add({next});
                    if (added && !added->isEmpty())
                        newId = added->first().id;
                    else if (!added)
                        qWarning() << added.error().toString();
                }
            }
            db->closeThreadConnection();
            return newId;
        };
        const QString decision = value(QStringLiteral("SELECT decision FROM recommendations WHERE id = %1").arg(id)).toString();
        const qint64 same = again(decision);
        QVERIFY(same > id);
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("superseded"));
        QVERIFY(!idsOf(list()).contains(same));
        for (const QJsonValue &v : list({QStringLiteral("--all")}))
            if (qint64(v.toObject().value(QStringLiteral("id")).toDouble()) == same)
                QVERIFY(v.toObject().value(QStringLiteral("snoozed_until")).isString());
        const qint64 other = again(decision == u"EMERGENCY_PAUSE" ? QStringLiteral("PAUSE") : QStringLiteral("EMERGENCY_PAUSE"));
        QVERIFY(other > same);
        QVERIFY(idsOf(list()).contains(other));
    }

    void auditVerifyNamesAnEntryChangedByHand()
    {
        const Run ok = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_db});
        QCOMPARE(ok.exitCode, 0);
        const int entries = value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QVERIFY(entries > 5);
        QVERIFY2(ok.out.contains(QStringLiteral("%1 entries verified").arg(entries)), qPrintable(ok.out));
        // The table refuses the edit while its trigger stands.
        const qint64 target = value(QStringLiteral("SELECT id FROM audit_log WHERE event = 'rejected'")).toLongLong();
        QVERIFY(target > 0);
        QVERIFY(!exec(QStringLiteral("UPDATE audit_log SET details = 'approved after all' WHERE id = %1").arg(target)));
        QVERIFY(!exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(target)));
        // By hand, without it: verify names the entry, its time and event, exit 1.
        QVERIFY(exec(cp::test::onPostgres() ? QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log")
                                            : QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET details = 'approved after all' WHERE id = %1").arg(target)));
        const QString at = value(QStringLiteral("SELECT at FROM audit_log WHERE id = %1").arg(target)).toString();
        const Run broken = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_db});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("entry %1 (%2, rejected) does not match").arg(target).arg(at)), qPrintable(broken.err));
        // (ids may skip numbers on PostgreSQL: a sequence never gives one back)
        const int before = value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id < %1").arg(target)).toInt();
        QVERIFY2(broken.err.contains(QStringLiteral("%1 entries before it verified").arg(before)), qPrintable(broken.err));
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
