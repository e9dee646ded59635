// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditmodel.h"
#include "models/recommendationmodel.h"
#include "models/campaignmodel.h"
#include "models/catalogmodel.h"
#include "models/stringtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cp;

namespace {
CatalogRow row(const QString &id, const QString &name, const QString &category, qint64 units, std::optional<qint64> views)
{
    CatalogRow r;
    r.product.id = id;
    r.product.name = name;
    r.product.category = category;
    r.product.price = Money::fromMinor(1250);
    r.unitsSold = units;
    r.revenue = Money::fromMinor(1250 * units);
    r.pageViews = views;
    return r;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    // A failed or unconfirmed send needs a person: a filter of its own (a
    // walkthrough found them only under "Approved", and the Overview said
    // "nothing waits").
    void sendsThatNeedAPersonHaveAFilter()
    {
        QList<Recommendation> rows;
        for (const char *state : {"done", "failed", "unknown", "sending", ""}) {
            Recommendation r;
            r.id = rows.size() + 1;
            r.status = QLatin1String(*state ? "approved" : "pending");
            r.action = Recommendation::Action::Pause;
            r.decision = QStringLiteral("EMERGENCY_PAUSE");
            r.sendState = QLatin1String(state);
            rows << r;
        }
        RecommendationModel model;
        model.setRows(rows);
        RecommendationFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStatus(QStringLiteral("send_attention"));
        QList<qint64> shown;
        for (int i = 0; i < proxy.rowCount(); ++i)
            shown << proxy.index(i, 0).data(RecommendationModel::IdRole).toLongLong();
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.contains(2) && shown.contains(3));
    }

    void theAuditLogReadsAsSentencesAndKeepsWhatItStored()
    {
        // A walkthrough: "ada recommended" for the agents' proposal in a cycle
        // ada ran, and an approved action's details as raw JSON.
        AuditEntry agents;
        agents.operatorName = QStringLiteral("creator");
        agents.event = QStringLiteral("recommended");
        agents.recommendationId = 4;
        AuditEntry member = agents;
        member.operatorName = QStringLiteral("ada");
        AuditModel model;
        QVERIFY2(model.sentence(agents).startsWith(QStringLiteral("The creator agent recommended")), qPrintable(model.sentence(agents)));
        QVERIFY2(model.sentence(member).contains(QStringLiteral("in a cycle ada ran")), qPrintable(model.sentence(member)));
        QVERIFY(!model.sentence(member).startsWith(QStringLiteral("ada recommended")));
        AuditEntry half = member;
        half.event = QStringLiteral("approval_1_of_2");
        QVERIFY2(model.sentence(half).startsWith(QStringLiteral("ada gave approval 1 of 2")), qPrintable(model.sentence(half)));
        AuditEntry undo = member;
        undo.operatorName = QStringLiteral("operator");
        undo.details = QStringLiteral("ROLLBACK resume: Undo of recommendation #11");
        QVERIFY2(model.sentence(undo).startsWith(QStringLiteral("An operator asked to undo")), qPrintable(model.sentence(undo)));
        // The outbox's steps as what they are: "sent" is the claim, before
        // the platform answers (a walkthrough read "mara sent" for a change
        // Meta then refused).
        AuditEntry claim = member;
        claim.event = QStringLiteral("sent");
        QVERIFY2(model.sentence(claim).startsWith(QStringLiteral("ada began sending")), qPrintable(model.sentence(claim)));
        AuditEntry refused = member;
        refused.event = QStringLiteral("failed");
        refused.details = QStringLiteral("POST /2004: Meta refused the change in its dry run");
        QVERIFY2(model.sentence(refused).startsWith(QStringLiteral("The platform refused it, nothing was applied"))
                     && model.sentence(refused).contains(refused.details),
                 qPrintable(model.sentence(refused)));
        AuditEntry again = member;
        again.event = QStringLiteral("send_again");
        QVERIFY2(model.sentence(again).contains(QStringLiteral("found not applied on the platform")), qPrintable(model.sentence(again)));

        const QString stored = QStringLiteral("{\"action\":\"set_budget\",\"campaign_id\":\"c-7\",\"budget\":\"25.00\","
                                              "\"previous_budget\":\"20.00\",\"ad_copy\":\"\",\"duration_days\":0,\"extra\":true}");
        const QString readable = AuditModel::readableDetails(stored);
        QVERIFY2(readable.contains(QStringLiteral("action: set_budget")) && readable.contains(QStringLiteral("campaign: c-7"))
                     && readable.contains(QStringLiteral("budget before: 20.00")) && readable.contains(QStringLiteral("budget: 25.00"))
                     && readable.contains(QStringLiteral("extra: yes")),
                 qPrintable(readable));
        QVERIFY2(!readable.contains(u'{') && !readable.contains(QStringLiteral("ad copy")) && !readable.contains(QStringLiteral("days")),
                 qPrintable(readable));
        QCOMPARE(AuditModel::readableDetails(QStringLiteral("too expensive")), QStringLiteral("too expensive"));
        QCOMPARE(AuditModel::readableDetails(QStringLiteral("{not json")), QStringLiteral("{not json"));

        AuditEntry approved;
        approved.id = 1;
        approved.operatorName = QStringLiteral("ana");
        approved.event = QStringLiteral("approved");
        approved.details = stored;
        model.setRows({approved});
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.index(0, AuditModel::Details).data().toString(), readable);
        QCOMPARE(model.index(0, AuditModel::Details).data(AuditModel::StoredRole).toString(), stored);   // exported and hashed as stored
    }

    void catalogModel()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("A", "Alpha mug", "Kitchen", 10, 50), row("B", "Beta bag", "Bags", 0, std::nullopt)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CatalogModel::ColumnCount));
        QCOMPARE(model.index(0, CatalogModel::ViewsPerUnit).data().toString(), QLocale().toString(5.0, 'f', 1));
        // Unknown figures are shown as unknown, not as zero.
        QCOMPARE(model.index(1, CatalogModel::Views).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, CatalogModel::ViewsPerUnit).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(0, CatalogModel::Price).data().toString().contains(QLatin1String("12")));

        // Same products: an update is a dataChanged of the changed row, not a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows({row("A", "Alpha mug", "Kitchen", 10, 50), row("B", "Beta bag", "Bags", 3, 9)});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 1);
        // Different products: reset.
        model.setRows({row("C", "Gamma", "Gifts", 1, 1)});
        QCOMPARE(resets.count(), 1);
    }

    void modelledColumnsAreMarked()
    {
        CatalogModel model;
        model.setModelled({{QStringLiteral("product_days.page_views"), QStringLiteral("a model")}});
        QVERIFY(model.headerData(CatalogModel::Views, Qt::Horizontal).toString().contains(QLatin1String("modelled")));
        QVERIFY(model.headerData(CatalogModel::ViewsPerUnit, Qt::Horizontal).toString().contains(QLatin1String("modelled")));
        QVERIFY(!model.headerData(CatalogModel::Revenue, Qt::Horizontal).toString().contains(QLatin1String("modelled")));
        QVERIFY(model.headerData(CatalogModel::Views, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("a model")));
    }

    void catalogProxyFiltersAndSorts()
    {
        CatalogModel model;
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("A", "Alpha mug", "Kitchen", 10, 50), row("B", "Beta bag", "Bags", 2, 9),
                       row("C", "Mug tree", "Kitchen", 30, std::nullopt)});
        proxy.setSearchText(QStringLiteral("mug"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategory(QStringLiteral("Bags"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory(QString());
        proxy.sort(CatalogModel::Units, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CatalogModel::Id).data().toString(), QStringLiteral("C"));
        QCOMPARE(proxy.index(2, CatalogModel::Id).data().toString(), QStringLiteral("B"));
        // Unknown views sort below every known figure.
        proxy.sort(CatalogModel::Views, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, CatalogModel::Id).data().toString(), QStringLiteral("C"));
    }

    void campaignModel()
    {
        CampaignModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CampaignRow good;
        good.campaign.id = QStringLiteral("c1");
        good.campaign.name = QStringLiteral("Good");
        good.spend = Money::fromMinor(1000);
        good.revenue = Money::fromMinor(3000);
        good.hasRevenue = true;
        CampaignRow noRevenue = good;
        noRevenue.campaign.id = QStringLiteral("c2");
        noRevenue.hasRevenue = false;
        model.setRows({good, noRevenue});
        // ROAS as the trade reads it: revenue ÷ spend = 3000 / 1000 = 3.00×.
        QCOMPARE(model.index(0, CampaignModel::Roas).data().toString(), QLocale().toString(3.0, 'f', 2) + QStringLiteral("×"));
        QCOMPARE(model.index(1, CampaignModel::Roas).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, CampaignModel::Revenue).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, CampaignModel::Name).data(CampaignModel::IdRole).toString(), QStringLiteral("c1"));
    }

    void stringTableModel()
    {
        StringTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable({"a", "b"}, {{"1", "2"}, {"short"}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, 1).data().toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
