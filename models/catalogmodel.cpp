// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QThreadPool>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <utility>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cp {

namespace {
constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

// Everything a row shows or is searched by (the description is searched).
bool sameFigures(const CatalogRow &a, const CatalogRow &b)
{
    return a.product.name == b.product.name && a.product.category == b.product.category
        && a.product.description == b.product.description
        && a.product.price == b.product.price && a.product.stock == b.product.stock && a.pageViews == b.pageViews
        && a.unitsSold == b.unitsSold && a.revenue == b.revenue && a.activeCampaign == b.activeCampaign;
}

// Appends `text` case-folded code point by code point, as QString::toCaseFolded
// does (Qt folds one code point to one; a pair of surrogates stays a pair).
void appendFolded(std::vector<char16_t> &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            out.push_back(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, *p++));
            out.push_back(QChar::highSurrogate(folded));
            out.push_back(QChar::lowSurrogate(folded));
        } else {
            out.push_back(char16_t(QChar::toCaseFolded(char32_t(c))));
        }
    }
}

// Ranks of n texts in QString::compare order (code unit by code unit, case-
// sensitive, a prefix first): equal texts get equal ranks. Each text's code
// units are copied into the array being sorted, kInline at a time, as numbers
// that compare as the code units do: the whole array is sorted on the first
// kInline, and only runs that agree on them read the next kInline (a
// most-significant-digit-first radix sort with kInline code units a digit).
template <typename TextOf>
std::vector<qint64> textRanks(qsizetype n, const TextOf &textOf)
{
    constexpr int kChunks = 2;
    constexpr qsizetype kInline = 4 * kChunks;
    struct Item
    {
        std::array<quint64, kChunks> key;
        qint64 row;
    };
    const auto fill = [&textOf](Item &item, qsizetype at) {
        const QStringView text = textOf(item.row);
        const char16_t *u = text.utf16();
        for (int c = 0; c < kChunks; ++c) {
            quint64 k = 0;
            for (qsizetype i = at + 4 * c; i < at + 4 * c + 4; ++i)
                k = (k << 16) | (i < text.size() ? quint64(u[i]) : 0u);   // missing: 0
            item.key[size_t(c)] = k;
        }
    };
    const auto less = [](const Item &a, const Item &b) {
        for (size_t c = 0; c < size_t(kChunks); ++c) {
            if (a.key[c] != b.key[c])
                return a.key[c] < b.key[c];
        }
        return false;
    };
    std::vector<Item> items(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        items[size_t(i)].row = i;
        fill(items[size_t(i)], 0);
    }
    std::vector<qint64> ranks(static_cast<size_t>(n));
    qint64 next = 0;
    // Sorts [b, e), whose texts agree on their first `at` code units, and ranks them in order.
    const auto sortRun = [&](const auto &self, Item *b, Item *e, qsizetype at) -> void {
        std::sort(b, e, less);
        for (Item *run = b; run != e;) {
            Item *runEnd = run + 1;
            while (runEnd != e && !less(*run, *runEnd))
                ++runEnd;
            if (runEnd - run == 1) {
                ranks[size_t(run->row)] = next++;
                run = runEnd;
                continue;
            }
            bool longer = false;
            for (Item *it = run; it != runEnd && !longer; ++it)
                longer = textOf(it->row).size() > at + kInline;
            if (longer) {
                for (Item *it = run; it != runEnd; ++it)
                    fill(*it, at + kInline);
                self(self, run, runEnd, at + kInline);
            } else {
                // The same code units (a text that ended reads as 0s): the shorter first.
                for (Item *it = run; it != runEnd; ++it)
                    it->key[0] = quint64(textOf(it->row).size());
                std::sort(run, runEnd, [](const Item &x, const Item &y) { return x.key[0] < y.key[0]; });
                for (Item *it = run; it != runEnd; ++it) {
                    if (it != run && it->key[0] != (it - 1)->key[0])
                        ++next;
                    ranks[size_t(it->row)] = next;
                }
                ++next;
            }
            run = runEnd;
        }
    };
    if (n > 0)
        sortRun(sortRun, items.data(), items.data() + n, 0);
    return ranks;
}

// Ranks of a few distinct values (a category, a campaign name) case-folded,
// in QString::compare order; equal folded values share a rank.
std::vector<qint64> foldedRanks(const QStringList &values)
{
    std::vector<std::pair<QString, qsizetype>> folded;
    folded.reserve(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i)
        folded.emplace_back(values.at(i).toCaseFolded(), i);
    std::sort(folded.begin(), folded.end(),
              [](const auto &a, const auto &b) { return QString::compare(a.first, b.first, Qt::CaseSensitive) < 0; });
    std::vector<qint64> ranks(size_t(values.size()));
    qint64 rank = 0;
    for (size_t i = 0; i < folded.size(); ++i) {
        if (i > 0 && folded[i].first != folded[i - 1].first)
            ++rank;
        ranks[size_t(folded[i].second)] = rank;
    }
    return ranks;
}

// A number that orders as the double does (-0 as 0; NaN above everything).
qint64 orderedDouble(double d)
{
    if (std::isnan(d))
        return std::numeric_limits<qint64>::max();
    if (d == 0)
        d = 0;
    const auto bits = std::bit_cast<qint64>(d);
    return bits < 0 ? bits ^ std::numeric_limits<qint64>::max() : bits;
}
} // namespace

// catalogmodel.h. A least-significant-digit radix sort, a byte at a time,
// skipping the bytes every key shares (money and counts use three or four of
// the eight): sorting 1,000,000 rows by units took 38–46 ms against 85–89 ms
// with std::stable_sort (BENCHMARKS.md).
void stableSortByKey(std::vector<int> &order, const std::vector<qint64> &keys, bool descending)
{
    const size_t n = order.size();
    if (n < 2)
        return;
    // As unsigned numbers in the wanted order: the sign bit flipped, and all
    // bits inverted for a descending sort (a stable sort on the inverted key
    // keeps ties in place, as a descending comparison does).
    const quint64 flip = descending ? ~quint64(0) >> 1 : quint64(1) << 63;
    std::vector<std::pair<quint64, int>> a(n), b(n);
    std::array<std::array<size_t, 257>, 8> counts{};
    for (size_t i = 0; i < n; ++i) {
        const quint64 u = quint64(keys[size_t(order[i])]) ^ flip;
        a[i] = {u, order[i]};
        for (int d = 0; d < 8; ++d)
            ++counts[size_t(d)][((u >> (8 * d)) & 0xFF) + 1];
    }
    for (int d = 0; d < 8; ++d) {
        auto &c = counts[size_t(d)];
        if (std::find(c.begin() + 1, c.end(), n) != c.end())
            continue;   // every key has the same byte here
        for (size_t k = 1; k < c.size(); ++k)
            c[k] += c[k - 1];
        for (const auto &e : a)
            b[c[(e.first >> (8 * d)) & 0xFF]++] = e;
        a.swap(b);
    }
    for (size_t i = 0; i < n; ++i)
        order[i] = a[i].second;
}


CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogModel::setRows(QList<CatalogRow> rows, std::shared_ptr<CatalogSearchIndex> prepared)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).product.id == m_rows.at(i).product.id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildIndex(prepared);
        endResetModel();
        return;
    }
    // Update the rows, then emit one dataChanged per run of changed rows.
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (sameFigures(rows.at(i), m_rows.at(i)))
            continue;
        m_rows[i] = rows.at(i);
        if (!runs.empty() && runs.back().second == i - 1)
            runs.back().second = i;
        else
            runs.emplace_back(i, i);
    }
    if (runs.empty())
        return;
    rebuildIndex(prepared);
    for (const auto &[first, last] : runs)
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    emit rowsUpdated();
}

CatalogSearchIndex CatalogSearchIndex::build(const QList<CatalogRow> &rows)
{
    CatalogSearchIndex ix;
    const size_t n = size_t(rows.size());
    size_t length = 0;
    for (const CatalogRow &r : rows)
        length += size_t(r.product.name.size() + r.product.id.size() + r.product.description.size()) + 3;
    ix.rows = rows.size();
    ix.search.reserve(length);
    ix.starts.reserve(n + 1);
    ix.nameLength.resize(n);
    ix.categoryOf.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Product &p = rows.at(qsizetype(i)).product;
        const size_t start = ix.search.size();
        appendFolded(ix.search, p.name);
        ix.nameLength[i] = int(ix.search.size() - start);
        ix.search.push_back(CatalogModel::kSearchSeparator);
        appendFolded(ix.search, p.id);
        ix.search.push_back(CatalogModel::kSearchSeparator);
        appendFolded(ix.search, p.description);
        ix.search.push_back(CatalogModel::kSearchSeparator);
        ix.starts.push_back(qsizetype(ix.search.size()));
        if (p.category.isEmpty()) {
            ix.categoryOf[i] = -1;
        } else {
            auto it = ix.categoryNumbers.constFind(p.category);
            if (it == ix.categoryNumbers.cend()) {
                it = ix.categoryNumbers.insert(p.category, int(ix.categoryNames.size()));
                ix.categoryNames << p.category;
            }
            ix.categoryOf[i] = it.value();
        }
    }
    return ix;
}

// Whether `ix` was built from `rows`: as many rows, and the folded names of
// 64 rows spread over them (all of a smaller catalog) where the index has
// them. A check against a mix-up, not a proof: the caller builds the index
// from the very rows it passes.
static bool builtFrom(const CatalogSearchIndex &ix, const QList<CatalogRow> &rows)
{
    if (ix.rows != rows.size() || ix.starts.size() != size_t(rows.size()) + 1 || ix.nameLength.size() != size_t(rows.size()))
        return false;
    std::vector<char16_t> name;
    const qsizetype step = std::max<qsizetype>(1, (rows.size() + 63) / 64);
    for (qsizetype i = 0; i < rows.size(); i += step) {
        name.clear();
        appendFolded(name, rows.at(i).product.name);
        const size_t at = size_t(ix.starts[size_t(i)]);
        if (name.size() != size_t(ix.nameLength[size_t(i)]) || at + name.size() > ix.search.size()
            || !std::equal(name.begin(), name.end(), ix.search.begin() + qsizetype(at)))
            return false;
    }
    return true;
}

void CatalogModel::rebuildIndex(const std::shared_ptr<CatalogSearchIndex> &prepared)
{
    m_index = prepared && builtFrom(*prepared, m_rows) ? std::move(*prepared) : CatalogSearchIndex::build(m_rows);
    if (prepared)
        prepared->rows = -1;   // taken (or not for these rows)
    for (auto &keys : m_keys)
        std::vector<qint64>().swap(keys);
    m_keysBuilt.fill(false);
    ++m_generation;
    startTextKeys();
}

void CatalogModel::startTextKeys()
{
    // A small catalog ranks its texts on first use in a few milliseconds; an
    // event loop is needed to hand the keys over.
    if (m_rows.size() < kBackgroundKeysFrom || !QCoreApplication::instance())
        return;
    // The pool thread reads only its own copy of the rows (QList shares
    // them; a later in-place update detaches the model's, not this one) and
    // its own folded names, made as rebuildIndex() folds them, so that the
    // ranks are those sortKeys() would make.
    auto job = [rows = m_rows, generation = m_generation, alive = std::weak_ptr<int>(m_alive), this] {
        const qsizetype n = rows.size();
        std::vector<char16_t> folded;
        std::vector<qsizetype> start;
        start.reserve(size_t(n) + 1);
        start.push_back(0);
        for (const CatalogRow &r : rows) {
            appendFolded(folded, r.product.name);
            start.push_back(qsizetype(folded.size()));
        }
        std::vector<qint64> names = textRanks(n, [&](qsizetype i) {
            return QStringView(folded.data() + start[size_t(i)], start[size_t(i) + 1] - start[size_t(i)]);
        });
        std::vector<qint64> ids = textRanks(n, [&rows](qsizetype i) { return QStringView(rows.at(i).product.id); });
        // Handed over on the application's thread, where the model lives and
        // is destroyed: `this` is used only if it still is there then. (The
        // application object outlives this job: ~QCoreApplication waits for
        // the global pool's threads.)
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(
            app,
            [alive, this, generation, ids = std::move(ids), names = std::move(names)]() mutable {
                if (!alive.expired())
                    takeTextKeys(generation, std::move(ids), std::move(names));
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start(std::move(job));
}

void CatalogModel::takeTextKeys(quint64 generation, std::vector<qint64> idKeys, std::vector<qint64> nameKeys)
{
    if (generation != m_generation)
        return;   // rows changed since: their own job is on its way
    if (!m_keysBuilt[Id]) {
        m_keys[Id] = std::move(idKeys);
        m_keysBuilt[Id] = true;
    }
    if (!m_keysBuilt[Name]) {
        m_keys[Name] = std::move(nameKeys);
        m_keysBuilt[Name] = true;
    }
}

bool CatalogModel::sortKeysReady(int column) const
{
    return column >= 0 && column < ColumnCount && m_keysBuilt[size_t(column)];
}

QStringList CatalogModel::categories() const
{
    return m_index.categoryNames;
}

int CatalogModel::categoryNumber(const QString &category) const
{
    return category.isEmpty() ? -1 : m_index.categoryNumbers.value(category, -2);
}

const std::vector<qint64> &CatalogModel::sortKeys(int column) const
{
    static const std::vector<qint64> none;
    if (column < 0 || column >= ColumnCount)
        return none;
    std::vector<qint64> &keys = m_keys[size_t(column)];
    if (m_keysBuilt[size_t(column)])
        return keys;
    const qsizetype n = m_rows.size();
    keys.assign(size_t(n), 0);
    const auto each = [&](auto &&key) {
        for (qsizetype i = 0; i < n; ++i)
            keys[size_t(i)] = key(m_rows.at(i));
    };
    switch (column) {
    case Id:
        keys = textRanks(n, [this](qsizetype i) { return QStringView(m_rows.at(i).product.id); });
        break;
    case Name:
        keys = textRanks(n, [this](qsizetype i) {
            return QStringView(m_index.search.data() + m_index.starts[size_t(i)], m_index.nameLength[size_t(i)]);
        });
        break;
    case Category: {
        const std::vector<qint64> ranks = foldedRanks(m_index.categoryNames);
        for (qsizetype i = 0; i < n; ++i) {
            const int c = m_index.categoryOf[size_t(i)];
            keys[size_t(i)] = c < 0 ? -1 : ranks[size_t(c)];   // "" before any name
        }
        break;
    }
    case Price: each([](const CatalogRow &r) { return r.product.price ? qint64(r.product.price->minor()) : kUnknown; }); break;
    case Stock: each([](const CatalogRow &r) { return qint64(r.product.stock.value_or(kUnknown)); }); break;
    case Views: each([](const CatalogRow &r) { return qint64(r.pageViews.value_or(kUnknown)); }); break;
    case Units: each([](const CatalogRow &r) { return qint64(r.unitsSold); }); break;
    case Revenue: each([](const CatalogRow &r) { return qint64(r.revenue.minor()); }); break;
    case ViewsPerUnit: each([](const CatalogRow &r) { return orderedDouble(r.viewsPerUnit().value_or(-1.0)); }); break;
    case ActiveCampaign: {
        QHash<QString, int> numbers;
        QStringList names;
        std::vector<int> of(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i) {
            const QString &name = m_rows.at(i).activeCampaign;
            auto it = numbers.constFind(name);
            if (it == numbers.cend()) {
                it = numbers.insert(name, int(names.size()));
                names << name;
            }
            of[size_t(i)] = it.value();
        }
        const std::vector<qint64> ranks = foldedRanks(names);
        for (qsizetype i = 0; i < n; ++i)
            keys[size_t(i)] = ranks[size_t(of[size_t(i)])];
        break;
    }
    }
    m_keysBuilt[size_t(column)] = true;
    return keys;
}

void CatalogModel::setCurrency(const QString &isoCode)
{
    m_currency = isoCode;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Price), index(rowCount() - 1, Revenue));
}

void CatalogModel::setModelled(const QMap<QString, QString> &modelled)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("products.category"), Category},    {QStringLiteral("products.stock"), Stock},
        {QStringLiteral("product_days.stock"), Stock},      {QStringLiteral("product_days.page_views"), Views},
        {QStringLiteral("products.price"), Price},          {QStringLiteral("product_days.units_sold"), Units},
        {QStringLiteral("product_days.revenue"), Revenue},
    };
    m_modelled.clear();
    for (auto it = modelled.cbegin(); it != modelled.cend(); ++it) {
        if (const int c = columns.value(it.key(), -1); c >= 0)
            m_modelled.insert(c, it.value());
    }
    if (m_modelled.contains(Views))
        m_modelled.insert(ViewsPerUnit, m_modelled.value(Views));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogModel::money(const Money &m) const
{
    return formatMoney(m, m_currency);
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogRow &r = m_rows.at(index.row());
    const QString unknown = tr("—");
    QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return r.product.id;
        case Name: return r.product.name;
        case Category: return r.product.category.isEmpty() ? unknown : r.product.category;
        case Price: return r.product.price ? money(*r.product.price) : unknown;
        case Stock: return r.product.stock ? locale.toString(*r.product.stock) : unknown;
        case Views: return r.pageViews ? locale.toString(*r.pageViews) : unknown;
        case Units: return locale.toString(r.unitsSold);
        case Revenue: return money(r.revenue);
        case ViewsPerUnit: return r.viewsPerUnit() ? locale.toString(*r.viewsPerUnit(), 'f', 1) : unknown;
        case ActiveCampaign: return r.activeCampaign;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Id: return r.product.id;
        case Name: return r.product.name.toCaseFolded();
        case Category: return r.product.category.toCaseFolded();
        case Price: return qlonglong(r.product.price ? r.product.price->minor() : kUnknown);
        case Stock: return qlonglong(r.product.stock.value_or(kUnknown));
        case Views: return qlonglong(r.pageViews.value_or(kUnknown));
        case Units: return qlonglong(r.unitsSold);
        case Revenue: return qlonglong(r.revenue.minor());
        case ViewsPerUnit: return r.viewsPerUnit().value_or(-1.0);
        case ActiveCampaign: return r.activeCampaign.toCaseFolded();
        }
        break;
    case CategoryRole:
        return r.product.category;
    case Qt::TextAlignmentRole:
        if (index.column() >= Price && index.column() <= ViewsPerUnit)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !r.product.description.isEmpty())
            return r.product.description;
        if (m_modelled.contains(index.column()))
            return tr("Modelled, not recorded: %1").arg(m_modelled.value(index.column()));
        break;
    default:
        break;
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("ID"),     QT_TR_NOOP("Name"),  QT_TR_NOOP("Category"), QT_TR_NOOP("Price"),
            QT_TR_NOOP("Stock"),  QT_TR_NOOP("Views"), QT_TR_NOOP("Units"),    QT_TR_NOOP("Revenue"),
            QT_TR_NOOP("Views/unit"), QT_TR_NOOP("Active campaign")};
        const QString name = tr(names[section]);
        return m_modelled.contains(section) ? tr("%1 (modelled)").arg(name) : name;
    }
    if (role == Qt::ToolTipRole && m_modelled.contains(section))
        return tr("Modelled, not recorded: %1").arg(m_modelled.value(section));
    if (role == Qt::FontRole && m_modelled.contains(section)) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}


namespace {
// The first position at or after `from` where `needle` occurs in `hay`, or -1.
// Two-code-unit needles and longer compare the needle's first and last code
// units at eight positions at once (SSE2), then the rest where both match.
qsizetype findText(QStringView hay, qsizetype from, QStringView needle)
{
    const qsizetype n = hay.size();
    const qsizetype m = needle.size();
    if (m == 0)
        return from <= n ? from : -1;
    if (m == 1)
        return hay.indexOf(needle.front(), from);
    const char16_t *h = hay.utf16();
    const char16_t *nd = needle.utf16();
    const char16_t first = nd[0];
    const char16_t last = nd[m - 1];
    const size_t middle = size_t(m - 2) * sizeof(char16_t);
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i firsts = _mm_set1_epi16(short(first));
    const __m128i lasts = _mm_set1_epi16(short(last));
    for (; i + m - 1 + 8 <= n; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + m - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, firsts), _mm_cmpeq_epi16(b, lasts))));
        while (mask) {
            const int bit = std::countr_zero(mask);
            const qsizetype at = i + bit / 2;
            if (std::memcmp(h + at + 1, nd + 1, middle) == 0)
                return at;
            mask &= ~(3u << bit);
        }
    }
#endif
    for (; i + m <= n; ++i) {
        if (h[i] == first && h[i + m - 1] == last && std::memcmp(h + i + 1, nd + 1, middle) == 0)
            return i;
    }
    return -1;
}
} // namespace

CatalogFilterProxy::CatalogFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void CatalogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_catalog = qobject_cast<CatalogModel *>(model);
    if (model) {
        const auto reset = [this] { beginResetModel(); };
        const auto rebuilt = [this] {
            rebuild();
            endResetModel();
        };
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, reset)
                      << connect(model, &QAbstractItemModel::modelReset, this, rebuilt)
                      << connect(model, &QAbstractItemModel::dataChanged, this, &CatalogFilterProxy::onSourceDataChanged)
                      << connect(model, &QAbstractItemModel::headerDataChanged, this,
                                 [this](Qt::Orientation o, int first, int last) {
                                     if (o == Qt::Horizontal)
                                         emit headerDataChanged(o, first, last);
                                     else if (rowCount() > 0)
                                         emit headerDataChanged(o, 0, rowCount() - 1);
                                 });
        // CatalogModel only resets or updates in place; any other change to the
        // rows or columns of another model resets the proxy.
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, reset)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, rebuilt)
                      << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, reset)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, rebuilt)
                      << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, reset)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, rebuilt)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, reset)
                      << connect(model, &QAbstractItemModel::columnsInserted, this, rebuilt)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, reset)
                      << connect(model, &QAbstractItemModel::columnsRemoved, this, rebuilt)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, reset)
                      << connect(model, &QAbstractItemModel::columnsMoved, this, rebuilt)
                      << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, reset)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, rebuilt);
        // After QAbstractProxyModel has let go of it.
        m_connections << connect(model, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_catalog = nullptr;
            rebuild();
            endResetModel();
        });
        if (m_catalog) {
            m_connections << connect(m_catalog, &CatalogModel::rowsUpdated, this, [this] {
                changeLayout(false, [this] {
                    sortOrderVector();
                    filter(false);
                });
            });
        }
    }
    rebuild();
    endResetModel();
}

void CatalogFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    const QString needle = trimmed.toCaseFolded();
    // Typing on ("mu" -> "mug"): only rows that matched can match now.
    const bool narrowing = needle.contains(m_needle);
    m_searchText = trimmed;
    m_needle = needle;
    changeLayout(false, [this, narrowing] { filter(narrowing); });
}

void CatalogFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    const bool narrowing = m_category.isEmpty();
    m_category = category;
    changeLayout(false, [this, narrowing] { filter(narrowing); });
}

void CatalogFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;   // already in that order (as QSortFilterProxyModel with a dynamic sort)
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    changeLayout(true, [this] {
        sortOrderVector();
        showVisible();
    });
}

int CatalogFilterProxy::sourceRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void CatalogFilterProxy::rebuild()
{
    m_order.resize(size_t(sourceRows()));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrderVector();
    filter(false);
}

void CatalogFilterProxy::sortOrderVector()
{
    if (!m_catalog || m_sortColumn < 0 || m_sortColumn >= CatalogModel::ColumnCount) {
        // The model's order (reversed for descending, as QSortFilterProxyModel does).
        std::iota(m_order.begin(), m_order.end(), 0);
        if (m_sortColumn < 0 && m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
        return;
    }
    const std::vector<qint64> &keys = m_catalog->sortKeys(m_sortColumn);
    stableSortByKey(m_order, keys, m_sortOrder == Qt::DescendingOrder);
}

void CatalogFilterProxy::filter(bool narrowing)
{
    const size_t n = m_order.size();
    if (!m_catalog) {
        m_accepted.assign(n, 1);
        showVisible();
        return;
    }
    // Narrowing (the new filter accepts no row the last one refused): start
    // from the rows accepted so far.
    if (!narrowing || m_accepted.size() != n)
        m_accepted.assign(n, 1);
    if (!m_category.isEmpty()) {
        const int wanted = m_catalog->categoryNumber(m_category);
        const std::vector<int> &of = m_catalog->categoryNumbers();
        for (size_t r = 0; r < n; ++r)
            m_accepted[r] = m_accepted[r] && of[r] == wanted;
    }
    if (!m_needle.isEmpty()) {
        const QStringView needle(m_needle);
        if (needle.contains(QChar(CatalogModel::kSearchSeparator))) {
            // Cannot be found in the joined text: look in each field as it is.
            const QList<CatalogRow> &rows = m_catalog->rows();
            for (size_t r = 0; r < n; ++r) {
                const Product &p = rows.at(qsizetype(r)).product;
                m_accepted[r] = m_accepted[r]
                    && (p.name.contains(m_searchText, Qt::CaseInsensitive) || p.id.contains(m_searchText, Qt::CaseInsensitive)
                        || p.description.contains(m_searchText, Qt::CaseInsensitive));
            }
        } else {
            const size_t candidates = size_t(std::count(m_accepted.begin(), m_accepted.end(), quint8(1)));
            const std::vector<qsizetype> &start = m_catalog->searchStarts();
            if (candidates * 16 < n) {
                // Few candidates: look in each one's text.
                for (size_t r = 0; r < n; ++r) {
                    if (m_accepted[r])
                        m_accepted[r] = findText(m_catalog->searchText(int(r)), 0, needle) >= 0;
                }
            } else {
                // One pass over all the text; a row whose text has it is marked 2.
                const QStringView text = m_catalog->searchBuffer();
                size_t r = 0;
                qsizetype at = 0;
                while (true) {
                    while (r < n && !m_accepted[r])
                        ++r;
                    if (r == n)
                        break;
                    at = std::max(at, start[r]);
                    const qsizetype hit = findText(text, at, needle);
                    if (hit < 0)
                        break;
                    while (start[r + 1] <= hit)
                        ++r;
                    if (m_accepted[r])
                        m_accepted[r] = 2;
                    at = start[r + 1];
                    ++r;
                }
                for (quint8 &a : m_accepted)
                    a = a == 2;
            }
        }
    }
    showVisible();
}

void CatalogFilterProxy::showVisible()
{
    m_visible.clear();
    m_proxyRow.assign(m_order.size(), -1);
    if (m_accepted.size() != m_order.size())
        m_accepted.assign(m_order.size(), 1);
    for (const int r : m_order) {
        if (m_accepted[size_t(r)]) {
            m_proxyRow[size_t(r)] = int(m_visible.size());
            m_visible.push_back(r);
        }
    }
}

void CatalogFilterProxy::changeLayout(bool sorting, const std::function<void()> &change)
{
    const auto hint = sorting ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRowOf;
    sourceRowOf.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        sourceRowOf.push_back(i.row() >= 0 && size_t(i.row()) < m_visible.size() ? m_visible[size_t(i.row())] : -1);
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int source = sourceRowOf[size_t(k)];
        const int row = source >= 0 && size_t(source) < m_proxyRow.size() ? m_proxyRow[size_t(source)] : -1;
        after << (row >= 0 ? createIndex(row, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void CatalogFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || m_visible.empty())
        return;
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (int r = topLeft.row(); r <= bottomRight.row() && size_t(r) < m_proxyRow.size(); ++r) {
        const int p = m_proxyRow[size_t(r)];
        if (p >= 0) {
            first = std::min(first, p);
            last = std::max(last, p);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex CatalogFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CatalogFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CatalogFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CatalogFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CatalogFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CatalogFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CatalogFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return sourceModel()->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CatalogFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant CatalogFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section >= 0 && size_t(section) < m_visible.size())
        return sourceModel()->headerData(m_visible[size_t(section)], orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace cp
