// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesync.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/workspace.h"

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

// Counts of what could not become a day's figures, by reason.
struct Skipped
{
    int first = 0, gap = 0, backwards = 0;
    QStringList backwardsIds;
    void describe(const QString &what, QStringList &notes) const
    {
        if (first)
            notes << SyncText::tr("%1 %2: first snapshot; their daily figures begin with the next day's").arg(first).arg(what);
        if (gap)
            notes << SyncText::tr("%1 %2: no snapshot yesterday; the days in between are not guessed").arg(gap).arg(what);
        if (backwards)
            notes << SyncText::tr("%1 %2: a running total went backwards (%3); today's figures refused")
                         .arg(backwards)
                         .arg(what, backwardsIds.mid(0, 5).join(QStringLiteral(", ")));
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
                ProductDay d;
                d.productId = t.productId;
                d.date = s.to;
                d.pageViews = t.pageViews - p->at(0).toLongLong();
                d.unitsSold = t.units - p->at(1).toLongLong();
                d.revenue = t.revenue - Money::fromMinor(p->at(2).toLongLong());
                d.stock = stockOf.value(t.productId);
                if (*d.pageViews < 0 || d.unitsSold < 0 || d.revenue.minor() < 0) {
                    productTotals.skips.refuse(t.productId);
                } else {
                    if (Status st = writer.upsertProductDay(d); !st)
                        return fail(st.error());
                    ++report.productDays;
                }
            }
        }
        if (Status st = productTotals.save(t.productId, takenAt, {qlonglong(t.pageViews), qlonglong(t.units), qlonglong(t.revenue.minor())});
            !st)
            return fail(st.error());
    }
    productTotals.skips.describe(SyncText::tr("product(s)"), report.notes);

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
                CampaignDay d;
                d.campaignId = t.campaignId;
                d.date = s.to;
                d.impressions = t.impressions - p->at(0).toLongLong();
                d.clicks = t.clicks - p->at(1).toLongLong();
                d.spend = t.spend - Money::fromMinor(p->at(2).toLongLong());
                d.conversions = t.conversions - p->at(3).toLongLong();
                const bool revenueKnown = t.revenue && !p->at(4).isNull();
                d.revenue = revenueKnown ? *t.revenue - Money::fromMinor(p->at(4).toLongLong()) : Money();
                if (d.impressions < 0 || d.clicks < 0 || d.spend.minor() < 0 || d.conversions < 0 || d.revenue.minor() < 0) {
                    campaignTotals.skips.refuse(t.campaignId);
                } else {
                    if (Status st = writer.upsertCampaignDay(d); !st)
                        return fail(st.error());
                    ++report.campaignDays;
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
