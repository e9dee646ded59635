// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "models/auditchain.h"
#include "agents/rules/rules.h"

#include "campaignspane.h"
#include "catalogpane.h"
#include "charts/chartspane.h"
#include "decisionqueuepane.h"
#include "simulationpane.h"
#include "importdialog.h"
#include "models/money.h"
#include "connectionsdialog.h"
#include "livelink.h"

#include "agents/approval.h"
#include "agents/backend/recordedbackend.h"
#include "agents/backend/remoteplatform.h"
#include "agents/import/recording.h"
#include "agents/live/credentials.h"
#include "agents/live/livesync.h"
#include "agents/snoozes.h"
#include "agents/tools/httpclient.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/liveevidence.h"
#include "agents/cycle/orchestrator.h"
#include "agents/dispatcher.h"
#include "models/auditmodel.h"
#include "models/clock.h"
#include "models/csvwriter.h"
#include "models/queuelistener.h"
#include "overviewpane.h"
#include "policyform.h"
#include "policyproposalbar.h"
#include "settingsdialog.h"
#include "teamidentitylabel.h"
#include "teamlogindialog.h"
#include "teamworkspacedialog.h"
#include "auditpane.h"
#include "theme.h"

#include <algorithm>
#include <QLocale>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>
#include <QFontDatabase>
#include <QInputDialog>
#include <QStackedWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QTimer>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp {

namespace {
// Plain words for the manifest's modelled keys.
QString modelledName(const QString &key)
{
    if (key == u"products.category") return MainWindow::tr("categories");
    if (key == u"products.stock" || key == u"product_days.stock") return MainWindow::tr("stock");
    if (key == u"product_days.page_views") return MainWindow::tr("page views");
    if (key == u"campaigns") return MainWindow::tr("campaigns");
    if (key == u"campaign_days") return MainWindow::tr("daily campaign figures");
    if (key == u"uplift") return MainWindow::tr("the sales uplift of ads");
    return key;
}
} // namespace

MainWindow::MainWindow(const QString &databasePath, const QString &recording, QWidget *parent)
    : MainWindow(WorkspaceRequest{databasePath, recording, QString(), false}, parent)
{
}

MainWindow::MainWindow(const WorkspaceRequest &request, QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_start(new StartPage(this)),
      m_tabs(new QTabWidget(this)), m_catalog(new CatalogPane(this)), m_campaigns(new CampaignsPane(this)),
      m_banner(new QLabel(this)), m_modeLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_queue(new DecisionQueuePane(this)), m_proposalBar(new PolicyProposalBar(this)), m_charts(new ChartsPane(this)), m_simulation(new SimulationPane(this)), m_audit(new AuditPane(this)),
      m_nameBar(new QWidget(this)), m_overview(new OverviewPane(this))
{
    setWindowTitle(tr("Campaign Pilot"));
    resize(1280, 800);

    m_banner->setObjectName(QStringLiteral("recordingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setText(tr("Opening the store…"));

    // Mnemonics: one letter each across the menus (File, Agents, Help) and the
    // tabs; Ctrl+1…6 switch tabs too.
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_catalog, tr("&Catalog"));
    m_tabs->addTab(m_campaigns, tr("Ca&mpaigns"));
    m_tabs->addTab(m_queue, tr("&Decisions"));
    m_tabs->addTab(m_charts, tr("Cha&rts"));
    m_tabs->addTab(m_simulation, tr("&Simulation"));
    connect(m_audit, &AuditPane::exported, this, &MainWindow::announce);
    connect(m_audit, &AuditPane::exportFailed, this, [this](const QString &why) { QMessageBox::warning(this, tr("Export"), why); });
    connect(m_audit, &AuditPane::verifyRequested, this, &MainWindow::verifyAuditLog);
    m_tabs->addTab(m_audit, tr("Aud&it log"));
    // Names for the panes (tests and screenshots find them by these).
    m_overview->setObjectName(QStringLiteral("overview"));
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_queue->setObjectName(QStringLiteral("decisions"));
    m_charts->setObjectName(QStringLiteral("charts"));
    m_simulation->setObjectName(QStringLiteral("simulation"));
    m_audit->setObjectName(QStringLiteral("audit"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(go);
    }
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bannerEdge = new QWidget(central);
    m_bannerEdge->setObjectName(QStringLiteral("bannerEdge"));
    m_bannerEdge->setFixedWidth(6);
    m_bannerEdge->setAutoFillBackground(true);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->setSpacing(0);
    bannerRow->addWidget(m_bannerEdge);
    bannerRow->addWidget(m_banner, 1);
    layout->addLayout(bannerRow);
    layout->addWidget(m_nameBar);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_start);
    m_stack->addWidget(central);
    setCentralWidget(m_stack);
    m_start->setRecent(recentWorkspaces());
    connect(m_start, &StartPage::exploreDemoRequested, this, [this] { openWorkspace({QString(), QStringLiteral("demo"), QString(), false}); });
    connect(m_start, &StartPage::connectRequested, this, [this] {
        m_afterOpen = AfterOpen::Connections;
        newLiveWorkspace(tr("My shop"));
    });
    connect(m_start, &StartPage::importRequested, this, [this] {
        m_afterOpen = AfterOpen::Import;
        newLiveWorkspace(tr("Imported data"));
    });
    connect(m_start, &StartPage::openRequested, this, [this](const QString &path) { openWorkspace({path, QString(), QString(), true}); });

    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_netLabel = new QLabel(this);
    m_netLabel->setObjectName(QStringLiteral("networkLabel"));
    statusBar()->addPermanentWidget(m_netLabel);
    m_live = new LiveLink(this);
    connect(m_live, &LiveLink::message, statusBar(), &QStatusBar::showMessage);
    connect(m_live, &LiveLink::sendsLabelChanged, this, [this](const QString &text, const QString &toolTip) {
        if (!text.isEmpty())
            m_netLabel->setText(text);
        m_netLabel->setToolTip(toolTip);
    });
    connect(m_live, &LiveLink::platformInstalled, this, [this](std::shared_ptr<AdPlatform> platform, const QString &why) {
        if (platform)
            m_queue->setPlatformLimits([platform](Recommendation::Action a) { return platform->unsupportedReason(a); });
        else if (Database::isPostgresUrl(m_workspace.path))
            // A team's approvals wait in the shared outbox for whoever sends
            // (the station, an admin's window): an operator, who may not open
            // Connections, was told to connect a platform there, while
            // `queue approve` approved the same items.
            m_queue->setPlatformLimits([](Recommendation::Action) { return QString(); });
        else
            m_queue->setPlatformLimits([why](Recommendation::Action) { return why; });
        m_queue->setPlatform(platform, !m_workspace.isReplay());
    });
    connect(m_live, &LiveLink::languageModelChanged, this, [this](std::optional<ModelEndpoint> model, const QString &why) {
        m_languageModel = model;
        if (m_orchestrator)
            m_orchestrator->setLanguageModel(model);
        m_queue->setLanguageModel(model);
        if (!model && !why.isEmpty() && m_live->connections().model.isSet())
            statusBar()->showMessage(tr("Language model off: %1").arg(why), 15000);
    });
    // A passing note (10 s) gives way to the last outcome again, not to nothing.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_busy && !m_lastOutcome.isEmpty())
            statusBar()->showMessage(m_lastOutcome);
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_modeLabel);
    m_identity = new TeamIdentityLabel(this);
    statusBar()->addPermanentWidget(m_identity);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });

    createActions();

    connect(m_queue, &DecisionQueuePane::approveRequested, this, &MainWindow::approve);
    connect(m_queue, &DecisionQueuePane::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_overview, &OverviewPane::decisionsRequested, this, [this] { m_tabs->setCurrentWidget(m_queue); });
    connect(m_queue, &DecisionQueuePane::preflightRefused, this, [this](int refused) {
        announce(tr("%n pending action(s) refused by the ad platform's dry run: see Decisions", nullptr, refused));
    });
    connect(m_queue, &DecisionQueuePane::snoozedChanged, this, [this](const QHash<qint64, QDateTime> &snoozed) {
        // Added to what is stored, so that a snooze `campaign-pilot queue
        // snooze` made meanwhile is kept (and shown) rather than overwritten.
        const QHash<qint64, QDateTime> merged = Snoozes::merge(m_workspace.id, snoozed, m_queue->model()->rows());
        if (merged.size() != snoozed.size())
            m_queue->setSnoozed(merged);
        updateBadge();
    });
    // The operator's name, asked inline at the first approval and kept (Settings changes it).
    auto *nameLayout = new QHBoxLayout(m_nameBar);
    auto *nameLabel = new QLabel(tr("Your name for the audit log (asked once; Settings changes it):"), m_nameBar);
    m_nameEdit = new QLineEdit(qEnvironmentVariable("USER"), m_nameBar);
    m_nameEdit->setObjectName(QStringLiteral("operatorNameEdit"));
    m_nameEdit->setAccessibleName(tr("Operator name"));
    nameLabel->setBuddy(m_nameEdit);
    auto *nameOk = m_nameOk = new QPushButton(tr("Save and approve"), m_nameBar);
    auto *nameCancel = new QPushButton(tr("Cancel"), m_nameBar);
    nameLayout->addWidget(nameLabel);
    nameLayout->addWidget(m_nameEdit, 1);
    nameLayout->addWidget(nameOk);
    nameLayout->addWidget(nameCancel);
    m_nameBar->setObjectName(QStringLiteral("operatorNameBar"));
    m_nameBar->hide();
    auto submitName = [this] {
        const QString name = m_nameEdit->text().trimmed();
        if (name.isEmpty()) {
            m_nameEdit->setPlaceholderText(tr("a name is needed: it goes into the audit log"));
            return;
        }
        QSettings().setValue(QStringLiteral("operator"), name);
        m_nameBar->hide();
        if (auto edit = std::exchange(m_editWaitingForName, {}))
            return edit(name);
        approve(std::exchange(m_approvalWaitingForName, {}));
    };
    connect(nameOk, &QPushButton::clicked, this, submitName);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, submitName);
    connect(nameCancel, &QPushButton::clicked, this, [this] {
        m_approvalWaitingForName.clear();
        m_editWaitingForName = {};
        m_nameBar->hide();
    });
    // The queue carries out its own actions; the window lends it the store
    // (off the GUI thread), the operator's name and the policy in effect.
    m_queue->setDesk({[this](DecisionQueuePane::Work work, bool thenSend, const QList<qint64> &touched) {
                          decide(std::move(work), thenSend, touched);
                      },
                      [this] { return operatorName(); },
                      [this] { return m_orchestrator ? m_orchestrator->policy() : Policy{}; },
                      // A copy edit before the first approval asks the name as the approval would: the audit log names who.
                      [this](std::function<void(const QString &)> then) { withOperatorName(std::move(then), tr("Save the ad copy")); }});
    // The learning loop's proposal sits on top of the queue (agents/cycle/learning.h).
    if (auto *queueLayout = qobject_cast<QVBoxLayout *>(m_queue->layout()))
        queueLayout->insertWidget(0, m_proposalBar);
    connect(m_proposalBar, &PolicyProposalBar::approveRequested, this, [this](qint64 id) {
        withOperatorName([this, id](const QString &op) {
            decide([id, op](DecisionStore &store) -> StoreSession::Outcome {
                auto approved = store.approvePolicyProposal(id, op);
                if (!approved)
                    return {false, false, tr("Policy update not approved"), approved.error().toString(), {}};
                return {true, false, tr("Policy update approved"),
                        tr("Version %1 applies from the next cycle").arg(approved->newVersion), {}};
            });
        }, tr("Save and approve"));
    });
    connect(m_proposalBar, &PolicyProposalBar::rejectRequested, this, [this](qint64 id, const QString &reason) {
        withOperatorName([this, id, reason](const QString &op) {
            decide([id, op, reason](DecisionStore &store) -> StoreSession::Outcome {
                if (Status s = store.rejectPolicyProposal(id, op, reason); !s)
                    return {false, false, tr("Policy update not rejected"), s.error().toString(), {}};
                return {true, false, tr("Policy update rejected"), tr("The policy in effect stays"), {}};
            });
        }, tr("Save and reject"));
    });

    m_stack->setCurrentWidget(m_start);
    updateWorkspaceActions();
    if (!request.path.isEmpty() || !request.recording.isEmpty())
        openWorkspace(request);
    else
        m_modeLabel->setText(tr("No workspace open"));
}

bool MainWindow::showsStartPage() const
{
    return m_stack->currentWidget() == m_start;
}

QList<MainWindow *> MainWindow::otherWindows() const
{
    return findChildren<MainWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

bool MainWindow::openWorkspace(const WorkspaceRequest &request)
{
    if (m_session) {
        // One window, one workspace: another opens beside this one.
        auto *other = new MainWindow(request, this);
        other->setWindowFlag(Qt::Window);
        other->setAttribute(Qt::WA_DeleteOnClose);
        other->show();
        return true;
    }
    // A team workspace logs in first: the password from the keychain, else
    // asked for once (TeamLoginDialog); PGPASSWORD needs neither.
    if (Database::isPostgresUrl(request.path) && !std::exchange(m_loginReady, false)) {
        TeamLoginDialog::obtain(this, request.path, QString(), [this, request](bool ok) {
            if (!ok)
                return;
            m_loginReady = true;
            openWorkspace(request);
        });
        return true;
    }
    m_session = new StoreSession(request, this);
    m_waitingDecisions.clear();   // they were the previous workspace's
    connect(m_session, &StoreSession::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        statusBar()->showMessage(what);
    });
    connect(m_session, &StoreSession::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_session, &StoreSession::queueReady, this, &MainWindow::showQueue);
    connect(m_session, &StoreSession::finished, this, &MainWindow::handleFinished);
    m_banner->setText(tr("Opening the workspace…"));
    m_stack->setCurrentIndex(1);
    setBusy(true, tr("Opening the workspace…"));
    if (!m_session->open()) {
        setBusy(false);
        return false;
    }
    return true;
}

bool MainWindow::newLiveWorkspace(const QString &suggested)
{
    QString name = suggested;
    if (!qEnvironmentVariableIsSet("CP_NO_MODAL")) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New live workspace"),
                                     tr("A name for the workspace (one per shop and ad account):"), QLineEdit::Normal, suggested, &ok)
                   .trimmed();
        if (!ok || name.isEmpty()) {
            m_afterOpen = AfterOpen::Nothing;
            return false;
        }
    }
    return openWorkspace({Workspaces::newLivePath(name), QString(), name, false});
}

TeamWorkspaceDialog *MainWindow::openTeamWorkspaceDialog()
{
    auto *dialog = new TeamWorkspaceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The last team address (no password is ever part of it).
    dialog->setUrl(QSettings().value(QStringLiteral("last_team_workspace")).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString url = dialog->url();
        QSettings().setValue(QStringLiteral("last_team_workspace"), url);
        openWorkspace({url, QString(), QString(), false});
    });
    dialog->open();
    return dialog;
}

QList<RecentWorkspace> MainWindow::recentWorkspaces()
{
    QList<RecentWorkspace> out;
    QSettings settings;
    const int n = settings.beginReadArray(QStringLiteral("recent_workspaces"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        out.append({settings.value(QStringLiteral("path")).toString(), settings.value(QStringLiteral("name")).toString(),
                    settings.value(QStringLiteral("kind")).toString()});
    }
    settings.endArray();
    return out;
}

void MainWindow::rememberRecent(const Workspace &w)
{
    QList<RecentWorkspace> recent = recentWorkspaces();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [&](const RecentWorkspace &r) { return r.path == w.path; }), recent.end());
    recent.prepend({w.path, w.displayName(), Workspace::kindKey(w.kind)});
    while (recent.size() > 10)
        recent.removeLast();
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recent_workspaces"), int(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("path"), recent[i].path);
        settings.setValue(QStringLiteral("name"), recent[i].name);
        settings.setValue(QStringLiteral("kind"), recent[i].kind);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("last_workspace"), w.path);
}

void MainWindow::applyWorkspace(const Workspace &w, const TeamRoles::Identity &identity, const QString &identityError)
{
    const bool first = m_workspace.id != w.id;
    m_workspace = w;
    setWindowTitle(tr("%1 (%2) — Campaign Pilot").arg(w.displayName(), w.kindLabel()));   // updateBadge() adds the count
    if (first)
        rememberRecent(w);
    m_live->setWorkspace(w);
    if (first) {
        // Logged in: a password typed for it goes into the keychain now.
        TeamLoginDialog::opened(w.path);
    }
    // Read again with every snapshot: an admin may have changed the role.
    m_identity->setIdentity(w.path, identity, identityError);
    m_queue->setDecisionsRefused(m_identity->cannotApprove());
    updateEmergencyButton();
    updateWorkspaceActions();
}

void MainWindow::updateWorkspaceActions()
{
    const bool open = m_session != nullptr && !m_workspace.id.isEmpty();
    const QString noNetwork = open ? whyNoNetwork(m_workspace) : tr("No workspace is open");
    for (QAction *a : {m_connectionsAction, m_refreshLive, m_importAction}) {
        if (!a)
            continue;
        a->setEnabled(open && noNetwork.isEmpty() && !m_busy);
        a->setToolTip(noNetwork.isEmpty() ? a->text().remove(QLatin1Char('&')) : noNetwork);
        a->setStatusTip(noNetwork);
    }
    if (m_exportAction)
        m_exportAction->setEnabled(open && !m_busy);
    // A team member's role: connections, imports and cycles are an admin's
    // (the database refuses the others' writes anyway).
    if (const QString cannot = m_identity ? m_identity->cannotAdminister() : QString(); open && !cannot.isEmpty()) {
        for (QAction *a : {m_connectionsAction, m_refreshLive, m_importAction, m_runCycle}) {
            if (!a)
                continue;
            a->setEnabled(false);
            a->setToolTip(cannot);
            a->setStatusTip(cannot);
        }
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newLive = file->addAction(tr("&New live workspace…"), this, [this] { newLiveWorkspace(tr("My shop")); });
    newLive->setShortcut(QKeySequence::New);
    QAction *openWs = file->addAction(tr("&Open workspace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), Workspaces::dataDir(),
                                                          tr("Campaign Pilot workspaces (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace({path, QString(), QString(), true});
    });
    openWs->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &team workspace…"), this, [this] { openTeamWorkspaceDialog(); })
        ->setObjectName(QStringLiteral("openTeamWorkspace"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QList<RecentWorkspace> recent = recentWorkspaces();
        for (const RecentWorkspace &r : recent) {
            const QString kind = r.kind == u"replay" ? tr("Replay") : Database::isPostgresUrl(r.path) ? tr("Team") : tr("Live");
            m_recentMenu->addAction(tr("%1 (%2)").arg(r.name, kind), this, [this, path = r.path] {
                openWorkspace({path, QString(), QString(), true});
            })->setToolTip(r.path);
        }
        if (recent.isEmpty())
            m_recentMenu->addAction(tr("None yet"))->setEnabled(false);
    });
    file->addSeparator();
    QAction *openRecording = file->addAction(tr("Open re&cording…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open recording (a folder with manifest.json)"));
        if (!dir.isEmpty())
            this->openRecording(dir);
    });
    QAction *openDemo = file->addAction(tr("Open the &demo recording"), this, [this] { this->openRecording(QStringLiteral("demo")); });
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import CSV…"), this, &MainWindow::openImportDialog);
    m_importAction->setShortcut(tr("Ctrl+I"));
    m_exportAction = file->addAction(tr("&Export recording…"), this, [this] {
        // A workspace whose currency nothing named yet: asked, not guessed
        // (the recording's manifest must name it).
        QString currency;
        if (m_workspace.currency.isEmpty()) {
            bool ok = false;
            currency = QInputDialog::getText(this, tr("Export recording"),
                                             tr("The workspace's currency is not known yet. The currency of its amounts "
                                                "(ISO 4217, e.g. GBP):"),
                                             QLineEdit::Normal, QLocale().currencySymbol(QLocale::CurrencyIsoCode), &ok)
                           .trimmed()
                           .toUpper();
            if (!ok)
                return;
        }
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export recording into folder"));
        if (!folder.isEmpty())
            exportRecording(folder, currency);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    Q_UNUSED(openRecording);
    Q_UNUSED(openDemo);

    QMenu *agents = menuBar()->addMenu(tr("&Agents"));
    m_runCycle = agents->addAction(tr("&Run cycle"), this, [this] {
        // Halted, a cycle is refused: said, not silently nothing.
        if (m_halted) {
            statusBar()->showMessage(tr("No cycle while the emergency stop is on: resume first (the button at the top right)"), 10000);
            return;
        }
        if (m_orchestrator && m_orchestrator->runCycle())
            statusBar()->showMessage(tr("Cycle started"));
    });
    m_runCycle->setShortcut(QKeySequence(Qt::Key_F5));
    m_runCycle->setEnabled(false);
    QAction *cancelCycle = agents->addAction(tr("&Cancel cycle"), this, [this] {
        if (m_orchestrator)
            m_orchestrator->cancel();
    });
    cancelCycle->setEnabled(false);   // until a cycle runs
    m_cancelCycle = cancelCycle;
    agents->addSeparator();
    m_refreshLive = agents->addAction(tr("Refresh &live data"), this, [this] { refreshLive(); });
    m_refreshLive->setShortcut(QKeySequence(Qt::Key_F6));
    m_refreshLive->setToolTip(tr("Fetch the live store and ad platform into the store (F6); then run a cycle"));
    agents->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_connectionsAction = agents->addAction(tr("&Connections…"), this, &MainWindow::openConnections);
    agents->addSeparator();
    // The emergency stop's shortcut lives on an action of the window: the
    // button's own was dropped each time its text changed (QAbstractButton::
    // setText sets the shortcut from the text's mnemonic), so Ctrl+Shift+Esc
    // did nothing.
    m_emergencyAction = agents->addAction(tr("Emergency stop / resume"), this, [this] {
        if (m_emergency->isEnabled())
            m_emergency->click();
    });
    m_emergencyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Escape));
    m_emergencyAction->setShortcutContext(Qt::WindowShortcut);

    QToolBar *bar = addToolBar(tr("Agents"));
    bar->setObjectName(QStringLiteral("agentsToolbar"));
    bar->setMovable(false);
    bar->addAction(m_refreshLive);
    bar->addAction(m_runCycle);
    bar->addAction(cancelCycle);
    m_stopRetry = new QTimer(this);
    m_stopRetry->setInterval(qEnvironmentVariableIntValue("CP_STOP_RETRY_MS") > 0 ? qEnvironmentVariableIntValue("CP_STOP_RETRY_MS")
                                                                                 : 10000);
    connect(m_stopRetry, &QTimer::timeout, this, [this] {
        // Only while the store is free: a decision already waiting would run it anyway.
        if (m_stopUnsaved && m_session && !m_session->isBusy() && m_waitingDecisions.isEmpty())
            setEmergencyStop(true);
    });
    m_emergency = new QToolButton(this);
    m_emergency->setObjectName(QStringLiteral("emergencyStop"));
    m_emergency->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_emergency, &QToolButton::clicked, this, [this] {
        if (!m_halted) {
            setEmergencyStop(true);
            return;
        }
        // A stop needs no name (it must never wait); a resume lets money
        // move again, so it is audited under a name, as an approval is (a
        // walkthrough's log said "Someone let agents and sending run again").
        if (qEnvironmentVariableIsSet("CP_NO_MODAL")
            || QMessageBox::question(this, tr("Resume"), tr("Resume the agents and sending of approved actions?"))
                   == QMessageBox::Yes)
            withOperatorName([this](const QString &) { setEmergencyStop(false); }, tr("Resume"));
    });
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_emergency);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Campaign Pilot"), this, [this] {
        QMessageBox::about(this, tr("About Campaign Pilot"),
                           tr("<h3>Campaign Pilot %1</h3><p>Agents propose and evaluate ad campaigns; "
                              "nothing that spends or stops money is sent without an operator's approval.</p>"
                              "<p>License: GPL-3.0-or-later.</p>").arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::startImport(const QString &file, const QString &importerId, const ImportOptions &options)
{
    if (!m_session || !whyNoNetwork(m_workspace).isEmpty())
        return false;   // imports are live data; the action says why it is disabled
    if (!m_session->import(file, importerId, options))
        return false;
    m_lastImport = {file, importerId, options};
    setBusy(true, tr("Importing %1…").arg(file));
    return true;
}

void MainWindow::openImportDialog()
{
    if (!m_session || m_workspace.isReplay()) {
        statusBar()->showMessage(whyNoNetwork(m_workspace), 10000);
        return;
    }
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWorkspaceCurrency(m_workspace.currency);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->file(), dialog->importerId(), dialog->options()); });
    dialog->open();
}

bool MainWindow::openRecording(const QString &recording)
{
    // A recording always opens in its own replay workspace, never in this one.
    return openWorkspace({QString(), recording, QString(), false});
}

void MainWindow::approve(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    // The first approval asks who approves (inline, once); nothing is approved before.
    if (!m_identity->isMember() && !QSettings().contains(QStringLiteral("operator"))) {
        m_approvalWaitingForName = ids;
        m_editWaitingForName = {};
        m_nameOk->setText(tr("Save and approve"));
        m_nameBar->show();
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
        return;
    }
    const QString op = operatorName();
    const Policy policy = m_orchestrator ? m_orchestrator->policy() : Policy{};
    const bool typedNames = !m_identity->isMember();
    decide([ids, op, policy, typedNames, currency = m_workspace.currency](DecisionStore &store) -> StoreSession::Outcome {
        const Rules::WordingCurrency amountsIn(currency);   // a refusal's amounts in the workspace's currency
        QStringList errors, waiting;
        int approved = 0;
        for (qint64 id : ids) {
            auto r = Approval::approve(store, id, op, policy);
            if (!r)
                errors << r.error().toString();
            else if (r->awaitsSecondApproval())   // four-eyes: recorded, nothing sent yet
                waiting << tr("#%1: %2").arg(id).arg(Approval::waitingNote(*r, policy));
            else
                ++approved;
        }
        if (!errors.isEmpty())
            return {false, false, tr("Not all were approved"), (errors + waiting).join(QLatin1Char('\n')), errors};
        if (!waiting.isEmpty()) {
            if (approved > 0)
                waiting.prepend(tr("%n action(s) approved and queued to send", nullptr, approved));
            // Four-eyes on one desktop rests on honesty: said where it is asked for.
            if (typedNames)
                waiting << tr("On this local workspace a name is typed, not a login: the second approval must be another "
                              "person's. A team workspace checks each operator's login.");
            StoreSession::Outcome recorded{true, false, tr("Approval recorded"), waiting.join(QLatin1Char('\n')), {}};
            recorded.nothingToSend = approved == 0;
            return recorded;
        }
        return {true, false, tr("Approved"), tr("%n action(s) approved and queued to send", nullptr, int(ids.size())), {}};
    }, true, ids);
    // Approved while halted: queued, and said that nothing leaves before Resume.
    if (m_halted)
        statusBar()->showMessage(tr("The emergency stop is on: what is approved waits and is sent after Resume"), 10000);
}

void MainWindow::withOperatorName(std::function<void(const QString &)> then, const QString &okText)
{
    if (m_identity->isMember() || QSettings().contains(QStringLiteral("operator")))
        return then(operatorName());
    m_approvalWaitingForName.clear();
    m_editWaitingForName = std::move(then);
    m_nameOk->setText(okText);
    m_nameBar->show();
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // A desktop notification where the desktop has a tray (freedesktop
    // notifications through QSystemTrayIcon); the badge and status bar say it anyway.
    if (!QSystemTrayIcon::isSystemTrayAvailable() || qEnvironmentVariableIsSet("CP_NO_MODAL"))
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            m_tabs->setCurrentWidget(m_queue);
        });
        m_tray->show();
    }
    m_tray->setToolTip(tr("Campaign Pilot — %n decision(s) wait", nullptr, m_waiting));
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

bool MainWindow::waitsForYou(const Recommendation &r) const
{
    return r.status == u"pending" && r.spendsOrStopsMoney() && !m_queue->proxy()->isSnoozed(r.id);
}

void MainWindow::updateBadge()
{
    // The number of decisions waiting: on the tab and in the window's title
    // (which the taskbar shows).
    int waiting = 0, sends = 0;
    for (const Recommendation &r : m_queue->model()->rows()) {
        if (waitsForYou(r))
            ++waiting;
        if (RecommendationFilterProxy::sendNeedsAttention(r))
            ++sends;
    }
    m_waiting = waiting;
    m_overview->setWaitingDecisions(waiting, sends);
    const int tab = m_tabs->indexOf(m_queue);
    m_tabs->setTabText(tab, waiting > 0 ? tr("&Decisions (%1)").arg(waiting) : tr("&Decisions"));
    m_tabs->setTabToolTip(tab, tr("%n decision(s) wait for you", nullptr, waiting));
    const QString title = m_workspace.id.isEmpty() ? tr("Campaign Pilot")
                                                   : tr("%1 (%2) — Campaign Pilot").arg(m_workspace.displayName(), m_workspace.kindLabel());
    setWindowTitle(waiting > 0 ? QStringLiteral("(%1) %2").arg(waiting).arg(title) : title);
}

void MainWindow::carrySnoozes(const QList<Recommendation> &recs)
{
    QHash<qint64, QDateTime> snoozed = m_queue->snoozed();
    if (Snoozes::carry(m_workspace.id, snoozed, recs))
        m_queue->setSnoozed(Snoozes::merge(m_workspace.id, snoozed, recs));
}

void MainWindow::announce(const QString &outcome)
{
    m_lastOutcome = outcome;
    statusBar()->showMessage(outcome);
}

QString MainWindow::lastOutcome() const
{
    return m_lastOutcome;
}

void MainWindow::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, 0);
    updateWorkspaceActions();
    // What is going on shows while it lasts; then the last outcome ("Cycle
    // done…", "Sent 2") comes back, so a refresh never wipes it.
    if (busy)
        statusBar()->showMessage(what);
    else
        statusBar()->showMessage(m_lastOutcome);
}

namespace {
// The store's files as they stand: the database and its write-ahead log
// (WAL mode). A commit by anyone changes them; reading does not.
QString storeSignature(const QString &path)
{
    QString out;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        out += QStringLiteral("%1:%2;").arg(info.size()).arg(info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    return out;
}
} // namespace

void MainWindow::watchStore(const QString &path)
{
    // What this window shows is the store as of its last snapshot; a cycle
    // or a send run elsewhere (`campaign-pilot cycle` in a terminal, a
    // scheduled job) changes the files, and the window reads them again.
    // A stat of two files every few seconds on the GUI thread: no network,
    // no SQL, no wait.
    // A team workspace has no file to stat: the server announces each change
    // to the queue (LISTEN/NOTIFY, on the listener's own thread and
    // connection), and the window reads the store again at once.
    const bool team = Database::isPostgresUrl(path);
    if (!team)
        m_storeSignature = storeSignature(path);
    if (m_storeWatch)
        return;
    m_storeWatch = new QTimer(this);
    m_storeWatch->setInterval(kStoreWatchMs);
    auto check = [this, path, team] {
        if (!m_session || m_session->isBusy() || m_busy || (m_orchestrator && m_orchestrator->isRunning())
            || (m_dispatcher && m_dispatcher->isBusy()) || (team ? !m_teamChanged : storeSignature(path) == m_storeSignature))
            return;   // unchanged, or the window is at work (its own refresh follows; a team change is tried again)
        m_teamChanged = false;
        // Another operator's decision changes only the recommendations it
        // names: those are read again, not the catalog (issue 18's scale). A
        // recommendation this window has not seen means a cycle ran (its
        // snapshot of the store came with it), and a burst too large to name,
        // or a listener that lost its connection, may hide anything: then the
        // whole store is read.
        QList<qint64> ids = std::exchange(m_teamChangedIds, {});
        if (team && !ids.isEmpty()) {
            QSet<qint64> shown;
            for (const Recommendation &r : m_queue->model()->rows())
                shown.insert(r.id);
            if (std::all_of(ids.cbegin(), ids.cend(), [&shown](qint64 id) { return shown.contains(id); })) {
                m_session->refreshQueue(ids);
                return;
            }
        }
        m_session->refresh();
    };
    connect(m_storeWatch, &QTimer::timeout, this, check);
    m_checkStore = check;
    if (team) {
        auto *listener = new QueueListener(Database::attach(path), this);
        connect(listener, &QueueListener::queueChanged, this, [this, check](const QList<qint64> &ids) {
            // Named changes add up until a refresh starts; one unnamed
            // ("everything") stays unnamed.
            const bool everything = ids.isEmpty() || (m_teamChanged && m_teamChangedIds.isEmpty());
            m_teamChanged = true;
            if (everything) {
                m_teamChangedIds.clear();
            } else {
                for (qint64 id : ids)
                    if (!m_teamChangedIds.contains(id))
                        m_teamChangedIds << id;
            }
            check();
        });
        connect(listener, &QueueListener::failed, this, [this](const QString &why) {
            statusBar()->showMessage(tr("Not told of other people's changes to the queue: %1").arg(why), 10000);
        });
        listener->start();
    }
    m_storeWatch->start();
}

void MainWindow::showQueue(const QueueState &q)
{
    if (m_workspace.path.isEmpty())
        return;   // no snapshot shown yet: nothing to update
    watchStore(m_workspace.path);   // the window's own write is known, not a change by someone else
    QList<Recommendation> shown = q.recommendations;
    if (q.partial) {
        // The named ones replace what the queue showed of them; one new to
        // this window joins in id order; one not read back stays as shown.
        QHash<qint64, const Recommendation *> fresh;
        for (const Recommendation &r : q.recommendations)
            fresh.insert(r.id, &r);
        const QList<Recommendation> &before = m_queue->model()->rows();
        QList<Recommendation> merged;
        merged.reserve(before.size() + q.recommendations.size());
        for (const Recommendation &r : before) {
            if (const auto it = fresh.constFind(r.id); it != fresh.constEnd()) {
                merged << **it;
                fresh.erase(it);
            } else {
                merged << r;
            }
        }
        for (const Recommendation *r : std::as_const(fresh))
            merged << *r;
        std::sort(merged.begin(), merged.end(), [](const Recommendation &a, const Recommendation &b) { return a.id > b.id; });
        shown = std::move(merged);
    }
    carrySnoozes(shown);
    m_queue->setRows(shown, m_currency);
    if (!q.partial)
        m_queue->setDecidedCapped(q.decidedCapped);
    m_proposalBar->setProposal(q.policyProposal, m_currency);
    updateBadge();
    m_audit->setRows(q.audit, shown);
    m_live->setMissingCapabilities(q.missingCapabilities);
    if (m_orchestrator)
        applyDecisionState(q.emergencyStop, q.policyJson);
}

void MainWindow::showSnapshot(const StoreSnapshot &s)
{
    watchStore(s.databasePath);   // this snapshot is the store as the window knows it
    applyWorkspace(s.workspace, s.identity, s.identityError);
    const QString currency = s.recording ? s.recording->currency : s.workspace.currency;
    const QMap<QString, QString> modelled = s.recording ? s.recording->modelled : QMap<QString, QString>();
    m_catalog->setRows(s.catalog, currency, modelled, s.windowFrom, s.windowTo, s.catalogIndex);
    m_campaigns->setRows(s.campaigns, currency, modelled);
    if (m_snoozesFor != s.workspace.id) {
        // This operator's snoozes in this workspace (kept on this computer).
        m_snoozesFor = s.workspace.id;
        m_queue->setSnoozed(Snoozes::load(s.workspace.id));
    }
    carrySnoozes(s.recommendations);
    m_queue->setRows(s.recommendations, currency);
    m_queue->setDecidedCapped(s.decidedCapped);
    m_queue->setTrends(s.campaignTrends, s.productTrends);
    m_proposalBar->setProposal(s.policyProposal, currency);
    updateBadge();
    // The overview counts back from the recording's last day in a replay, from today live.
    m_overview->setStore(s.databasePath, s.workspace.isReplay() ? (s.recording ? s.recording->to : s.windowTo) : s.workspace.today(),
                         currency);
    m_audit->setRows(s.audit, s.recommendations);
    QStringList advertisedCategories;
    QSet<QString> advertised;
    for (const CampaignRow &r : s.campaigns)
        advertised.insert(r.campaign.productId);
    for (const CatalogRow &r : s.catalog)
        if (advertised.contains(r.product.id) && !r.product.category.isEmpty() && !advertisedCategories.contains(r.product.category))
            advertisedCategories << r.product.category;
    advertisedCategories.sort();
    m_charts->setStore(s.databasePath, s.campaigns, advertisedCategories, currency);
    m_simulation->setStore(s.databasePath, s.recording ? s.recording->from : s.windowFrom, s.windowTo);
    m_currency = currency;
    m_live->setMissingCapabilities(s.missingCapabilities);
    startAgents(s);

    const QString kindTag = Database::isPostgresUrl(s.workspace.path)
                                ? tr("<b>Team workspace</b> “%1” on %2 (shared: everyone on the team sees this queue)")
                                      .arg(s.workspace.displayName().toHtmlEscaped(), QUrl(s.workspace.path).host().toHtmlEscaped())
                            : s.workspace.isLive() ? tr("<b>Live workspace</b> “%1”").arg(s.workspace.displayName().toHtmlEscaped())
                                                 : tr("<b>Replay workspace</b> “%1” — approved actions go only to the recorded "
                                                      "backend; nothing here reaches a network")
                                                       .arg(s.workspace.displayName().toHtmlEscaped());
    if (s.workspace.isReplay() && s.recording) {
        QStringList names;
        for (auto it = modelled.cbegin(); it != modelled.cend(); ++it)
            if (const QString n = modelledName(it.key()); !names.contains(n))
                names << n;
        m_banner->setText(tr("%1.<br>Recording <b>%2</b> (%3 – %4, %5). "
                             "<i>Modelled, not recorded:</i> %6. Hover a column header marked “modelled” for how.")
                              .arg(kindTag, s.recording->title.toHtmlEscaped(), QLocale().toString(s.recording->from, QLocale::ShortFormat),
                                   QLocale().toString(s.recording->to, QLocale::ShortFormat), s.recording->currency,
                                   names.isEmpty() ? tr("nothing") : names.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else if (s.workspace.isReplay()) {
        m_banner->setText(tr("%1.").arg(kindTag));
    } else if (const Connections &live = m_live->connections(); live.store.isSet() || live.platform.isSet()) {
        auto name = [this](const Connection &c) {
            return c.isSet() ? QStringLiteral("%1 (%2)").arg(Connection::kindKey(c.kind), c.url.host()).toHtmlEscaped() : tr("none");
        };
        m_banner->setText(tr("%1 — store: %2; ad platform: %3. Approved actions go to the ad platform. "
                             "Agents ▸ Refresh live data (F6) takes a snapshot; "
                             "File ▸ Export recording keeps the snapshots for offline replay.")
                              .arg(kindTag, name(live.store), name(live.platform)));
    } else if (!s.catalog.isEmpty() || !s.campaigns.isEmpty()) {
        // Figures from imported files, no connection: say what is here and
        // what is missing to send, not "no data yet".
        QString text = tr("%1 — figures from imported files, no connection: Agents ▸ Connections for your shop and "
                          "ad account. Nothing can be sent until an ad platform is connected.")
                           .arg(kindTag);
        // No currency named yet: amounts are shown as numbers alone (formatMoney).
        if (s.workspace.currency.isEmpty())
            text += QLatin1Char(' ') + tr("Their currency is not known, so amounts are shown without a symbol: import with "
                                          "the currency set (File ▸ Import CSV) or connect the shop to name it.");
        m_banner->setText(text);
    } else {
        m_banner->setText(tr("%1 — no connection yet: Agents ▸ Connections for your shop and ad account, or "
                             "File ▸ Import CSV for your own exports. Nothing can be sent until an ad platform is connected.")
                              .arg(kindTag));
    }
    // The kind's colour on the banner's left edge: green live, blue replay.
    // A strip of its own: a style sheet's border-left on the label was not
    // drawn under Fusion (a walkthrough saw no edge; nor did the screenshots).
    QPalette edge = m_bannerEdge->palette();
    edge.setColor(QPalette::Window, s.workspace.isLive() ? QColor(0x26, 0xa2, 0x69) : QColor(0x1c, 0x71, 0xd8));
    m_bannerEdge->setPalette(edge);
    m_modeLabel->setText(tr("%1 · %2").arg(s.workspace.kindLabel(), s.workspace.displayName()));
    m_charts->setWorkspaceLabel(m_modeLabel->text());
    m_modeLabel->setToolTip(tr("Workspace file: %1").arg(s.databasePath));
}

// A workspace file copied from another (cp) still has its original's id, and
// with it the original's connections and keychain entries: it would send to
// the same ad account as if it were the original. Like a virtual machine
// manager meeting a copied disk's UUID, the window asks before using it: give
// the copy an identity of its own (its connections start empty), or close it.
// Nothing of it is shown or used before the answer.
void MainWindow::askAboutCopy(const StoreSession::Outcome &outcome)
{
    auto *box = new QMessageBox(QMessageBox::Question, outcome.title,
                                tr("%1.\n\nGive this copy an identity of its own, or close it?").arg(outcome.text),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("copiedWorkspace"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *own = box->addButton(tr("&Give it its own identity"), QMessageBox::AcceptRole);
    box->addButton(tr("&Close it"), QMessageBox::RejectRole);
    box->setDefaultButton(own);
    announce(outcome.title + QStringLiteral(": ") + outcome.text);
    connect(box, &QMessageBox::finished, this, [this, box, own] {
        if (box->clickedButton() == own && m_session) {
            setBusy(true, tr("Giving the copy an identity of its own…"));
            m_session->reidentify();
        } else {
            close();
        }
    });
    box->open();
}

void MainWindow::handleFinished(const StoreSession::Outcome &outcome)
{
    setBusy(false);
    // A decision that waited for the store: next, once this outcome is handled.
    if (!m_waitingDecisions.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (m_waitingDecisions.isEmpty() || !m_session || m_session->isBusy())
                return;   // still busy: the next finish comes back here
            WaitingDecision next = m_waitingDecisions.takeFirst();
            if (!m_session->decide(std::move(next.work), next.touched)) {
                m_waitingDecisions.prepend(std::move(next));
                return;
            }
            m_sendAfterDecide = next.thenSend;
            setBusy(true, tr("Saving…"));
        });
    if (!outcome.copyOf.isEmpty()) {
        askAboutCopy(outcome);
        return;
    }
    // The start page's "Connect…" and "Import files" go on in the new workspace.
    if (const AfterOpen next = std::exchange(m_afterOpen, AfterOpen::Nothing); next != AfterOpen::Nothing && outcome.ok
        && m_workspace.isLive() && !m_workspace.id.isEmpty()) {
        if (next == AfterOpen::Connections)
            QTimer::singleShot(0, this, &MainWindow::openConnections);
        else
            QTimer::singleShot(0, this, &MainWindow::openImportDialog);
    }
    if (std::exchange(m_sendAfterDecide, false) && outcome.ok && !outcome.nothingToSend)
        sendApproved();
    if (outcome.importOverlap && !qEnvironmentVariableIsSet("CP_NO_MODAL")) {
        // Merging is the user's decision: add to those days, replace them, or stop.
        QMessageBox box(QMessageBox::Question, outcome.title,
                        tr("%1.\n\nAdd the file's figures to the workspace's, replace those days with the file's, or stop "
                           "(nothing is imported)?").arg(outcome.text),
                        QMessageBox::NoButton, this);
        QPushButton *add = box.addButton(tr("&Add"), QMessageBox::AcceptRole);
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Stop"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == add || box.clickedButton() == replace) {
            ImportOptions options = m_lastImport.options;
            options.merge = box.clickedButton() == add ? MergeMode::Add : MergeMode::Replace;
            startImport(m_lastImport.file, m_lastImport.importerId, options);
            emit storeShown();
            return;
        }
    }
    if (!outcome.ok && m_session && m_workspace.id.isEmpty() && TeamLoginDialog::refused(m_session->request().path)
        && !qEnvironmentVariableIsSet("CP_NO_MODAL")) {
        // The server refused the login: ask for the password again, saying why.
        const WorkspaceRequest request = m_session->request();
        m_session->deleteLater();
        m_session = nullptr;
        TeamLoginDialog::obtain(this, request.path, outcome.text, [this, request](bool ok) {
            if (!ok)
                return;
            m_loginReady = true;
            openWorkspace(request);
        });
        return;
    }
    if (!outcome.ok) {
        QMessageBox box(QMessageBox::Warning, outcome.title, outcome.text, QMessageBox::Ok, this);
        box.setDetailedText(outcome.details.join(QLatin1Char('\n')));
        if (!qEnvironmentVariableIsSet("CP_NO_MODAL"))
            box.exec();
        announce(outcome.title + QStringLiteral(": ") + outcome.text);
        if (m_session && m_workspace.id.isEmpty()) {
            // The workspace never opened (a team's server refused this
            // member, a file that is no store): the start page again, to
            // open another, not an empty workspace still "Opening…".
            m_session->deleteLater();
            m_session = nullptr;
            m_stack->setCurrentWidget(m_start);
            m_modeLabel->setText(tr("No workspace open"));
            updateWorkspaceActions();
        }
    } else if (!outcome.title.isEmpty()) {
        announce(outcome.title + QStringLiteral(" — ") + outcome.text);
        if (!outcome.details.isEmpty() && !qEnvironmentVariableIsSet("CP_NO_MODAL")) {
            QMessageBox box(QMessageBox::Information, outcome.title, outcome.text, QMessageBox::Ok, this);
            box.setDetailedText(outcome.details.join(QLatin1Char('\n')));
            box.exec();
        }
    }
    // A change announced while the window was at work is read now, not at
    // the watch's next tick (within a second, issue 18).
    if (m_teamChanged && m_checkStore)
        QTimer::singleShot(0, this, [this] {
            if (m_checkStore)
                m_checkStore();
        });
    emit storeShown();
}

QString MainWindow::operatorName() const
{
    // In a team workspace a member is their database role, not a typed name.
    if (m_identity && m_identity->isMember())
        return m_identity->identity().user;
    return QSettings().value(QStringLiteral("operator"), qEnvironmentVariable("USER")).toString();
}

void MainWindow::startAgents(const StoreSnapshot &s)
{
    if (!m_orchestrator) {
        const Database db = Database::attach(s.databasePath);
        m_orchestrator = new Orchestrator(db, this);
        m_orchestrator->setLanguageModel(m_languageModel);
        // No platform until the live link builds the workspace's own (setDispatcher).
        m_dispatcher = new Dispatcher(db, nullptr, this);
        connect(m_orchestrator, &Orchestrator::stepStarted, this, [this](const QString &step) {
            static const QHash<QString, const char *> names{
                {QStringLiteral("loading"), QT_TR_NOOP("reading the store")},
                {QStringLiteral("creator"), QT_TR_NOOP("Campaign Creator")},
                {QStringLiteral("analyst"), QT_TR_NOOP("Performance Analyst")},
                {QStringLiteral("manager"), QT_TR_NOOP("Campaign Manager")},
                {QStringLiteral("saving"), QT_TR_NOOP("saving the recommendations")}};
            m_progress->setRange(0, 0);
            m_progress->show();
            m_cancelCycle->setEnabled(true);
            statusBar()->showMessage(tr("Cycle: %1…").arg(tr(names.value(step, "…"))));
        });
        connect(m_orchestrator, &Orchestrator::cycleFinished, this, [this](const CycleResult &r) {
            m_progress->hide();
            m_cancelCycle->setEnabled(false);
            if (!r.error.isEmpty())
                announce(tr("Cycle failed: %1").arg(r.error));
            else if (r.cancelled)
                announce(tr("Cycle cancelled; nothing was queued"));
            else {
                // The same count as the tab's badge: what waits for an approval.
                // Snoozed ones are not counted there, nor here (a walkthrough saw "6 wait" beside "(5)").
                const int waiting = int(std::count_if(r.recommendations.cbegin(), r.recommendations.cend(),
                                                      [this](const Recommendation &x) { return waitsForYou(x); }));
                QString done = tr("Cycle done as of %1: %n recommendation(s) wait in Decisions", nullptr, waiting)
                                   .arg(QLocale().toString(r.asOf, QLocale::ShortFormat));
                // An active campaign the agents could not judge is said, with why (the first; all in the tooltip).
                if (!r.unjudged.isEmpty())
                    done += tr("; %n active campaign(s) not judged — %1", nullptr, int(r.unjudged.size())).arg(r.unjudged.first());
                // Which day, and why that one (the last day both sources were read whole).
                QStringList tip;
                if (!r.asOfWhy.isEmpty())
                    tip << tr("As of %1: %2.").arg(QLocale().toString(r.asOf, QLocale::ShortFormat), r.asOfWhy);
                tip += r.unjudged;
                statusBar()->setToolTip(tip.join(QLatin1Char('\n')));
                if (!r.asOfWhy.isEmpty())
                    done += QStringLiteral(" — ") + tr("as of %1: %2").arg(QLocale().toString(r.asOf, QLocale::ShortFormat), r.asOfWhy);
                announce(done);
                // Only what is new: one the store held unchanged was announced when it came.
                if (const int fresh = int(r.recommendations.size()) - r.unchangedCount(); fresh > 0)
                    notify(tr("%n new recommendation(s)", nullptr, fresh),
                           tr("Campaign Pilot: %1 — review them in Decisions").arg(m_workspace.displayName()));
            }
            m_session->refresh();
        });
        connect(m_dispatcher, &Dispatcher::finished, this, [this](const DispatchReport &report) {
            announce(tr("Sending: %1").arg(report.summary()) + (report.halted ? tr(" — stopped by the emergency stop") : QString()));
            connect(this, &MainWindow::storeShown, this, &MainWindow::sendsFinished, Qt::SingleShotConnection);
            m_session->refresh();
        });
        m_live->setDispatcher(m_dispatcher);
        const int minutes = QSettings().value(QStringLiteral("cycle_minutes"), 0).toInt();
        // A team member runs cycles if an admin, sends if an operator (the
        // database would refuse the others' writes).
        const bool admin = m_identity->cannotAdminister().isEmpty();
        m_orchestrator->setInterval(admin ? minutes : 0);
        m_runCycle->setEnabled(admin);
        // Start-up: reconcile sends a crash interrupted and send what was
        // approved but not sent — unless the emergency stop is on.
        if (!s.emergencyStop && m_identity->cannotApprove().isEmpty()) {
            m_dispatcher->setHalted(false);
            m_dispatcher->sendApproved(operatorName());
        }
    }
    applyDecisionState(s.emergencyStop, s.policyJson);
}

void MainWindow::applyDecisionState(bool emergencyStop, const QByteArray &policyJson)
{
    if (!policyJson.isEmpty()) {
        if (auto p = Policy::fromJson(policyJson, QStringLiteral("policy_versions")))
            m_orchestrator->setPolicy(*p);
    } else if (m_orchestrator->policy().version == 1) {
        // No policy saved: the defaults, sized for the workspace's currency
        // (in yen, at most ¥10,000 a day, not ¥100).
        m_orchestrator->setPolicy(Policy::defaultFor(m_currency));
    }
    // A stop pressed here and not stored yet holds whatever the store says
    // until it is stored (a walkthrough's stop, pressed while the server was
    // down, was never written, and other senders went on).
    if (m_stopUnsaved && emergencyStop) {
        m_stopUnsaved = false;
        m_stopRetry->stop();
    }
    m_halted = emergencyStop || m_stopUnsaved;
    m_orchestrator->setHalted(m_halted);
    m_dispatcher->setHalted(m_halted);
    m_emergency->setText(m_stopUnsaved ? tr("■ STOPPED HERE, NOT SAVED — Resume…")
                         : m_halted    ? tr("■ STOPPED — Resume…")
                                       : tr("■ EMERGENCY STOP"));
    m_emergency->setToolTip(m_stopUnsaved ? tr("This window is halted; the workspace's stop is not stored yet (the store cannot be "
                                               "written), so other windows and stations may go on. It is stored as soon as the "
                                               "store can be written (tried every %n second(s)). Click to resume.",
                                               nullptr, int(m_stopRetry->interval() / 1000))
                            : m_halted ? tr("Agents and sending are halted. Click to resume.")
                                       : tr("Halt the agents and every send now (Ctrl+Shift+Esc)"));
    // Greyed when this member may not use it (updateEmergencyButton): the
    // colour says so too, not only the click that does nothing.
    m_emergency->setStyleSheet(m_halted ? QStringLiteral("QToolButton{background:#f6d32d;color:black;font-weight:bold;padding:4px 12px}"
                                                         "QToolButton:disabled{background:#eee6b8;color:#77745f}")
                                        : QStringLiteral("QToolButton{background:#c01c28;color:white;font-weight:bold;padding:4px 12px}"
                                                         "QToolButton:disabled{background:#e3c6c8;color:#7a6a6b}"));
    updateEmergencyButton();
}

void MainWindow::updateEmergencyButton()
{
    // The workspace's stop is an operator's (team_roles.sql lets operators
    // and admins write that one setting): a viewer sees it, and who may.
    if (const QString cannot = m_identity ? m_identity->cannotApprove() : QString(); !cannot.isEmpty()) {
        m_emergency->setEnabled(false);
        m_emergency->setToolTip((m_halted ? tr("Agents and sending are halted.") : tr("Agents and sending may run."))
                                + QLatin1Char(' ') + tr("%1; an operator stops or resumes them").arg(cannot));
    } else {
        m_emergency->setEnabled(true);
    }
}

void MainWindow::openConnections()
{
    if (const QString why = m_session ? whyNoNetwork(m_workspace) : tr("No workspace is open"); !why.isEmpty()) {
        statusBar()->showMessage(why, 15000);
        return;
    }
    auto *dialog = new ConnectionsDialog(m_live->connections(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connections of “%1”").arg(m_workspace.displayName()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool reprobe = dialog->reprobe();
        const QString key = m_dispatcher && m_dispatcher->platform() ? m_dispatcher->platform()->capabilityKey() : QString();
        setConnections(dialog->connections(), dialog->storeSecrets(), dialog->platformSecrets(), dialog->modelSecrets());
        if (reprobe && !key.isEmpty())
            decide([key](DecisionStore &store) -> StoreSession::Outcome {
                if (Status s = LiveEvidence::forgetAll(store.database(), key); !s)
                    return {false, false, tr("Not forgotten"), s.error().toString(), {}};
                return {true, false, tr("Ad platform limits forgotten"), tr("The next send asks %1 again").arg(key), {}};
            });
    });
    dialog->open();
}

void MainWindow::setConnections(const Connections &connections, const Secrets &store, const Secrets &platform, const Secrets &model)
{
    m_live->setConnections(connections, store, platform, model);
}

bool MainWindow::refreshLive()
{
    if (const QString why = m_session ? whyNoNetwork(m_workspace) : tr("No workspace is open"); !why.isEmpty()) {
        statusBar()->showMessage(why, 15000);
        return false;
    }
    const Connections connections = m_live->connections();
    if (!connections.store.isSet() && !connections.platform.isSet()) {
        statusBar()->showMessage(tr("No live connection: Agents ▸ Connections…"), 10000);
        if (!qEnvironmentVariableIsSet("CP_NO_MODAL"))
            openConnections();
        return false;
    }
    if (m_session->isBusy()) {
        statusBar()->showMessage(tr("Busy with the store; try again in a moment"), 5000);
        return false;
    }
    setBusy(true, tr("Reading credentials…"));
    // Secrets: typed this session, else the keychain or the environment (asynchronous).
    m_live->readSecrets([this, connections](const Result<std::pair<Secrets, Secrets>> &secrets) {
        if (!secrets) {
            setBusy(false);
            handleFinished({false, false, tr("Live data not fetched"), secrets.error().message, {}});
            return;
        }
        QPointer<LiveLink> live(m_live);
        auto onBreaker = [live](const QString &host, int state) {
            QMetaObject::invokeMethod(qApp, [live, host, state] {
                if (live)
                    live->showBreaker(host, state);
            }, Qt::QueuedConnection);
        };
        const bool started = m_session->work([connections, secrets = *secrets, onBreaker](QSqlDatabase db, TaskContext &context) {
            auto r = LiveSync::refresh(db, connections, secrets.first, secrets.second, Clock::now(), &context, onBreaker);
            if (!r)
                return StoreSession::Outcome{false, context.isCancelled(), tr("Live data not fetched"), r.error().toString(), {}};
            const SyncReport &s = r->report;
            QStringList details = r->failures;
            details += s.notes;
            return StoreSession::Outcome{true, false, tr("Live data fetched"),
                                         tr("%1 products, %2 product days, %3 campaigns, %4 campaign days%5")
                                             .arg(s.products).arg(s.productDays).arg(s.campaigns).arg(s.campaignDays)
                                             .arg(r->failures.isEmpty() ? QString() : tr("; %n failed", nullptr, int(r->failures.size()))),
                                         details};
        });
        if (!started) {
            setBusy(false);
            statusBar()->showMessage(tr("Busy with the store; try again in a moment"), 5000);
        } else {
            setBusy(true, tr("Fetching live data…"));
        }
    });
    return true;
}

bool MainWindow::exportRecording(const QString &folder, const QString &currency)
{
    RecordingManifest m;
    m.id = QStringLiteral("live-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    m.title = tr("Exported %1").arg(QDate::currentDate().toString(Qt::ISODate));
    // The workspace's own currency; one that nothing named yet takes the one
    // the operator gave (File ▸ Export recording asks). Never guessed: a
    // recording in the wrong currency imports back wrong.
    m.currency = m_workspace.currency.isEmpty() ? currency : m_workspace.currency;
    if (!isCurrencyCode(m.currency)) {
        announce(tr("Recording not exported: the workspace's currency is not known yet; give the currency of its amounts "
                    "(ISO 4217, three letters, e.g. GBP)"));
        return false;
    }
    m.generator = QStringLiteral("Campaign Pilot File > Export recording, from the %1 workspace \"%2\"")
                      .arg(Workspace::kindKey(m_workspace.kind), m_workspace.displayName());
    if (!m_session)
        return false;
    const bool started = m_session->work([folder, m](QSqlDatabase db, TaskContext &) {
        QStringList leftOut;
        auto written = Recording::exportStore(db, folder, m, &leftOut);
        if (!written)
            return StoreSession::Outcome{false, false, tr("Recording not exported"), written.error().toString(), {}};
        return StoreSession::Outcome{true, false, tr("Recording exported"),
                                     tr("%1 (%2 – %3); File ▸ Open recording replays it offline")
                                             .arg(folder, QLocale().toString(written->from, QLocale::ShortFormat),
                                                  QLocale().toString(written->to, QLocale::ShortFormat))
                                         + (leftOut.isEmpty() ? QString() : QLatin1Char('\n') + leftOut.join(QLatin1Char('\n'))),
                                     {}};
    });
    if (started)
        setBusy(true, tr("Exporting the recording…"));
    else
        statusBar()->showMessage(tr("Busy with the store; try again in a moment"), 5000);
    return started;
}

bool MainWindow::verifyAuditLog()
{
    // The chain is walked on the store's thread (a long log is many
    // thousand hashes); the verdict shows above the log.
    if (!m_session)
        return false;
    auto verdict = std::make_shared<std::pair<QString, bool>>();
    const bool started = m_session->work([verdict](QSqlDatabase db, TaskContext &) {
        const auto v = AuditChain::verify(db);
        if (!v) {
            *verdict = {tr("The log could not be verified: %1").arg(v.error().toString()), false};
            return StoreSession::Outcome{false, false, tr("Audit log not verified"), verdict->first, {}};
        }
        if (!v->intact) {
            *verdict = {tr("Entry %1 (%2, %3) does not match: %4. It was changed, removed or inserted after it was written; "
                           "%n entry(ies) before it verified.",
                           nullptr, int(v->verified))
                            .arg(v->brokenId)
                            .arg(v->brokenAt, v->brokenEvent, v->why),
                        false};
            return StoreSession::Outcome{false, false, tr("The audit log was changed"), verdict->first, {}};
        }
        *verdict = {tr("%n entry(ies) verified: the chain is intact. Newest hash %1 (keep it elsewhere to notice a log "
                       "rewritten as a whole).",
                       nullptr, int(v->verified))
                        .arg(v->head),
                    true};
        return StoreSession::Outcome{true, false, tr("Audit log verified"), verdict->first, {}};
    });
    if (!started) {
        statusBar()->showMessage(tr("Busy with the store; try again in a moment"), 5000);
        return false;
    }
    setBusy(true, tr("Verifying the audit log…"));
    connect(m_session, &StoreSession::finished, m_audit, [this, verdict] {
        if (!verdict->first.isEmpty())
            m_audit->setVerification(verdict->first, verdict->second);
    }, Qt::SingleShotConnection);
    return true;
}

void MainWindow::setEmergencyStop(bool on)
{
    // Halt at once in memory; the flag is then persisted so that a restart
    // stays stopped. Until the store shows it (applyDecisionState), the
    // stop is this window's only and is stored again on a timer.
    m_halted = on;
    if (m_orchestrator)
        m_orchestrator->setHalted(on);
    if (m_dispatcher)
        m_dispatcher->setHalted(on);
    m_stopUnsaved = on;
    if (on) {
        m_stopRetry->start();
    } else {
        m_stopRetry->stop();
    }
    if (m_orchestrator && m_dispatcher)
        applyDecisionState(false, {});   // the button as it is now: stopped, not yet saved (or resumed)
    const QString op = operatorName();
    decide([on, op](DecisionStore &store) -> StoreSession::Outcome {
        // Said as done only when stored: a team member's window that could
        // not write it (the database refuses a viewer) says so, and the
        // refresh after a failed decision shows the stop as it is stored.
        // Stored already (by another operator, or a retry whose answer was
        // lost): nothing to write, no second audit entry.
        if (const auto stored = store.setting(QStringLiteral("emergency_stop")); on && stored && *stored == u"1")
            return {true, false, tr("Emergency stop"), tr("Agents and sending are halted"), {}};
        Status saved = store.setSetting(QStringLiteral("emergency_stop"), on ? QStringLiteral("1") : QStringLiteral("0"));
        if (saved)
            saved = store.audit(op, on ? QStringLiteral("emergency_stop") : QStringLiteral("resumed"), 0, {});
        if (!saved)
            return {false, false, on ? tr("Emergency stop not saved") : tr("Not resumed"),
                    on ? tr("Agents and sending are halted in this window only; the workspace's stop could not be stored: %1. "
                            "It is stored as soon as the store can be written.")
                             .arg(saved.error().message)
                       : tr("The workspace stays stopped: %1").arg(saved.error().message),
                    {}};
        return {true, false, on ? tr("Emergency stop") : tr("Resumed"),
                on ? tr("Agents and sending are halted") : tr("Agents and sending may run again"), {}};
    }, !on);
}

void MainWindow::decide(std::function<StoreSession::Outcome(DecisionStore &)> work, bool thenSend, const QList<qint64> &touched)
{
    if (m_session && (m_session->isBusy() || !m_waitingDecisions.isEmpty())) {
        // After what the store is doing, and after decisions already waiting.
        m_waitingDecisions.append({std::move(work), thenSend, touched});
        statusBar()->showMessage(tr("Saved as soon as the store is free…"));
        return;
    }
    if (!m_session || !m_session->decide(std::move(work), touched)) {
        statusBar()->showMessage(tr("Busy with the store; try again in a moment"), 5000);
        return;
    }
    m_sendAfterDecide = thenSend;
    setBusy(true, tr("Saving…"));
}

void MainWindow::sendApproved()
{
    if (m_dispatcher && !m_halted)
        m_dispatcher->sendApproved(operatorName());
}

SettingsDialog *MainWindow::openSettings()
{
    // Non-modal (open(), not exec()): the window goes on while it is open.
    auto *dialog = new SettingsDialog(m_orchestrator ? m_orchestrator->policy() : Policy{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(*dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(const SettingsDialog &dialog)
{
    if (!dialog.operatorName().isEmpty()) {
        const QString before = QSettings().value(QStringLiteral("operator")).toString();
        QSettings().setValue(QStringLiteral("operator"), dialog.operatorName());
        m_queue->operatorChanged();
        // On a local workspace a name is typed, not a login: a change of it
        // is in the audit log, so that a second "operator" who is the first
        // under another name shows (a walkthrough approved both halves of a
        // four-eyes item as Mara, then as "Otto").
        if (!m_identity->isMember() && !before.isEmpty() && before != dialog.operatorName() && m_session)
            decide([before, after = dialog.operatorName()](DecisionStore &store) -> StoreSession::Outcome {
                if (Status s = store.audit(after, QStringLiteral("operator_renamed"), 0, before); !s)
                    return {false, false, tr("Name not recorded"), s.error().toString(), {}};
                return {true, false, tr("Name changed"), tr("Approvals from now on are %1's (was %2); the audit log says so").arg(after, before), {}};
            }, false, {});
    }
    QSettings().setValue(QStringLiteral("cycle_minutes"), dialog.cycleMinutes());
    const QString themeKey = Theme::key(dialog.theme());
    if (themeKey != QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString()) {
        QSettings().setValue(QStringLiteral("theme"), themeKey);
        Theme::apply(dialog.theme());
    }
    if (!m_orchestrator)
        return;
    m_orchestrator->setInterval(dialog.cycleMinutes());
    const Policy next = dialog.policy();
    if (next.toJson() == m_orchestrator->policy().toJson())
        return;
    // In effect only once stored with its audit entry: the refresh after the
    // save reads the stored version (applyDecisionState). A policy the store
    // refused (a team member who is not an admin, the disk) never runs a
    // cycle; before, the window put it in effect first and a refused save
    // left it running, unaudited, until the next refresh.
    const QString op = operatorName();
    const int atLeast = m_orchestrator->policy().version + 1;
    decide([next, op, atLeast](DecisionStore &store) -> StoreSession::Outcome {
        auto version = store.savePolicyAs(
            next.name,
            [&next](int v) {
                Policy stored = next;
                stored.version = v;
                return stored.toJson();
            },
            op, atLeast);
        if (!version)
            return {false, false, tr("Policy not saved"), version.error().toString(), {}};
        return {true, false, tr("Policy saved"), tr("Version %1 applies from the next cycle").arg(*version), {}};
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && m_session->isBusy()) {
        // The work is cancelled and rolled back; the store stays as it was.
        m_session->cancel();
    }
    event->accept();
}

} // namespace cp
