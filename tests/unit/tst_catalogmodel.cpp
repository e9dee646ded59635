// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogFilterProxy (issue 14: a catalog for big shops) against references
// written the plain way: each sort is a std::stable_sort of every row on the
// values CatalogModel::SortRole gives, compared as QSortFilterProxyModel
// compares them (numbers as numbers, text with QString::compare, unknown
// lowest), starting from the previous sort's order; the filter is the one the
// catalog always had (the category exactly, the search text case-insensitively
// in the id, the name or the description), shown in that order.
#include "models/catalogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>
#include <limits>

using namespace cp;

namespace {

QList<CatalogRow> generate(int n, quint64 seed)
{
    static const char *const names[] = {"Mug", "mug", "MUG tree", "Cake stand", "cake Stand", "Tin", "Straße", "STRASSE",
                                        "Crème brûlée set", "CRÈME", "Ἀθηνᾶ", "ΣΟΦΙΑ", "σοφία", "ς", "Zebra", "apple",
                                        "Äpfel", "äpfel", "", "Ölkanne", "𐐀 deseret", "𐐨 deseret", "İstanbul", "ﬁne"};
    static const char *const categories[] = {"Kitchen", "kitchen", "Bags", "Gifts", "", "Äpfel", "ÄPFEL", "Zinc"};
    static const char *const words[] = {"hand made", "Dishwasher SAFE", "ideal for the kitchen", "Abbey", "σοφία", "straße", ""};
    std::mt19937_64 rng(seed);
    const auto pick = [&rng](int count) { return int(rng() % unsigned(count)); };
    QList<CatalogRow> rows;
    for (int i = 0; i < n; ++i) {
        CatalogRow r;
        // Repeated ids and names, so that sorts have ties.
        r.product.id = pick(10) == 0 ? QString() : QStringLiteral("SKU-%1").arg(pick(n / 2 + 1));
        if (pick(3) == 0)
            r.product.id = r.product.id.toLower();
        r.product.name = QString::fromUtf8(names[pick(24)]);
        if (pick(2))
            r.product.name += u' ' + QString::number(pick(50));
        r.product.category = QString::fromUtf8(categories[pick(8)]);
        if (pick(10))
            r.product.price = Money::fromMinor(pick(3000) - 100);
        if (pick(10))
            r.product.stock = pick(50) - 3;
        if (pick(5))
            r.pageViews = pick(1000);
        r.unitsSold = pick(3) == 0 ? 0 : pick(40);
        r.revenue = Money::fromMinor(pick(20000) - 500);
        r.product.description = QString::fromUtf8(words[pick(7)]);
        if (pick(4) == 0)
            r.activeCampaign = QString::fromUtf8(names[pick(24)]);
        rows << r;
    }
    return rows;
}

// QSortFilterProxyModel's comparison of the SortRole values of one column.
bool referenceLess(const QVariant &a, const QVariant &b)
{
    switch (a.userType()) {
    case QMetaType::LongLong: return a.toLongLong() < b.toLongLong();
    case QMetaType::Double: return a.toDouble() < b.toDouble();
    default: return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive) < 0;
    }
}

// Every row of the catalog in sort order, sorted the plain way.
struct Reference
{
    const CatalogModel *model;
    std::vector<int> order;

    explicit Reference(const CatalogModel *m) : model(m), order(size_t(m->rowCount()))
    {
        std::iota(order.begin(), order.end(), 0);
    }
    void sort(int column, Qt::SortOrder direction)
    {
        QList<QVariant> keys;
        for (int r = 0; r < model->rowCount(); ++r)
            keys << model->index(r, column).data(CatalogModel::SortRole);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return direction == Qt::AscendingOrder ? referenceLess(keys.at(a), keys.at(b)) : referenceLess(keys.at(b), keys.at(a));
        });
    }
    std::vector<int> shown(const QString &search, const QString &category) const
    {
        const QString text = search.trimmed();
        std::vector<int> rows;
        for (const int r : order) {
            const Product &p = model->rows().at(r).product;
            if (!category.isEmpty() && p.category != category)
                continue;
            if (!text.isEmpty() && !p.name.contains(text, Qt::CaseInsensitive) && !p.id.contains(text, Qt::CaseInsensitive)
                && !p.description.contains(text, Qt::CaseInsensitive))
                continue;
            rows.push_back(r);
        }
        return rows;
    }
};

std::vector<int> shown(const CatalogFilterProxy &proxy)
{
    std::vector<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.push_back(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

// A new proxy (as after a reset) sorted by `column` against the reference's
// stable sort: empty when they agree, else which sort differed.
QString sortMismatch(CatalogModel *model, int column, Qt::SortOrder order)
{
    CatalogFilterProxy proxy;
    proxy.setSourceModel(model);
    proxy.sort(column, order);
    Reference reference(model);
    reference.sort(column, order);
    return shown(proxy) == reference.order ? QString() : QStringLiteral("column %1 order %2").arg(column).arg(int(order));
}

const QStringList &searches()
{
    static const QStringList s{QString(),
                               QStringLiteral("m"),
                               QStringLiteral("mu"),
                               QStringLiteral("MUG"),
                               QStringLiteral("  mug  "),
                               QStringLiteral("sku-1"),
                               QStringLiteral("SKU-12"),
                               QStringLiteral("straße"),
                               QStringLiteral("STRASSE"),
                               QStringLiteral("ss"),
                               QStringLiteral("σ"),
                               QStringLiteral("Σοφ"),
                               QStringLiteral("ς"),
                               QStringLiteral("crème BR"),
                               QStringLiteral("𐐀"),
                               QStringLiteral("𐐨 DES"),
                               QStringLiteral("i̇"),
                               QStringLiteral("kitchen"),
                               QStringLiteral("e 1"),
                               QStringLiteral("safe"),
                               QStringLiteral("dishwasher safe"),
                               QStringLiteral("ﬁ"),
                               QStringLiteral("no such text"),
                               QStringLiteral("mug") + QChar(CatalogModel::kSearchSeparator),
                               QString(QChar(CatalogModel::kSearchSeparator))};
    return s;
}
} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT
private slots:
    void sortsAsTheReferenceDoes()
    {
        CatalogModel model;
        model.setRows(generate(3000, 1));
        for (int column = 0; column < CatalogModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString mismatch = sortMismatch(&model, column, order);   // from the catalog's order
                QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            }
        }
    }

    void textKeysOfALargeCatalogArriveFromAPoolThread()
    {
        CatalogModel model;
        // A first catalog, replaced at once: its keys, if they come, are not taken.
        model.setRows(generate(int(CatalogModel::kBackgroundKeysFrom) + 500, 8));
        model.setRows(generate(int(CatalogModel::kBackgroundKeysFrom) + 1000, 9));
        QTRY_VERIFY(model.sortKeysReady(CatalogModel::Id) && model.sortKeysReady(CatalogModel::Name));
        QVERIFY(!model.sortKeysReady(CatalogModel::Price));   // a number's keys: on first use
        for (const int column : {int(CatalogModel::Id), int(CatalogModel::Name)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString mismatch = sortMismatch(&model, column, order);
                QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            }
        }
        // A small catalog builds them when first sorted, not before.
        model.setRows(generate(300, 10));
        QVERIFY(!model.sortKeysReady(CatalogModel::Name));
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(CatalogModel::Name, Qt::AscendingOrder);
        QVERIFY(model.sortKeysReady(CatalogModel::Name));
    }

    void sortsStablyFromThePreviousOrder()
    {
        CatalogModel model;
        model.setRows(generate(3000, 2));
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Reference reference(&model);
        // Every column after every other, both ways: ties keep the previous order.
        std::mt19937 rng(7);
        for (int step = 0; step < 40; ++step) {
            const int column = int(rng() % CatalogModel::ColumnCount);
            const auto order = rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            if (column == proxy.sortColumn() && order == proxy.sortOrder())
                continue;
            proxy.sort(column, order);
            reference.sort(column, order);
            QVERIFY2(shown(proxy) == reference.order, qPrintable(QStringLiteral("step %1").arg(step)));
        }
        // Category, then name within it: sorted by name, then by category.
        proxy.sort(CatalogModel::Name, Qt::AscendingOrder);
        proxy.sort(CatalogModel::Category, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString c0 = proxy.index(r - 1, CatalogModel::Category).data(CatalogModel::SortRole).toString();
            const QString c1 = proxy.index(r, CatalogModel::Category).data(CatalogModel::SortRole).toString();
            QVERIFY(c0 <= c1);
            if (c0 == c1)
                QVERIFY(proxy.index(r - 1, CatalogModel::Name).data(CatalogModel::SortRole).toString()
                        <= proxy.index(r, CatalogModel::Name).data(CatalogModel::SortRole).toString());
        }
    }

    void sortKeysInTheOrderQSortFilterProxyModelGives()
    {
        // The old catalog proxy was a QSortFilterProxyModel on SortRole: same values, same order.
        CatalogModel model;
        model.setRows(generate(2000, 3));
        for (int column = 0; column < CatalogModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QSortFilterProxyModel old;
                old.setSortRole(CatalogModel::SortRole);
                old.setSourceModel(&model);
                old.sort(column, order);
                CatalogFilterProxy proxy;
                proxy.setSourceModel(&model);
                proxy.sort(column, order);
                QCOMPARE(proxy.rowCount(), old.rowCount());
                for (int r = 0; r < proxy.rowCount(); ++r)
                    QCOMPARE(proxy.index(r, column).data(CatalogModel::SortRole), old.index(r, column).data(CatalogModel::SortRole));
            }
        }
    }

    void filtersAsTheReferenceDoes()
    {
        CatalogModel model;
        model.setRows(generate(3000, 4));
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CatalogModel::Revenue, Qt::DescendingOrder);
        Reference reference(&model);
        reference.sort(CatalogModel::Revenue, Qt::DescendingOrder);
        const QStringList categories{QString(), QStringLiteral("Kitchen"), QStringLiteral("kitchen"), QStringLiteral("Äpfel"),
                                     QStringLiteral("No such category")};
        for (const QString &category : categories) {
            proxy.setCategory(category);
            for (const QString &search : searches()) {
                proxy.setSearchText(search);
                const std::vector<int> expected = reference.shown(search, category);
                QVERIFY2(shown(proxy) == expected, qPrintable(QStringLiteral("%1 in %2").arg(search, category)));
            }
        }
        // Some searches really do find rows, and a category really does narrow.
        proxy.setCategory(QString());
        proxy.setSearchText(QStringLiteral("σ"));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());
        proxy.setSearchText(QString());
        proxy.setCategory(QStringLiteral("Kitchen"));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());
    }

    void typingAndDeletingFilterAsTheReferenceDoes()
    {
        // Keystrokes that narrow the last search, and ones that widen it again.
        CatalogModel model;
        model.setRows(generate(3000, 5));
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        Reference reference(&model);
        const QStringList steps{QStringLiteral("s"),  QStringLiteral("sk"),  QStringLiteral("sku"), QStringLiteral("sku-"),
                                QStringLiteral("sku-1"), QStringLiteral("sku-12"), QStringLiteral("sku-123"), QStringLiteral("sku-1234"),
                                QStringLiteral("sku-12"), QStringLiteral("sku-1"), QStringLiteral("ku-1"),
                                QStringLiteral("m"), QStringLiteral("mu"), QStringLiteral("mug"), QStringLiteral("mug 1"),
                                QStringLiteral("mug"), QString()};
        for (const QString &category : {QString(), QStringLiteral("Bags")}) {
            proxy.setCategory(category);
            for (const QString &step : steps) {
                proxy.setSearchText(step);
                QVERIFY2(shown(proxy) == reference.shown(step, category), qPrintable(step));
            }
            proxy.setSearchText(QStringLiteral("mug"));
            proxy.setCategory(QStringLiteral("Bags"));   // narrows
            QVERIFY(shown(proxy) == reference.shown(QStringLiteral("mug"), QStringLiteral("Bags")));
            proxy.setCategory(QStringLiteral("Gifts"));  // another
            QVERIFY(shown(proxy) == reference.shown(QStringLiteral("mug"), QStringLiteral("Gifts")));
            proxy.setCategory(category);
            proxy.setSearchText(QString());
        }
    }

    void sortThenFilterEqualsFilterThenSort()
    {
        CatalogModel model;
        model.setRows(generate(3000, 6));
        for (int column : {int(CatalogModel::Name), int(CatalogModel::Price), int(CatalogModel::ViewsPerUnit),
                           int(CatalogModel::ActiveCampaign)}) {
            CatalogFilterProxy sortedFirst;
            sortedFirst.setSourceModel(&model);
            sortedFirst.sort(column, Qt::DescendingOrder);
            sortedFirst.setCategory(QStringLiteral("Kitchen"));
            sortedFirst.setSearchText(QStringLiteral("mug"));
            CatalogFilterProxy filteredFirst;
            filteredFirst.setSourceModel(&model);
            filteredFirst.setSearchText(QStringLiteral("mug"));
            filteredFirst.setCategory(QStringLiteral("Kitchen"));
            filteredFirst.sort(column, Qt::DescendingOrder);
            QVERIFY(sortedFirst.rowCount() > 0);
            QVERIFY(shown(sortedFirst) == shown(filteredFirst));
            Reference reference(&model);
            reference.sort(column, Qt::DescendingOrder);
            QVERIFY(shown(sortedFirst) == reference.shown(QStringLiteral("mug"), QStringLiteral("Kitchen")));
            // Clearing the filter brings back every row, still sorted.
            filteredFirst.setSearchText(QString());
            filteredFirst.setCategory(QString());
            QVERIFY(shown(filteredFirst) == reference.order);
        }
    }

    void emptyCatalog()
    {
        CatalogModel model;
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), int(CatalogModel::ColumnCount));
        QVERIFY(!proxy.hasChildren());
        proxy.sort(CatalogModel::Name, Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("mug"));
        proxy.setCategory(QStringLiteral("Kitchen"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.headerData(CatalogModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QVERIFY(model.categories().isEmpty());
        QCOMPARE(model.sortKeys(CatalogModel::Name).size(), size_t(0));
        // Rows arrive with the filter set: it applies.
        CatalogRow mug;
        mug.product.id = QStringLiteral("A");
        mug.product.name = QStringLiteral("Mug");
        mug.product.category = QStringLiteral("Kitchen");
        CatalogRow bag = mug;
        bag.product.id = QStringLiteral("B");
        bag.product.name = QStringLiteral("Bag");
        model.setRows({bag, mug});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CatalogModel::Id).data().toString(), QStringLiteral("A"));
        model.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
        // Without a model.
        CatalogFilterProxy alone;
        QCOMPARE(alone.rowCount(), 0);
        alone.sort(CatalogModel::Name);
        alone.setSearchText(QStringLiteral("x"));
        QCOMPARE(alone.rowCount(), 0);
    }

    void rowWithMissingValues()
    {
        CatalogRow blank;   // no id, name, category, price, stock, views, campaign
        CatalogRow mug;
        mug.product.id = QStringLiteral("A");
        mug.product.name = QStringLiteral("Mug");
        mug.product.category = QStringLiteral("Kitchen");
        mug.product.price = Money::fromMinor(-5);
        mug.product.stock = -1;
        mug.pageViews = 0;
        mug.unitsSold = 2;
        mug.revenue = Money::fromMinor(-10);
        mug.activeCampaign = QStringLiteral("Spring");
        CatalogModel model;
        model.setRows({mug, blank});
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int column = 0; column < CatalogModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            Reference reference(&model);
            reference.sort(column, Qt::AscendingOrder);
            QVERIFY(shown(proxy) == reference.order);
            if (column != CatalogModel::Units && column != CatalogModel::Revenue)
                QCOMPARE(proxy.mapToSource(proxy.index(0, column)).row(), 1);   // unknown lowest
        }
        QCOMPARE(proxy.index(0, CatalogModel::Views).data().toString(), QStringLiteral("—"));
        proxy.setSearchText(QStringLiteral("m"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        proxy.setCategory(QStringLiteral("Kitchen"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }

    void longSharedPrefixesAndNulCodeUnits()
    {
        // Texts that agree on many code units, end early, or hold U+0000.
        const QString prefix = QStringLiteral("WHITE HANGING HEART T-LIGHT HOLDER ");
        QStringList names{prefix, prefix + u'a', prefix + u'A', prefix + QStringLiteral("a "), QStringLiteral("ab"),
                          QStringLiteral("ab") + QChar(0), QStringLiteral("ab") + QChar(0) + QChar(0),
                          QStringLiteral("ab") + QString(9, QChar(0)) + u'x', QString(QChar(0)), QString(), prefix.toLower(),
                          prefix + QStringLiteral("b") + QString(40, u'z'), prefix + QStringLiteral("b") + QString(39, u'z')};
        QList<CatalogRow> rows;
        for (int copy = 0; copy < 3; ++copy) {
            for (const QString &name : std::as_const(names)) {
                CatalogRow r;
                r.product.id = name.toUpper();
                r.product.name = name;
                rows << r;
            }
        }
        CatalogModel model;
        model.setRows(rows);
        for (const int column : {int(CatalogModel::Id), int(CatalogModel::Name)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString mismatch = sortMismatch(&model, column, order);
                QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            }
        }
    }

    // The index a reading thread builds ahead (CatalogSearchIndex::build) is
    // taken as it is: the model then searches and groups exactly as with the
    // one it builds itself; one built from other rows is not used.
    void aSearchIndexBuiltAheadIsTakenAndEqualsTheOneBuiltHere()
    {
        const QList<CatalogRow> rows = generate(3000, 11);
        CatalogModel here;
        here.setRows(rows);
        CatalogModel ahead;
        auto prepared = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(rows));
        QCOMPARE(prepared->rows, rows.size());
        ahead.setRows(rows, prepared);
        QCOMPARE(prepared->rows, qsizetype(-1));   // taken
        QVERIFY(prepared->search.empty());         // moved, not copied
        QVERIFY(ahead.searchBuffer() == here.searchBuffer());
        QVERIFY(ahead.searchStarts() == here.searchStarts());
        QVERIFY(ahead.categoryNumbers() == here.categoryNumbers());
        QCOMPARE(ahead.categoryNumber(QStringLiteral("Kitchen")), here.categoryNumber(QStringLiteral("Kitchen")));
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&ahead);
        proxy.sort(CatalogModel::Name, Qt::AscendingOrder);
        Reference reference(&ahead);
        reference.sort(CatalogModel::Name, Qt::AscendingOrder);
        for (const QString &search : searches()) {
            proxy.setSearchText(search);
            QVERIFY2(shown(proxy) == reference.shown(search, QString()), qPrintable(search));
        }

        // An index of other rows, as many: built here instead, never used.
        const QList<CatalogRow> other = generate(3000, 12);
        auto wrong = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(other));
        CatalogModel checked;
        checked.setRows(rows, wrong);
        QVERIFY(!wrong->search.empty());   // left as it was
        QVERIFY(checked.searchBuffer() == here.searchBuffer());
        QVERIFY(checked.categoryNumbers() == here.categoryNumbers());
        // The same in an in-place update: the changed rows' index is built here.
        QList<CatalogRow> changed = rows;
        for (qsizetype i = 0; i < changed.size(); i += 7)
            changed[i].product.name += QStringLiteral(" Ünïque");
        CatalogModel updated;
        updated.setRows(rows);
        updated.setRows(changed, std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(rows)));
        CatalogModel fresh;
        fresh.setRows(changed);
        QCOMPARE(updated.rowCount(), fresh.rowCount());
        QVERIFY(updated.searchBuffer() == fresh.searchBuffer());
    }

    // The proxy's radix sort against std::stable_sort: the extreme keys
    // (the unknown value is the smallest), few and many distinct keys, both
    // directions, from a shuffled order (ties keep it).
    void theRadixSortIsAStableSort()
    {
        std::mt19937_64 rng(21);
        const qint64 lo = std::numeric_limits<qint64>::min(), hi = std::numeric_limits<qint64>::max();
        for (const int n : {0, 1, 2, 17, 5000}) {
            for (const int distinct : {1, 3, 300, 100000}) {
                std::vector<qint64> keys(static_cast<size_t>(n));
                for (qint64 &k : keys) {
                    switch (rng() % 8) {
                    case 0: k = lo; break;
                    case 1: k = hi; break;
                    case 2: k = -1; break;
                    case 3: k = 0; break;
                    default: k = qint64(rng() % unsigned(distinct)) * (rng() % 2 ? 1 : -1) * (distinct > 1000 ? 1234567891LL : 1);
                    }
                }
                std::vector<int> start(static_cast<size_t>(n));
                std::iota(start.begin(), start.end(), 0);
                std::shuffle(start.begin(), start.end(), rng);
                for (const bool descending : {false, true}) {
                    std::vector<int> expected = start, got = start;
                    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                        return descending ? keys[size_t(a)] > keys[size_t(b)] : keys[size_t(a)] < keys[size_t(b)];
                    });
                    stableSortByKey(got, keys, descending);
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("n %1, %2 distinct, %3").arg(n).arg(distinct).arg(descending)));
                }
            }
        }
    }

    void inPlaceUpdateResortsAndKeepsSelection()
    {
        QList<CatalogRow> rows = generate(500, 8);
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].product.id = QStringLiteral("ID%1").arg(i);   // unique, so updates are in place
        CatalogModel model;
        model.setRows(rows);
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CatalogModel::Units, Qt::DescendingOrder);
        proxy.setSearchText(QStringLiteral("e"));
        Reference reference(&model);
        reference.sort(CatalogModel::Units, Qt::DescendingOrder);
        QVERIFY(shown(proxy) == reference.shown(QStringLiteral("e"), QString()));

        // A persistent index (the view's current row) follows its product.
        const QPersistentModelIndex current = proxy.index(proxy.rowCount() - 1, CatalogModel::Name);
        const int product = proxy.mapToSource(current).row();
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        rows[product].unitsSold = 100000;   // now first
        rows[product == 3 ? 4 : 3].product.name = QStringLiteral("xyz");   // no longer found, maybe
        model.setRows(rows);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 1);
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 0);
        QCOMPARE(proxy.mapToSource(current).row(), product);
        reference.sort(CatalogModel::Units, Qt::DescendingOrder);
        QVERIFY(shown(proxy) == reference.shown(QStringLiteral("e"), QString()));

        // A row the filter drops: its persistent index becomes invalid.
        proxy.setSearchText(QStringLiteral("e"));
        const QPersistentModelIndex first = proxy.index(0, 0);
        proxy.setSearchText(QStringLiteral("no such text"));
        QVERIFY(!first.isValid());
        QCOMPARE(proxy.rowCount(), 0);
        // Unchanged rows: nothing happens.
        model.setRows(rows);
        QCOMPARE(layouts.count(), 2);
        // A description alone changed: updated in place, and searched.
        proxy.setSearchText(QStringLiteral("zzqx"));
        QCOMPARE(proxy.rowCount(), 0);
        rows[7].product.description = QStringLiteral("now with ZZQX inside");
        model.setRows(rows);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rows().at(7).product.description, rows[7].product.description);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 7);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
