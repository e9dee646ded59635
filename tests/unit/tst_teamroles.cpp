// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, identity and roles from the database: each person logs in with
// a database role of their own, in one of the workspace's groups
// campaign_pilot_<database>_viewer, _operator and _admin (schemas 20 and 23,
// models/teamroles.h); two workspaces on one server have a team each. The database
// enforces what each may do, so these tests go around the program with raw
// SQL as each member: a viewer cannot approve even through SQL; an
// operator's approval and audit entries carry the operator's role whatever
// name the client passes, and the chain still verifies; an operator cannot
// change the policy or approve above its limit; nobody updates or deletes
// the audit log; an admin adds members with `campaign-pilot team add`; a
// wrong password is said plainly without being echoed. On a PostgreSQL
// server of the test's own with password authentication.
#include "support/program.h"
#include "models/auditchain.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/teamlogin.h"
#include "models/teamroles.h"
#include "support/pgserver.h"
#include "ui/decisionqueuepane.h"
#include "ui/mainwindow.h"
#include "ui/teamidentitylabel.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace cp;
using Action = Recommendation::Action;

namespace {

using test::Run;
using test::scalar;
const QString kAdaPassword = QStringLiteral("ada's s3cret \"quoted\" pass");
const QString kOttoPassword = QStringLiteral("otto-Pa55");
const QString kVeraPassword = QStringLiteral("vera-pw-ü");

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

    cp::test::PgServer m_server;
    QTemporaryDir m_dir;
    std::optional<Database> m_owner;
    QString m_skip;
    int m_next = 0;

    QString url(const QString &user, const QString &database = QStringLiteral("team")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_server.port()).arg(database);
    }
    QSqlDatabase owner() const { return m_owner->connection(); }
    int count(const QString &sql) const { return scalar(owner(), sql).toInt(); }

    // A pending recommendation of a campaign of its own, stored by the owner (the station).
    qint64 add(std::optional<Money> budget = Money::fromMinor(5000))
    {
        Recommendation r;
        ++m_next;
        r.cycleId = QStringLiteral("t");
        r.agent = QStringLiteral("manager");
        r.decision = QStringLiteral("CONTINUE");
        r.action = Action::SetBudget;
        r.campaignId = QStringLiteral("c%1").arg(m_next);
        r.productId = QStringLiteral("p%1").arg(m_next);
        r.campaignName = r.title = r.campaignId;
        r.rule = r.rationale = QStringLiteral("test");
        r.proposedBudget = budget;
        r.previousBudget = Money::fromMinor(4000);
        r.durationDays = 7;
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.expiresAt = r.createdAt.addDays(30);
        auto added = DecisionStore(owner()).add({r});
        if (!added)
            qFatal("add: %s", qPrintable(added.error().toString()));
        return added->first().id;
    }

    // A member's own login, as the program makes it: the password told to TeamLogin.
    Result<Database> login(const QString &user, const QString &password, const QString &database = QStringLiteral("team"))
    {
        TeamLogin::setPassword(url(user, database), password);
        return Database::open(url(user, database));
    }

    QString teamList(const QString &database) const
    {
        const Run list = cli({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--database"), m_server.url(database)});
        return list.exitCode == 0 ? list.out : QStringLiteral("exit %1: %2").arg(list.exitCode).arg(list.err);
    }

    Run cli(const QStringList &args, const QString &stdinText = {}, const QString &pgPassword = {}, bool withoutUser = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withoutUser)
            env.remove(QStringLiteral("USER"));   // as under cron or systemd
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("CP_NO_KEYCHAIN"), QStringLiteral("1"));
        env.remove(QStringLiteral("PGPASSWORD"));
        if (!pgPassword.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
        return test::runProgram(args, env, stdinText);
    }

private slots:
    void initTestCase()
    {
        m_server.setPasswordAuthentication(true);
        QString error;
        if (!m_server.start(&error)) {
            if (error.startsWith(QLatin1String("no PostgreSQL binaries")))
                CP_SKIP_WITHOUT_POSTGRES(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        QVERIFY2(m_server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        auto db = Database::open(m_server.url(QStringLiteral("team")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_owner = *db;
        QCOMPARE(m_owner->version(), Database::latestVersion());
        QSqlDatabase c = owner();
        auto me = TeamRoles::identify(c);
        QVERIFY(me.ok());
        QCOMPARE(me->user, QStringLiteral("cp"));
        QCOMPARE(me->role, TeamRoles::Role::Owner);

        // The owner opens it once (the workspace is defined), as a station would.
        const Run opened = cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), m_server.url(QStringLiteral("team"))});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err + opened.out));

        // The first admin, by the workspace's owner, the password on standard input.
        const Run first = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), m_server.url(QStringLiteral("team")),
                               QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("ada")},
                              kAdaPassword + QLatin1Char('\n'));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY(!first.out.contains(kAdaPassword) && !first.err.contains(kAdaPassword));
    }

    void adminAddsMembersWithTeamAdd()
    {
        // Ada, logged in with her own password (PGPASSWORD, as libpq reads it), adds an operator and a viewer.
        for (const auto &[name, role, password] : {std::tuple{QStringLiteral("otto"), QStringLiteral("operator"), kOttoPassword},
                                                    std::tuple{QStringLiteral("vera"), QStringLiteral("viewer"), kVeraPassword}}) {
            const Run r = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                               QStringLiteral("--role"), role, name},
                              password + QLatin1Char('\n'), kAdaPassword);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            QVERIFY(r.out.contains(name));
        }
        const Run list = cli({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--database"), url(QStringLiteral("vera"))}, {},
                             kVeraPassword);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("ada\tadmin")), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("otto\toperator")));
        QVERIFY(list.out.contains(QStringLiteral("vera\tviewer")));

        // Who is who, as the window reads it.
        for (const auto &[name, password, role] : {std::tuple{QStringLiteral("ada"), kAdaPassword, TeamRoles::Role::Admin},
                                                    std::tuple{QStringLiteral("otto"), kOttoPassword, TeamRoles::Role::Operator},
                                                    std::tuple{QStringLiteral("vera"), kVeraPassword, TeamRoles::Role::Viewer}}) {
            auto db = login(name, password);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            {
                QSqlDatabase c = db->connection();
                auto who = TeamRoles::identify(c);
                QVERIFY(who.ok());
                QCOMPARE(who->user, name);
                QCOMPARE(who->role, role);
            }
            db->closeThreadConnection();
        }
    }

    void aLoginThatExistsIsRefusedPlainly()
    {
        // A walkthrough: adding a name that exists (here, or in another team)
        // printed PostgreSQL's context with the new password's SCRAM verifier,
        // then "(only a team admin or the workspace's owner adds members)".
        const Run again = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                               QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("otto")},
                              QStringLiteral("another-pw\n"), kAdaPassword);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("a login named otto exists on this server already")), qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("SCRAM-SHA-256$4096")), qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("only a team admin")), qPrintable(again.err));
        // Nor does an admin remove their own login.
        const Run self = cli({QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                              QStringLiteral("ada")},
                             {}, kAdaPassword);
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains(QStringLiteral("ada cannot remove their own login")), qPrintable(self.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'ada'")), 1);
    }

    void onlyAnAdminManagesTheTeam()
    {
        // An operator: the server refuses, the command says so (exit 1).
        const Run r = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("otto")),
                           QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("mallory")},
                          QStringLiteral("x\n"), kOttoPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only a team admin")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'mallory'")), 0);
        // Nor can the operator make itself an admin.
        auto db = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(db.ok());
        {
            QSqlQuery q(db->connection());
            QVERIFY(!q.exec(QStringLiteral("GRANT campaign_pilot_team_admin TO otto")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("must have admin option on role \"campaign_pilot_team_admin\"")),
                     qPrintable(q.lastError().text()));
        }
        db->closeThreadConnection();
        // An admin manages the team only through the workspace's functions:
        // no CREATEROLE of their own, no way into other roles (the owner's).
        auto admin = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY(admin.ok());
        {
            QSqlQuery q(admin->connection());
            QVERIFY(!q.exec(QStringLiteral("CREATE ROLE eve LOGIN")));
            QVERIFY(!q.exec(QStringLiteral("GRANT cp TO ada")));
            QVERIFY(!q.exec(QStringLiteral("SELECT cp_team_add('eve', 'admin', 'not a verifier')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT cp_team_remove('cp')")));
        }
        admin->closeThreadConnection();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'eve'")), 0);
        // A name that is no role name is refused before the server is asked.
        const Run bad = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                             QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("Robert'); DROP TABLE audit_log;--")},
                            QStringLiteral("x\n"), kAdaPassword);
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'audit_log'")), 1);
    }

    void viewerCannotApproveEvenThroughSql()
    {
        const qint64 id = add();
        const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto db = login(QStringLiteral("vera"), kVeraPassword);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            // Reading is what a viewer does.
            QCOMPARE(scalar(c, QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
            const QStringList writes{
                QStringLiteral("UPDATE recommendations SET status = 'approved', decided_by = 'vera' WHERE id = %1").arg(id),
                QStringLiteral("INSERT INTO approvals (recommendation_id, operator, at) VALUES (%1, 'vera', '2026-01-01T00:00:00Z')").arg(id),
                QStringLiteral("INSERT INTO outbox (recommendation_id, idempotency_key, action_json, state, created_at, updated_at) "
                               "VALUES (%1, 'k-vera', '{}', 'approved', 'x', 'x')").arg(id),
                QStringLiteral("INSERT INTO audit_log (at, operator, event, recommendation_id, details) VALUES ('x', 'vera', 'approved', %1, '')").arg(id),
                QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) VALUES (999, 'mine', 'x', '{}')"),
                QStringLiteral("UPDATE settings SET value = '0'"),
            };
            for (const QString &sql : writes) {
                QSqlQuery q(c);
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")), qPrintable(q.lastError().text()));
            }
            // Nor through the program's own code. Its refused statement
            // leaves no prepared statement behind on the server (QPSQL frees
            // them when the queries go; inside the aborted transaction that
            // failed with "Unable to free statement").
            const int prepared = scalar(c, QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).toInt();
            QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
            auto approved = DecisionStore(c).approve(id, QStringLiteral("vera"), QDateTime::currentDateTimeUtc());
            QVERIFY(!approved.ok());
            QVERIFY2(approved.error().message.contains(QStringLiteral("permission denied")), qPrintable(approved.error().message));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).toInt(), prepared);
        }
        db->closeThreadConnection();
        // Nothing changed.
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    }

    void operatorIsRecordedAsTheirRole()
    {
        const qint64 id = add();
        auto db = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            // The client claims to be ada: the database records otto.
            auto approved = DecisionStore(c).approve(id, QStringLiteral("ada"), QDateTime::currentDateTimeUtc());
            QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, operator, event, recommendation_id, details, prev_hash, hash) "
                                           "VALUES ('2026-12-05T10:00:00.000Z', 'ada', 'note', %1, 'by raw SQL', 'forged', 'forged')").arg(id)),
                     qPrintable(q.lastError().text()));
        }
        db->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("otto"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT operator FROM approvals WHERE recommendation_id = %1").arg(id)).toString(), QStringLiteral("otto"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT operator FROM audit_log WHERE recommendation_id = %1 AND event = 'approved'").arg(id)).toString(),
                 QStringLiteral("otto"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT operator FROM audit_log WHERE recommendation_id = %1 AND event = 'note'").arg(id)).toString(),
                 QStringLiteral("otto"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(id)), 1);
        // The chain, stamped by the database, still verifies, in the program and on the command line.
        QSqlDatabase c = owner();
        auto verified = AuditChain::verify(c);
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->why));
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), url(QStringLiteral("vera"))}, {},
                          kVeraPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
    }

    void anAdminsCycleIsChainedByTheDatabase()
    {
        // An admin saves a cycle's batch (DecisionStore::add writes its audit
        // entries a few hundred per INSERT): the log's trigger records the
        // admin and chains each entry onto the one before, in the batch's order.
        ++m_next;
        QList<Recommendation> batch;
        for (int i = 0; i < 3; ++i) {
            Recommendation r;
            r.cycleId = QStringLiteral("t");
            r.agent = QStringLiteral("manager");
            r.decision = QStringLiteral("CONTINUE");
            r.action = Action::SetBudget;
            r.campaignId = QStringLiteral("batch%1-%2").arg(m_next).arg(i % 2);   // the third supersedes the first
            r.productId = QStringLiteral("p%1").arg(m_next);
            r.campaignName = r.title = r.campaignId;
            r.rule = r.rationale = QStringLiteral("test %1").arg(i);
            r.proposedBudget = Money::fromMinor(5000);
            r.previousBudget = Money::fromMinor(4000);
            r.durationDays = 7;
            r.createdAt = QDateTime::currentDateTimeUtc();
            r.expiresAt = r.createdAt.addDays(30);
            batch << r;
        }
        auto db = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QList<qint64> ids;
        {
            auto added = DecisionStore(db->connection()).add(batch);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            for (const Recommendation &r : *added)
                ids << r.id;
        }
        db->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(ids[0])).toString(),
                 QStringLiteral("superseded"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(ids[2])).toString(),
                 QStringLiteral("pending"));
        QSqlQuery q(owner());
        QVERIFY(q.exec(QStringLiteral("SELECT recommendation_id, operator FROM audit_log WHERE recommendation_id IN (%1, %2, %3) ORDER BY id")
                           .arg(ids[0]).arg(ids[1]).arg(ids[2])));
        QList<qint64> order;
        while (q.next()) {
            order << q.value(0).toLongLong();
            QCOMPARE(q.value(1).toString(), QStringLiteral("ada"));
        }
        QCOMPARE(order, ids);
        QSqlDatabase c = owner();
        auto verified = AuditChain::verify(c);
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->why));
    }

    void oneRoleIsOnePairOfEyes()
    {
        const qint64 id = add();
        auto db = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(db.ok());
        {
            DecisionStore store(db->connection());
            QVERIFY(store.approve(id, QStringLiteral("otto"), QDateTime::currentDateTimeUtc(), 2).ok());
            // The same role under another name is not a second operator.
            QVERIFY(!store.approve(id, QStringLiteral("someone else"), QDateTime::currentDateTimeUtc(), 2).ok());
        }
        db->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)), 1);
    }

    void operatorApprovesUpToThePolicysLimit()
    {
        // The default policy's max_daily_budget is 100.00; 150.00 is above it.
        const qint64 high = add(Money::fromMinor(15000));
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QSqlQuery q(otto->connection());
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET status = 'approved' WHERE id = %1").arg(high)));
            // Through the program (its approval recorded first): the limit.
            auto approved = DecisionStore(otto->connection()).approve(high, QStringLiteral("otto"), QDateTime::currentDateTimeUtc());
            QVERIFY(!approved.ok());
            QVERIFY2(approved.error().message.contains(QStringLiteral("policy's limit")), qPrintable(approved.error().message));
            // Nor by raising an approved one's budget afterwards.
            const qint64 approvedOne = add();
            QVERIFY(DecisionStore(otto->connection()).approve(approvedOne, QStringLiteral("otto"), QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET proposed_budget_minor = 99999 WHERE id = %1").arg(approvedOne)));
            // Nor by writing to the outbox what nobody approved.
            const qint64 pending = add();
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (recommendation_id, idempotency_key, action_json, state, created_at, updated_at) "
                                           "VALUES (%1, 'k-otto', '{}', 'approved', 'x', 'x')").arg(pending)));
        }
        otto->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(high)).toString(), QStringLiteral("pending"));
        // An admin may.
        auto ada = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY(ada.ok());
        {
            auto approved = DecisionStore(ada->connection()).approve(high, QStringLiteral("ada"), QDateTime::currentDateTimeUtc());
            QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
        }
        ada->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(high)).toString(), QStringLiteral("ada"));
    }

    void fourEyesHoldsAgainstRawSql()
    {
        // A policy with four-eyes above a daily budget of 40.00 (saved by the owner).
        {
            QSqlQuery q(owner());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) VALUES "
                                           "(900, 'four-eyes', 'x', '{\"max_daily_budget\": \"100.00\", \"four_eyes_daily_spend_above\": \"40.00\"}')")),
                     qPrintable(q.lastError().text()));
        }
        const qint64 id = add(Money::fromMinor(5000));
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QSqlQuery q(otto->connection());
            // Not without an approval of one's own,
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET status = 'approved' WHERE id = %1").arg(id)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("no approval by otto")), qPrintable(q.lastError().text()));
            // nor with only one where two are needed.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO approvals (recommendation_id, operator, at) VALUES (%1, 'x', 'x')").arg(id)));
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET status = 'approved' WHERE id = %1").arg(id)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("four-eyes")), qPrintable(q.lastError().text()));
        }
        otto->closeThreadConnection();
        // A second, different member's approval through the program approves it.
        auto ada = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY(ada.ok());
        {
            auto approved = DecisionStore(ada->connection()).approve(id, QStringLiteral("ada"), QDateTime::currentDateTimeUtc(), 2);
            QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
            QCOMPARE(approved->status, QStringLiteral("approved"));
        }
        ada->closeThreadConnection();
        {
            QSqlQuery q(owner());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) VALUES "
                                          "(901, 'default again', 'x', '{\"max_daily_budget\": \"100.00\"}')")));
        }
    }

    void aMembersTimesAreTheServersAndARawApprovalIsRefused()
    {
        // A walkthrough, as otto in psql: an audit entry backdated to a day of
        // his choosing was kept with that day, and a raw UPDATE approved an
        // item that was never sent nor audited.
        const qint64 id = add(Money::fromMinor(1000));
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QSqlQuery q(otto->connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, operator, event, details) "
                                           "VALUES ('2026-01-01T00:00:00.000Z', 'ada', 'approved', 'backdated')")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT at, operator FROM audit_log WHERE details = 'backdated'")) && q.next());
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toString(), QStringLiteral("otto"));
            // An approval of his own, then the raw UPDATE: refused as it commits.
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO approvals (recommendation_id, operator, at) VALUES (%1, 'otto', '1999-01-01')").arg(id)),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT at FROM approvals WHERE recommendation_id = %1").arg(id)) && q.next());
            QVERIFY(!q.value(0).toString().startsWith(QLatin1String("1999")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET status = 'approved', decided_at = '1999-01-01' WHERE id = %1").arg(id)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("approved without its outbox and audit entries")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
        }
        // Through the program it is approved, with the server's time.
        {
            auto approved = DecisionStore(otto->connection()).approve(id, QStringLiteral("otto"), QDateTime::fromString(QStringLiteral("1999-01-01T00:00:00Z"), Qt::ISODate), 1);
            QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().toString()));
            QCOMPARE(approved->status, QStringLiteral("approved"));
            QVERIFY2(qAbs(approved->decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(approved->decidedAt.toString(Qt::ISODate)));
        }
        otto->closeThreadConnection();
        QSqlDatabase c = owner();
        auto verified = AuditChain::verify(c);
        QVERIFY(verified.ok() && verified->intact);
    }

    void membersCannotShadowOrRewriteWhatIsSent()
    {
        // The checks read the real tables, not a member's temporary ones of
        // the same name (a session's pg_temp is searched first by default).
        const qint64 pending = add();
        const qint64 approved = add();
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QVERIFY(DecisionStore(otto->connection()).approve(approved, QStringLiteral("otto"), QDateTime::currentDateTimeUtc()).ok());
            QSqlQuery q(otto->connection());
            QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TABLE recommendations (id BIGINT, status TEXT)")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recommendations VALUES (%1, 'approved')").arg(pending)));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (recommendation_id, idempotency_key, action_json, state, created_at, updated_at) "
                                           "VALUES (%1, 'k-shadow', '{}', 'approved', 'x', 'x')").arg(pending)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("is not approved")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE pg_temp.recommendations")));
            QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TABLE pg_roles (rolname NAME, rolsuper BOOLEAN)")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pg_roles VALUES ('otto', true)")));
            // Passing as the owner would skip every check: the audit entry still names otto.
            QVERIFY(DecisionStore(otto->connection()).audit(QStringLiteral("the owner"), QStringLiteral("note"), 0, QStringLiteral("shadow")).ok());
            // What an approved recommendation does is fixed, within the limit too.
            QVERIFY(!q.exec(QStringLiteral("UPDATE recommendations SET proposed_budget_minor = 9900 WHERE id = %1").arg(approved)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("can no longer change")), qPrintable(q.lastError().text()));
            // Its outbox entry keeps its action and recommendation ...
            QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET action_json = '{\"budget\": 99}' WHERE recommendation_id = %1").arg(approved)));
            QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET recommendation_id = %1 WHERE recommendation_id = %2").arg(pending).arg(approved)));
        }
        otto->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT operator FROM audit_log WHERE details = 'shadow'")).toString(), QStringLiteral("otto"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recommendation_id = %1").arg(pending)), 0);
        QCOMPARE(count(QStringLiteral("SELECT proposed_budget_minor FROM recommendations WHERE id = %1").arg(approved)), 5000);
        // ... and, once sent, is not put back in line.
        QVERIFY(QSqlQuery(owner()).exec(QStringLiteral("UPDATE outbox SET state = 'done' WHERE recommendation_id = %1").arg(approved)));
        otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QSqlQuery q(otto->connection());
            QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'approved' WHERE recommendation_id = %1").arg(approved)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("is not sent again")), qPrintable(q.lastError().text()));
        }
        otto->closeThreadConnection();
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT state FROM outbox WHERE recommendation_id = %1").arg(approved)).toString(),
                 QStringLiteral("done"));
    }

    void operatorEditsAPendingBudgetAndItsApprovalsGo()
    {
        // Editing drops the approvals given before; members cannot DELETE
        // approvals themselves, the workspace's function does it for them.
        const qint64 id = add(Money::fromMinor(5000));
        QVERIFY(QSqlQuery(owner()).exec(
            QStringLiteral("INSERT INTO approvals (recommendation_id, operator, at) VALUES (%1, 'ada', 'x')").arg(id)));
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            DecisionStore store(otto->connection());
            const Status edited = store.editBudget(id, Money::fromMinor(4500), QStringLiteral("otto"), QStringLiteral("smaller"));
            QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().toString()));
            QSqlQuery q(otto->connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM approvals WHERE recommendation_id = %1").arg(id)));
        }
        otto->closeThreadConnection();
        QCOMPARE(count(QStringLiteral("SELECT proposed_budget_minor FROM recommendations WHERE id = %1").arg(id)), 4500);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE recommendation_id = %1").arg(id)), 0);
    }

    void operatorCannotChangeThePolicy()
    {
        auto otto = login(QStringLiteral("otto"), kOttoPassword);
        QVERIFY(otto.ok());
        {
            QSqlDatabase c = otto->connection();
            for (const QString &sql : {QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) "
                                                      "VALUES (900, 'loose', 'x', '{\"max_daily_budget\": \"100000.00\"}')"),
                                       QStringLiteral("UPDATE policy_versions SET json = '{}'"),
                                       QStringLiteral("UPDATE policy_proposals SET status = 'approved'"),
                                       QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"),
                                       QStringLiteral("UPDATE workspace SET name = 'mine'")}) {
                QSqlQuery q(c);
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied"))
                             || q.lastError().text().contains(QStringLiteral("row-level security")),
                         qPrintable(q.lastError().text()));
            }
            // The emergency stop is every operator's.
            QVERIFY2(DecisionStore(c).setSetting(QStringLiteral("emergency_stop"), QStringLiteral("1")).ok(), "otto stops");
            QVERIFY(DecisionStore(c).setSetting(QStringLiteral("emergency_stop"), QStringLiteral("0")).ok());
        }
        otto->closeThreadConnection();
        // An admin can.
        auto ada = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY(ada.ok());
        {
            QSqlQuery q(ada->connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('team_test', '1')")), qPrintable(q.lastError().text()));
        }
        ada->closeThreadConnection();
    }

    void nobodyUpdatesOrDeletesTheAuditLog()
    {
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
        for (const auto &[name, password] : {std::pair{QStringLiteral("vera"), kVeraPassword}, std::pair{QStringLiteral("otto"), kOttoPassword},
                                             std::pair{QStringLiteral("ada"), kAdaPassword}}) {
            auto db = login(name, password);
            QVERIFY(db.ok());
            {
                QSqlDatabase c = db->connection();
                for (const QString &sql : {QStringLiteral("UPDATE audit_log SET details = 'changed'"), QStringLiteral("DELETE FROM audit_log"),
                                           QStringLiteral("TRUNCATE audit_log"), QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_stamp")}) {
                    QSqlQuery q(c);
                    QVERIFY2(!q.exec(sql), qPrintable(name + QLatin1String(": ") + sql));
                }
            }
            db->closeThreadConnection();
        }
        // The owner is held back by the append-only triggers (schema 18).
        QSqlQuery q(owner());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'changed'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QSqlDatabase c = owner();
        auto verified = AuditChain::verify(c);
        QVERIFY(verified.ok() && verified->intact);
    }

    void wrongPasswordIsSaidPlainly()
    {
        const QString wrong = QStringLiteral("not-ottos-password");
        auto db = login(QStringLiteral("otto"), wrong);
        QVERIFY(!db.ok());
        const QString message = db.error().toString();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("otto")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("wrong password")), qPrintable(message));
        QVERIFY(!message.contains(wrong));
        TeamLogin::forget(url(QStringLiteral("otto")));
        // On the command line, with the standard PGPASSWORD; and with none at all.
        Run r = cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), url(QStringLiteral("otto"))}, {}, wrong);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("refused role otto")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
        QVERIFY(!r.err.contains(wrong) && !r.out.contains(wrong));
        r = cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), url(QStringLiteral("otto"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")) && r.err.contains(QStringLiteral("otto")), qPrintable(r.err));
    }

    void theCommandLineSaysWhatARoleMayNotDo()
    {
        const qint64 id = add();
        // A viewer's decision: refused before the server is asked, in words.
        for (const QString &verb : {QStringLiteral("approve"), QStringLiteral("reject")}) {
            QStringList args{QStringLiteral("queue"), verb, QString::number(id), QStringLiteral("--database"), url(QStringLiteral("vera"))};
            if (verb == u"reject")
                args << QStringLiteral("--reason") << QStringLiteral("no");
            const Run r = cli(args, {}, kVeraPassword);
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.err.contains(QStringLiteral("vera has the role viewer in this team workspace: deciding needs an operator")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("QPSQL")) && !r.err.contains(QStringLiteral("transaction is aborted")), qPrintable(r.err));
        }
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("pending"));
        // An operator decides without --operator, also where $USER is not set
        // (cron, systemd): the login role is the name.
        const Run r = cli({QStringLiteral("queue"), QStringLiteral("reject"), QString::number(id), QStringLiteral("--reason"),
                           QStringLiteral("later"), QStringLiteral("--database"), url(QStringLiteral("otto"))},
                          {}, kOttoPassword, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("otto"));
        // A station is the owner's or an admin's: an operator's does not start.
        const Run station = cli({QStringLiteral("station"), QStringLiteral("--once"), QStringLiteral("--database"), url(QStringLiteral("otto"))},
                                {}, kOttoPassword);
        QCOMPARE(station.exitCode, 2);
        QVERIFY2(station.err.contains(QStringLiteral("otto has the role operator in this team workspace: a station runs as the workspace's owner or a team admin"))
                     || station.out.contains(QStringLiteral("a station runs as the workspace's owner or a team admin")),
                 qPrintable(station.err + station.out));
    }

    void operatorDecidesOnTheCommandLineAsTheirRole()
    {
        const qint64 id = add();
        const Run r = cli({QStringLiteral("queue"), QStringLiteral("reject"), QString::number(id), QStringLiteral("--reason"),
                           QStringLiteral("not now"), QStringLiteral("--operator"), QStringLiteral("ada"), QStringLiteral("--database"),
                           url(QStringLiteral("otto"))},
                          {}, kOttoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("recorded as the role you logged in with, otto, not --operator ada")), qPrintable(r.err));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT decided_by FROM recommendations WHERE id = %1").arg(id)).toString(), QStringLiteral("otto"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT operator FROM audit_log WHERE recommendation_id = %1 AND event = 'rejected'").arg(id)).toString(),
                 QStringLiteral("otto"));
    }

    void windowShowsWhoAndGreysOutWhatTheRoleCannot()
    {
        const qint64 id = add();
        TeamLogin::setPassword(url(QStringLiteral("vera")), kVeraPassword);
        MainWindow window(url(QStringLiteral("vera")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(window.identityLabel()->isVisible(), 10000);
        QVERIFY2(window.identityLabel()->text().contains(QStringLiteral("vera")), qPrintable(window.identityLabel()->text()));
        QVERIFY(window.identityLabel()->text().contains(QStringLiteral("Viewer")));
        QCOMPARE(window.operatorName(), QStringLiteral("vera"));
        DecisionQueuePane *queue = window.queuePane();
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->byId(id) != nullptr, 60000);
        QVERIFY(queue->select(id));
        QVERIFY(!queue->approveAction()->isEnabled());
        QVERIFY(!queue->rejectAction()->isEnabled());
        QVERIFY(queue->approveAction()->toolTip().contains(QStringLiteral("viewer")));
        QVERIFY(!window.runCycleAction()->isEnabled());
        QVERIFY(!window.connectionsAction()->isEnabled());
        // The workspace's emergency stop is an operator's: greyed, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(!window.emergencyButton()->isEnabled(), 10000);
        QVERIFY2(window.emergencyButton()->toolTip().contains(QStringLiteral("viewer")), qPrintable(window.emergencyButton()->toolTip()));
        // README's picture of a viewer's window (CP_SCREENSHOT_DIR).
        if (const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            if (auto *tabs = window.findChild<QTabWidget *>())
                tabs->setCurrentIndex(3);   // Decisions
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            window.grab().save(dir + QStringLiteral("/team-viewer.png"));
        }
        // Were it pressed anyway, the window does not say it stopped what it
        // could not store (seen: "Agents and sending are halted" while the
        // team's stations went on sending).
        const int stops = count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'emergency_stop' AND value = '1'"));
        qputenv("CP_NO_MODAL", "1");   // the refusal's message box
        window.setEmergencyStop(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastOutcome().contains(QStringLiteral("could not be stored")), 20000);
        QVERIFY2(window.lastOutcome().contains(QStringLiteral("permission denied")), qPrintable(window.lastOutcome()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'emergency_stop' AND value = '1'")), stops);
        qunsetenv("CP_NO_MODAL");
    }

    void aRemovedMembersOpenWindowSaysSo()
    {
        // A walkthrough removed otto while his window was open: it showed the
        // server's raw "permission denied … (42501)" and still "otto · Operator".
        const QString remo = QStringLiteral("remo-pw-7");
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                               QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("remo")},
                              remo + QLatin1Char('\n'), kAdaPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        TeamLogin::setPassword(url(QStringLiteral("remo")), remo);
        MainWindow window(url(QStringLiteral("remo")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        const Run removed = cli({QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                                 QStringLiteral("remo")},
                                {}, kAdaPassword);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err + removed.out));
        qputenv("CP_NO_MODAL", "1");
        // Its next read (the server's announcement of the change, or this one if the store is free).
        if (window.session())
            (void)window.session()->refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastOutcome().contains(QStringLiteral("this login may no longer read the team workspace")),
                                  qPrintable(window.lastOutcome()), 20000);
        qunsetenv("CP_NO_MODAL");
    }

    void adminRemovesAMember()
    {
        const Run r = cli({QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("--database"), url(QStringLiteral("ada")),
                           QStringLiteral("vera")},
                          {}, kAdaPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'vera'")), 0);
        auto db = login(QStringLiteral("vera"), kVeraPassword);
        QVERIFY(!db.ok());
    }

    void eachWorkspaceHasGroupsOfItsOwn()
    {
        // Named after the database, so that two teams on one server never share a group.
        QCOMPARE(TeamRoles::workspaceGroup(QStringLiteral("team"), TeamRoles::Role::Viewer), QStringLiteral("campaign_pilot_team_viewer"));
        QCOMPARE(TeamRoles::workspaceGroup(QStringLiteral("shop_2"), TeamRoles::Role::Admin), QStringLiteral("campaign_pilot_shop_2_admin"));
        QCOMPARE(TeamRoles::legacyGroup(TeamRoles::Role::Operator), QStringLiteral("campaign_pilot_operator"));
        // A name with other characters, or a long one: its own groups all the same, within PostgreSQL's 63 bytes.
        const QString odd = QStringLiteral("Shop-B");
        const QString lower = QStringLiteral("shop_b");
        const QString longName = QString(63, u'x');
        for (const QString &database : {odd, lower, longName, QString(62, u'x') + QLatin1Char('y'), QStringLiteral("Größe €")}) {
            for (const auto role : {TeamRoles::Role::Viewer, TeamRoles::Role::Operator, TeamRoles::Role::Admin}) {
                const QString name = TeamRoles::workspaceGroup(database, role);
                QVERIFY2(name.toUtf8().size() <= 63, qPrintable(name));
                QVERIFY2(QRegularExpression(QStringLiteral("^campaign_pilot_[a-z0-9_]+_(viewer|operator|admin)$")).match(name).hasMatch(),
                         qPrintable(name));
                QVERIFY(name != TeamRoles::legacyGroup(role));
            }
        }
        QVERIFY(TeamRoles::workspaceGroup(odd, TeamRoles::Role::Viewer) != TeamRoles::workspaceGroup(lower, TeamRoles::Role::Viewer));
        QCOMPARE(TeamRoles::workspaceGroup(longName, TeamRoles::Role::Operator).toUtf8().size(), 63);
        // A plain name that looks like a hashed one is hashed too: the two kinds never meet.
        const QString hashed = TeamRoles::workspaceGroup(odd, TeamRoles::Role::Viewer);
        const QString lookalike = hashed.mid(15, hashed.size() - 15 - 7);   // "shop_b_h<16 hex>"
        QVERIFY2(lookalike.contains(QStringLiteral("_h")), qPrintable(lookalike));
        QVERIFY(TeamRoles::workspaceGroup(lookalike, TeamRoles::Role::Viewer) != hashed);
        QVERIFY(TeamRoles::workspaceGroup(longName, TeamRoles::Role::Viewer)
                != TeamRoles::workspaceGroup(QString(62, u'x') + QLatin1Char('y'), TeamRoles::Role::Viewer));
        // This workspace's, as recorded and as the server has them.
        QSqlDatabase c = owner();
        auto groups = TeamRoles::groups(c);
        QVERIFY2(groups.ok(), groups.ok() ? "" : qPrintable(groups.error().toString()));
        QCOMPARE(groups->viewer, QStringLiteral("campaign_pilot_team_viewer"));
        QCOMPARE(groups->operator_, QStringLiteral("campaign_pilot_team_operator"));
        QCOMPARE(groups->admin, QStringLiteral("campaign_pilot_team_admin"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'campaign\\_pilot\\_team\\_%' AND NOT rolcanlogin")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'campaign_pilot_viewer'")), 0);
        QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_has_role('ada', 'campaign_pilot_team_admin', 'MEMBER')")).toBool());
    }

    void twoTeamsOnOneServerShareNothing()
    {
        // A second workspace on the same server, with an admin of its own.
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("team2"), &error), qPrintable(error));
        const Run opened = cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), m_server.url(QStringLiteral("team2"))});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err + opened.out));
        const QString beaPassword = QStringLiteral("bea-2nd-team");
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), m_server.url(QStringLiteral("team2")),
                               QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("bea")},
                              beaPassword + QLatin1Char('\n'));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_has_role('bea', 'campaign_pilot_team2_admin', 'MEMBER')")).toBool());
        QVERIFY(!scalar(owner(), QStringLiteral("SELECT pg_has_role('bea', 'campaign_pilot_team_viewer', 'MEMBER')")).toBool());

        // Each team lists its own members only.
        const QString first = teamList(QStringLiteral("team"));
        const QString second = teamList(QStringLiteral("team2"));
        QVERIFY2(first.contains(QStringLiteral("ada\tadmin")) && first.contains(QStringLiteral("otto\toperator")), qPrintable(first));
        QVERIFY2(!first.contains(QStringLiteral("bea")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("bea\tadmin")), qPrintable(second));
        QVERIFY2(!second.contains(QStringLiteral("ada")) && !second.contains(QStringLiteral("otto")), qPrintable(second));

        // One team's admin is refused at the other's door, with a message that says why.
        for (const auto &[user, password, database] : {std::tuple{QStringLiteral("ada"), kAdaPassword, QStringLiteral("team2")},
                                                        std::tuple{QStringLiteral("bea"), beaPassword, QStringLiteral("team")}}) {
            auto db = login(user, password, database);
            QVERIFY2(!db.ok(), qPrintable(user + QLatin1String(" opened ") + database));
            QVERIFY2(db.error().toString().contains(QStringLiteral("not in the team of workspace %1").arg(database)),
                     qPrintable(db.error().toString()));
            TeamLogin::forget(url(user, database));
        }
        // In her own workspace bea is an admin; she cannot touch the other team's members.
        auto bea = login(QStringLiteral("bea"), beaPassword, QStringLiteral("team2"));
        QVERIFY2(bea.ok(), bea.ok() ? "" : qPrintable(bea.error().toString()));
        {
            QSqlDatabase c = bea->connection();
            auto who = TeamRoles::identify(c);
            QVERIFY(who.ok());
            QCOMPARE(who->role, TeamRoles::Role::Admin);
            auto members = TeamRoles::members(c);
            QVERIFY(members.ok());
            QCOMPARE(members->size(), 1);
            QCOMPARE(members->first().name, QStringLiteral("bea"));
            auto removed = TeamRoles::removeMember(c, QStringLiteral("otto"));
            QVERIFY(!removed.ok());
            QVERIFY2(removed.error().message.contains(QStringLiteral("not a member of the team")), qPrintable(removed.error().message));
            // Nor through a temporary view standing in for the catalog inside
            // the workspace's function (which runs as the owner).
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral("CREATE TEMP VIEW pg_roles AS SELECT 'otto'::name AS rolname, false AS rolsuper, "
                                           "(SELECT oid FROM pg_catalog.pg_roles WHERE rolname = 'campaign_pilot_team2_viewer') AS oid")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("SELECT cp_team_remove('otto')")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("not a member of the team")), qPrintable(q.lastError().text()));
        }
        bea->closeThreadConnection();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'otto'")), 1);
        // And ada, team's admin, still manages her own team alone.
        auto ada = login(QStringLiteral("ada"), kAdaPassword);
        QVERIFY(ada.ok());
        {
            QSqlDatabase c = ada->connection();
            auto removed = TeamRoles::removeMember(c, QStringLiteral("bea"));
            QVERIFY(!removed.ok());
        }
        ada->closeThreadConnection();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'bea'")), 1);
    }

    void aRefusedOpenGoesBackToTheStartPage()
    {
        // team's admin opens team2's workspace in the window: told why, and
        // the window is back on its start page (seen: an empty workspace
        // still saying "Opening the workspace…").
        qputenv("CP_NO_MODAL", "1");
        TeamLogin::setPassword(url(QStringLiteral("ada"), QStringLiteral("team2")), kAdaPassword);
        MainWindow window(url(QStringLiteral("ada"), QStringLiteral("team2")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(window.showsStartPage(), 10000);
        QVERIFY2(window.lastOutcome().contains(QStringLiteral("not in the team of workspace team2")), qPrintable(window.lastOutcome()));
        TeamLogin::forget(url(QStringLiteral("ada"), QStringLiteral("team2")));
        qunsetenv("CP_NO_MODAL");
    }

    void aWorkspaceMadeBeforeSchema23KeepsTheServerWideGroups()
    {
        // Made as the program before schema 23 made it: schema 19, then
        // schema 20's script as it was (server-wide groups), then today's
        // migrations 21, 22 and 23.
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("older"), &error), qPrintable(error));
        {
            auto old = Database::open(m_server.url(QStringLiteral("older")), 19);
            QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().toString()));
            QFile script(QStringLiteral(CP_TEST_DATA_DIR "/team_roles_schema20_v1.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            {
                QSqlDatabase c = old->connection();
                QVERIFY(c.transaction());
                for (const QString &statement : TeamRoles::postgresStatements(QString::fromUtf8(script.readAll()))) {
                    QSqlQuery q(c);
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + QLatin1String(": ") + statement.left(80)));
                }
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("UPDATE cp_schema_version SET version = 20")));
                QVERIFY(c.commit());
            }
            old->closeThreadConnection();
        }
        const QString beforeUrl = m_server.url(QStringLiteral("older"));
        {
            const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), beforeUrl, QStringLiteral("--role"),
                                   QStringLiteral("admin"), QStringLiteral("lia")},
                                  QStringLiteral("lia-older\n"));
            QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));   // migrates 21, 22, 23 first
        }
        auto db = Database::open(beforeUrl);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->version(), Database::latestVersion());
        {
            QSqlDatabase c = db->connection();
            auto groups = TeamRoles::groups(c);
            QVERIFY(groups.ok());
            QCOMPARE(groups->viewer, QStringLiteral("campaign_pilot_viewer"));
            QCOMPARE(groups->admin, QStringLiteral("campaign_pilot_admin"));
            // No groups of its own were made; schema 22's grants went to the server-wide admins.
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'campaign\\_pilot\\_older%'")).toInt(), 0);
            QVERIFY(scalar(c, QStringLiteral("SELECT has_table_privilege('campaign_pilot_admin', 'product_windows', 'INSERT')")).toBool());
            QVERIFY(scalar(c, QStringLiteral("SELECT pg_has_role('lia', 'campaign_pilot_admin', 'MEMBER')")).toBool());
            QVERIFY(!scalar(c, QStringLiteral("SELECT has_database_privilege('public', 'older', 'CONNECT')")).toBool());
        }
        db->closeThreadConnection();
        // A member added now joins the server-wide group and is what it says.
        const QString leoPassword = QStringLiteral("leo-older");
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), beforeUrl,
                               QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("leo")},
                              leoPassword + QLatin1Char('\n'));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_has_role('leo', 'campaign_pilot_operator', 'MEMBER')")).toBool());
        auto leo = login(QStringLiteral("leo"), leoPassword, QStringLiteral("older"));
        QVERIFY2(leo.ok(), leo.ok() ? "" : qPrintable(leo.error().toString()));
        {
            QSqlDatabase c = leo->connection();
            auto who = TeamRoles::identify(c);
            QVERIFY(who.ok());
            QCOMPARE(who->role, TeamRoles::Role::Operator);
        }
        leo->closeThreadConnection();
        // The newer workspaces' teams are not the older one's.
        QVERIFY(!teamList(QStringLiteral("team")).contains(QStringLiteral("leo")));
        auto refused = login(QStringLiteral("leo"), leoPassword, QStringLiteral("team"));
        QVERIFY(!refused.ok());
        TeamLogin::forget(url(QStringLiteral("leo"), QStringLiteral("team")));
    }

    void aDatabaseNameWithOtherCharactersGetsHashedGroups()
    {
        QString error;
        const QString name = QStringLiteral("Shop-B");
        QVERIFY2(m_server.createDatabase(name, &error), qPrintable(error));
        const QString password = QStringLiteral("hana-pw");
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), m_server.url(name),
                               QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("hana")},
                              password + QLatin1Char('\n'));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        const QString viewer = TeamRoles::workspaceGroup(name, TeamRoles::Role::Viewer);
        QVERIFY(viewer.contains(QStringLiteral("_h")));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_has_role('hana', '%1', 'MEMBER')").arg(viewer)).toBool());
        auto hana = login(QStringLiteral("hana"), password, name);
        QVERIFY2(hana.ok(), hana.ok() ? "" : qPrintable(hana.error().toString()));
        {
            QSqlDatabase c = hana->connection();
            auto who = TeamRoles::identify(c);
            QVERIFY(who.ok());
            QCOMPARE(who->role, TeamRoles::Role::Viewer);
        }
        hana->closeThreadConnection();
    }

    void aLoginRoleIsNeverTakenForAGroup()
    {
        // Someone with CREATEROLE made a login role under the name a new
        // workspace's group will have: the workspace is not made, and says why.
        QSqlQuery q(owner());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE campaign_pilot_squat_operator LOGIN")));
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("squat"), &error), qPrintable(error));
        auto db = Database::open(m_server.url(QStringLiteral("squat")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("login role named like one of this workspace's team groups")),
                 qPrintable(db.error().toString()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'campaign_pilot_squat_viewer'")), 0);
        QVERIFY(q.exec(QStringLiteral("DROP ROLE campaign_pilot_squat_operator")));
    }

    void groupsThatAlreadyHaveMembersAreNotTaken()
    {
        // Groups left by an earlier workspace of the same name (or made
        // ahead by someone), with a member in them: not this team's.
        QSqlQuery q(owner());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE campaign_pilot_reused_viewer NOLOGIN")));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE campaign_pilot_reused_operator NOLOGIN IN ROLE campaign_pilot_reused_viewer")));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE campaign_pilot_reused_admin NOLOGIN IN ROLE campaign_pilot_reused_operator")));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE mallory LOGIN IN ROLE campaign_pilot_reused_admin")));
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("reused"), &error), qPrintable(error));
        auto db = Database::open(m_server.url(QStringLiteral("reused")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("campaign_pilot_reused_admin exists on this server already and mallory is in it")),
                 qPrintable(db.error().toString()));
        // Without a member beyond their own chain they are taken: groups a
        // superuser made ahead for an owner without CREATEROLE.
        QVERIFY(q.exec(QStringLiteral("DROP ROLE mallory")));
        db = Database::open(m_server.url(QStringLiteral("reused")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            auto groups = TeamRoles::groups(c);
            QVERIFY(groups.ok());
            QCOMPARE(groups->admin, QStringLiteral("campaign_pilot_reused_admin"));
        }
        db->closeThreadConnection();
    }

    void aPlantedTeamGroupsTableIsNeverRead()
    {
        // Before PostgreSQL 15 every role could create tables in the schema
        // public: one plants team_groups (with a name that would be pasted
        // into the owner's statements) in a workspace below schema 20.
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("planted"), &error), qPrintable(error));
        {
            auto old = Database::open(m_server.url(QStringLiteral("planted")), 19);
            QVERIFY(old.ok());
            QSqlQuery q(old->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE ROLE planter LOGIN")));
            QVERIFY(q.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO planter")));
            QVERIFY(q.exec(QStringLiteral("SET ROLE planter")));
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE public.team_groups (team_role text PRIMARY KEY, group_name text)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO public.team_groups VALUES ('viewer', 'x; DROP TABLE audit_log; --'), "
                                          "('operator', 'campaign_pilot_planted_operator'), ('admin', 'planter')")));
            QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
            old->closeThreadConnection();
        }
        auto db = Database::open(m_server.url(QStringLiteral("planted")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("team_groups in this database was not made by the workspace's owner")),
                 qPrintable(db.error().toString()));
        auto old = Database::open(m_server.url(QStringLiteral("planted")), 19);
        QVERIFY(old.ok());
        QCOMPARE(scalar(old->connection(), QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'audit_log'")).toInt(), 1);
        // The failed migration made nothing: no groups, schema 19 still.
        QCOMPARE(scalar(old->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'campaign\\_pilot\\_planted%'")).toInt(), 0);
        QCOMPARE(old->version(), 19);
        old->closeThreadConnection();
    }

    void anOwnerWhoIsNoSuperuserMakesATeamWorkspace()
    {
        // As a team sets it up: the workspace's owner has CREATEROLE and owns
        // the database, nothing more.
        QSqlQuery q(owner());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE shopowner LOGIN CREATEROLE PASSWORD 'owner-pw'")));
        QVERIFY(q.exec(QStringLiteral("CREATE DATABASE shop OWNER shopowner")));
        auto db = login(QStringLiteral("shopowner"), QStringLiteral("owner-pw"), QStringLiteral("shop"));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            auto who = TeamRoles::identify(c);
            QVERIFY(who.ok());
            QCOMPARE(who->role, TeamRoles::Role::Owner);
            QVERIFY(!scalar(c, QStringLiteral("SELECT has_database_privilege('public', 'shop', 'CONNECT')")).toBool());
        }
        db->closeThreadConnection();
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--database"), url(QStringLiteral("shopowner"), QStringLiteral("shop")),
                               QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("olga")},
                              QStringLiteral("olga-pw\n"), QStringLiteral("owner-pw"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
        auto olga = login(QStringLiteral("olga"), QStringLiteral("olga-pw"), QStringLiteral("shop"));
        QVERIFY2(olga.ok(), olga.ok() ? "" : qPrintable(olga.error().toString()));
        {
            QSqlDatabase c = olga->connection();
            auto who = TeamRoles::identify(c);
            QVERIFY(who.ok());
            QCOMPARE(who->role, TeamRoles::Role::Operator);
        }
        olga->closeThreadConnection();
        // The owner opens it again (CONNECT kept); another team's admin does not.
        TeamLogin::forget(url(QStringLiteral("shopowner"), QStringLiteral("shop")));
        auto again = login(QStringLiteral("shopowner"), QStringLiteral("owner-pw"), QStringLiteral("shop"));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        again->closeThreadConnection();
        auto ada = login(QStringLiteral("ada"), kAdaPassword, QStringLiteral("shop"));
        QVERIFY(!ada.ok());
        TeamLogin::forget(url(QStringLiteral("ada"), QStringLiteral("shop")));
    }

    void scramVerifierMatchesRfc7677()
    {
        // RFC 7677's example: password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
        const QString v = TeamRoles::scramVerifier(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        QCOMPARE(v, QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                   "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    }

    void cleanupTestCase()
    {
        if (m_owner)
            m_owner->closeThreadConnection();
        m_owner.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
