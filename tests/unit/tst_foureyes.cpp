// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, four-eyes approval: a budget increase above a policy amount, or
// any action above a daily spend figure, needs two different operators. One
// approval sends nothing; the same operator's second is refused; another
// operator's approves it and it is sent once. In the store (Approval, the
// window's and the command line's code), from two threads at once, and
// on PostgreSQL (a server of the test's own), through the real binary
// (`queue approve`, `queue list`, `send --approved`) and in the window.
#include "support/program.h"
#include "agents/approval.h"
#include "agents/rules/policy.h"
#include "agents/rules/rules.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/recommendationmodel.h"
#include "support/pgserver.h"
#include "ui/decisionqueuepane.h"
#include "agents/dispatcher.h"
#include "ui/mainwindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAction>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace cp;
using Action = Recommendation::Action;

namespace {

Recommendation make(Action kind, const QString &campaign, std::optional<Money> budget, std::optional<Money> previous = std::nullopt)
{
    Recommendation r;
    r.cycleId = QStringLiteral("t");
    r.agent = QStringLiteral("manager");
    r.decision = kind == Action::Create ? QStringLiteral("NEW_CAMPAIGN") : kind == Action::Pause ? QStringLiteral("PAUSE") : QStringLiteral("CONTINUE");
    r.action = kind;
    r.campaignId = kind == Action::Create ? QString() : campaign;
    r.productId = QStringLiteral("p-") + campaign;
    r.campaignName = campaign;
    r.title = campaign;
    r.rule = QStringLiteral("test");
    r.rationale = QStringLiteral("test");
    r.proposedBudget = budget;
    r.previousBudget = previous;
    r.durationDays = 7;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.expiresAt = r.createdAt.addDays(30);
    return r;
}

Money m(qint64 units) { return Money::fromMinor(units * 100); }

// Two operators for a budget increase above 50.00 or a daily budget above 80.00.
Policy fourEyes()
{
    Policy p;
    p.fourEyesBudgetIncreaseAbove = m(50);
    p.fourEyesDailySpendAbove = m(80);
    return p;
}

using test::scalar;
using test::Run;
} // namespace

class TestFourEyes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    int m_next = 0;

    QSqlDatabase c() const { return m_db->connection(); }
    int count(const QString &sql) const { return scalar(c(), sql).toInt(); }
    // A new recommendation of its own campaign, stored.
    qint64 add(Recommendation r)
    {
        r.campaignName += QString::number(++m_next);
        if (!r.campaignId.isEmpty())
            r.campaignId += QString::number(m_next);
        r.productId += QString::number(m_next);
        DecisionStore store(c());
        auto added = store.add({r});
        if (!added)
            qFatal("add: %s", qPrintable(added.error().toString()));
        return added->first().id;
    }
    int audits(qint64 id, const QString &event) const
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = '%2'").arg(id).arg(event));
    }
    int outboxOf(qint64 id) const { return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)); }

    // The real binary on the workspace `db`, with settings of the test's own.
    Run cli(const QString &db, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return test::runProgram(args + QStringList{QStringLiteral("--database"), db}, env);
    }
    // A read on a connection of its own (the window may hold this thread's).
    static QVariant valueIn(const QString &db, const QString &sql)
    {
        static int n = 0;
        const QString name = QStringLiteral("tst_foureyes_read_%1").arg(++n);
        QVariant v;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (c.open())
                v = scalar(c, sql);
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }
    // A replay workspace of the demo after one cycle, whose policy in effect
    // asks two operators for any daily budget above 0.01.
    bool demoWithFourEyes(const QString &db) const
    {
        const Run cycle = cli(db, {QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo")});
        if (cycle.exitCode != 0) {
            qWarning() << cycle.err;
            return false;
        }
        auto opened = Database::open(db);
        if (!opened)
            return false;
        bool ok = false;
        {
            DecisionStore store(opened->connection());
            auto stored = store.latestPolicy();
            if (stored) {
                Policy policy = stored->isEmpty() ? Policy{} : *Policy::fromJson(*stored, QStringLiteral("t"));
                policy.fourEyesDailySpendAbove = Money::fromMinor(1);
                policy.version = *store.latestPolicyVersion() + 1;
                ok = store.savePolicy(policy.version, policy.name, policy.toJson()).ok();
            }
        }
        opened->closeThreadConnection();
        return ok;
    }

    // Two threads, each with a connection of its own to the workspace at
    // `where`, approve recommendation `id` at the same moment, as `first`
    // and `second`: how many approvals were taken, and the refusals' texts.
    struct Race
    {
        int ok = 0;
        QStringList errors;
    };
    static Race approveAtOnce(const QString &where, qint64 id, const Policy &policy, const QString &first, const QString &second)
    {
        std::latch start(2);
        std::atomic<int> ok{0};
        QStringList errors[2];
        auto approver = [&](const QString &who, int slot) {
            return QThread::create([&, who, slot] {
                auto db = Database::open(where);
                if (!db) {
                    errors[slot] << db.error().toString();
                    start.count_down();
                    return;
                }
                {
                    DecisionStore store(db->connection());
                    start.arrive_and_wait();
                    auto r = Approval::approve(store, id, who, policy);
                    if (r)
                        ++ok;
                    else
                        errors[slot] << r.error().toString();
                }
                db->closeThreadConnection();
            });
        };
        std::unique_ptr<QThread> a(approver(first, 0)), b(approver(second, 1));
        a->start();
        b->start();
        const bool ended = a->wait(60000) && b->wait(60000);
        Race race{ok.load(), errors[0] + errors[1]};
        if (!ended)
            race.errors << QStringLiteral("an approver's thread did not finish");
        return race;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The window's settings (the operator's name) in a folder of the test's own.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        auto db = Database::open(m_dir.filePath(QStringLiteral("foureyes.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = *db;
    }
    void cleanupTestCase()
    {
        if (m_db)
            m_db->closeThreadConnection();
    }

    void howManyApprovals_data()
    {
        QTest::addColumn<Recommendation>("rec");
        QTest::addColumn<int>("needed");
        QTest::newRow("raise by 50.00 (not above)") << make(Action::SetBudget, QStringLiteral("c"), m(70), m(20)) << 1;
        QTest::newRow("raise by 50.01") << make(Action::SetBudget, QStringLiteral("c"), Money::fromMinor(7001), m(20)) << 2;
        QTest::newRow("cut from 90 to 10") << make(Action::SetBudget, QStringLiteral("c"), m(10), m(90)) << 1;
        QTest::newRow("new campaign at 50") << make(Action::Create, QStringLiteral("c"), m(50)) << 1;
        QTest::newRow("new campaign at 60 (all increase)") << make(Action::Create, QStringLiteral("c"), m(60)) << 2;
        QTest::newRow("daily 80.00 (not above)") << make(Action::SetBudget, QStringLiteral("c"), m(80), m(75)) << 1;
        QTest::newRow("daily 81 after a small raise") << make(Action::SetBudget, QStringLiteral("c"), m(81), m(75)) << 2;
        QTest::newRow("resume at 90 a day") << make(Action::Resume, QStringLiteral("c"), std::nullopt, m(90)) << 2;
        QTest::newRow("resume at 30 a day") << make(Action::Resume, QStringLiteral("c"), std::nullopt, m(30)) << 1;
        QTest::newRow("pause of a 90 budget") << make(Action::Pause, QStringLiteral("c"), std::nullopt, m(90)) << 1;
    }
    void howManyApprovals()
    {
        QFETCH(Recommendation, rec);
        QFETCH(int, needed);
        const Rules::ApprovalsNeeded n = Rules::approvalsNeeded(rec, fourEyes());
        QCOMPARE(n.count, needed);
        QCOMPARE(n.why.isEmpty(), needed == 1);
        // 0 is off: one operator approves anything.
        QCOMPARE(Rules::approvalsNeeded(rec, Policy{}).count, 1);
    }

    void policyFieldsAreValidatedAndShown()
    {
        auto p = Policy::fromJson(R"({"four_eyes_budget_increase_above": "25.00", "four_eyes_daily_spend_above": "60.00"})", QStringLiteral("t"));
        QVERIFY(p.ok());
        QCOMPARE(p->fourEyesBudgetIncreaseAbove, m(25));
        QCOMPARE(p->fourEyesDailySpendAbove, m(60));
        QVERIFY(!Policy::fromJson(R"({"four_eyes_daily_spend_above": 60})", QStringLiteral("t")).ok());
        QVERIFY(!Policy::fromJson(R"({"four_eyes_daily_spend_above": "-1.00"})", QStringLiteral("t")).ok());
        auto back = Policy::fromJson(p->toJson(), QStringLiteral("t"));
        QVERIFY(back.ok());
        QCOMPARE(back->fourEyesDailySpendAbove, m(60));
        int shown = 0;
        for (const PolicyFieldInfo &f : policyFields())
            if (f.key.startsWith(QLatin1String("four_eyes_"))) {
                ++shown;
                QCOMPARE(f.kind, PolicyFieldInfo::Kind::Money);
                QVERIFY(!f.help.isEmpty());
            }
        QCOMPARE(shown, 2);
    }

    void oneApprovalDoesNotSendTheSameOperatorIsRefusedAnotherSends()
    {
        const Policy policy = fourEyes();
        DecisionStore store(c());
        const qint64 id = add(make(Action::Create, QStringLiteral("big"), m(90)));

        // One approval: recorded, still pending, nothing for the dispatcher.
        auto first = Approval::approve(store, id, QStringLiteral("ana"), policy);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->status, QStringLiteral("pending"));
        QCOMPARE(first->approvedBy, QStringList{QStringLiteral("ana")});
        QVERIFY(first->awaitsSecondApproval());
        QVERIFY(Approval::waitingNote(*first, policy).contains(QLatin1String("1 of 2 approvals (by ana)")));
        QCOMPARE(outboxOf(id), 0);
        for (const OutboxItem &item : *store.outbox(QStringLiteral("approved")))
            QVERIFY(item.recommendationId != id);
        QCOMPARE(audits(id, QStringLiteral("approval_1_of_2")), 1);
        QCOMPARE(audits(id, QStringLiteral("approved")), 0);

        // The same operator again (however the name is written): refused, saying why, nothing written.
        const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        for (const QString &same : {QStringLiteral("ana"), QStringLiteral(" Ana ")}) {
            auto again = Approval::approve(store, id, same, policy);
            QVERIFY(!again.ok());
            QVERIFY2(again.error().message.contains(QLatin1String("a second, different operator must approve it")),
                     qPrintable(again.error().message));
            QVERIFY(again.error().message.contains(QLatin1String("ana already approved it")));
            QCOMPARE(Approval::refusalOf(store, id), Approval::Refusal::NotPermitted);
        }
        QCOMPARE(store.get(id)->status, QStringLiteral("pending"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QCOMPARE(outboxOf(id), 0);

        // Another operator: approved, once, to the outbox.
        auto second = Approval::approve(store, id, QStringLiteral("bob"), policy);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QCOMPARE(second->status, QStringLiteral("approved"));
        QCOMPARE(second->decidedBy, QStringLiteral("bob"));
        QCOMPARE(second->approvedBy, (QStringList{QStringLiteral("ana"), QStringLiteral("bob")}));
        QVERIFY(!second->awaitsSecondApproval());
        QCOMPARE(outboxOf(id), 1);
        QCOMPARE(audits(id, QStringLiteral("approved")), 1);
        QCOMPARE(audits(id, QStringLiteral("approval_1_of_2")), 1);

        // A third: already decided, naming who.
        auto third = Approval::approve(store, id, QStringLiteral("carla"), policy);
        QVERIFY(!third.ok());
        QVERIFY(third.error().message.contains(QLatin1String("already approved by bob")));
        QCOMPARE(Approval::refusalOf(store, id), Approval::Refusal::AlreadyDecided);
        QCOMPARE(outboxOf(id), 1);
    }

    void theNextCycleKeepsTheFirstOfTwoApprovals()
    {
        // A walkthrough: each station round superseded a recommendation one
        // operator had approved, and the second was told "superseded".
        const Policy policy = fourEyes();
        DecisionStore store(c());
        const qint64 id = add(make(Action::SetBudget, QStringLiteral("raise"), m(90), m(20)));
        const Recommendation first = *store.get(id);
        QVERIFY(Approval::approve(store, id, QStringLiteral("ana"), policy).ok());

        // The next cycle proposes the same: kept, with ana's approval, and said so.
        Recommendation again = first;
        again.id = 0;
        again.cycleId = QStringLiteral("t2");
        again.rationale = QStringLiteral("newer evidence");
        again.createdAt = QDateTime::currentDateTimeUtc();
        again.expiresAt = again.createdAt.addDays(30);
        auto added = store.add({again});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
        QCOMPARE(added->first().id, id);
        QVERIFY(added->first().unchanged);
        QCOMPARE(store.get(id)->status, QStringLiteral("pending"));
        QCOMPARE(store.get(id)->approvedBy, QStringList{QStringLiteral("ana")});
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'kept_approved_once' AND details LIKE '%#%1%'").arg(id)), 1);
        auto second = Approval::approve(store, id, QStringLiteral("bob"), policy);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QCOMPARE(second->status, QStringLiteral("approved"));
        QCOMPARE(outboxOf(id), 1);

        // Another proposal (another budget) is a new question: it supersedes.
        const qint64 other = add(make(Action::SetBudget, QStringLiteral("raise"), m(90), m(20)));
        const Recommendation was = *store.get(other);
        QVERIFY(Approval::approve(store, other, QStringLiteral("ana"), policy).ok());
        Recommendation changed = was;
        changed.id = 0;
        changed.proposedBudget = m(95);
        added = store.add({changed});
        QVERIFY(added.ok());
        QVERIFY(added->first().id != other);
        QCOMPARE(store.get(other)->status, QStringLiteral("superseded"));
    }

    void belowTheThresholdsOneApprovalSends()
    {
        const Policy policy = fourEyes();
        DecisionStore store(c());
        for (const Recommendation &r : {make(Action::Create, QStringLiteral("small"), m(40)),
                                        make(Action::SetBudget, QStringLiteral("raise"), m(60), m(40)),
                                        make(Action::Pause, QStringLiteral("stop"), std::nullopt, m(95))}) {
            const qint64 id = add(r);
            auto approved = Approval::approve(store, id, QStringLiteral("ana"), policy);
            QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
            QCOMPARE(approved->status, QStringLiteral("approved"));
            QCOMPARE(outboxOf(id), 1);
            QCOMPARE(audits(id, QStringLiteral("approval_1_of_2")), 0);
        }
    }

    void anEditVoidsTheFirstApproval()
    {
        const Policy policy = fourEyes();
        DecisionStore store(c());
        const qint64 id = add(make(Action::SetBudget, QStringLiteral("edit"), m(90), m(70)));
        QVERIFY(Approval::approve(store, id, QStringLiteral("ana"), policy).ok());
        QCOMPARE(store.get(id)->approvedBy, QStringList{QStringLiteral("ana")});
        // ana's approval was for 90.00 a day; 85.00 is what bob would approve now.
        QVERIFY(Approval::editBudget(store, id, m(85), policy, QStringLiteral("carla"), QStringLiteral("a bit less")).ok());
        QVERIFY(store.get(id)->approvedBy.isEmpty());
        auto bob = Approval::approve(store, id, QStringLiteral("bob"), policy);
        QVERIFY(bob.ok());
        QCOMPARE(bob->status, QStringLiteral("pending"));   // the first of two again
        QCOMPARE(outboxOf(id), 0);
        auto ana = Approval::approve(store, id, QStringLiteral("ana"), policy);
        QVERIFY(ana.ok());
        QCOMPARE(ana->status, QStringLiteral("approved"));
        QCOMPARE(outboxOf(id), 1);
    }

    void twoOperatorsAtOnceCountOnceEach()
    {
        // Two threads, each with its own connection, approve the same
        // fresh four-eyes recommendation at the same moment, many times over:
        // one is the first, the other the second; it is approved once.
        const Policy policy = fourEyes();
        const QString path = m_dir.filePath(QStringLiteral("foureyes.sqlite"));
        for (int round = 0; round < 12; ++round) {
            const qint64 id = add(make(Action::Create, QStringLiteral("race"), m(95)));
            const Race race = approveAtOnce(path, id, policy, QStringLiteral("ana"), QStringLiteral("bob"));
            QVERIFY2(race.ok == 2, qPrintable(race.errors.join(QLatin1Char('\n'))));
            QCOMPARE(scalar(c(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(),
                     QStringLiteral("approved"));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)), 2);
            QCOMPARE(audits(id, QStringLiteral("approval_1_of_2")), 1);
            QCOMPARE(audits(id, QStringLiteral("approved")), 1);
            QCOMPARE(outboxOf(id), 1);
        }
    }

    void oneOperatorFromTwoPlacesAtOnceCountsOnce()
    {
        // ana in the window and on the command line at once: one approval
        // recorded, the other refused; nothing approved.
        const Policy policy = fourEyes();
        const QString path = m_dir.filePath(QStringLiteral("foureyes.sqlite"));
        const qint64 id = add(make(Action::Create, QStringLiteral("twice"), m(95)));
        const Race race = approveAtOnce(path, id, policy, QStringLiteral("ana"), QStringLiteral("ana"));
        QCOMPARE(race.ok, 1);
        QCOMPARE(race.errors.size(), 1);
        QVERIFY2(race.errors.first().contains(QLatin1String("a second, different operator")), qPrintable(race.errors.first()));
        QCOMPARE(scalar(c(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)), 1);
        QCOMPARE(outboxOf(id), 0);
    }

    void twoOperatorsAtOnceOnPostgres()
    {
        // A team workspace: the same race on PostgreSQL, where the first
        // UPDATE locks the recommendation's row until the transaction ends.
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            CP_SKIP_WITHOUT_POSTGRES("Qt's PostgreSQL driver is missing (libqt6sql6-psql)");
        test::PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("team"));
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        const Policy policy = fourEyes();
        for (int round = 0; round < 6; ++round) {
            qint64 id = 0;
            {
                DecisionStore store(db->connection());
                Recommendation r = make(Action::Create, QStringLiteral("pg%1").arg(round), m(95));
                auto added = store.add({r});
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
                id = added->first().id;
            }
            const Race race = approveAtOnce(url, id, policy, QStringLiteral("ana"), QStringLiteral("bob"));
            QVERIFY2(race.ok == 2, qPrintable(race.errors.join(QLatin1Char('\n'))));
            QSqlDatabase c = db->connection();
            QCOMPARE(scalar(c, QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("approved"));
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)).toInt(), 2);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'approved'").arg(id)).toInt(), 1);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'approval_1_of_2'").arg(id)).toInt(), 1);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)).toInt(), 1);
        }
        db->closeThreadConnection();
    }

    void theCommandLineAppliesTheSameRules()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(demoWithFourEyes(db));
        auto run = [&](const QStringList &args) { return cli(db, args); };
        auto value = [&](const QString &sql) { return valueIn(db, sql); };
        const qint64 create = value(QStringLiteral("SELECT MIN(id) FROM recommendations WHERE status = 'pending' AND action = 'create'")).toLongLong();
        const qint64 pause = value(QStringLiteral("SELECT MIN(id) FROM recommendations WHERE status = 'pending' AND action = 'pause'")).toLongLong();
        QVERIFY(create > 0);
        const QString id = QString::number(create);

        // The first approval: recorded, exit 0, says it needs one more; nothing is sent.
        const Run first = run({QStringLiteral("queue"), QStringLiteral("approve"), id, QStringLiteral("--operator"), QStringLiteral("ana")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("1 of 2 approvals (by ana)")), qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String("needs one more by a different operator")));
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        const Run list = run({QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("#%1 [pending, 1 of 2 approvals (by ana)]").arg(id)), qPrintable(list.out));
        const Run json = run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QLatin1String("approvals")) && o.contains(QLatin1String("approvals_needed")));
            if (qint64(o.value(QStringLiteral("id")).toDouble()) == create) {
                seen = true;
                QCOMPARE(o.value(QStringLiteral("approvals")).toArray(), QJsonArray{QStringLiteral("ana")});
                QCOMPARE(o.value(QStringLiteral("approvals_needed")).toInt(), 2);
            } else if (qint64(o.value(QStringLiteral("id")).toDouble()) == pause) {
                QCOMPARE(o.value(QStringLiteral("approvals_needed")).toInt(), 1);
            }
        }
        QVERIFY(seen);
        const Run sendEarly = run({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--operator"), QStringLiteral("sender")});
        QVERIFY2(sendEarly.exitCode == 0, qPrintable(sendEarly.err));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)).toInt(), 0);

        // The same operator again: not permitted (5), saying a different operator must approve.
        const Run again = run({QStringLiteral("queue"), QStringLiteral("approve"), id, QStringLiteral("--operator"), QStringLiteral("ana")});
        QCOMPARE(again.exitCode, 5);
        QVERIFY2(again.err.contains(QLatin1String("a second, different operator must approve it")), qPrintable(again.err));
        QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));

        // Another operator: approved and queued; sent once, however often send runs.
        const Run second = run({QStringLiteral("queue"), QStringLiteral("approve"), id, QStringLiteral("--operator"), QStringLiteral("bob")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("#%1 approved by bob").arg(id)), qPrintable(second.out));
        for (int i = 0; i < 2; ++i) {
            const Run send = run({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--operator"), QStringLiteral("sender")});
            QVERIFY2(send.exitCode == 0, qPrintable(send.err + send.out));
        }
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT state FROM outbox WHERE recommendation_id = %1").arg(id)).toString(), QStringLiteral("done"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'sent'").arg(id)).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'approved'").arg(id)).toInt(), 1);

        // A pause needs one approval whatever the figure.
        if (pause > 0) {
            const Run p = run({QStringLiteral("queue"), QStringLiteral("approve"), QString::number(pause), QStringLiteral("--operator"),
                               QStringLiteral("ana")});
            QVERIFY2(p.exitCode == 0, qPrintable(p.err));
            QCOMPARE(value(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(pause)).toString(), QStringLiteral("approved"));
        }
    }

    void theWindowShowsOneOfTwoAndRefusesTheSameOperator()
    {
        const QString db = m_dir.filePath(QStringLiteral("window.sqlite"));
        QVERIFY(demoWithFourEyes(db));
        const qint64 create = valueIn(db, QStringLiteral("SELECT MIN(id) FROM recommendations WHERE status = 'pending' "
                                                         "AND action = 'create'")).toLongLong();
        QVERIFY(create > 0);
        QSettings().setValue(QStringLiteral("operator"), QStringLiteral("ana"));
        MainWindow window(db, QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        DecisionQueuePane *queue = window.queuePane();
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->byId(create) != nullptr, 60000);
        auto statusText = [&] {
            const auto &rows = queue->model()->rows();
            for (int i = 0; i < rows.size(); ++i)
                if (rows.at(i).id == create)
                    return queue->model()->index(i, RecommendationModel::Status).data().toString();
            return QString();
        };

        // The window's start-up send (nothing approved yet) has finished:
        // its "Sending: …" would otherwise land after the approval's message
        // when the machine is slow (seen under a loaded ctest -j2).
        QTRY_VERIFY_WITH_TIMEOUT(window.lastOutcome().startsWith(QLatin1String("Sending")) && !window.dispatcher()->isBusy(), 60000);
        // ana: the first of two; nothing is sent.
        QVERIFY(queue->select(create));
        queue->approveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->byId(create)->approvedBy, QStringList{QStringLiteral("ana")}, 60000);
        QCOMPARE(queue->model()->byId(create)->status, QStringLiteral("pending"));
        QCOMPARE(statusText(), QStringLiteral("1 of 2 approvals (by ana)"));
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastOutcome().contains(QLatin1String("Approval recorded")), qPrintable(window.lastOutcome()), 60000);
        QCOMPARE(valueIn(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(create)).toInt(), 0);

        // ana again: the Approve button is off for her, and says why (the
        // store refuses her a second time anyway: the command-line test).
        QVERIFY(queue->select(create));
        QTRY_VERIFY_WITH_TIMEOUT(!queue->approveAction()->isEnabled(), 60000);
        QVERIFY2(queue->approveAction()->toolTip().contains(QStringLiteral("You approved #%1 already").arg(create)),
                 qPrintable(queue->approveAction()->toolTip()));
        if (const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            if (auto *tabs = window.findChild<QTabWidget *>())
                tabs->setCurrentIndex(3);   // Decisions
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            window.grab().save(dir + QStringLiteral("/four-eyes.png"));
        }
        queue->approveAction()->trigger();   // disabled: nothing happens
        QCOMPARE(queue->model()->byId(create)->status, QStringLiteral("pending"));
        QCOMPARE(queue->model()->byId(create)->approvedBy, QStringList{QStringLiteral("ana")});

        // bob: approved and sent.
        QSettings().setValue(QStringLiteral("operator"), QStringLiteral("bob"));
        QSignalSpy sent(&window, &MainWindow::sendsFinished);
        QVERIFY(queue->select(create));
        QTRY_VERIFY_WITH_TIMEOUT(queue->approveAction()->isEnabled(), 60000);
        queue->approveAction()->trigger();
        QVERIFY(sent.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->byId(create)->sendState, QStringLiteral("done"), 60000);
        QCOMPARE(queue->model()->byId(create)->status, QStringLiteral("approved"));
        QCOMPARE(valueIn(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE recommendation_id = %1 AND event = 'sent'").arg(create)).toInt(), 1);
        QSettings().remove(QStringLiteral("operator"));
    }
};

QTEST_MAIN(TestFourEyes)
#include "tst_foureyes.moc"
