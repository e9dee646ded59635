// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"
#include "database.h"
#include "nativequery.h"
#include "productwindows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>
#include <cstdio>
#include <QVariant>

namespace cp {

namespace {
QVariant optMoney(const std::optional<Money> &m) { return m ? QVariant(qlonglong(m->minor())) : QVariant(); }
QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(qlonglong(*v)) : QVariant(); }
// A null QString binds as SQL NULL; NOT NULL text columns get ''.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
QVariant optDate(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
std::optional<qint64> toOptInt(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()); }
std::optional<Money> toOptMoney(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromMinor(v.toLongLong()));
}
Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{q.lastError().text(), QString::fromLatin1(what)};
}
} // namespace

StoreWriter::StoreWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_product(m_db), m_productDay(m_db), m_campaign(m_db), m_reportedCampaign(m_db), m_campaignDay(m_db), m_adTotals(m_db)
{
}

StoreWriter::~StoreWriter()
{
    if (m_open)
        rollback();
    sqlite3_finalize(m_productDayNative);
}

namespace {
constexpr const char *kProductDayUpsert =
    "INSERT INTO product_days (product_id, day, page_views, units_sold, revenue_minor, orders, "
    "units_returned, returned_minor, stock) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(product_id, day) DO UPDATE SET "
    "page_views = COALESCE(excluded.page_views, product_days.page_views), "
    "units_sold = excluded.units_sold, revenue_minor = excluded.revenue_minor, orders = excluded.orders, "
    "units_returned = excluded.units_returned, returned_minor = excluded.returned_minor, "
    "stock = COALESCE(excluded.stock, product_days.stock)";
} // namespace

Status StoreWriter::prepareNative()
{
    // QSqlDriver::handle() documents this cast for the SQLite driver: the
    // variant holds a sqlite3*. Debian's driver links the system libsqlite3,
    // the same library this target links.
    m_handle = nativeHandle(m_db);
    if (!m_handle)
        return {};  // another driver: the QSqlQuery path serves
    if (sqlite3_prepare_v2(m_handle, kProductDayUpsert, -1, &m_productDayNative, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(m_handle)), QStringLiteral("prepare product_days")};
    return {};
}

Status StoreWriter::upsertProductDayNative(const ProductDay &d)
{
    sqlite3_stmt *s = m_productDayNative;
    const QByteArray id = d.productId.toUtf8();
    char day[11];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", d.date.year(), d.date.month(), d.date.day());
    sqlite3_bind_text(s, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, day, 10, SQLITE_STATIC);
    if (d.pageViews)
        sqlite3_bind_int64(s, 3, *d.pageViews);
    else
        sqlite3_bind_null(s, 3);
    sqlite3_bind_int64(s, 4, d.unitsSold);
    sqlite3_bind_int64(s, 5, d.revenue.minor());
    sqlite3_bind_int64(s, 6, d.orders);
    sqlite3_bind_int64(s, 7, d.unitsReturned);
    sqlite3_bind_int64(s, 8, d.returnedRevenue.minor());
    if (d.stock)
        sqlite3_bind_int64(s, 9, *d.stock);
    else
        sqlite3_bind_null(s, 9);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errmsg(m_handle)), QStringLiteral("product_days")};
    return {};
}

Status StoreWriter::begin()
{
    if (!m_db.transaction())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    m_open = true;
    if (m_prepared)
        return {};
    m_prepared = true;
    if (Status s = prepareNative(); !s) {
        rollback();
        return s;
    }
    const bool ok =
        m_product.prepare(QStringLiteral(
            "INSERT INTO products (id, name, category, price_minor, stock, description, image_url) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "name = CASE WHEN excluded.name <> '' AND excluded.name <> excluded.id THEN excluded.name ELSE products.name END, "
            "category = CASE WHEN excluded.category <> '' THEN excluded.category ELSE products.category END, "
            "price_minor = COALESCE(excluded.price_minor, products.price_minor), "
            "stock = COALESCE(excluded.stock, products.stock), "
            "description = CASE WHEN excluded.description <> '' THEN excluded.description ELSE products.description END, "
            "image_url = CASE WHEN excluded.image_url <> '' THEN excluded.image_url ELSE products.image_url END"))
        && m_productDay.prepare(QString::fromLatin1(kProductDayUpsert))
        && m_campaign.prepare(QStringLiteral(
            "INSERT INTO campaigns (id, name, product_id, platform, status, daily_budget_minor, start_day, end_day) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "name = excluded.name, product_id = COALESCE(excluded.product_id, campaigns.product_id), "
            "platform = excluded.platform, status = excluded.status, "
            "daily_budget_minor = COALESCE(excluded.daily_budget_minor, campaigns.daily_budget_minor), "
            "start_day = COALESCE(excluded.start_day, campaigns.start_day), "
            "end_day = COALESCE(excluded.end_day, campaigns.end_day)"))
        && m_adTotals.prepare(QStringLiteral(
            "INSERT INTO ad_totals (ad_id, campaign_id, audience, impressions, clicks, spend_minor, "
            "conversions, approved_conversions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (ad_id) DO UPDATE SET campaign_id = excluded.campaign_id, audience = excluded.audience, "
            "impressions = excluded.impressions, clicks = excluded.clicks, spend_minor = excluded.spend_minor, "
            "conversions = excluded.conversions, approved_conversions = excluded.approved_conversions"));
    if (!ok) {
        m_prepared = false;
        rollback();
        return Error{m_db.lastError().text(), QStringLiteral("prepare")};
    }
    return {};
}

Status StoreWriter::commit()
{
    if (Status s = endProductDayBulk(); !s) {
        rollback();
        return s;
    }
    m_open = false;
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return Error{text, QStringLiteral("COMMIT")};
    }
    // The kept window sums follow the newest day (models/productwindows.h),
    // in a transaction of their own: on PostgreSQL it locks product_days,
    // which inside this one (holding its row lock) could deadlock with another
    // writer doing the same. Committed is committed: if this fails, readers
    // see stale products and sum the product-days themselves until the next
    // update, so it is reported, not undone.
    if (Status s = ProductWindows::updateToNewest(m_db); !s)
        qWarning("Campaign Pilot: the catalog's window sums were not brought up to date (%s); "
                 "they are summed from the daily figures until the next import or cycle",
                 qPrintable(s.error().toString()));
    return {};
}

void StoreWriter::rollback()
{
    m_open = false;
    m_droppedIndexes.clear();   // the rollback restores them (see beginProductDayBulk())
    m_product.finish();
    m_productDay.finish();
    m_campaign.finish();
    m_campaignDay.finish();
    m_adTotals.finish();
    m_db.rollback();
}

Status StoreWriter::run(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return sqlError(q, what);
    return {};
}

Status StoreWriter::upsertProduct(const Product &p)
{
    m_product.bindValue(0, p.id);
    m_product.bindValue(1, text(p.name));
    m_product.bindValue(2, text(p.category));
    m_product.bindValue(3, optMoney(p.price));
    m_product.bindValue(4, optInt(p.stock));
    m_product.bindValue(5, text(p.description));
    m_product.bindValue(6, text(p.imageUrl));
    return run(m_product, "products");
}

Status StoreWriter::upsertProductDay(const ProductDay &d)
{
    if (m_productDayNative)
        return upsertProductDayNative(d);
    m_productDay.bindValue(0, d.productId);
    m_productDay.bindValue(1, d.date.toString(Qt::ISODate));
    m_productDay.bindValue(2, optInt(d.pageViews));
    m_productDay.bindValue(3, qlonglong(d.unitsSold));
    m_productDay.bindValue(4, qlonglong(d.revenue.minor()));
    m_productDay.bindValue(5, qlonglong(d.orders));
    m_productDay.bindValue(6, qlonglong(d.unitsReturned));
    m_productDay.bindValue(7, qlonglong(d.returnedRevenue.minor()));
    m_productDay.bindValue(8, optInt(d.stock));
    return run(m_productDay, "product_days");
}

Status StoreWriter::fillMissingPrice(const QString &productId, Money price)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE products SET price_minor = ? WHERE id = ? AND price_minor IS NULL"));
    q.addBindValue(qlonglong(price.minor()));
    q.addBindValue(productId);
    return run(q, "products");
}

namespace {
// The eight columns both campaign statements insert, in their order.
void bindCampaign(QSqlQuery &q, const Campaign &c)
{
    q.bindValue(0, c.id);
    q.bindValue(1, text(c.name));
    q.bindValue(2, c.productId.isEmpty() ? QVariant() : QVariant(c.productId));
    q.bindValue(3, text(c.platform));
    q.bindValue(4, Campaign::statusKey(c.status));
    q.bindValue(5, optMoney(c.dailyBudget));
    q.bindValue(6, optDate(c.startDate));
    q.bindValue(7, optDate(c.endDate));
}
} // namespace

Status StoreWriter::upsertCampaign(const Campaign &c)
{
    bindCampaign(m_campaign, c);
    if (Status st = run(m_campaign, "campaigns"); !st || c.budgetLocation == Campaign::BudgetLocation::Unknown)
        return st;
    // Where the source says the budget is (schema version 9; a statement of
    // its own, so that the writer still works on the stores older tests and
    // migrations write). A budget that moved off the campaign (to its ad sets,
    // or to a lifetime budget) leaves no daily budget behind.
    QSqlQuery location(m_db);
    location.prepare(QStringLiteral("UPDATE campaigns SET budget_location = ?, daily_budget_minor = CASE WHEN ? = 'campaign_daily' "
                                    "THEN daily_budget_minor ELSE NULL END WHERE id = ?"));
    const QString key = Campaign::budgetLocationKey(c.budgetLocation);
    location.addBindValue(key);
    location.addBindValue(key);
    location.addBindValue(c.id);
    return run(location, "campaigns");
}

Status StoreWriter::addReportedCampaign(const Campaign &c)
{
    if (m_reportedCampaign.lastQuery().isEmpty()
        && !m_reportedCampaign.prepare(QStringLiteral(
            "INSERT INTO campaigns (id, name, product_id, platform, status, daily_budget_minor, start_day, end_day) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "name = CASE WHEN campaigns.name = '' OR (campaigns.name = campaigns.id AND excluded.name <> excluded.id) "
            "THEN excluded.name ELSE campaigns.name END, "
            "start_day = CASE WHEN campaigns.start_day IS NULL OR excluded.start_day < campaigns.start_day "
            "THEN excluded.start_day ELSE campaigns.start_day END")))
        return Error{m_reportedCampaign.lastError().text(), QStringLiteral("campaigns")};
    bindCampaign(m_reportedCampaign, c);
    return run(m_reportedCampaign, "campaigns");
}

Status StoreWriter::upsertCampaignDay(const CampaignDay &d)
{
    // Prepared at first use: a store of an older schema (the migration
    // tests write one) has no true_incremental_units until it is migrated.
    if (m_campaignDay.lastQuery().isEmpty()
        && !m_campaignDay.prepare(QStringLiteral(
            "INSERT INTO campaign_days (campaign_id, day, impressions, clicks, spend_minor, conversions, "
            "revenue_minor, true_incremental_units) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (campaign_id, day) DO UPDATE SET impressions = excluded.impressions, clicks = excluded.clicks, "
            "spend_minor = excluded.spend_minor, conversions = excluded.conversions, revenue_minor = excluded.revenue_minor, "
            "true_incremental_units = excluded.true_incremental_units")))
        return Error{m_campaignDay.lastError().text(), QStringLiteral("campaign_days")};
    m_campaignDay.bindValue(0, d.campaignId);
    m_campaignDay.bindValue(1, d.date.toString(Qt::ISODate));
    m_campaignDay.bindValue(2, qlonglong(d.impressions));
    m_campaignDay.bindValue(3, qlonglong(d.clicks));
    m_campaignDay.bindValue(4, qlonglong(d.spend.minor()));
    m_campaignDay.bindValue(5, qlonglong(d.conversions));
    m_campaignDay.bindValue(6, qlonglong(d.revenue.minor()));
    m_campaignDay.bindValue(7, d.trueIncrementalUnits ? QVariant(qlonglong(*d.trueIncrementalUnits)) : QVariant());
    return run(m_campaignDay, "campaign_days");
}

Status StoreWriter::upsertAdTotals(const AdTotals &a)
{
    m_adTotals.bindValue(0, a.adId);
    m_adTotals.bindValue(1, a.campaignId);
    m_adTotals.bindValue(2, text(a.audience));
    m_adTotals.bindValue(3, qlonglong(a.impressions));
    m_adTotals.bindValue(4, qlonglong(a.clicks));
    m_adTotals.bindValue(5, qlonglong(a.spend.minor()));
    m_adTotals.bindValue(6, qlonglong(a.conversions));
    m_adTotals.bindValue(7, qlonglong(a.approvedConversions));
    return run(m_adTotals, "ad_totals");
}

Status StoreWriter::setRecording(const RecordingManifest &m, const QString &contentHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO recording (id, recording_id, title, currency, manifest_json, "
                             "content_hash, loaded_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET recording_id = excluded.recording_id, title = excluded.title, "
                             "currency = excluded.currency, manifest_json = excluded.manifest_json, "
                             "content_hash = excluded.content_hash, loaded_at = excluded.loaded_at"));
    q.addBindValue(m.id);
    q.addBindValue(m.title);
    q.addBindValue(m.currency);
    q.addBindValue(QString::fromUtf8(m.toJson()));
    q.addBindValue(contentHash);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return run(q, "recording");
}

Status StoreWriter::logImport(const ImportLogEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_log (imported_at, importer, file, rows_read, rows_written, rows_skipped, "
                             "first_errors, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(e.importer);
    q.addBindValue(e.file);
    q.addBindValue(qlonglong(e.rowsRead));
    q.addBindValue(qlonglong(e.rowsWritten));
    q.addBindValue(qlonglong(e.rowsSkipped));
    q.addBindValue(text(e.firstErrors.join(QLatin1Char('\n'))));
    q.addBindValue(e.contentHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(e.contentHash)));
    return run(q, "import_log");
}

Status StoreWriter::beginProductDayBulk()
{
    if (!m_open || !m_droppedIndexes.isEmpty())
        return {};
    // PostgreSQL keeps its indexes (its bulk path is COPY, not this); the
    // drop-and-make-again below reads SQLite's own catalogue.
    if (Database::onPostgres(m_db))
        return {};
    QStringList names, statements;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT 1 FROM product_days LIMIT 1")))
            return sqlError(q, "product_days");
        if (q.next())
            return {};
        // The indexes' own text, to create them again exactly as they were
        // (sqlite_master.sql is the CREATE statement as written; NULL for the
        // indexes a PRIMARY KEY or UNIQUE constraint makes, which stay:
        // https://www.sqlite.org/schematab.html).
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'product_days' "
                                   "AND sql IS NOT NULL ORDER BY name")))
            return sqlError(q, "sqlite_master");
        while (q.next()) {
            names << q.value(0).toString();
            statements << q.value(1).toString();
        }
    }   // the reading statement is finalized here: DROP INDEX refuses to run beside an unfinished one
    QSqlQuery drop(m_db);
    for (const QString &name : std::as_const(names)) {
        // Inside the open transaction: a rollback undoes it like any other change
        // (https://www.sqlite.org/lang_transaction.html). Statements prepared
        // before are recompiled by sqlite3_step() on the schema change
        // (sqlite3_prepare_v2: https://www.sqlite.org/c3ref/prepare.html).
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))))
            return sqlError(drop, "DROP INDEX");
    }
    m_droppedIndexes = statements;
    return {};
}

Status StoreWriter::endProductDayBulk()
{
    QSqlQuery q(m_db);
    for (const QString &statement : std::as_const(m_droppedIndexes)) {
        if (!q.exec(statement))
            return sqlError(q, "CREATE INDEX");
    }
    m_droppedIndexes.clear();
    return {};
}

Status StoreWriter::clearData()
{
    QSqlQuery q(m_db);
    for (const char *table : {"ad_totals", "campaign_days", "campaigns", "product_days", "products", "recording", "product_windows",
                              "product_windows_state", "product_windows_stale"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return sqlError(q, table);
    }
    return {};
}

namespace StoreReader {

namespace {
// A campaign's definition from columns 0-7 of a row: id, name, product_id,
// platform, status, daily_budget_minor, start_day, end_day.
Campaign campaignFrom(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.productId = q.value(2).toString();
    c.platform = q.value(3).toString();
    c.status = Campaign::statusFromKey(q.value(4).toString()).value_or(Campaign::Status::Ended);
    c.dailyBudget = toOptMoney(q.value(5));
    c.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return c;
}

// The catalog's twelve columns, in this order, read into rows. With
// `kept` the statement also returns whether the kept windows end on :to
// and whether a product is stale (columns 12 and 13, the same on every row,
// read in the statement's own snapshot): unless they are 1 and 0, the rows
// are not the window asked for and nothing is returned.
Result<std::optional<QList<CatalogRow>>> readCatalog(QSqlDatabase db, const QString &sql, QDate from, QDate to,
                                                     bool kept = false)
{
    QList<CatalogRow> rows;
    bool checked = !kept;
    // Up to a row per product of a large catalog: read through SQLite's own
    // API where the driver is SQLite (Qt's value layer costs a QVariant per cell).
    if (NativeQuery n(db); n.isNative()) {
        if (Status s = n.prepare(sql.toUtf8().constData()); !s)
            return Error{s.error().message, QStringLiteral("catalog")};
        if (from.isValid())
            n.bind(":from", from.toString(Qt::ISODate));
        n.bind(":to", to.toString(Qt::ISODate));
        while (n.next()) {
            if (!checked) {
                if (n.integer(12) != 1 || n.integer(13) != 0)
                    return std::optional<QList<CatalogRow>>{};
                checked = true;
            }
            CatalogRow r;
            r.product.id = n.text(0);
            r.product.name = n.text(1);
            r.product.category = n.text(2);
            if (const auto price = n.optInteger(3))
                r.product.price = Money::fromMinor(*price);
            r.product.stock = n.optInteger(4);
            r.product.description = n.text(5);
            r.product.imageUrl = n.text(6);
            r.pageViews = n.optInteger(7);
            r.unitsSold = n.integer(8);
            r.revenue = Money::fromMinor(n.integer(9));
            if (const auto dayStock = n.optInteger(10))
                r.product.stock = dayStock;
            r.activeCampaign = n.text(11);
            rows.append(std::move(r));
        }
        if (!n.error())
            return Error{n.error().error().message, QStringLiteral("catalog")};
        return std::optional<QList<CatalogRow>>{std::move(rows)};
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PostgreSQL has no unary plus on text (and needs no index hint).
    q.prepare(Database::onPostgres(db) ? QString(sql).replace(QStringLiteral("+day"), QStringLiteral("day")) : sql);
    if (from.isValid())
        q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, "catalog");
    while (q.next()) {
        if (!checked) {
            if (q.value(12).toLongLong() != 1 || q.value(13).toLongLong() != 0)
                return std::optional<QList<CatalogRow>>{};
            checked = true;
        }
        CatalogRow r;
        r.product.id = q.value(0).toString();
        r.product.name = q.value(1).toString();
        r.product.category = q.value(2).toString();
        r.product.price = toOptMoney(q.value(3));
        r.product.stock = toOptInt(q.value(4));
        r.product.description = q.value(5).toString();
        r.product.imageUrl = q.value(6).toString();
        r.pageViews = toOptInt(q.value(7));
        r.unitsSold = q.value(8).toLongLong();
        r.revenue = Money::fromMinor(q.value(9).toLongLong());
        // The newest daily stock figure in the window is fresher than the catalog's.
        if (const auto dayStock = toOptInt(q.value(10)))
            r.product.stock = dayStock;
        r.activeCampaign = q.value(11).toString();
        rows.append(std::move(r));
    }
    return std::optional<QList<CatalogRow>>{std::move(rows)};
}
} // namespace

Result<QList<CatalogRow>> catalog(QSqlDatabase db, QDate from, QDate to, bool campaignNames)
{
    static const QString kCampaignName =
        QStringLiteral("(SELECT c.name FROM campaigns c WHERE c.product_id = p.id AND c.status = 'active' ORDER BY c.id LIMIT 1)");
    const QString campaignColumn = campaignNames ? kCampaignName : QStringLiteral("NULL");
    // The window the store keeps summed (models/productwindows.h): one row
    // per product. Used only when it is exactly this window and nothing in
    // it changed since; else the product-days are summed below.
    if (to.isValid() && from == to.addDays(-(ProductWindows::kDays - 1)) && ProductWindows::isCurrent(db, to)) {
        // The pre-check spares a read that would be thrown away; the same
        // check in the reading statement is the one that counts.
        const QString kept =
            QStringLiteral("SELECT p.id, p.name, p.category, p.price_minor, p.stock, p.description, p.image_url, "
                           "       CASE WHEN w.views_days > 0 THEN w.views END, COALESCE(w.units, 0), COALESCE(w.revenue_minor, 0), w.stock, ")
            + campaignColumn + QStringLiteral(", ") + ProductWindows::currentColumnsSql()
            + QStringLiteral(" FROM products p LEFT JOIN product_windows w ON w.product_id = p.id ORDER BY p.id");
        auto rows = readCatalog(db, kept, QDate(), to, true);
        if (!rows)
            return rows.error();
        if (*rows)
            return std::move(**rows);
    }
    // One pass each for the window's sums and for the newest stock figure on
    // or before the window's end (a correlated subquery per row was
    // quadratic in the days of products without stock figures). "+day" keeps
    // SQLite off the day index: through it every row costs a primary-key
    // lookup (5.9 s for 3.3 M rows), while a scan in primary-key order also
    // groups without sorting (0.7 s); see BENCHMARKS.md.
    const QString sql =
        QStringLiteral("WITH sums AS (SELECT product_id, SUM(page_views) AS views, SUM(units_sold) AS units, SUM(revenue_minor) AS revenue "
                       "              FROM product_days WHERE +day BETWEEN :from AND :to GROUP BY product_id), "
                       "     stock_day AS (SELECT product_id, MAX(day) AS day FROM product_days "
                       "                   WHERE +day <= :to AND stock IS NOT NULL GROUP BY product_id) "
                       "SELECT p.id, p.name, p.category, p.price_minor, p.stock, p.description, p.image_url, "
                       "       d.views, COALESCE(d.units, 0), COALESCE(d.revenue, 0), ps.stock, ")
        + campaignColumn
        + QStringLiteral(" FROM products p LEFT JOIN sums d ON d.product_id = p.id "
                         "LEFT JOIN stock_day sd ON sd.product_id = p.id "
                         "LEFT JOIN product_days ps ON ps.product_id = sd.product_id AND ps.day = sd.day "
                         "ORDER BY p.id");
    auto rows = readCatalog(db, sql, from, to);
    if (!rows)
        return rows.error();
    return std::move(**rows);
}

Result<QList<CampaignRow>> campaigns(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Daily figures where there are any, else the ad export's lifetime totals.
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.name, c.product_id, c.platform, c.status, c.daily_budget_minor, c.start_day, c.end_day, "
            "       COALESCE(p.name, ''), "
            "       COALESCE(d.impressions, a.impressions, 0), COALESCE(d.clicks, a.clicks, 0), "
            "       COALESCE(d.conversions, a.conversions, 0), COALESCE(d.spend, a.spend, 0), d.revenue, c.budget_location "
            "FROM campaigns c LEFT JOIN products p ON p.id = c.product_id "
            "LEFT JOIN (SELECT campaign_id, SUM(impressions) AS impressions, SUM(clicks) AS clicks, "
            "           SUM(conversions) AS conversions, SUM(spend_minor) AS spend, SUM(revenue_minor) AS revenue "
            "           FROM campaign_days GROUP BY campaign_id) d ON d.campaign_id = c.id "
            "LEFT JOIN (SELECT campaign_id, SUM(impressions) AS impressions, SUM(clicks) AS clicks, "
            "           SUM(conversions) AS conversions, SUM(spend_minor) AS spend "
            "           FROM ad_totals GROUP BY campaign_id) a ON a.campaign_id = c.id "
            "ORDER BY c.id")))
        return sqlError(q, "campaigns");
    QList<CampaignRow> rows;
    while (q.next()) {
        CampaignRow r;
        r.campaign = campaignFrom(q);
        r.productName = q.value(8).toString();
        r.impressions = q.value(9).toLongLong();
        r.clicks = q.value(10).toLongLong();
        r.conversions = q.value(11).toLongLong();
        r.spend = Money::fromMinor(q.value(12).toLongLong());
        r.hasRevenue = !q.value(13).isNull();
        r.revenue = Money::fromMinor(q.value(13).toLongLong());
        r.campaign.budgetLocation = Campaign::budgetLocationFromKey(q.value(14).toString());
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<Campaign>> activeCampaigns(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, product_id, platform, status, daily_budget_minor, start_day, end_day, budget_location "
                               "FROM campaigns WHERE status = 'active' ORDER BY id")))
        return sqlError(q, "campaigns");
    QList<Campaign> rows;
    while (q.next()) {
        Campaign c = campaignFrom(q);
        c.budgetLocation = Campaign::budgetLocationFromKey(q.value(8).toString());
        rows.append(std::move(c));
    }
    return rows;
}

Result<std::optional<RecordingManifest>> recording(QSqlDatabase db, QString *contentHash)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT manifest_json, content_hash FROM recording WHERE id = 1")))
        return sqlError(q, "recording");
    if (!q.next())
        return std::optional<RecordingManifest>();
    if (contentHash)
        *contentHash = q.value(1).toString();
    auto m = RecordingManifest::fromJson(q.value(0).toString().toUtf8(), QStringLiteral("recording.manifest_json"));
    if (!m)
        return m.error();
    return std::optional<RecordingManifest>(std::move(m).value());
}

std::pair<QDate, QDate> productDayRange(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Two subqueries: each is one step along the day index, where MIN and MAX
    // in one statement scan all of it (0.21 s at 3.3 M rows).
    if (q.exec(QStringLiteral("SELECT (SELECT MIN(day) FROM product_days), (SELECT MAX(day) FROM product_days)")) && q.next())
        return {QDate::fromString(q.value(0).toString(), Qt::ISODate), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    return {};
}

Result<QList<ImportLogEntry>> importLog(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT importer, file, rows_read, rows_written, rows_skipped, first_errors "
                               "FROM import_log ORDER BY id")))
        return sqlError(q, "import_log");
    QList<ImportLogEntry> out;
    while (q.next()) {
        ImportLogEntry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                         q.value(4).toLongLong(), {}};
        if (const QString errs = q.value(5).toString(); !errs.isEmpty())
            e.firstErrors = errs.split(QLatin1Char('\n'));
        out.append(e);
    }
    return out;
}

qint64 count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

ProductDay productDay(const QSqlQuery &q)
{
    ProductDay d;
    d.productId = q.value(0).toString();
    d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    d.pageViews = toOptInt(q.value(2));
    d.unitsSold = q.value(3).toLongLong();
    d.revenue = Money::fromMinor(q.value(4).toLongLong());
    d.orders = q.value(5).toLongLong();
    d.stock = toOptInt(q.value(6));
    return d;
}

ProductDay productDayWithReturns(const QSqlQuery &q)
{
    ProductDay d = productDay(q);
    d.unitsReturned = q.value(7).toLongLong();
    d.returnedRevenue = Money::fromMinor(q.value(8).toLongLong());
    return d;
}

Result<QList<Product>> products(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, category, price_minor, stock, description, image_url FROM products ORDER BY id")))
        return sqlError(q, "products");
    QList<Product> out;
    while (q.next())
        out.append(Product{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), toOptMoney(q.value(3)),
                           toOptInt(q.value(4)), q.value(5).toString(), q.value(6).toString()});
    return out;
}

CampaignDay campaignDay(const QSqlQuery &q)
{
    CampaignDay d;
    d.campaignId = q.value(0).toString();
    d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    d.impressions = q.value(2).toLongLong();
    d.clicks = q.value(3).toLongLong();
    d.spend = Money::fromMinor(q.value(4).toLongLong());
    d.conversions = q.value(5).toLongLong();
    d.revenue = Money::fromMinor(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        d.trueIncrementalUnits = q.value(7).toLongLong();
    return d;
}

} // namespace StoreReader
} // namespace cp
