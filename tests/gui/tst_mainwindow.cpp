// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, offscreen, on the bundled demo recording. With
// CP_SCREENSHOT_DIR set it also saves the screenshots the README shows.
#include "models/stringtablemodel.h"
#include "agents/cycle/orchestrator.h"
#include "models/auditmodel.h"
#include "ui/campaignspane.h"
#include "ui/charts/chartspane.h"
#include "ui/charts/chartview.h"
#include "ui/simulationpane.h"
#include <QListWidget>
#include <QTableWidget>
#include "ui/decisionqueuepane.h"
#include "ui/catalogpane.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/storesession.h"
#include "ui/teamlogindialog.h"
#include "ui/connectionsdialog.h"
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "../support/fakemeta.h"
#include "../support/pgserver.h"
#include "ui/teamworkspacedialog.h"
#include <QSpinBox>
#include <QClipboard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include "agents/backend/metaplatform.h"
#include "agents/dispatcher.h"
#include "agents/approval.h"
#include "agents/workspace/workspaceopener.h"
#include "ui/startpage.h"
#include "ui/policyproposalbar.h"
#include "agents/import/recording.h"
#include "models/decisionstore.h"
#include <QJsonDocument>
#include <QTextBrowser>
#include <QListWidget>
#include <QPushButton>
#include "models/store.h"
#include <QCheckBox>
#include <QScopeGuard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QSemaphore>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QMessageBox>
#include <QAbstractButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QRadioButton>
#include <QStatusBar>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace cp;

namespace {
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let pending layout requests run so the picture shows the settled window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

QStringList column(QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

// `bytes` written to `name` in `dir`: the file's path, empty if it could not be written.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
}

// The colour drawn at the banner's left edge, halfway down (the window
// rendered, not a property read back).
QColor edgeColour(MainWindow &window)
{
    const QImage shot = window.grab().toImage();
    const QPoint at = window.banner()->mapTo(&window, QPoint(0, window.banner()->height() / 2)) - QPoint(3, 0);
    return shot.pixelColor(at * shot.devicePixelRatio());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
private slots:
    void initTestCase()
    {
        // Settings (the operator's name) go to a folder of the test's own.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        // Workspaces the window creates (the demo's replay, new live ones) go there too.
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
        QSettings().setValue(QStringLiteral("operator"), QStringLiteral("tester"));
    }

    void approveAndRejectThroughTheQueue()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QVERIFY(!window.isHalted());
        QVERIFY(window.runCycleAction()->isEnabled());

        QSignalSpy cycle(window.orchestrator(), &Orchestrator::cycleFinished);
        window.runCycleAction()->trigger();
        QVERIFY(cycle.wait(60000));
        QVERIFY(shown.wait(60000));   // the queue is refreshed from the store
        DecisionQueuePane *queue = window.queuePane();
        const auto &rows = queue->model()->rows();
        QVERIFY(rows.size() >= 8);
        qint64 pause = 0, create = 0;
        for (const Recommendation &r : rows) {
            if (r.campaignId == u"demo-03")
                pause = r.id;
            if (r.decision == u"NEW_CAMPAIGN" && !create)
                create = r.id;
        }
        QVERIFY(pause && create);

        auto *tabs = window.findChild<QTabWidget *>();
        // The charts, on the demo, with the cycle's markers.
        ChartsPane *charts = window.chartsPane();
        QSignalSpy chartsUpdated(charts, &ChartsPane::chartsUpdated);
        tabs->setCurrentWidget(charts);
        charts->selectCampaigns({QStringLiteral("demo-09")});
        // Loads may queue behind each other: wait for the one showing demo-09.
        QTRY_VERIFY_WITH_TIMEOUT(charts->performanceView()->data().title.contains(QLatin1String("demo-09")), 60000);
        QVERIFY(charts->performanceView()->drawnSeries(QStringLiteral("spend")));
        for (int t = 0; t < charts->tabs()->count(); ++t) {
            charts->tabs()->setCurrentIndex(t);
            screenshot(&window, t == 0 ? "charts-performance.png" : t == 1 ? "charts-before-during.png" : "charts-portfolio.png");
        }
        tabs->setCurrentWidget(queue);
        QVERIFY(queue->select(pause));
        screenshot(&window, "decision-queue.png");
        QVERIFY(queue->approveAction()->isEnabled());
        QSignalSpy sent(&window, &MainWindow::sendsFinished);
        queue->approveAction()->trigger();
        QVERIFY(sent.wait(60000));
        QCOMPARE(queue->model()->byId(pause)->status, QStringLiteral("approved"));
        QCOMPARE(queue->model()->byId(pause)->sendState, QStringLiteral("done"));
        bool paused = false;
        for (const CampaignRow &c : window.campaignsPane()->model()->rows())
            paused = paused || (c.campaign.id == u"demo-03" && c.campaign.status == Campaign::Status::Paused);
        QVERIFY(paused);

        queue->askReason = [](const Recommendation &) { return QStringLiteral("not in this season"); };
        QVERIFY(queue->select(create));
        queue->rejectAction()->trigger();
        QVERIFY(shown.wait(60000));
        QCOMPARE(queue->model()->byId(create)->status, QStringLiteral("rejected"));
        QCOMPARE(queue->model()->byId(create)->decisionReason, QStringLiteral("not in this season"));

        // The emergency stop: persisted, and no cycle starts while it is on.
        window.emergencyButton()->click();
        QVERIFY(window.isHalted());
        QVERIFY(shown.wait(60000));
        QVERIFY(!window.orchestrator()->runCycle());
        QVERIFY(window.emergencyButton()->text().contains(QLatin1String("STOPPED")));
    }

    void aStopThatCannotBeStoredHoldsHereAndIsStoredLater()
    {
        // A walkthrough pressed the emergency stop while the team's server
        // was down: "halted in this window only", the button still read
        // EMERGENCY STOP, and the stop was never stored when the server came
        // back. Here the store refuses that one write until it is let.
        qputenv("CP_STOP_RETRY_MS", "200");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        MainWindow window(path, QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QVERIFY(!window.isHalted());
        const auto onSide = [&path](const QString &sql) {
            QVariant v;
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
                c.setDatabaseName(path);
                c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
                if (c.open()) {
                    QSqlQuery q(c);
                    if (q.exec(sql) && q.next())
                        v = q.value(0);
                    else if (q.lastError().isValid())
                        v = q.lastError().text();
                }
                c.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("side"));
            return v;
        };
        for (const char *op : {"INSERT", "UPDATE"})
            onSide(QStringLiteral("CREATE TRIGGER refuse_stop_%1 BEFORE %1 ON settings WHEN NEW.key = 'emergency_stop' "
                                  "BEGIN SELECT RAISE(ABORT, 'the server is down'); END").arg(QLatin1String(op)));
        QSignalSpy finished(window.session(), &StoreSession::finished);
        window.emergencyButton()->click();
        QVERIFY(window.isHalted());
        QVERIFY(finished.wait(60000));
        QVERIFY2(window.emergencyButton()->text().contains(QLatin1String("NOT SAVED")), qPrintable(window.emergencyButton()->text()));
        QVERIFY(window.isHalted());   // the refresh after the failure did not undo it
        QVERIFY(!window.orchestrator()->runCycle());
        QCOMPARE(onSide(QStringLiteral("SELECT COALESCE((SELECT value FROM settings WHERE key = 'emergency_stop'), '0')")).toString(),
                 QStringLiteral("0"));
        // The server is back: the stop is stored, once, and said as stored.
        onSide(QStringLiteral("DROP TRIGGER refuse_stop_INSERT"));
        onSide(QStringLiteral("DROP TRIGGER refuse_stop_UPDATE"));
        QTRY_COMPARE_WITH_TIMEOUT(onSide(QStringLiteral("SELECT value FROM settings WHERE key = 'emergency_stop'")).toString(),
                                  QStringLiteral("1"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.emergencyButton()->text().contains(QLatin1String("NOT SAVED")), 20000);
        QVERIFY(window.emergencyButton()->text().contains(QLatin1String("STOPPED")));
        QCOMPARE(onSide(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'emergency_stop'")).toInt(), 1);
        qunsetenv("CP_STOP_RETRY_MS");
    }

    void anApprovalWhileTheStoreIsBusyWaitsAndLands()
    {
        // An approval clicked while the store's thread is busy (a refresh,
        // a send's outcome being read) waits for it and is then saved and
        // sent (seen: "Busy with the store; try again" and the approval lost).
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QSignalSpy cycle(window.orchestrator(), &Orchestrator::cycleFinished);
        window.runCycleAction()->trigger();
        QVERIFY(cycle.wait(60000));
        DecisionQueuePane *queue = window.queuePane();
        qint64 pause = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Recommendation &r : queue->model()->rows())
                    if (r.campaignId == u"demo-03" && r.status == u"pending")
                        pause = r.id;
                return pause > 0 && !window.session()->isBusy();
            }(),
            60000);

        QSemaphore started, release;
        QVERIFY(window.session()->work([&started, &release](QSqlDatabase, TaskContext &) {
            started.release();
            release.acquire();   // the store's thread stays busy until the test lets it go
            return StoreSession::Outcome{};
        }));
        started.acquire();
        QVERIFY(window.session()->isBusy());
        QVERIFY(queue->select(pause));
        QSignalSpy sent(&window, &MainWindow::sendsFinished);
        queue->approveAction()->trigger();
        QCOMPARE(queue->model()->byId(pause)->status, QStringLiteral("pending"));   // not yet: the store is busy
        release.release();
        QVERIFY(sent.wait(60000));
        QCOMPARE(queue->model()->byId(pause)->status, QStringLiteral("approved"));
        QCOMPARE(queue->model()->byId(pause)->sendState, QStringLiteral("done"));
    }

    void aPolicyUpdateIsApprovedInTheWindow()
    {
        // A workspace whose Analyst proposed a policy update (the learning
        // loop, tst_learningloop): the bar above the queue shows it, and its
        // approval puts the new version in effect for the window's cycles.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const Policy proposed = [] {
            Policy p;
            p.version = 2;
            p.emergencyRoasBelow = 1.5;
            return p;
        }();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
            DecisionStore store(db->connection());
            QVERIFY(store.savePolicy(1, QStringLiteral("default"), Policy{}.toJson()));
            PolicyProposal p;
            p.baseVersion = 1;
            p.policyJson = proposed.toJson();
            p.changes = QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("emergency_roas_below_multiple")},
                                               {QStringLiteral("label"), QStringLiteral("Pause now when ROAS is below")},
                                               {QStringLiteral("from"), 1.0},
                                               {QStringLiteral("to"), 1.5}}};
            p.backtest = QJsonObject{{QStringLiteral("from"), QStringLiteral("2011-01-01")},
                                     {QStringLiteral("to"), QStringLiteral("2011-12-09")},
                                     {QStringLiteral("old"), QJsonObject{{QStringLiteral("incremental_profit_minor"), -120000},
                                                                         {QStringLiteral("profit_minor"), 50000},
                                                                         {QStringLiteral("spend_minor"), 300000},
                                                                         {QStringLiteral("actions"), 12}}},
                                     {QStringLiteral("new"), QJsonObject{{QStringLiteral("incremental_profit_minor"), -40000},
                                                                         {QStringLiteral("profit_minor"), 60000},
                                                                         {QStringLiteral("spend_minor"), 210000},
                                                                         {QStringLiteral("actions"), 15}}}};
            p.rationale = QStringLiteral("The policy looks too loose.");
            QVERIFY(store.addPolicyProposal(p).ok());
            db->closeThreadConnection();
        }
        MainWindow window(path, QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.resize(1280, 800);
        window.show();
        QVERIFY(shown.wait(60000));
        window.findChild<QTabWidget *>()->setCurrentWidget(window.queuePane());
        PolicyProposalBar *bar = window.policyProposalBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->proposal().has_value());
        const QString details = bar->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Pause now when ROAS is below")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("1.5")));
        QVERIFY(details.contains(QStringLiteral("Incremental profit")));
        QCOMPARE(window.orchestrator()->policy().version, 1);
        screenshot(&window, "policy-proposal.png");

        // Rejecting without a reason does nothing; approving stores version 2.
        bar->askReason = [] { return QString(); };
        bar->rejectButton()->click();
        QVERIFY(bar->isVisible());
        bar->approveButton()->click();
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 30000);
        QCOMPARE(window.orchestrator()->policy().version, 2);
        QCOMPARE(window.orchestrator()->policy().emergencyRoasBelow, 1.5);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto log = DecisionStore(db->connection()).auditLog();
        QVERIFY(log.ok());
        bool audited = false;
        for (const AuditEntry &e : *log)
            audited = audited || (e.event == u"policy_approved" && e.operatorName == u"tester");
        QVERIFY(audited);
        db->closeThreadConnection();
    }

    void simulatesThroughThePane()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        SimulationPane *sim = window.simulationPane();
        window.findChild<QTabWidget *>()->setCurrentWidget(sim);
        sim->setRange(QDate(2011, 10, 1), QDate(2011, 12, 9));
        sim->setApproval(QStringLiteral("PAUSE,EMERGENCY_PAUSE"));
        QSignalSpy finished(sim, &SimulationPane::finished);
        QVERIFY(sim->start());
        QVERIFY(!sim->start());   // one at a time
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().toBool());
        // Do nothing, the seed's rules and the shipped default (once each: the
        // pane does not add them a second time), the two oracles (attributed
        // and incremental profit).
        QCOMPARE(sim->resultsTable()->rowCount(), 5);
        QCOMPARE(sim->resultsTable()->item(0, 0)->text(), QStringLiteral("Do nothing"));
        QCOMPARE(sim->resultsTable()->item(1, 0)->text(), QStringLiteral("Seed rules"));
        QCOMPARE(sim->resultsTable()->item(2, 0)->text(), QStringLiteral("Default policy"));
        QCOMPARE(sim->resultsTable()->item(3, 0)->text(), QStringLiteral("Hindsight oracle"));
        QCOMPARE(sim->resultsTable()->item(4, 0)->text(), QStringLiteral("Hindsight oracle (incremental)"));
        QCOMPARE(sim->resultsTable()->item(1, 1)->text(), QStringLiteral("EMERGENCY_PAUSE,PAUSE"));
        QVERIFY(sim->chart()->drawnSeries(QStringLiteral("Hindsight oracle")));
        QTRY_COMPARE_WITH_TIMEOUT(sim->savedList()->count(), 1, 30000);
        screenshot(&window, "simulation.png");
        QSignalSpy reopened(sim, &SimulationPane::reopened);
        sim->reopen(sim->savedList()->item(0)->data(Qt::UserRole).toLongLong());
        QVERIFY(reopened.wait(30000));
        QVERIFY(reopened.first().first().toBool());
    }

    void showsTheDemoRecording()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));

        CatalogModel *catalog = window.catalogPane()->model();
        QCOMPARE(catalog->rowCount(), 60);
        const QStringList names = column(catalog, CatalogModel::Name);
        QVERIFY(names.contains(QStringLiteral("REGENCY CAKESTAND 3 TIER")));
        QVERIFY(names.contains(QStringLiteral("WHITE HANGING HEART T-LIGHT HOLDER")));
        QVERIFY(!names.contains(QStringLiteral("POSTAGE")));
        QCOMPARE(window.campaignsPane()->model()->rowCount(), 16);

        // A replay workspace, which recording, which columns are modelled.
        const QString banner = window.banner()->text();
        QVERIFY(banner.contains(QLatin1String("Replay workspace")));
        QVERIFY(banner.contains(QLatin1String("nothing here reaches a network")));
        QVERIFY(banner.contains(QLatin1String("UK online gift shop")));
        QVERIFY(banner.contains(QLatin1String("page views")));
        QVERIFY(catalog->headerData(CatalogModel::Views, Qt::Horizontal).toString().contains(QLatin1String("modelled")));
        // Its left edge is blue, drawn (a style sheet's border was not).
        QCOMPARE(edgeColour(window), QColor(0x1c, 0x71, 0xd8));

        // Search and category filter through the pane's own widgets.
        CatalogPane *pane = window.catalogPane();
        QTest::keyClicks(pane->searchBox(), QStringLiteral("cakestand"));
        QCOMPARE(pane->proxy()->rowCount(), 1);
        pane->searchBox()->clear();
        const int kitchen = pane->categoryBox()->findData(QStringLiteral("Kitchen"));
        QVERIFY(kitchen > 0);
        pane->categoryBox()->setCurrentIndex(kitchen);
        QVERIFY(pane->proxy()->rowCount() > 0);
        for (int r = 0; r < pane->proxy()->rowCount(); ++r)
            QCOMPARE(pane->proxy()->index(r, CatalogModel::Category).data().toString(), QStringLiteral("Kitchen"));
        pane->categoryBox()->setCurrentIndex(0);
        screenshot(&window, "main-window-catalog.png");
    }

    void importsThroughTheWindowWithoutBlockingIt()
    {
        QTemporaryDir dir;
        {
            // A replay workspace takes no imports: the action is off and says why.
            MainWindow replay(dir.filePath(QStringLiteral("r.sqlite")), QStringLiteral("demo"));
            QSignalSpy shown(&replay, &MainWindow::storeShown);
            QVERIFY(shown.wait(60000));
            QVERIFY(!replay.importAction()->isEnabled());
            QVERIFY(replay.importAction()->toolTip().contains(QLatin1String("replay workspace")));
            QVERIFY(!replay.startImport(QStringLiteral(CP_PUBLIC_DATA_DIR "/store/woocommerce_sample_products.csv"),
                                        QStringLiteral("woocommerce-products"), ImportOptions{}));
        }
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QString());   // a new live workspace
        QSignalSpy shown(&window, &MainWindow::storeShown);
        QVERIFY(shown.wait(60000));
        QVERIFY(window.workspace().isLive());
        QVERIFY(window.importAction()->isEnabled());
        QVERIFY2(window.banner()->text().contains(QLatin1String("no connection yet")), qPrintable(window.banner()->text()));
        QCOMPARE(edgeColour(window), QColor(0x26, 0xa2, 0x69));   // live: green
        ImportOptions inEuros;
        inEuros.currency = QStringLiteral("EUR");
        QVERIFY(window.startImport(QStringLiteral(CP_PUBLIC_DATA_DIR "/store/woocommerce_sample_products.csv"),
                                   QStringLiteral("woocommerce-products"), inEuros));
        // While the import runs, a second one is refused rather than queued blindly.
        QVERIFY(!window.startImport(QStringLiteral("x.csv"), QStringLiteral("catalog"), ImportOptions{}));
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.catalogPane()->model()->rowCount(), 18);
        // The workspace took the file's currency, and the banner says the
        // figures are the imported files' (seen: still "no connection yet … or Import").
        QCOMPARE(window.workspace().currency, QStringLiteral("EUR"));
        QVERIFY2(window.banner()->text().contains(QLatin1String("figures from imported files")), qPrintable(window.banner()->text()));
    }

    // A live workspace whose imports named no currency shows amounts as
    // numbers alone and says why (seen: the locale's "$" on a shop's pounds).
    void aWorkspaceWithoutACurrencyShowsAmountsWithoutASymbol()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        QVERIFY(shown.wait(60000));
        QVERIFY(window.startImport(QStringLiteral(CP_PUBLIC_DATA_DIR "/store/woocommerce_sample_products.csv"),
                                   QStringLiteral("woocommerce-products"), ImportOptions{}));
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.catalogPane()->model()->rowCount(), 18);
        QCOMPARE(window.workspace().currency, QString());
        QVERIFY2(window.banner()->text().contains(QLatin1String("currency is not known")), qPrintable(window.banner()->text()));
        const QRegularExpression number(QStringLiteral("^-?[0-9,]+\\.[0-9]{2}$"));
        int priced = 0;
        QAbstractItemModel *model = window.catalogPane()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString price = model->index(r, CatalogModel::Price).data().toString();
            if (price.isEmpty() || price == QStringLiteral("—"))   // no price in the file
                continue;
            ++priced;
            QVERIFY2(number.match(price).hasMatch(), qPrintable(price));
        }
        QVERIFY(priced > 0);
        screenshot(&window, "live-no-currency.png");

        // Its recording names a currency the operator gives, never a guess
        // (it imports back in that currency). Daily figures first: a
        // recording is of days.
        const QString days = writeFile(dir, QStringLiteral("days.csv"),
                                       "date,stock_code,description,units,revenue,orders\n"
                                       "2011-11-01,A1,Lamp,2,30.00,2\n2011-11-02,A1,Lamp,1,15.00,1\n");
        QVERIFY(window.startImport(days, QStringLiteral("daily-sales"), ImportOptions{}));
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.workspace().currency, QString());
        const QString folder = dir.filePath(QStringLiteral("exported"));
        QVERIFY(!window.exportRecording(folder));
        QVERIFY2(window.lastOutcome().contains(QLatin1String("currency is not known")), qPrintable(window.lastOutcome()));
        QVERIFY(!window.exportRecording(folder, QStringLiteral("pounds")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/manifest.json")));
        QVERIFY(window.exportRecording(folder, QStringLiteral("GBP")));
        QVERIFY(shown.wait(60000));
        QFile manifest(folder + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    }

    // A large catalog's search index is built on the session's thread with
    // the rows, and the catalog's model takes it (issue 14: the GUI thread
    // spent 0.7 s building it at 1,000,000 rows).
    void aLargeCatalogsSearchIndexIsBuiltOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        {
            MainWindow window(path, QString());   // a new live workspace
            QSignalSpy shown(&window, &MainWindow::storeShown);
            QVERIFY(shown.wait(60000));
        }
        const qsizetype n = CatalogSearchIndex::kBuildAheadFrom + 500;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("big"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO products (id, name, category, price_minor, stock, description) VALUES (?, ?, ?, ?, ?, ?)")));
            for (qsizetype i = 0; i < n; ++i) {
                q.addBindValue(QStringLiteral("P%1").arg(i));
                q.addBindValue(QStringLiteral("Ünique mug %1").arg(i % 977));
                q.addBindValue(i % 3 ? QStringLiteral("Kitchen") : QStringLiteral("Gifts"));
                q.addBindValue(qint64(100 + i % 5000));
                q.addBindValue(qint64(i % 40));
                q.addBindValue(i % 2 ? QStringLiteral("Straße edition") : QStringLiteral(""));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("big"));
        MainWindow window(path, QString());
        auto *session = window.findChild<StoreSession *>();
        QVERIFY(session);
        // Connected after the window's own slot: by the time this runs, the
        // window has shown the snapshot and its model has taken the index.
        bool built = false, taken = false;
        connect(session, &StoreSession::snapshotReady, this, [&](const StoreSnapshot &s) {
            built = s.catalogIndex != nullptr && s.catalog.size() == n;
            taken = built && s.catalogIndex->rows == -1 && s.catalogIndex->search.empty();   // moved into the model
        });
        QSignalSpy shown(&window, &MainWindow::storeShown);
        QVERIFY(shown.wait(60000));
        QVERIFY(built);
        QVERIFY(taken);
        const CatalogModel *model = window.catalogPane()->model();
        QCOMPARE(model->rowCount(), int(n));
        CatalogModel here;
        here.setRows(model->rows());
        QVERIFY(model->searchBuffer() == here.searchBuffer());
        QVERIFY(model->categoryNumbers() == here.categoryNumbers());
    }

    // A workspace file copied with cp: the window shows nothing of it and
    // asks first; "Give it its own identity" opens it with a new id (none of
    // its original's connections), and the original keeps its own.
    void aCopiedWorkspaceIsAskedAbout()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("shop.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QString id;
        {
            auto opened = WorkspaceOpener::open({original, {}, {}, false});
            QVERIFY(opened.ok());
            id = opened->workspace.id;
            opened->database->closeThreadConnection();
        }
        QVERIFY(QFile::copy(original, copy));
        MainWindow window(copy, QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("copiedWorkspace"))) != nullptr, 30000);
        QVERIFY2(box->text().contains(original), qPrintable(box->text()));
        QVERIFY(window.workspace().id.isEmpty());   // nothing of it shown or used yet
        QPushButton *own = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                own = qobject_cast<QPushButton *>(b);
        QVERIFY(own);
        own->click();
        QVERIFY(shown.wait(30000));
        QCOMPARE(window.workspace().path, copy);
        QVERIFY(!window.workspace().id.isEmpty());
        QVERIFY(window.workspace().id != id);
        auto again = WorkspaceOpener::open({original, {}, {}, false});
        QVERIFY(again.ok());
        QCOMPARE(again->workspace.id, id);
        QVERIFY(again->copyOf.isEmpty());
        again->database->closeThreadConnection();
    }

    void campaignsPaneScreenshot()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(window.campaignsPane());
        QCOMPARE(column(window.campaignsPane()->model(), CampaignModel::Status).count(QStringLiteral("Active")), 9);
        screenshot(&window, "main-window-campaigns.png");
    }

    void importDialogPreviewsAndMaps()
    {
        ImportDialog dialog;
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.setFile(QStringLiteral(CP_PUBLIC_DATA_DIR "/store/woocommerce_sample_products.csv"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.importerId(), QStringLiteral("woocommerce-products"));
        QCOMPARE(dialog.previewModel()->rowCount(), 20);
        QVERIFY(dialog.mappingBox(QStringLiteral("name")));
        QCOMPARE(dialog.mappingBox(QStringLiteral("name"))->currentText(), QStringLiteral("Name"));
        QCOMPARE(dialog.mappingBox(QStringLiteral("regular_price"))->currentText(), QStringLiteral("Regular price"));
        const ImportOptions options = dialog.options();
        QVERIFY(options.mapping.has_value());
        QCOMPARE(options.mapping->value(QStringLiteral("id")), 0);
        dialog.resize(1000, 700);
        dialog.show();
        screenshot(&dialog, "import-dialog.png");

        // A file no importer reads: the dialog says so and Import stays off.
        dialog.setFile(QStringLiteral("/no/such/file.csv"));
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QLatin1String("/no/such/file.csv")));
    }

    void theTeamLoginNamesTheDatabaseAndOffersOnlyAKeychainThatIsThere()
    {
        // Seen: the dialog offered "keep in the keychain" with the keychain
        // switched off, and did not say which workspace the password is for.
        const QString url = QStringLiteral("postgresql://ana@db.example.com:5432/shop_b?sslmode=require");
        const QByteArray before = qgetenv("CP_NO_KEYCHAIN");   // ctest switches it off for every test
        const auto restore = qScopeGuard([&before] { qputenv("CP_NO_KEYCHAIN", before); });
        {
            qputenv("CP_NO_KEYCHAIN", "1");
            TeamLoginDialog dialog(url, QString());
            qputenv("CP_NO_KEYCHAIN", "0");   // the dialog reads it once, when it is made
            QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("teamLoginWorkspace"))->text(), QStringLiteral("shop_b"));
            auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("teamLoginRemember"));
            QVERIFY(!remember->isEnabled());
            QVERIFY(!remember->isChecked());
            QVERIFY(!dialog.remember());
            QVERIFY(remember->text().contains(QLatin1String("CP_NO_KEYCHAIN")));
        }
        TeamLoginDialog dialog(url, QString());
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("teamLoginRemember"));
        QVERIFY(remember->isEnabled());
        QVERIFY(dialog.remember());
    }

    void importDialogAsksTheCurrencyOfAWorkspaceWithout()
    {
        // A live workspace has no currency until a connection or an import
        // names one (seen: GBP figures shown with "$" in a team workspace).
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) { return writeFile(dir, name, bytes); };
        ImportDialog dialog;
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
        dialog.setWorkspaceCurrency(QString());
        QVERIFY(!dialog.currencyEdit()->isReadOnly());
        QCOMPARE(dialog.currencyEdit()->text().size(), 3);   // the locale's, to confirm or change
        dialog.setFile(write(QStringLiteral("sales.csv"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,1,1.00\n"));
        QVERIFY(ready.wait(30000));
        QVERIFY(ok->isEnabled());
        dialog.currencyEdit()->clear();
        QTest::keyClicks(dialog.currencyEdit(), QStringLiteral("eu"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("currency")), qPrintable(status->text()));
        QTest::keyClicks(dialog.currencyEdit(), QStringLiteral("r"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.options().currency, QStringLiteral("EUR"));

        // A table of an exported recording: its manifest's currency.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("rec")));
        const auto manifest = Recording::readManifest(QStringLiteral("demo"));
        QVERIFY(manifest.ok());
        QVERIFY(!write(QStringLiteral("rec/manifest.json"), manifest->toJson()).isEmpty());
        dialog.setFile(write(QStringLiteral("rec/campaigns.csv"), "id,name,product_id,platform,status,daily_budget,start_date,end_date\n"
                                                                   "c1,One,,demo,active,5.00,,\n"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.importerId(), QStringLiteral("campaigns"));
        QCOMPARE(dialog.currencyEdit()->text(), manifest->currency);
        QCOMPARE(dialog.options().currency, manifest->currency);

        // A workspace with a currency: shown, not to be changed here.
        dialog.setWorkspaceCurrency(QStringLiteral("JPY"));
        QVERIFY(dialog.currencyEdit()->isReadOnly());
        QCOMPARE(dialog.options().currency, QStringLiteral("JPY"));
    }

    void importDialogShowsFormatCandidatesAndEncoding()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) { return writeFile(dir, name, bytes); };
        ImportDialog dialog;
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *format = dialog.findChild<QLabel *>(QStringLiteral("importFormat"));
        auto *detection = dialog.findChild<QLabel *>(QStringLiteral("importDetection"));

        // The delimiter is detected and shown.
        dialog.setFile(write(QStringLiteral("semi.csv"), "date;stock_code;units;revenue_gbp\n2024-01-01;A;1;1,00\n"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(format->text(), QStringLiteral("semicolon-separated, UTF-8"));
        QCOMPARE(dialog.importerId(), QStringLiteral("daily-sales"));
        QVERIFY(detection->text().startsWith(QLatin1String("Detected: ")));
        QVERIFY(ok->isEnabled());

        // A tie: the candidates are named and Import waits for the user's pick.
        dialog.setFile(write(QStringLiteral("tie.csv"), "date,product,units,revenue_gbp,campaign,spend,impressions\n"
                                                        "2024-01-01,A,1,1.00,c,1.00,10\n"));
        QVERIFY(ready.wait(30000));
        QVERIFY2(detection->text().contains(QLatin1String("equally well")), qPrintable(detection->text()));
        QVERIFY(!ok->isEnabled());
        const int adsIndex = dialog.importerBox()->findData(QStringLiteral("daily-ads"));
        dialog.importerBox()->setCurrentIndex(adsIndex);
        emit dialog.importerBox()->activated(adsIndex);
        QVERIFY(ok->isEnabled());

        // Latin-1 is refused until the user names the encoding; then it is converted.
        const QString latin1 = write(QStringLiteral("latin1.csv"), "date,stock_code,description,units,revenue_gbp\n"
                                                                   "2024-01-01,C1,CAF\xC9,2,3.50\n");
        dialog.setFile(latin1);
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QLatin1String("byte offset 63")));
        QVERIFY(!ok->isEnabled());
        dialog.encodingBox()->setCurrentIndex(dialog.encodingBox()->findData(int(TextEncoding::Latin1)));
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.previewModel()->index(0, 2).data().toString(), QStringLiteral("CAFÉ"));
        QCOMPARE(format->text(), QStringLiteral("comma-separated, Latin-1"));
        QCOMPARE(dialog.options().encoding, TextEncoding::Latin1);
        QCOMPARE(dialog.options().merge, MergeMode::Stop);
        dialog.findChild<QRadioButton *>(QStringLiteral("mergeAdd"))->setChecked(true);
        QCOMPARE(dialog.options().merge, MergeMode::Add);
        // Slash dates: month first unless the user says day first.
        QCOMPARE(dialog.options().dateOrder, DateOrder::Auto);
        dialog.dateOrderBox()->setCurrentIndex(dialog.dateOrderBox()->findData(int(DateOrder::DayFirst)));
        QCOMPARE(dialog.options().dateOrder, DateOrder::DayFirst);
    }

    void importOverlapIsStoppedThenMergedAsChosen()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("day.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,stock_code,units,revenue_gbp\n2024-01-01,A,1,1.00\n");
        }
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        QVERIFY(shown.wait(60000));
        QVERIFY(window.startImport(csv, QStringLiteral("daily-sales"), ImportOptions{}));
        QVERIFY(shown.wait(60000));
        // The same day again: stopped and named (CP_NO_MODAL: no question box; the options decide).
        QVERIFY(window.startImport(csv, QStringLiteral("daily-sales"), ImportOptions{}));
        QVERIFY(shown.wait(60000));
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QLatin1String("1 product-days of this file are already in the store (2024-01-01 to 2024-01-01)")),
                 qPrintable(window.statusBar()->currentMessage()));
        // Added: a later export's rows for that day (the same file again would count twice, and is refused).
        const QString later = dir.filePath(QStringLiteral("later.csv"));
        {
            QFile f(later);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,stock_code,units,revenue_gbp\n2024-01-01,A,2,2.00\n");
        }
        ImportOptions add;
        add.merge = MergeMode::Add;
        QVERIFY(window.startImport(later, QStringLiteral("daily-sales"), add));
        QVERIFY(shown.wait(60000));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Import finished")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.startImport(csv, QStringLiteral("daily-sales"), add));
        QVERIFY(shown.wait(60000));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("this file's content was imported already")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void liveDataThroughTheWindow()
    {
        QTemporaryDir dir;
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->timeRange = QStringLiteral("1d");
        for (int i = 1; i <= 8; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 30.0 + i, 90, 2000, 40, 1200.0 + i));
        api->fail.insert(QStringLiteral("/api/store/products/6/analytics"), SeedApi::error(500, "analytics down"));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        MainWindow window(dir.filePath(QStringLiteral("live.sqlite")), QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));

        // Agents ▸ Connections refuses plain HTTP to another host, and says why.
        Connections c;
        c.store.kind = Connection::Kind::CampaignPilotApi;
        c.store.url = QUrl(QStringLiteral("http://shop.example.com"));
        ConnectionsDialog dialog(c);
        QVERIFY(dialog.validate().contains(QLatin1String("HTTPS")));
        dialog.accept();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("connectionProblem"))->text().isEmpty());
        screenshot(&dialog, "connections-dialog.png");

        c.store.url = QUrl(server.baseUrl());
        c.platform = c.store;
        window.setConnections(c);
        QTRY_VERIFY(window.networkLabel()->text().contains(QLatin1String("campaign-pilot-api")));
        QVERIFY(window.dispatcher()->platform()->name() == u"campaign-pilot-api");

        shown.clear();
        // The store session takes one task at a time: start once it is free (QTRY re-evaluates, so latch).
        bool started = false;
        QTRY_VERIFY_WITH_TIMEOUT(started || (started = window.refreshLive()), 20000);
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.catalogPane()->model()->rowCount(), 8);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("1 failed")));
        int writes = 0;
        for (const auto &seen : server.seen())
            writes += seen.method != "GET";
        QCOMPARE(writes, 0);   // fetching never writes
        screenshot(&window, "live-catalog.png");

        // File > Export recording: a folder the offline backend replays.
        shown.clear();
        const QString folder = dir.filePath(QStringLiteral("exported"));
        started = false;
        // The loopback shop names no currency: the operator gives it (the menu asks).
        QTRY_VERIFY_WITH_TIMEOUT(started || (started = window.exportRecording(folder, QStringLiteral("USD"))), 20000);
        QVERIFY(shown.wait(60000));
        QVERIFY(QFile::exists(folder + QStringLiteral("/manifest.json")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/product_days.csv")));

        // A platform that cannot create greys out approving a new campaign, with the reason.
        auto meta = std::make_shared<MetaPlatform>(QUrl(server.baseUrl()), NetworkPolicy{}, "t");
        window.queuePane()->setPlatformLimits([meta](Recommendation::Action a) { return meta->unsupportedReason(a); });
        Recommendation create;
        create.id = 1;
        create.status = QStringLiteral("pending");
        create.decision = QStringLiteral("CREATE");
        create.action = Recommendation::Action::Create;
        create.productId = QStringLiteral("1");
        window.queuePane()->setRows({create}, QStringLiteral("USD"));
        window.queuePane()->view()->selectRow(0);
        QVERIFY(!window.queuePane()->approveAction()->isEnabled());
        QVERIFY(window.queuePane()->approveAction()->toolTip().contains(QLatin1String("Ads Manager")));

        // Meta's dry run, asked before approval, shows its refusal in the
        // rationale and on the Approve button; an accepted one says so.
        Recommendation pause;
        pause.id = 2;
        pause.status = QStringLiteral("pending");
        pause.decision = QStringLiteral("PAUSE");
        pause.action = Recommendation::Action::Pause;
        pause.campaignId = QStringLiteral("911");
        Recommendation budget = pause;
        budget.id = 3;
        budget.decision = QStringLiteral("CONTINUE");
        budget.action = Recommendation::Action::SetBudget;
        budget.proposedBudget = Money::fromMinor(3000);
        window.queuePane()->setRows({pause, budget}, QStringLiteral("USD"));
        window.queuePane()->setPreflight({{2, {PreflightResult::Verdict::Refused, QStringLiteral("cannot be paused while it is in review")}},
                                          {3, {PreflightResult::Verdict::Accepted, {}}}},
                                         QStringLiteral("Meta"));
        QVERIFY(window.queuePane()->select(2));
        QVERIFY2(window.queuePane()->detail()->toPlainText().contains(QLatin1String("Meta refused this change in its dry run")),
                 qPrintable(window.queuePane()->detail()->toPlainText()));
        QVERIFY(window.queuePane()->approveAction()->toolTip().contains(QLatin1String("cannot be paused while it is in review")));
        QVERIFY(window.queuePane()->select(3));
        QVERIFY2(window.queuePane()->detail()->toPlainText().contains(QLatin1String("dry run (nothing changed): accepted")),
                 qPrintable(window.queuePane()->detail()->toPlainText()));
        QVERIFY(!window.queuePane()->approveAction()->toolTip().contains(QLatin1String("refused")));
    }

    void theQueueAsksTheDryRunOfThePlatformInstalledNow()
    {
        // Two Meta accounts on loopback: the first refuses every dry run, the
        // second accepts. The queue asks the first, and is switched to the
        // second before the first answers: the first's refusal is dropped,
        // never shown for the second, and the second is asked.
        struct Account
        {
            std::shared_ptr<test::Graph> graph = std::make_shared<test::Graph>();
            FaultServer server;
            Account(const QString &refusal)
            {
                graph->campaigns = {{QStringLiteral("911")}};
                graph->refuseDryRun = refusal;
                server.handler = [g = graph](const FaultServer::Seen &seen) { return (*g)(seen); };
            }
            std::shared_ptr<AdPlatform> platform() const
            {
                Connection c;
                c.kind = Connection::Kind::Meta;
                c.url = QUrl(server.baseUrl());
                c.account = QStringLiteral("42");
                return std::make_shared<MetaPlatform>(c.baseUrl(), NetworkPolicy{}, QByteArray("EAAB-test-token"), QStringLiteral("42"));
            }
        };
        Account refusing{QStringLiteral("cannot be paused while it is in review")}, accepting{QString()};
        DecisionQueuePane pane;
        QSignalSpy refused(&pane, &DecisionQueuePane::preflightRefused);
        Recommendation pause;
        pause.id = 7;
        pause.status = QStringLiteral("pending");
        pause.decision = QStringLiteral("PAUSE");
        pause.action = Recommendation::Action::Pause;
        pause.campaignId = QStringLiteral("911");
        pane.setRows({pause}, QStringLiteral("USD"));

        pane.setPlatform(refusing.platform(), true);
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(pane.preflight().value(7).verdict, PreflightResult::Verdict::Refused);
        QCOMPARE(refusing.graph->dryRuns, 1);
        // Asked once: the rows again (a refresh) ask nothing new.
        pane.setRows({pause}, QStringLiteral("USD"));
        QCOMPARE(pane.preflight().value(7).verdict, PreflightResult::Verdict::Refused);

        // Switched while the first platform's check runs.
        pane.setPlatform(nullptr, false);
        QVERIFY(pane.preflight().isEmpty());
        pane.setPlatform(refusing.platform(), true);   // a new platform object: asked again
        pane.setPlatform(accepting.platform(), true);
        QTRY_COMPARE(pane.preflight().value(7).verdict, PreflightResult::Verdict::Accepted);
        QTRY_COMPARE(accepting.graph->dryRuns, 1);
        QCOMPARE(refused.count(), 1);   // the late refusal was not announced
        QCOMPARE(pane.preflight().value(7).verdict, PreflightResult::Verdict::Accepted);
        QCOMPARE(refusing.graph->realWrites + accepting.graph->realWrites, 0);
        // A budget edit asks again.
        Recommendation budget = pause;
        budget.id = 8;
        budget.decision = QStringLiteral("CONTINUE");
        budget.action = Recommendation::Action::SetBudget;
        accepting.graph->find(QStringLiteral("911"))->daily = 2500;
        budget.proposedBudget = Money::fromMinor(2700);
        pane.setRows({pause, budget}, QStringLiteral("USD"));
        QTRY_COMPARE(pane.preflight().value(8).verdict, PreflightResult::Verdict::Accepted);
        const int asked = accepting.graph->dryRuns;
        budget.proposedBudget = Money::fromMinor(2900);
        pane.setRows({pause, budget}, QStringLiteral("USD"));
        QTRY_COMPARE(accepting.graph->dryRuns, asked + 1);
        QTRY_COMPARE(pane.preflight().value(8).verdict, PreflightResult::Verdict::Accepted);
    }

    void firstLaunchShowsTheStartPageAndEachWayEndsInTheRightWorkspace()
    {
        QSettings().remove(QStringLiteral("recent_workspaces"));
        MainWindow first{WorkspaceRequest{}};
        first.resize(1280, 720);
        first.show();
        QVERIFY(first.showsStartPage());
        QVERIFY(!first.connectionsAction()->isEnabled());
        screenshot(&first, "start-page.png");

        // "Explore the demo": the demo's own replay workspace.
        QSignalSpy shown(&first, &MainWindow::storeShown);
        first.startPage()->demoButton()->click();
        QVERIFY(shown.wait(60000));
        QVERIFY(!first.showsStartPage());
        QVERIFY(first.workspace().isReplay());
        QCOMPARE(QFileInfo(first.workspace().path).fileName(), QStringLiteral("demo.sqlite"));
        QVERIFY(first.windowTitle().contains(QLatin1String("Replay")));
        QVERIFY(first.modeLabel()->text().startsWith(QLatin1String("Replay")));

        // "Connect a shop and an ad account": a new live workspace, and its connections open.
        MainWindow second{WorkspaceRequest{}};
        QSignalSpy shown2(&second, &MainWindow::storeShown);
        second.startPage()->connectButton()->click();
        QVERIFY(shown2.wait(60000));
        QVERIFY(second.workspace().isLive());
        QVERIFY(second.workspace().path.contains(QLatin1String("/workspaces/")));
        QVERIFY(second.windowTitle().contains(QLatin1String("Live")));
        QTRY_VERIFY(second.findChild<ConnectionsDialog *>() && second.findChild<ConnectionsDialog *>()->isVisible());
        second.findChild<ConnectionsDialog *>()->reject();

        // "Import files": another live workspace, and the import dialog opens.
        MainWindow third{WorkspaceRequest{}};
        QSignalSpy shown3(&third, &MainWindow::storeShown);
        third.startPage()->importButton()->click();
        QVERIFY(shown3.wait(60000));
        QVERIFY(third.workspace().isLive());
        QVERIFY(third.workspace().path != second.workspace().path);
        QTRY_VERIFY(third.findChild<ImportDialog *>() && third.findChild<ImportDialog *>()->isVisible());
        third.findChild<ImportDialog *>()->reject();

        // The next start page lists all three, newest first.
        MainWindow fourth{WorkspaceRequest{}};
        QCOMPARE(fourth.startPage()->recentList()->count(), 3);
        QCOMPARE(fourth.startPage()->recentList()->item(0)->data(Qt::UserRole).toString(), third.workspace().path);
        // Opening a second workspace from a window that shows one opens another window.
        QVERIFY(first.openWorkspace({second.workspace().path, QString(), QString(), true}));
        QCOMPARE(first.otherWindows().size(), 1);
        QCOMPARE(first.workspace().path, QFileInfo(first.workspace().path).absoluteFilePath());
        QVERIFY(first.workspace().isReplay());
    }

    void aTeamWorkspaceOpensFromTheFileMenu()
    {
        // File ▸ Open team workspace: the address dialog checks what is
        // typed, a pasted postgresql:// address fills it, and Open shows the
        // shared database as a team workspace (issue 18).
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            CP_SKIP_WITHOUT_POSTGRES("Qt's PostgreSQL driver is missing (libqt6sql6-psql; .ci/setup installs it)");
        test::PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        {
            // The team's data (the demo's rows, as a live sync would have written them).
            auto db = Database::open(server.url(QStringLiteral("team")));
            QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().toString()));
            QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
            // A replay's database is refused as a team workspace ...
            auto refused = WorkspaceOpener::open({server.url(QStringLiteral("team")), QString(), QString(), true});
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("replay of demo")), qPrintable(refused.error().message));
            // ... so the rows stay and the workspace becomes the team's live one.
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE workspace SET kind = 'live', recording_source = ''")));
            db->closeThreadConnection();
        }
        QSettings().remove(QStringLiteral("last_team_workspace"));
        MainWindow window{WorkspaceRequest{}};
        window.resize(1280, 800);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("openTeamWorkspace"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<TeamWorkspaceDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *open = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        auto *why = dialog->findChild<QLabel *>(QStringLiteral("teamError"));

        // Nothing typed: Open is off and the dialog says what is missing.
        dialog->roleEdit()->clear();
        QVERIFY(!open->isEnabled());
        QVERIFY(why->text().contains(QLatin1String("server")));
        QVERIFY(dialog->url().isEmpty());
        QTest::keyClicks(dialog->hostEdit(), QStringLiteral("db example"));
        QVERIFY(why->text().contains(QLatin1String("not a server name")));
        dialog->hostEdit()->clear();
        QTest::keyClicks(dialog->hostEdit(), QStringLiteral("db.example.com"));
        QVERIFY(why->text().contains(QLatin1String("database")));
        QTest::keyClicks(dialog->databaseEdit(), QStringLiteral("shop;drop"));
        QVERIFY(why->text().contains(QLatin1String("shop;drop")));
        QVERIFY(!open->isEnabled());
        dialog->databaseEdit()->setText(QStringLiteral("shop"));
        QVERIFY(why->text().contains(QLatin1String("role")));
        QTest::keyClicks(dialog->roleEdit(), QStringLiteral("ana"));
        QVERIFY(open->isEnabled());
        QCOMPARE(dialog->url(), QStringLiteral("postgresql://ana@db.example.com:5432/shop"));

        // An address typed out (not pasted) in the server field: not refused
        // while it is typed, Open takes it as it is (its TLS settings kept),
        // and leaving the field takes it apart (seen: refused).
        dialog->hostEdit()->clear();
        dialog->roleEdit()->clear();
        QTest::keyClicks(dialog->hostEdit(), QStringLiteral("postgresql://bo@db"));
        QVERIFY2(why->text().contains(QLatin1String("Finish the address")), qPrintable(why->text()));
        QVERIFY(!open->isEnabled());
        QTest::keyClicks(dialog->hostEdit(), QStringLiteral(".example.com:6543/team?sslmode=disable"));
        QVERIFY2(why->isHidden(), qPrintable(why->text()));
        QVERIFY(open->isEnabled());
        QCOMPARE(dialog->url(), QStringLiteral("postgresql://bo@db.example.com:6543/team?sslmode=disable"));
        emit dialog->hostEdit()->editingFinished();
        QCOMPARE(dialog->hostEdit()->text(), QStringLiteral("db.example.com"));
        QCOMPARE(dialog->portEdit()->value(), 6543);
        QCOMPARE(dialog->databaseEdit()->text(), QStringLiteral("team"));
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("bo"));
        QCOMPARE(dialog->url(), QStringLiteral("postgresql://bo@db.example.com:6543/team?sslmode=disable"));

        // A pasted address fills every field.
        dialog->hostEdit()->selectAll();
        QApplication::clipboard()->setText(server.url(QStringLiteral("team")));
        QTest::keySequence(dialog->hostEdit(), QKeySequence::Paste);
        QCOMPARE(dialog->hostEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(dialog->portEdit()->value(), server.port());
        QCOMPARE(dialog->databaseEdit()->text(), QStringLiteral("team"));
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("cp"));
        QCOMPARE(dialog->url(), server.url(QStringLiteral("team")));
        screenshot(dialog, "team-workspace-dialog.png");

        // Open: the window shows the shared database as a team workspace.
        QSignalSpy shown(&window, &MainWindow::storeShown);
        open->click();
        QVERIFY(shown.wait(60000));
        QVERIFY(window.workspace().isLive());
        QCOMPARE(window.workspace().path, server.url(QStringLiteral("team")));
        QVERIFY2(window.modeLabel()->text().startsWith(QLatin1String("Team")), qPrintable(window.modeLabel()->text()));
        QVERIFY(window.windowTitle().contains(QLatin1String("Team")));
        QVERIFY2(window.banner()->text().contains(QLatin1String("Team workspace")), qPrintable(window.banner()->text()));
        QVERIFY(window.catalogPane()->model()->rowCount() > 0);   // the team's rows, read from the server
        // Remembered: the next dialog starts from this address, and the recent list names it.
        QCOMPARE(QSettings().value(QStringLiteral("last_team_workspace")).toString(), server.url(QStringLiteral("team")));
        QCOMPARE(MainWindow::recentWorkspaces().first().path, server.url(QStringLiteral("team")));
        screenshot(&window, "team-workspace.png");
        window.close();
    }

    void aReplayWindowNeverReachesTheNetwork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replay.sqlite"));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        QString workspaceId;
        {
            auto opened = WorkspaceOpener::open({path, QStringLiteral("demo"), QString(), false});
            QVERIFY(opened.ok());
            workspaceId = opened->workspace.id;
            opened->database->closeThreadConnection();
        }
        // A connection configured for this workspace (as a careless hand could have saved it).
        Connections c;
        c.platform.kind = Connection::Kind::CampaignPilotApi;
        c.platform.url = QUrl(server.baseUrl());
        c.store = c.platform;
        {
            QSettings settings;
            c.save(settings, workspaceId);
        }
        MainWindow window(path, QString());
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));
        QVERIFY(window.workspace().isReplay());
        QVERIFY(!window.connectionsAction()->isEnabled());
        QVERIFY2(window.connectionsAction()->toolTip().contains(QLatin1String("replay workspace")),
                 qPrintable(window.connectionsAction()->toolTip()));
        QVERIFY(!window.refreshLiveAction()->isEnabled());
        QVERIFY(!window.importAction()->isEnabled());
        QVERIFY(!window.refreshLive());
        window.setConnections(c);   // ignored: connections belong to live workspaces
        QTRY_VERIFY(window.dispatcher()->platform() && window.dispatcher()->platform()->name() == u"recorded");
        QVERIFY(window.networkLabel()->text().contains(QLatin1String("recorded")));

        // An approved create goes to the recorded backend; the loopback server sees nothing.
        QSignalSpy cycle(window.orchestrator(), &Orchestrator::cycleFinished);
        window.runCycleAction()->trigger();
        QVERIFY(cycle.wait(60000));
        QVERIFY(shown.wait(60000));
        qint64 create = 0;
        for (const Recommendation &r : window.queuePane()->model()->rows())
            if (r.action == Recommendation::Action::Create && !create)
                create = r.id;
        QVERIFY(create);
        QVERIFY(window.queuePane()->select(create));
        QSignalSpy sent(&window, &MainWindow::sendsFinished);
        window.queuePane()->approveAction()->trigger();
        QVERIFY(sent.wait(60000));
        QCOMPARE(window.queuePane()->model()->byId(create)->sendState, QStringLiteral("done"));
        QCOMPARE(server.seen().size(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
