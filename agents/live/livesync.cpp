// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesync.h"

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

    const QString day = s.to.toString(Qt::ISODate);
    const QString yesterday = s.to.addDays(-1).toString(Qt::ISODate);
    const QString takenAt = s.takenAt.toString(Qt::ISODateWithMs);
    QHash<QString, std::optional<qint64>> stockOf;
    for (const Product &p : s.products)
        stockOf.insert(p.id, p.stock);

    QSqlQuery previous(db), save(db);
    Skipped productSkips;
    previous.prepare(QStringLiteral("SELECT day, page_views, units, revenue_minor FROM live_product_totals "
                                    "WHERE product_id = ? AND day < ? ORDER BY day DESC LIMIT 1"));
    save.prepare(QStringLiteral("INSERT OR REPLACE INTO live_product_totals (product_id, day, taken_at, page_views, units, revenue_minor) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ProductTotals &t : s.productTotals) {
        if (!products.contains(t.productId))
            continue;
        previous.addBindValue(t.productId);
        previous.addBindValue(day);
        if (!previous.exec())
            return fail(sqlError(previous, "live_product_totals"));
        if (!statedDays.contains(t.productId)) {
            if (!previous.next()) {
                ++productSkips.first;
            } else if (previous.value(0).toString() != yesterday) {
                ++productSkips.gap;
            } else {
                ProductDay d;
                d.productId = t.productId;
                d.date = s.to;
                d.pageViews = t.pageViews - previous.value(1).toLongLong();
                d.unitsSold = t.units - previous.value(2).toLongLong();
                d.revenue = t.revenue - Money::fromMinor(previous.value(3).toLongLong());
                d.stock = stockOf.value(t.productId);
                if (*d.pageViews < 0 || d.unitsSold < 0 || d.revenue.minor() < 0) {
                    ++productSkips.backwards;
                    productSkips.backwardsIds << t.productId;
                } else {
                    if (Status st = writer.upsertProductDay(d); !st)
                        return fail(st.error());
                    ++report.productDays;
                }
            }
        }
        previous.finish();
        for (const QVariant &v : {QVariant(t.productId), QVariant(day), QVariant(takenAt), QVariant(qlonglong(t.pageViews)),
                                  QVariant(qlonglong(t.units)), QVariant(qlonglong(t.revenue.minor()))})
            save.addBindValue(v);
        if (!save.exec())
            return fail(sqlError(save, "live_product_totals"));
    }
    productSkips.describe(SyncText::tr("product(s)"), report.notes);

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
    Skipped campaignSkips;
    previous.prepare(QStringLiteral("SELECT day, impressions, clicks, spend_minor, conversions, revenue_minor FROM live_campaign_totals "
                                    "WHERE campaign_id = ? AND day < ? ORDER BY day DESC LIMIT 1"));
    save.prepare(QStringLiteral("INSERT OR REPLACE INTO live_campaign_totals (campaign_id, day, taken_at, impressions, clicks, "
                                "spend_minor, conversions, revenue_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CampaignTotals &t : s.campaignTotals) {
        if (!campaigns.contains(t.campaignId))
            continue;
        previous.addBindValue(t.campaignId);
        previous.addBindValue(day);
        if (!previous.exec())
            return fail(sqlError(previous, "live_campaign_totals"));
        if (!statedCampaignDays.contains(t.campaignId)) {
            if (!previous.next()) {
                ++campaignSkips.first;
            } else if (previous.value(0).toString() != yesterday) {
                ++campaignSkips.gap;
            } else {
                CampaignDay d;
                d.campaignId = t.campaignId;
                d.date = s.to;
                d.impressions = t.impressions - previous.value(1).toLongLong();
                d.clicks = t.clicks - previous.value(2).toLongLong();
                d.spend = t.spend - Money::fromMinor(previous.value(3).toLongLong());
                d.conversions = t.conversions - previous.value(4).toLongLong();
                const bool revenueKnown = t.revenue && !previous.value(5).isNull();
                d.revenue = revenueKnown ? *t.revenue - Money::fromMinor(previous.value(5).toLongLong()) : Money();
                if (d.impressions < 0 || d.clicks < 0 || d.spend.minor() < 0 || d.conversions < 0 || d.revenue.minor() < 0) {
                    ++campaignSkips.backwards;
                    campaignSkips.backwardsIds << t.campaignId;
                } else {
                    if (Status st = writer.upsertCampaignDay(d); !st)
                        return fail(st.error());
                    ++report.campaignDays;
                }
            }
        }
        previous.finish();
        for (const QVariant &v : {QVariant(t.campaignId), QVariant(day), QVariant(takenAt), QVariant(qlonglong(t.impressions)),
                                  QVariant(qlonglong(t.clicks)), QVariant(qlonglong(t.spend.minor())), QVariant(qlonglong(t.conversions)),
                                  t.revenue ? QVariant(qlonglong(t.revenue->minor())) : QVariant()})
            save.addBindValue(v);
        if (!save.exec())
            return fail(sqlError(save, "live_campaign_totals"));
    }
    campaignSkips.describe(SyncText::tr("campaign(s)"), report.notes);

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
