// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, the marketer's cockpit, offscreen on the demo: ROAS as the trade
// reads it, the waiting-decisions badge, the operator's name asked once,
// Ctrl+Enter down the list, snooze, outcomes that survive a refresh, and
// keyboard mnemonics without clashes.
#include "agents/cycle/orchestrator.h"
#include "models/campaignmodel.h"
#include "ui/campaignspane.h"
#include "ui/decisionqueuepane.h"
#include "ui/mainwindow.h"
#include "ui/overviewpane.h"
#include "models/database.h"
#include "models/money.h"
#include "models/trend.h"
#include "ui/storesession.h"
#include "ui/theme.h"
#include "ui/auditpane.h"
#include "ui/policyform.h"
#include "ui/settingsdialog.h"
#include "ui/adcopydialog.h"
#include "ui/budgeteditdialog.h"
#include "models/decisionstore.h"
#include "models/queuestate.h"

#include <QAction>
#include <QApplication>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QAbstractSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

using namespace cp;

namespace {
int waitingIn(const DecisionQueuePane *queue)
{
    int n = 0;
    for (const Recommendation &r : queue->model()->rows())
        if (r.status == u"pending" && r.spendsOrStopsMoney() && !queue->proxy()->isSnoozed(r.id))
            ++n;
    return n;
}

QList<qint64> visibleIds(const DecisionQueuePane *queue)
{
    QList<qint64> ids;
    for (int row = 0; row < queue->proxy()->rowCount(); ++row)
        ids << queue->proxy()->index(row, 0).data(RecommendationModel::IdRole).toLongLong();
    return ids;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&' && text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i] == u'&')
            return text[i + 1].toLower();
    }
    return {};
}
} // namespace

class TestCockpit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DecisionQueuePane *queue() const { return m_window->queuePane(); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
        QSettings().remove(QStringLiteral("operator"));   // a first run: nobody has approved yet
        m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        QSignalSpy shown(m_window.get(), &MainWindow::storeShown);
        m_window->resize(1280, 720);
        m_window->show();
        // Shortcuts (Ctrl+Enter, Delete, S) reach only the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(shown.wait(60000));
        QSignalSpy cycle(m_window->orchestrator(), &Orchestrator::cycleFinished);
        m_window->runCycleAction()->trigger();
        QVERIFY(cycle.wait(60000));
        QVERIFY(shown.wait(60000));   // the queue comes from the store
        QVERIFY(waitingIn(queue()) >= 4);
    }
    void cleanupTestCase() { m_window.reset(); }

    void roasIsRevenueOverSpendAsAMultiple()
    {
        CampaignModel *model = m_window->campaignsPane()->model();
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CampaignRow &r = model->rows().at(row);
            if (!r.hasRevenue || r.spend.minor() <= 0)
                continue;
            const double roas = double(r.revenue.minor()) / double(r.spend.minor());
            QCOMPARE(model->index(row, CampaignModel::Roas).data().toString(), QLocale().toString(roas, 'f', 2) + QStringLiteral("×"));
            // A campaign that earns back less than it costs is below 1.0×, never negative.
            QVERIFY(roas >= 0);
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    // Every pause and budget change says what it is expected to change, a
    // day, with its interval and confidence: in its column, its tooltip, the
    // rationale and the inputs table; the figure is the campaign's own money.
    void eachActionShowsItsExpectedImpact()
    {
        int checked = 0;
        for (int row = 0; row < queue()->proxy()->rowCount(); ++row) {
            const qint64 id = queue()->proxy()->index(row, 0).data(RecommendationModel::IdRole).toLongLong();
            const Recommendation *r = queue()->model()->byId(id);
            if (r->action != Recommendation::Action::Pause && r->action != Recommendation::Action::SetBudget)
                continue;
            const auto impact = RecommendationModel::impactOf(*r);
            if (!impact)
                continue;   // nothing spent yet
            const double days = r->inputs.value(QStringLiteral("age_days")).toDouble();
            const auto spend = Money::parse(r->inputs.value(QStringLiteral("spend")).toString());
            const auto revenue = Money::parse(r->inputs.value(QStringLiteral("revenue")).toString());
            QVERIFY(days > 0 && spend && revenue);
            // A pause saves the spend and gives up what the campaign earns:
            // the margin on the sales it adds when the shop's sales measure
            // that (issue 16) and the uplift is one the campaign could cause,
            // else the platform's attributed revenue.
            const auto incremental = Money::parse(r->inputs.value(QStringLiteral("incremental_profit_per_day")).toString());
            const bool implausible = r->inputs.value(QStringLiteral("uplift_implausible")).toBool();
            if (r->action == Recommendation::Action::Pause && incremental && !implausible)
                QCOMPARE(impact->expected.minor(), -incremental->minor());
            else if (r->action == Recommendation::Action::Pause)
                QCOMPARE(impact->expected.minor(), std::llround(double(spend->minor() - revenue->minor()) / days));
            QVERIFY(impact->low.minor() <= impact->expected.minor() && impact->expected.minor() <= impact->high.minor());
            const QModelIndex cell = queue()->proxy()->index(row, RecommendationModel::Impact);
            QVERIFY(!cell.data().toString().isEmpty());
            QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("90 % interval")), qPrintable(cell.data(Qt::ToolTipRole).toString()));
            QVERIFY2(r->rationale.contains(QLatin1String("Expected effect on profit: ")), qPrintable(r->rationale));
            QVERIFY(queue()->select(id));
            QVERIFY(queue()->detail()->toPlainText().contains(QLatin1String("Expected impact a day")));
            // The thresholds by the policy form's words, not JSON keys ("cooldown_days").
            QVERIFY2(!queue()->detail()->toPlainText().contains(QLatin1String("min_conversions"))
                         && queue()->detail()->toPlainText().contains(QLatin1String("Conversions needed before acting")),
                     qPrintable(queue()->detail()->toPlainText()));
            ++checked;
        }
        QVERIFY2(checked >= 3, qPrintable(QStringLiteral("%1 actions with an impact").arg(checked)));
    }

    void aNoteSaysWhenOlderDecidedRecommendationsAreLeftOut()
    {
        DecisionQueuePane pane;
        auto *note = pane.findChild<QLabel *>(QStringLiteral("decidedCappedNote"));
        QVERIFY(note);
        QComboBox *status = nullptr;
        for (QComboBox *box : pane.findChildren<QComboBox *>())
            if (box->accessibleName() == u"Filter by status")
                status = box;
        QVERIFY(status);
        QCOMPARE(status->currentData().toString(), QStringLiteral("pending"));
        pane.setDecidedCapped(true);
        QVERIFY(!note->isVisibleTo(&pane));   // every pending one is listed
        status->setCurrentIndex(status->findData(QString()));   // "All"
        QVERIFY(note->isVisibleTo(&pane));
        QVERIFY(note->text().contains(QLocale().toString(QueueState::kDecidedShown)));
        if (const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !shots.isEmpty()) {
            pane.resize(1100, 420);
            pane.grab().save(shots + QStringLiteral("/queue-decided-capped.png"));
        }
        pane.setDecidedCapped(false);
        QVERIFY(!note->isVisibleTo(&pane));
    }

    void theBadgeCountsWaitingDecisions()
    {
        auto *tabs = m_window->findChild<QTabWidget *>();
        const int waiting = waitingIn(queue());
        QCOMPARE(m_window->waitingDecisions(), waiting);
        QVERIFY(tabs->tabText(tabs->indexOf(queue())).contains(QStringLiteral("(%1)").arg(waiting)));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("(%1) ").arg(waiting)));
    }

    void theOutcomeStaysAfterARefresh()
    {
        QVERIFY(m_window->lastOutcome().contains(QLatin1String("Cycle done")));
        QSignalSpy shown(m_window.get(), &MainWindow::storeShown);
        m_window->session()->refresh();
        QVERIFY(shown.wait(60000));
        QCOMPARE(m_window->statusBar()->currentMessage(), m_window->lastOutcome());
    }

    void aCopyEditBeforeTheFirstApprovalAsksTheName()
    {
        QVERIFY(!QSettings().contains(QStringLiteral("operator")));
        queue()->decisionFilter()->setCurrentIndex(queue()->decisionFilter()->findData(QStringLiteral("NEW_CAMPAIGN")));
        const QList<qint64> ids = visibleIds(queue());
        QVERIFY(!ids.isEmpty());
        QVERIFY(queue()->select(ids[0]));
        queue()->copyAction()->trigger();
        AdCopyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = queue()->findChild<AdCopyDialog *>()) != nullptr);
        dialog->headlineEdit()->setText(QStringLiteral("Baskets for the park"));
        dialog->accept();
        // Asked inline, as for an approval; nothing saved without a name.
        QTRY_VERIFY(m_window->operatorNameBar()->isVisible());
        QVERIFY(queue()->model()->byId(ids[0])->campaignName != u"Baskets for the park");
        QSignalSpy shown(m_window.get(), &MainWindow::storeShown);
        m_window->operatorNameEdit()->setText(QStringLiteral("Ana"));
        QTest::keyClick(m_window->operatorNameEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->model()->byId(ids[0])->campaignName, QStringLiteral("Baskets for the park"), 60000);
        QVERIFY(!m_window->operatorNameBar()->isVisible());
        {
            const Database db = Database::attach(m_window->workspace().path);
            DecisionStore store(db.connection());
            auto log = store.auditLog();
            QVERIFY(log.ok());
            bool named = false;
            for (const AuditEntry &e : *log)
                named = named || (e.event == u"copy_edited" && e.recommendationId == ids[0] && e.operatorName == u"Ana");
            QVERIFY(named);
            store = DecisionStore(QSqlDatabase());
            db.closeThreadConnection();
        }
        // The first approval below asks again, as on a first run; its shortcuts need the window active again.
        QSettings().remove(QStringLiteral("operator"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        queue()->decisionFilter()->setCurrentIndex(0);
    }

    void theFirstApprovalAsksTheNameOnce()
    {
        QVERIFY(!QSettings().contains(QStringLiteral("operator")));
        queue()->decisionFilter()->setCurrentIndex(queue()->decisionFilter()->findData(QStringLiteral("EMERGENCY_PAUSE")));
        const QList<qint64> ids = visibleIds(queue());
        QVERIFY(ids.size() >= 3);
        QVERIFY(queue()->select(ids[0]));
        queue()->approveAction()->trigger();
        // Asked inline; nothing approved yet.
        QVERIFY(m_window->operatorNameBar()->isVisible());
        QCOMPARE(queue()->model()->byId(ids[0])->status, QStringLiteral("pending"));
        QSignalSpy sent(m_window.get(), &MainWindow::sendsFinished);
        m_window->operatorNameEdit()->setText(QStringLiteral("Ana"));
        QTest::keyClick(m_window->operatorNameEdit(), Qt::Key_Return);
        QVERIFY(sent.wait(60000));
        QVERIFY(!m_window->operatorNameBar()->isVisible());
        QCOMPARE(queue()->model()->byId(ids[0])->status, QStringLiteral("approved"));
        QCOMPARE(queue()->model()->byId(ids[0])->decidedBy, QStringLiteral("Ana"));
        QCOMPARE(QSettings().value(QStringLiteral("operator")).toString(), QStringLiteral("Ana"));
    }

    void ctrlEnterTwiceApprovesTwoRows()
    {
        // The filter still shows the emergency pauses; the first was approved above.
        const QList<qint64> ids = visibleIds(queue());
        QVERIFY(ids.size() >= 2);
        // The operator is in the Decisions tab: its shortcuts work where it is shown.
        m_window->findChild<QTabWidget *>()->setCurrentWidget(queue());
        QTableView *view = queue()->view();
        view->setFocus();
        QVERIFY(queue()->select(ids[0]));
        QSignalSpy sent(m_window.get(), &MainWindow::sendsFinished);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sent.wait(60000));
        // The next row is selected, not only focused: a second Ctrl+Enter acts on it.
        QCOMPARE(queue()->selectedIds(), QList<qint64>{ids[1]});
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sent.wait(60000));
        QCOMPARE(queue()->model()->byId(ids[0])->status, QStringLiteral("approved"));
        QCOMPARE(queue()->model()->byId(ids[1])->status, QStringLiteral("approved"));
        QCOMPARE(queue()->model()->byId(ids[1])->decidedBy, QStringLiteral("Ana"));   // not asked again
        QVERIFY(!m_window->operatorNameBar()->isVisible());
    }

    void snoozeHidesARowUntilItsTime()
    {
        queue()->decisionFilter()->setCurrentIndex(0);
        qint64 id = 0;   // the first row that waits for a decision (one that spends or stops money)
        for (qint64 visible : visibleIds(queue()))
            if (!id && queue()->model()->byId(visible)->spendsOrStopsMoney())
                id = visible;
        QVERIFY(id);
        const int waiting = m_window->waitingDecisions();
        queue()->askSnoozeUntil = [](const QDateTime &) { return QDateTime::currentDateTimeUtc().addSecs(3600); };
        QVERIFY(queue()->select(id));
        queue()->snoozeAction()->trigger();
        QVERIFY(!visibleIds(queue()).contains(id));
        QCOMPARE(m_window->waitingDecisions(), waiting - 1);
        // Kept for this workspace.
        QVERIFY(QSettings().value(QStringLiteral("workspaces/%1/snoozed").arg(m_window->workspace().id)).toMap()
                    .contains(QString::number(id)));
        // The "Snoozed" filter shows it.
        queue()->statusFilter()->setCurrentIndex(queue()->statusFilter()->findData(QStringLiteral("snoozed")));
        QCOMPARE(visibleIds(queue()), QList<qint64>{id});
        queue()->statusFilter()->setCurrentIndex(queue()->statusFilter()->findData(QStringLiteral("pending")));
        // A later cycle (another process) judges the campaign the same way:
        // its new row supersedes the snoozed one and stays snoozed with it.
        Recommendation again = *queue()->model()->byId(id);
        again.id = 0;
        again.cycleId = QStringLiteral("a-later-cycle");
        again.createdAt = QDateTime::currentDateTimeUtc();
        const QString path = m_window->workspace().path;
        qint64 againId = 0;
        QThread *other = QThread::create([path, again, &againId] {
            const Database db = Database::attach(path);
            {
                DecisionStore store(db.connection());
                auto added = store.add({again});
                againId = added && !added->isEmpty() ? added->first().id : -1;
            }
            db.closeThreadConnection();
        });
        other->start();
        QVERIFY(other->wait(30000));
        delete other;
        QVERIFY(againId > id);
        QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->byId(againId) != nullptr, 30000);
        QCOMPARE(queue()->model()->byId(id)->status, QStringLiteral("superseded"));
        QVERIFY(!visibleIds(queue()).contains(againId));
        QCOMPARE(m_window->waitingDecisions(), waiting - 1);
        // "Snoozed" lists what is hidden: the new row, not the superseded one
        // (a walkthrough saw both); "All" shows it.
        queue()->statusFilter()->setCurrentIndex(queue()->statusFilter()->findData(QStringLiteral("snoozed")));
        QCOMPARE(visibleIds(queue()), QList<qint64>{againId});
        queue()->statusFilter()->setCurrentIndex(queue()->statusFilter()->findData(QString()));
        QVERIFY(visibleIds(queue()).contains(againId));
        QVERIFY(visibleIds(queue()).contains(id));
        queue()->statusFilter()->setCurrentIndex(queue()->statusFilter()->findData(QStringLiteral("pending")));
        QVERIFY(!visibleIds(queue()).contains(againId));
        // Two hours later it is back, and counted again.
        qputenv("CP_NOW_OFFSET_SECONDS", "7200");
        queue()->recheckSnoozes();
        qunsetenv("CP_NOW_OFFSET_SECONDS");
        QVERIFY(visibleIds(queue()).contains(againId));
        QCOMPARE(m_window->waitingDecisions(), waiting);
    }

    void eachRowShowsItsCampaignsLast14Days()
    {
        // The sparkline's figures are the store's: each day of the campaign's
        // last 14 (ending on the demo's last day), revenue in minor units.
        const Database db = Database::attach(m_dir.filePath(QStringLiteral("s.sqlite")));
        QSqlQuery last(db.connection());
        QVERIFY(last.exec(QStringLiteral("SELECT MAX(day) FROM product_days")) && last.next());
        const QDate to = QDate::fromString(last.value(0).toString(), Qt::ISODate);
        int checked = 0;
        for (int row = 0; row < queue()->proxy()->rowCount(); ++row) {
            const qint64 id = queue()->proxy()->index(row, 0).data(RecommendationModel::IdRole).toLongLong();
            const Recommendation *r = queue()->model()->byId(id);
            if (r->campaignId.isEmpty())
                continue;
            const QVariant v = queue()->proxy()->index(row, RecommendationModel::Trend).data(RecommendationModel::TrendRole);
            QVERIFY(v.canConvert<Trend>());
            const Trend t = v.value<Trend>();
            QCOMPARE(t.to, to);
            QCOMPARE(t.values.size(), Trends::kDays);
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT day, revenue_minor, conversions FROM campaign_days WHERE campaign_id = ? AND day > ? AND day <= ?"));
            q.addBindValue(r->campaignId);
            q.addBindValue(to.addDays(-Trends::kDays).toString(Qt::ISODate));
            q.addBindValue(to.toString(Qt::ISODate));
            QVERIFY(q.exec());
            QList<qint64> expected(Trends::kDays, 0);
            while (q.next()) {
                const qsizetype i = t.from.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate));
                expected[i] = t.measure == Trend::Measure::Revenue ? q.value(1).toLongLong() : q.value(2).toLongLong();
            }
            QCOMPARE(t.values, expected);
            QVERIFY(!queue()->proxy()->index(row, RecommendationModel::Trend).data(Qt::ToolTipRole).toString().isEmpty());
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void kpiCardsAreTheStoresSumsForEachPreset()
    {
        OverviewPane *overview = m_window->overviewPane();
        const Database db = Database::attach(m_dir.filePath(QStringLiteral("s.sqlite")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(day) FROM campaign_days")) && q.next());
        const QDate last = QDate::fromString(q.value(0).toString(), Qt::ISODate);   // the demo's last day
        auto sums = [&](QDate from, QDate to) {
            QSqlQuery s(db.connection());
            s.prepare(QStringLiteral("SELECT COALESCE(SUM(spend_minor),0), COALESCE(SUM(revenue_minor),0) FROM campaign_days "
                                     "WHERE day >= ? AND day <= ?"));
            s.addBindValue(from.toString(Qt::ISODate));
            s.addBindValue(to.toString(Qt::ISODate));
            return s.exec() && s.next() ? std::pair(s.value(0).toLongLong(), s.value(1).toLongLong()) : std::pair(-1LL, -1LL);
        };
        const struct { KpiPreset preset; QDate from; } presets[] = {
            {KpiPreset::Last7Days, last.addDays(-6)},
            {KpiPreset::Last14Days, last.addDays(-13)},
            {KpiPreset::Last30Days, last.addDays(-29)},
            {KpiPreset::ThisMonth, QDate(last.year(), last.month(), 1)},
        };
        for (const auto &p : presets) {
            overview->setPreset(p.preset);
            // The sums are computed off the GUI thread; an update of an earlier preset may still arrive first.
            QTRY_COMPARE_WITH_TIMEOUT(overview->report().current.from, p.from, 30000);
            const KpiReport &r = overview->report();
            QCOMPARE(r.current.from, p.from);
            QCOMPARE(r.current.to, last);
            const auto [spend, revenue] = sums(r.current.from, r.current.to);
            QCOMPARE(r.now.spendMinor, spend);
            QCOMPARE(r.now.revenueMinor, revenue);
            QVERIFY(spend > 0);
            QCOMPARE(overview->cardValue(QStringLiteral("spend")), formatMoney(Money::fromMinor(spend), QStringLiteral("GBP")));
            QCOMPARE(overview->cardValue(QStringLiteral("profit")), formatMoney(Money::fromMinor(revenue - spend), QStringLiteral("GBP")));
            QCOMPARE(overview->cardValue(QStringLiteral("roas")),
                     QLocale().toString(double(revenue) / double(spend), 'f', 2) + QStringLiteral("×"));
            // The comparison is the period of equal length just before.
            QCOMPARE(r.previous.to, r.current.from.addDays(-1));
            QCOMPARE(r.previous.from.daysTo(r.previous.to), r.current.from.daysTo(r.current.to));
            const auto [spendBefore, revenueBefore] = sums(r.previous.from, r.previous.to);
            QCOMPARE(r.before.spendMinor, spendBefore);
            QCOMPARE(r.before.revenueMinor, revenueBefore);
        }
        QCOMPARE(overview->cardValue(QStringLiteral("waiting")), QLocale().toString(m_window->waitingDecisions()));
        // A range after the newest figures (a live workspace holding last
        // year's import, counted back from today) says where they are
        // instead of showing 0.00 beside urgent pauses.
        const QList<QLabel *> note = overview->findChildren<QLabel *>();
        overview->setCustomRange(last.addDays(30), last.addDays(36));
        QTRY_COMPARE_WITH_TIMEOUT(overview->report().current.from, last.addDays(30), 30000);
        bool said = false;
        for (QLabel *l : note)
            said |= l->text().contains(QStringLiteral("No campaign figures in this range: the newest are of %1")
                                           .arg(QLocale().toString(last, QLocale::LongFormat)));
        QVERIFY(said);
        // A custom range the wrong way round is refused with a message, not summed.
        overview->setCustomRange(last, last.addDays(-3));
        QTRY_COMPARE_WITH_TIMEOUT(overview->cardValue(QStringLiteral("spend")), QStringLiteral("—"), 30000);
    }

    void everyPaneFitsAndIsShotLightAndDark()
    {
        // At 1280x720 and 1920x1080 no header of any table is cut (each
        // section at least as wide as its title needs), in light and dark; the
        // README's pictures of each pane come from here (CP_SCREENSHOT_DIR).
        auto *tabs = m_window->findChild<QTabWidget *>();
        QVERIFY(tabs);
        const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        OverviewPane *overview = m_window->overviewPane();
        overview->setPreset(KpiPreset::Last30Days);
        QTRY_VERIFY_WITH_TIMEOUT(overview->report().current.from.daysTo(overview->report().current.to) == 29, 30000);
        const struct { int w, h; } sizes[] = {{1280, 720}, {1920, 1080}};
        for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            Theme::apply(mode);
            for (const auto &size : sizes) {
                m_window->resize(size.w, size.h);
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    QCoreApplication::processEvents();
                    for (QTableView *view : tabs->widget(t)->findChildren<QTableView *>()) {
                        if (!view->isVisible())
                            continue;
                        QHeaderView *h = view->horizontalHeader();
                        for (int c = 0; c < h->count(); ++c) {
                            if (h->isSectionHidden(c))
                                continue;
                            const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
                            const int needs = view->fontMetrics().horizontalAdvance(title) + 8;
                            const bool last = c == h->count() - 1 && h->stretchLastSection();
                            QVERIFY2(h->sectionSize(c) >= needs || last,
                                     qPrintable(QStringLiteral("%1 × %2, tab %3: column \"%4\" is %5 px, its title needs %6")
                                                    .arg(size.w).arg(size.h).arg(tabs->tabText(t), title)
                                                    .arg(h->sectionSize(c)).arg(needs)));
                            // Nor the cells shown (sizeHintForColumn measures the rows in view).
                            QVERIFY2(last || h->sectionSize(c) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                                     qPrintable(QStringLiteral("%1 × %2, %3, tab %4: cells of column \"%5\" need %6 px, it is %7")
                                                    .arg(size.w).arg(size.h).arg(Theme::key(mode), tabs->tabText(t), title)
                                                    .arg(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c)).arg(h->sectionSize(c))));
                        }
                    }
                    // Every toolbar action in reach, none behind the » menu.
                    for (QToolBar *bar : tabs->widget(t)->findChildren<QToolBar *>()) {
                        if (!bar->isVisible())
                            continue;
                        for (QAction *a : bar->actions()) {
                            QWidget *button = bar->widgetForAction(a);
                            QVERIFY2(button && button->isVisible(),
                                     qPrintable(QStringLiteral("%1 × %2, tab %3: \"%4\" is behind the toolbar's » menu")
                                                    .arg(size.w).arg(size.h).arg(tabs->tabText(t), a->text())));
                        }
                    }
                    if (!shots.isEmpty() && size.w == 1280) {
                        const QString name = tabs->widget(t)->objectName().isEmpty() ? QString::number(t) : tabs->widget(t)->objectName();
                        m_window->grab().save(QStringLiteral("%1/pane-%2-%3.png").arg(shots, name, Theme::key(mode)));
                    }
                }
            }
        }
        Theme::apply(Theme::Mode::Light);
        m_window->resize(1280, 720);
    }

    void everyControlHasAnAccessibleName()
    {
        // A screen reader names every control: its own accessible name, its
        // text (buttons), or the label that is its buddy.
        QSet<const QWidget *> labelled;
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue;   // the parts of a compound control (a combo box's list, a spin box's edit)
            if (w->window() != m_window.get())
                continue;   // a popup of its own (a combo box's list)
            if (w->inherits("QToolBarExtension") || w->inherits("QTabBar") || w->inherits("QHeaderView")
                || w->objectName().startsWith(QLatin1String("qt_")))   // Qt's own parts (the menu bar's overflow button)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (!w->accessibleName().isEmpty() || labelled.contains(w) || (button && !button->text().remove(u'&').trimmed().isEmpty()))
                continue;
            if (const auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction() && !tool->defaultAction()->text().isEmpty())
                continue;
            unnamed << QStringLiteral("%1 \"%2\" in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void settingsRefuseABadPolicyAndSaveAGoodOneAsTheNextVersion()
    {
        const int version = m_window->orchestrator()->policy().version;
        SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(dialog && dialog->isVisible());
        // JSON under Advanced with a value out of range: Save is refused, the field named, nothing kept.
        dialog->tabs()->setCurrentIndex(dialog->tabs()->count() - 1);
        QByteArray json = dialog->policyJson()->toPlainText().toUtf8();
        json.replace("\"min_days_of_data\": 3", "\"min_days_of_data\": -3");
        QVERIFY(json.contains("-3"));
        dialog->policyJson()->setPlainText(QString::fromUtf8(json));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(QLatin1String("min_days_of_data")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("settingsError"))->text()));
        QCOMPARE(m_window->orchestrator()->policy().version, version);
        // Back in the form, one field changed: saved as the next version, the diff said what changed.
        dialog->policyJson()->setPlainText(QString::fromUtf8(m_window->orchestrator()->policy().toJson()));
        dialog->tabs()->setCurrentWidget(dialog->policyForm());
        auto *stock = qobject_cast<QSpinBox *>(dialog->policyForm()->editor(QStringLiteral("min_stock")));
        QVERIFY(stock);
        stock->setValue(stock->value() + 5);
        QVERIFY(!dialog->policyForm()->changes().isEmpty());
        buttons->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!dialog->isVisible());
        // In effect once stored (the refresh after the save reads it).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->orchestrator()->policy().version, version + 1, 30000);
        QCOMPARE(m_window->orchestrator()->policy().minStock, Policy{}.minStock + 5);
        const Database db = Database::attach(m_dir.filePath(QStringLiteral("s.sqlite")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM policy_versions WHERE version = %1").arg(version + 1)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'policy' AND details LIKE 'version %1 %'").arg(version + 1))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aPolicyTheStoreRefusesIsNeitherInEffectNorAudited()
    {
        // The store refuses the new version (as a team member who is not an
        // admin is refused): "Policy not saved", the policy in effect stays,
        // no audit entry. Before, the window put the new policy in effect
        // before it was saved.
        const Policy before = m_window->orchestrator()->policy();
        const Database db = Database::attach(m_dir.filePath(QStringLiteral("s.sqlite")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
        const int entries = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER test_refuse_policy BEFORE INSERT ON policy_versions "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(dialog && dialog->isVisible());
        auto *stock = qobject_cast<QSpinBox *>(dialog->policyForm()->editor(QStringLiteral("min_stock")));
        QVERIFY(stock);
        stock->setValue(stock->value() + 7);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        // Not in effect while the store has not said yes (a cycle starting
        // now runs the policy stored).
        QCOMPARE(m_window->orchestrator()->policy().version, before.version);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOutcome().contains(QLatin1String("Policy not saved")), 30000);
        QVERIFY2(m_window->lastOutcome().contains(QLatin1String("refused by the test")), qPrintable(m_window->lastOutcome()));
        QCOMPARE(m_window->orchestrator()->policy().version, before.version);
        QCOMPARE(m_window->orchestrator()->policy().minStock, before.minStock);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), entries);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER test_refuse_policy")));
    }

    void theAuditLogFiltersAndExportsWhatItShows()
    {
        AuditPane *audit = m_window->auditPane();
        QVERIFY(audit->model()->rowCount() >= 3);   // approvals and the policy change above
        audit->filter()->setText(QStringLiteral("Ana"));
        const int shown = audit->proxy()->rowCount();
        QVERIFY(shown >= 1 && shown < audit->model()->rowCount());
        for (int r = 0; r < shown; ++r) {
            bool mentions = false;
            for (int c = 0; c < audit->proxy()->columnCount(); ++c)
                mentions = mentions || audit->proxy()->index(r, c).data().toString().contains(QLatin1String("Ana"), Qt::CaseInsensitive);
            QVERIFY(mentions);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy exported(audit, &AuditPane::exported);
        QVERIFY(audit->exportTo(path));
        QVERIFY(exported.wait(30000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, audit->csv());
        QCOMPARE(bytes.count('\n'), shown + 1);   // the header and what the filter shows
        // The time as stored, in UTC: a spreadsheet sorts it (it was the
        // window's short local format, without seconds or zone).
        const QString firstTime = QString::fromUtf8(bytes.split('\n').at(1).split(',').first());
        const QDateTime when = QDateTime::fromString(firstTime, Qt::ISODateWithMs);
        QVERIFY2(when.isValid() && when.timeSpec() == Qt::UTC && firstTime.endsWith(QLatin1Char('Z')), qPrintable(firstTime));
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);
        QVERIFY(exported.first().first().toString().contains(QString::number(shown)));
        audit->filter()->clear();
    }

    void anEditedBudgetIsReadAsTypedAndATypoKeepsTheDialogOpen()
    {
        // A walkthrough typed "3,50" in German: the dialog closed with
        // "not an amount" and what was typed was lost.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Recommendation r;
        r.id = 7;
        r.title = QStringLiteral("Raise the budget of Tea");
        r.action = Recommendation::Action::SetBudget;
        r.previousBudget = Money::fromMinor(20'00);
        r.proposedBudget = Money::fromMinor(22'00);
        Policy policy;
        policy.maxDailyBudget = Money::fromMinor(500'00);
        policy.maxBudgetChangePct = 50;
        {
            BudgetEditDialog dialog(r, policy, QStringLiteral("EUR"));
            auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("22,00"));   // the locale's way
            QVERIFY(!ok->isEnabled());   // the proposal unchanged is nothing to edit
            dialog.amountEdit()->setText(QStringLiteral("24,50"));
            QVERIFY(ok->isEnabled());
            QCOMPARE(dialog.budget()->minor(), 24'50);
            QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("budgetReads"))->text().contains(QStringLiteral("24,50")),
                     qPrintable(dialog.findChild<QLabel *>(QStringLiteral("budgetReads"))->text()));
            dialog.amountEdit()->setText(QStringLiteral("3,50"));   // 82.5 % less: the guardrail says so, the dialog stays
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog.budget());
            QVERIFY2(dialog.problem().contains(QStringLiteral("50")), qPrintable(dialog.problem()));
            dialog.amountEdit()->setText(QStringLiteral("2.500"));   // reads two ways here
            QVERIFY(!ok->isEnabled());
            QVERIFY2(dialog.problem().contains(QStringLiteral("2500")), qPrintable(dialog.problem()));
            dialog.amountEdit()->setText(QStringLiteral("zwanzig"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog.problem().isEmpty());
            dialog.amountEdit()->setText(QStringLiteral("600"));   // above the policy's most a day
            QVERIFY(!ok->isEnabled());
            QVERIFY2(dialog.problem().contains(QStringLiteral("500")), qPrintable(dialog.problem()));
            ok->click();   // disabled: nothing happens
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.voidsApproval().isEmpty());
        }
        {
            // Shown, a longer message is not cut: the dialog grows to hold it
            // (a walkthrough saw a three-line guardrail lose its last line).
            BudgetEditDialog shown(r, policy, QStringLiteral("EUR"));
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            auto *reads = shown.findChild<QLabel *>(QStringLiteral("budgetReads"));
            shown.amountEdit()->setText(QStringLiteral("24,50"));
            const int oneLine = reads->height();
            shown.amountEdit()->setText(QStringLiteral("3,50"));
            QTRY_VERIFY(reads->height() >= reads->heightForWidth(reads->width()));
            QVERIFY(reads->heightForWidth(reads->width()) > oneLine);   // the guardrail's sentence took more lines
            QVERIFY(shown.rect().contains(reads->geometry()));
        }
        r.approvedBy = {QStringLiteral("ana")};
        BudgetEditDialog half(r, policy, QStringLiteral("EUR"));
        half.amountEdit()->setText(QStringLiteral("3,50"));
        if (const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !shots.isEmpty()) {
            half.show();
            QVERIFY(QTest::qWaitForWindowExposed(&half));
            QVERIFY(half.grab().save(QDir(shots).filePath(QStringLiteral("edit-budget.png"))));
        }
        QLocale::setDefault(before);
        QVERIFY2(half.voidsApproval().contains(QStringLiteral("ana")), qPrintable(half.voidsApproval()));
        QVERIFY(!half.findChild<QLabel *>(QStringLiteral("budgetVoidsApproval"))->isHidden());
    }

    void theLogIsVerifiedAndAChangedEntryIsNamed()
    {
        // A walkthrough: the Audit log tab gave no hint that an entry had
        // been changed by hand (only `audit verify` on the command line did).
        AuditPane *audit = m_window->auditPane();
        // QTRY_ evaluates its expression again after it holds: started once
        // per phase (`started` reset before each), not again while it runs.
        bool started = false;
        const auto verify = [&] { return started || (started = m_window->verifyAuditLog()); };
        QTRY_VERIFY_WITH_TIMEOUT(verify(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(audit->verification()->text().contains(QLatin1String("intact")), 30000);
        QVERIFY(!audit->verification()->isHidden());

        // A hand edit in the file, past the trigger that refuses it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("s.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 10000")));
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")) && q.next());
            const QString trigger = q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT id, details FROM audit_log ORDER BY id LIMIT 1 OFFSET 1")) && q.next());
            const qint64 id = q.value(0).toLongLong();
            const QString details = q.value(1).toString();
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = details || ' (edited)' WHERE id = %1").arg(id)));
            started = false;
            QTRY_VERIFY_WITH_TIMEOUT(verify(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(audit->verification()->text().contains(QLatin1String("does not match")), 30000);
            QVERIFY2(audit->verification()->text().contains(QStringLiteral("Entry %1 ").arg(id)), qPrintable(audit->verification()->text()));
            // Put back as it was, for the tests after this one.
            q.prepare(QStringLiteral("UPDATE audit_log SET details = ? WHERE id = ?"));
            q.addBindValue(details);
            q.addBindValue(id);
            QVERIFY(q.exec());
            QVERIFY(q.exec(trigger));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        started = false;
        QTRY_VERIFY_WITH_TIMEOUT(verify(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(audit->verification()->text().contains(QLatin1String("intact")), 30000);
    }

    void ctrlShiftEscStopsAndResumesAndAStoppedCycleSaysWhy()
    {
        // A walkthrough: Ctrl+Shift+Esc did nothing (the button's shortcut
        // was lost when its text changed), and Run cycle while stopped did
        // nothing without a word.
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("emergencyStop"));
        QVERIFY(button);
        QVERIFY(button->text().contains(QLatin1String("EMERGENCY STOP")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key_Escape, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QLatin1String("STOPPED")), 30000);
        m_window->runCycleAction()->trigger();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("emergency stop")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key_Escape, Qt::ControlModifier | Qt::ShiftModifier);   // CP_NO_MODAL: resumes without asking
        QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QLatin1String("EMERGENCY STOP")), 30000);
    }

    void thePolicyFormNamesItsFieldsAndReadsAmountsAsTyped()
    {
        // A walkthrough in German: the form's money fields refused "5,00"
        // and its errors named JSON keys ("field "max_daily_budget"").
        SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(dialog);
        dialog->tabs()->setCurrentWidget(dialog->policyForm());
        auto *maxBudget = qobject_cast<QLineEdit *>(dialog->policyForm()->editor(QStringLiteral("max_daily_budget")));
        QVERIFY(maxBudget);
        maxBudget->setText(QStringLiteral("abc"));
        const auto bad = dialog->policyForm()->policy();
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("Daily budget, at most")) && !bad.error().message.contains(QLatin1String("max_daily_budget")),
                 qPrintable(bad.error().message));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        maxBudget->setText(QStringLiteral("250,00"));
        const auto good = dialog->policyForm()->policy();
        QLocale::setDefault(before);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().toString()));
        QCOMPARE(good->maxDailyBudget.minor(), qint64(250'00));
        // The wheel over a spin box not clicked scrolls the form; it changed
        // a threshold (15 → 3 %) while a walkthrough scrolled down.
        auto *spin = qobject_cast<QAbstractSpinBox *>(dialog->policyForm()->editor(QStringLiteral("min_stock")));
        QVERIFY(spin);
        const QString shown = spin->text();
        QVERIFY(!spin->hasFocus());
        const QPointF at(spin->width() / 2.0, spin->height() / 2.0);
        QWheelEvent down(at, spin->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(spin, &down);
        QCOMPARE(spin->text(), shown);
        spin->setFocus();   // clicked into: the wheel is its own
        QTRY_VERIFY(spin->hasFocus());
        QWheelEvent again(at, spin->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(spin, &again);
        QVERIFY(spin->text() != shown);
        dialog->reject();
    }

    void mnemonicsDoNotClash()
    {
        QHash<QChar, QString> seen;
        QStringList texts;
        for (QAction *a : m_window->menuBar()->actions())
            texts << a->text();
        auto *tabs = m_window->findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
        for (const QString &t : texts) {
            const QChar m = mnemonic(t);
            if (m.isNull())
                continue;
            QVERIFY2(!seen.contains(m), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(m, seen.value(m), t)));
            seen.insert(m, t);
        }
        QVERIFY(seen.size() >= 8);
    }

    void aCycleElsewhereShowsInTheQueue()
    {
        // `campaign-pilot cycle` in a terminal writes to the same workspace
        // through a connection of its own: the window notices the store's
        // files change and reads them again, without being asked.
        queue()->decisionFilter()->setCurrentIndex(0);
        queue()->statusFilter()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isBusy(), 60000);
        Recommendation r;
        r.cycleId = QStringLiteral("elsewhere");
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.expiresAt = r.createdAt.addDays(1);
        r.agent = QStringLiteral("manager");
        r.decision = QStringLiteral("MONITOR");
        r.title = QStringLiteral("Written by another process");
        r.rationale = QStringLiteral("A cycle run elsewhere.");
        const QString path = m_window->workspace().path;
        QVERIFY(!path.isEmpty());
        // Another thread stands for the other process: a connection of its own.
        bool added = false;
        QThread *other = QThread::create([path, r, &added] {
            const Database db = Database::attach(path);
            {
                DecisionStore store(db.connection());
                added = store.add({r}).ok();
            }
            db.closeThreadConnection();
        });
        other->start();
        QVERIFY(other->wait(30000));
        delete other;
        QVERIFY(added);
        auto shows = [this] {
            for (const Recommendation &x : queue()->model()->rows())
                if (x.title == u"Written by another process")
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shows(), 30000);
    }
};

QTEST_MAIN(TestCockpit)
#include "tst_cockpit.moc"
