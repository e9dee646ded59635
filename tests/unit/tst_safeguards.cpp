// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, the safeguards: what the operator said last about a campaign or
// product holds new proposals back (a cooldown; rejections that stick), with
// the rationale saying so; new evidence or the end of the cooldown lifts it.
#include "agents/approval.h"
#include "agents/cycle/orchestrator.h"
#include "agents/import/recording.h"
#include "agents/rules/safeguards.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/recommendationmodel.h"

#include "support/teststore.h"
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
struct Store
{
    QTemporaryDir dir;
    std::optional<Database> db;
    Store()
    {
        if (auto opened = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite"))))
            db = *opened;
    }
    ~Store()
    {
        if (db)
            db->closeThreadConnection();
    }
    DecisionStore decisions() const { return DecisionStore(db->connection()); }
};

Recommendation proposal(const QString &decision, Recommendation::Action action, const QString &campaign, const QString &product,
                        double salesImpact, double roas, const QDateTime &at)
{
    Recommendation r;
    r.cycleId = QStringLiteral("c") + QString::number(at.toSecsSinceEpoch());
    r.createdAt = at;
    r.expiresAt = at.addDays(1);
    r.agent = action == Recommendation::Action::Create ? QStringLiteral("creator") : QStringLiteral("manager");
    r.decision = decision;
    r.action = action;
    r.campaignId = campaign;
    r.productId = product;
    r.title = decision + QStringLiteral(": ") + (campaign.isEmpty() ? product : campaign);
    r.rule = decision.toLower();
    r.rationale = QStringLiteral("Sales fell.");
    r.inputs = QJsonObject{{QStringLiteral("sales_impact_pct"), salesImpact}, {QStringLiteral("view_impact_pct"), -8.0},
                           {QStringLiteral("roas"), roas}};
    if (action == Recommendation::Action::SetBudget)
        r.proposedBudget = Money::fromMinor(5500);
    r.inputs.insert(QStringLiteral("expected_impact_per_day"), QStringLiteral("4.20"));
    return r;
}

// One "cycle": the safeguards over `recs` with the store's last words, then stored.
QList<Recommendation> cycle(DecisionStore store, QList<Recommendation> recs, const Policy &policy = {})
{
    auto words = store.lastWords();
    if (!words)
        return {};
    Safeguards::holdBack(recs, *words, policy);
    auto added = store.add(recs);
    return added ? *added : QList<Recommendation>{};
}

// One cycle through the Orchestrator, as the window runs it.
CycleResult demoCycle(const Database &db, const Policy &policy = {})
{
    Orchestrator orchestrator(db);
    orchestrator.setPolicy(policy);
    QSignalSpy done(&orchestrator, &Orchestrator::cycleFinished);
    if (!orchestrator.runCycle() || !done.wait(60000))
        return CycleResult{};
    return done.first().first().value<CycleResult>();
}

int pendingActions(DecisionStore store, const QString &campaignOrProduct)
{
    int n = 0;
    for (const Recommendation &r : *store.list({QStringLiteral("pending"), {}}))
        n += r.spendsOrStopsMoney() && (r.campaignId == campaignOrProduct || (r.campaignId.isEmpty() && r.productId == campaignOrProduct));
    return n;
}
} // namespace

class TestSafeguards : public QObject
{
    Q_OBJECT
private slots:
    void aRejectionSticksThroughThreeCyclesThenIsProposedOnce()
    {
        Store s;
        QVERIFY(s.db);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c1"),
                                                    QStringLiteral("p1"), -20, 1.3, t0)});
        QCOMPARE(first.size(), 1);
        DecisionStore store = s.decisions();
        QVERIFY(Approval::reject(store, first.first().id, QStringLiteral("Ana"), QStringLiteral("seasonal dip")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        QVERIFY(decided.isValid());

        for (int day = 1; day <= 3; ++day) {
            // The same evidence, give or take a few points.
            auto again = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c1"),
                                                        QStringLiteral("p1"), -20 - day, 1.3, decided.addDays(day))});
            QCOMPARE(again.size(), 1);
            const Recommendation &r = again.first();
            QCOMPARE(r.action, Recommendation::Action::None);
            QCOMPARE(r.decision, QStringLiteral("MONITOR"));
            QCOMPARE(r.rule, QStringLiteral("cooldown"));
            QVERIFY2(r.rationale.startsWith(QLatin1String("Held back: Ana rejected a pause on")), qPrintable(r.rationale));
            QVERIFY2(r.rationale.contains(QStringLiteral("“seasonal dip”")), qPrintable(r.rationale));
            QVERIFY2(r.rationale.contains(QLatin1String("Would have proposed a pause (PAUSE): Sales fell.")), qPrintable(r.rationale));
            QCOMPARE(r.inputs.value(QStringLiteral("held_back")).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("PAUSE"));
            QVERIFY(!r.inputs.contains(QLatin1String("expected_impact_per_day")));   // the action's, not "no change"'s
            QVERIFY(r.inputs.value(QStringLiteral("held_back")).toObject().contains(QLatin1String("expected_impact_per_day")));
            RecommendationModel model;
            model.setRows({r});
            QCOMPARE(model.data(model.index(0, RecommendationModel::Decision)).toString(), QStringLiteral("Watch — held back by a safeguard"));
            QCOMPARE(pendingActions(s.decisions(), QStringLiteral("c1")), 0);
        }
        // After the cooldown (7 days), with changed evidence: proposed, once.
        for (int day = 8; day <= 9; ++day) {
            auto after = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c1"),
                                                        QStringLiteral("p1"), -40, 1.3, decided.addDays(day))});
            QCOMPARE(after.first().action, Recommendation::Action::Pause);
            QCOMPARE(after.first().rule, QStringLiteral("pause"));
        }
        QCOMPARE(pendingActions(s.decisions(), QStringLiteral("c1")), 1);   // the newer supersedes the older
    }

    void newEvidenceLiftsTheCooldownAtOnce_data()
    {
        QTest::addColumn<double>("salesImpact");
        QTest::addColumn<double>("roas");
        QTest::addColumn<bool>("held");
        QTest::newRow("sales impact moved 9 points") << -29.0 << 1.3 << true;
        QTest::newRow("sales impact moved 10 points") << -30.0 << 1.3 << false;
        QTest::newRow("ROAS moved 0.09×") << -20.0 << 1.21 << true;
        QTest::newRow("ROAS moved 0.10×") << -20.0 << 1.2 << false;
    }
    void newEvidenceLiftsTheCooldownAtOnce()
    {
        QFETCH(double, salesImpact);
        QFETCH(double, roas);
        QFETCH(bool, held);
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c1"),
                                                    QStringLiteral("p1"), -20, 1.3, t0)});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::reject(store, first.first().id, QStringLiteral("Ana"), QStringLiteral("no")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        auto next = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c1"),
                                                   QStringLiteral("p1"), salesImpact, roas, decided.addDays(1))});
        QCOMPARE(next.first().action == Recommendation::Action::None, held);
        if (!held)
            QVERIFY2(next.first().rationale.contains(QLatin1String("Proposed again although Ana rejected a pause on"))
                         && next.first().rationale.contains(QLatin1String(" moved from ")),
                     qPrintable(next.first().rationale));
    }

    void anApprovalWaitsButNeverHoldsAnEmergencyPause()
    {
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c2"),
                                                    QStringLiteral("p2"), 20, 2.0, t0)});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::approve(store, first.first().id, QStringLiteral("Ben")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        // Another budget change a day later, on the same evidence: it waits.
        auto budget = cycle(s.decisions(), {proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c2"),
                                                     QStringLiteral("p2"), 21, 2.0, decided.addDays(1))});
        QCOMPARE(budget.first().action, Recommendation::Action::None);
        QVERIFY2(budget.first().rationale.startsWith(QLatin1String("Held back: Ben approved a budget change on")),
                 qPrintable(budget.first().rationale));
        QVERIFY(!budget.first().proposedBudget);
        // Not even when its evidence moved: the same action waits the whole cooldown...
        auto moved = cycle(s.decisions(), {proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c2"),
                                                    QStringLiteral("p2"), 45, 2.6, decided.addDays(2))});
        QCOMPARE(moved.first().action, Recommendation::Action::None);
        QCOMPARE(moved.first().rule, QStringLiteral("cooldown"));
        // ...while a different one on materially changed evidence is proposed.
        auto pause = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c2"),
                                                    QStringLiteral("p2"), -15, 2.0, decided.addDays(2))});
        QCOMPARE(pause.first().action, Recommendation::Action::Pause);
        QVERIFY2(pause.first().rationale.contains(QLatin1String("Proposed although Ben approved a budget change on")),
                 qPrintable(pause.first().rationale));
        // After the cooldown the same action is proposed again.
        auto later = cycle(s.decisions(), {proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c2"),
                                                    QStringLiteral("p2"), 21, 2.0, decided.addDays(8))});
        QCOMPARE(later.first().action, Recommendation::Action::SetBudget);
        // Losing money: an emergency pause goes through at once.
        auto emergency = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c2"),
                                                        QStringLiteral("p2"), 21, 1.95, decided.addDays(2))});
        QCOMPARE(emergency.first().action, Recommendation::Action::Pause);
        QCOMPARE(emergency.first().decision, QStringLiteral("EMERGENCY_PAUSE"));
    }

    void aRejectedEmergencyPauseSticksUntilTheMoneyMoves()
    {
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c3"),
                                                    QStringLiteral("p3"), 0, 0.8, t0)});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::reject(store, first.first().id, QStringLiteral("Ana"), QStringLiteral("launch week, expected")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        auto same = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c3"),
                                                   QStringLiteral("p3"), 0, 0.75, decided.addDays(1))});
        QCOMPARE(same.first().action, Recommendation::Action::None);
        auto worse = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c3"),
                                                    QStringLiteral("p3"), 0, 0.5, decided.addDays(2))});
        QCOMPARE(worse.first().action, Recommendation::Action::Pause);
    }

    void anApprovedPauseIsNotProposedOrQueuedTwice()
    {
        // A walkthrough: an emergency pause approved while no platform was
        // connected waited in the outbox; each cycle proposed it again and
        // each approval queued the same pause once more.
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c6"),
                                                    QStringLiteral("p6"), 0, 0.5, t0)});
        // The next cycle's same judgement, still pending beside it before the approval.
        DecisionStore store = s.decisions();
        auto twin = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c6"),
                                                   QStringLiteral("p6"), 0, 0.45, t0.addSecs(60))});
        QCOMPARE(twin.first().action, Recommendation::Action::Pause);
        // The first is superseded by the twin; approve the twin, then a third proposal:
        QVERIFY(Approval::approve(store, twin.first().id, QStringLiteral("Ana")).ok());
        const QDateTime decided = s.decisions().get(twin.first().id)->decidedAt;
        auto again = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c6"),
                                                    QStringLiteral("p6"), 0, 0.4, decided.addSecs(3600))});
        QCOMPARE(again.first().action, Recommendation::Action::None);
        QVERIFY2(again.first().rationale.startsWith(QLatin1String("Held back: Ana approved a pause on")), qPrintable(again.first().rationale));
        // And were one proposed anyway (a policy without a cooldown), the
        // store refuses to queue a second action while the first waits.
        Policy off;
        off.cooldownDays = 0;
        auto third = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c6"),
                                                    QStringLiteral("p6"), 0, 0.4, decided.addSecs(7200))}, off);
        QCOMPARE(third.first().action, Recommendation::Action::Pause);
        auto refused = Approval::approve(store, third.first().id, QStringLiteral("Ben"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("the same action is already on its way: recommendation %1, "
                                                                 "approved by Ana at").arg(twin.first().id))
                     && refused.error().message.contains(QLatin1String("waits to be sent")),
                 qPrintable(refused.error().toString()));
        QSqlQuery q(s.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(s.decisions().get(third.first().id)->status, QStringLiteral("pending"));
    }

    void aNewCampaignWaitsAfterItsProductsCampaignWasPaused()
    {
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c4"),
                                                    QStringLiteral("p4"), 0, 0.5, t0)});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::approve(store, first.first().id, QStringLiteral("Ana")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        auto create = cycle(s.decisions(), {proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(),
                                                     QStringLiteral("p4"), 0, 0, decided.addDays(3))});
        QCOMPARE(create.first().action, Recommendation::Action::None);
        QVERIFY2(create.first().rationale.contains(QLatin1String("Would have proposed a new campaign")), qPrintable(create.first().rationale));
        auto later = cycle(s.decisions(), {proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(),
                                                    QStringLiteral("p4"), 0, 0, decided.addDays(7))});
        QCOMPARE(later.first().action, Recommendation::Action::Create);
        // Off: a cooldown of 0 days holds nothing.
        Policy off;
        off.cooldownDays = 0;
        auto again = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c4"),
                                                    QStringLiteral("p4"), 0, 0.5, decided.addDays(1))}, off);
        QCOMPARE(again.first().action, Recommendation::Action::Pause);
    }

    // helper-41: `queue mark-applied` of a new campaign records no campaign
    // in the workspace, so after the cooldown the Creator proposed the same
    // product's campaign again (a second one, twice the budget). A new
    // campaign whose product's last word is an approved new campaign whose
    // send is done waits until that one's days are over; one whose send is
    // still waiting or failed follows the cooldown alone.
    void aNewCampaignMarkedAppliedIsNotProposedAgainWhileItRuns()
    {
        Store s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        Recommendation created = proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(), QStringLiteral("p7"), 0, 0, t0);
        created.durationDays = 30;
        created.proposedBudget = Money::fromMinor(1500);
        auto first = cycle(s.decisions(), {created});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::approve(store, first.first().id, QStringLiteral("Ana")).ok());
        const qint64 outboxId = store.get(first.first().id)->outboxId;
        QSqlQuery q(s.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'unknown' WHERE id = %1").arg(outboxId)));
        const QDateTime decided = store.get(first.first().id)->decidedAt;
        // While its send is unknown: the cooldown (7 days) alone.
        auto waiting = cycle(s.decisions(), {proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(),
                                                      QStringLiteral("p7"), 0, 0, decided.addDays(8))});
        QCOMPARE(waiting.first().action, Recommendation::Action::Create);
        QVERIFY(store.markApplied(outboxId, QStringLiteral("Bob")).ok());
        for (int day : {8, 29}) {
            auto again = cycle(s.decisions(), {proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(),
                                                        QStringLiteral("p7"), 0, 0, decided.addDays(day))});
            QCOMPARE(again.first().action, Recommendation::Action::None);
            QCOMPARE(again.first().rule, QStringLiteral("campaign-not-seen"));
            QVERIFY2(again.first().rationale.contains(QLatin1String("Held back: Ana approved a new campaign for this product")),
                     qPrintable(again.first().rationale));
            QVERIFY2(again.first().rationale.contains(QLatin1String("does not show it running")), qPrintable(again.first().rationale));
        }
        // Its 30 days over: proposed again.
        auto after = cycle(s.decisions(), {proposal(QStringLiteral("NEW_CAMPAIGN"), Recommendation::Action::Create, QString(),
                                                    QStringLiteral("p7"), 0, 0, decided.addDays(31))});
        QCOMPARE(after.first().action, Recommendation::Action::Create);
    }

    // A raise after an approved raise waits raise_settle_days (28), not the
    // 7-day cooldown: until then the uplift window still holds days at the
    // old budget. Pauses and cuts follow the cooldown.
    void aRaiseAfterARaiseWaitsForEvidenceAtTheRaisedBudget()
    {
        Store s;
        QVERIFY(s.db);
        const auto raise = [](const QString &campaign, qint64 from, qint64 to, const QDateTime &at) {
            Recommendation r = proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, campaign, campaign + QStringLiteral("-p"),
                                        20, 2.0, at);
            r.previousBudget = Money::fromMinor(from);
            r.proposedBudget = Money::fromMinor(to);
            return r;
        };
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto first = cycle(s.decisions(), {raise(QStringLiteral("c9"), 5000, 5750, t0)});
        QCOMPARE(first.size(), 1);
        DecisionStore store = s.decisions();
        QVERIFY(Approval::approve(store, first.first().id, QStringLiteral("Ben")).ok());
        const QDateTime decided = s.decisions().get(first.first().id)->decidedAt;
        QVERIFY(decided.isValid());

        // Day 8: the cooldown is over, yet another raise waits.
        auto early = cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, decided.addDays(8))});
        QCOMPARE(early.first().action, Recommendation::Action::None);
        QCOMPARE(early.first().rule, QStringLiteral("raise-settle"));
        QVERIFY(!early.first().proposedBudget);
        QVERIFY2(early.first().rationale.startsWith(QLatin1String("Held back: Ben approved a budget raise on")), qPrintable(early.first().rationale));
        QVERIFY2(early.first().rationale.contains(QLatin1String("the next raise waits 28 day")), qPrintable(early.first().rationale));
        QVERIFY2(early.first().rationale.contains(QLatin1String("uplift window holds only days at the raised budget")),
                 qPrintable(early.first().rationale));
        QVERIFY2(early.first().rationale.contains(QLatin1String("Would have proposed a budget change (CONTINUE)")), qPrintable(early.first().rationale));
        const QJsonObject held = early.first().inputs.value(QStringLiteral("held_back")).toObject();
        QCOMPARE(held.value(QStringLiteral("proposed_budget")).toString(), QStringLiteral("66.00"));
        QCOMPARE(QDateTime::fromString(held.value(QStringLiteral("until")).toString(), Qt::ISODate).toSecsSinceEpoch(),
                 decided.addDays(28).toSecsSinceEpoch());
        QCOMPARE(early.first().thresholds.value(QStringLiteral("raise_settle_days")).toInt(), 28);
        // A cut and a pause on day 8 are not raises: the cooldown alone rules them.
        auto cut = cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 5000, decided.addDays(8))});
        QCOMPARE(cut.first().action, Recommendation::Action::SetBudget);
        auto pause = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c9"),
                                                    QStringLiteral("c9-p"), -20, 2.0, decided.addDays(8))});
        QCOMPARE(pause.first().action, Recommendation::Action::Pause);
        // A rejected pause since does not hide the approved raise: once the
        // rejection's cooldown is over, a raise still waits for day 28.
        DecisionStore afterPause = s.decisions();
        QVERIFY(Approval::reject(afterPause, pause.first().id, QStringLiteral("Ana"), QStringLiteral("keep it")).ok());
        const QDateTime rejectedAt = s.decisions().get(pause.first().id)->decidedAt;
        QVERIFY(rejectedAt.addDays(8) < decided.addDays(28));
        QCOMPARE(cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, rejectedAt.addDays(8))}).first().rule,
                 QStringLiteral("raise-settle"));
        // Day 27 still waits; day 28 proposes it.
        QCOMPARE(cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, decided.addDays(27))}).first().rule, QStringLiteral("raise-settle"));
        auto settled = cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, decided.addDays(28))});
        QCOMPARE(settled.first().action, Recommendation::Action::SetBudget);
        QCOMPARE(settled.first().proposedBudget, Money::fromMinor(6600));
        // 0: the cooldown only.
        Policy off;
        off.raiseSettleDays = 0;
        QCOMPARE(cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, rejectedAt.addDays(8))}, off).first().action,
                 Recommendation::Action::SetBudget);
        // A cooldown of 0 with the settling on: only raises wait.
        Policy noCooldown;
        noCooldown.cooldownDays = 0;
        QCOMPARE(cycle(s.decisions(), {raise(QStringLiteral("c9"), 5750, 6600, rejectedAt.addDays(1))}, noCooldown).first().rule,
                 QStringLiteral("raise-settle"));
        QCOMPARE(cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c9"),
                                                QStringLiteral("c9-p"), -20, 2.0, rejectedAt.addDays(1))}, noCooldown).first().action,
                 Recommendation::Action::Pause);
        // A backtest (nothing worded) holds it back the same way.
        auto words = s.decisions().lastWords();
        QVERIFY(words);
        QList<Recommendation> quiet{raise(QStringLiteral("c9"), 5750, 6600, decided.addDays(8))};
        QCOMPARE(Safeguards::holdBack(quiet, *words, Policy{}, {}, Wording::KindOnly), 1);
        QCOMPARE(quiet.first().rule, QStringLiteral("raise-settle"));
        QCOMPARE(quiet.first().action, Recommendation::Action::None);
    }

    // Which decided recommendations hold later raises back: an approved raise
    // whose send did not fail; not a rejected one, a cut, or one proved not
    // applied.
    void onlyAnApprovedRaiseThatWasNotLostHoldsTheNextRaise()
    {
        Recommendation word = proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c10"),
                                       QStringLiteral("p10"), 20, 2.0, QDateTime::currentDateTimeUtc());
        word.previousBudget = Money::fromMinor(5000);
        word.proposedBudget = Money::fromMinor(5750);
        word.status = QStringLiteral("approved");
        word.decidedAt = QDateTime::currentDateTimeUtc().addDays(-10);
        word.decidedBy = QStringLiteral("Ben");
        const auto holds = [](const Recommendation &w) {
            QHash<QString, Recommendation> words;
            for (const QString &key : w.lastWordKeys())
                words.insert(key, w);
            Recommendation next = proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c10"),
                                           QStringLiteral("p10"), 20, 2.0, QDateTime::currentDateTimeUtc());
            next.previousBudget = Money::fromMinor(5750);
            next.proposedBudget = Money::fromMinor(6600);
            QList<Recommendation> recs{next};
            Safeguards::holdBack(recs, words, Policy{});
            return recs.first().rule == u"raise-settle";
        };
        QVERIFY(word.lastWordKeys().contains(QStringLiteral("raise:c10")));
        QVERIFY(holds(word));
        word.sendState = QStringLiteral("done");
        QVERIFY(holds(word));
        word.sendState = QStringLiteral("unknown");   // maybe applied: it holds
        QVERIFY(holds(word));
        word.sendState = QStringLiteral("failed");    // proved not applied
        QVERIFY(!word.lastWordKeys().contains(QStringLiteral("raise:c10")));
        QVERIFY(!holds(word));
        // Nor does it start the cooldown: an approved pause the platform
        // refused (a rate limit) is proposed again at once while the campaign
        // loses money; sent, or maybe sent, it holds the next one back.
        Recommendation pause = proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c11"),
                                        QStringLiteral("p11"), -30, 0.2, QDateTime::currentDateTimeUtc());
        pause.status = QStringLiteral("approved");
        pause.decidedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        pause.decidedBy = QStringLiteral("Mara");
        const auto pauseHeld = [](const Recommendation &w) {
            QHash<QString, Recommendation> words;
            for (const QString &key : w.lastWordKeys())
                words.insert(key, w);
            QList<Recommendation> recs{proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("c11"),
                                                QStringLiteral("p11"), -30, 0.2, QDateTime::currentDateTimeUtc())};
            Safeguards::holdBack(recs, words, Policy{});
            return recs.first().action != Recommendation::Action::Pause;
        };
        for (const char *state : {"", "sending", "done", "unknown"}) {
            pause.sendState = QLatin1String(state);
            QVERIFY2(pauseHeld(pause), state);
        }
        pause.sendState = QStringLiteral("failed");
        QVERIFY(pause.lastWordKeys().isEmpty());
        QVERIFY(!pauseHeld(pause));
        word.sendState.clear();
        word.status = QStringLiteral("rejected");
        QVERIFY(!holds(word));
        word.status = QStringLiteral("approved");
        word.proposedBudget = Money::fromMinor(4000);   // a cut
        QVERIFY(!holds(word));
    }

    void aLearningCampaignsBudgetMovesLittle_data()
    {
        QTest::addColumn<qint64>("proposedMinor");
        QTest::addColumn<int>("conversions");
        QTest::addColumn<bool>("held");
        QTest::newRow("+30 % while learning") << qint64(6500) << 12 << true;
        QTest::newRow("-30 % while learning") << qint64(3500) << 12 << true;
        QTest::newRow("+20 % while learning") << qint64(6000) << 12 << false;
        QTest::newRow("+30 % after learning") << qint64(6500) << 50 << false;
    }
    void aLearningCampaignsBudgetMovesLittle()
    {
        QFETCH(qint64, proposedMinor);
        QFETCH(int, conversions);
        QFETCH(bool, held);
        Recommendation r = proposal(QStringLiteral("CONTINUE"), Recommendation::Action::SetBudget, QStringLiteral("c5"), QStringLiteral("p5"),
                                    20, 2.0, QDateTime::currentDateTimeUtc());
        r.previousBudget = Money::fromMinor(5000);
        r.proposedBudget = Money::fromMinor(proposedMinor);
        r.inputs.insert(QStringLiteral("conversions"), conversions);
        QList<Recommendation> recs{r};
        QCOMPARE(Safeguards::holdBack(recs, {}, Policy{}), held ? 1 : 0);
        QCOMPARE(recs.first().action == Recommendation::Action::None, held);
        if (held) {
            QCOMPARE(recs.first().rule, QStringLiteral("learning-phase"));
            QVERIFY2(recs.first().rationale.startsWith(QLatin1String("Held back: the campaign is still learning (12 of 50 conversions)")),
                     qPrintable(recs.first().rationale));
            QVERIFY(!recs.first().proposedBudget);
        }
    }

    void theDailyCapKeepsTheMostUrgent()
    {
        Store s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // One action approved today already.
        auto first = cycle(s.decisions(), {proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("c9"),
                                                    QStringLiteral("p9"), -20, 1.3, now)});
        DecisionStore store = s.decisions();
        QVERIFY(Approval::approve(store, first.first().id, QStringLiteral("Ana")).ok());
        QList<Recommendation> recs;
        const double risks[] = {10, 40, 30, 20};
        for (int i = 0; i < 4; ++i) {
            recs << proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("k%1").arg(i), QStringLiteral("q%1").arg(i),
                             -20, 1.3, now);
            recs.last().risk = risks[i];
        }
        recs << proposal(QStringLiteral("EMERGENCY_PAUSE"), Recommendation::Action::Pause, QStringLiteral("k9"), QStringLiteral("q9"), 0, 0.2, now);
        Policy policy;
        policy.maxActionsPerDay = 4;   // 1 approved today + 1 emergency + room for 2
        auto words = s.decisions().lastWords();
        QVERIFY(words.ok());
        QCOMPARE(Safeguards::holdBack(recs, *words, policy), 2);
        QCOMPARE(recs[4].action, Recommendation::Action::Pause);   // the emergency, never capped
        QCOMPARE(recs[1].action, Recommendation::Action::Pause);   // risk 40
        QCOMPARE(recs[2].action, Recommendation::Action::Pause);   // risk 30
        for (int i : {0, 3}) {
            QCOMPARE(recs[i].action, Recommendation::Action::None);
            QCOMPARE(recs[i].rule, QStringLiteral("daily-cap"));
            QVERIFY2(recs[i].rationale.startsWith(QLatin1String("Held back: the policy allows 4 actions a day (approved today: 1; more "
                                                                "urgent, proposed now: 3).")),
                     qPrintable(recs[i].rationale));
        }
        // No cap: nothing held.
        policy.maxActionsPerDay = 0;
        QList<Recommendation> again{proposal(QStringLiteral("PAUSE"), Recommendation::Action::Pause, QStringLiteral("k7"), QStringLiteral("q7"),
                                             -20, 1.3, now)};
        QCOMPARE(Safeguards::holdBack(again, *words, policy), 0);
    }

    void aPendingBudgetIsNeverRaisedAgain()
    {
        // Two cycles, nothing decided between them: the second proposes the
        // same budgets (from the platform's budget in effect, not from the
        // pending proposal), and supersedes the first's.
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("d.sqlite")));
        QVERIFY(db && Recording::load(QStringLiteral("demo"), db->connection()));
        auto run = [&] { return demoCycle(*db, Policy::seedRules()); };   // the seed's rules raise budgets on the demo
        const CycleResult one = run();
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QHash<QString, Money> first;
        for (const Recommendation &r : one.recommendations)
            if (r.action == Recommendation::Action::SetBudget)
                first.insert(r.campaignId, *r.proposedBudget);
        QVERIFY(!first.isEmpty());
        int compared = 0;
        const CycleResult two = run();
        QVERIFY2(two.error.isEmpty(), qPrintable(two.error));
        QCOMPARE(two.asOf, one.asOf);
        for (const Recommendation &r : two.recommendations)
            if (r.action == Recommendation::Action::SetBudget) {
                QCOMPARE(r.proposedBudget, std::optional<Money>(first.value(r.campaignId)));
                ++compared;
            }
        QCOMPARE(compared, first.size());
        DecisionStore store(db->connection());
        for (const QString &campaign : first.keys()) {
            int pending = 0;
            for (const Recommendation &r : *store.list({QStringLiteral("pending"), {}}))
                pending += r.campaignId == campaign && r.action == Recommendation::Action::SetBudget;
            QCOMPARE(pending, 1);
        }
        db->closeThreadConnection();
    }

    void theCycleHoldsBackWhatWasJustRejected()
    {
        // End to end on the demo: reject every action of a cycle; the next
        // cycle proposes none of them again, and says why.
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("d.sqlite")));
        QVERIFY(db && Recording::load(QStringLiteral("demo"), db->connection()));
        auto run = [&] { return demoCycle(*db); };
        const CycleResult first = run();
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        DecisionStore store(db->connection());
        QSet<QString> rejected;
        for (const Recommendation &r : first.recommendations)
            if (r.spendsOrStopsMoney()) {
                QVERIFY(Approval::reject(store, r.id, QStringLiteral("Ana"), QStringLiteral("not now")).ok());
                rejected.insert(r.campaignId.isEmpty() ? QStringLiteral("product:") + r.productId : r.campaignId);
            }
        QVERIFY(rejected.size() >= 3);
        const CycleResult second = run();
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        int held = 0;
        for (const Recommendation &r : second.recommendations) {
            const QString key = r.campaignId.isEmpty() ? QStringLiteral("product:") + r.productId : r.campaignId;
            if (!rejected.contains(key))
                continue;
            QVERIFY2(!r.spendsOrStopsMoney(), qPrintable(r.title));
            held += r.rule == u"cooldown";
        }
        QCOMPARE(held, rejected.size());
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestSafeguards)
#include "tst_safeguards.moc"
