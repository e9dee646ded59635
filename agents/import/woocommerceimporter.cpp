// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerceimporter.h"

#include "agents/tools/htmltext.h"
#include "models/clock.h"

#include <QRegularExpression>
#include <algorithm>

namespace cp {


QList<FieldSpec> WooCommerceImporter::fields() const
{
    return {
        {QStringLiteral("id"), tr("ID"), {QStringLiteral("ID")}, true},
        {QStringLiteral("type"), tr("Type"), {QStringLiteral("Type")}, true},
        {QStringLiteral("sku"), tr("SKU"), {QStringLiteral("SKU")}, false},
        {QStringLiteral("name"), tr("Name"), {QStringLiteral("Name")}, true},
        {QStringLiteral("regular_price"), tr("Regular price"), {QStringLiteral("Regular price")}, true},
        {QStringLiteral("sale_price"), tr("Sale price"), {QStringLiteral("Sale price")}, false},
        {QStringLiteral("sale_from"), tr("Date sale price starts"), {QStringLiteral("Date sale price starts")}, false},
        {QStringLiteral("sale_to"), tr("Date sale price ends"), {QStringLiteral("Date sale price ends")}, false},
        {QStringLiteral("categories"), tr("Categories"), {QStringLiteral("Categories")}, false},
        {QStringLiteral("stock"), tr("Stock"), {QStringLiteral("Stock")}, false},
        {QStringLiteral("in_stock"), tr("In stock?"), {QStringLiteral("In stock?")}, false},
        {QStringLiteral("short_description"), tr("Short description"), {QStringLiteral("Short description")}, false},
        {QStringLiteral("description"), tr("Description"), {QStringLiteral("Description")}, false},
        {QStringLiteral("images"), tr("Images"), {QStringLiteral("Images")}, false},
        {QStringLiteral("parent"), tr("Parent"), {QStringLiteral("Parent")}, false},
        // 1 published, 0 private, -1 draft (WooCommerce's product CSV exporter).
        {QStringLiteral("published"), tr("Published"), {QStringLiteral("Published")}, false},
    };
}

void WooCommerceImporter::reset()
{
    m_products.clear();
    m_variations.clear();
    m_idBySku.clear();
    m_lineOf.clear();
    m_unpublished = 0;
    m_unpublishedIds.clear();
}

namespace {
// A field's text without the apostrophe WooCommerce's exporter puts before a
// leading =, +, - or @ against spreadsheet formulas
// (WC_CSV_Exporter::escape_data(); its importer's unescape_data() takes it
// off again): a backordered product's stock is "'-2".
QString unescaped(QString text)
{
    if (text.size() >= 2 && text.at(0) == u'\'' && QStringView(u"=+-@").contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

QString wooText(const RowView &row, const QString &key) { return unescaped(row.text(key)); }

std::optional<qint64> wooInteger(const RowView &row, const QString &key)
{
    const QString text = row.text(key);
    const QString value = unescaped(text);
    if (value.size() == text.size())
        return row.integer(key);
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok) {
        row.integer(key);   // its error names the column
        return std::nullopt;
    }
    return number;
}

// A price as WooCommerce's exporter writes it: with the shop's decimal
// separator and no thousands separator (wc_format_localized_price() replaces
// the point: "12,99" from a German, French or Spanish shop), which
// RowView::money() refuses as a possible thousands comma. (WooCommerce:
// WC_Product_CSV_Exporter::get_column_value_regular_price() and
// wc_format_localized_price(), which str_replace()s '.' with
// wc_get_price_decimal_separator().)
std::optional<Money> wooPrice(const RowView &row, const QString &key)
{
    static const QRegularExpression decimalComma(QStringLiteral("^-?\\d+,\\d{1,2}$"));
    static const QRegularExpression twoWays(QStringLiteral("^-?\\d{1,3},\\d{3}$"));
    const QString text = row.text(key).trimmed();
    if (decimalComma.match(text).hasMatch())
        return Money::parse(QString(text).replace(u',', u'.'));
    // "1,234" beside the shop's "12,99": a thousands comma (1234) or a
    // decimal comma with three decimals (1.234)? Said so: "not an amount
    // (digits with an optional decimal point)" misled in a file whose other
    // prices have a decimal comma.
    if (twoWays.match(text).hasMatch()) {
        row.fail(key, WooCommerceImporter::tr("\"%1\" reads two ways: %2 with a thousands comma, or %3 with a decimal comma; save the prices without "
                         "thousands separators")
                          .arg(text, QString(text).remove(u','), QString(text).replace(u',', u'.')));
        return std::nullopt;
    }
    return row.money(key);
}
} // namespace

std::optional<QString> WooCommerceImporter::readRow(const RowView &row, qint64 line)
{
    const auto id = row.integer(QStringLiteral("id"));
    if (!id)
        return row.error();
    const QString type = row.text(QStringLiteral("type"));
    std::optional<Money> price;
    if (!row.isEmpty(QStringLiteral("regular_price"))) {
        price = wooPrice(row, QStringLiteral("regular_price"));
        if (!price)
            return row.error();
        if (price->minor() < 0)
            return tr("column \"Regular price\": a negative price (%1)").arg(price->toString());
    }
    // The price customers pay: the sale price while its sale runs (no dates:
    // always), as WooCommerce sells it; before, the regular price was kept
    // and a product on sale read up to twice its price.
    if (row.has(QStringLiteral("sale_price")) && !row.isEmpty(QStringLiteral("sale_price"))) {
        const auto sale = wooPrice(row, QStringLiteral("sale_price"));
        if (!sale)
            return row.error();
        if (sale->minor() < 0)
            return tr("column \"%1\": a negative price (%2)").arg(row.headerOf(QStringLiteral("sale_price")), sale->toString());
        const QDate today = Clock::now().toLocalTime().date();
        std::optional<QDate> from, to;
        for (auto [key, day] : {std::pair{QStringLiteral("sale_from"), &from}, std::pair{QStringLiteral("sale_to"), &to}}) {
            if (!row.has(key) || row.isEmpty(key))
                continue;
            *day = row.date(key);
            if (!*day)
                return row.error();
        }
        if ((!from || *from <= today) && (!to || today <= *to))
            price = sale;
    }
    std::optional<qint64> stock;
    if (row.has(QStringLiteral("stock")) && !row.isEmpty(QStringLiteral("stock"))) {
        stock = wooInteger(row, QStringLiteral("stock"));
        if (!stock)
            return row.error();
    } else if (row.has(QStringLiteral("in_stock")) && row.text(QStringLiteral("in_stock")) == u"0") {
        stock = 0;  // "In stock?" = 0 with no count: out of stock
    }

    // Type is a list: "simple, downloadable, virtual".
    const QStringList types = type.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool variation = std::any_of(types.begin(), types.end(), [](const QString &t) { return t.trimmed() == u"variation"; });
    if (variation) {
        QString parent = row.text(QStringLiteral("parent"));
        if (parent.startsWith(QLatin1String("id:")))
            parent = parent.mid(3);
        if (parent.isEmpty())
            return tr("a variation without a Parent");
        m_variations.append({parent, price, stock, line});
        return std::nullopt;
    }

    Product p;
    p.id = QString::number(*id);
    // One row per product: a second row of an id replaced the first without
    // a word ("Poster" 15.00 became "Poster (large)" 25.00), as the catalog
    // importer refuses.
    if (const auto seen = m_lineOf.constFind(p.id); seen != m_lineOf.cend())
        return tr("product ID %1 is already on line %2: an export has one row per product").arg(p.id).arg(*seen);
    m_lineOf.insert(p.id, line);
    // A draft or private product is not for sale: the agents would propose
    // ads for it. Left out, and counted in the report.
    if (row.has(QStringLiteral("published")) && !row.isEmpty(QStringLiteral("published"))
        && row.text(QStringLiteral("published")).trimmed() != u"1") {
        ++m_unpublished;
        m_unpublishedIds.insert(p.id);
        return std::nullopt;
    }
    if (row.has(QStringLiteral("sku")) && !row.isEmpty(QStringLiteral("sku")))
        m_idBySku.insert(row.text(QStringLiteral("sku")), p.id);
    p.name = wooText(row, QStringLiteral("name"));
    if (p.name.isEmpty())
        return tr("column \"Name\" is empty");
    p.price = price;
    p.stock = stock;
    if (row.has(QStringLiteral("categories"))) {
        // A comma inside a category's name is written "\," (WooCommerce's
        // exporter escapes it): "Food\, Drink > Tea" is one category, "Food, Drink".
        static const QRegularExpression unescapedComma(QStringLiteral("(?<!\\\\),"));
        const QString first = wooText(row, QStringLiteral("categories")).split(unescapedComma).value(0);
        p.category = first.section(QLatin1Char('>'), 0, 0).replace(QLatin1String("\\,"), QLatin1String(",")).trimmed();
    }
    QString description = row.has(QStringLiteral("short_description")) ? row.text(QStringLiteral("short_description")) : QString();
    if (row.has(QStringLiteral("description")) && !row.isEmpty(QStringLiteral("description")))
        description = row.text(QStringLiteral("description"));
    p.description = plainTextOfHtml(description);   // descriptions are HTML
    if (row.has(QStringLiteral("images")))
        p.imageUrl = row.text(QStringLiteral("images")).section(QLatin1Char(','), 0, 0).trimmed();
    m_products.insert(p.id, std::move(p));
    return std::nullopt;
}

Status WooCommerceImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *)
{
    // Parents keep a price or stock of their own; otherwise their variations' give it.
    QMap<QString, std::optional<Money>> lowestPrice;
    QMap<QString, std::optional<qint64>> stockSum;
    qint64 folded = 0;
    for (Variation v : std::as_const(m_variations)) {
        if (!m_products.contains(v.parent))
            v.parent = m_idBySku.value(v.parent, v.parent);   // Parent given as a SKU
        if (m_unpublishedIds.contains(v.parent))
            continue;   // left out with their draft
        if (!m_products.contains(v.parent)) {
            report.notes[tr("variations whose parent is not in the file (not imported)")] += 1;
            continue;
        }
        ++folded;
        if (v.price && (!lowestPrice[v.parent] || *v.price < *lowestPrice[v.parent]))
            lowestPrice[v.parent] = v.price;
        if (v.stock)
            stockSum[v.parent] = stockSum[v.parent].value_or(0) + *v.stock;
    }
    for (Product &p : m_products) {
        if (!p.price)
            p.price = lowestPrice.value(p.id);
        if (!p.stock)
            p.stock = stockSum.value(p.id);
        if (Status s = writer.upsertProduct(p); !s)
            return s;
    }
    report.written[QStringLiteral("products")] = m_products.size();
    if (folded > 0)
        report.notes[tr("variations folded into their parent product")] = folded;
    if (m_unpublished > 0)
        report.notes[tr("drafts and private products (Published not 1), not imported")] = m_unpublished;
    return {};
}

} // namespace cp
