// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"

#include "agents/llm/copycheck.h"
#include "models/database.h"
#include "models/liveevidence.h"

#include "models/nativequery.h"
#include "models/productwindows.h"
#include "models/recommendationmodel.h"
#include "models/store.h"
#include "models/twohalves.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QLocale>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <system_error>
#include <thread>
#include <limits>
#include <cmath>

namespace cp {

namespace {
struct AgentText
{
    Q_DECLARE_TR_FUNCTIONS(Agents)
};

constexpr int kNewCampaignDays = 30;

std::optional<double> pearson(const QList<QPair<double, double>> &xy)
{
    if (xy.size() < 3)
        return std::nullopt;
    double mx = 0, my = 0;
    for (const auto &[x, y] : xy) {
        mx += x;
        my += y;
    }
    mx /= double(xy.size());
    my /= double(xy.size());
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto &[x, y] : xy) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

QJsonValue opt(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

// An amount a day in the rationale: the currency when known, a sign when positive.
QString signedAmount(const Money &m, const QString &currency)
{
    const QString text = currency.isEmpty() ? formatAmount(m) : formatMoney(m, currency);
    return m.minor() > 0 ? QLocale().positiveSign() + text : text;
}
} // namespace

QJsonObject Portfolio::toJson() const
{
    QJsonArray rank;
    for (const auto &[id, efficiency] : ranking)
        rank.append(QJsonObject{{QStringLiteral("campaign_id"), id}, {QStringLiteral("efficiency"), efficiency}});
    QJsonObject categories;
    for (auto it = successByCategory.cbegin(); it != successByCategory.cend(); ++it)
        categories.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("ranking"), rank},
                       {QStringLiteral("budget_vs_sales_lift"), opt(budgetVsSalesLift)},
                       {QStringLiteral("duration_vs_performance"), opt(durationVsPerformance)},
                       {QStringLiteral("success_by_category"), categories}};
}

namespace {
// The portfolio's budget moves (Rules::reallocate) on the campaigns the
// Manager left without an action or kept running with a raise: one set per
// cycle, each member saying so.
void portfolioMoves(const QList<CampaignAnalysis> &analyses, QList<Recommendation> &recs, const Policy &policy, Wording wording)
{
    if (policy.totalDailyBudget.minor() <= 0 || recs.size() != analyses.size())
        return;
    QList<Rules::PortfolioCandidate> candidates;
    Money total;
    for (int i = 0; i < analyses.size(); ++i) {
        const CampaignAnalysis &a = analyses[i];
        const Campaign &c = a.snapshot.campaign;
        Rules::PortfolioCandidate p;
        if (c.dailyBudget && c.budgetChangeable())   // a daily budget (a lifetime one is not a day's)
            total += *c.dailyBudget;
        const auto &u = a.metrics.uplift;
        const auto &inc = a.metrics.incremental;
        const Money price = a.snapshot.product.price.value_or(Money());
        if (c.budgetChangeable() && c.dailyBudget && u && inc && inc->spendPerDay.minor() > 0
            && (recs[i].action == Recommendation::Action::None
                || (recs[i].action == Recommendation::Action::SetBudget
                    && (recs[i].rule == u"continue" || recs[i].rule == u"continue-incremental-profit")))
            && a.metrics.invalid.isEmpty()
            && a.metrics.conversions >= policy.minConversions && a.metrics.spend >= policy.minSpend) {
            const double perUnit = double(price.minor()) * inc->marginPct / 100.0;
            const double spend = double(inc->spendPerDay.minor());
            p.budget = *c.dailyBudget;
            p.returnLow = u->gateLow * perUnit / spend;
            p.returnMid = u->units * perUnit / spend;
            p.returnHigh = u->gateHigh * perUnit / spend;
            p.movable = true;
        }
        candidates << p;
    }
    const QList<QPair<int, Money>> moves = Rules::reallocate(candidates, total, policy);
    if (moves.isEmpty())
        return;
    const Rules::WordingCurrency amountsIn(analyses.isEmpty() ? QString() : analyses.first().currency);
    Money given, taken;
    for (const auto &[i, budget] : moves) {
        if (budget > candidates[i].budget)
            given += budget - candidates[i].budget;
        else
            taken += candidates[i].budget - budget;
    }
    for (const auto &[i, budget] : moves) {
        Recommendation &r = recs[i];
        const bool raise = budget > candidates[i].budget;
        r.action = Recommendation::Action::SetBudget;
        // A CONTINUE's own raise stands where it is the larger.
        r.proposedBudget = raise && r.proposedBudget ? std::max(*r.proposedBudget, budget) : budget;
        r.decision = decisionKey(raise ? DecisionKind::Continue : DecisionKind::Optimize);
        r.rule = QStringLiteral("portfolio");
        if (wording == Wording::Full) {
            const CampaignAnalysis &a = analyses[i];
            r.title = QStringLiteral("%1: %2").arg(r.decision, a.snapshot.campaign.name);
            r.inputs.insert(QStringLiteral("portfolio_set"), r.cycleId);
            r.inputs.insert(QStringLiteral("portfolio_moves"), int(moves.size()));
            r.inputs.insert(QStringLiteral("marginal_return"), candidates[i].returnMid);
            r.rationale = (raise ? AgentText::tr("Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt more than "
                                                 "they cost): raise the daily budget from %2 to %3.")
                                 : AgentText::tr("Portfolio: its extra sales return %1 for each 1.00 of spend (beyond doubt less than "
                                                 "the best campaign's): lower the daily budget from %2 to %3."))
                              .arg(QLocale().toString(candidates[i].returnMid, 'f', 2), Rules::WordingCurrency::amount(candidates[i].budget),
                                   Rules::WordingCurrency::amount(budget))
                          + QLatin1Char(' ')
                          + AgentText::tr("One of a set of %n budget change(s) in this cycle moving %1 a day from poor performers to "
                                          "winners within the total daily budget %2.", nullptr, int(moves.size()))
                                .arg(Rules::WordingCurrency::amount(given.minor() > 0 ? given : taken),
                                     Rules::WordingCurrency::amount(policy.totalDailyBudget))
                          + QLatin1Char(' ') + QString(r.rationale).remove(AgentText::tr("No change; look again next cycle."));
        }
    }
}
} // namespace

namespace {
// The daily figures the Analyst needs, folded straight into each running
// campaign's window sums (the same WindowSumsBuilder that Rules::measure
// uses over daily lists), so no list of 800 k day rows is built, copied to
// the Analyst and freed. One builder per running campaign with a start
// date on or before the cycle's day.
struct DailySums
{
    QHash<QString, QList<int>> byProduct;   // product id -> builders
    QHash<QString, int> byCampaign;         // campaign id -> builder
    std::vector<WindowSumsBuilder> builders;
    std::vector<std::pair<QString, QString>> ids;   // per builder: campaign id, product id
    QDate earliest, asOf;
};

// Driven from the running campaigns (CROSS JOIN fixes SQLite's loop
// order): a primary-key range scan per advertised product, in day order,
// instead of the whole day range joined row by row.
constexpr const char *kProductDays =
    "WITH advertised AS (SELECT DISTINCT product_id FROM campaigns WHERE status = 'active') "
    "SELECT d.product_id, d.day, d.page_views, d.units_sold, d.revenue_minor, d.orders, d.stock "
    "FROM advertised a CROSS JOIN product_days d ON d.product_id = a.product_id "
    "WHERE d.day BETWEEN ?1 AND ?2";
constexpr const char *kCampaignDays =
    "SELECT d.campaign_id, d.day, d.impressions, d.clicks, d.spend_minor, d.conversions, d.revenue_minor "
    "FROM campaigns c CROSS JOIN campaign_days d ON d.campaign_id = c.id "
    "WHERE c.status = 'active' AND d.day <= ?1";

// Through SQLite's own API: the rows arrive in the product's (or
// campaign's) key order, so one id lookup serves a run of rows.
Status readDailySums(NativeQuery &n, DailySums &sums)
{
    if (Status st = n.prepare(kProductDays); !st)
        return Error{st.error().message, QStringLiteral("cycle: product days")};
    n.bind(1, sums.earliest.toString(Qt::ISODate));
    n.bind(2, sums.asOf.toString(Qt::ISODate));
    QByteArray lastId;
    const QList<int> *targets = nullptr;
    static const QList<int> none;
    while (n.next()) {
        if (const QByteArrayView id = n.bytes(0); !targets || id != lastId) {
            lastId = id.toByteArray();
            const auto it = sums.byProduct.constFind(QString::fromUtf8(lastId));
            targets = it == sums.byProduct.constEnd() ? &none : &*it;
        }
        const qint64 day = n.julianDay(1);
        const qint64 units = n.integer(3);
        const std::optional<qint64> views = n.optInteger(2);
        for (int i : *targets)
            sums.builders[size_t(i)].addProductDay(day, units, views);
    }
    if (!n.error())
        return Error{n.error().error().message, QStringLiteral("cycle: product days")};
    if (Status st = n.prepare(kCampaignDays); !st)
        return Error{st.error().message, QStringLiteral("cycle: campaign days")};
    n.bind(1, sums.asOf.toString(Qt::ISODate));
    int campaign = -1;
    lastId.clear();
    bool first = true;
    while (n.next()) {
        if (const QByteArrayView id = n.bytes(0); first || id != lastId) {
            first = false;
            lastId = id.toByteArray();
            campaign = sums.byCampaign.value(QString::fromUtf8(lastId), -1);
        }
        if (campaign >= 0)
            sums.builders[size_t(campaign)].addCampaignDay(n.julianDay(1), n.integer(4), n.integer(6), n.integer(5), n.integer(3));
    }
    if (!n.error())
        return Error{n.error().error().message, QStringLiteral("cycle: campaign days")};
    return {};
}

// On PostgreSQL (the only other engine) the server sums the days itself
// ("the analysis queries run in the database where that is faster than
// moving rows", issue 18): 600,000 product days and 210,000 campaign days
// crossing Qt's SQL layer a cell at a time, or even packed one text per
// product (string_agg), cost more than the server's scan. Each running
// campaign's windows (WindowSumsBuilder::bounds, so the same days as on
// SQLite) go to the server as arrays, one element per campaign
// (unnest: https://www.postgresql.org/docs/current/functions-array.html),
// and one row of sums per campaign comes back. The day texts compare as
// ISO dates do, as in SQLite's reads.

// An array literal of texts: each element double-quoted, with backslash
// and double quote escaped ("Array Value Input",
// https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO).
QString pgTextArray(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'"';
        for (const QChar c : items[i]) {
            if (c == u'\\' || c == u'"')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    return out + u'}';
}

constexpr const char *kCampaignBounds =
    "WITH b AS (SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
    "?::text[], ?::text[], ?::text[]) AS b(k, campaign_id, product_id, start_day, pre_from, pre_to, base_from, base_to, cur_from, "
    "up_from, final_to)) ";
// The current window starts on or after the start, the baseline ends the
// day before: the two never overlap (addProductDay's else-if). The days are
// those of running campaigns' products, found from the campaigns table: the
// planner knows nothing of the arrays' contents, and joined to them
// directly it hashed all 3.3 million product days (2.0 s; 0.87 s so).
constexpr const char *kProductSums =
    "SELECT b.k, "
    "count(*) FILTER (WHERE d.day BETWEEN b.pre_from AND b.pre_to), "
    "sum(d.units_sold) FILTER (WHERE d.day BETWEEN b.pre_from AND b.pre_to)::bigint, "
    "count(*) FILTER (WHERE d.day BETWEEN b.base_from AND b.base_to), "
    "sum(d.units_sold) FILTER (WHERE d.day BETWEEN b.base_from AND b.base_to)::bigint, "
    "sum(d.units_sold * d.units_sold) FILTER (WHERE d.day BETWEEN b.base_from AND b.base_to)::bigint, "
    "sum(d.page_views) FILTER (WHERE d.day BETWEEN b.base_from AND b.base_to)::bigint, "
    "count(d.page_views) FILTER (WHERE d.day BETWEEN b.base_from AND b.base_to), "
    "count(*) FILTER (WHERE d.day >= b.cur_from), "
    "sum(d.units_sold) FILTER (WHERE d.day >= b.cur_from)::bigint, "
    "sum(d.page_views) FILTER (WHERE d.day >= b.cur_from)::bigint, "
    "count(d.page_views) FILTER (WHERE d.day >= b.cur_from), "
    "count(*) FILTER (WHERE d.day >= b.up_from), "
    "sum(d.units_sold) FILTER (WHERE d.day >= b.up_from)::bigint, "
    "sum(d.units_sold) FILTER (WHERE d.day BETWEEN ? AND ?)::bigint, "
    "sum(d.units_sold) FILTER (WHERE d.day >= ?)::bigint "
    "FROM b JOIN (SELECT d.product_id, d.day, d.units_sold, d.page_views "
    "FROM (SELECT DISTINCT product_id FROM campaigns WHERE status = 'active') a "
    "JOIN product_days d ON d.product_id = a.product_id WHERE d.day BETWEEN ? AND ?) d ON d.product_id = b.product_id GROUP BY b.k";
constexpr const char *kCampaignSums =
    "SELECT b.k, count(*), sum(d.spend_minor)::bigint, sum(d.revenue_minor)::bigint, sum(d.conversions)::bigint, "
    "sum(d.spend_minor) FILTER (WHERE d.day >= b.cur_from)::bigint, count(*) FILTER (WHERE d.day >= b.cur_from), "
    "sum(d.spend_minor) FILTER (WHERE d.day >= b.up_from)::bigint, "
    "sum(d.spend_minor) FILTER (WHERE d.day <= b.final_to)::bigint, sum(d.revenue_minor) FILTER (WHERE d.day <= b.final_to)::bigint, "
    "sum(d.conversions) FILTER (WHERE d.day <= b.final_to)::bigint, count(*) FILTER (WHERE d.day <= b.final_to), min(d.day) "
    "FROM b JOIN campaign_days d ON d.campaign_id = b.campaign_id AND d.day BETWEEN b.start_day AND ? GROUP BY b.k";

Status readDailySums(QSqlDatabase db, DailySums &sums)
{
    QStringList k, campaign, product, start, preFrom, preTo, baseFrom, baseTo, curFrom, upFrom, finalTo;
    const auto day = [](qint64 julian) { return QDate::fromJulianDay(julian).toString(Qt::ISODate); };
    for (size_t i = 0; i < sums.builders.size(); ++i) {
        const WindowSumsBuilder::Bounds w = sums.builders[i].bounds();
        if (!w.valid)
            continue;
        k << QString::number(i);
        campaign << sums.ids[i].first;
        product << sums.ids[i].second;
        start << day(w.start);
        preFrom << day(w.preFrom);
        preTo << day(w.preTo);
        baseFrom << day(w.baselineFrom);
        baseTo << day(w.baselineTo);
        curFrom << day(w.currentFrom);
        upFrom << day(w.upFrom);
        finalTo << day(w.finalTo);
    }
    if (k.isEmpty())
        return {};
    const auto bindBounds = [&](QSqlQuery &q) {
        q.addBindValue(QStringLiteral("{%1}").arg(k.join(u',')));
        for (const QStringList *texts : {&campaign, &product, &start, &preFrom, &preTo, &baseFrom, &baseTo, &curFrom, &upFrom, &finalTo})
            q.addBindValue(pgTextArray(*texts));
    };
    const qint64 asOf = sums.asOf.toJulianDay();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kCampaignBounds) + QString::fromLatin1(kProductSums));
    bindBounds(q);
    q.addBindValue(day(asOf - 59));   // back 30..59 days
    q.addBindValue(day(asOf - 30));
    q.addBindValue(day(asOf - 29));   // back 0..29 days
    q.addBindValue(sums.earliest.toString(Qt::ISODate));
    q.addBindValue(sums.asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("cycle: product days")};
    const auto at = [&q](int column) { return q.value(column).toLongLong(); };   // NULL (no day): 0
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || size_t(i) >= sums.builders.size())
            continue;
        sums.builders[size_t(i)].addProductSums({at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12),
                                                 at(13), at(14), at(15)});
    }
    q.prepare(QString::fromLatin1(kCampaignBounds) + QString::fromLatin1(kCampaignSums));
    bindBounds(q);
    q.addBindValue(sums.asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("cycle: campaign days")};
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || size_t(i) >= sums.builders.size())
            continue;
        const QDate first = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        sums.builders[size_t(i)].addCampaignSums(
            {at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), first.isValid() ? first.toJulianDay() : 0});
    }
    return {};
}

std::function<void()> &betweenSnapshotsHook()
{
    static std::function<void()> hook;
    return hook;
}

int dataVersion(sqlite3 *handle)
{
    sqlite3_stmt *st = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

// A statement stepped and not reset keeps its snapshot open outside any
// BEGIN: "An implicit transaction (a transaction that is started
// automatically, not a transaction started by BEGIN) is committed
// automatically when the last active statement finishes"
// (https://www.sqlite.org/lang_transaction.html).
bool hasStatementRunning(sqlite3 *handle)
{
    for (sqlite3_stmt *st = sqlite3_next_stmt(handle, nullptr); st; st = sqlite3_next_stmt(handle, st))
        if (sqlite3_stmt_busy(st))
            return true;
    return false;
}

// A second, read-only connection to a cycle's SQLite file that reads in the
// same snapshot as the cycle's own connection, so that the daily figures can
// be read on another core while the catalog is read on this one. Both hold
// a read transaction from open() to the destructor. SQLite (as Debian
// builds it) has no sqlite3_snapshot_open, so the snapshots are matched by
// order and checked: the twin starts its read between two readings of the
// cycle connection's "PRAGMA data_version", which "will be different if
// changes were committed to the database by any other connection in the
// interim" (https://www.sqlite.org/pragma.html#pragma_data_version); equal
// values leave no commit between the two snapshots.
class SnapshotTwin
{
public:
    // Nothing where `db` is not SQLite's or is in a transaction of its
    // caller's (or has a statement running, which holds a snapshot of its
    // own). Else load's read transaction on `db`, with a twin (handle())
    // where one can be had: none for a store in memory, or after a writer
    // committed between the two snapshots three times; loading then reads
    // on `db` alone, still in one snapshot.
    static std::unique_ptr<SnapshotTwin> open(const QSqlDatabase &db)
    {
        sqlite3 *own = nativeHandle(db);
        if (!own || !sqlite3_get_autocommit(own) || hasStatementRunning(own))
            return {};
        const QString path = db.databaseName();
        const bool file = !path.isEmpty() && !path.startsWith(QLatin1Char(':')) && !path.startsWith(QLatin1String("file:"))
                          && QFileInfo(path).isFile();
        for (int attempt = 0; file && attempt < 3; ++attempt) {
            auto twin = std::unique_ptr<SnapshotTwin>(new SnapshotTwin(own));
            const int before = dataVersion(own);
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &twin->m_handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
                break;
            sqlite3_busy_timeout(twin->m_handle, 10000);
            // sqlite_master: the schema table's name before SQLite 3.33 and an alias since.
            if (sqlite3_exec(twin->m_handle, "BEGIN; SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) != SQLITE_OK)
                break;
            twin->m_twinOpen = true;
            if (betweenSnapshotsHook())
                betweenSnapshotsHook()();
            if (sqlite3_exec(own, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
                return {};
            twin->m_ownOpen = true;
            const int after = dataVersion(own);   // the first read: this connection's snapshot
            if (before >= 0 && before == after)
                return twin;
        }
        // No twin: one read transaction on `db` alone.
        auto alone = std::unique_ptr<SnapshotTwin>(new SnapshotTwin(own));
        if (sqlite3_exec(own, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return {};
        alone->m_ownOpen = true;
        return alone;
    }
    ~SnapshotTwin()
    {
        if (m_ownOpen)
            end(m_own);   // read only: nothing to write but the temp table
        if (m_handle) {
            if (m_twinOpen)
                end(m_handle);
            sqlite3_close(m_handle);
        }
    }
    // The twin's connection; null when loading reads on `db` alone.
    sqlite3 *handle() const { return m_handle; }

private:
    explicit SnapshotTwin(sqlite3 *own) : m_own(own) {}
    // Never left in a transaction: a failed COMMIT is rolled back.
    static void end(sqlite3 *handle)
    {
        if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK || !sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3 *m_own;
    sqlite3 *m_handle = nullptr;
    bool m_twinOpen = false, m_ownOpen = false;
};

// PostgreSQL's way to the same: load's own connection exports its
// snapshot (a REPEATABLE READ transaction), and a second connection of the
// same workspace, opened on the reading thread, imports it: "SET
// TRANSACTION SNAPSHOT ... allows a new transaction to run with the same
// snapshot as an existing transaction"
// (https://www.postgresql.org/docs/current/sql-set-transaction.html).
class PgSnapshotTwin
{
public:
    static std::unique_ptr<PgSnapshotTwin> open(QSqlDatabase db)
    {
        if (!Database::onPostgres(db))
            return {};
        // A caller's transaction block is left alone (Database::
        // inTransactionBlock compares the statement's and the transaction's
        // timestamps; a failing SAVEPOINT would tell it too, with an ERROR
        // in the server's log every cycle).
        if (Database::inTransactionBlock(db))
            return {};
        QSqlQuery q(db);
        auto twin = std::unique_ptr<PgSnapshotTwin>(new PgSnapshotTwin(db));
        if (!q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")))
            return {};
        twin->m_ownOpen = true;
        if (!q.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !q.next())
            return {};
        twin->m_snapshot = q.value(0).toString();
        if (betweenSnapshotsHook())
            betweenSnapshotsHook()();
        return twin;
    }
    ~PgSnapshotTwin()
    {
        if (m_ownOpen)
            QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));   // the temp table's rows; nothing else was written
    }
    // On the reading thread: a connection of its own in the exported
    // snapshot. False (nothing read) when it cannot be had; the caller then
    // reads on its own connection.
    bool read(DailySums &sums, Status &status) const
    {
        static std::atomic<quint64> next{0};
        const QString name = QStringLiteral("cp:load-twin:%1").arg(++next);
        bool opened = false;
        {
            QSqlDatabase twin = QSqlDatabase::cloneDatabase(m_db.connectionName(), name);
            if (twin.open()) {
                QSqlQuery q(twin);
                if (q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                    && q.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(m_snapshot))) {
                    opened = true;
                    status = readDailySums(twin, sums);
                }
                q.exec(QStringLiteral("COMMIT"));
                twin.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return opened;
    }

private:
    explicit PgSnapshotTwin(QSqlDatabase db) : m_db(db) {}
    QSqlDatabase m_db;
    QString m_snapshot;
    bool m_ownOpen = false;
};
} // namespace

namespace CycleSteps {

void setBetweenSnapshotsHookForTests(std::function<void()> hook)
{
    betweenSnapshotsHook() = std::move(hook);
}

AsOf asOf(QSqlDatabase db)
{
    const auto workspace = Workspaces::read(db, db.databaseName());
    const QDate store = workspace && workspace->isLive() ? workspace->storeReadThrough : QDate();
    const QDate platform = workspace && workspace->isLive() ? workspace->platformReadThrough : QDate();
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    if (store.isValid() && platform.isValid()) {
        const qint64 lag = std::abs(store.daysTo(platform));
        if (lag <= kStaleSourceDays) {
            const QDate day = std::min(store, platform);
            return {day, AgentText::tr("the last day both sources were read whole: the shop through %1, the ad account through %2 "
                                       "(each up to its own today)")
                             .arg(iso(store), iso(platform))};
        }
        if (store < platform)
            return {platform, AgentText::tr("the last day the ad account was read whole; the shop was last read whole on %1, more than "
                                            "%n day(s) before, and is left out", nullptr, kStaleSourceDays)
                                  .arg(iso(store))};
        return {store, AgentText::tr("the last day the shop was read whole; the ad account was last read whole on %1, more than "
                                     "%n day(s) before, and is left out", nullptr, kStaleSourceDays)
                           .arg(iso(platform))};
    }
    if (store.isValid())
        return {store, AgentText::tr("the last day the shop was read whole (its today in its time zone)")};
    if (platform.isValid())
        return {platform, AgentText::tr("the last day the ad account was read whole (its today in its time zone)")};
    return {std::max(StoreReader::productDayRange(db).second, LiveEvidence::newestDay(db)), AgentText::tr("the newest day of figures")};
}

Result<CycleInput> load(QSqlDatabase db, QDate asOf, const Policy &policy)
{
    CycleInput in;
    // A store that cannot be read is said as such: the newest day's reads
    // below take a failed query for an empty store (a walkthrough, after the
    // team's server restarted: "the store has no figures to judge yet").
    {
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")))
            return Error{AgentText::tr("the store cannot be read: %1").arg(ping.lastError().text().trimmed()), QStringLiteral("cycle")};
    }
    // A live workspace judges from its first snapshot: the windows the
    // store measured and the platform's lifetime totals count as of their day.
    if (!asOf.isValid()) {
        const AsOf chosen = CycleSteps::asOf(db);
        asOf = chosen.day;
        in.asOfWhy = chosen.why;
    }
    if (!asOf.isValid())
        return Error{AgentText::tr("the store has no figures to judge yet: import sales or take a live snapshot first"),
                     QStringLiteral("cycle")};
    in.asOf = asOf;
    auto recording = StoreReader::recording(db);
    if (recording && recording->has_value())
        in.currency = (*recording)->currency;
    else if (auto workspace = Workspaces::read(db, db.databaseName()); workspace)
        in.currency = workspace->currency;   // a live workspace's (empty while not known)

    // The catalog's window sums kept for this day (models/productwindows.h):
    // one row per product to read, not every product-day of 30 days. If they
    // cannot be brought up to date here, the catalog sums the days itself.
    if (Status s = ProductWindows::update(db, asOf); !s)
        qWarning("Campaign Pilot: the catalog's window sums were not brought up to date for %s (%s); summing the daily figures",
                 qPrintable(asOf.toString(Qt::ISODate)), qPrintable(s.error().toString()));
    // Loading reads in one snapshot; on SQLite a second connection in the
    // same snapshot reads the daily figures on another core meanwhile.
    const std::unique_ptr<SnapshotTwin> twin = SnapshotTwin::open(db);
    const std::unique_ptr<PgSnapshotTwin> pgTwin = twin ? nullptr : PgSnapshotTwin::open(db);
    // The running campaigns first: which products have one (a product with
    // a running campaign is not a new campaign's candidate), without the
    // catalog looking up a campaign's name for each product.
    auto campaigns = StoreReader::activeCampaigns(db);
    if (!campaigns)
        return campaigns.error();
    // Running campaigns whose product the store lacks are not judged (said
    // below): no daily sums for them, nor an earlier first day to read.
    QSet<QString> productless;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT c.id FROM campaigns c WHERE c.status = 'active' AND c.product_id IS NOT NULL "
                                   "AND NOT EXISTS (SELECT 1 FROM products p WHERE p.id = c.product_id)")))
            return Error{q.lastError().text(), QStringLiteral("cycle: campaigns")};
        while (q.next())
            productless.insert(q.value(0).toString());
    }
    QSet<QString> advertised;
    DailySums daily;
    daily.asOf = daily.earliest = asOf;
    for (const Campaign &c : *campaigns) {   // running ones only (activeCampaigns)
        if (c.productId.isEmpty())
            continue;
        advertised.insert(c.productId);
        if (!c.startDate.isValid() || c.startDate > asOf || productless.contains(c.id))
            continue;
        const int k = int(daily.builders.size());
        daily.byProduct[c.productId].append(k);
        daily.byCampaign.insert(c.id, k);
        daily.earliest = std::min(daily.earliest, std::min(c.startDate.addDays(-std::max(60, 2 * policy.baselineDays)), asOf.addDays(-60)));
        daily.builders.emplace_back(c, asOf, policy);
        daily.ids.emplace_back(c.id, c.productId);
    }
    std::optional<std::thread> dailyReader;
    Status dailyRead;
    bool dailyDone = false;   // by the reader; else read below on this connection
    try {
        if (twin && twin->handle())
            dailyReader.emplace([&daily, &dailyRead, &dailyDone, handle = twin->handle()] {
                NativeQuery n(handle);
                dailyRead = readDailySums(n, daily);
                dailyDone = true;
            });
        else if (pgTwin)
            dailyReader.emplace([&daily, &dailyRead, &dailyDone, twin = pgTwin.get()] { dailyDone = twin->read(daily, dailyRead); });
    } catch (const std::system_error &) {
    }
    // Joined on every way out, before the twin closes.
    const auto joinDaily = qScopeGuard([&dailyReader] {
        if (dailyReader)
            dailyReader->join();
    });
    auto catalog = StoreReader::catalog(db, asOf.addDays(-(ProductWindows::kDays - 1)), asOf, false);
    if (!catalog)
        return catalog.error();
    auto windows = LiveEvidence::windows(db, asOf);
    if (!windows)
        return windows.error();
    auto lifetimes = LiveEvidence::lifetimes(db, asOf);
    if (!lifetimes)
        return lifetimes.error();
    QHash<QString, qsizetype> products;   // product id -> position in in.products
    products.reserve(catalog->size());
    in.products.reserve(catalog->size());
    for (const CatalogRow &r : *catalog) {
        ProductStats s;
        s.product = r.product;
        s.hasViews = r.pageViews.has_value();
        s.views30 = r.pageViews.value_or(0);
        s.units30 = r.unitsSold;
        s.revenue30 = r.revenue;
        s.hasActiveCampaign = advertised.contains(r.product.id);
        // No daily rows yet: the window the store measured stands in.
        if (const auto w = windows->constFind(r.product.id);
            w != windows->constEnd() && r.unitsSold == 0 && !r.pageViews && w->asOf.daysTo(asOf) < 30) {
            s.hasViews = w->views.has_value();
            s.views30 = w->views.value_or(0);
            s.units30 = w->units;
            s.revenue30 = w->revenue;
            s.evidence = AgentText::tr("the store's own figures for the last %n day(s)", nullptr, w->days);
        }
        products.insert(r.product.id, in.products.size());
        in.products.append(std::move(s));
    }
    QHash<QString, int> activeByCategory;
    int active = 0;
    QList<int> index;   // in.campaigns' builders in `daily`
    for (const Campaign &c : *campaigns) {
        const QString label = c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id);
        if (!c.startDate.isValid() || c.startDate > asOf) {
            in.unjudged << AgentText::tr("%1: no start date on or before %2").arg(label, asOf.toString(Qt::ISODate));
            continue;
        }
        if (c.productId.isEmpty() || !products.contains(c.productId)) {
            // A live refresh unlinks a campaign whose named product the store
            // does not hold (the shop's products not read, or that one set
            // aside): said as such, not as a name without a product id.
            const QString named = c.productId.isEmpty() ? Campaign::productIdInName(c.name) : c.productId;
            if (named.isEmpty())
                in.unjudged << AgentText::tr("%1: no product linked (put the shop's product id in its name in square brackets, "
                                             "e.g. \"Summer [22833]\")").arg(label);
            else if (products.isEmpty())
                in.unjudged << AgentText::tr("%1: its product %2 is not in the catalog, which holds no product: the shop's products "
                                             "have not been read (see the refresh's failures)").arg(label, named);
            else
                in.unjudged << AgentText::tr("%1: its product %2 is not in the catalog").arg(label, named);
            continue;
        }
        CampaignSnapshot s;
        s.campaign = c;
        const Product &product = in.products[products.value(c.productId)].product;
        s.product = product;
        s.asOf = asOf;
        if (const auto w = windows->constFind(c.productId); w != windows->constEnd())
            s.window = *w;
        if (const auto t = lifetimes->constFind(c.id); t != lifetimes->constEnd())
            s.lifetime = *t;
        index.append(daily.byCampaign.value(c.id));
        in.campaigns.append(std::move(s));
        activeByCategory[product.category] += 1;
        ++active;
    }
    for (CampaignSnapshot &s : in.campaigns)
        s.categoryCompetition = active > 0 ? double(activeByCategory.value(s.product.category)) / active : 0;

    // Comparable products: the catalog's products without a running campaign,
    // in the categories of the running ones; where a category has more than
    // kComparablePerCategory, its best sellers of the last 30 days (the
    // scan stays bounded on a large catalog; the simulation uses them all).
    // Their units on days without campaign spend of theirs, by category:
    // the days an earlier campaign of theirs spent read first (few: they
    // have no running one), then their days in one plain scan. A correlated
    // EXISTS per product-day took 0.30 s of a 10,000-campaign cycle's
    // loading (264,000 rows; 7× the plain scan in the sqlite3 shell).
    constexpr int kComparablePerCategory = 200;
    static const char *const kComparableSpendDays =
        "SELECT s.product_id, sd.day FROM cp_comparable c CROSS JOIN campaigns s ON s.product_id = c.product_id "
        "JOIN campaign_days sd ON sd.campaign_id = s.id WHERE sd.spend_minor > 0 AND sd.day BETWEEN ?1 AND ?2";
    static const char *const kComparable =
        "SELECT d.product_id, d.day, CASE WHEN d.units_sold > 0 THEN d.units_sold ELSE 0 END "
        "FROM cp_comparable c CROSS JOIN product_days d ON d.product_id = c.product_id "
        "WHERE d.day BETWEEN ?1 AND ?2";
    QSet<std::pair<QString, qint64>> comparableSpent;   // product id, Julian day
    QHash<QString, QString> comparableCategory;   // product id -> category
    QHash<QString, int> comparableProducts;       // category -> products
    {
        QSet<QString> wanted;
        for (const CampaignSnapshot &s : in.campaigns)
            wanted.insert(s.product.category);
        QHash<QString, QList<const ProductStats *>> byCategory;
        for (const ProductStats &p : in.products)
            if (!p.hasActiveCampaign && wanted.contains(p.product.category))
                byCategory[p.product.category].append(&p);
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
            QList<const ProductStats *> &list = it.value();
            if (list.size() > kComparablePerCategory) {
                std::partial_sort(list.begin(), list.begin() + kComparablePerCategory, list.end(),
                                  [](const ProductStats *a, const ProductStats *b) {
                                      return a->units30 != b->units30 ? a->units30 > b->units30 : a->product.id < b->product.id;
                                  });
                list.resize(kComparablePerCategory);
            }
            for (const ProductStats *p : list)
                comparableCategory.insert(p->product.id, it.key());
            comparableProducts.insert(it.key(), int(list.size()));
        }
        QSqlQuery t(db);
        if (!t.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS cp_comparable (product_id TEXT PRIMARY KEY)"))
            || !t.exec(QStringLiteral("DELETE FROM cp_comparable")))
            return Error{t.lastError().text(), QStringLiteral("cycle: comparable products")};
        const QStringList ids = comparableCategory.keys();
        for (qsizetype from = 0; from < ids.size(); from += 500) {
            const qsizetype n = std::min<qsizetype>(500, ids.size() - from);
            QStringList marks;
            for (qsizetype i = 0; i < n; ++i)
                marks << QStringLiteral("(?)");
            t.prepare(QStringLiteral("INSERT INTO cp_comparable (product_id) VALUES %1").arg(marks.join(u',')));
            for (qsizetype i = 0; i < n; ++i)
                t.addBindValue(ids[from + i]);
            if (!t.exec())
                return Error{t.lastError().text(), QStringLiteral("cycle: comparable products")};
        }
    }
    // Per campaign: its baseline and uplift windows (Julian days).
    struct ControlWindows { qint64 baseFrom, baseTo, upFrom, preFrom; };
    std::vector<ControlWindows> control;
    control.reserve(size_t(in.campaigns.size()));
    qint64 comparableFrom = asOf.toJulianDay();
    for (const CampaignSnapshot &s : in.campaigns) {
        const qint64 start = s.campaign.startDate.toJulianDay();
        control.push_back({start - policy.baselineDays, start - 1,
                           std::max(start, asOf.toJulianDay() - (policy.upliftWindowDays - 1)), start - 2 * policy.baselineDays});
        comparableFrom = std::min(comparableFrom, start - 2 * policy.baselineDays);   // from the placebo period
    }
    QHash<QString, QHash<qint64, QPair<qint64, qint64>>> comparable;   // category -> Julian day -> units, products
    if (NativeQuery n(db); n.isNative()) {
        if (!in.campaigns.isEmpty()) {
            if (Status st = n.prepare(kComparableSpendDays); !st)
                return Error{st.error().message, QStringLiteral("cycle: comparable products")};
            n.bind(1, QDate::fromJulianDay(comparableFrom).toString(Qt::ISODate));
            n.bind(2, asOf.toString(Qt::ISODate));
            while (n.next())
                comparableSpent.insert({QString::fromUtf8(n.bytes(0).toByteArray()), n.julianDay(1)});
            if (!n.error())
                return Error{n.error().error().message, QStringLiteral("cycle: comparable products")};
            if (Status st = n.prepare(kComparable); !st)
                return Error{st.error().message, QStringLiteral("cycle: comparable products")};
            n.bind(1, QDate::fromJulianDay(comparableFrom).toString(Qt::ISODate));
            n.bind(2, asOf.toString(Qt::ISODate));
            QByteArray lastProduct;
            QString productId;
            QHash<qint64, QPair<qint64, qint64>> *category = nullptr;
            while (n.next()) {
                if (const QByteArrayView id = n.bytes(0); !category || id != lastProduct) {
                    lastProduct = id.toByteArray();
                    productId = QString::fromUtf8(lastProduct);
                    category = &comparable[comparableCategory.value(productId)];
                }
                const qint64 day = n.julianDay(1);
                if (!comparableSpent.isEmpty() && comparableSpent.contains({productId, day}))
                    continue;
                auto &c = (*category)[day];
                c.first += n.integer(2);
                c.second += 1;
            }
            if (!n.error())
                return Error{n.error().error().message, QStringLiteral("cycle: comparable products")};
        }
    } else {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!in.campaigns.isEmpty()) {
            // PostgreSQL sums them by category and day itself: a product's
            // days on which a campaign of its spent are left out (NOT
            // EXISTS), as comparableSpent does above; the category is the
            // product's, as in the catalog.
            q.prepare(QStringLiteral(
                "SELECT p.category, d.day, sum(CASE WHEN d.units_sold > 0 THEN d.units_sold ELSE 0 END)::bigint, count(*) "
                "FROM cp_comparable c JOIN products p ON p.id = c.product_id JOIN product_days d ON d.product_id = c.product_id "
                "WHERE d.day BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM campaigns s JOIN campaign_days sd ON sd.campaign_id = s.id "
                "WHERE s.product_id = d.product_id AND sd.day = d.day AND sd.spend_minor > 0) "
                "GROUP BY p.category, d.day"));
            q.addBindValue(QDate::fromJulianDay(comparableFrom).toString(Qt::ISODate));
            q.addBindValue(asOf.toString(Qt::ISODate));
            if (!q.exec())
                return Error{q.lastError().text(), QStringLiteral("cycle: comparable products")};
            while (q.next()) {
                const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                if (!day.isValid())
                    return Error{AgentText::tr("a comparable product's day \"%1\" is not a date").arg(q.value(1).toString()),
                                 QStringLiteral("cycle: comparable products")};
                auto &c = comparable[q.value(0).toString()][day.toJulianDay()];
                c.first += q.value(2).toLongLong();
                c.second += q.value(3).toLongLong();
            }
        }
    }
    // The daily figures: read meanwhile on the twin, or now on this connection.
    if (dailyReader) {
        dailyReader->join();
        dailyReader.reset();
    }
    if (!dailyDone) {
        if (NativeQuery n(db); n.isNative())
            dailyRead = readDailySums(n, daily);
        else
            dailyRead = readDailySums(db, daily);
    }
    if (!dailyRead)
        return dailyRead.error();
    for (int i = 0; i < in.campaigns.size(); ++i) {
        CampaignSnapshot &s = in.campaigns[i];
        const ControlWindows &w = control[size_t(i)];
        const QHash<qint64, QPair<qint64, qint64>> days = comparable.value(s.product.category);
        const auto total = [&days](qint64 from, qint64 to) {
            QPair<qint64, qint64> sum{0, 0};   // units, product-days
            for (qint64 d = from; d <= to; ++d) {
                const auto c = days.value(d);
                sum.first += c.first;
                sum.second += c.second;
            }
            return sum;
        };
        // The comparable products exclude every advertised product, this
        // one included: nothing of its own to take out.
        const auto base = total(w.baseFrom, w.baseTo), up = total(w.upFrom, asOf.toJulianDay()), pre = total(w.preFrom, w.baseFrom - 1);
        s.controls = ControlSums{base.first, up.first, comparableProducts.value(s.product.category), base.second, up.second,
                                 pre.first, pre.second};
        WindowSumsBuilder &sums = daily.builders[size_t(index[i])];
        sums.setControls(s.controls);
        s.sums = sums.sums();
    }
    return in;
}

QList<Recommendation> create(const CycleInput &input, const Policy &policy, const CopyWriter &copy, const QString &cycleId,
                             const QDateTime &now, const std::atomic_bool &cancel)
{
    const Rules::WordingCurrency amountsIn(input.currency);   // "price £4.95 (needs more than £20.00)"
    // Rank on the numbers; only the products that become recommendations
    // are worded (the same ranking: score, then product id).
    std::vector<std::pair<double, const ProductStats *>> eligible;
    for (const ProductStats &s : input.products) {
        if (cancel.load())
            return {};
        if (!Rules::isEligible(s, policy))
            continue;
        eligible.emplace_back(Rules::scoreProduct(s, policy).score, &s);
    }
    // Only the first maxNewCampaignsPerCycle are taken: a partial sort (ids
    // are unique, so the order is total and the first ones are those a full
    // sort puts first; 100,000 products: 50 ms with a full stable sort).
    const size_t taken = std::min(eligible.size(), size_t(std::max(0, policy.maxNewCampaignsPerCycle)));
    std::partial_sort(eligible.begin(), eligible.begin() + qsizetype(taken), eligible.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second->product.id < b.second->product.id;
    });
    eligible.resize(taken);
    QList<Recommendation> out;
    for (const auto &[score, s] : eligible) {
        const ProductEvaluation e = Rules::evaluateProduct(*s, policy);
        const Product &p = s->product;
        Recommendation r;
        r.cycleId = cycleId;
        r.createdAt = now;
        r.expiresAt = now.addSecs(qint64(policy.recommendationTtlHours) * 3600);
        r.agent = QStringLiteral("creator");
        r.decision = QStringLiteral("NEW_CAMPAIGN");
        r.action = Recommendation::Action::Create;
        r.productId = p.id;
        r.title = AgentText::tr("New campaign for %1").arg(p.name);
        r.proposedBudget = e.budget;
        r.durationDays = kNewCampaignDays;
        // Held to the policy's ad-copy limits: approval refuses copy over them.
        r.campaignName = CopyCheck::shorten(copy.headline(p, input.currency), policy.copyHeadlineMaxChars);
        r.adCopy = CopyCheck::shorten(copy.body(p, input.currency), policy.copyPrimaryTextMaxChars);
        r.inputs = QJsonObject{{QStringLiteral("price"), p.price ? p.price->toString() : QString()},
                               {QStringLiteral("stock"), p.stock ? QJsonValue(double(*p.stock)) : QJsonValue()},
                               {QStringLiteral("views_30d"), double(s->views30)},
                               {QStringLiteral("units_30d"), double(s->units30)},
                               {QStringLiteral("category"), p.category},
                               {QStringLiteral("revenue_potential_per_day"), e.revenuePotential.toString()},
                               {QStringLiteral("as_of"), input.asOf.toString(Qt::ISODate)}};
        r.thresholds = QJsonObject{{QStringLiteral("min_stock"), double(policy.minStock)},
                                   {QStringLiteral("min_views_per_sale"), policy.minViewsPerSale},
                                   {QStringLiteral("min_price"), policy.minPrice.toString()},
                                   {QStringLiteral("budget"), QStringLiteral("min(price x %1, max(%2, expected ROI x %3)), at most %4")
                                                                  .arg(policy.budgetPriceFactor).arg(policy.budgetFloor.toString())
                                                                  .arg(policy.budgetRoiFactor).arg(policy.maxDailyBudget.toString())}};
        r.rule = QStringLiteral("selection");
        r.rationale = AgentText::tr("Meets the selection criteria: %1. Proposed daily budget %2 for %3 days.")
                          .arg(e.passed.join(QStringLiteral("; ")), input.currency.isEmpty() ? formatAmount(e.budget)
                                                                                            : formatMoney(e.budget, input.currency))
                          .arg(kNewCampaignDays);
        if (!s->evidence.isEmpty())
            r.rationale += QLatin1Char(' ') + AgentText::tr("Figures: %1.").arg(s->evidence);
        {
            const Rules::ImpactEstimate impact = Rules::newCampaignImpact(e.revenuePotential, e.budget, policy);
            r.inputs.insert(QStringLiteral("expected_impact_per_day"), impact.expected.toString());
            r.inputs.insert(QStringLiteral("impact_low_per_day"), impact.low.toString());
            r.inputs.insert(QStringLiteral("impact_high_per_day"), impact.high.toString());
            r.inputs.insert(QStringLiteral("impact_confidence"), impact.confidence);
            const auto amount = [&input](const Money &m) { return signedAmount(m, input.currency); };
            // No sale in 30 days: a rise by a share of nothing is nothing, and
            // "(15.00) a day, from (15.00) to (15.00)" read as a sure loss.
            r.rationale += QLatin1Char(' ')
                           + (e.revenuePotential.minor() == 0
                                  ? AgentText::tr("Expected effect on profit: unknown, as it sold nothing in 30 days for the policy's "
                                                  "expected rise to scale; until it sells, the campaign costs its budget, %1 a day "
                                                  "(confidence low: an assumption until the campaign has run).")
                                        .arg(amount(impact.low))
                                  : AgentText::tr("Expected effect on profit: %1 a day if sales rise by the policy's expected %2 % "
                                                  "(at a %3 % margin; from %4 if they do not rise at all to %5 if they rise twice as much; "
                                                  "confidence low: an assumption until the campaign has run).")
                                        .arg(amount(impact.expected), QLocale().toString(policy.expectedConversionLift * 100, 'f', 0),
                                             QLocale().toString(policy.defaultMarginPct, 'f', 0), amount(impact.low), amount(impact.high)));
        }
        r.risk = Rules::riskScore(0.0, 0.0, 0.0, 0.5, policy);
        r.policyVersion = policy.version;
        out.append(r);
    }
    return out;
}

QList<CampaignAnalysis> analyse(const CycleInput &input, const Policy &policy, const std::atomic_bool &cancel, Wording wording)
{
    QList<CampaignAnalysis> out;
    out.reserve(input.campaigns.size());
    const Rules::WordingCurrency amountsIn(input.currency);
    for (const CampaignSnapshot &s : input.campaigns) {
        if (cancel.load())
            return {};
        CampaignAnalysis a;
        a.metrics = Rules::measure(s, policy, wording);
        a.snapshot = s;
        a.currency = input.currency;
        a.snapshot.productDays.clear();   // the Manager needs the metrics, not the days
        a.snapshot.campaignDays.clear();
        out.append(std::move(a));
    }
    return out;
}

Portfolio portfolio(const QList<CampaignAnalysis> &analyses)
{
    Portfolio p;
    QList<QPair<double, double>> budgetLift, durationPerf;
    QHash<QString, QPair<double, int>> byCategory;
    for (const CampaignAnalysis &a : analyses) {
        const auto &m = a.metrics;
        if (m.efficiency) {
            p.ranking.append({a.snapshot.campaign.id, *m.efficiency});
            durationPerf.append({double(m.ageDays), *m.efficiency});
            auto &c = byCategory[a.snapshot.product.category];
            c.first += *m.efficiency;
            c.second += 1;
        }
        if (m.salesImpactPct && a.snapshot.campaign.dailyBudget)
            budgetLift.append({a.snapshot.campaign.dailyBudget->toDouble(), *m.salesImpactPct});
    }
    std::stable_sort(p.ranking.begin(), p.ranking.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    p.budgetVsSalesLift = pearson(budgetLift);
    p.durationVsPerformance = pearson(durationPerf);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        p.successByCategory.insert(it.key(), it->first / it->second);
    return p;
}

QList<Recommendation> manage(const QList<CampaignAnalysis> &analyses, const Policy &policy, const QString &cycleId,
                             const QDateTime &now, const std::atomic_bool &cancel, Wording wording)
{
    QList<Recommendation> out;
    out.reserve(analyses.size());
    const bool worded = wording == Wording::Full;
    const QJsonObject thresholds = worded ? Rules::thresholdsJson(policy) : QJsonObject();
    // The judgements of analyses [from, to), appended to `into`; false: the cycle was cancelled.
    auto judgeRange = [&](qsizetype from, qsizetype to, QList<Recommendation> &into) {
        // The reasons' amounts in the workspace's currency, on whichever thread judges.
        const Rules::WordingCurrency amountsIn(from < to ? analyses[from].currency : QString());
        for (qsizetype k = from; k < to; ++k) {
            if (cancel.load())
                return false;
            const CampaignAnalysis &a = analyses[k];
            const Campaign &c = a.snapshot.campaign;
            const Money price = a.snapshot.product.price.value_or(Money());
            const Decision d = Rules::decide(a.metrics, price, policy, wording);
            Recommendation r;
            r.cycleId = cycleId;
            r.createdAt = now;
            r.expiresAt = now.addSecs(qint64(policy.recommendationTtlHours) * 3600);
            r.agent = QStringLiteral("manager");
            r.decision = decisionKey(d.kind);
            r.campaignId = c.id;
            r.productId = c.productId;
            r.previousBudget = c.dailyBudget;
            r.rule = d.rule;
            r.risk = a.metrics.risk;
            r.policyVersion = policy.version;
            if (worded) {
                QJsonObject inputs = a.metrics.toJson();
                inputs.insert(QStringLiteral("price"), price.toString());
                inputs.insert(QStringLiteral("daily_budget"), c.dailyBudget ? QJsonValue(c.dailyBudget->toString()) : QJsonValue());
                inputs.insert(QStringLiteral("as_of"), a.snapshot.asOf.toString(Qt::ISODate));
                r.inputs = inputs;
                r.thresholds = thresholds;
            }
            QString action;
            switch (d.kind) {
            case DecisionKind::EmergencyPause:
            case DecisionKind::Pause:
                r.action = Recommendation::Action::Pause;
                if (worded)
                    action = AgentText::tr("Pause the campaign.");
                break;
            case DecisionKind::Continue:
                if (d.rule == u"continue-keep-budget") {
                    if (worded)
                        action = AgentText::tr("Keep it running at this budget.");
                } else if (!c.budgetChangeable()) {
                    // Meta: the money is on the ad sets or a lifetime budget; a
                    // budget change is offered for a campaign daily budget only.
                    if (worded)
                        action = c.budgetLocation == Campaign::BudgetLocation::AdSet
                                 ? AgentText::tr("Keep it running; its budgets are on its ad sets, which Campaign Pilot does not change "
                                                 "(Ads Manager).")
                                 : AgentText::tr("Keep it running; it has a lifetime budget, which Campaign Pilot does not change "
                                                 "(Ads Manager).");
                } else if (auto next = Rules::continueBudget(c, policy, a.currency)) {
                    r.action = Recommendation::Action::SetBudget;
                    r.proposedBudget = next;
                    if (worded)
                        action = AgentText::tr("Keep it running and raise the daily budget from %1 to %2.")
                                 .arg(Rules::WordingCurrency::amount(*c.dailyBudget), Rules::WordingCurrency::amount(*next));
                } else {
                    if (worded)
                        action = AgentText::tr("Keep it running; the budget is at its cap.");
                }
                break;
            case DecisionKind::Optimize:
                if (worded)
                    action = AgentText::tr("Keep the budget; review the ad copy and targeting.");
                break;
            case DecisionKind::Monitor:
                if (worded)
                    action = AgentText::tr("No change; look again next cycle.");
                break;
            }
            QString impactText, upliftText;
            const auto signedIn = [currency = a.currency](const Money &m) { return signedAmount(m, currency); };
            const auto keepImpact = [&r](const Rules::ImpactEstimate &impact) {
                r.inputs.insert(QStringLiteral("expected_impact_per_day"), impact.expected.toString());
                r.inputs.insert(QStringLiteral("impact_low_per_day"), impact.low.toString());
                r.inputs.insert(QStringLiteral("impact_high_per_day"), impact.high.toString());
                r.inputs.insert(QStringLiteral("impact_confidence"), impact.confidence);
            };
            const std::optional<IncrementalProfit> &inc = a.metrics.incremental;
            if (worded && a.metrics.uplift) {
                const Uplift &u = *a.metrics.uplift;
                const QString against = u.controls > 0
                                            ? AgentText::tr("%n comparable product(s) without a campaign moved ×%1 over the same days", nullptr, u.controls)
                                                  .arg(QLocale().toString(u.controlRatio, 'f', 2))
                                            : AgentText::tr("no comparable products: its own level before the start");
                upliftText = AgentText::tr("Uplift: %1 units a day against the %2 it would have sold without the campaign "
                                           "(90 % interval %3 to %4, over %n day(s); %5).", nullptr, u.windowDays)
                                 .arg(QLocale().toString(u.units, 'f', 2), QLocale().toString(u.counterfactual, 'f', 2),
                                      QLocale().toString(u.low, 'f', 2), QLocale().toString(u.high, 'f', 2), against);
            }
            // An uplift no campaign of this reach could cause is no estimate
            // of what pausing it costs: the platform's figures are, below.
            const bool implausible = Rules::upliftImplausible(a.metrics);
            if (implausible)
                r.inputs.insert(QStringLiteral("uplift_implausible"), true);
            if (worded && implausible)
                upliftText += QLatin1Char(' ')
                              + AgentText::tr("That is more than %1 times the campaign's %2 attributed conversion(s) a day: not its doing, "
                                              "so no expected effect is taken from it.")
                                    .arg(QLocale().toString(Rules::kUpliftPlausibleFactor),
                                         QLocale().toString(Rules::attributedConversionsPerDay(a.metrics), 'f', 2));
            if (worded && inc && !implausible && (r.action == Recommendation::Action::Pause || r.action == Recommendation::Action::None)) {
                // From the shop's own sales against the counterfactual: what the
                // campaign earns beyond what would have sold anyway.
                const bool pause = r.action == Recommendation::Action::Pause;
                const Rules::ImpactEstimate impact = Rules::incrementalImpact(*inc, pause);
                keepImpact(impact);
                const QString confidence = RecommendationModel::confidenceWord(impact.confidence);
                impactText = pause ? AgentText::tr("Expected effect on profit: %1 a day (the spend saved less the margin on the extra sales it "
                                                   "brings; 90 % interval %2 to %3, confidence %4), at a %5 % margin.")
                                         .arg(signedIn(impact.expected), signedIn(impact.low), signedIn(impact.high), confidence,
                                              QLocale().toString(inc->marginPct, 'f', 0))
                                   : AgentText::tr("Incremental profit now: %1 a day (extra sales × a %5 % margin − spend; 90 % interval "
                                                   "%2 to %3, confidence %4).")
                                         .arg(signedIn(impact.expected), signedIn(impact.low), signedIn(impact.high), confidence,
                                              QLocale().toString(inc->marginPct, 'f', 0));
                // An emergency pause rests on the platform's final figures; when
                // the shop's own sales say pausing costs money, the two read as a
                // contradiction unless said (a walkthrough: "losing money" beside
                // an expected (£40.83) a day).
                if (pause && r.decision == u"EMERGENCY_PAUSE" && impact.expected.minor() < 0)
                    impactText += QLatin1Char(' ')
                                  + (impact.high.minor() < 0
                                         ? AgentText::tr("The shop's own sales say the opposite of the platform's figures: pausing would cost "
                                                         "money (the whole interval below zero). The platform may credit the campaign with "
                                                         "too few of the sales it brings: check its attribution before approving.")
                                         : AgentText::tr("The shop's own sales lean the other way, but their interval spans zero: the pause "
                                                         "rests on the platform's final figures above."));
            } else if (worded && (r.action == Recommendation::Action::Pause || r.action == Recommendation::Action::SetBudget)) {
                const auto impact = r.action == Recommendation::Action::Pause
                                        ? Rules::expectedImpact(a.metrics, Rules::ImpactAction::Pause, price)
                                        : Rules::expectedImpact(a.metrics, Rules::ImpactAction::SetBudget, price, c.dailyBudget, r.proposedBudget);
                if (impact) {
                    keepImpact(*impact);
                    const QString confidence = RecommendationModel::confidenceWord(impact->confidence);
                    impactText = r.action == Recommendation::Action::Pause
                                     ? AgentText::tr("Expected effect on profit: %1 a day (the spend saved less the revenue given up; "
                                                     "90 % interval %2 to %3, confidence %4), from the platform's attributed figures "
                                                     "over the campaign's %n day(s).",
                                                     nullptr, a.metrics.spendDays > 0 ? a.metrics.spendDays : a.metrics.ageDays)
                                           .arg(signedIn(impact->expected), signedIn(impact->low), signedIn(impact->high),
                                                confidence)
                                     : AgentText::tr("Expected effect on profit: %1 a day if the added budget earns at today's ROAS "
                                                     "(90 % interval %2 to %3, confidence %4), from the platform's attributed figures "
                                                     "over the campaign's %n day(s).",
                                                     nullptr, a.metrics.spendDays > 0 ? a.metrics.spendDays : a.metrics.ageDays)
                                           .arg(signedIn(impact->expected), signedIn(impact->low), signedIn(impact->high),
                                                confidence);
                }
            }
            if (worded) {
                r.title = QStringLiteral("%1: %2").arg(r.decision, c.name);
                r.rationale = d.reason + QLatin1Char(' ') + action;
                if (!upliftText.isEmpty())
                    r.rationale += QLatin1Char(' ') + upliftText;
                if (!impactText.isEmpty())
                    r.rationale += QLatin1Char(' ') + impactText;
                if (!a.metrics.evidence.isEmpty())
                    r.rationale += QLatin1Char(' ') + AgentText::tr("Evidence: %1.").arg(a.metrics.evidence);
            }
            into.append(r);
        }
        return true;
    };
    // A large cycle's wording on two threads, each over its own half, in
    // order: 10,000 campaigns took 0.4 s on one (issue 14: "per-product
    // evaluation in chunks across cores"). Nothing is shared but what both
    // only read (the analyses, the policy, the thresholds; tr() and QLocale
    // are thread-safe). A backtest's unworded days stay on one.
    QList<Recommendation> second;
    bool done[2] = {true, true};
    inTwoHalves(analyses.size(), worded ? 2000 : std::numeric_limits<qsizetype>::max(),
                [&](int part, qsizetype from, qsizetype to) { done[part] = judgeRange(from, to, part == 0 ? out : second); });
    if (!done[0] || !done[1])
        return {};
    out += second;
    portfolioMoves(analyses, out, policy, wording);
    if (!worded && out.size() == analyses.size())
        for (int i = 0; i < out.size(); ++i) {
            // What the safeguards read of an action (a backtest applies them
            // too): the learning phase's conversions, the evidence a
            // cooldown compares. Only actions: the rest are never held.
            if (out[i].action == Recommendation::Action::None)
                continue;
            const CampaignMetrics &m = analyses[i].metrics;
            out[i].inputs = QJsonObject{{QStringLiteral("conversions"), double(m.conversions)},
                                        {QStringLiteral("sales_impact_pct"), opt(m.salesImpactPct)},
                                        {QStringLiteral("view_impact_pct"), opt(m.viewImpactPct)},
                                        {QStringLiteral("roas"), opt(m.roas)}};
        }
    return out;
}

} // namespace CycleSteps
} // namespace cp
