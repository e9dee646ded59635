// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesession.h"

#include "agents/import/recording.h"
#include "models/liveevidence.h"

#include <QFileInfo>

namespace cp {

namespace {
Result<StoreSnapshot> readSnapshot(const Database &database)
{
    QSqlDatabase db = database.connection();
    StoreSnapshot s;
    s.databasePath = database.path();
    auto workspace = Workspaces::read(db, database.path());
    if (!workspace)
        return workspace.error();
    s.workspace = *workspace;
    if (Database::isPostgresUrl(database.path())) {
        if (auto who = TeamRoles::identify(db)) {
            s.identity = *who;
        } else {
            s.identity.role = TeamRoles::Role::None;
            s.identityError = who.error().toString();
        }
    }
    auto recording = StoreReader::recording(db);
    if (!recording)
        return recording.error();
    s.recording = *recording;
    const auto [first, last] = StoreReader::productDayRange(db);
    s.windowTo = last.isValid() ? last : QDate::currentDate();
    s.windowFrom = s.windowTo.addDays(-(StoreSession::kCatalogWindowDays - 1));
    if (first.isValid() && s.windowFrom < first)
        s.windowFrom = first;
    auto catalog = StoreReader::catalog(db, s.windowFrom, s.windowTo);
    if (!catalog)
        return catalog.error();
    s.catalog = *catalog;
    if (s.catalog.size() >= CatalogSearchIndex::kBuildAheadFrom)
        s.catalogIndex = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(s.catalog));
    auto campaigns = StoreReader::campaigns(db);
    if (!campaigns)
        return campaigns.error();
    s.campaigns = *campaigns;
    auto read = QueueState::read(db);
    if (!read)
        return read.error();
    QueueState queue = std::move(read).value();
    s.recommendations = std::move(queue.recommendations);
    s.decidedCapped = queue.decidedCapped;
    s.audit = std::move(queue.audit);
    s.emergencyStop = queue.emergencyStop;
    s.policyJson = std::move(queue.policyJson);
    s.policyProposal = std::move(queue.policyProposal);
    s.missingCapabilities = std::move(queue.missingCapabilities);
    auto campaignTrends = Trends::campaigns(db, s.windowTo);
    if (!campaignTrends)
        return campaignTrends.error();
    s.campaignTrends = *campaignTrends;
    QSet<QString> productsAlone;
    for (const Recommendation &r : s.recommendations)
        if (r.campaignId.isEmpty() && !r.productId.isEmpty() && r.status == u"pending")
            productsAlone.insert(r.productId);
    auto productTrends = Trends::products(db, productsAlone, s.windowTo);
    if (!productTrends)
        return productTrends.error();
    s.productTrends = *productTrends;
    return s;
}
} // namespace

StoreSession::StoreSession(WorkspaceRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_database(std::make_shared<std::optional<Database>>())
{
    qRegisterMetaType<cp::StoreSnapshot>();
    qRegisterMetaType<cp::QueueState>();
    qRegisterMetaType<cp::StoreSession::Outcome>();
    connect(&m_task, &BackgroundTask::progress, this, &StoreSession::progress);
}

StoreSession::~StoreSession()
{
    // Close the worker thread's connection on the worker thread.
    m_task.cancel();
    if (!m_task.isRunning()) {
        auto database = m_database;
        m_task.start([database](TaskContext &) {
            if (*database)
                (*database)->closeThreadConnection();
        });
    }
}

bool StoreSession::run(std::function<Outcome(TaskContext &)> work, bool queueOnly, const QList<qint64> &ids)
{
    auto database = m_database;
    struct Result
    {
        Outcome outcome;
        std::optional<StoreSnapshot> snapshot;
        std::optional<QueueState> queue;
    };
    auto result = std::make_shared<Result>();
    const bool started = m_task.start([database, work = std::move(work), result, queueOnly, ids](TaskContext &context) {
        result->outcome = work(context);
        if (!*database)   // the workspace did not open: nothing to show
            return;
        if (context.isCancelled())
            result->outcome.cancelled = true;
        QString readError;
        if (queueOnly) {
            // A decision that failed may have met a change it did not expect
            // (someone else's, an expiry): the whole queue is read then.
            if (auto read = QueueState::read((*database)->connection(), result->outcome.ok ? ids : QList<qint64>{}))
                result->queue = std::move(read).value();
            else
                readError = read.error().toString();
        } else if (auto read = readSnapshot(**database)) {
            result->snapshot = std::move(read).value();
        } else {
            readError = read.error().toString();
        }
        // PostgreSQL's "insufficient privilege" (SQLSTATE 42501) while reading:
        // the login was taken out of the team, or its role changed, under an
        // open window (a walkthrough saw only the raw error).
        if (readError.contains(QLatin1String("(42501)")))
            readError = tr("this login may no longer read the team workspace (the server says: %1); it was removed from the team "
                           "or its role changed: ask a team admin, then open the workspace again")
                            .arg(readError);
        if (!readError.isEmpty() && result->outcome.ok)
            result->outcome = {false, false, tr("Cannot read the store"), readError, {}};
    });
    if (!started)
        return false;
    // One-shot connection: the result is ready when the task reports finished.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_task, &BackgroundTask::finished, this, [this, result, connection](bool) {
        disconnect(*connection);
        if (result->snapshot)
            emit snapshotReady(*result->snapshot);
        if (result->queue)
            emit queueReady(*result->queue);
        emit finished(result->outcome);
    });
    return true;
}

bool StoreSession::open()
{
    auto database = m_database;
    const WorkspaceRequest request = m_request;
    return run([database, request](TaskContext &context) -> Outcome {
        if (*database)
            return {};
        auto opened = WorkspaceOpener::open(request, &context);
        if (!opened)
            return {false, false, tr("Cannot open the workspace"), opened.error().toString(), {}};
        if (!opened->copyOf.isEmpty()) {
            // Not used as it is: it would share its original's connections.
            opened->database->closeThreadConnection();
            Outcome copy{false, false, tr("This workspace is a copy"), WorkspaceOpener::copyProblem(*opened), {}};
            copy.copyOf = opened->copyOf;
            return copy;
        }
        *database = *opened->database;
        if (opened->load && opened->load->cancelled)
            return {true, true, tr("Loading cancelled"), tr("The replay workspace keeps what it held before."), {}};
        if (opened->load && !opened->load->alreadyLoaded)
            return {true, false, tr("Recording opened"), tr("%1, in its replay workspace").arg(opened->load->manifest.title), {}};
        return {};
    });
}

bool StoreSession::reidentify()
{
    auto database = m_database;
    const WorkspaceRequest request = m_request;
    return run([database, request](TaskContext &context) -> Outcome {
        if (*database)
            return {};
        auto opened = WorkspaceOpener::open(request, &context);
        if (!opened)
            return {false, false, tr("Cannot open the workspace"), opened.error().toString(), {}};
        auto id = Workspaces::reidentify(opened->database->connection(), opened->workspace.path);
        if (!id) {
            opened->database->closeThreadConnection();
            return {false, false, tr("Cannot open the workspace"), id.error().toString(), {}};
        }
        *database = *opened->database;
        return {true, false, tr("This copy is a workspace of its own now"),
                tr("It has no connections yet (Agents ▸ Connections); %1 keeps its own.").arg(opened->copyOf), {}};
    });
}

bool StoreSession::import(const QString &file, const QString &importerId, const ImportOptions &options)
{
    auto database = m_database;
    return run([database, file, importerId, options](TaskContext &context) -> Outcome {
        if (!*database)
            return {false, false, tr("Import failed"), tr("No workspace is open"), {}};
        auto importer = createImporter(importerId);
        if (!importer)
            return {false, false, tr("Import failed"), tr("Unknown importer %1").arg(importerId), {}};
        auto report = importer->run(file, (*database)->connection(), options, &context);
        // The overlap refuses only under Stop; under Add or Replace a later
        // refusal (another currency, the same file added twice) is its own.
        if (!report && importer->overlap() && options.merge == MergeMode::Stop)
            return {false, false, tr("Import stopped: the workspace already has some of these days"),
                    importer->overlap()->describe(), {}, true};
        if (!report)
            return {false, false, tr("Import failed: nothing was imported"), report.error().toString(), {}};
        if (report->cancelled)
            return {true, true, tr("Import cancelled"), tr("Nothing from %1 was imported.").arg(QFileInfo(file).fileName()), {}};
        return {true, false, tr("Import finished"), report->summary(), report->errors};
    });
}

bool StoreSession::decide(std::function<Outcome(DecisionStore &)> work, const QList<qint64> &touched)
{
    auto database = m_database;
    return run([database, work](TaskContext &) {
        if (!*database)
            return Outcome{false, false, tr("Not saved"), tr("No workspace is open"), {}};
        DecisionStore store((*database)->connection());
        return work(store);
    }, true, touched);
}

bool StoreSession::work(std::function<Outcome(QSqlDatabase, TaskContext &)> work)
{
    auto database = m_database;
    return run([database, work](TaskContext &context) {
        if (!*database)
            return Outcome{false, false, tr("Not done"), tr("No workspace is open"), {}};
        return work((*database)->connection(), context);
    });
}

bool StoreSession::refresh()
{
    return run([](TaskContext &) { return Outcome{}; });
}

bool StoreSession::refreshQueue(const QList<qint64> &ids)
{
    return run([](TaskContext &) { return Outcome{}; }, true, ids);
}

} // namespace cp
