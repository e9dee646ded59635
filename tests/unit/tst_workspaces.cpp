// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces: live money and replayed data never mix. Every command and the
// opener itself, against loopback servers that count what reaches them.
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "../support/approvedaction.h"
#include "agents/approval.h"
#include "agents/live/livesync.h"
#include "agents/workspace/workspaceopener.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlRecord>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

// Runs the real program; the test's event loop keeps loopback servers answering.
Run runCli(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(CP_BINARY), args);
    if (!done.wait(180000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Row counts and sums of every data table: what "unchanged" means.
QStringList dataFingerprint(const QString &path)
{
    QStringList out;
    auto db = Database::open(path);
    if (!db)
        return {db.error().toString()};
    {
        QSqlQuery q(db->connection());
        for (const char *sql : {"SELECT COUNT(*), COALESCE(SUM(price_minor), 0) FROM products",
                                "SELECT COUNT(*), COALESCE(SUM(units_sold), 0), COALESCE(SUM(revenue_minor), 0) FROM product_days",
                                "SELECT COUNT(*) FROM campaigns",
                                "SELECT COUNT(*), COALESCE(SUM(spend_minor), 0) FROM campaign_days",
                                "SELECT COUNT(*) FROM import_log",
                                "SELECT COUNT(*) FROM live_product_totals",
                                "SELECT COUNT(*) FROM recording",
                                "SELECT kind, workspace_id FROM workspace"}) {
            if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                return {QStringLiteral("query failed: ") + QString::fromLatin1(sql)};
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << QString::fromLatin1(sql).section(QLatin1String("FROM "), 1) + QStringLiteral(": ") + row.join(QLatin1Char(','));
        }
    }
    db->closeThreadConnection();
    return out;
}

QFile::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                            | QFile::ExeOther);
}

std::shared_ptr<SeedApi> seedShop()
{
    auto api = std::make_shared<SeedApi>();
    api->timeRange = QStringLiteral("1d");
    for (int i = 1; i <= 3; ++i)
        api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 40.0 + i, 120, 4000, 100, 4000.0 + 100 * i));
    return api;
}
} // namespace

class TestWorkspaces : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString dataDir() const { return m_home.filePath(QStringLiteral("data/campaign-pilot/campaign-pilot")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The program's data and settings go to folders of this test only.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("campaign-pilot"));
        QCoreApplication::setApplicationName(QStringLiteral("campaign-pilot"));
    }

    void liveWorkspaceIsLeftAsItIsByEveryCommand()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("shop.sqlite"));
        // A live workspace with a live snapshot and an import.
        FaultServer server;
        auto api = seedShop();
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        const Run snap = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--store"),
                                 QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl()});
        QVERIFY2(snap.exitCode == 0, qPrintable(snap.out + snap.err));
        QVERIFY2(snap.out.startsWith(QLatin1String("Workspace: shop (live)")), qPrintable(snap.out));
        const Run import = runCli({QStringLiteral("import"), QStringLiteral("--database"), live,
                                   QStringLiteral(CP_PUBLIC_DATA_DIR "/ads/facebook_ads_conversion_2017.csv")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QStringList before = dataFingerprint(live);
        QVERIFY2(before.join(QLatin1Char('\n')).contains(QLatin1String("live_product_totals: 3")), qPrintable(before.join(u'\n')));
        QVERIFY(before.join(QLatin1Char('\n')).contains(QLatin1String("import_log: 2")));

        // Every command opens it as it is; those that would load a recording into it are refused.
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const QList<std::pair<QStringList, int>> commands{
            {{QStringLiteral("cycle"), QStringLiteral("--database"), live}, -1},
            {{QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--recording"), QStringLiteral("demo")}, 2},
            {{QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), live}, 2},
            {{QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), live, QStringLiteral("--platform"),
              QStringLiteral("recorded")}, 2},
            {{QStringLiteral("policy"), QStringLiteral("--database"), live}, 0},
            {{QStringLiteral("export-recording"), QStringLiteral("--database"), live, QStringLiteral("--out"),
              dir.filePath(QStringLiteral("exported")), QStringLiteral("--currency"), QStringLiteral("USD")}, 0},
            {{QStringLiteral("export-chart"), QStringLiteral("--database"), live, QStringLiteral("--product"), QStringLiteral("1"),
              QStringLiteral("--out"), dir.filePath(QStringLiteral("c.csv"))}, -1},
            {{QStringLiteral("export-chart"), QStringLiteral("--database"), live, QStringLiteral("--recording"), QStringLiteral("demo"),
              QStringLiteral("--campaign"), QStringLiteral("demo-09"), QStringLiteral("--out"), dir.filePath(QStringLiteral("d.csv"))}, 2},
            {{QStringLiteral("simulate"), QStringLiteral("--database"), live, QStringLiteral("--recording"), QStringLiteral("demo"),
              QStringLiteral("--from"), QStringLiteral("2011-11-01"), QStringLiteral("--to"), QStringLiteral("2011-11-30"),
              QStringLiteral("--policy"), QStringLiteral("seed"), QStringLiteral("--report"), report}, 2},
        };
        for (const auto &[args, expected] : commands) {
            const Run r = runCli(args);
            if (expected >= 0)
                QVERIFY2(r.exitCode == expected, qPrintable(args.join(u' ') + QStringLiteral(" → ") + r.out + r.err));
            QCOMPARE(dataFingerprint(live), before);
        }
        // The reason for the refusals is said.
        const Run refused = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--recording"),
                                    QStringLiteral("demo")});
        QVERIFY2(refused.err.contains(QLatin1String("live workspace")), qPrintable(refused.err));
        // A recording never loads into it through the library either.
        {
            auto db = Database::open(live);
            QVERIFY(db.ok());
            auto loaded = Recording::load(QStringLiteral("demo"), db->connection());
            QVERIFY(!loaded.ok());
            QVERIFY2(loaded.error().message.contains(QLatin1String("live workspace")), qPrintable(loaded.error().toString()));
            db->closeThreadConnection();
        }
        QCOMPARE(dataFingerprint(live), before);
    }

    void anExportNamesTheCurrencyItWasGivenNeverAGuess()
    {
        // A live workspace whose imports named no currency: export-recording
        // refuses without --currency (it wrote CP_CURRENCY or USD), takes the
        // one given, and refuses one other than a workspace's own.
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("plain.sqlite"));
        const QString days = dir.filePath(QStringLiteral("days.csv"));
        {
            QFile f(days);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,stock_code,description,units,revenue,orders\n2011-11-01,A1,Lamp,2,30.00,2\n2011-11-02,A1,Lamp,1,15.00,1\n");
        }
        const Run import = runCli({QStringLiteral("import"), QStringLiteral("--database"), live, days});
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        const QString out = dir.filePath(QStringLiteral("exported"));
        const Run refused = runCli({QStringLiteral("export-recording"), QStringLiteral("--database"), live, QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--currency")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(out + QStringLiteral("/manifest.json")));
        const Run bad = runCli({QStringLiteral("export-recording"), QStringLiteral("--database"), live, QStringLiteral("--out"), out,
                                QStringLiteral("--currency"), QStringLiteral("pounds")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("not a currency code")), qPrintable(bad.err));
        const Run given = runCli({QStringLiteral("export-recording"), QStringLiteral("--database"), live, QStringLiteral("--out"), out,
                                  QStringLiteral("--currency"), QStringLiteral("gbp")});
        QVERIFY2(given.exitCode == 0, qPrintable(given.out + given.err));
        QFile manifest(out + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));

        // A workspace in euros: its own currency, and not another.
        const QString euros = dir.filePath(QStringLiteral("euros.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--database"), euros, QStringLiteral("--currency"), QStringLiteral("EUR"), days})
                     .exitCode,
                 0);
        const Run other = runCli({QStringLiteral("export-recording"), QStringLiteral("--database"), euros, QStringLiteral("--out"),
                                  dir.filePath(QStringLiteral("e2")), QStringLiteral("--currency"), QStringLiteral("GBP")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QLatin1String("EUR")), qPrintable(other.err));
        QCOMPARE(runCli({QStringLiteral("export-recording"), QStringLiteral("--database"), euros, QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("e3"))})
                     .exitCode,
                 0);
    }

    void demoOpenedTwiceReusesItsReplayWorkspace()
    {
        const Run first = runCli({QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString path = dataDir() + QStringLiteral("/replays/demo.sqlite");
        QVERIFY2(first.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("(replay of demo")), qPrintable(first.out));
        QVERIFY2(first.out.section(QLatin1Char('\n'), 0, 0).endsWith(path), qPrintable(first.out.section(QLatin1Char('\n'), 0, 0)));
        auto loadedAt = [&] {
            auto db = Database::open(path);
            QString v;
            {
                QSqlQuery q(db->connection());
                q.exec(QStringLiteral("SELECT loaded_at, (SELECT COUNT(*) FROM recommendations) FROM recording"));
                q.next();
                v = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            }
            db->closeThreadConnection();
            return v;
        };
        const QString once = loadedAt();
        QVERIFY(!once.startsWith(QLatin1Char('/')));
        const Run second = runCli({QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(second.out.section(QLatin1Char('\n'), 0, 0), first.out.section(QLatin1Char('\n'), 0, 0));
        // Reused, not reloaded: the same load time; the first cycle's decisions are still there.
        QCOMPARE(loadedAt().section(QLatin1Char('/'), 0, 0), once.section(QLatin1Char('/'), 0, 0));
        QVERIFY(loadedAt().section(QLatin1Char('/'), 1).toInt() > 0);
        QCOMPARE(QDir(dataDir() + QStringLiteral("/replays")).entryList({QStringLiteral("*.sqlite")}).size(), 1);
        // Imports never land in it.
        const Run import = runCli({QStringLiteral("import"), QStringLiteral("--recording"), QStringLiteral("demo"),
                                   QStringLiteral(CP_PUBLIC_DATA_DIR "/ads/facebook_ads_conversion_2017.csv")});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(QLatin1String("replay workspace")), qPrintable(import.err));
    }

    void replayWorkspaceNeverReachesANetwork()
    {
        QTemporaryDir dir;
        const QString replay = dir.filePath(QStringLiteral("replay.sqlite"));
        FaultServer server;
        auto api = seedShop();
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        const Run cycle = runCli({QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo"),
                                  QStringLiteral("--database"), replay});
        QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.err));
        Workspace workspace;
        qint64 createId = 0;
        {
            auto db = Database::open(replay);
            {
                auto w = Workspaces::read(db->connection(), replay);
                QVERIFY(w.ok());
                workspace = *w;
                QVERIFY(workspace.isReplay());
                DecisionStore store(db->connection());
                for (const Recommendation &r : *store.list({QStringLiteral("pending"), {}}))
                    if (r.action == Recommendation::Action::Create && !createId)
                        createId = r.id;
                QVERIFY(createId != 0);
                QVERIFY(Approval::approve(store, createId, QStringLiteral("ops")).ok());
            }
            db->closeThreadConnection();
        }
        // A connection configured for this very workspace, as the window would save it.
        Connections configured;
        configured.platform.kind = Connection::Kind::CampaignPilotApi;
        configured.platform.url = QUrl(server.baseUrl());
        configured.store = configured.platform;
        {
            QSettings settings;
            configured.save(settings, workspace.id);
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("CP_PLATFORM_TOKEN"), QStringLiteral("tok"));
        env.insert(QStringLiteral("CP_STORE_TOKEN"), QStringLiteral("tok"));
        const Run send = runCli({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), replay,
                                 QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"), QStringLiteral("--platform-url"),
                                 server.baseUrl()},
                                env);
        QCOMPARE(send.exitCode, 2);
        QVERIFY2(send.err.contains(QLatin1String("replay workspace")) && send.err.contains(QLatin1String("nothing was sent")),
                 qPrintable(send.err));
        const Run live = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), replay, QStringLiteral("--store"),
                                 QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl()},
                                env);
        QCOMPARE(live.exitCode, 2);
        QCOMPARE(server.seen().size(), 0);

        // The code that builds the platform gives a replay workspace the recorded backend, whatever is configured.
        auto built = platformForWorkspace(workspace, Database::attach(replay), configured.platform, Secrets{"tok", {}, {}});
        QVERIFY(built.ok());
        QCOMPARE((*built)->name(), QStringLiteral("recorded"));
        // A live refresh on it is refused before any request leaves.
        {
            auto db = Database::open(replay);
            auto refreshed = LiveSync::refresh(db->connection(), configured, Secrets{"tok", {}, {}}, Secrets{"tok", {}, {}},
                                               QDate::currentDate());
            QVERIFY(!refreshed.ok());
            QVERIFY(refreshed.error().message.contains(QLatin1String("replay workspace")));
            db->closeThreadConnection();
        }
        // send without --platform goes to the recorded backend: the approved create is applied there, offline.
        const Run offline = runCli({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), replay}, env);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.out + offline.err));
        QVERIFY2(offline.out.contains(QLatin1String("sent 1")), qPrintable(offline.out));
        QCOMPARE(server.seen().size(), 0);
    }

    void liveWorkspaceSendsOnlyToItsOwnConnection()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("a.sqlite"));
        const QString other = dir.filePath(QStringLiteral("b.sqlite"));
        FaultServer serverA, serverB;
        auto api = seedShop();
        serverA.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        serverB.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        for (const QString &path : {live, other}) {
            auto opened = WorkspaceOpener::open({path, {}, {}, false});
            QVERIFY(opened.ok());
            QVERIFY(opened->workspace.isLive());
            QVERIFY(opened->created);
            opened->database->closeThreadConnection();
        }
        auto idOf = [](const QString &path) {
            auto db = Database::open(path);
            const QString id = Workspaces::read(db->connection(), path)->id;
            db->closeThreadConnection();
            return id;
        };
        QVERIFY(idOf(live) != idOf(other));
        // Two shops, two sets of connections.
        {
            QSettings settings;
            Connections a, b;
            a.platform.kind = b.platform.kind = Connection::Kind::CampaignPilotApi;
            a.platform.url = QUrl(serverA.baseUrl());
            b.platform.url = QUrl(serverB.baseUrl());
            a.save(settings, idOf(live));
            b.save(settings, idOf(other));
        }
        {
            QSettings settings;
            QCOMPARE(Connections::load(settings, idOf(live)).platform.url, QUrl(serverA.baseUrl()));
            QCOMPARE(Connections::load(settings, idOf(other)).platform.url, QUrl(serverB.baseUrl()));
        }
        // Without a connection a live workspace sends nothing and says so; never to the recorded backend.
        const QString bare = dir.filePath(QStringLiteral("c.sqlite"));
        QVERIFY(WorkspaceOpener::open({bare, {}, {}, false}).ok());
        const Run none = runCli({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), bare});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("no ad platform is connected")), qPrintable(none.err));
        // An approved pause in the first shop goes to the first shop's platform only.
        api->campaigns.insert(QStringLiteral("c1"), QJsonObject{{QStringLiteral("campaign_id"), QStringLiteral("c1")},
                                                               {QStringLiteral("status"), QStringLiteral("active")}});
        QVERIFY(approveAction(live, Recommendation::Action::Pause, QStringLiteral("c1")));
        const Run a = runCli({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), live});
        QVERIFY2(a.exitCode == 0, qPrintable(a.out + a.err));
        QVERIFY2(a.out.contains(QLatin1String("sent 1")), qPrintable(a.out));
        QCOMPARE(serverA.count("/api/impact/campaigns/c1/pause"), 1);
        QCOMPARE(serverB.seen().size(), 0);
        // Every handle on the store is gone before its connection is closed:
        // Qt says nothing of a connection "still in use" (newcomer trial).
        for (const Run *r : {&none, &a})
            QVERIFY2(!r->err.contains(QLatin1String("QSqlDatabase")), qPrintable(r->err));
    }

    // Connections given to `cycle` on the command line are the live
    // workspace's from then on, as the window's Connections saves them:
    // addresses in the settings, the secret nowhere but in the environment.
    void cycleKeepsTheConnectionsItWasGiven()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("cli.sqlite"));
        FaultServer server;
        auto api = seedShop();
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        QProcessEnvironment env;
        env.insert(QStringLiteral("CP_STORE_TOKEN"), QStringLiteral("s3cret-store-token"));
        const Run first = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--store"),
                                  QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl()},
                                 env);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.err.contains(QLatin1String("is saved for this workspace")), qPrintable(first.err));
        auto db = Database::open(live);
        QVERIFY(db.ok());
        const QString id = Workspaces::read(db->connection(), live)->id;
        db->closeThreadConnection();
        {
            QSettings settings;
            const Connections saved = Connections::load(settings, id);
            QCOMPARE(int(saved.store.kind), int(Connection::Kind::CampaignPilotApi));
            QCOMPARE(saved.store.url, QUrl(server.baseUrl()));
            QVERIFY(!saved.platform.isSet());
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("s3cret-store-token"));
        }
        // The same connection again: nothing to say, its settings stay.
        {
            QSettings settings;
            settings.setValue(QStringLiteral("workspaces/%1/connections/store/reread_days").arg(id), 5);
        }
        const Run again = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--store"),
                                  QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl()},
                                 env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(!again.err.contains(QLatin1String("is saved for this workspace")), qPrintable(again.err));
        // Its address with a trailing slash is the same address: taken, and
        // nothing re-saved (it was re-saved with the slash, saying "is saved").
        const Run slash = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), live, QStringLiteral("--store"),
                                  QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl() + QLatin1Char('/')},
                                 env);
        QVERIFY2(slash.exitCode == 0, qPrintable(slash.out + slash.err));
        QVERIFY2(!slash.err.contains(QLatin1String("is saved for this workspace")), qPrintable(slash.err));
        QSettings settings;
        QCOMPARE(Connections::load(settings, id).store.rereadDays, 5);
        QCOMPARE(Connections::load(settings, id).store.url, QUrl(server.baseUrl()));
    }

    // A wait the server asks for is said on stderr as it begins.
    void cycleSaysAWaitTheServerAskedFor()
    {
        QTemporaryDir dir;
        FaultServer server;
        auto api = seedShop();
        auto asked = std::make_shared<int>(0);
        server.handler = [api, asked](const FaultServer::Seen &s) -> std::optional<FaultServer::Answer> {
            if (s.path == "/api/store/products" && (*asked)++ == 0)
                return FaultServer::Answer{429, "{}", {{"Retry-After", "1"}}, FaultServer::Fault::None};
            return (*api)(s);
        };
        QProcessEnvironment env;
        env.insert(QStringLiteral("CP_STORE_TOKEN"), QStringLiteral("t"));
        const Run r = runCli({QStringLiteral("cycle"), QStringLiteral("--database"), dir.filePath(QStringLiteral("w.sqlite")),
                              QStringLiteral("--store"), QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl()},
                             env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        static const QRegularExpression said(QStringLiteral("note: Campaign Pilot API http://127\\.0\\.0\\.1:\\d+ asked to wait 1 s \\(rate "
                                                            "limit, HTTP 429\\); resuming at \\d\\d:\\d\\d:\\d\\d\n"));
        QVERIFY2(said.match(r.err).hasMatch(), qPrintable(r.err));
        // The cycle's day, and why that one.
        QVERIFY2(r.out.contains(QLatin1String(": the last day the shop was read whole (its today in its time zone).")), qPrintable(r.out));
    }

    // A workspace file copied with cp keeps its original's id, and with it
    // the original's connections and keychain entries. The command line
    // refuses it, naming the command that gives it an identity of its own;
    // a file moved or renamed is the same workspace and opens as it is.
    void aCopiedWorkspaceIsRefusedUntilReidentified()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("shop.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("shop-copy.sqlite"));
        auto idOf = [](const QString &path) {
            auto db = Database::open(path);
            const QString id = Workspaces::read(db->connection(), path)->id;
            db->closeThreadConnection();
            return id;
        };
        {
            auto opened = WorkspaceOpener::open({original, {}, {}, false});
            QVERIFY(opened.ok());
            QVERIFY(opened->copyOf.isEmpty());
            opened->database->closeThreadConnection();
        }
        const QString id = idOf(original);
        QVERIFY(QFile::copy(original, copy));
        const Run refused = runCli({QStringLiteral("policy"), QStringLiteral("--database"), copy});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is a copy of the workspace %1").arg(original))
                     && refused.err.contains(QStringLiteral("campaign-pilot workspace reidentify --database %1").arg(copy)),
                 qPrintable(refused.err));
        QCOMPARE(idOf(copy), id);   // refused, untouched
        const Run originalStill = runCli({QStringLiteral("policy"), QStringLiteral("--database"), original});
        QVERIFY2(originalStill.exitCode == 0, qPrintable(originalStill.err));

        const Run reidentified = runCli({QStringLiteral("workspace"), QStringLiteral("reidentify"), QStringLiteral("--database"), copy});
        QVERIFY2(reidentified.exitCode == 0, qPrintable(reidentified.out + reidentified.err));
        QVERIFY2(reidentified.out.contains(QLatin1String("identity of its own")), qPrintable(reidentified.out));
        QVERIFY(idOf(copy) != id);
        QCOMPARE(idOf(original), id);
        const Run copyOpens = runCli({QStringLiteral("policy"), QStringLiteral("--database"), copy});
        QVERIFY2(copyOpens.exitCode == 0, qPrintable(copyOpens.err));

        // Renamed: the same file, the same workspace.
        const QString moved = dir.filePath(QStringLiteral("renamed.sqlite"));
        QVERIFY(QFile::rename(original, moved));
        const Run movedOpens = runCli({QStringLiteral("policy"), QStringLiteral("--database"), moved});
        QVERIFY2(movedOpens.exitCode == 0, qPrintable(movedOpens.err));
        QCOMPARE(idOf(moved), id);

        // Bad input says what and where.
        const Run noPath = runCli({QStringLiteral("workspace"), QStringLiteral("reidentify")});
        QCOMPARE(noPath.exitCode, 2);
        QVERIFY2(noPath.err.contains(QLatin1String("--database PATH")), qPrintable(noPath.err));
        const Run unknown = runCli({QStringLiteral("workspace"), QStringLiteral("rename")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("unknown \"rename\"")), qPrintable(unknown.err));
    }

    void migratesStoresOfTheEarlierVersion_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("kind");
        QTest::newRow("only a recording") << QStringLiteral("recording") << QStringLiteral("replay");
        QTest::newRow("live snapshots") << QStringLiteral("snapshots") << QStringLiteral("live");
        QTest::newRow("an import") << QStringLiteral("import") << QStringLiteral("live");
        QTest::newRow("a recording and an import") << QStringLiteral("recording+import") << QStringLiteral("live");
        QTest::newRow("empty") << QString() << QStringLiteral("live");
    }

    void migratesStoresOfTheEarlierVersion()
    {
        QFETCH(QString, content);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, 5);   // the schema of the previous version
            QVERIFY(db.ok());
            QCOMPARE(db->version(), 5);
            auto q = std::make_unique<QSqlQuery>(db->connection());
            QVERIFY(q->exec(QStringLiteral("INSERT INTO products (id, name, category, price_minor) VALUES ('p1', 'Mug', 'Kitchen', 450)")));
            QVERIFY(q->exec(QStringLiteral("INSERT INTO product_days (product_id, day, units_sold, revenue_minor) "
                                          "VALUES ('p1', '2011-01-01', 3, 1350)")));
            if (content.contains(QLatin1String("recording")))
                QVERIFY(q->exec(QStringLiteral("INSERT INTO recording VALUES (1, 'old', 'Old recording', 'GBP', '{}', 'h', '2024-01-01')")));
            if (content.contains(QLatin1String("import")))
                QVERIFY(q->exec(QStringLiteral("INSERT INTO import_log (imported_at, importer, file, rows_read, rows_written, rows_skipped) "
                                              "VALUES ('2024-01-01', 'daily-sales', 'x.csv', 1, 1, 0)")));
            if (content.contains(QLatin1String("snapshots")))
                QVERIFY(q->exec(QStringLiteral("INSERT INTO live_product_totals (product_id, day, taken_at, page_views, units, revenue_minor) "
                                              "VALUES ('p1', '2024-01-01', '2024-01-01T10:00:00Z', 10, 3, 1350)")));
            q.reset();
            db->closeThreadConnection();
        }
        auto opened = WorkspaceOpener::open({path, {}, {}, true});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QCOMPARE(Workspace::kindKey(opened->workspace.kind), kind);
        QVERIFY(!opened->created);
        {
            QSqlQuery q(opened->database->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(revenue_minor) FROM product_days")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);   // nothing dropped
            QCOMPARE(q.value(1).toLongLong(), 1350);
        }
        opened->database->closeThreadConnection();
    }

    void newWorkspacesAreReadableByTheUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/deeper/shop.sqlite"));
        auto opened = WorkspaceOpener::open({path, {}, QStringLiteral("Shop"), false});
        QVERIFY(opened.ok());
        {
            // A write creates the -wal file; SQLite gives it the database file's mode.
            DecisionStore store(opened->database->connection());
            QVERIFY(store.setSetting(QStringLiteral("x"), QStringLiteral("1")).ok());
        }
        QCOMPARE(modeOf(path), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/deeper"))), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(opened->workspace.name, QStringLiteral("Shop"));
        opened->database->closeThreadConnection();
        // The data folder and the replay folder too.
        const QString replay = Workspaces::replayPath(QStringLiteral("demo"));
        QVERIFY(Workspaces::prepareFile(replay).ok());
        QCOMPARE(modeOf(Workspaces::dataDir()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(modeOf(QFileInfo(replay).path()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(modeOf(replay), QFile::ReadOwner | QFile::WriteOwner);
    }

    void aRecordingFailingToLoadLeavesNoFileBehind()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(recording));
        QFile manifest(recording + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{ not json");
        manifest.close();
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        auto opened = WorkspaceOpener::open({path, recording, {}, false});
        QVERIFY(!opened.ok());
        QVERIFY(!QFileInfo::exists(path));
        // The same for a path that does not exist when it must.
        QVERIFY(!WorkspaceOpener::open({dir.filePath(QStringLiteral("nope.sqlite")), {}, {}, true}).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
