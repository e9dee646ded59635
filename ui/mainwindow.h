// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/backend/adplatform.h"
#include "agents/live/connections.h"
#include "agents/llm/chatclient.h"

#include "startpage.h"
#include "storesession.h"

#include <QMainWindow>

class QAbstractItemModel;
class QLabel;
class QSystemTrayIcon;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class QTableView;
class QToolButton;

namespace cp {

class AuditPane;
class LiveLink;
class SettingsDialog;

class OverviewPane;
class CampaignsPane;
class ChartsPane;
class SimulationPane;
class CatalogPane;
class DecisionQueuePane;
class PolicyProposalBar;
class Dispatcher;
class Orchestrator;
class RecordedBackend;
class StartPage;
class TeamIdentityLabel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the workspace the request names (WorkspaceOpener's rules); an
    // empty request shows the start page.
    explicit MainWindow(const WorkspaceRequest &request, QWidget *parent = nullptr);
    // The same as {databasePath, recording}.
    MainWindow(const QString &databasePath, const QString &recording, QWidget *parent = nullptr);

    // Opens a workspace here when none is open yet, else in a new window
    // (one window, one workspace). False when it could not start.
    bool openWorkspace(const WorkspaceRequest &request);
    // File > New live workspace: creates one called `name` and opens it.
    bool newLiveWorkspace(const QString &name);
    // File > Open team workspace: the address dialog (shown, not run: the
    // window opens the address when it is accepted); returned for tests.
    class TeamWorkspaceDialog *openTeamWorkspaceDialog();
    // The workspace shown (empty id until the first snapshot).
    const Workspace &workspace() const { return m_workspace; }
    StartPage *startPage() const { return m_start; }
    bool showsStartPage() const;
    // Windows opened by openWorkspace() for other workspaces.
    QList<MainWindow *> otherWindows() const;
    // The recent workspaces, newest first (QSettings).
    static QList<RecentWorkspace> recentWorkspaces();

    CatalogPane *catalogPane() const { return m_catalog; }
    CampaignsPane *campaignsPane() const { return m_campaigns; }
    StoreSession *session() const { return m_session; }
    QLabel *banner() const { return m_banner; }
    DecisionQueuePane *queuePane() const { return m_queue; }
    PolicyProposalBar *policyProposalBar() const { return m_proposalBar; }
    ChartsPane *chartsPane() const { return m_charts; }
    SimulationPane *simulationPane() const { return m_simulation; }
    Orchestrator *orchestrator() const { return m_orchestrator; }
    Dispatcher *dispatcher() const { return m_dispatcher; }
    QAction *runCycleAction() const { return m_runCycle; }
    QAction *emergencyAction() const { return m_emergencyAction; }
    QToolButton *emergencyButton() const { return m_emergency; }
    QString operatorName() const;
    // The last outcome the status bar keeps showing (see announce()).
    QString lastOutcome() const;
    // Decisions waiting for the operator (pending, actionable, not snoozed): the tab's badge.
    int waitingDecisions() const { return m_waiting; }
    QWidget *operatorNameBar() const { return m_nameBar; }
    OverviewPane *overviewPane() const { return m_overview; }
    AuditPane *auditPane() const { return m_audit; }
    // Agents ▸ Settings: opens the dialog (non-modal); its Save applies it.
    SettingsDialog *openSettings();
    QLineEdit *operatorNameEdit() const { return m_nameEdit; }
    bool isHalted() const { return m_halted; }
    void setEmergencyStop(bool on);
    // Enabled for whoever may stop the workspace (not a team's viewer).
    void updateEmergencyButton();

    // Starts an import (used by File > Import and by tests).
    bool startImport(const QString &file, const QString &importerId, const ImportOptions &options);
    bool openRecording(const QString &recording);
    // Fetches a live snapshot into the store (Agents > Refresh live data).
    bool refreshLive();
    // Writes the store as a recording folder (File > Export recording).
    // `currency`: for a workspace that has none yet (refused without one).
    bool exportRecording(const QString &folder, const QString &currency = {});
    // Audit log ▸ Verify the log: walks the hash chain off the GUI thread;
    // the verdict shows above the log (false: no store, or the store is busy).
    bool verifyAuditLog();
    // Replaces the live connections (Agents ▸ Connections) and the secrets
    // typed for this session; sends go to the connected platform from now on.
    void setConnections(const Connections &connections, const Secrets &store = {}, const Secrets &platform = {},
                        const Secrets &model = {});
    QLabel *networkLabel() const { return m_netLabel; }
    QLabel *modeLabel() const { return m_modeLabel; }
    // Who is logged in to a team workspace, and as what (issue 18).
    TeamIdentityLabel *identityLabel() const { return m_identity; }
    QAction *connectionsAction() const { return m_connectionsAction; }
    QAction *refreshLiveAction() const { return m_refreshLive; }
    QAction *importAction() const { return m_importAction; }
    // Agents > Connections (not modal: the dialog opens beside the window).
    void openConnections();
    // File > Import CSV (not modal either).
    void openImportDialog();

signals:
    // Emitted after each background operation, once the panes show its result.
    void storeShown();
    // Emitted when a send run has finished and the panes show its result.
    void sendsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showSnapshot(const StoreSnapshot &snapshot);
    // Only the decisions changed (an approval, another operator's change):
    // the queue, the audit, the stop flag and the policy are shown again.
    void showQueue(const QueueState &queue);
    // The stop flag and the policy in effect, for the agents and the button.
    void applyDecisionState(bool emergencyStop, const QByteArray &policyJson);
    void askAboutCopy(const StoreSession::Outcome &outcome);
    void handleFinished(const StoreSession::Outcome &outcome);
    void setBusy(bool busy, const QString &what = {});
    // An outcome the operator should still see after a refresh: stays in the
    // status bar until the next outcome.
    void announce(const QString &outcome);
    // Approves (after asking the operator's name the first time).
    void approve(const QList<qint64> &ids);
    // Runs `then` with the operator's name, asking it first (the name bar,
    // its button saying `okText`) when none is set.
    void withOperatorName(std::function<void(const QString &)> then, const QString &okText);
    void updateBadge();
    // Counted as waiting (badge, status bar): pending, spends or stops money, not snoozed.
    bool waitsForYou(const Recommendation &r) const;
    // A snoozed judgement superseded by the same one keeps its snooze
    // (agents/snoozes.h); before `recs` are shown.
    void carrySnoozes(const QList<Recommendation> &recs);
    void notify(const QString &title, const QString &text);
    void startAgents(const StoreSnapshot &snapshot);
    void sendApproved();
    void applySettings(const SettingsDialog &dialog);
    void applyWorkspace(const Workspace &workspace, const TeamRoles::Identity &identity, const QString &identityError);
    void rememberRecent(const Workspace &workspace);
    void updateWorkspaceActions();
    // `touched`: the recommendations the work changes, read again after it
    // (empty: the whole queue).
    void decide(std::function<StoreSession::Outcome(DecisionStore &)> work, bool thenSend = false,
                const QList<qint64> &touched = {});

    StoreSession *m_session = nullptr;   // none while the start page shows
    QStackedWidget *m_stack;
    StartPage *m_start;
    QTabWidget *m_tabs;
    CatalogPane *m_catalog;
    CampaignsPane *m_campaigns;
    QLabel *m_banner;
    QWidget *m_bannerEdge = nullptr;   // the workspace kind's colour beside the banner
    QLabel *m_modeLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    DecisionQueuePane *m_queue;
    PolicyProposalBar *m_proposalBar;
    ChartsPane *m_charts;
    SimulationPane *m_simulation;
    AuditPane *m_audit;
    QAction *m_runCycle = nullptr;
    QAction *m_emergencyAction = nullptr;   // Ctrl+Shift+Esc: the emergency stop's button, from anywhere in the window
    QAction *m_cancelCycle = nullptr;   // enabled while a cycle runs
    QToolButton *m_emergency = nullptr;
    Orchestrator *m_orchestrator = nullptr;
    Dispatcher *m_dispatcher = nullptr;
    Workspace m_workspace;
    enum class AfterOpen { Nothing, Connections, Import };
    AfterOpen m_afterOpen = AfterOpen::Nothing;
    QAction *m_connectionsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_currency;
    QLabel *m_netLabel = nullptr;
    TeamIdentityLabel *m_identity = nullptr;
    bool m_loginReady = false;   // a team workspace's password is known for the next opening
    LiveLink *m_live = nullptr;                  // the connections, their secrets, the platform sends go to
    std::optional<ModelEndpoint> m_languageModel;   // the live workspace's, for the next cycle
    QAction *m_refreshLive = nullptr;
    bool m_busy = false;
    QString m_lastOutcome;
    QWidget *m_nameBar;
    OverviewPane *m_overview;
    QLineEdit *m_nameEdit = nullptr;
    QList<qint64> m_approvalWaitingForName;
    // A copy edit waiting for the operator's name (asked, like the first approval's, before it is saved).
    std::function<void(const QString &)> m_editWaitingForName;
    QPushButton *m_nameOk = nullptr;
    // Notices a cycle or send run elsewhere on this workspace (watchStore).
    static constexpr int kStoreWatchMs = 3000;
    QTimer *m_storeWatch = nullptr;
    QString m_storeSignature;
    // A team workspace: the server announced a change to the queue that no
    // refresh has been started for yet (QueueListener).
    bool m_teamChanged = false;
    // ...and which recommendations it named (empty: read the whole store).
    QList<qint64> m_teamChangedIds;
    std::function<void()> m_checkStore;   // reads what changed now, if the window is not at work (watchStore)
    void watchStore(const QString &path);
    QString m_snoozesFor;   // the workspace whose snoozes the queue holds
    int m_waiting = 0;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_halted = true;     // until the store says otherwise
    // An emergency stop pressed here that the workspace does not hold yet
    // (the server was unreachable): this window stays halted, and the stop
    // is stored again every few seconds until the store shows it.
    bool m_stopUnsaved = false;
    QTimer *m_stopRetry = nullptr;
    bool m_sendAfterDecide = false;
    // Decisions made while the store was busy (reading a refresh, a send's
    // outcome): run in order when it is free, never dropped (seen: an
    // approval clicked during a refresh answered "busy" and was lost).
    struct WaitingDecision
    {
        std::function<StoreSession::Outcome(DecisionStore &)> work;
        bool thenSend = false;
        QList<qint64> touched;
    };
    QList<WaitingDecision> m_waitingDecisions;
    // The import running or last run, to run it again with the merge the user chose.
    struct LastImport
    {
        QString file;
        QString importerId;
        ImportOptions options;
    };
    LastImport m_lastImport;
};

} // namespace cp
