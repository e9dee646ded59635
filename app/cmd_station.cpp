// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot station: the headless agent station (issue 18). A live
// snapshot, a cycle and sending what operators approved, at once and then on
// a schedule, one station per workspace; lines for the journal on stderr.
#include "commands.h"
#include "cliio.h"

#include "agents/live/credentials.h"
#include "models/teamroles.h"
#include "agents/station/station.h"
#include "agents/station/stationlease.h"
#include "agents/workspace/workspaceplatform.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QScopeGuard>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>

namespace cp {

namespace {

constexpr int kExitHeldElsewhere = 4;

// A line for the journal: sd-daemon's priority prefix (journald's
// SyslogLevelPrefix reads it; on a terminal it is plain to see).
void journal(int priority, const QString &line)
{
    err() << QLatin1Char('<') << priority << QLatin1Char('>') << line << Qt::endl;
}

// Qt's own messages ("QSqlQuery::exec: database not open" when a server
// restarts) go to the journal with a priority too, not as bare lines. From
// any thread: one fprintf per line.
void journalQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const int priority = type == QtFatalMsg      ? 2   // crit
                         : type == QtCriticalMsg ? StationLog::Error
                         : type == QtWarningMsg  ? StationLog::Warning
                         : type == QtInfoMsg     ? StationLog::Info
                                                 : 7;
    std::fprintf(stderr, "<%d>%s\n", priority, message.toLocal8Bit().constData());
    if (type == QtFatalMsg)
        std::abort();
}

// SIGTERM and SIGINT end the station from its event loop: the handler only
// writes a byte to a socket pair (async-signal-safe), a QSocketNotifier reads
// it on the loop's thread (the pattern of Qt's "Calling Qt Functions From
// Unix Signal Handlers").
int g_signalFd[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

class SignalWatch
{
public:
    explicit SignalWatch(std::function<void()> onSignal)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalFd[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [onSignal = std::move(onSignal)] {
            char byte;
            [[maybe_unused]] const auto read = ::read(g_signalFd[1], &byte, 1);
            onSignal();
        });
        struct sigaction action = {};
        action.sa_handler = handleSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        ::sigaction(SIGINT, &action, &m_oldInt);
    }
    ~SignalWatch()
    {
        if (!m_notifier)
            return;
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        m_notifier.reset();
        ::close(g_signalFd[0]);
        ::close(g_signalFd[1]);
        g_signalFd[0] = g_signalFd[1] = -1;
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldTerm = {}, m_oldInt = {};
};

// A connection's secrets (keychain, or the environment a unit's
// EnvironmentFile sets); the Error never carries a secret.
bool secretsFor(const Workspace &workspace, Credentials::Role role, const Connection &connection, Secrets &out)
{
    if (!connection.isSet())
        return true;
    auto s = Credentials::readAndWait(workspace.id, role, connection.kind);
    if (!s) {
        journal(StationLog::Error, CommandLine::tr("error: %1").arg(s.error().toString()));
        return false;
    }
    out = *s;
    return true;
}

// A team workspace on PostgreSQL opens by its address (Database::open) and
// describes itself; WorkspaceOpener's rules are about files (recordings,
// copies of a file) and take the address for a path.
Result<Database> openStationStore(const CommandLine &cl, Workspace *workspace)
{
    if (!Database::isPostgresUrl(cl.database))
        return openStore(cl, workspace);
    if (!cl.recording.isEmpty())
        return Error{CommandLine::tr("a team workspace on PostgreSQL is always live: --recording does not apply"), cl.database};
    auto db = Database::open(cl.database);
    if (!db)
        return db.error();
    auto read = Workspaces::read(db->connection(), cl.database);
    if (!read) {
        db->closeThreadConnection();
        return read.error();
    }
    out() << read->describe() << Qt::endl;
    *workspace = *read;
    return *db;
}

} // namespace

int runStation(const CommandLine &cl)
{
    qInstallMessageHandler(journalQtMessage);
    Workspace workspace;
    auto db = openStationStore(cl, &workspace);
    if (!db) {
        journal(StationLog::Error, CommandLine::tr("error: %1").arg(db.error().toString()));
        return 2;
    }
    const auto closeStore = qScopeGuard([&db] { db->closeThreadConnection(); });
    // A team workspace's station takes snapshots and saves cycles: the
    // owner's work, or an admin's (the database refuses anyone else's
    // writes, and a station that fails every round is no station).
    {
        QSqlDatabase conn = db->connection();
        auto who = TeamRoles::identify(conn);
        if (!who) {
            journal(StationLog::Error, CommandLine::tr("error: %1").arg(who.error().toString()));
            return 2;
        }
        if (!who->mayAdminister()) {
            journal(StationLog::Error, CommandLine::tr("error: %1 has the role %2 in this team workspace: a station runs as the workspace's "
                                                       "owner or a team admin; this station does not start")
                                           .arg(who->user, TeamRoles::displayName(who->role).toLower()));
            return 2;
        }
    }
    bool heldElsewhere = false;
    auto lease = StationLease::take(*db, &heldElsewhere);
    if (!lease) {
        journal(StationLog::Error, CommandLine::tr("error: %1; this station does not start").arg(lease.error().message));
        return heldElsewhere ? kExitHeldElsewhere : 1;
    }

    // Where the live data come from and the approved actions go: what the
    // command line names, else the live workspace's saved connections (the
    // window's Agents ▸ Connections). A replay workspace reaches no network.
    StationSetup setup;
    setup.workspace = workspace;
    setup.operatorName = cl.operatorName;
    if (workspace.isReplay() && (!cl.store.isEmpty() || cl.namesLivePlatform())) {
        journal(StationLog::Error, CommandLine::tr("error: %1").arg(whyNoNetwork(workspace)));
        return 2;
    }
    if (cl.platform == u"recorded" && workspace.isLive()) {
        journal(StationLog::Error, CommandLine::tr("error: this is a live workspace: its approved actions go to its ad platform, never "
                                                   "to the recorded backend"));
        return 2;
    }
    if (workspace.isLive()) {
        QSettings settings;
        const Connections saved = Connections::load(settings, workspace.id);
        const Connections given = liveConnections(cl);
        setup.connections.store = given.store.isSet() ? given.store : saved.store;
        setup.connections.platform = given.platform.isSet() ? given.platform : saved.platform;
        for (const auto &[c, asStore] : {std::pair{&setup.connections.store, true}, std::pair{&setup.connections.platform, false}})
            if (c->isSet() && !c->problem(asStore).isEmpty()) {
                journal(StationLog::Error, CommandLine::tr("error: %1").arg(c->problem(asStore)));
                return 2;
            }
        if (!secretsFor(workspace, Credentials::Role::Store, setup.connections.store, setup.storeSecrets)
            || !secretsFor(workspace, Credentials::Role::Platform, setup.connections.platform, setup.platformSecrets))
            return 2;
        if (!setup.connections.store.isSet() && !setup.connections.platform.isSet())
            journal(StationLog::Warning, CommandLine::tr("no live connection: the rounds judge the store's data as it is"));
    }
    if (workspace.isReplay() || setup.connections.platform.isSet()) {
        auto built = platformForWorkspace(workspace, *db, setup.connections.platform, setup.platformSecrets);
        if (!built) {
            journal(StationLog::Error, CommandLine::tr("error: %1").arg(built.error().toString()));
            return 2;
        }
        setup.platform = *built;
    } else {
        setup.noPlatformWhy = CommandLine::tr("no ad platform connected (--platform, or the window's Agents ▸ Connections)");
    }
    if (!cl.policy.isEmpty()) {
        auto policy = loadPolicy(cl, *db);
        if (!policy) {
            journal(StationLog::Error, CommandLine::tr("error: %1").arg(policy.error().toString()));
            return 2;
        }
        setup.policy = *policy;
    }

    const std::chrono::seconds every = Station::parseEvery(cl.every).value_or(std::chrono::hours(1));
    bool ok = true;
    {
        Station station(*db, std::move(setup), every);
        QObject::connect(&station, &Station::logged, &station, [](int priority, const QString &line) { journal(priority, line); });
        QEventLoop loop;
        QObject::connect(&station, &Station::stopped, &loop, &QEventLoop::quit);
        SignalWatch watch([&station] { station.stop(); });
        // A PostgreSQL session can end under the station (a server restart):
        // its advisory lock goes with it. Before each round the lease is
        // checked and taken again; if another station took it meanwhile,
        // this one ends (exit 4), so that two never run at once.
        std::shared_ptr<StationLease> held = lease.value();
        station.setGuard([&held, database = *db]() -> Station::GuardVerdict {
            if (held && held->isHeld())
                return {};
            held.reset();
            bool elsewhere = false;
            auto again = StationLease::take(database, &elsewhere);
            if (!again && elsewhere)
                return {CommandLine::tr("the workspace's station lease was taken by another station: %1; this station ends")
                            .arg(again.error().message),
                        true};
            // Not another station: the server cannot be asked (down, restarting).
            if (!again)
                return {CommandLine::tr("the workspace's station lease cannot be checked: %1").arg(again.error().message), false};
            held = again.value();
            journal(StationLog::Warning, CommandLine::tr("the workspace's station lease was lost and has been taken again"));
            return {};
        });
        journal(StationLog::Info, cl.once ? CommandLine::tr("station started for one round (%1)").arg(lease.value()->describe())
                                          : CommandLine::tr("station started: a round now and every %1 (%2)")
                                                .arg(cl.every, lease.value()->describe()));
        station.start(cl.once);
        loop.exec();
        ok = station.allRoundsOk();
        if (station.stoppedByGuard())
            return kExitHeldElsewhere;
    }
    // With --once the round's outcome is the exit code (for cron); a station
    // stopped by a signal ends well: its rounds' failures are in the journal.
    return cl.once && !ok ? 1 : 0;
}

} // namespace cp
