// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "manifest.h"
#include "product.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cp {

// One line of the catalog pane: a product and its figures over a window.
struct CatalogRow
{
    Product product;
    std::optional<qint64> pageViews;   // empty when no source has page views
    qint64 unitsSold = 0;
    Money revenue;
    QString activeCampaign;            // name of a running campaign, if any

    // Page views per unit sold; empty when either side is missing or zero.
    std::optional<double> viewsPerUnit() const
    {
        if (!pageViews || unitsSold <= 0)
            return std::nullopt;
        return double(*pageViews) / double(unitsSold);
    }
};

// One line of the campaigns pane: a campaign and its lifetime figures.
struct CampaignRow
{
    Campaign campaign;
    QString productName;
    qint64 impressions = 0;
    qint64 clicks = 0;
    qint64 conversions = 0;
    Money spend;
    Money revenue;
    bool hasRevenue = false;           // ad exports carry no revenue

    // ROAS as the trade reads it: revenue ÷ spend, a multiple (1.02×). The
    // seed's "ROAS" ((revenue − spend) ÷ spend) is what the trade calls ROI;
    // it is roas() − 1 (shared/DESIGN.md, "Performance metrics").
    std::optional<double> roas() const
    {
        if (!hasRevenue || spend.minor() <= 0)
            return std::nullopt;
        return double(revenue.minor()) / double(spend.minor());
    }
};

struct ImportLogEntry
{
    QString importer;
    QString file;
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsSkipped = 0;
    QStringList firstErrors;
    QByteArray contentHash;   // the file's BLAKE2b-256 in hex; empty when not known
};

// Writes to the store inside one transaction: begin(), any number of
// upserts, then commit() or rollback(). Nothing is visible to other
// connections before commit(). The connection must belong to the calling
// thread.
class StoreWriter
{
public:
    explicit StoreWriter(QSqlDatabase db);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    QSqlDatabase database() const { return m_db; }
    Status begin();
    Status commit();
    void rollback();

    // Known fields overwrite, unknown ones (nullopt, empty text) keep what the
    // store has: a sales file does not erase a catalog's prices.
    Status upsertProduct(const Product &p);
    // The newest import of a product-day wins, except for page views and
    // stock, which are kept when the new figures do not carry them.
    Status upsertProductDay(const ProductDay &d);
    // Sets a price only where the store has none (derived prices never
    // overwrite a catalog's).
    Status fillMissingPrice(const QString &productId, Money price);
    Status upsertCampaign(const Campaign &c);
    // A campaign a daily report names: new ones as they are; one the store
    // has keeps its name (unless that is only its id), platform, status,
    // product, budget and end, and starts no later than the report's first day
    // (seen: a report imported after the campaign list made every campaign
    // "ended", named by its id, on the platform "imported").
    Status addReportedCampaign(const Campaign &c);
    Status upsertCampaignDay(const CampaignDay &d);
    Status upsertAdTotals(const AdTotals &a);
    Status setRecording(const RecordingManifest &m, const QString &contentHash);
    Status logImport(const ImportLogEntry &entry);
    // Empties every data table (a store holds one recording at a time).
    Status clearData();

    // A bulk load into an empty product_days (a new workspace's first
    // import): the table's secondary indexes (the day index) are dropped
    // here and created again from their own CREATE INDEX text by
    // endProductDayBulk(), or by commit() at the latest, in one pass over the
    // loaded rows instead of one B-tree insert per row. Does nothing when the
    // table has rows. Only between begin() and commit(): a rollback brings the
    // indexes back with everything else (DDL is transactional in SQLite).
    Status beginProductDayBulk();
    Status endProductDayBulk();

private:
    Status run(QSqlQuery &q, const char *what);
    Status prepareNative();
    Status upsertProductDayNative(const ProductDay &d);
    QSqlDatabase m_db;
    // The bulk path: SQLite's own statement API on the connection's handle,
    // for the product-day upsert that imports run hundreds of thousands of times.
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_productDayNative = nullptr;
    QSqlQuery m_product, m_productDay, m_campaign, m_reportedCampaign, m_campaignDay, m_adTotals;
    bool m_prepared = false;
    bool m_open = false;
    QStringList m_droppedIndexes;   // CREATE INDEX statements to run again before COMMIT
};

// Read side. Each call runs one query on the given connection.
namespace StoreReader {
// The catalog with each product's window sums. CatalogRow::activeCampaign
// is filled unless `campaignNames` is false (the cycle, which takes the
// running campaigns from activeCampaigns(): the name costs a lookup per
// product, 0.06 s of a 100,000-product read).
Result<QList<CatalogRow>> catalog(QSqlDatabase db, QDate from, QDate to, bool campaignNames = true);
Result<QList<CampaignRow>> campaigns(QSqlDatabase db);
// The running campaigns' definitions alone, by id: no totals (summing every
// campaign day took 0.07 s of 0.1 s at 10,000 campaigns).
Result<QList<Campaign>> activeCampaigns(QSqlDatabase db);
Result<std::optional<RecordingManifest>> recording(QSqlDatabase db, QString *contentHash = nullptr);
// First and last day with product figures; invalid dates when there are none.
std::pair<QDate, QDate> productDayRange(QSqlDatabase db);
Result<QList<ImportLogEntry>> importLog(QSqlDatabase db);
qint64 count(QSqlDatabase db, const QString &table);

// One row as a value, for queries that select these columns in this order
// (with a table alias or not): kProductDayColumns / kCampaignDayColumns.
inline constexpr const char *kProductDayColumns = "product_id, day, page_views, units_sold, revenue_minor, orders, stock";
inline constexpr const char *kCampaignDayColumns = "campaign_id, day, impressions, clicks, spend_minor, conversions, revenue_minor, "
                                                    "true_incremental_units";
ProductDay productDay(const QSqlQuery &row);
CampaignDay campaignDay(const QSqlQuery &row);
// The same plus the returns, for queries selecting kProductDayColumnsWithReturns.
inline constexpr const char *kProductDayColumnsWithReturns =
    "product_id, day, page_views, units_sold, revenue_minor, orders, stock, units_returned, returned_minor";
ProductDay productDayWithReturns(const QSqlQuery &row);
// Every product, by id.
Result<QList<Product>> products(QSqlDatabase db);
} // namespace StoreReader

} // namespace cp
