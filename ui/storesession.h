// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/import/importer.h"
#include "agents/workspace/workspaceopener.h"
#include "models/backgroundtask.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/manifest.h"
#include "models/queuestate.h"
#include "models/store.h"
#include "models/teamroles.h"
#include "models/catalogmodel.h"
#include "models/trend.h"

#include <QObject>
#include <optional>

namespace cp {

// Everything the window shows, read in one go off the GUI thread.
struct StoreSnapshot
{
    QString databasePath;
    Workspace workspace;          // its kind, name and id
    std::optional<RecordingManifest> recording;
    QDate windowFrom, windowTo;   // the catalog's figures cover these days
    QList<CatalogRow> catalog;
    // Its search index, built on the session's thread for a large catalog
    // (CatalogSearchIndex::kBuildAheadFrom rows or more: 0.5 s of that thread
    // at 1,000,000 rows, on every full refresh, whether or not the rows
    // changed), and used up by the first CatalogModel::setRows it reaches:
    // connect snapshotReady to the catalog on the GUI thread only.
    std::shared_ptr<CatalogSearchIndex> catalogIndex;
    QList<CampaignRow> campaigns;
    QList<Recommendation> recommendations;
    bool decidedCapped = false;   // older decided recommendations left out (QueueState::kDecidedShown)
    // The last days of every campaign, and of the products the queue names
    // without a campaign (the queue's sparklines), ending on windowTo.
    QHash<QString, Trend> campaignTrends, productTrends;
    QList<AuditEntry> audit;
    bool emergencyStop = false;
    QByteArray policyJson;        // newest stored policy, empty: the seed's
    std::optional<PolicyProposal> policyProposal;   // the learning loop's pending one
    QHash<QString, QStringList> missingCapabilities;   // what each ad platform was found unable to do
    // Who is logged in, for a team workspace (TeamRoles::identify, read here
    // and not on the GUI thread: it is a round trip to the server). On a
    // workspace file: the Owner with no name. When it could not be read,
    // `identityError` says why and the role is None.
    TeamRoles::Identity identity;
    QString identityError;
};

// The window's access to the store: opening, loading a recording, importing
// and reading all run on one background thread; results come back as
// signals carrying value types.
class StoreSession final : public QObject
{
    Q_OBJECT
public:
    // Days of figures the catalog sums, ending on the newest day of data.
    static constexpr int kCatalogWindowDays = 30;

    // What an import or load did, for the user.
    struct Outcome
    {
        bool ok = true;
        bool cancelled = false;
        QString title;
        QString text;
        QStringList details;
        // An import stopped because the workspace already has some of its
        // days (MergeMode::Stop): the window asks add, replace or stop.
        bool importOverlap = false;
        // The workspace is a copy of the one at this path (WorkspaceOpener's
        // copyOf): not opened; the window asks whether to give it an
        // identity of its own (reidentify()).
        QString copyOf = QString();
        // A decision that queued nothing to send (four-eyes: only a first
        // approval was recorded): the window does not start a send after it,
        // so its message stays.
        bool nothingToSend = false;
    };

    explicit StoreSession(WorkspaceRequest request, QObject *parent = nullptr);
    ~StoreSession() override;

    bool isBusy() const { return m_task.isRunning(); }
    const WorkspaceRequest &request() const { return m_request; }
    // Opens the workspace the request names (WorkspaceOpener's rules: a
    // recording in its own replay workspace, a path as it is); then refreshes.
    bool open();
    // Opens a copied workspace with a new identity of its own (after the
    // window asked): it keeps none of its original's connections.
    bool reidentify();
    bool import(const QString &file, const QString &importerId, const ImportOptions &options);
    bool refresh();
    // Reads again only the decisions (queueReady): the recommendations
    // `ids`, or the whole queue when `ids` is empty.
    bool refreshQueue(const QList<qint64> &ids = {});
    // Runs a decision-queue operation (approve, reject, edit, settings) on
    // the store's thread, then reads the decisions again (queueReady): a
    // decision changes nothing else the window shows. Of the queue, only the
    // recommendations `touched` are read again, or all when none are named.
    bool decide(std::function<Outcome(DecisionStore &)> work, const QList<qint64> &touched = {});
    // Runs other work on the store's thread (a live snapshot), then refreshes.
    bool work(std::function<Outcome(QSqlDatabase, TaskContext &)> work);
    void cancel() { m_task.cancel(); }


signals:
    void progress(qint64 done, qint64 total, const QString &what);
    void snapshotReady(const cp::StoreSnapshot &snapshot);
    void queueReady(const cp::QueueState &queue);
    void finished(const cp::StoreSession::Outcome &outcome);

private:
    // After `work`: the whole snapshot read again, or (`queueOnly`) the
    // decisions, only `ids` of them when given.
    bool run(std::function<Outcome(TaskContext &)> work, bool queueOnly = false, const QList<qint64> &ids = {});

    WorkspaceRequest m_request;
    std::shared_ptr<std::optional<Database>> m_database;
    BackgroundTask m_task;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::StoreSnapshot)
Q_DECLARE_METATYPE(cp::StoreSession::Outcome)
