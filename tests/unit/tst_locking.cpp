// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionStore::add on both engines: a batch's own recommendations
// supersede one another as one at a time did (the newest pending wins), a
// big batch keeps its order (ids, audit entries, the hash chain), and on
// PostgreSQL a cycle's add() and an operator's approve() take their locks in
// one order (row locks first, the audit chain's lock last), so that neither
// is aborted with "deadlock detected".
#include "support/program.h"
#include "models/auditchain.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "support/teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <latch>

using namespace cp;
using cp::test::freshStore;
using cp::test::onPostgres;
using Action = Recommendation::Action;

namespace {

using test::scalar;

// A budget change on `campaign` (new campaign: `campaign` empty, `product` set).
Recommendation make(Action kind, const QString &campaign, const QString &product, const QString &note = {})
{
    Recommendation r;
    r.cycleId = QStringLiteral("t");
    r.agent = QStringLiteral("manager");
    r.decision = kind == Action::Create ? QStringLiteral("NEW_CAMPAIGN") : QStringLiteral("CONTINUE");
    r.action = kind;
    r.campaignId = campaign;
    r.productId = product;
    r.campaignName = campaign.isEmpty() ? product : campaign;
    r.title = r.campaignName + note;
    r.rule = QStringLiteral("test");
    r.rationale = QStringLiteral("test ") + note;
    r.proposedBudget = Money::fromMinor(2000);
    r.previousBudget = Money::fromMinor(1000);
    r.durationDays = 7;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.expiresAt = r.createdAt.addDays(30);
    return r;
}

// A MONITOR on `campaign` with nothing to send, as a cycle judges most of them.
Recommendation monitor(const QString &campaign, const QString &product, const QString &note)
{
    Recommendation r = make(Action::None, campaign, product, note);
    r.decision = QStringLiteral("MONITOR");
    r.proposedBudget.reset();
    r.inputs.insert(QStringLiteral("units"), 12);
    return r;
}

QString statusOf(QSqlDatabase db, qint64 id)
{
    return scalar(db, QStringLiteral("SELECT status FROM recommendations WHERE id = %1").arg(id)).toString();
}

} // namespace

class TestLocking : public QObject
{
    Q_OBJECT
private slots:
    void aWindowReadsWhatWaitsAndTheNewestDecided()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("shown.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QSqlDatabase c = db->connection();
        DecisionStore store(c);
        QList<Recommendation> batch;
        for (int i = 0; i < 30; ++i)
            batch << make(Action::SetBudget, QStringLiteral("c%1").arg(i), QStringLiteral("p%1").arg(i));
        auto added = store.add(batch);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
        QList<qint64> ids;
        for (const Recommendation &r : *added)
            ids << r.id;
        // The oldest approved (its send not done), the next 24 rejected, the newest 5 left pending.
        QVERIFY(store.approve(ids[0], QStringLiteral("ana"), QDateTime::currentDateTimeUtc()).ok());
        for (int i = 1; i < 25; ++i)
            QVERIFY(store.reject(ids[i], QStringLiteral("ana"), QStringLiteral("no")).ok());
        bool capped = false;
        auto shown = store.listShown(4, &capped);
        QVERIFY2(shown.ok(), shown.ok() ? "" : qPrintable(shown.error().toString()));
        QList<qint64> got;
        for (const Recommendation &r : *shown)
            got << r.id;
        // Newest first: the five pending, the four newest rejected, the approved one awaiting its send.
        const QList<qint64> want{ids[29], ids[28], ids[27], ids[26], ids[25], ids[24], ids[23], ids[22], ids[21], ids[0]};
        QCOMPARE(got, want);
        QVERIFY(capped);
        QCOMPARE(shown->last().approvedBy, QStringList{QStringLiteral("ana")});
        auto all = store.listShown(25, &capped);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 30);
        QVERIFY(!capped);
    }

    void aBatchSupersedesItsOwnOlderRecommendations()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("batch.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            // Keys that an SQL literal or an array literal would have to escape.
            const QString odd = QStringLiteral("c\"o,m}m{a\\'");
            auto before = store.add({make(Action::SetBudget, QStringLiteral("c1"), QStringLiteral("p1")),
                                     make(Action::Create, {}, QStringLiteral("p2")), make(Action::Pause, odd, QStringLiteral("p3")),
                                     make(Action::SetBudget, QStringLiteral("c9"), QStringLiteral("p9")),
                                     make(Action::None, {}, QStringLiteral("p4"))});
            QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().toString()));
            QCOMPARE(before->size(), 5);

            auto added = store.add({make(Action::SetBudget, QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("a")),
                                    make(Action::Create, {}, QStringLiteral("p2"), QStringLiteral("b")),
                                    make(Action::SetBudget, QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("c")),
                                    make(Action::Create, {}, QStringLiteral("p2"), QStringLiteral("d")),
                                    make(Action::Pause, odd, QStringLiteral("p3"), QStringLiteral("e")),
                                    make(Action::None, {}, QStringLiteral("p4"), QStringLiteral("f")),
                                    make(Action::None, {}, QStringLiteral("p4"), QStringLiteral("g")),
                                    make(Action::SetBudget, QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("h"))});
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            QCOMPARE(added->size(), 8);
            for (qsizetype i = 1; i < added->size(); ++i)
                QVERIFY2(added->at(i).id > added->at(i - 1).id, "ids follow the batch's order");
            for (qsizetype i = 0; i < added->size(); ++i)
                QCOMPARE(scalar(c, QStringLiteral("SELECT title FROM recommendations WHERE id = %1").arg(added->at(i).id)).toString(),
                         added->at(i).title);
            // What was there before: superseded, except c9's, which the batch does not name.
            QCOMPARE(statusOf(c, before->at(0).id), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, before->at(1).id), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, before->at(2).id), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, before->at(3).id), QStringLiteral("pending"));
            QCOMPARE(statusOf(c, before->at(4).id), QStringLiteral("superseded"));   // p4's held-back one, by the next cycle's
            // The batch: the newest of each campaign (and of each product's
            // recommendations without a campaign) is pending, the older ones of
            // the same batch superseded. That includes one without a campaign
            // that creates none (p4's: a new campaign a safeguard held back),
            // which used to stay pending beside the next, one more each cycle.
            const QStringList expected{QStringLiteral("superseded"), QStringLiteral("superseded"), QStringLiteral("superseded"),
                                       QStringLiteral("pending"),    QStringLiteral("pending"),    QStringLiteral("superseded"),
                                       QStringLiteral("pending"),    QStringLiteral("pending")};
            for (qsizetype i = 0; i < added->size(); ++i) {
                QCOMPARE(statusOf(c, added->at(i).id), expected[i]);
                QCOMPARE(added->at(i).status, expected[i]);
            }
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending'")).toInt(), 5);
            // A "recommended" entry each for those with something to send,
            // in the batch's order; those with nothing to send (p4's) named
            // in one entry per batch and agent, after them; an intact chain.
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT recommendation_id FROM audit_log WHERE event = 'recommended' ORDER BY id")));
            QList<qint64> audited;
            while (q.next())
                audited << q.value(0).toLongLong();
            QList<qint64> withActions;
            for (const Recommendation &r : *before + *added)
                if (r.action != Action::None)
                    withActions << r.id;
            QCOMPARE(audited, withActions);
            QCOMPARE(audited.size(), 4 + 6);
            QVERIFY(q.exec(QStringLiteral("SELECT details, recommendation_id FROM audit_log WHERE event = 'recommended_no_action' ORDER BY id")));
            QStringList notes;
            while (q.next()) {
                QVERIFY(q.value(1).isNull());
                notes << q.value(0).toString();
            }
            QCOMPARE(notes.size(), 2);
            QVERIFY2(notes[0].endsWith(QStringLiteral(": #%1").arg(before->at(4).id)), qPrintable(notes[0]));
            QVERIFY2(notes[1].endsWith(QStringLiteral(": #%1–#%2").arg(added->at(5).id).arg(added->at(6).id)), qPrintable(notes[1]));
            QVERIFY2(notes[1].contains(QStringLiteral("recommended 2 with nothing to send")), qPrintable(notes[1]));
            auto verified = AuditChain::verify(c);
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->why));
            QCOMPARE(verified->verified, qint64(12));
        }
        db->closeThreadConnection();
    }

    void aCycleThatJudgesAsBeforeKeepsThePendingOnes()
    {
        // Issue 14: an hourly cycle judged 10,000 campaigns the same all day
        // and wrote every one again with an audit entry. A recommendation
        // with nothing to send that says what the pending one on its item
        // says is kept (its id, cycle and times); anything with an action,
        // anything that says something else, one whose pending twin has
        // less than half its time left, and a row from before its content
        // was hashed are written as before, superseding.
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("kept.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            const QString c1 = QStringLiteral("c1"), c2 = QStringLiteral("c2"), c3 = QStringLiteral("c3"), c4 = QStringLiteral("c4"),
                          c5 = QStringLiteral("c5");
            Recommendation old = monitor(c5, QStringLiteral("p5"), QStringLiteral("same"));
            old.createdAt = QDateTime::currentDateTimeUtc().addDays(-20);   // 10 of its 30 days left
            old.expiresAt = old.createdAt.addDays(30);
            auto first = store.add({monitor(c1, QStringLiteral("p1"), QStringLiteral("same")), monitor({}, QStringLiteral("p4"), QStringLiteral("same")),
                                    make(Action::SetBudget, c2, QStringLiteral("p2")), monitor(c3, QStringLiteral("p3"), QStringLiteral("same")),
                                    monitor(c4, QStringLiteral("p6"), QStringLiteral("same")), old});
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
            QVERIFY(std::none_of(first->cbegin(), first->cend(), [](const Recommendation &r) { return r.unchanged; }));
            // c4's row as the program wrote it before schema 24: no hash.
            QSqlQuery legacy(c);
            QVERIFY(legacy.exec(QStringLiteral("UPDATE recommendations SET content_hash = NULL WHERE campaign_id = 'c4'")));

            QList<Recommendation> next{monitor(c1, QStringLiteral("p1"), QStringLiteral("same")), monitor({}, QStringLiteral("p4"), QStringLiteral("same")),
                                       make(Action::SetBudget, c2, QStringLiteral("p2")), monitor(c3, QStringLiteral("p3"), QStringLiteral("other")),
                                       monitor(c4, QStringLiteral("p6"), QStringLiteral("same")), monitor(c5, QStringLiteral("p5"), QStringLiteral("same"))};
            for (Recommendation &r : next)
                r.cycleId = QStringLiteral("t2");
            next[1].inputs.insert(QStringLiteral("units"), 12);   // the same value again: still the same
            auto second = store.add(next);
            QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
            QCOMPARE(second->size(), 6);
            const QList<bool> kept{true, true, false, false, false, false};
            for (qsizetype i = 0; i < 6; ++i) {
                QCOMPARE(second->at(i).unchanged, kept[i]);
                QCOMPARE(second->at(i).id == first->at(i).id, kept[i]);
                QCOMPARE(statusOf(c, first->at(i).id), kept[i] ? QStringLiteral("pending") : QStringLiteral("superseded"));
                QCOMPARE(statusOf(c, second->at(i).id), QStringLiteral("pending"));
                QCOMPARE(second->at(i).cycleId, kept[i] ? QStringLiteral("t") : QStringLiteral("t2"));
            }
            QCOMPARE(second->at(0).createdAt, first->at(0).createdAt);
            QCOMPARE(second->at(0).expiresAt, first->at(0).expiresAt);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations")).toInt(), 6 + 4);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending'")).toInt(), 6);
            // The second batch: its one budget change an entry of its own,
            // its three new ones with nothing to send one entry, the two kept
            // one more, on an intact chain.
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'recommended'")).toInt(), 1 + 1);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'recommended_no_action'")).toInt(), 1 + 1);
            {
                QSqlQuery watched(c);
                QVERIFY(watched.exec(QStringLiteral("SELECT details FROM audit_log WHERE event = 'recommended_no_action' ORDER BY id DESC")));
                QVERIFY(watched.next());
                const QString text = watched.value(0).toString();
                QVERIFY2(text.contains(QStringLiteral("cycle t2 recommended 3 with nothing to send (MONITOR 3)")), qPrintable(text));
                QVERIFY2(text.endsWith(QStringLiteral("#%1–#%2").arg(second->at(3).id).arg(second->at(5).id)), qPrintable(text));
            }
            QSqlQuery note(c);
            QVERIFY(note.exec(QStringLiteral("SELECT operator, details FROM audit_log WHERE event = 'kept_unchanged'")));
            QVERIFY(note.next());
            QCOMPARE(note.value(0).toString(), QStringLiteral("manager"));
            const QString details = note.value(1).toString();
            QVERIFY2(details.contains(QStringLiteral("t2")), qPrintable(details));
            QVERIFY2(details.contains(QStringLiteral("#%1–#%2").arg(first->at(0).id).arg(first->at(1).id)), qPrintable(details));
            QVERIFY(!note.next());
            auto verified = AuditChain::verify(c);
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->why));

            // A third batch the same as the second: the rows it wrote are kept now too.
            for (Recommendation &r : next)
                r.cycleId = QStringLiteral("t3");
            auto third = store.add(next);
            QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().toString()));
            const QList<bool> keptNow{true, true, false, true, true, true};
            for (qsizetype i = 0; i < 6; ++i) {
                QCOMPARE(third->at(i).unchanged, keptNow[i]);
                QCOMPARE(third->at(i).id == second->at(i).id, keptNow[i]);
            }
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending'")).toInt(), 6);

            // A batch that judges c1 twice, the last time as before: the last
            // keeps the pending one, the first is written superseded.
            auto twice = store.add({monitor(c1, QStringLiteral("p1"), QStringLiteral("changed")), monitor(c1, QStringLiteral("p1"), QStringLiteral("same"))});
            QVERIFY2(twice.ok(), twice.ok() ? "" : qPrintable(twice.error().toString()));
            QVERIFY(!twice->at(0).unchanged);
            QCOMPARE(statusOf(c, twice->at(0).id), QStringLiteral("superseded"));
            QVERIFY(twice->at(1).unchanged);
            QCOMPARE(twice->at(1).id, first->at(0).id);
            QCOMPARE(statusOf(c, first->at(0).id), QStringLiteral("pending"));

            // Two pending on one item (as a store written before the batch's
            // own superseding could hold): neither is kept, both superseded.
            QVERIFY(legacy.exec(QStringLiteral("UPDATE recommendations SET status = 'pending' WHERE id = %1").arg(twice->at(0).id)));
            auto after = store.add({monitor(c1, QStringLiteral("p1"), QStringLiteral("same"))});
            QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().toString()));
            QVERIFY(!after->first().unchanged);
            QCOMPARE(statusOf(c, twice->at(0).id), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, first->at(0).id), QStringLiteral("superseded"));
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'pending' AND campaign_id = 'c1'")).toInt(), 1);
        }
        db->closeThreadConnection();
    }

    void aLargeBatchHashesOnTwoThreadsAsOneDoes()
    {
        // Over 2,000 recommendations are serialised and hashed on two
        // threads: a small batch (one thread) saying the same about some of
        // them keeps theirs, and the big batch again keeps all.
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("large.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            QList<Recommendation> big;
            for (int i = 0; i < 2100; ++i) {
                Recommendation r = monitor(QStringLiteral("c%1").arg(i), QStringLiteral("p%1").arg(i), QStringLiteral(" %1").arg(i));
                r.inputs.insert(QStringLiteral("units"), i);
                r.thresholds.insert(QStringLiteral("min_days"), 3);
                big << r;
            }
            auto first = store.add(big);
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
            auto some = store.add(big.mid(1990, 30));   // across where the two threads' halves met
            QVERIFY2(some.ok(), some.ok() ? "" : qPrintable(some.error().toString()));
            for (qsizetype i = 0; i < some->size(); ++i) {
                QVERIFY(some->at(i).unchanged);
                QCOMPARE(some->at(i).id, first->at(1990 + i).id);
            }
            auto again = store.add(big);
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
            QCOMPARE(std::count_if(again->cbegin(), again->cend(), [](const Recommendation &r) { return r.unchanged; }), qsizetype(2100));
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations")).toInt(), 2100);
        }
        db->closeThreadConnection();
    }

    void aBatchCarriesTheOperatorsCopyFromOneNewCampaignToTheNext()
    {
        // An operator chose their own copy for a pending new campaign; a
        // batch proposes the product's new campaign twice: the first keeps
        // the operator's copy (superseding theirs), the second keeps it from
        // the first, each audited "copy_carried_over" by the operator, as when
        // the two were stored one at a time.
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("copy.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            auto copyOf = [](const QString &headline, const QString &source) {
                AdCopy a;
                a.headline = headline;
                a.primaryText = headline + QStringLiteral(" text");
                a.description = headline + QStringLiteral(" description");
                a.source = source;
                return a;
            };
            auto withCopy = [&](const QString &headline) {
                Recommendation r = make(Action::Create, {}, QStringLiteral("p1"), headline);
                r.copy.variants = {copyOf(headline, QStringLiteral("template"))};
                r.copy.facts.insert(QStringLiteral("price"), QStringLiteral("10.00"));
                r.campaignName = headline;
                r.adCopy = headline + QStringLiteral(" text");
                return r;
            };
            auto first = store.add({withCopy(QStringLiteral("T1"))});
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
            const qint64 a = first->first().id;
            CopyChoice chosen = first->first().copy;
            chosen.variants << copyOf(QStringLiteral("Mine"), QStringLiteral("operator"));
            chosen.chosen = 1;
            QVERIFY(store.setCopy(a, chosen, QStringLiteral("ana"), QStringLiteral("copy_chosen"), QStringLiteral("ana's")).ok());

            auto added = store.add({withCopy(QStringLiteral("T2")), withCopy(QStringLiteral("T3"))});
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
            const qint64 x = added->at(0).id, y = added->at(1).id;
            QCOMPARE(statusOf(c, a), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, x), QStringLiteral("superseded"));
            QCOMPARE(statusOf(c, y), QStringLiteral("pending"));
            for (qint64 id : {x, y}) {
                QCOMPARE(scalar(c, QStringLiteral("SELECT campaign_name FROM recommendations WHERE id = %1").arg(id)).toString(),
                         QStringLiteral("Mine"));
                QCOMPARE(scalar(c, QStringLiteral("SELECT ad_copy FROM recommendations WHERE id = %1").arg(id)).toString(),
                         QStringLiteral("Mine text"));
            }
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT recommendation_id, operator, event, details FROM audit_log WHERE recommendation_id >= %1 "
                                          "ORDER BY id").arg(x)));
            QStringList entries;
            while (q.next())
                entries << QStringLiteral("%1 %2 %3").arg(q.value(0).toLongLong() == x ? QStringLiteral("x") : QStringLiteral("y"),
                                                          q.value(1).toString(), q.value(2).toString());
            QCOMPARE(entries, (QStringList{QStringLiteral("x manager recommended"), QStringLiteral("x ana copy_carried_over"),
                                           QStringLiteral("y manager recommended"), QStringLiteral("y ana copy_carried_over")}));
            QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE recommendation_id = %1 AND event = 'copy_carried_over'").arg(y)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(QStringLiteral("#%1").arg(x)), qPrintable(q.value(0).toString()));
            auto y2 = store.get(y);
            QVERIFY(y2.ok());
            QCOMPARE(y2->copy.variants.size(), 2);   // its template's and the operator's (T2's template's is not kept)
            QCOMPARE(y2->copy.chosen, 1);
            auto verified = AuditChain::verify(c);
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->why));
        }
        db->closeThreadConnection();
    }

    void aBigBatchKeepsItsOrderAndTheChain()
    {
        // More rows than one INSERT takes on either engine (several statements).
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("big.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            QVERIFY(store.audit(QStringLiteral("ana"), QStringLiteral("note"), 0, QStringLiteral("before")).ok());
            for (int round = 0; round < 2; ++round) {
                QList<Recommendation> batch;
                for (int i = 0; i < 1234; ++i)
                    batch << (i % 5 == 0 ? make(Action::Create, {}, QStringLiteral("p%1").arg(i), QStringLiteral(" %1").arg(i))
                                         : make(Action::SetBudget, QStringLiteral("c%1").arg(i), QStringLiteral("p%1").arg(i),
                                                QStringLiteral(" %1").arg(i)));
                auto added = store.add(batch);
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
                QCOMPARE(added->size(), batch.size());
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("SELECT id, title FROM recommendations WHERE status = 'pending' ORDER BY id")));
                qsizetype i = 0;
                while (q.next()) {
                    QVERIFY(i < added->size());
                    QCOMPARE(q.value(0).toLongLong(), added->at(i).id);
                    QCOMPARE(q.value(1).toString(), batch[i].title);
                    ++i;
                }
                QCOMPARE(i, added->size());
                QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'superseded'")).toInt(),
                         round * 1234);
                QVERIFY(q.exec(QStringLiteral("SELECT recommendation_id FROM audit_log WHERE event = 'recommended' ORDER BY id")));
                QList<qint64> audited;
                while (q.next())
                    audited << q.value(0).toLongLong();
                QCOMPARE(audited.size(), (round + 1) * 1234);
                for (qsizetype k = 0; k < added->size(); ++k)
                    QCOMPARE(audited[round * 1234 + k], added->at(k).id);
            }
            QVERIFY(store.audit(QStringLiteral("ana"), QStringLiteral("note"), 0, QStringLiteral("after")).ok());
            auto verified = AuditChain::verify(c);
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->why));
            QCOMPARE(verified->verified, qint64(2 * 1234 + 2));
        }
        db->closeThreadConnection();
    }

    void aCycleAndAnOperatorAtOnceDoNotDeadlock()
    {
        // A station's cycle saves batches that supersede every pending
        // recommendation while an operator approves pending ones, each on a
        // connection of its own. add() used to take the audit chain's lock at
        // its first entry and then row locks (superseding later campaigns);
        // approve() takes the row's lock and then the audit lock: an operator
        // approving a campaign late in the batch deadlocked with the cycle.
        // On SQLite (one writer; WAL): add() read the pending rows before its
        // first write in a deferred transaction, so an approval committed in
        // between made its first write fail at once ("database is locked",
        // SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out).
        QTemporaryDir dir;
        const QString url = freshStore(dir, QStringLiteral("unused"));
        QVERIFY(!url.isEmpty());
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        constexpr int kCampaigns = 150;
        constexpr int kRounds = 12;
        auto batch = [](int round) {
            QList<Recommendation> recs;
            for (int i = 0; i < kCampaigns; ++i)
                recs << make(Action::SetBudget, QStringLiteral("c%1").arg(i), QStringLiteral("p%1").arg(i), QStringLiteral(" r%1").arg(round));
            return recs;
        };
        {
            DecisionStore store(db->connection());
            auto first = store.add(batch(0));
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        }

        std::latch start(2);
        std::atomic<bool> cycleDone{false};
        std::atomic<int> approved{0}, refused{0};
        // Each round of the cycle starts after another approval was tried,
        // so that the two keep meeting however fast either is.
        std::atomic<int> attempts{0};
        auto attempted = [&attempts] {
            ++attempts;
            attempts.notify_all();
        };
        QStringList cycleErrors, approveErrors;   // each written by one thread, read after both joined
        std::unique_ptr<QThread> cycle(QThread::create([&] {
            auto mine = Database::open(url);
            if (!mine) {
                cycleErrors << mine.error().toString();
                start.count_down();
                cycleDone = true;
                return;
            }
            {
                DecisionStore store(mine->connection());
                start.arrive_and_wait();
                int seen = 0;
                for (int round = 1; round <= kRounds; ++round) {
                    attempts.wait(seen);
                    seen = attempts.load();
                    if (auto added = store.add(batch(round)); !added)
                        cycleErrors << added.error().toString();
                }
            }
            cycleDone = true;
            mine->closeThreadConnection();
        }));
        std::unique_ptr<QThread> operatorThread(QThread::create([&] {
            auto mine = Database::open(url);
            if (!mine) {
                approveErrors << mine.error().toString();
                start.count_down();
                attempted();
                return;
            }
            {
                QSqlDatabase c = mine->connection();
                DecisionStore store(c);
                start.arrive_and_wait();
                // The newest pending first: the campaigns a cycle's batch
                // reaches last (after its first audit entry, as it was). One
                // more round once the cycle is done: some are approved.
                for (bool last = false; !last;) {
                    last = cycleDone;
                    QList<qint64> ids;
                    QSqlQuery q(c);
                    if (!q.exec(QStringLiteral("SELECT id FROM recommendations WHERE status = 'pending' ORDER BY id DESC LIMIT 8"))) {
                        approveErrors << q.lastError().text();
                        attempted();
                        break;
                    }
                    while (q.next())
                        ids << q.value(0).toLongLong();
                    for (qint64 id : std::as_const(ids)) {
                        auto r = store.approve(id, QStringLiteral("ana"), QDateTime::currentDateTimeUtc());
                        if (r)
                            ++approved;
                        else if (r.error().message.contains(QLatin1String("superseded"))
                                 || r.error().message.contains(QLatin1String("the same action is already on its way")))
                            ++refused;   // the cycle's newer one came first, or an earlier round's approval: a clear reason
                        else
                            approveErrors << r.error().toString();
                        attempted();
                    }
                    if (ids.isEmpty())
                        attempted();
                }
            }
            mine->closeThreadConnection();
        }));
        cycle->start();
        operatorThread->start();
        QVERIFY(cycle->wait(120000));
        QVERIFY(operatorThread->wait(120000));
        QVERIFY2(cycleErrors.isEmpty(), qPrintable(cycleErrors.join(QLatin1Char('\n'))));
        QVERIFY2(approveErrors.isEmpty(), qPrintable(approveErrors.join(QLatin1Char('\n'))));
        QVERIFY(approved > 0);
        QVERIFY(approved + refused > kRounds);

        {
            QSqlDatabase c = db->connection();
            // At most one pending recommendation per campaign.
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM (SELECT campaign_id FROM recommendations WHERE status = 'pending' "
                                              "GROUP BY campaign_id HAVING COUNT(*) > 1) t"))
                         .toInt(),
                     0);
            // Every approved one in the outbox once, and nothing else there.
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE status = 'approved'")).toInt(), approved.load());
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM recommendations r WHERE r.status = 'approved' AND "
                                              "(SELECT COUNT(*) FROM outbox o WHERE o.recommendation_id = r.id) <> 1"))
                         .toInt(),
                     0);
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), approved.load());
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'approved'")).toInt(), approved.load());
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'recommended'")).toInt(),
                     (kRounds + 1) * kCampaigns);
            auto verified = AuditChain::verify(c);
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->why));
            qInfo("%d approved, %d refused as superseded", approved.load(), refused.load());
        }
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestLocking)
#include "tst_locking.moc"
