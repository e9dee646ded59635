// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording.h"
#include "models/workspace.h"

#include "models/csvwriter.h"
#include "models/backgroundtask.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace cp {

namespace {

struct RecordingText
{
    Q_DECLARE_TR_FUNCTIONS(Recording)
};

FieldSpec column(const char *name)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), {QString::fromLatin1(name)}, true};
}

std::optional<qint64> optionalInt(const RowView &row, const QString &key, bool &ok)
{
    if (row.isEmpty(key))
        return std::nullopt;
    auto v = row.integer(key);
    ok = ok && v.has_value();
    return v;
}

std::optional<Money> optionalMoney(const RowView &row, const QString &key, bool &ok)
{
    if (row.isEmpty(key))
        return std::nullopt;
    auto v = row.money(key);
    ok = ok && v.has_value();
    return v;
}

QDate optionalDate(const RowView &row, const QString &key, bool &ok)
{
    if (row.isEmpty(key))
        return {};
    auto v = row.date(key);
    ok = ok && v.has_value();
    return v.value_or(QDate());
}

// What the tables of one recording must agree on, filled as they are read
// (products, product days, campaigns, campaign days, in that order): a row
// outside the manifest's dates would move the cycle's "as of" day, an unknown
// id would fail later as a bare "FOREIGN KEY constraint failed", and a repeated
// key would silently keep one of two rows. Values: the line of each key.
struct RecordingKeys
{
    QDate from, to;
    QHash<QString, qint64> products;
    QHash<QString, qint64> campaigns;

    std::optional<QString> checkDate(const QDate &date) const
    {
        if (from.isValid() && to.isValid() && (date < from || date > to))
            return RecordingText::tr("the date %1 is outside the manifest's range %2 to %3")
                .arg(date.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
};

// Remembers `key` at `line`; the message when it was seen before.
std::optional<QString> firstOccurrence(QHash<QString, qint64> &seen, const QString &key, qint64 line, const QString &what)
{
    if (const auto it = seen.constFind(key); it != seen.cend())
        return RecordingText::tr("%1 \"%2\" is already on line %3").arg(what, key).arg(*it);
    seen.insert(key, line);
    return std::nullopt;
}

// The recording's own tables: exact headers, every column present.
class ProductsTable final : public Importer
{
public:
    explicit ProductsTable(RecordingKeys *keys) : m_keys(keys) {}
    QString id() const override { return QStringLiteral("recording-products"); }
    QString displayName() const override { return QStringLiteral("products.csv"); }
    QList<FieldSpec> fields() const override
    {
        return {column("id"), column("name"), column("category"), column("price"), column("stock"),
                column("description"), column("image_url")};
    }

protected:
    void reset() override { m_rows.clear(); }
    std::optional<QString> readRow(const RowView &row, qint64 line) override
    {
        Product p;
        bool ok = true;
        p.id = row.text(QStringLiteral("id"));
        p.name = row.text(QStringLiteral("name"));
        p.category = row.text(QStringLiteral("category"));
        p.price = optionalMoney(row, QStringLiteral("price"), ok);
        p.stock = optionalInt(row, QStringLiteral("stock"), ok);
        p.description = row.text(QStringLiteral("description"));
        p.imageUrl = row.text(QStringLiteral("image_url"));
        if (!ok)
            return row.error();
        if (p.id.isEmpty() || p.name.isEmpty())
            return RecordingText::tr("id and name must not be empty");
        if (p.price && p.price->minor() < 0)
            return RecordingText::tr("column \"price\": negative");
        if (auto repeated = firstOccurrence(m_keys->products, p.id, line, RecordingText::tr("product")))
            return repeated;
        m_rows.append(std::move(p));
        return std::nullopt;
    }
    Status write(StoreWriter &w, ImportReport &report, TaskContext *) override
    {
        for (const Product &p : std::as_const(m_rows))
            if (Status s = w.upsertProduct(p); !s)
                return s;
        report.written[QStringLiteral("products")] = m_rows.size();
        return {};
    }

private:
    RecordingKeys *m_keys;
    QList<Product> m_rows;
};

class ProductDaysTable final : public Importer
{
public:
    explicit ProductDaysTable(RecordingKeys *keys) : m_keys(keys) {}
    QString id() const override { return QStringLiteral("recording-product-days"); }
    QString displayName() const override { return QStringLiteral("product_days.csv"); }
    QList<FieldSpec> fields() const override
    {
        return {column("product_id"), column("date"), column("page_views"), column("units_sold"), column("revenue"),
                column("orders"), column("units_returned"), column("returned_revenue"), column("stock")};
    }

protected:
    void reset() override { m_rows.clear(); m_seen.clear(); }
    std::optional<QString> readRow(const RowView &row, qint64 line) override
    {
        ProductDay d;
        bool ok = true;
        d.productId = row.text(QStringLiteral("product_id"));
        const auto date = row.date(QStringLiteral("date"));
        d.pageViews = optionalInt(row, QStringLiteral("page_views"), ok);
        const auto units = row.integer(QStringLiteral("units_sold"));
        const auto revenue = row.money(QStringLiteral("revenue"));
        const auto orders = row.integer(QStringLiteral("orders"));
        const auto returned = row.integer(QStringLiteral("units_returned"));
        const auto returnedRevenue = row.money(QStringLiteral("returned_revenue"));
        d.stock = optionalInt(row, QStringLiteral("stock"), ok);
        if (!ok || !date || !units || !revenue || !orders || !returned || !returnedRevenue)
            return row.error();
        if (*units < 0 || *orders < 0 || *returned < 0 || (d.pageViews && *d.pageViews < 0))
            return RecordingText::tr("a negative count");
        d.date = *date;
        d.unitsSold = *units;
        d.revenue = *revenue;
        d.orders = *orders;
        d.unitsReturned = *returned;
        d.returnedRevenue = *returnedRevenue;
        if (!m_keys->products.contains(d.productId))
            return RecordingText::tr("unknown product \"%1\" (not in the products file)").arg(d.productId);
        if (auto outside = m_keys->checkDate(d.date))
            return outside;
        if (auto repeated = firstOccurrence(m_seen, d.productId + QLatin1Char(' ') + d.date.toString(Qt::ISODate), line,
                                            RecordingText::tr("product-day")))
            return repeated;
        m_rows.push_back(std::move(d));
        return std::nullopt;
    }
    Status write(StoreWriter &w, ImportReport &report, TaskContext *context) override
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (Status s = w.upsertProductDay(m_rows[i]); !s)
                return s;
            if (context && (i & 0xFFF) == 0) {
                if (context->isCancelled())
                    return {};
                context->report(qint64(i), qint64(m_rows.size()), RecordingText::tr("Writing product days"));
            }
        }
        report.written[QStringLiteral("product days")] = qint64(m_rows.size());
        return {};
    }

private:
    RecordingKeys *m_keys;
    QHash<QString, qint64> m_seen;
    std::vector<ProductDay> m_rows;
};

class CampaignsTable final : public Importer
{
public:
    explicit CampaignsTable(RecordingKeys *keys) : m_keys(keys) {}
    QString id() const override { return QStringLiteral("recording-campaigns"); }
    QString displayName() const override { return QStringLiteral("campaigns.csv"); }
    QList<FieldSpec> fields() const override
    {
        return {column("id"), column("name"), column("product_id"), column("platform"), column("status"),
                column("daily_budget"), column("start_date"), column("end_date")};
    }

protected:
    void reset() override { m_rows.clear(); }
    std::optional<QString> readRow(const RowView &row, qint64 line) override
    {
        Campaign c;
        bool ok = true;
        c.id = row.text(QStringLiteral("id"));
        c.name = row.text(QStringLiteral("name"));
        c.productId = row.text(QStringLiteral("product_id"));
        c.platform = row.text(QStringLiteral("platform"));
        const auto status = Campaign::statusFromKey(row.text(QStringLiteral("status")));
        c.dailyBudget = optionalMoney(row, QStringLiteral("daily_budget"), ok);
        c.startDate = optionalDate(row, QStringLiteral("start_date"), ok);
        c.endDate = optionalDate(row, QStringLiteral("end_date"), ok);
        if (!ok)
            return row.error();
        if (!status)
            return RecordingText::tr("column \"status\": \"%1\" is not active, paused or ended").arg(row.text(QStringLiteral("status")));
        if (c.id.isEmpty())
            return RecordingText::tr("column \"id\" is empty");
        if (c.dailyBudget && c.dailyBudget->minor() < 0)
            return RecordingText::tr("column \"daily_budget\": negative");
        c.status = *status;
        if (!c.productId.isEmpty() && !m_keys->products.contains(c.productId))
            return RecordingText::tr("unknown product \"%1\" (not in the products file)").arg(c.productId);
        if (auto repeated = firstOccurrence(m_keys->campaigns, c.id, line, RecordingText::tr("campaign")))
            return repeated;
        m_rows.append(std::move(c));
        return std::nullopt;
    }
    Status write(StoreWriter &w, ImportReport &report, TaskContext *) override
    {
        for (const Campaign &c : std::as_const(m_rows))
            if (Status s = w.upsertCampaign(c); !s)
                return s;
        report.written[QStringLiteral("campaigns")] = m_rows.size();
        return {};
    }

private:
    RecordingKeys *m_keys;
    QList<Campaign> m_rows;
};

class CampaignDaysTable final : public Importer
{
public:
    explicit CampaignDaysTable(RecordingKeys *keys) : m_keys(keys) {}
    QString id() const override { return QStringLiteral("recording-campaign-days"); }
    QString displayName() const override { return QStringLiteral("campaign_days.csv"); }
    QList<FieldSpec> fields() const override
    {
        FieldSpec truth = column("true_incremental_units");   // a generated recording's ground truth
        truth.required = false;
        return {column("campaign_id"), column("date"), column("impressions"), column("clicks"), column("spend"),
                column("conversions"), column("revenue"), truth};
    }

protected:
    void reset() override { m_rows.clear(); m_seen.clear(); }
    std::optional<QString> readRow(const RowView &row, qint64 line) override
    {
        CampaignDay d;
        d.campaignId = row.text(QStringLiteral("campaign_id"));
        const auto date = row.date(QStringLiteral("date"));
        const auto impressions = row.integer(QStringLiteral("impressions"));
        const auto clicks = row.integer(QStringLiteral("clicks"));
        const auto spend = row.money(QStringLiteral("spend"));
        const auto conversions = row.integer(QStringLiteral("conversions"));
        const auto revenue = row.money(QStringLiteral("revenue"));
        if (!date || !impressions || !clicks || !spend || !conversions || !revenue)
            return row.error();
        // The column named, as the daily ad report's importer does.
        const std::pair<QString, QString> figures[] = {
            {QStringLiteral("impressions"), *impressions < 0 ? QString::number(*impressions) : QString()},
            {QStringLiteral("clicks"), *clicks < 0 ? QString::number(*clicks) : QString()},
            {QStringLiteral("spend"), spend->minor() < 0 ? spend->toString() : QString()},
            {QStringLiteral("conversions"), *conversions < 0 ? QString::number(*conversions) : QString()},
            {QStringLiteral("revenue"), revenue->minor() < 0 ? revenue->toString() : QString()}};
        for (const auto &[key, negative] : figures)
            if (!negative.isEmpty())
                return row.negativeFigure(key, negative);
        if (*clicks > *impressions)
            return RecordingText::tr("more clicks than impressions");
        d.date = *date;
        d.impressions = *impressions;
        d.clicks = *clicks;
        d.spend = *spend;
        d.conversions = *conversions;
        d.revenue = *revenue;
        if (row.has(QStringLiteral("true_incremental_units"))) {
            bool ok = true;
            d.trueIncrementalUnits = optionalInt(row, QStringLiteral("true_incremental_units"), ok);
            if (!ok)
                return row.error();
            if (d.trueIncrementalUnits && *d.trueIncrementalUnits < 0)
                return row.negativeFigure(QStringLiteral("true_incremental_units"), QString::number(*d.trueIncrementalUnits));
        }
        if (!m_keys->campaigns.contains(d.campaignId))
            return RecordingText::tr("unknown campaign \"%1\" (not in the campaigns file)").arg(d.campaignId);
        if (auto outside = m_keys->checkDate(d.date))
            return outside;
        if (auto repeated = firstOccurrence(m_seen, d.campaignId + QLatin1Char(' ') + d.date.toString(Qt::ISODate), line,
                                            RecordingText::tr("campaign-day")))
            return repeated;
        m_rows.append(std::move(d));
        return std::nullopt;
    }
    Status write(StoreWriter &w, ImportReport &report, TaskContext *) override
    {
        for (const CampaignDay &d : std::as_const(m_rows))
            if (Status s = w.upsertCampaignDay(d); !s)
                return s;
        report.written[QStringLiteral("campaign days")] = m_rows.size();
        return {};
    }

private:
    RecordingKeys *m_keys;
    QHash<QString, qint64> m_seen;
    QList<CampaignDay> m_rows;
};

QString optText(const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); }
QString optText(const std::optional<Money> &v) { return v ? v->toString() : QString(); }
QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

Status writeFile(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: the old file stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{RecordingText::tr("cannot write: %1").arg(file.errorString()), path};
    return {};
}

} // namespace

namespace Recording {

QString resolve(const QString &pathOrDemo)
{
    if (pathOrDemo == u"demo")
        return QStringLiteral(":/demo");
    const QFileInfo info(pathOrDemo);
    if (info.isFile() && info.fileName() == u"manifest.json")
        return info.absolutePath();
    return pathOrDemo;
}

Result<RecordingManifest> readManifest(const QString &pathOrDemo)
{
    const QString folder = resolve(pathOrDemo);
    const QString path = folder + QStringLiteral("/manifest.json");
    QFile file(path);
    if (!QFileInfo(folder).isDir())
        return Error{RecordingText::tr("not a recording: no such folder"), pathOrDemo};
    if (!file.open(QIODevice::ReadOnly))
        return Error{RecordingText::tr("not a recording: cannot read manifest.json (%1)").arg(file.errorString()), path};
    return RecordingManifest::fromJson(file.readAll(), path);
}

namespace {
Status claimForReplay(QSqlDatabase db, const QString &source)
{
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (workspace->isReplay())
        return workspace->recordingSource.isEmpty() ? Workspaces::define(db, Workspace::Kind::Replay, workspace->name, source) : Status{};
    auto pristine = Workspaces::isPristine(db);
    if (!pristine)
        return pristine.error();
    if (workspace->fixed || !*pristine)
        return Error{QCoreApplication::translate("Recording", "this is a live workspace: a recording is never loaded into it; "
                                                              "it opens in a replay workspace of its own "
                                                              "(campaign-pilot --recording %1)").arg(source),
                     db.databaseName()};
    return Workspaces::define(db, Workspace::Kind::Replay, QString(), source);
}
} // namespace

Result<RecordingLoadReport> load(const QString &pathOrDemo, QSqlDatabase db, TaskContext *context, bool force)
{
    const QString folder = resolve(pathOrDemo);
    auto manifest = readManifest(folder);
    if (!manifest)
        return manifest.error();

    // Tables in the order the foreign keys need.
    RecordingKeys keys;
    keys.from = manifest->from;
    keys.to = manifest->to;
    struct Part { const char *role; std::unique_ptr<Importer> table; bool required; };
    Part parts[] = {
        {"products", std::make_unique<ProductsTable>(&keys), true},
        {"product_days", std::make_unique<ProductDaysTable>(&keys), false},
        {"campaigns", std::make_unique<CampaignsTable>(&keys), false},
        {"campaign_days", std::make_unique<CampaignDaysTable>(&keys), false},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(manifest->toJson());
    QList<QPair<Importer *, CsvReader>> readers;
    for (Part &part : parts) {
        const QString role = QString::fromLatin1(part.role);
        if (!manifest->files.contains(role))
            continue;
        auto reader = CsvReader::open(folder + QLatin1Char('/') + manifest->files.value(role));
        if (!reader)
            return reader.error();
        hash.addData(QByteArray::number(reader->size()));
        readers.append({part.table.get(), std::move(reader).value()});
    }
    // The hash covers the files' bytes, so a changed file is loaded again.
    for (auto &[table, reader] : readers) {
        QFile f(reader.fileName());
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
    }
    const QString contentHash = QString::fromLatin1(hash.result().toHex());

    RecordingLoadReport report;
    report.manifest = *manifest;
    QString storedHash;
    auto stored = StoreReader::recording(db, &storedHash);
    if (stored && stored->has_value() && storedHash == contentHash && !force) {
        report.alreadyLoaded = true;
        return report;
    }

    QList<ImportReport> reads;
    for (auto &[table, reader] : readers) {
        auto read = table->read(reader, ImportOptions{OnBadRow::Stop, std::nullopt}, context);
        if (!read)
            return read.error();
        if (read->cancelled) {
            report.cancelled = true;
            return report;
        }
        reads.append(std::move(read).value());
    }

    StoreWriter writer(db);
    if (Status s = writer.begin(); !s)
        return s.error();
    // A recording lands only in a replay workspace (or a new, empty store,
    // which becomes the replay copy of this recording): never over live data.
    if (Status s = claimForReplay(db, pathOrDemo); !s) {
        writer.rollback();
        return s.error();
    }
    if (Status s = writer.clearData(); !s) {
        writer.rollback();
        return s.error();
    }
    for (qsizetype i = 0; i < readers.size(); ++i) {
        if (Status s = readers[i].first->writeTo(writer, reads[i], context); !s) {
            writer.rollback();
            return Error{s.error().message, readers[i].second.fileName()};
        }
        if (reads[i].cancelled) {
            writer.rollback();
            report.cancelled = true;
            return report;
        }
        for (auto it = reads[i].written.cbegin(); it != reads[i].written.cend(); ++it)
            report.written[it.key()] += it.value();
    }
    if (Status s = writer.setRecording(*manifest, contentHash); !s) {
        writer.rollback();
        return s.error();
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return report;
}

Result<RecordingContent> fromStore(QSqlDatabase db, RecordingManifest manifest)
{
    RecordingContent c;
    auto products = StoreReader::products(db);
    if (!products)
        return products.error();
    c.products = std::move(*products);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql) -> Status {
        if (!q.exec(sql))
            return Error{q.lastError().text(), QStringLiteral("store")};
        return {};
    };
    if (Status s = run(QStringLiteral("SELECT %1 FROM product_days ORDER BY product_id, day")
                           .arg(QLatin1String(StoreReader::kProductDayColumnsWithReturns)));
        !s)
        return s.error();
    while (q.next())
        c.productDays.append(StoreReader::productDayWithReturns(q));
    auto campaigns = StoreReader::campaigns(db);
    if (!campaigns)
        return campaigns.error();
    for (const CampaignRow &r : *campaigns)
        c.campaigns.append(r.campaign);
    if (Status s = run(QStringLiteral("SELECT %1 FROM campaign_days ORDER BY campaign_id, day")
                           .arg(QLatin1String(StoreReader::kCampaignDayColumns)));
        !s)
        return s.error();
    while (q.next())
        c.campaignDays.append(StoreReader::campaignDay(q));
    QDate from, to;
    for (const ProductDay &d : std::as_const(c.productDays)) {
        from = from.isValid() ? std::min(from, d.date) : d.date;
        to = to.isValid() ? std::max(to, d.date) : d.date;
    }
    for (const CampaignDay &d : std::as_const(c.campaignDays)) {
        from = from.isValid() ? std::min(from, d.date) : d.date;
        to = to.isValid() ? std::max(to, d.date) : d.date;
    }
    if (!from.isValid())
        return Error{RecordingText::tr("the store holds no daily figures to export yet"), QStringLiteral("store")};
    manifest.from = from;
    manifest.to = to;
    if (manifest.sources.isEmpty()) {
        // Where the store's data came from, as its import log says.
        auto log = StoreReader::importLog(db);
        if (!log)
            return log.error();
        QSet<QString> seen;
        for (const ImportLogEntry &e : *log) {
            const QString name = e.importer + QLatin1Char(' ') + e.file;
            if (seen.contains(name))
                continue;
            seen.insert(name);
            // An imported file's terms are its publisher's, which the program
            // does not know (a public dataset is not "the shop's own data").
            manifest.sources.append({e.importer, e.file,
                                     e.importer == u"live" ? RecordingText::tr("the shop's own data")
                                                           : RecordingText::tr("not recorded: the imported file's own terms"),
                                     e.importer == u"live" ? RecordingText::tr("live snapshots taken by Campaign Pilot")
                                                           : RecordingText::tr("imported by Campaign Pilot")});
        }
    }
    c.manifest = std::move(manifest);
    return c;
}

Result<RecordingManifest> exportStore(QSqlDatabase db, const QString &folder, const RecordingManifest &fallback,
                                      QStringList *leftOut)
{
    auto loaded = StoreReader::recording(db);
    if (!loaded)
        return loaded.error();
    RecordingManifest manifest = loaded->value_or(fallback);
    QSqlQuery q(db);
    if (*loaded) {
        // A replay whose recorded backend applied approved actions (a pause
        // sent in the demo) holds other campaigns than its recording: the
        // export is not that recording, and must not pass for it.
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done'")) || !q.next())
            return Error{q.lastError().text(), QStringLiteral("outbox")};
        if (const qint64 applied = q.value(0).toLongLong(); applied > 0) {
            const QString original = manifest.id;
            manifest.id = QStringLiteral("%1-changed-%2").arg(original, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
            manifest.title = RecordingText::tr("%1, with %n action(s) applied in replay", nullptr, int(applied)).arg(manifest.title);
            manifest.generator = RecordingText::tr("campaign-pilot export-recording of the replay of %1 (%2), after %n approved "
                                                   "action(s) were applied to its recorded campaigns",
                                                   nullptr, int(applied))
                                     .arg(original, manifest.generator);
        }
    }
    if (leftOut) {
        // Lifetime totals of an ad export (no days): a recording has no place for them.
        if (!q.exec(QStringLiteral("SELECT COUNT(DISTINCT campaign_id), COALESCE(SUM(spend_minor), 0) FROM ad_totals "
                                   "WHERE campaign_id NOT IN (SELECT DISTINCT campaign_id FROM campaign_days)"))
            || !q.next())
            return Error{q.lastError().text(), QStringLiteral("ad_totals")};
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            leftOut->append(RecordingText::tr("%n campaign(s) have only an ad export's lifetime totals (%1 spent in all), not daily "
                                              "figures: a recording holds days, so their figures are not in it (their campaigns are). "
                                              "Import a daily report of them to export their days.",
                                              nullptr, int(n))
                                .arg(Money::fromMinor(q.value(1).toLongLong()).toString()));
    }
    auto content = fromStore(db, manifest);
    if (!content)
        return content.error();
    if (Status s = write(folder, *content); !s)
        return s.error();
    return content->manifest;
}

Status write(const QString &folder, const RecordingContent &c)
{
    if (!QDir().mkpath(folder))
        return Error{RecordingText::tr("cannot create the folder"), folder};
    // Recordings are read back by the program: cells exactly as held, never
    // neutralised for spreadsheets (a product named "=SUM(A1)" must return as that).
    constexpr CsvCells kRecordingCells = CsvCells::Raw;

    QByteArray products = csvRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                                     QStringLiteral("price"), QStringLiteral("stock"), QStringLiteral("description"),
                                     QStringLiteral("image_url")}, kRecordingCells);
    QList<Product> sortedProducts = c.products;
    std::sort(sortedProducts.begin(), sortedProducts.end(), [](const Product &a, const Product &b) { return a.id < b.id; });
    for (const Product &p : sortedProducts)
        products += csvRecord({p.id, p.name, p.category, optText(p.price), optText(p.stock), p.description, p.imageUrl}, kRecordingCells);

    QByteArray productDays = csvRecord({QStringLiteral("product_id"), QStringLiteral("date"), QStringLiteral("page_views"),
                                        QStringLiteral("units_sold"), QStringLiteral("revenue"), QStringLiteral("orders"),
                                        QStringLiteral("units_returned"), QStringLiteral("returned_revenue"),
                                        QStringLiteral("stock")}, kRecordingCells);
    QList<ProductDay> days = c.productDays;
    std::sort(days.begin(), days.end(), [](const ProductDay &a, const ProductDay &b) {
        return a.date != b.date ? a.date < b.date : a.productId < b.productId;
    });
    for (const ProductDay &d : days)
        productDays += csvRecord({d.productId, dateText(d.date), optText(d.pageViews), QString::number(d.unitsSold),
                                  d.revenue.toString(), QString::number(d.orders), QString::number(d.unitsReturned),
                                  d.returnedRevenue.toString(), optText(d.stock)}, kRecordingCells);

    QByteArray campaigns = csvRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("product_id"),
                                      QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("daily_budget"),
                                      QStringLiteral("start_date"), QStringLiteral("end_date")}, kRecordingCells);
    QList<Campaign> sortedCampaigns = c.campaigns;
    std::sort(sortedCampaigns.begin(), sortedCampaigns.end(), [](const Campaign &a, const Campaign &b) { return a.id < b.id; });
    for (const Campaign &k : sortedCampaigns)
        campaigns += csvRecord({k.id, k.name, k.productId, k.platform, Campaign::statusKey(k.status), optText(k.dailyBudget),
                                dateText(k.startDate), dateText(k.endDate)}, kRecordingCells);

    // The ground-truth column only where some row has it (a generated
    // recording), so that every other recording keeps its bytes.
    const bool truth = std::any_of(c.campaignDays.cbegin(), c.campaignDays.cend(),
                                   [](const CampaignDay &d) { return d.trueIncrementalUnits.has_value(); });
    QStringList campaignDayHeader{QStringLiteral("campaign_id"), QStringLiteral("date"), QStringLiteral("impressions"),
                                  QStringLiteral("clicks"), QStringLiteral("spend"), QStringLiteral("conversions"),
                                  QStringLiteral("revenue")};
    if (truth)
        campaignDayHeader << QStringLiteral("true_incremental_units");
    QByteArray campaignDays = csvRecord(campaignDayHeader, kRecordingCells);
    QList<CampaignDay> cdays = c.campaignDays;
    std::sort(cdays.begin(), cdays.end(), [](const CampaignDay &a, const CampaignDay &b) {
        return a.date != b.date ? a.date < b.date : a.campaignId < b.campaignId;
    });
    for (const CampaignDay &d : cdays) {
        QStringList cells{d.campaignId, dateText(d.date), QString::number(d.impressions), QString::number(d.clicks),
                          d.spend.toString(), QString::number(d.conversions), d.revenue.toString()};
        if (truth)
            cells << (d.trueIncrementalUnits ? QString::number(*d.trueIncrementalUnits) : QString());
        campaignDays += csvRecord(cells, kRecordingCells);
    }

    RecordingManifest manifest = c.manifest;
    manifest.files = {{QStringLiteral("products"), QStringLiteral("products.csv")},
                      {QStringLiteral("product_days"), QStringLiteral("product_days.csv")},
                      {QStringLiteral("campaigns"), QStringLiteral("campaigns.csv")},
                      {QStringLiteral("campaign_days"), QStringLiteral("campaign_days.csv")}};
    const QPair<QString, QByteArray> files[] = {
        {QStringLiteral("products.csv"), products},         {QStringLiteral("product_days.csv"), productDays},
        {QStringLiteral("campaigns.csv"), campaigns},       {QStringLiteral("campaign_days.csv"), campaignDays},
        {QStringLiteral("manifest.json"), manifest.toJson()},
    };
    for (const auto &[name, bytes] : files)
        if (Status s = writeFile(folder + QLatin1Char('/') + name, bytes); !s)
            return s;
    return {};
}

} // namespace Recording
} // namespace cp
