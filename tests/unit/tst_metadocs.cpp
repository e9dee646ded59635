// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, the Meta half: the connector against a loopback Graph server that
// answers as Meta's documentation says (versions in the path, the ad
// account's currency and time zone, budgets in the currency's offset, one
// account-level insights call, throttling codes, error 190, validate_only).
#include "../support/faultserver.h"
#include "../support/fakemeta.h"
#include "../support/fakewoocommerce.h"
#include "../support/seedapi.h"
#include "agents/approval.h"
#include "agents/backend/metaplatform.h"
#include "agents/dispatcher.h"
#include "agents/preflight.h"
#include "agents/live/livesync.h"
#include "agents/tools/metaapi.h"
#include "agents/cycle/agents.h"
#include "models/backgroundtask.h"
#include "models/database.h"
#include "models/workspace.h"
#include "models/decisionstore.h"
#include "models/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cp;
using namespace cp::test;
using A = FaultServer::Answer;

namespace {
const QDate kToday(2026, 11, 25);
const QByteArray kToken = "EAAB-test-access-token-0123456789";

struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<Graph> graph = std::make_shared<Graph>();
    FaultServer server;
    std::optional<Database> db;
    Fixture()
    {
        server.handler = [g = graph](const FaultServer::Seen &s) { return (*g)(s); };
        auto opened = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        if (opened)
            db = *opened;
    }
    ~Fixture()
    {
        if (db)
            db->closeThreadConnection();
    }
    QString path() const { return dir.filePath(QStringLiteral("live.sqlite")); }
    Connection meta(const QString &version = QString()) const
    {
        Connection c;
        c.kind = Connection::Kind::Meta;
        c.url = QUrl(server.baseUrl());
        c.account = QStringLiteral("42");
        c.apiVersion = version;
        c.policy.backoffBaseMs = 5;
        c.policy.backoffMaxMs = 20;
        return c;
    }
    Result<LiveSync::Refresh> refresh(const Connection &platform, QDate today = kToday, const Connection &store = {},
                                      const Secrets &storeSecrets = {})
    {
        return LiveSync::refresh(db->connection(), {store, platform}, storeSecrets, Secrets{kToken, {}, {}}, today);
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? (q.value(0).isNull() ? -2 : q.value(0).toLongLong()) : -1;
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    // Adds and approves one action, and sends what is approved to Meta.
    DispatchReport approveAndSend(Recommendation::Action action, const QString &campaign, std::optional<Money> budget = std::nullopt)
    {
        DecisionStore store(db->connection());
        Recommendation r;
        r.cycleId = QStringLiteral("test");
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.expiresAt = r.createdAt.addDays(1);
        r.agent = QStringLiteral("manager");
        r.decision = action == Recommendation::Action::SetBudget ? QStringLiteral("CONTINUE") : QStringLiteral("PAUSE");
        r.action = action;
        r.campaignId = campaign;
        r.proposedBudget = budget;
        r.title = r.decision + QLatin1Char(' ') + campaign;
        r.rule = QStringLiteral("test");
        r.rationale = QStringLiteral("test");
        auto added = store.add({r});
        // A yen budget of 6,000 is above the default policy's maximum (a
        // number, whatever the currency): these tests are about sending it.
        Policy roomy;
        roomy.maxDailyBudget = Money::fromMinor(1'000'000'00);
        if (!added || !Approval::approve(store, added->first().id, QStringLiteral("ops"), roomy).ok())
            return {};
        MetaPlatform platform(meta().baseUrl(), NetworkPolicy{}, kToken, QStringLiteral("42"));   // the dispatcher tells it the workspace's currency
        std::atomic_bool halted{false};
        return Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
    }
};

QDateTime noonOf(QDate d) { return QDateTime(d, QTime(12, 0), Qt::UTC); }
} // namespace

class TestMetaDocs : public QObject
{
    Q_OBJECT
private slots:
    void init() { setNow(noonOf(kToday)); }
    void cleanup()
    {
        qunsetenv("CP_NOW_OFFSET_SECONDS");
        qunsetenv("CP_CURRENCY");
    }

    void theConfiguredVersionIsInEveryPath()
    {
        Fixture f;
        f.graph->version = "v25.0";
        f.graph->campaigns = {{QStringLiteral("601")}};
        auto r = f.refresh(f.meta(QStringLiteral("v25.0")));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(f.server.seen().size() >= 3);
        for (const auto &s : f.server.seen())
            QVERIFY2(s.path.startsWith("/v25.0/act_42"), s.path.constData());
        // No version named: the default, also in place of an expired one left in the address.
        Fixture g;
        g.graph->campaigns = {{QStringLiteral("601")}};
        Connection old = g.meta();
        old.url = QUrl(g.server.baseUrl() + QStringLiteral("/v21.0"));
        QVERIFY(g.refresh(old).ok());
        QCOMPARE(g.server.seen().first().path, "/" + QByteArray(kMetaDefaultVersion) + "/act_42");
        // Kept in the settings with the re-read days; refused when it is not a version.
        QSettings settings(f.dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Connection saved = f.meta(QStringLiteral("v27.0"));
        saved.rereadDays = 28;
        Connections{{}, saved}.save(settings, QStringLiteral("ws"));
        const Connections loaded = Connections::load(settings, QStringLiteral("ws"));
        QCOMPARE(loaded.platform.apiVersion, QStringLiteral("v27.0"));
        QCOMPARE(loaded.platform.rereadDays, 28);
        saved.apiVersion = QStringLiteral("27");
        QVERIFY(saved.problem(false).contains(QLatin1String("API version")));
    }

    void purchasesForAPastDayGrowOverThreeRefreshes_data()
    {
        QTest::addColumn<bool>("configured");
        QTest::newRow("28 days set on the connection") << true;
        QTest::newRow("28 days read from the ad sets' attribution_spec") << false;
    }
    void purchasesForAPastDayGrowOverThreeRefreshes()
    {
        QFETCH(bool, configured);
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 2500}};
        const QDate past = kToday.addDays(-12);   // outside a 7-day window, inside the account's 28-day one
        Connection meta = f.meta();
        if (configured)
            meta.rereadDays = 28;
        else
            f.graph->adSetWindows = {7, 28, 0};
        const QList<std::pair<int, qint64>> refreshes{{0, 1}, {1, 3}, {2, 5}};
        for (const auto &[offset, bought] : refreshes) {
            const QDate today = kToday.addDays(offset);
            setNow(noonOf(today));
            f.graph->days[QStringLiteral("601")][past] = Graph::Day{1000, 40, QStringLiteral("20.00"), bought, QString::number(bought * 30)};
            f.graph->days[QStringLiteral("601")][today] = Graph::Day{};
            auto r = f.refresh(meta, today);
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            QVERIFY2(f.graph->since.last() <= past, qPrintable(f.graph->since.last().toString(Qt::ISODate)));
            QCOMPARE(f.scalar(QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id='601' AND day='%1'")
                                  .arg(past.toString(Qt::ISODate))),
                     bought);
            QCOMPARE(f.scalar(QStringLiteral("SELECT revenue_minor FROM campaign_days WHERE campaign_id='601' AND day='%1'")
                                  .arg(past.toString(Qt::ISODate))),
                     bought * 3000);
        }
        QCOMPARE(f.server.count("/v26.0/act_42/insights"), 3);   // one call per refresh, not one per campaign
        auto w = Workspaces::read(f.db->connection(), f.path());
        QVERIFY(w.ok());
        QCOMPARE(w->attributionDays, configured ? 0 : 28);
        if (!configured) {
            // Kept, and counted back from the newest day held; back to the
            // default once the ad sets say 7 days again.
            QCOMPARE(LiveSync::platformFrom(f.db->connection(), f.meta(), kToday.addDays(3)), kToday.addDays(3 - 27));   // 28 days, no further back than 28 days before today
            f.graph->adSetWindows = {7, 1};
            setNow(noonOf(kToday.addDays(3)));
            QVERIFY(f.refresh(f.meta(), kToday.addDays(3)).ok());
            QCOMPARE(Workspaces::read(f.db->connection(), f.path())->attributionDays, 7);
            QCOMPARE(f.graph->since.last(), kToday.addDays(3 - 27));   // that refresh still used the window it knew
        }
        // The default window (7 days) counts back from the last day read whole.
        const QDate readThrough = configured ? kToday.addDays(2) : kToday.addDays(3);
        QCOMPARE(Workspaces::read(f.db->connection(), f.path())->platformReadThrough, readThrough);
        QCOMPARE(LiveSync::platformFrom(f.db->connection(), f.meta(), kToday.addDays(3)), readThrough.addDays(-6));
    }

    void aCampaignThatFailedIsRefilledLater_data()
    {
        QTest::addColumn<bool>("wholeCall");
        QTest::newRow("one campaign's rows unreadable") << false;
        QTest::newRow("the insights call refused") << true;
    }
    void aCampaignThatFailedIsRefilledLater()
    {
        // Read whole at kToday; then ten daily refreshes where a campaign's
        // figures (or the whole call) fail; then one that works: every day
        // missed is filled, though it is older than the 7-day window.
        QFETCH(bool, wholeCall);
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}, {QStringLiteral("602")}};
        auto dayOf = [&](int offset) { return kToday.addDays(offset); };
        auto held = [&](const char *campaign) {
            return f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_days WHERE campaign_id='%1' AND day >= '%2'")
                                .arg(QLatin1String(campaign), dayOf(0).toString(Qt::ISODate)));
        };
        for (int offset = 0; offset <= 11; ++offset) {
            for (const QString id : {QStringLiteral("601"), QStringLiteral("602")})
                f.graph->days[id][dayOf(offset)] = Graph::Day{1000, 40, QStringLiteral("20.00"), 1, QStringLiteral("30")};
            const bool failing = offset >= 1 && offset <= 10;
            f.graph->unreadable.clear();
            if (failing && !wholeCall)
                f.graph->unreadable << QStringLiteral("602");
            if (failing && wholeCall)
                f.graph->insightsFirst = {Graph::error(400, 100, 0, QStringLiteral("(#100) Invalid parameter"))};
            setNow(noonOf(dayOf(offset)));
            auto r = f.refresh(f.meta(), dayOf(offset));
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            if (failing) {
                QVERIFY2(r->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("602")),
                         qPrintable(r->report.notes.join(QLatin1Char('\n'))));
                QCOMPARE(held("602"), 1);   // only kToday's
                if (!wholeCall)
                    QCOMPARE(held("601"), offset + 1);
                QCOMPARE(Workspaces::read(f.db->connection(), f.path())->platformReadThrough, dayOf(0));
            }
        }
        QCOMPARE(f.graph->since.last(), dayOf(-6));   // counted back from the last day read whole
        QCOMPARE(held("602"), 12);
        QCOMPARE(held("601"), 12);
        QCOMPARE(Workspaces::read(f.db->connection(), f.path())->platformReadThrough, dayOf(11));
        QCOMPARE(LiveSync::platformFrom(f.db->connection(), f.meta(), dayOf(12)), dayOf(11 - 6));
    }

    // Meta restates past days (conversions up to 28 days back): the newest
    // figures win, and the refresh says which campaigns and by how much (a
    // walkthrough's campaigns lost purchases on three days unsaid).
    void aRestatedPastDayIsKeptAndSaid()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}, {QStringLiteral("602")}};
        const QDate past = kToday.addDays(-3);
        for (const QString id : {QStringLiteral("601"), QStringLiteral("602")})
            f.graph->days[id][past] = Graph::Day{1000, 40, QStringLiteral("20.00"), 3, QStringLiteral("90")};
        auto first = f.refresh(f.meta());
        QVERIFY(first.ok());
        QVERIFY(!first->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("restated")));
        f.graph->days[QStringLiteral("601")][past] = Graph::Day{1000, 40, QStringLiteral("20.00"), 1, QStringLiteral("30")};
        setNow(noonOf(kToday.addDays(1)));
        auto r = f.refresh(f.meta(), kToday.addDays(1));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        const QString notes = r->report.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("1 past campaign-day(s) restated by the platform since they were read (601): conversions -2, "
                                              "conversion value -$60.00; the newest figures are kept")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("the newest figures are kept")), qPrintable(notes));
        QCOMPARE(f.scalar(QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id='601' AND day='%1'")
                              .arg(past.toString(Qt::ISODate))),
                 1);
        // Read again unchanged: nothing said.
        auto again = f.refresh(f.meta(), kToday.addDays(1));
        QVERIFY(again.ok());
        QVERIFY(!again->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("restated by the platform")));
    }

    void aDayMetaNoLongerReportsIsRemoved()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}, {QStringLiteral("602")}};
        const QDate past = kToday.addDays(-3);
        for (const QString id : {QStringLiteral("601"), QStringLiteral("602")})
            f.graph->days[id][past] = Graph::Day{};
        QVERIFY(f.refresh(f.meta()).ok());
        const QString countPast = QStringLiteral("SELECT COUNT(*) FROM campaign_days WHERE day='%1'").arg(past.toString(Qt::ISODate));
        QCOMPARE(f.scalar(countPast), 2);
        // Restated to nothing for 601; 602's figures do not read this time:
        // 601's day goes, 602's stays as it was.
        f.graph->days[QStringLiteral("601")].remove(past);
        f.graph->unreadable = {QStringLiteral("602")};
        setNow(noonOf(kToday.addDays(1)));
        auto r = f.refresh(f.meta(), kToday.addDays(1));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.scalar(countPast + QStringLiteral(" AND campaign_id='601'")), 0);
        QCOMPARE(f.scalar(countPast + QStringLiteral(" AND campaign_id='602'")), 1);
        QVERIFY2(r->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("no longer reports")),
                 qPrintable(r->report.notes.join(QLatin1Char('\n'))));
        // The whole call failing removes nothing.
        f.graph->unreadable.clear();
        f.graph->days[QStringLiteral("602")].remove(past);
        f.graph->insightsFirst = {Graph::error(400, 100, 0, QStringLiteral("(#100) Invalid parameter"))};
        QVERIFY(f.refresh(f.meta(), kToday.addDays(1)).ok());
        QCOMPARE(f.scalar(countPast + QStringLiteral(" AND campaign_id='602'")), 1);
    }

    // A page of insights served twice (a cache in front of Graph; found by
    // a walkthrough): the days are held once and the refresh counts them
    // once (it said "210 campaign days" for the 140 held).
    void aPageOfInsightsServedTwiceCountsItsDaysOnce()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}, {QStringLiteral("602")}};
        for (const QString id : {QStringLiteral("601"), QStringLiteral("602")})
            for (int back = 1; back <= 3; ++back)
                f.graph->days[id][kToday.addDays(-back)] = Graph::Day{};
        auto served = std::make_shared<int>(0);
        const QString base = f.server.baseUrl();
        f.server.handler = [g = f.graph, served, base](const FaultServer::Seen &s) -> std::optional<FaultServer::Answer> {
            auto answer = (*g)(s);
            if (!answer || !s.path.endsWith("/act_42/insights") || answer->status != 200 || (*served)++ > 0)
                return answer;
            // The first page says there is a next one: the same rows again.
            QJsonObject o = QJsonDocument::fromJson(answer->body).object();
            o.insert(QStringLiteral("paging"),
                     QJsonObject{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("after"), QStringLiteral("page2")}}},
                                 {QStringLiteral("next"), base + QString::fromUtf8(s.path) + QStringLiteral("?after=page2")}});
            answer->body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return answer;
        };
        auto r = f.refresh(f.meta());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(*served >= 2);
        const qint64 held = f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_days"));
        QVERIFY(held >= 6);
        QCOMPARE(qint64(r->report.campaignDays), held);
    }

    void startDatesAndTheProductInTheNameAreRead()
    {
        // Meta's campaigns carry start_time and stop_time in the account's
        // zone, and no product: the name's [id] links one; a campaign
        // without either is named by the cycle with why it is not judged.
        const QByteArray body = R"({"data":[
            {"id":"701","name":"Summer picnic [P1]","status":"ACTIVE","effective_status":"ACTIVE","daily_budget":"2500",
             "start_time":"2026-11-01T10:00:00-0800","stop_time":"2026-12-31T23:59:00-0800"},
            {"id":"702","name":"Brand awareness","status":"ACTIVE","effective_status":"ACTIVE","start_time":"2026-11-02T00:00:00-0800"},
            {"id":"703","name":"Old [P9]","status":"ACTIVE","effective_status":"ACTIVE"},
            {"id":"704","name":"Bad","status":"ACTIVE","effective_status":"ACTIVE","start_time":"soon"}],"paging":{}})";
        QString after;
        auto bad = MetaApi::parseCampaigns(body, QStringLiteral("GET campaigns"), &after, QStringLiteral("USD"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("data[3].start_time")), qPrintable(bad.error().message));
        QByteArray good = body;
        good.replace(R"(,"start_time":"soon")", "");
        auto parsed = MetaApi::parseCampaigns(good, QStringLiteral("GET campaigns"), &after, QStringLiteral("USD"));
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->at(0).startDate, QDate(2026, 11, 1));
        QCOMPARE(parsed->at(0).endDate, QDate(2026, 12, 31));
        QCOMPARE(parsed->at(0).productId, QStringLiteral("P1"));
        QCOMPARE(parsed->at(1).productId, QString());
        QCOMPARE(parsed->at(2).startDate, QDate());

        Fixture f;
        {
            StoreWriter w(f.db->connection());
            QVERIFY(w.begin().ok());
            Product p;
            p.id = QStringLiteral("P1");
            p.name = QStringLiteral("Picnic basket");
            p.price = Money::fromMinor(4000);
            QVERIFY(w.upsertProduct(p).ok());
            ProductDay d;
            d.productId = QStringLiteral("P1");
            d.date = QDate(2026, 11, 20);
            d.unitsSold = 2;
            d.revenue = Money::fromMinor(8000);
            QVERIFY(w.upsertProductDay(d).ok());
            for (Campaign c : *parsed) {
                if (c.productId != u"P1")
                    c.productId.clear();   // as LiveSync keeps a campaign whose product the store does not know
                QVERIFY(w.upsertCampaign(c).ok());
            }
            QVERIFY(w.commit().ok());
        }
        auto input = CycleSteps::load(f.db->connection(), QDate(2026, 11, 20));
        QVERIFY2(input.ok(), input ? "" : qPrintable(input.error().toString()));
        QCOMPARE(input->campaigns.size(), 1);
        QCOMPARE(input->campaigns.first().campaign.id, QStringLiteral("701"));
        QCOMPARE(input->unjudged.size(), 3);
        QVERIFY2(input->unjudged.join(QLatin1Char('\n')).contains(QLatin1String("Brand awareness (702): no product linked")),
                 qPrintable(input->unjudged.join(QLatin1Char('\n'))));
        QVERIFY(input->unjudged.join(QLatin1Char('\n')).contains(QLatin1String("Old [P9] (703): no start date")));
        QVERIFY(input->unjudged.join(QLatin1Char('\n')).contains(QLatin1String("Bad (704): no start date")));

        // A name that carries a product id the store does not hold (the
        // shop's product not read) is said as such, not as "no product
        // linked"; with no product at all, that the shop was not read.
        auto unjudgedOf = [](QSqlDatabase db, const QString &name) {
            StoreWriter w(db);
            Campaign c;
            c.id = QStringLiteral("705");
            c.name = name;
            c.platform = QStringLiteral("meta");
            c.startDate = QDate(2026, 11, 1);
            if (!w.begin().ok() || !w.upsertCampaign(c).ok() || !w.commit().ok())
                return QString();
            auto in = CycleSteps::load(db, QDate(2026, 11, 20));
            return in ? in->unjudged.join(QLatin1Char('\n')) : in.error().toString();
        };
        const QString withCatalog = unjudgedOf(f.db->connection(), QStringLiteral("Tent [P7]"));
        QVERIFY2(withCatalog.contains(QLatin1String("Tent [P7] (705): its product P7 is not in the catalog"))
                     && !withCatalog.contains(QLatin1String("which holds no product")),
                 qPrintable(withCatalog));
        Fixture empty;
        const QString noCatalog = unjudgedOf(empty.db->connection(), QStringLiteral("Tent [P7]"));
        QVERIFY2(noCatalog.contains(QLatin1String("its product P7 is not in the catalog, which holds no product: the shop's products have not been read")),
                 qPrintable(noCatalog));
    }

    void aYenAccountReadsAndWritesWholeYen()
    {
        qputenv("CP_CURRENCY", "JPY");
        Fixture f;
        f.graph->currency = QStringLiteral("JPY");
        f.graph->timeZone = QStringLiteral("Asia/Tokyo");
        f.graph->campaigns = {{QStringLiteral("701"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 5000}};
        f.graph->days[QStringLiteral("701")][kToday.addDays(-1)] = Graph::Day{1000, 40, QStringLiteral("5234"), 2, QStringLiteral("12800")};
        auto r = f.refresh(f.meta());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id='701'")), 500000);   // 5000.00
        QCOMPARE(f.scalar(QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='701'")), 523400);
        QCOMPARE(f.scalar(QStringLiteral("SELECT revenue_minor FROM campaign_days WHERE campaign_id='701'")), 1280000);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString shown = formatMoney(Money::fromMinor(500000), QStringLiteral("JPY"));
        QVERIFY2(shown.contains(QLatin1String("5,000")) && !shown.contains(QLatin1String("50.00")), qPrintable(shown));
        // ¥6,000 is sent as 6000; ¥6,000.50 cannot be.
        const DispatchReport sent = f.approveAndSend(Recommendation::Action::SetBudget, QStringLiteral("701"), Money::fromMinor(600000));
        QCOMPARE(sent.sent, 1);
        QCOMPARE(f.graph->realWrites, 1);
        QCOMPARE(f.graph->writes.first().queryItemValue(QStringLiteral("daily_budget")), QStringLiteral("6000"));
        QCOMPARE(f.graph->find(QStringLiteral("701"))->daily, 6000);
        QVERIFY(!MetaApi::moneyToBudget(Money::fromMinor(600050), QStringLiteral("JPY")));
        QCOMPARE(*MetaApi::moneyToBudget(Money::fromMinor(600050), QStringLiteral("USD")), 600050);
        QCOMPARE(MetaApi::currencyOffset(QStringLiteral("HUF")), 1);   // two decimals in ISO 4217, whole units at Meta
        QCOMPARE(currencyMinorDigits(QStringLiteral("HUF")), 2);
    }

    void anAccountInAnotherCurrencyIsSaidAndNotMixed()
    {
        Fixture f;   // a workspace that already records EUR
        QVERIFY(Workspaces::setCurrency(f.db->connection(), QStringLiteral("EUR")).ok());
        f.graph->currency = QStringLiteral("JPY");
        f.graph->campaigns = {{QStringLiteral("701"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 5000}};
        f.graph->days[QStringLiteral("701")][kToday.addDays(-1)] = Graph::Day{1000, 40, QStringLiteral("5234"), 2, QStringLiteral("12800")};
        auto r = f.refresh(f.meta());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        const QString failures = r->failures.join(QLatin1Char(' '));
        QVERIFY2(failures.contains(QLatin1String("currency is JPY")) && failures.contains(QLatin1String("records EUR")), qPrintable(failures));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_days")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id='701'")), -2);   // NULL
        QCOMPARE(f.text(QStringLiteral("SELECT status FROM campaigns WHERE id='701'")), QStringLiteral("active"));
        QCOMPARE(f.text(QStringLiteral("SELECT currency FROM workspace")), QStringLiteral("EUR"));   // kept, not switched
        // A budget change is refused before anything is sent.
        const DispatchReport sent = f.approveAndSend(Recommendation::Action::SetBudget, QStringLiteral("701"), Money::fromMinor(600000));
        QCOMPARE(sent.failed, 1);
        QCOMPARE(f.graph->realWrites + f.graph->dryRuns, 0);
    }

    void aNewWorkspaceTakesTheAccountsCurrency()
    {
        // Nothing named a currency before (no CP_CURRENCY, no shop): the
        // first refresh fixes the workspace to the account's, so a GBP
        // account's money is written and its budgets can be changed (before,
        // every account not in USD lost its money unless CP_CURRENCY was set).
        qunsetenv("CP_CURRENCY");
        Fixture f;
        f.graph->currency = QStringLiteral("GBP");
        f.graph->campaigns = {{QStringLiteral("711"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 2500}};
        f.graph->days[QStringLiteral("711")][kToday.addDays(-1)] = Graph::Day{1000, 40, QStringLiteral("12.34"), 2, QStringLiteral("45.60")};
        auto before = f.approveAndSend(Recommendation::Action::SetBudget, QStringLiteral("711"), Money::fromMinor(2700));
        QCOMPARE(before.failed, 1);   // not known yet: refused unsent
        QCOMPARE(f.graph->realWrites + f.graph->dryRuns, 0);
        auto r = f.refresh(f.meta());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(r->failures.isEmpty(), qPrintable(r->failures.join(QLatin1Char(' '))));
        QVERIFY(r->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("in GBP")));
        QCOMPARE(f.text(QStringLiteral("SELECT currency FROM workspace")), QStringLiteral("GBP"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='711'")), 1234);
        QCOMPARE(f.scalar(QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id='711'")), 2500);
        const DispatchReport sent = f.approveAndSend(Recommendation::Action::SetBudget, QStringLiteral("711"), Money::fromMinor(2700));
        QCOMPARE(sent.sent, 1);
        QCOMPARE(f.graph->writes.last().queryItemValue(QStringLiteral("daily_budget")), QStringLiteral("2700"));
    }

    void aBudgetOnTheAdSetsIsNeverChanged()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("801")}, {QStringLiteral("802"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 2500},
                              {QStringLiteral("803"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), 0, 90000}};
        QVERIFY(f.refresh(f.meta()).ok());
        QCOMPARE(f.text(QStringLiteral("SELECT budget_location FROM campaigns WHERE id='801'")), QStringLiteral("ad_set"));
        QCOMPARE(f.text(QStringLiteral("SELECT budget_location FROM campaigns WHERE id='802'")), QStringLiteral("campaign_daily"));
        QCOMPARE(f.text(QStringLiteral("SELECT budget_location FROM campaigns WHERE id='803'")), QStringLiteral("campaign_lifetime"));
        auto rows = StoreReader::campaigns(f.db->connection());
        QVERIFY(rows.ok());
        QMap<QString, bool> changeable;
        for (const CampaignRow &row : *rows)
            changeable.insert(row.campaign.id, row.campaign.budgetChangeable());
        QCOMPARE(changeable.value(QStringLiteral("801")), false);   // no budget action is offered for it
        QCOMPARE(changeable.value(QStringLiteral("803")), false);
        QCOMPARE(changeable.value(QStringLiteral("802")), true);
        // Approved while 802 had a campaign budget; moved to its ad sets before the send.
        f.graph->find(QStringLiteral("802"))->daily = 0;
        const DispatchReport sent = f.approveAndSend(Recommendation::Action::SetBudget, QStringLiteral("802"), Money::fromMinor(3000));
        QCOMPARE(sent.failed, 1);
        QCOMPARE(f.graph->realWrites, 0);
        QCOMPARE(f.graph->dryRuns, 0);
        QCOMPARE(f.text(QStringLiteral("SELECT state FROM outbox")), QStringLiteral("failed"));
        QVERIFY2(f.text(QStringLiteral("SELECT last_error FROM outbox")).contains(QLatin1String("ad sets")),
                 qPrintable(f.text(QStringLiteral("SELECT last_error FROM outbox"))));
        // Once stored as on the ad sets, the old daily budget is gone from the store too.
        QVERIFY(f.refresh(f.meta()).ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id='802'")), -2);
    }

    void aRefusedDryRunSendsNothing()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("901")}};
        f.graph->refuseDryRun = QStringLiteral("Invalid parameter: this campaign cannot be paused while it is in review");
        const DispatchReport sent = f.approveAndSend(Recommendation::Action::Pause, QStringLiteral("901"));
        QCOMPARE(sent.failed, 1);
        QCOMPARE(sent.unknown, 0);
        QCOMPARE(f.graph->dryRuns, 1);
        QCOMPARE(f.graph->realWrites, 0);
        QCOMPARE(f.text(QStringLiteral("SELECT state FROM outbox")), QStringLiteral("failed"));
        const QString error = f.text(QStringLiteral("SELECT last_error FROM outbox"));
        QVERIFY2(error.contains(QLatin1String("cannot be paused while it is in review")) && error.contains(QLatin1String("validate_only")),
                 qPrintable(error));
        // A dry run that passes is followed by the write, once.
        f.graph->refuseDryRun.clear();
        f.graph->campaigns.append({QStringLiteral("902")});
        QCOMPARE(f.approveAndSend(Recommendation::Action::Pause, QStringLiteral("902")).sent, 1);
        QCOMPARE(f.graph->dryRuns, 2);
        QCOMPARE(f.graph->realWrites, 1);
        QCOMPARE(f.graph->find(QStringLiteral("902"))->status, QStringLiteral("PAUSED"));
    }

    // A walkthrough: Meta answered the real write (its dry run had passed)
    // with 80004, "too many calls… wait a bit and try again". The entry was
    // marked failed for good and nothing sent it again; the emergency pause
    // never went out. Nothing was applied and Meta asks for a retry: it
    // waits for a later run, as a throttled dry run does, and goes then, once.
    void aThrottledWriteWaitsForALaterRunAndIsSentOnce()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("911")}};
        f.graph->writesFirst << Graph::error(400, 80004, 2446079,
                                             QStringLiteral("There have been too many calls to this ad-account. Wait a bit and try again."));
        const DispatchReport first = f.approveAndSend(Recommendation::Action::Pause, QStringLiteral("911"));
        QCOMPARE(first.failed, 0);
        QCOMPARE(first.unknown, 0);
        QCOMPARE(first.sent, 0);
        QVERIFY2(first.errors.join(QLatin1Char(' ')).contains(QLatin1String("too many calls")), qPrintable(first.errors.join(u' ')));
        QCOMPARE(f.text(QStringLiteral("SELECT state FROM outbox")), QStringLiteral("approved"));   // given back
        QCOMPARE(f.graph->find(QStringLiteral("911"))->status, QStringLiteral("ACTIVE"));
        // The next run sends it, once.
        MetaPlatform platform(f.meta().baseUrl(), NetworkPolicy{}, kToken, QStringLiteral("42"));
        std::atomic_bool halted{false};
        const DispatchReport later = Dispatcher::run(*f.db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(later.sent, 1);
        QCOMPARE(f.graph->realWrites, 1);
        QCOMPARE(f.graph->find(QStringLiteral("911"))->status, QStringLiteral("PAUSED"));
        QCOMPARE(f.text(QStringLiteral("SELECT state FROM outbox")), QStringLiteral("done"));
        // A write Meta refuses for good (not a rate limit) still fails, with
        // Meta's own words for the person (error_user_msg), not only "Invalid parameter".
        f.graph->campaigns.append({QStringLiteral("912")});
        f.graph->refuseDryRun = QStringLiteral("Invalid parameter");
        f.graph->refuseDryRunForPeople = QStringLiteral("The minimum daily budget for this campaign is ¥4,000. Please increase your budget.");
        const DispatchReport refused = f.approveAndSend(Recommendation::Action::Pause, QStringLiteral("912"));
        QCOMPARE(refused.failed, 1);
        const QString error = f.text(QStringLiteral("SELECT last_error FROM outbox WHERE state = 'failed'"));
        QVERIFY2(error.contains(QStringLiteral("minimum daily budget for this campaign is ¥4,000")) && error.contains(QLatin1String("Too Low")),
                 qPrintable(error));
    }

    // Before approval: the same dry run, for pending actions, so the operator
    // sees Meta's refusal in the queue. It writes nothing; a budget whose
    // campaign moved its budget to the ad sets is refused without a dry run.
    void theDryRunIsAskedBeforeApproval()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("911")}, {QStringLiteral("912")}};
        f.graph->refuseDryRun = QStringLiteral("Invalid parameter: this campaign cannot be paused while it is in review");
        MetaPlatform platform(f.meta().baseUrl(), NetworkPolicy{}, kToken, QStringLiteral("42"));
        auto pending = [](qint64 id, Recommendation::Action action, const QString &campaign, const QString &status = QStringLiteral("pending")) {
            Recommendation r;
            r.id = id;
            r.status = status;
            r.action = action;
            r.campaignId = campaign;
            return r;
        };
        Recommendation create = pending(3, Recommendation::Action::Create, {});
        create.productId = QStringLiteral("1");
        const QList<Recommendation> rows{pending(1, Recommendation::Action::Pause, QStringLiteral("911")),
                                         pending(2, Recommendation::Action::Pause, QStringLiteral("912"), QStringLiteral("approved")),
                                         create};
        auto results = Preflight::run(platform, rows, QStringLiteral("USD"));
        QCOMPARE(results.size(), 1);   // only the pending action on a campaign is asked about
        QCOMPARE(results.value(1).verdict, PreflightResult::Verdict::Refused);
        QVERIFY2(results.value(1).message.contains(QLatin1String("cannot be paused while it is in review")), qPrintable(results.value(1).message));
        QCOMPARE(f.graph->dryRuns, 1);
        QCOMPARE(f.graph->realWrites, 0);

        f.graph->refuseDryRun.clear();
        results = Preflight::run(platform, rows, QStringLiteral("USD"));
        QCOMPARE(results.value(1).verdict, PreflightResult::Verdict::Accepted);
        QCOMPARE(f.graph->dryRuns, 2);
        QCOMPARE(f.graph->realWrites, 0);
        QCOMPARE(f.graph->find(QStringLiteral("911"))->status, QStringLiteral("ACTIVE"));

        // Off the GUI thread, the same answer arrives by signal.
        Preflight runner;
        QSignalSpy done(&runner, &Preflight::finished);
        f.graph->refuseDryRun = QStringLiteral("Invalid parameter");
        // A budget change on a fresh platform (as the window builds one): the
        // workspace's currency reaches it with the check, so it is not
        // refused for an unknown currency.
        f.graph->find(QStringLiteral("912"))->daily = 2500;
        Recommendation budget = pending(4, Recommendation::Action::SetBudget, QStringLiteral("912"));
        budget.proposedBudget = Money::fromMinor(2700);
        QVERIFY(runner.start(std::make_shared<MetaPlatform>(f.meta().baseUrl(), NetworkPolicy{}, kToken, QStringLiteral("42")),
                             rows + QList<Recommendation>{budget}, QStringLiteral("USD")));
        QVERIFY(done.wait(20000));
        const auto viaSignal = done.first().first().value<QHash<qint64, PreflightResult>>();
        QCOMPARE(viaSignal.value(1).verdict, PreflightResult::Verdict::Refused);
        f.graph->refuseDryRun.clear();
        QVERIFY(runner.start(std::make_shared<MetaPlatform>(f.meta().baseUrl(), NetworkPolicy{}, kToken, QStringLiteral("42")),
                             {budget}, QStringLiteral("USD")));
        QVERIFY(done.wait(20000));
        const auto budgetChecked = done.last().first().value<QHash<qint64, PreflightResult>>();
        QVERIFY2(budgetChecked.value(4).verdict == PreflightResult::Verdict::Accepted, qPrintable(budgetChecked.value(4).message));
        QCOMPARE(f.graph->realWrites, 0);
        QCOMPARE(f.graph->find(QStringLiteral("912"))->daily, 2500);
    }

    void throttlingWithoutAnEstimateBacksOff_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("subcode");
        QTest::newRow("4 app") << 4 << 1504022;
        QTest::newRow("17 user") << 17 << 2446079;
        QTest::newRow("613 ad account") << 613 << 1487742;
        QTest::newRow("80000 ads insights") << 80000 << 2446079;
        QTest::newRow("80004 ads management") << 80004 << 0;
        QTest::newRow("80014") << 80014 << 0;
    }
    void throttlingWithoutAnEstimateBacksOff()
    {
        QFETCH(int, code);
        QFETCH(int, subcode);
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}};
        f.graph->days[QStringLiteral("601")][kToday] = Graph::Day{};
        f.graph->insightsFirst = {Graph::error(400, code, subcode, QStringLiteral("There have been too many calls. Wait a bit and try again."))};
        auto r = f.refresh(f.meta());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(r->failures.isEmpty(), qPrintable(r->failures.join(u' ')));
        QCOMPARE(f.server.count("/v26.0/act_42/insights"), 2);   // backed off, asked again
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_days")), 1);
    }

    // Meta's throttling (code 17, user request limit) without an estimate:
    // the back-off is said as it begins, with the connection and the code.
    void aThrottleWaitIsSaid()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}};
        f.graph->days[QStringLiteral("601")][kToday] = Graph::Day{};
        f.graph->insightsFirst = {Graph::error(400, 17, 2446079, QStringLiteral("User request limit reached"))};
        Connection meta = f.meta();
        meta.policy.backoffBaseMs = 1000;   // the first back-off: one second
        meta.policy.backoffMaxMs = 1000;
        QStringList notices;
        int insightsAskedThen = -1;
        TaskContext context;
        context.onNotice = [&](const QString &what) {
            notices << what;
            insightsAskedThen = f.server.count("/v26.0/act_42/insights");
        };
        auto r = LiveSync::refresh(f.db->connection(), {{}, meta}, {}, Secrets{kToken, {}, {}}, noonOf(kToday), &context);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().startsWith(QLatin1String("Meta ad account 42 asked to wait 1 s (rate limit, code 17); resuming at ")),
                 qPrintable(notices.first()));
        QCOMPARE(insightsAskedThen, 1);
        QCOMPARE(f.server.count("/v26.0/act_42/insights"), 2);
    }

    void throttlingWithAnEstimateSaysWhenToRetry()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("601")}};
        const QByteArray usage = R"({"42":[{"type":"ads_insights","call_count":100,"total_cputime":40,"total_time":60,"estimated_time_to_regain_access":7}]})";
        f.graph->insightsFirst = {Graph::error(400, 80000, 2446079, QStringLiteral("There have been too many calls from this ad-account."),
                                               {{"X-Business-Use-Case-Usage", usage}})};
        auto r = f.refresh(f.meta());   // the policy waits a minute at most
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        const QString failures = r->failures.join(u' ');
        QVERIFY2(failures.contains(QLatin1String("about 7 min")) && failures.contains(QLatin1String("try again after 2026-11-25 12:07"))
                     && failures.contains(QLatin1String("code 80000")),
                 qPrintable(failures));
        QCOMPARE(f.server.count("/v26.0/act_42/insights"), 1);   // not asked again within the refresh
        QCOMPARE(f.text(QStringLiteral("SELECT status FROM campaigns WHERE id='601'")), QStringLiteral("active"));
        // An estimate of 0 minutes: backed off as the policy says, and asked again.
        Fixture g;
        g.graph->campaigns = {{QStringLiteral("601")}};
        g.graph->days[QStringLiteral("601")][kToday] = Graph::Day{};
        const QByteArray soon = R"({"42":[{"type":"ads_insights","call_count":100,"estimated_time_to_regain_access":0}]})";
        g.graph->insightsFirst = {Graph::error(400, 80000, 0, QStringLiteral("Too many calls"), {{"X-Business-Use-Case-Usage", soon}})};
        QVERIFY(g.refresh(g.meta()).ok());
        QCOMPARE(g.server.count("/v26.0/act_42/insights"), 2);
        QCOMPARE(MetaApi::regainAccessMs(HttpResponse{400, {}, {{"X-Business-Use-Case-Usage", usage}}, 1}), qint64(7 * 60 * 1000));
        QCOMPARE(MetaApi::regainAccessMs(HttpResponse{400, {}, {{"X-Ad-Account-Usage", R"({"acc_id_util_pct":99,"estimated_time_to_regain_access":3})"}}, 1}),
                 qint64(3 * 60 * 1000));
    }

    void daysAreTheAdAccountsDays_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("accountToday");
        // The shop's (operator's) today is kToday, 2026-11-25, in both.
        QTest::newRow("Auckland, already tomorrow") << QStringLiteral("Pacific/Auckland") << QDateTime(kToday, QTime(12, 0), Qt::UTC)
                                                    << kToday.addDays(1);
        QTest::newRow("Los Angeles, still yesterday") << QStringLiteral("America/Los_Angeles")
                                                      << QDateTime(kToday, QTime(5, 0), Qt::UTC) << kToday.addDays(-1);
    }
    void daysAreTheAdAccountsDays()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, now);
        QFETCH(QDate, accountToday);
        setNow(now);
        Fixture f;
        f.graph->timeZone = zone;
        f.graph->campaigns = {{QStringLiteral("601")}};
        f.graph->days[QStringLiteral("601")][accountToday] = Graph::Day{300, 9, QStringLiteral("3.10")};
        auto r = f.refresh(f.meta(), kToday);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.graph->until.last(), accountToday);   // never a day the account has not reached, nor one short
        QCOMPARE(f.scalar(QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='601' AND day='%1'")
                              .arg(accountToday.toString(Qt::ISODate))),
                 300);
        QVERIFY2(r->report.notes.join(u' ').contains(QStringLiteral("time zone %1").arg(zone)), qPrintable(r->report.notes.join(u' ')));
    }

    void anExpiredTokenSaysWhatToDoAndTheStoreStillLands()
    {
        Fixture f;
        f.graph->expiredToken = true;
        FaultServer shop;
        auto api = std::make_shared<SeedApi>();
        for (int i = 1; i <= 3; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 20.0 + i, 100, 1000 * i, 50 * i, 50.0 * i * (20 + i)));
        shop.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        Connection store;
        store.kind = Connection::Kind::CampaignPilotApi;
        store.url = QUrl(shop.baseUrl());
        auto r = f.refresh(f.meta(), kToday, store);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM products")), 3);   // the store's data is written
        const QString failures = r->failures.join(u' ');
        QVERIFY2(failures.contains(QLatin1String("access token has expired")) && failures.contains(QLatin1String("Agents > Connections"))
                     && failures.contains(QLatin1String("subcode 463")),
                 qPrintable(failures));
        QVERIFY(!failures.contains(QString::fromLatin1(kToken)));
        // Alone, the ad platform's failure is the refresh's, with the same words.
        auto alone = f.refresh(f.meta());
        QVERIFY(!alone.ok());
        QVERIFY2(alone.error().message.contains(QLatin1String("create a new long-lived token")), qPrintable(alone.error().toString()));
    }

    // The other way round: the shop's fetch fails while Meta's works. Meta's
    // days are written, nothing of the shop is, and the failure says which
    // connection, which request, after how many attempts, in words (not
    // WordPress's HTML); a 401 says where the keys are set.
    void aShopThatFailsKeepsMetasDays_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("500, WordPress's critical error")
            << 500
            << QByteArray("{\"code\":\"internal_server_error\",\"message\":\"<p>There has been a critical error on this website.</p><p><a href=\\\"https://wordpress.org/documentation/article/faq-troubleshooting/\\\">Learn more about troubleshooting WordPress.</a></p>\",\"data\":{\"status\":500},\"additional_errors\":[]}")
            // "attempt(s)": the tests load no English plural forms (en.json: "3 attempts").
            << QStringList{QStringLiteral("GET /wp-json/wc/v3/orders: HTTP 500 after 3 attempt"),
                           QStringLiteral(": There has been a critical error on this website. Learn more about troubleshooting WordPress.")};
        QTest::newRow("401, keys refused")
            << 401 << QByteArray(R"({"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}})")
            << QStringList{QStringLiteral("GET /wp-json/wc/v3/orders: HTTP 401: Sorry, you cannot list resources."),
                           QStringLiteral("the consumer key or secret is wrong, or the key lacks Read permission")};
    }
    void aShopThatFailsKeepsMetasDays()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        Fixture f;
        // A workspace whose currency is known (an earlier contact fixed it):
        // on the very first contact a shop that fails leaves the currency,
        // and so Meta's money, to its next answer (tst_livefetch).
        QVERIFY(Workspaces::setCurrency(f.db->connection(), f.graph->currency).ok());
        f.graph->campaigns = {{QStringLiteral("601")}};
        f.graph->days[QStringLiteral("601")][kToday] = Graph::Day{300, 9, QStringLiteral("3.10")};
        FaultServer shopServer;
        auto shop = std::make_shared<Shop>();
        shop->products = {product(11)};
        shopServer.handler = [shop, status, body](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path == "/wp-json/wc/v3/orders")
                return A{status, body, {}, FaultServer::Fault::None};
            return (*shop)(s);
        };
        Connection woo;
        woo.kind = Connection::Kind::WooCommerce;
        woo.url = QUrl(shopServer.baseUrl());
        woo.policy.maxAttempts = 3;
        woo.policy.backoffBaseMs = 5;
        woo.policy.backoffMaxMs = 20;
        auto r = f.refresh(f.meta(), kToday, woo, Secrets{{}, "ck", "cs"});
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='601'")), 300);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM products")), 0);   // nothing of the shop, not even its products
        const QString failures = r->failures.join(u' ');
        QVERIFY2(failures.contains(QStringLiteral("WooCommerce shop %1: GET /wp-json/wc/v3/orders").arg(shopServer.baseUrl())),
                 qPrintable(failures));
        for (const QString &e : expected)
            QVERIFY2(failures.contains(e), qPrintable(failures));
        QVERIFY2(!failures.contains(QLatin1String("<p>")), qPrintable(failures));
        QCOMPARE(shopServer.count("/wp-json/wc/v3/orders"), status == 500 ? 3 : 1);
        // Alone, the shop's failure is the refresh's, in the same words.
        auto alone = LiveSync::refresh(f.db->connection(), {woo, {}}, Secrets{{}, "ck", "cs"}, {}, kToday);
        QVERIFY(!alone.ok());
        for (const QString &e : expected)
            QVERIFY2(alone.error().toString().contains(e), qPrintable(alone.error().toString()));
    }

    void inProcessAndWithIssuesHaveNotEnded()
    {
        Fixture f;
        f.graph->campaigns = {{QStringLiteral("1"), QStringLiteral("ACTIVE"), QStringLiteral("IN_PROCESS")},
                              {QStringLiteral("2"), QStringLiteral("ACTIVE"), QStringLiteral("WITH_ISSUES")},
                              {QStringLiteral("3"), QStringLiteral("PAUSED"), QStringLiteral("WITH_ISSUES")},
                              {QStringLiteral("4"), QStringLiteral("ACTIVE"), QStringLiteral("PENDING_REVIEW")},
                              {QStringLiteral("5"), QStringLiteral("ACTIVE"), QStringLiteral("PENDING_BILLING_INFO")},
                              {QStringLiteral("6"), QStringLiteral("ARCHIVED"), QStringLiteral("ARCHIVED")},
                              {QStringLiteral("7"), QStringLiteral("DELETED"), QStringLiteral("DELETED")}};
        QVERIFY(f.refresh(f.meta()).ok());
        const QStringList expected{QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("active"),
                                   QStringLiteral("active"), QStringLiteral("ended"), QStringLiteral("ended")};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(f.text(QStringLiteral("SELECT status FROM campaigns WHERE id='%1'").arg(i + 1)), expected[i]);
    }
};

QTEST_GUILESS_MAIN(TestMetaDocs)
#include "tst_metadocs.moc"
