// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/backend/adplatform.h"
#include "agents/llm/modelwriter.h"
#include "agents/rules/policy.h"
#include "models/recommendationmodel.h"
#include "storesession.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;
class QThread;
class QTimer;

namespace cp {

class Preflight;

// The decision queue: filter by decision and status, read the rationale,
// approve, reject with a reason, edit a proposed budget, approve a selection,
// retry a failed send, settle a send whose outcome is unknown (mark applied
// or send again), propose a rollback, ask the ad platform's dry run. The pane
// acts (actOnRequests) at the desk the window lends it, whose store work runs
// off the GUI thread; approval goes through the window, which asks the
// operator's name the first time.
class DecisionQueuePane final : public QWidget
{
    Q_OBJECT
public:
    // The operator's name changed (Settings): what they may approve changes
    // with it (four-eyes: not what they approved already).
    void operatorChanged() { updateActions(); }
    explicit DecisionQueuePane(QWidget *parent = nullptr);
    ~DecisionQueuePane() override;

    void setRows(QList<Recommendation> rows, const QString &currency);
    // Whether the rows leave out older decided recommendations (the window
    // reads the newest QueueState::kDecidedShown of them): then a note says
    // so where decided ones are listed.
    void setDecidedCapped(bool capped);
    // What the connected ad platform cannot do: empty when it can, else why.
    // Such recommendations cannot be approved (greyed out, with the reason).
    void setPlatformLimits(std::function<QString(Recommendation::Action)> unsupported);
    // What the ad platform said of pending actions in its dry run (by
    // recommendation id; `platform`: its name for the operator, "Meta").
    // A refusal shows in the rationale and on the Approve button before
    // anything is approved.
    void setPreflight(const QHash<qint64, PreflightResult> &results, const QString &platform);
    const QHash<qint64, PreflightResult> &preflight() const { return m_preflight; }
    // The ad platform approved actions go to (none: nothing can be sent).
    // With `dryRuns` (a live workspace), the
    // pane asks the platform's dry run about each pending action off the GUI
    // thread — once per action and platform, again after a budget edit or
    // when it got no answer — whenever its rows or the platform change; a
    // budget is checked in the currency setRows() was given.
    void setPlatform(std::shared_ptr<AdPlatform> platform, bool dryRuns);
    // The live workspace's language model (none: off, the default; always
    // none for a replay). With one, Ad copy… can regenerate a new
    // campaign's copy and Explain asks for a plain-language paragraph about
    // the selected recommendation, both off the GUI thread.
    void setLanguageModel(std::optional<ModelEndpoint> model);
    bool hasLanguageModel() const { return m_languageModel.has_value(); }
    // The ad platform's name for the operator ("Meta"); empty without one.
    static QString platformLabel(const AdPlatform *platform);
    RecommendationModel *model() const { return m_model; }
    RecommendationFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTextBrowser *detail() const { return m_detail; }
    QComboBox *decisionFilter() const { return m_decision; }
    QComboBox *statusFilter() const { return m_status; }
    // The sparklines' figures (see RecommendationModel::setTrends).
    void setTrends(QHash<QString, Trend> campaigns, QHash<QString, Trend> products);
    // Selects the row of a recommendation (tests, and after an action).
    bool select(qint64 id);
    // The ids selected, in the view's order.
    QList<qint64> selectedIds() const;

    // Snoozed recommendations: id → until. The window keeps them per
    // workspace (an operator's own view); the pane hides them until then.
    void setSnoozed(const QHash<qint64, QDateTime> &snoozed);
    // A team member whose database role may not decide (a viewer): approve,
    // reject, edit, retry and the like are greyed out with `why` (empty:
    // allowed). The database refuses them anyway.
    void setDecisionsRefused(const QString &why);
    const QHash<qint64, QDateTime> &snoozed() const { return m_snoozed; }
    // Shows what a passed snooze hid (also run by a timer at the earliest end).
    void recheckSnoozes();

    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QAction *editAction() const { return m_edit; }
    QAction *retryAction() const { return m_retry; }
    QAction *rollbackAction() const { return m_rollback; }
    // For a send whose outcome is unknown, after the operator checked the platform.
    QAction *markAppliedAction() const { return m_markApplied; }
    QAction *sendAgainAction() const { return m_sendAgain; }
    QAction *snoozeAction() const { return m_snooze; }
    QAction *nextAction() const { return m_next; }
    QAction *copyAction() const { return m_copy; }
    QAction *explainAction() const { return m_explain; }
    QAction *previousAction() const { return m_previous; }

    // The plain explanation of an unknown send, for the detail view.
    static QString unknownExplanation(const Recommendation &r);

    // What the pane acts with: store work run off the GUI thread, its outcome
    // shown by the window (`thenSend`: approved actions are sent after it),
    // the operator's name for the audit log, the policy in effect. Without a
    // desk the pane only emits its requests.
    using Work = std::function<StoreSession::Outcome(DecisionStore &)>;
    struct Desk
    {
        // `touched`: the recommendations the work changes (read again after
        // it); empty: the whole queue is read again.
        std::function<void(Work work, bool thenSend, const QList<qint64> &touched)> decide;
        std::function<QString()> operatorName;
        std::function<Policy()> policy;
        // Runs `then` with the operator's name, asking it first when none is
        // set (a copy edit before the first approval); none: operatorName().
        std::function<void(std::function<void(const QString &)> then)> withOperatorName = {};
    };
    void setDesk(Desk desk) { m_desk = std::move(desk); }

    // How the pane asks for a rejection reason and a new budget; dialogs by
    // default, replaceable in tests. An empty answer cancels.
    std::function<QString(const Recommendation &)> askReason;
    std::function<QString(const Recommendation &)> askBudget;
    // Until when to snooze (invalid: cancel).
    std::function<QDateTime(const QDateTime &expires)> askSnoozeUntil;   // expires: the selection's first expiry, or invalid


signals:
    void approveRequested(const QList<qint64> &ids);
    void rejectRequested(qint64 id, const QString &reason);
    void editBudgetRequested(qint64 id, const QString &budget);
    void retryRequested(qint64 outboxId);
    void rollbackRequested(qint64 id);
    // An unknown send: the operator saw it applied on the platform / not applied.
    void markAppliedRequested(qint64 outboxId);
    void sendAgainRequested(qint64 outboxId);
    void snoozedChanged(const QHash<qint64, QDateTime> &snoozed);
    // The dry run refused `count` pending actions (the window announces it).
    void preflightRefused(int count);
    // A line for the status bar (nothing happened, and why).
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<const Recommendation *> selected() const;
    void updateDetail();
    void updateActions();
    // After acting on `ids`: the row to select next (below them, else above).
    void moveOnFrom(const QList<qint64> &ids);
    void step(int delta);
    void selectRow(int row);   // selects it and makes it current (moves the keyboard focus row)
    // Asks the dry run about the pending rows not asked yet (see setPlatform).
    void askPreflight();
    // Carries out the requests below (reject, edit, retry, settle, roll back) at the desk.
    void actOnRequests();
    // Ad copy… and Explain: the dialog, and the model's answers.
    void editCopy(const Recommendation &r);
    void explain(const Recommendation &r);
    // Runs `work` with the model's writer on its thread; without a model, nothing.
    void withModel(std::function<void(ModelWriter &)> work);
    Desk m_desk;

    RecommendationModel *m_model;
    RecommendationFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_decision;
    QComboBox *m_status;
    QLabel *m_capped;
    bool m_decidedCapped = false;
    QTextBrowser *m_detail;
    QString m_currency;
    std::function<QString(Recommendation::Action)> m_unsupported;
    QHash<qint64, PreflightResult> m_preflight;
    QString m_preflightPlatform;
    std::shared_ptr<AdPlatform> m_platform;   // where approved actions go; none: nowhere
    bool m_dryRuns = false;
    Preflight *m_checker = nullptr;
    std::shared_ptr<AdPlatform> m_asked;       // the platform the running check asks
    QHash<qint64, std::optional<Money>> m_preflightBudgets;   // the budget each was asked about
    bool m_preflightAgain = false;             // rows changed while a check ran
    QString m_decisionsRefused;
    QAction *m_approve;
    QAction *m_reject;
    QAction *m_edit;
    QAction *m_retry;
    QAction *m_rollback;
    QAction *m_markApplied;
    QAction *m_sendAgain;
    QAction *m_snooze;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_copy;
    QAction *m_explain;
    std::optional<ModelEndpoint> m_languageModel;
    QThread *m_modelThread = nullptr;
    ModelWriter *m_writer = nullptr;          // lives on m_modelThread
    QHash<qint64, Result<Explanation>> m_explanations;
    QSet<qint64> m_explaining;
    QHash<qint64, QDateTime> m_snoozed;
    QTimer *m_snoozeTimer;
    qint64 m_selectNext = 0;   // selected when the rows come back after an action
};

} // namespace cp
