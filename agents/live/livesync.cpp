// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesync.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/workspace.h"

#include "models/liveevidence.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cp::LiveSync {

namespace {
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(LiveSync)
};

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{q.lastError().text(), QString::fromLatin1(what)};
}

QSet<QString> ids(QSqlDatabase db, const char *table)
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table)));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

// A source's restatement of a running total reaches the days it changes:
// the days stored since the first snapshot must add up to the newest total
// less the first one. Where they add up to more (the total went down), the
// excess is taken back from the days before `day`, newest first, never below
// zero. Idempotent: a second snapshot on the same day takes back only what
// is still in excess. Returns the days rewritten.
Result<int> giveBack(QSqlDatabase db, const char *dayTable, const char *totalsTable, const char *idColumn, const QString &id,
                     const QString &day, const char *dayColumn, const char *totalsColumn, qint64 newestTotal)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT day, %1 FROM %2 WHERE %3 = ? ORDER BY day LIMIT 1")
                  .arg(QLatin1String(totalsColumn), QLatin1String(totalsTable), QLatin1String(idColumn)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, totalsTable);
    if (!q.next() || q.value(1).isNull() || q.value(0).toString() >= day)
        return 0;
    const QString firstDay = q.value(0).toString();
    const qint64 target = newestTotal - q.value(1).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2 WHERE %3 = ? AND day > ? AND day <= ?")
                  .arg(QLatin1String(dayColumn), QLatin1String(dayTable), QLatin1String(idColumn)));
    q.addBindValue(id);
    q.addBindValue(firstDay);
    q.addBindValue(day);
    if (!q.exec() || !q.next())
        return sqlError(q, dayTable);
    qint64 overshoot = q.value(0).toLongLong() - std::max<qint64>(target, 0);
    q.finish();
    if (overshoot <= 0)
        return 0;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT day, %1 FROM %2 WHERE %3 = ? AND day > ? AND day < ? AND %1 > 0 ORDER BY day DESC")
                     .arg(QLatin1String(dayColumn), QLatin1String(dayTable), QLatin1String(idColumn)));
    read.addBindValue(id);
    read.addBindValue(firstDay);
    read.addBindValue(day);
    const char *table = dayTable;
    const char *column = dayColumn;
    if (!read.exec())
        return sqlError(read, table);
    QList<QPair<QString, qint64>> rows;
    while (read.next() && overshoot > 0) {
        const qint64 take = std::min(read.value(1).toLongLong(), overshoot);
        rows.append({read.value(0).toString(), take});
        overshoot -= take;
    }
    read.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 - ? WHERE %3 = ? AND day = ?")
                      .arg(QLatin1String(table), QLatin1String(column), QLatin1String(idColumn)));
    for (const auto &[d, take] : rows) {
        write.addBindValue(qlonglong(take));
        write.addBindValue(id);
        write.addBindValue(d);
        if (!write.exec())
            return sqlError(write, table);
    }
    return int(rows.size());
}

// One running total's step from yesterday's snapshot to today's: the day's
// figure, never below zero (a total that went down is a restatement of
// earlier days: giveBack()).
struct Step
{
    qint64 day = 0;
    bool down = false;
};
Step step(qint64 today, qint64 yesterday)
{
    return today >= yesterday ? Step{today - yesterday, false} : Step{0, true};
}

// Counts of what could not become a day's figures, by reason.
struct Skipped
{
    int first = 0, gap = 0, backwards = 0, daysRewritten = 0;
    QStringList backwardsIds;
    void describe(const QString &what, QStringList &notes) const
    {
        if (first)
            notes << SyncText::tr("%1 %2: first snapshot; their daily figures begin with the next day's").arg(first).arg(what);
        if (gap)
            notes << SyncText::tr("%1 %2: no snapshot yesterday; the days in between are not guessed").arg(gap).arg(what);
        if (backwards)
            notes << SyncText::tr("%1 %2: the source restated its totals downwards (%3); the newest figures win: %4 earlier "
                                  "day(s) rewritten")
                         .arg(backwards)
                         .arg(what, backwardsIds.mid(0, 5).join(QStringLiteral(", ")))
                         .arg(daysRewritten);
    }
    void refuse(const QString &id)
    {
        ++backwards;
        backwardsIds << id;
    }
};

// One kind of running totals in the store (live_product_totals or
// live_campaign_totals): the last row before a day, and that day's row.
class RunningTotals
{
public:
    RunningTotals(QSqlDatabase db, const char *table, const char *idColumn, const QStringList &values, QDate day)
        : m_table(table), m_columns(int(values.size())), m_previous(db), m_save(db), m_day(day.toString(Qt::ISODate)), m_yesterday(day.addDays(-1).toString(Qt::ISODate))
    {
        const QString columns = values.join(QStringLiteral(", "));
        m_previous.prepare(QStringLiteral("SELECT day, %1 FROM %2 WHERE %3 = ? AND day < ? ORDER BY day DESC LIMIT 1")
                               .arg(columns, QLatin1String(table), QLatin1String(idColumn)));
        m_save.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2, day, taken_at, %3) VALUES (?, ?, ?%4)")
                           .arg(QLatin1String(table), QLatin1String(idColumn), columns, QStringLiteral(", ?").repeated(values.size())));
    }

    // The totals `id` had at the end of yesterday, in column order; none when
    // there is no such snapshot (counted in `skips` as first or gap).
    Result<std::optional<QVariantList>> yesterday(const QString &id)
    {
        m_previous.addBindValue(id);
        m_previous.addBindValue(m_day);
        if (!m_previous.exec())
            return sqlError(m_previous, m_table);
        std::optional<QVariantList> out;
        if (!m_previous.next()) {
            ++skips.first;
        } else if (m_previous.value(0).toString() != m_yesterday) {
            ++skips.gap;
        } else {
            out.emplace();
            for (int i = 1; i <= m_columns; ++i)
                out->append(m_previous.value(i));
        }
        m_previous.finish();
        return out;
    }

    Status save(const QString &id, const QString &takenAt, const QVariantList &values)
    {
        for (const QVariant &v : QVariantList{id, m_day, takenAt} + values)
            m_save.addBindValue(v);
        if (!m_save.exec())
            return sqlError(m_save, m_table);
        return {};
    }

    Skipped skips;

private:
    const char *m_table;
    int m_columns;
    QSqlQuery m_previous, m_save;
    QString m_day, m_yesterday;
};
} // namespace

std::pair<QDate, QDate> range(QSqlDatabase db, QDate today, int historyDays)
{
    const auto [first, last] = StoreReader::productDayRange(db);
    Q_UNUSED(first);
    // Re-read the newest day too: it may have been fetched while still running.
    QDate from = last.isValid() ? std::min(last, today) : today.addDays(-(historyDays - 1));
    from = std::max(from, today.addDays(-(historyDays - 1)));
    return {from, today};
}

Result<SyncReport> write(QSqlDatabase db, const LiveSnapshot &s)
{
    // Live data lands only in a live workspace (a replay workspace never
    // takes it, whatever its connections say).
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (const QString why = whyNoNetwork(*workspace); !why.isEmpty())
        return Error{why, db.databaseName()};
    if (auto rec = StoreReader::recording(db); rec && rec->has_value())
        return Error{SyncText::tr("this store holds the recording \"%1\"; keep live data in a store of its own "
                                  "(start with --database PATH)")
                         .arg((*rec)->title),
                     db.databaseName()};
    SyncReport report;
    report.notes = s.notes;
    StoreWriter writer(db);
    if (Status st = writer.begin(); !st)
        return st.error();
    auto fail = [&](const Error &e) -> Result<SyncReport> {
        writer.rollback();
        return e;
    };
    for (const Product &p : s.products)
        if (Status st = writer.upsertProduct(p); !st)
            return fail(st.error());
    report.products = int(s.products.size());
    const QSet<QString> products = ids(db, "products");

    QSet<QString> statedDays;   // product ids with a day stated outright for s.to
    int unknownProductDays = 0;
    for (const ProductDay &day : s.productDays) {
        if (!products.contains(day.productId)) {
            ++unknownProductDays;
            continue;
        }
        if (Status st = writer.upsertProductDay(day); !st)
            return fail(st.error());
        ++report.productDays;
        if (day.date == s.to)
            statedDays.insert(day.productId);
    }
    if (unknownProductDays)
        report.notes << SyncText::tr("%1 day(s) of sales for products not in the catalog were not written").arg(unknownProductDays);

    const QString takenAt = s.takenAt.toString(Qt::ISODateWithMs);
    QHash<QString, std::optional<qint64>> stockOf;
    for (const Product &p : s.products)
        stockOf.insert(p.id, p.stock);

    RunningTotals productTotals(db, "live_product_totals", "product_id",
                                {QStringLiteral("page_views"), QStringLiteral("units"), QStringLiteral("revenue_minor")}, s.to);
    for (const ProductTotals &t : s.productTotals) {
        if (!products.contains(t.productId))
            continue;
        if (!statedDays.contains(t.productId)) {
            auto previous = productTotals.yesterday(t.productId);
            if (!previous)
                return fail(previous.error());
            if (const auto &p = *previous) {
                const Step views = step(t.pageViews, p->at(0).toLongLong());
                const Step units = step(t.units, p->at(1).toLongLong());
                const Step revenue = step(t.revenue.minor(), p->at(2).toLongLong());
                ProductDay d;
                d.productId = t.productId;
                d.date = s.to;
                d.pageViews = views.day;
                d.unitsSold = units.day;
                d.revenue = Money::fromMinor(revenue.day);
                d.stock = stockOf.value(t.productId);
                // A total that went down is a restatement: the newest snapshot
                // wins, and the days it changes are rewritten here, in this
                // transaction, so the stored days add up to the newest total.
                if (Status st = writer.upsertProductDay(d); !st)
                    return fail(st.error());
                ++report.productDays;
                if (views.down || units.down || revenue.down) {
                    productTotals.skips.refuse(t.productId);
                    for (const auto &[column, totalsColumn, total] :
                         {std::tuple{"page_views", "page_views", qint64(t.pageViews)}, std::tuple{"units_sold", "units", qint64(t.units)},
                          std::tuple{"revenue_minor", "revenue_minor", qint64(t.revenue.minor())}}) {
                        auto changed = giveBack(db, "product_days", "live_product_totals", "product_id", t.productId,
                                                d.date.toString(Qt::ISODate), column, totalsColumn, total);
                        if (!changed)
                            return fail(changed.error());
                        productTotals.skips.daysRewritten += *changed;
                    }
                }
            }
        }
        if (Status st = productTotals.save(t.productId, takenAt, {qlonglong(t.pageViews), qlonglong(t.units), qlonglong(t.revenue.minor())});
            !st)
            return fail(st.error());
    }
    productTotals.skips.describe(SyncText::tr("product(s)"), report.notes);
    for (const SourceWindow &w : s.windows) {
        if (!products.contains(w.productId))
            continue;
        if (Status st = LiveEvidence::saveWindow(db, w, takenAt); !st)
            return fail(st.error());
        ++report.windows;
    }
    if (!s.stale.isEmpty())
        report.notes << SyncText::tr("%n product(s) kept their earlier figures because their fetch failed (%1)", nullptr,
                                     int(s.stale.size()))
                            .arg(s.stale.mid(0, 5).join(QStringLiteral(", ")));

    int unlinked = 0;
    for (Campaign c : s.campaigns) {
        if (!c.productId.isEmpty() && !products.contains(c.productId)) {
            ++unlinked;
            c.productId.clear();   // the store does not know that product (yet)
        }
        if (Status st = writer.upsertCampaign(c); !st)
            return fail(st.error());
    }
    report.campaigns = int(s.campaigns.size());
    if (unlinked)
        report.notes << SyncText::tr("%1 campaign(s) name a product the store does not know; kept without the link").arg(unlinked);
    const QSet<QString> campaigns = ids(db, "campaigns");
    QSet<QString> statedCampaignDays;
    for (const CampaignDay &d : s.campaignDays) {
        if (!campaigns.contains(d.campaignId))
            continue;
        if (Status st = writer.upsertCampaignDay(d); !st)
            return fail(st.error());
        ++report.campaignDays;
        if (d.date == s.to)
            statedCampaignDays.insert(d.campaignId);
    }
    RunningTotals campaignTotals(db, "live_campaign_totals", "campaign_id",
                                 {QStringLiteral("impressions"), QStringLiteral("clicks"), QStringLiteral("spend_minor"),
                                  QStringLiteral("conversions"), QStringLiteral("revenue_minor")},
                                 s.to);
    for (const CampaignTotals &t : s.campaignTotals) {
        if (!campaigns.contains(t.campaignId))
            continue;
        if (!statedCampaignDays.contains(t.campaignId)) {
            auto previous = campaignTotals.yesterday(t.campaignId);
            if (!previous)
                return fail(previous.error());
            if (const auto &p = *previous) {
                const bool revenueKnown = t.revenue && !p->at(4).isNull();
                const Step impressions = step(t.impressions, p->at(0).toLongLong());
                const Step clicks = step(t.clicks, p->at(1).toLongLong());
                const Step spend = step(t.spend.minor(), p->at(2).toLongLong());
                const Step conversions = step(t.conversions, p->at(3).toLongLong());
                const Step revenue = revenueKnown ? step(t.revenue->minor(), p->at(4).toLongLong()) : Step{};
                CampaignDay d;
                d.campaignId = t.campaignId;
                d.date = s.to;
                d.impressions = impressions.day;
                d.clicks = clicks.day;
                d.spend = Money::fromMinor(spend.day);
                d.conversions = conversions.day;
                d.revenue = Money::fromMinor(revenue.day);
                // Platforms restate recent days (Meta up to 28 days of
                // conversions): the newest totals win, earlier days give back.
                if (Status st = writer.upsertCampaignDay(d); !st)
                    return fail(st.error());
                ++report.campaignDays;
                if (impressions.down || clicks.down || spend.down || conversions.down || revenue.down) {
                    campaignTotals.skips.refuse(t.campaignId);
                    for (const auto &[column, total] :
                         {std::pair{"impressions", qint64(t.impressions)}, std::pair{"clicks", qint64(t.clicks)}, std::pair{"spend_minor", qint64(t.spend.minor())},
                          std::pair{"conversions", qint64(t.conversions)},
                          std::pair{"revenue_minor", revenueKnown ? qint64(t.revenue->minor()) : qint64(-1)}}) {
                        if (total < 0)
                            continue;   // revenue the platform does not report
                        auto changed = giveBack(db, "campaign_days", "live_campaign_totals", "campaign_id", t.campaignId,
                                                d.date.toString(Qt::ISODate), column, column, total);
                        if (!changed)
                            return fail(changed.error());
                        campaignTotals.skips.daysRewritten += *changed;
                    }
                }
            }
        }
        if (Status st = campaignTotals.save(t.campaignId, takenAt,
                                            {qlonglong(t.impressions), qlonglong(t.clicks), qlonglong(t.spend.minor()),
                                             qlonglong(t.conversions), t.revenue ? QVariant(qlonglong(t.revenue->minor())) : QVariant()});
            !st)
            return fail(st.error());
    }
    campaignTotals.skips.describe(SyncText::tr("campaign(s)"), report.notes);

    ImportLogEntry log;
    log.importer = QStringLiteral("live");
    log.file = QStringList{s.store, s.platform}.join(QStringLiteral(" + "));
    log.rowsRead = s.products.size() + s.productDays.size() + s.productTotals.size() + s.campaigns.size() + s.campaignDays.size()
                 + s.campaignTotals.size();
    log.rowsWritten = report.products + report.productDays + report.campaigns + report.campaignDays;
    log.rowsSkipped = s.failures.size();
    log.firstErrors = (s.failures + report.notes).mid(0, 20);
    if (Status st = writer.logImport(log); !st)
        return fail(st.error());
    if (Status st = writer.commit(); !st)
        return fail(st.error());
    return report;
}

Result<Refresh> refresh(QSqlDatabase db, const Connections &connections, const Secrets &storeSecrets, const Secrets &platformSecrets,
                        QDate today, TaskContext *context, LiveFetch::BreakerHook onBreaker)
{
    // Checked before any request leaves: a replay workspace reaches no network.
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (const QString why = whyNoNetwork(*workspace); !why.isEmpty())
        return Error{why, db.databaseName()};
    for (const auto &[c, asStore] : {std::pair{&connections.store, true}, std::pair{&connections.platform, false}})
        if (QString problem = c->problem(asStore); !problem.isEmpty())
            return Error{problem, asStore ? SyncText::tr("store connection") : SyncText::tr("ad platform connection")};
    const auto [from, to] = range(db, today);
    auto snapshot = LiveFetch::run(connections.store, storeSecrets, connections.platform, platformSecrets, from, to, context, onBreaker);
    if (!snapshot)
        return snapshot.error();
    auto written = write(db, *snapshot);
    if (!written)
        return written.error();
    return Refresh{*written, snapshot->failures, 0};
}

} // namespace cp::LiveSync
