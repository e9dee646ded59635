// SPDX-License-Identifier: GPL-3.0-or-later
// A whole cycle on the demo recording, approval, the outbox and the
// emergency stop, headless.
#include "agents/approval.h"
#include "models/auditmodel.h"
#include "models/recommendationmodel.h"
#include "agents/backend/recordedbackend.h"
#include "agents/cycle/agents.h"
#include "agents/cycle/orchestrator.h"
#include "agents/dispatcher.h"
#include "agents/import/recording.h"
#include "support/teststore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace cp;

namespace {
QString campaignStatus(const Database &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status FROM campaigns WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

struct Demo
{
    QTemporaryDir dir;
    std::optional<Database> db;
    Demo()
    {
        auto opened = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite")));
        if (opened && Recording::load(QStringLiteral("demo"), opened->connection()))
            db = *opened;
    }
    ~Demo()
    {
        if (db)
            db->closeThreadConnection();
    }
    CycleResult cycle(const Policy &policy = {})
    {
        Orchestrator orchestrator(*db);
        orchestrator.setPolicy(policy);
        QSignalSpy done(&orchestrator, &Orchestrator::cycleFinished);
        if (!orchestrator.runCycle() || !done.wait(60000))
            return {};
        return done.first().first().value<CycleResult>();
    }
    qint64 idFor(const CycleResult &r, const QString &campaignOrProduct)
    {
        for (const Recommendation &rec : r.recommendations)
            if (rec.campaignId == campaignOrProduct || (rec.campaignId.isEmpty() && rec.productId == campaignOrProduct))
                return rec.id;
        return 0;
    }
};
} // namespace

class TestCycle : public QObject
{
    Q_OBJECT
private slots:
    void fullCycleOnTheDemo()
    {
        Demo demo;
        QVERIFY(demo.db);
        RecordedBackend backend(*demo.db);
        const CycleResult r = demo.cycle();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.asOf, QDate(2011, 12, 9));
        QHash<QString, QString> decision;
        for (const Recommendation &rec : r.recommendations) {
            QVERIFY(rec.id > 0);
            QVERIFY(!rec.rule.isEmpty());
            QVERIFY(!rec.rationale.isEmpty());
            QVERIFY(!rec.thresholds.isEmpty());
            decision.insert(rec.campaignId.isEmpty() ? rec.productId : rec.campaignId, rec.decision);
        }
        // Known campaigns of the demo and what the shipped policy makes of them.
        // Love seat: sales doubled, but the platform credits it with 1.83x its
        // spend (at most 2.21x at the gate's end), under the 2.5x a 40 %
        // margin needs: it loses money on every sale it brings.
        QCOMPARE(decision.value(QStringLiteral("demo-09")), QStringLiteral("PAUSE"));
        for (const Recommendation &rec : r.recommendations)
            if (rec.campaignId == u"demo-09") {
                QCOMPARE(rec.rule, QStringLiteral("pause-below-break-even"));
                // Said in the window for its reason (it was "performance fell": sales doubled).
                RecommendationModel model;
                model.setRows({rec});
                QCOMPARE(model.data(model.index(0, RecommendationModel::Decision)).toString(), QStringLiteral("Pause — below break-even"));
            }
        // Storage cubes: +14 % sales (the seed's rules: OPTIMIZE), which a
        // month of about one sale a day does not tell from noise; but the
        // platform's own count (ROAS 1.07x, at most 1.45x) is far below
        // break-even at a 40 % margin.
        QCOMPARE(decision.value(QStringLiteral("demo-01")), QStringLiteral("PAUSE"));
        for (const Recommendation &rec : r.recommendations)
            if (rec.campaignId == u"demo-01")
                QCOMPARE(rec.rule, QStringLiteral("pause-below-break-even"));
        QCOMPARE(decision.value(QStringLiteral("demo-03")), QStringLiteral("EMERGENCY_PAUSE")); // quilt: £1,278 spent, no revenue
        // The rules' amounts in the workspace's currency ("spent 81.56" gave none).
        for (const Recommendation &rec : r.recommendations)
            if (rec.campaignId == u"demo-03")
                QVERIFY2(rec.rationale.contains(QStringLiteral("(spent £")), qPrintable(rec.rationale));
        // Popcorn holder: the platform credits it with 3 % of its spend and 4
        // conversions in 27 days, while the product sold 133 units a day more
        // than the counterfactual: not the campaign's doing (a walkthrough saw
        // its pause shown as costing (£40.83) a day). The expected effect is
        // the platform's: the spend saved, less the little revenue it brings.
        QCOMPARE(decision.value(QStringLiteral("demo-10")), QStringLiteral("EMERGENCY_PAUSE"));
        for (const Recommendation &rec : r.recommendations)
            if (rec.campaignId == u"demo-10") {
                const QString impact = rec.inputs.value(QStringLiteral("expected_impact_per_day")).toString();
                QVERIFY2(!impact.startsWith(u'-') && Money::parse(impact)->minor() > 0, qPrintable(impact));
                QVERIFY2(rec.rationale.contains(QLatin1String("not its doing")), qPrintable(rec.rationale));
            } else if (rec.decision == u"EMERGENCY_PAUSE") {
                QVERIFY2(!rec.rationale.contains(QLatin1String("The shop's own sales")), qPrintable(rec.rationale));
            }
        QCOMPARE(decision.value(QStringLiteral("22833")), QStringLiteral("NEW_CAMPAIGN"));      // hall cabinet, £49.95, in stock
        for (const Recommendation &rec : r.recommendations)
            if (rec.productId == u"22833" && rec.decision == u"NEW_CAMPAIGN") {
                // 103 page views and no sale in 30 days: its effect is unknown,
                // not "(£15.00) a day, from (£15.00) to (£15.00)".
                QCOMPARE(rec.inputs.value(QStringLiteral("units_30d")).toDouble(), 0.0);
                QVERIFY2(rec.rationale.contains(QLatin1String("Expected effect on profit: unknown, as it sold nothing in 30 days")),
                         qPrintable(rec.rationale));
            }
        // Only active campaigns are judged; paused and ended ones are not.
        QVERIFY(!decision.contains(QStringLiteral("demo-04")));
        QVERIFY(!decision.contains(QStringLiteral("demo-07")));
        // A cycle sends nothing.
        QVERIFY(backend.calls().isEmpty());
        QCOMPARE(campaignStatus(*demo.db, QStringLiteral("demo-03")), QStringLiteral("active"));
        // Every recommendation is audited.
        auto log = DecisionStore(demo.db->connection()).auditLog();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), r.recommendations.size());
    }

    void aSecondCycleKeepsWhatItJudgedTheSame()
    {
        // Issue 14: a station's hourly cycle on the same day's figures wrote
        // every assessment again with an audit entry. The second cycle here
        // keeps each pending recommendation with nothing to send (same id,
        // first cycle's), writes anew only what has an action, and audits
        // the kept in one entry; a changed policy judges everything anew.
        Demo demo;
        QVERIFY(demo.db);
        // One action a day: what else the demo calls for waits, as MONITOR with nothing to send.
        Policy cautious;
        cautious.maxActionsPerDay = 1;
        const CycleResult first = demo.cycle(cautious);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.unchangedCount(), 0);
        QHash<QString, const Recommendation *> firstOn;
        int quiet = 0;
        for (const Recommendation &rec : first.recommendations) {
            firstOn.insert(rec.campaignId.isEmpty() ? rec.productId : rec.campaignId, &rec);
            quiet += rec.spendsOrStopsMoney() ? 0 : 1;
        }
        QVERIFY2(quiet > 0, "the demo's cycle judges some campaigns with nothing to send");

        const CycleResult second = demo.cycle(cautious);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.recommendations.size(), first.recommendations.size());
        QVERIFY(second.unchangedCount() > 0);
        int written = 0;
        for (const Recommendation &rec : second.recommendations) {
            const Recommendation *was = firstOn.value(rec.campaignId.isEmpty() ? rec.productId : rec.campaignId);
            QVERIFY(was);
            // Kept exactly when both say the same with nothing to send.
            const bool same = !rec.spendsOrStopsMoney() && !was->spendsOrStopsMoney() && rec.decision == was->decision
                              && rec.rationale == was->rationale && rec.inputs == was->inputs;
            QCOMPARE(rec.unchanged, same);
            QCOMPARE(rec.id == was->id, rec.unchanged);
            QCOMPARE(rec.cycleId, rec.unchanged ? first.cycleId : second.cycleId);
            written += rec.unchanged ? 0 : 1;
        }
        DecisionStore store(demo.db->connection());
        auto pending = store.list({QStringLiteral("pending"), {}});
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), first.recommendations.size());
        auto log = store.auditLog();
        QVERIFY(log.ok());
        // An entry each for those with something to send; the others named
        // in one "recommended_no_action" entry per agent and cycle.
        int recommended = 0, keptEntries = 0;
        static const QRegularExpression named(QStringLiteral("#(\\d+)(?:–#(\\d+))?"));
        for (const AuditEntry &e : *log) {
            recommended += e.event == u"recommended" ? 1 : 0;
            if (e.event == u"recommended_no_action") {
                QVERIFY2(AuditModel().sentence(e).contains(QStringLiteral("nothing to send")), qPrintable(AuditModel().sentence(e)));
                const QString ids = e.details.mid(e.details.lastIndexOf(QStringLiteral("): ")) + 3);
                for (auto m = named.globalMatch(ids); m.hasNext();) {
                    const auto one = m.next();
                    recommended += one.captured(2).isEmpty() ? 1 : int(one.captured(2).toLongLong() - one.captured(1).toLongLong() + 1);
                }
            }
            if (e.event == u"kept_unchanged") {
                ++keptEntries;
                QVERIFY2(e.details.contains(second.cycleId), qPrintable(e.details));
                // The audit pane says it in words, not as the event's key.
                QVERIFY2(AuditModel().sentence(e).contains(QStringLiteral("as before")), qPrintable(AuditModel().sentence(e)));
            }
        }
        QCOMPARE(recommended, int(first.recommendations.size()) + written);
        QVERIFY(keptEntries >= 1);

        // Another policy version: the same campaigns judged under other
        // thresholds are new recommendations, nothing kept.
        Policy changed = cautious;
        changed.version = 2;
        const CycleResult third = demo.cycle(changed);
        QVERIFY2(third.error.isEmpty(), qPrintable(third.error));
        QCOMPARE(third.unchangedCount(), 0);
        auto after = store.list({QStringLiteral("pending"), {}});
        QVERIFY(after.ok());
        QCOMPARE(after->size(), third.recommendations.size());
        for (const Recommendation &rec : *after)
            QCOMPARE(rec.cycleId, third.cycleId);
    }

    void aLargeCycleIsJudgedOnTwoThreadsAsOnOne()
    {
        // The Manager words a cycle of 2,000 campaigns or more on two
        // threads, each over its own half: the result is the one a campaign
        // at a time gives, in the analyses' order.
        Demo demo;
        QVERIFY(demo.db);
        const Policy policy;
        auto input = CycleSteps::load(demo.db->connection(), {}, policy);
        QVERIFY2(input.ok(), input.ok() ? "" : qPrintable(input.error().toString()));
        const std::atomic_bool never{false};
        const QList<CampaignAnalysis> few = CycleSteps::analyse(*input, policy, never);
        QVERIFY(!few.isEmpty());
        QList<CampaignAnalysis> many;
        for (int i = 0; many.size() < 2400; ++i)
            for (const CampaignAnalysis &a : few) {
                CampaignAnalysis copy = a;
                copy.snapshot.campaign.id = QStringLiteral("%1-%2").arg(a.snapshot.campaign.id).arg(i);
                many.append(copy);
            }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<Recommendation> together = CycleSteps::manage(many, policy, QStringLiteral("c"), now, never);
        QCOMPARE(together.size(), many.size());
        for (qsizetype i = 0; i < many.size(); ++i) {
            const QList<Recommendation> alone = CycleSteps::manage({many[i]}, policy, QStringLiteral("c"), now, never);
            QCOMPARE(alone.size(), 1);
            const Recommendation &a = alone.first(), &b = together[i];
            QCOMPARE(b.campaignId, many[i].snapshot.campaign.id);
            QCOMPARE(b.decision, a.decision);
            QCOMPARE(b.action, a.action);
            QCOMPARE(b.rule, a.rule);
            QCOMPARE(b.rationale, a.rationale);
            QCOMPARE(b.inputs, a.inputs);
            QCOMPARE(b.proposedBudget, a.proposedBudget);
        }
        // A cancelled cycle judges nothing, on either thread.
        const std::atomic_bool cancelled{true};
        QVERIFY(CycleSteps::manage(many, policy, QStringLiteral("c"), now, cancelled).isEmpty());
    }

    void nothingReachesTheBackendBeforeApproval()
    {
        Demo demo;
        QVERIFY(demo.db);
        const CycleResult r = demo.cycle();
        RecordedBackend backend(*demo.db);
        std::atomic_bool halted{false};
        Dispatcher::run(*demo.db, backend, halted, QStringLiteral("alice"));
        QVERIFY(backend.calls().isEmpty());

        DecisionStore store(demo.db->connection());
        const qint64 pause = demo.idFor(r, QStringLiteral("demo-03"));
        QVERIFY(pause > 0);
        QVERIFY(Approval::approve(store, pause, QStringLiteral("alice")).ok());
        QVERIFY(backend.calls().isEmpty());   // approval writes the outbox; it does not send
        const DispatchReport report = Dispatcher::run(*demo.db, backend, halted, QStringLiteral("alice"));
        QCOMPARE(report.sent, 1);
        QCOMPARE(backend.calls(), QStringList{QStringLiteral("pause demo-03")});
        QCOMPARE(campaignStatus(*demo.db, QStringLiteral("demo-03")), QStringLiteral("paused"));
        QCOMPARE(store.get(pause)->sendState, QStringLiteral("done"));
        // Sending again sends nothing more.
        Dispatcher::run(*demo.db, backend, halted, QStringLiteral("alice"));
        QCOMPARE(backend.calls().size(), 1);

        auto log = store.auditLog();
        QStringList events;
        for (const AuditEntry &e : *log)
            if (e.recommendationId == pause)
                events.prepend(e.event + QLatin1Char(':') + e.operatorName);
        QCOMPARE(events, (QStringList{"recommended:manager", "approved:alice", "sent:alice", "done:alice"}));
    }

    void outboxRecovery_data()
    {
        QTest::addColumn<bool>("appliedBeforeCrash");
        QTest::newRow("died before the request left") << false;
        QTest::newRow("died after the platform applied it, before the answer") << true;
    }
    void outboxRecovery()
    {
        QFETCH(bool, appliedBeforeCrash);
        Demo demo;
        QVERIFY(demo.db);
        const CycleResult r = demo.cycle(Policy::seedRules());
        DecisionStore store(demo.db->connection());
        const qint64 id = demo.idFor(r, QStringLiteral("demo-09"));   // the seed's CONTINUE: a budget raise
        auto approved = Approval::approve(store, id, QStringLiteral("bob"));
        QVERIFY(approved.ok());
        auto items = store.outbox(QStringLiteral("approved"));
        QCOMPARE(items->size(), 1);
        // The process marks the send, then dies.
        QVERIFY(store.markSending(items->first().id, QStringLiteral("bob")).ok());
        int callsBeforeRestart = 0;
        if (appliedBeforeCrash) {
            RecordedBackend dying(*demo.db);
            QVERIFY(dying.apply(items->first()).kind == SendOutcome::Kind::Applied);
            callsBeforeRestart = int(dying.calls().size());
        }
        // Restart: a new backend object, a new dispatcher run.
        RecordedBackend backend(*demo.db);
        std::atomic_bool halted{false};
        const DispatchReport report = Dispatcher::run(*demo.db, backend, halted, QStringLiteral("bob"));
        QCOMPARE(report.failed, 0);
        QCOMPARE(store.get(id)->sendState, QStringLiteral("done"));
        // Exactly once, whichever way it died: after the restart the platform
        // is only asked, not called again, when it had applied the action.
        if (appliedBeforeCrash) {
            QCOMPARE(callsBeforeRestart, 1);
            QVERIFY(backend.calls().isEmpty());
            QCOMPARE(report.confirmed, 1);
        } else {
            QCOMPARE(backend.calls().size(), 1);
            QCOMPARE(report.sent, 1);
        }
        QSqlQuery q(demo.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM backend_applied")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id = 'demo-09'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), approved->proposedBudget->minor());
    }

    void emergencyStopHaltsACycleAndQueuedSends()
    {
        Demo demo;
        QVERIFY(demo.db);
        {
            Orchestrator orchestrator(*demo.db);
            QSignalSpy steps(&orchestrator, &Orchestrator::stepStarted);
            QSignalSpy done(&orchestrator, &Orchestrator::cycleFinished);
            QVERIFY(orchestrator.runCycle());
            orchestrator.setHalted(true);   // pressed while the cycle runs
            QVERIFY(done.wait(60000));
            QVERIFY(done.first().first().value<CycleResult>().cancelled);
            QVERIFY(!orchestrator.runCycle());   // refused until resumed
            QCOMPARE(StoreReader::count(demo.db->connection(), QStringLiteral("recommendations")), qint64(0));
            orchestrator.setHalted(false);
            QVERIFY(orchestrator.runCycle());
            QVERIFY(done.wait(60000));
            QVERIFY(!done.last().first().value<CycleResult>().cancelled);
        }
        DecisionStore store(demo.db->connection());
        auto pending = store.list({QStringLiteral("pending"), QStringLiteral("EMERGENCY_PAUSE")});
        QVERIFY(pending->size() >= 2);
        for (const Recommendation &r : *pending)
            QVERIFY(Approval::approve(store, r.id, QStringLiteral("carol")).ok());
        RecordedBackend backend(*demo.db);
        std::atomic_bool halted{true};
        const DispatchReport report = Dispatcher::run(*demo.db, backend, halted, QStringLiteral("carol"));
        QVERIFY(report.halted);
        QCOMPARE(report.sent, 0);
        QVERIFY(backend.calls().isEmpty());
        QCOMPARE(store.outbox(QStringLiteral("approved"))->size(), pending->size());   // still waiting, nothing lost
    }

    void rejectEditAndRollback()
    {
        Demo demo;
        QVERIFY(demo.db);
        const CycleResult r = demo.cycle(Policy::seedRules());   // the seed's rules raise demo-09's budget
        DecisionStore store(demo.db->connection());
        const Policy policy;
        const qint64 raise = demo.idFor(r, QStringLiteral("demo-09"));
        // Guardrails: more than +50 % or above the cap is refused, with the reason.
        auto edited = Approval::editBudget(store, raise, Money::fromMinor(80'00), policy, QStringLiteral("dan"), {});
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error().message.contains(QLatin1String("more than")), qPrintable(edited.error().message));
        auto capped = Approval::editBudget(store, raise, Money::fromMinor(150'00), policy, QStringLiteral("dan"), {});
        QVERIFY(!capped.ok());
        QVERIFY(capped.error().message.contains(QLatin1String("maximum daily budget")));
        QVERIFY(Approval::editBudget(store, raise, Money::fromMinor(60'00), policy, QStringLiteral("dan"), QStringLiteral("round")).ok());
        QCOMPARE(store.get(raise)->proposedBudget->minor(), qint64(6000));
        // A budget change's expected effect was for the proposed budget: dropped, and said.
        QVERIFY(!store.get(raise)->inputs.contains(QStringLiteral("expected_impact_per_day")));
        QVERIFY2(store.get(raise)->rationale.contains(QLatin1String("Budget edited by dan")), qPrintable(store.get(raise)->rationale));
        // A new campaign's moves with its budget (its spend is the budget).
        const qint64 other = demo.idFor(r, QStringLiteral("23064"));
        const Recommendation before = *store.get(other);
        const auto impactBefore = Money::parse(before.inputs.value(QStringLiteral("expected_impact_per_day")).toString());
        QVERIFY(impactBefore);
        QVERIFY(Approval::editBudget(store, other, *before.proposedBudget + Money::fromMinor(5'00), policy, QStringLiteral("dan"), {}).ok());
        QCOMPARE(Money::parse(store.get(other)->inputs.value(QStringLiteral("expected_impact_per_day")).toString())->minor(),
                 impactBefore->minor() - 5'00);
        // Rejection needs a reason and closes the recommendation.
        const qint64 create = demo.idFor(r, QStringLiteral("22833"));
        // The policy in effect at approval holds: a maximum lowered since refuses what waits above it.
        Policy lowered;
        lowered.version = 7;
        lowered.maxDailyBudget = Money::fromMinor(store.get(create)->proposedBudget->minor() - 1);
        lowered.budgetFloor = std::min(lowered.budgetFloor, lowered.maxDailyBudget);
        auto over = Approval::approve(store, create, QStringLiteral("dan"), lowered);
        QVERIFY(!over.ok());
        QVERIFY2(over.error().message.contains(QLatin1String("policy version 7")), qPrintable(over.error().message));
        QCOMPARE(store.get(create)->status, QStringLiteral("pending"));
        QVERIFY(!Approval::reject(store, create, QStringLiteral("dan"), QString()).ok());
        QVERIFY(Approval::reject(store, create, QStringLiteral("dan"), QStringLiteral("season is over")).ok());
        QCOMPARE(store.get(create)->status, QStringLiteral("rejected"));
        QVERIFY(!Approval::approve(store, create, QStringLiteral("dan")).ok());
        // A MONITOR/OPTIMIZE proposes nothing to send: it cannot be approved.
        QVERIFY(!Approval::approve(store, demo.idFor(r, QStringLiteral("demo-01")), QStringLiteral("dan")).ok());

        // Approve, send, then roll back: a new recommendation that again needs approval.
        QVERIFY(Approval::approve(store, raise, QStringLiteral("dan")).ok());
        RecordedBackend backend(*demo.db);
        std::atomic_bool halted{false};
        Dispatcher::run(*demo.db, backend, halted, QStringLiteral("dan"));
        auto back = Approval::proposeRollback(store, raise, policy, QStringLiteral("dan"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->status, QStringLiteral("pending"));
        QCOMPARE(back->proposedBudget->minor(), qint64(5200));
        QCOMPARE(backend.calls().size(), 1);
        // One undo: asked again, it names the one waiting (a walkthrough's second click proposed and sent another).
        auto twice = Approval::proposeRollback(store, raise, policy, QStringLiteral("dan"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QString::number(back->id)), qPrintable(twice.error().message));
        QCOMPARE(store.get(back->id)->status, QStringLiteral("pending"));   // not replaced
        QVERIFY(Approval::approve(store, back->id, QStringLiteral("dan")).ok());
        Dispatcher::run(*demo.db, backend, halted, QStringLiteral("dan"));
        QCOMPARE(backend.calls().last(), QStringLiteral("set_budget demo-09 52.00"));
        auto thrice = Approval::proposeRollback(store, raise, policy, QStringLiteral("dan"));
        QVERIFY(!thrice.ok());
        QVERIFY2(thrice.error().message.contains(QLatin1String("rolled back already")), qPrintable(thrice.error().message));
        QCOMPARE(backend.calls().size(), 2);
        // A rejected recommendation has no rollback.
        QVERIFY(!Approval::proposeRollback(store, create, policy, QStringLiteral("dan")).ok());
    }

    void expiredRecommendationsCannotBeApproved()
    {
        Demo demo;
        QVERIFY(demo.db);
        const CycleResult r = demo.cycle();
        DecisionStore store(demo.db->connection());
        const qint64 id = demo.idFor(r, QStringLiteral("demo-03"));
        auto late = store.approve(id, QStringLiteral("eve"), QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(!late.ok());
        QVERIFY(late.error().message.contains(QLatin1String("expired")));
        QCOMPARE(store.get(id)->status, QStringLiteral("expired"));
    }
};

QTEST_GUILESS_MAIN(TestCycle)
#include "tst_cycle.moc"
