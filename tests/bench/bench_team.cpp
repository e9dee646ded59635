// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace at scale (issue 18): a PostgreSQL server of the bench's
// own (tests/support/pgserver.h), a store of 100,000 products and 10,000
// running campaigns generated in the database, then
//   1. the agents' cycle alone (the station's work: read, judge, save);
//   2. one window: the whole queue read once (opening), then queue
//      refreshes (the recommendations others changed, as the window reads
//      them when the server announces them) and approvals, in turn;
//   3. ten windows doing the same at once, each on its own connection;
//   4. ten windows while the station runs a cycle;
//   5. all ten approving the same recommendation at once (one wins).
// Prints each operation's median, 95th percentile and worst, and the ratios
// of the ten-window figures to the one-window ones.
//
//   build/tests/bench/bench_team [products] [campaigns] [windows] [rounds]
#include "../support/pgserver.h"

#include "agents/approval.h"
#include "agents/cycle/orchestrator.h"
#include "models/productwindows.h"
#include "models/decisionstore.h"
#include "models/queuestate.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace cp;

namespace {

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
    return false;
}

// The shape of bench_cycle's generated store (the same sizes and figures),
// written by the server itself: generate_series, not a million round trips.
bool generate(QSqlDatabase db, int products, int campaigns, const QDate &last)
{
    const QString day = last.toString(Qt::ISODate);
    const QString pid = QStringLiteral("'P' || lpad(i::text, 6, '0')");
    return exec(db, QStringLiteral("INSERT INTO products (id, name, category, price_minor, stock) "
                                   "SELECT %1, 'Product ' || i, 'Cat ' || (i %% 40), 500 + (i * 37) %% 20000, 20 + (i * 13) %% 500 "
                                   "FROM generate_series(0, %2) i")
                        .arg(pid).arg(products - 1)
                        .replace(QLatin1String("%%"), QLatin1String("%")))
        && exec(db, QStringLiteral("INSERT INTO product_days (product_id, day, page_views, units_sold, revenue_minor, orders) "
                                   "SELECT %1, to_char(date '%2' - d, 'YYYY-MM-DD'), 10 + (i * 3 + d) %% 50, (i + d) %% 7, "
                                   "(500 + (i * 37) %% 20000) * ((i + d) %% 7), (i + d) %% 7 "
                                   "FROM generate_series(0, %3) i, generate_series(0, 59) d "
                                   "WHERE d < CASE WHEN i < %4 THEN 60 ELSE 30 END")
                        .arg(pid, day).arg(products - 1).arg(campaigns)
                        .replace(QLatin1String("%%"), QLatin1String("%")))
        && exec(db, QStringLiteral("INSERT INTO campaigns (id, name, product_id, status, daily_budget_minor, start_day) "
                                   "SELECT 'C' || lpad(i::text, 6, '0'), 'Campaign ' || i, %1, 'active', 1000 + (i %% 50) * 100, "
                                   "to_char(date '%2' - 20, 'YYYY-MM-DD') FROM generate_series(0, %3) i")
                        .arg(pid, day).arg(campaigns - 1)
                        .replace(QLatin1String("%%"), QLatin1String("%")))
        && exec(db, QStringLiteral("INSERT INTO campaign_days (campaign_id, day, impressions, clicks, spend_minor, conversions, revenue_minor) "
                                   "SELECT 'C' || lpad(i::text, 6, '0'), to_char(date '%1' - 20 + d, 'YYYY-MM-DD'), "
                                   "(10 + (i + d) %% 30) * 100, 10 + (i + d) %% 30, 800 + (i %% 40) * 10, (i + d) %% 4, "
                                   "(500 + (i * 37) %% 20000) * ((i + d) %% 4) "
                                   "FROM generate_series(0, %2) i, generate_series(0, 20) d")
                        .arg(day).arg(campaigns - 1)
                        .replace(QLatin1String("%%"), QLatin1String("%")))
        // As an import leaves it: the catalog's window sums kept for the
        // newest day (models/productwindows.h; StoreWriter::commit does it).
        && ProductWindows::updateToNewest(db).ok()
        && exec(db, QStringLiteral("ANALYZE"));
}

qint64 runCycle(const Database &db, const QDate &asOf, int *recommendations)
{
    Orchestrator orchestrator(db);
    // The policy's cap of actions a day is for one shop's operator; at this
    // scale it would hold back all but 50 of the actions the windows approve.
    Policy policy;
    policy.maxActionsPerDay = 1000000;
    orchestrator.setPolicy(policy);
    QEventLoop loop;
    QObject::connect(&orchestrator, &Orchestrator::cycleFinished, &loop, [&](const CycleResult &r) {
        *recommendations = int(r.recommendations.size());
        if (!r.error.isEmpty())
            std::fprintf(stderr, "cycle: %s\n", qPrintable(r.error));
        loop.quit();
    });
    QElapsedTimer t;
    QObject::connect(&orchestrator, &Orchestrator::stepStarted, [&](const QString &step) {
        std::printf("   %-8s starts at %lld ms\n", qPrintable(step), static_cast<long long>(t.elapsed()));
    });
    t.start();
    orchestrator.runCycle(asOf);
    loop.exec();
    return t.elapsed();
}

struct Stats
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double at(double q)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))];
    }
    void print(const char *what)
    {
        std::printf("  %-34s n=%4zu  median %8.1f ms  p95 %8.1f ms  worst %8.1f ms\n", what, ms.size(), at(0.5), at(0.95), at(1.0));
    }
};

// `windows` threads, each with its own connection. Each first reads the
// whole queue (as a window does when it opens, or after a cycle), then does
// `rounds` of: read again what the others approved since its last read (as a
// window does when the server announces their changes: QueueState::read of
// the ids named), then approve the next pending recommendation of its share.
struct Load
{
    Stats open, refresh, approve;
    int approved = 0, refused = 0;
};
Load windows(const QString &url, const QList<qint64> &pending, int windows, int rounds, std::atomic<int> *next)
{
    Load load;
    std::mutex m;
    std::vector<qint64> changed;   // what every window approved, in order (the announcements)
    std::vector<std::thread> threads;
    for (int w = 0; w < windows; ++w)
        threads.emplace_back([&, w] {
            const Database db = Database::attach(url);
            {
                DecisionStore store(db.connection());
                const QString op = QStringLiteral("operator%1").arg(w);
                QElapsedTimer t;
                t.start();
                const auto whole = QueueState::read(db.connection());
                const double openMs = double(t.nsecsElapsed()) / 1e6;
                if (!whole || whole->recommendations.isEmpty())
                    std::fprintf(stderr, "whole queue read failed\n");
                {
                    std::lock_guard lock(m);
                    load.open.add(openMs);
                }
                size_t seen = 0;
                qint64 mine = pending.first();
                for (int r = 0; r < rounds; ++r) {
                    QList<qint64> ids;
                    {
                        std::lock_guard lock(m);
                        for (; seen < changed.size(); ++seen)
                            ids << changed[seen];
                    }
                    if (ids.isEmpty())
                        ids << mine;   // alone: its own approval's announcement
                    t.restart();
                    const auto read = QueueState::read(db.connection(), ids);
                    const double refreshMs = double(t.nsecsElapsed()) / 1e6;
                    if (!read || read->recommendations.isEmpty())
                        std::fprintf(stderr, "refresh failed\n");
                    const int i = next->fetch_add(1);
                    if (i >= pending.size())
                        break;
                    t.restart();
                    const auto done = Approval::approve(store, pending[i], op, Policy{});
                    const double approveMs = double(t.nsecsElapsed()) / 1e6;
                    mine = pending[i];
                    std::lock_guard lock(m);
                    changed.push_back(pending[i]);
                    load.refresh.add(refreshMs);
                    load.approve.add(approveMs);
                    (done ? load.approved : load.refused) += 1;
                    if (!done)
                        std::fprintf(stderr, "approve %lld: %s\n", pending[i], qPrintable(done.error().toString()));
                }
            }
            db.closeThreadConnection();
        });
    for (std::thread &t : threads)
        t.join();
    return load;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int campaigns = argc > 2 ? std::atoi(argv[2]) : 10000;
    const int clients = argc > 3 ? std::atoi(argv[3]) : 10;
    const int rounds = argc > 4 ? std::atoi(argv[4]) : 20;

    test::PgServer server;
    QString error;
    if (!server.start(&error) || !server.createDatabase(QStringLiteral("team"), &error)) {
        std::fprintf(stderr, "no PostgreSQL server: %s\n", qPrintable(error));
        return 1;
    }
    const QString url = server.url(QStringLiteral("team"));
    auto db = Database::open(url);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const QDate last(2024, 6, 30);
    QElapsedTimer t;
    t.start();
    if (!Workspaces::define(db->connection(), Workspace::Kind::Live, QStringLiteral("bench"), QString())
        || !generate(db->connection(), products, campaigns, last))
        return 1;
    std::printf("team store (%d products, %d campaigns) generated in the server in %lld ms\n", products, campaigns,
                static_cast<long long>(t.elapsed()));

    // CP_BENCH_PAUSE=1: wait for a line on the standard input first (to look
    // at the server with psql meanwhile).
    if (qEnvironmentVariableIsSet("CP_BENCH_PAUSE")) {
        std::printf("server: %s (psql -h 127.0.0.1 -p %d -U cp team); press Enter\n", qPrintable(url), server.port());
        std::fflush(stdout);
        std::getchar();
    }
    // CP_BENCH_SLOW_MS=N: the server logs statements slower than N ms; the
    // first cycle's are printed (where the time goes).
    QString serverLog;
    if (const int slow = qEnvironmentVariableIntValue("CP_BENCH_SLOW_MS"); slow > 0) {
        exec(db->connection(), QStringLiteral("ALTER DATABASE team SET log_min_duration_statement = %1").arg(slow));
        exec(db->connection(), QStringLiteral("ALTER DATABASE team SET track_functions = 'pl'"));
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SHOW data_directory")) && q.next())
            serverLog = q.value(0).toString() + QStringLiteral("/../server.log");
        db->closeThreadConnection();   // the setting applies to new connections
    }
    int recs = 0;
    const qint64 first = runCycle(*db, last, &recs);
    std::printf("1. station cycle alone: %lld ms, %d recommendations\n", static_cast<long long>(first), recs);
    if (QFile log(serverLog); !serverLog.isEmpty() && log.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : log.readAll().split('\n'))
            if (line.contains("duration:"))
                std::printf("   slow: %s\n", line.left(400).constData());
        // The triggers' share (track_functions; the cycle's connection has
        // ended, so its counts are flushed).
        QSqlQuery f(db->connection());
        if (f.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")) && f.exec(QStringLiteral(
                "SELECT funcname, calls, round(total_time), round(self_time) FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 8")))
            while (f.next())
                std::printf("   function %s: %lld calls, %lld ms (self %lld ms)\n", qPrintable(f.value(0).toString()),
                            f.value(1).toLongLong(), f.value(2).toLongLong(), f.value(3).toLongLong());
    }

    auto pendingIds = [&] {
        QList<qint64> ids;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id FROM recommendations WHERE status = 'pending' AND action <> 'none' ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    };
    QList<qint64> pending = pendingIds();
    std::printf("   pending with an action: %lld\n", static_cast<long long>(pending.size()));
    if (pending.size() < 3 * clients * rounds + 1) {
        std::fprintf(stderr, "not enough pending recommendations for the rounds\n");
        return 1;
    }

    std::atomic<int> next{0};
    Load one = windows(url, pending, 1, rounds, &next);
    std::printf("2. one window, %d rounds:\n", rounds);
    one.open.print("whole queue read (opening)");
    one.refresh.print("queue refresh (changed ones)");
    one.approve.print("approval");

    Load ten = windows(url, pending, clients, rounds, &next);
    std::printf("3. %d windows at once, %d rounds each: %d approved, %d refused\n", clients, rounds, ten.approved, ten.refused);
    ten.open.print("whole queue read (opening)");
    ten.refresh.print("queue refresh (changed ones)");
    ten.approve.print("approval");

    // 4. The same while the station runs a cycle (the windows on threads,
    // the cycle on the Orchestrator's worker, this thread's loop waiting).
    Load during;
    std::thread load([&] { during = windows(url, pending, clients, rounds, &next); });
    int recs2 = 0;
    const qint64 busy = runCycle(*db, last, &recs2);
    load.join();
    std::printf("4. %d windows while the station runs a cycle: cycle %lld ms (%d recommendations); %d approved, %d refused\n",
                clients, static_cast<long long>(busy), recs2, during.approved, during.refused);
    during.open.print("whole queue read (opening)");
    during.refresh.print("queue refresh (changed ones)");
    during.approve.print("approval");

    // 5. Everyone approves one recommendation at once: one approval, the
    // others told who was first.
    pending = pendingIds();
    const qint64 contested = pending.last();
    std::atomic<int> wins{0}, told{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < clients; ++w)
        threads.emplace_back([&, w] {
            const Database conn = Database::attach(url);
            {
                DecisionStore store(conn.connection());
                const auto r = Approval::approve(store, contested, QStringLiteral("rival%1").arg(w), Policy{});
                if (r)
                    ++wins;
                else if (Approval::refusalOf(store, contested) == Approval::Refusal::AlreadyDecided)
                    ++told;
            }
            conn.closeThreadConnection();
        });
    for (std::thread &th : threads)
        th.join();
    std::printf("5. %d windows approving #%lld at once: %d approval, %d told it was already decided\n", clients,
                static_cast<long long>(contested), wins.load(), told.load());

    std::printf("ratios (%d windows / one): refresh median %.2f, approval median %.2f; with the station running: "
                "refresh %.2f, approval %.2f; cycle busy / alone %.2f\n",
                clients, ten.refresh.at(0.5) / std::max(0.001, one.refresh.at(0.5)),
                ten.approve.at(0.5) / std::max(0.001, one.approve.at(0.5)),
                during.refresh.at(0.5) / std::max(0.001, one.refresh.at(0.5)),
                during.approve.at(0.5) / std::max(0.001, one.approve.at(0.5)), double(busy) / double(std::max<qint64>(1, first)));
    db->closeThreadConnection();
    return wins.load() == 1 ? 0 : 2;
}
