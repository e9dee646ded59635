// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog at 1,000,000 rows (issue 14): sort by name, sort by a number,
// three filter keystrokes and clearing the filter, timed (QElapsedTimer, best
// and median of the rounds, the variants interleaved in each round) for
//   peer    the old CatalogModel's data() behind a plain QSortFilterProxyModel
//           (sort role CatalogModel::SortRole, case-insensitive filter on the
//           name column): how a competent Qt user would do it;
//   before  the CatalogFilterProxy this branch replaced (a QSortFilterProxyModel
//           searching id, name and description), copied here;
//   new     CatalogFilterProxy (a vector of row numbers, typed keys).
// Then, with a window: the catalog pane (shown, offscreen) typing the same
// keystrokes and clicking the two headers, each until its events are handled.
//
// Usage: bench_catalog [rows=1000000] [rounds=5] [new]   ("new": only the new model and pane)
// Round 1 also checks that new and peer give the same sort keys in the same
// order and that new and before show the same rows; the program stops on a
// mismatch.
#include "models/catalogmodel.h"
#include "ui/catalogpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>

using namespace cp;

namespace {

// A catalog with a fixed seed: ids in no particular order, names from a few
// hundred words (some with accents and other scripts), 40 categories (2 %
// none), missing prices, stock and views, half the products with a short
// description, 5 % with a running campaign.
QList<CatalogRow> generate(int n)
{
    static const char16_t *const adjectives[] = {
        u"Vintage", u"Regency", u"Large", u"Small", u"Pink", u"Blue", u"White", u"Red", u"Retro", u"Classic",
        u"Modern", u"Rustic", u"Jumbo", u"Mini", u"Set of 3", u"Glass", u"Wooden", u"Ceramic", u"Enamel", u"Paper",
        u"Crème", u"Größe", u"Œuvre", u"Ärmel", u"Ἀθηνᾶ", u"Çay", u"Ölmühle", u"ΣΟΦΙΑ", u"Night", u"Garden"};
    static const char16_t *const nouns[] = {
        u"mug", u"cake stand", u"heart holder", u"lantern", u"bag", u"tin", u"candle", u"tea set", u"clock", u"frame",
        u"doormat", u"bunting", u"cushion", u"jar", u"bottle", u"tray", u"plate", u"bowl", u"lunch box", u"notebook",
        u"umbrella", u"apron", u"tea towel", u"coaster", u"vase", u"kettle", u"spoon", u"basket", u"sign", u"garland"};
    static const char16_t *const words[] = {u"hand", u"made", u"in", u"a", u"small", u"workshop", u"with", u"care",
                                            u"dishwasher", u"safe", u"gift", u"boxed", u"ideal", u"for", u"the", u"kitchen",
                                            u"Abbey", u"bright", u"colours", u"cotton", u"lined", u"zinc", u"finish", u"Fabcraft"};
    std::mt19937_64 rng(14);
    const auto pick = [&rng](int count) { return int(rng() % unsigned(count)); };
    std::vector<int> ids(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        ids[size_t(i)] = i;
    std::shuffle(ids.begin(), ids.end(), rng);
    QStringList categories;
    for (int c = 0; c < 40; ++c)
        categories << QStringLiteral("Category %1").arg(c, 2, 10, QLatin1Char('0'));
    categories[3] = QStringLiteral("Kitchen");
    categories[4] = QStringLiteral("kitchen");   // a second spelling folds the same
    QStringList campaigns;
    for (int c = 0; c < 500; ++c)
        campaigns << QStringLiteral("Campaign %1").arg(c);
    QList<CatalogRow> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        CatalogRow r;
        r.product.id = QStringLiteral("SKU-%1").arg(ids[size_t(i)], 7, 10, QLatin1Char('0'));
        r.product.name = QString::fromUtf16(adjectives[pick(30)]) + u' ' + QString::fromUtf16(nouns[pick(30)]) + u' '
            + QString::number(pick(5000));
        const int c = pick(100);
        r.product.category = c < 2 ? QString() : categories.at(c % 40);
        if (pick(100) >= 3)
            r.product.price = Money::fromMinor(50 + pick(20000));
        if (pick(100) >= 10)
            r.product.stock = pick(1000) - 5;
        if (pick(100) >= 20)
            r.pageViews = pick(100000);
        r.unitsSold = pick(4) == 0 ? 0 : pick(500);
        r.revenue = r.product.price ? *r.product.price * r.unitsSold : Money();
        if (pick(2) == 0) {
            QString d;
            for (int w = 6 + pick(7); w > 0; --w)
                d += QString::fromUtf16(words[pick(24)]) + u' ';
            r.product.description = d.trimmed();
        }
        if (pick(100) < 5)
            r.activeCampaign = campaigns.at(pick(500));
        rows << std::move(r);
    }
    return rows;
}

// The CatalogFilterProxy before this branch, as it was.
class OldCatalogFilterProxy final : public QSortFilterProxyModel
{
public:
    OldCatalogFilterProxy()
    {
        setSortRole(CatalogModel::SortRole);
        setDynamicSortFilter(true);
    }
    void setSearchText(const QString &text)
    {
        m_search = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const auto *model = qobject_cast<const CatalogModel *>(sourceModel());
        if (!model || sourceParent.isValid())
            return true;
        const CatalogRow &r = model->rows().at(sourceRow);
        if (m_search.isEmpty())
            return true;
        return r.product.name.contains(m_search, Qt::CaseInsensitive) || r.product.id.contains(m_search, Qt::CaseInsensitive)
            || r.product.description.contains(m_search, Qt::CaseInsensitive);
    }

private:
    QString m_search;
};

struct Variant
{
    const char *name;
    CatalogModel *model;
    QAbstractItemModel *proxy;
    std::function<void(int, Qt::SortOrder)> sort;
    std::function<void(const QString &)> search;
};

struct Op
{
    const char *name;
    std::function<void(Variant &)> run;
};

qint64 ms(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.elapsed();
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "MISMATCH: %s\n", what);
        std::exit(1);
    }
}

// The sort keys of `column` down the proxy, through data() as QSortFilterProxyModel reads them.
QVariantList keysDown(const QAbstractItemModel *proxy, int column)
{
    QVariantList keys;
    keys.reserve(proxy->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r)
        keys << proxy->index(r, column).data(CatalogModel::SortRole);
    return keys;
}

void report(const char *what, const std::map<QString, QList<qint64>> &times, const QStringList &names)
{
    std::printf("| %s |", what);
    QList<qint64> best;
    for (const QString &name : names) {
        QList<qint64> t = times.at(name);
        std::sort(t.begin(), t.end());
        best << t.first();
        std::printf(" %lld / %lld ms |", static_cast<long long>(t.first()), static_cast<long long>(t.at(t.size() / 2)));
    }
    // new / each peer, by best
    for (int i = 0; i + 1 < best.size(); ++i)
        std::printf(" %.3f |", double(std::max<qint64>(best.last(), 1)) / double(std::max<qint64>(best.at(i), 1)));
    std::printf("\n");
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const bool onlyNew = argc > 3 && QByteArray(argv[3]) == "new";
    const QList<CatalogRow> rows = generate(n);
    std::printf("%d rows, %d rounds; best / median\n\n", n, rounds);

    // The three models, loaded as the pane loads them (the default sort, revenue descending).
    CatalogModel peerModel, beforeModel, newModel;
    QSortFilterProxyModel peerProxy;
    peerProxy.setSortRole(CatalogModel::SortRole);
    peerProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    peerProxy.setFilterKeyColumn(CatalogModel::Name);
    peerProxy.setSourceModel(&peerModel);
    peerProxy.sort(CatalogModel::Revenue, Qt::DescendingOrder);
    OldCatalogFilterProxy beforeProxy;
    beforeProxy.setSourceModel(&beforeModel);
    beforeProxy.sort(CatalogModel::Revenue, Qt::DescendingOrder);
    CatalogFilterProxy newProxy;
    newProxy.setSourceModel(&newModel);
    newProxy.sort(CatalogModel::Revenue, Qt::DescendingOrder);
    const qint64 loadPeer = onlyNew ? 0 : ms([&] { peerModel.setRows(rows); });
    const qint64 loadBefore = onlyNew ? 0 : ms([&] { beforeModel.setRows(rows); });
    const qint64 loadNew = ms([&] { newModel.setRows(rows); });
    std::printf("load (setRows, sorted by revenue), once: peer %lld ms, before %lld ms, new %lld ms\n",
                static_cast<long long>(loadPeer), static_cast<long long>(loadBefore), static_cast<long long>(loadNew));
    {
        // The window's way since 2026-12-06: the session's thread builds the
        // search index with the rows (CatalogSearchIndex::build), the GUI
        // thread's setRows takes it.
        CatalogModel aheadModel;
        CatalogFilterProxy aheadProxy;
        aheadProxy.setSourceModel(&aheadModel);
        aheadProxy.sort(CatalogModel::Revenue, Qt::DescendingOrder);
        std::shared_ptr<CatalogSearchIndex> prepared;
        const qint64 build = ms([&] { prepared = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(rows)); });
        const qint64 take = ms([&] { aheadModel.setRows(rows, prepared); });
        CatalogModel bare;
        auto again = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(rows));
        const qint64 bareTake = ms([&] { bare.setRows(rows, again); });
        std::printf("new, index built ahead: build %lld ms (the reading thread), setRows %lld ms (the GUI thread; %lld ms without a proxy)\n",
                    static_cast<long long>(build), static_cast<long long>(take), static_cast<long long>(bareTake));
    }
    {
        // The new model's Id and Name keys come from a pool thread after a
        // load: how long until they arrive, and the event loop's largest gap
        // meanwhile (what a person clicking a header then would wait).
        QElapsedTimer since, tick;
        since.start();
        tick.start();
        qint64 gap = 0;
        while (!newModel.sortKeysReady(CatalogModel::Name) || !newModel.sortKeysReady(CatalogModel::Id)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            gap = std::max(gap, tick.restart());
        }
        std::printf("new: name and id keys from the pool thread %lld ms after the load (event loop's largest gap meanwhile %lld ms)\n\n",
                    static_cast<long long>(since.elapsed()), static_cast<long long>(gap));
    }

    std::vector<Variant> variants{
        {"peer", &peerModel, &peerProxy, [&](int c, Qt::SortOrder o) { peerProxy.sort(c, o); },
         [&](const QString &t) { peerProxy.setFilterFixedString(t.trimmed()); }},
        {"before", &beforeModel, &beforeProxy, [&](int c, Qt::SortOrder o) { beforeProxy.sort(c, o); },
         [&](const QString &t) { beforeProxy.setSearchText(t); }},
        {"new", &newModel, &newProxy, [&](int c, Qt::SortOrder o) { newProxy.sort(c, o); },
         [&](const QString &t) { newProxy.setSearchText(t); }},
    };
    const std::vector<Op> ops{
        {"sort by name", [](Variant &v) { v.sort(CatalogModel::Name, Qt::AscendingOrder); }},
        {"sort by units (descending)", [](Variant &v) { v.sort(CatalogModel::Units, Qt::DescendingOrder); }},
        {"filter \"a\"", [](Variant &v) { v.search(QStringLiteral("a")); }},
        {"filter \"ab\"", [](Variant &v) { v.search(QStringLiteral("ab")); }},
        {"filter \"abc\"", [](Variant &v) { v.search(QStringLiteral("abc")); }},
        {"clear the filter", [](Variant &v) { v.search(QString()); }},
    };
    if (onlyNew)
        variants.erase(variants.begin(), variants.begin() + 2);
    std::map<QString, std::map<QString, QList<qint64>>> times;   // op -> variant -> ms
    std::map<QString, qint64> firstNameSort;
    for (int round = 0; round < rounds; ++round) {
        for (const Op &op : ops) {
            for (Variant &v : variants) {
                const qint64 t = ms([&] { op.run(v); });
                times[QString::fromLatin1(op.name)][QString::fromLatin1(v.name)] << t;
                if (round == 0 && op.name == ops.front().name)
                    firstNameSort[QString::fromLatin1(v.name)] = t;
            }
            if (round == 0 && !onlyNew) {
                // Same keys in the same order as the peer; same rows as before.
                const int column = QByteArray(op.name).contains("name") ? CatalogModel::Name : CatalogModel::Units;
                if (QByteArray(op.name).startsWith("sort"))
                    check(keysDown(&newProxy, column) == keysDown(&peerProxy, column), op.name);
                check(keysDown(&newProxy, column) == keysDown(&beforeProxy, column), op.name);
                check(newProxy.rowCount() == beforeProxy.rowCount(), op.name);
                std::printf("round 1, %s: %d rows shown (peer, on the name only: %d)\n", op.name, newProxy.rowCount(),
                            peerProxy.rowCount());
            }
        }
        std::fflush(stdout);
    }
    std::printf("\nfirst sort by name after the load (new: with the pool thread's keys): peer %lld ms, before %lld ms, new %lld ms\n\n",
                static_cast<long long>(firstNameSort[QStringLiteral("peer")]),
                static_cast<long long>(firstNameSort[QStringLiteral("before")]),
                static_cast<long long>(firstNameSort[QStringLiteral("new")]));
    const QStringList names = onlyNew ? QStringList{QStringLiteral("new")}
                                      : QStringList{QStringLiteral("peer"), QStringLiteral("before"), QStringLiteral("new")};
    std::printf("| model only | peer | before | new | new / peer | new / before |\n|---|---|---|---|---|---|\n");
    for (const Op &op : ops)
        report(op.name, times[QString::fromLatin1(op.name)], names);

    // With a window: the pane (new) and a plain QTableView on the peer's proxy,
    // each shown; a step is timed until the events it posted are handled.
    CatalogPane pane;
    pane.resize(1200, 800);
    pane.show();
    // As the window loads it: the search index built with the rows on the
    // session's thread (not timed here: the GUI thread does not wait for it).
    auto paneIndex = std::make_shared<CatalogSearchIndex>(CatalogSearchIndex::build(rows));
    const qint64 loadPane = ms([&] {
        pane.setRows(rows, QStringLiteral("GBP"), {}, {}, {}, paneIndex);
        QCoreApplication::processEvents();
    });
    QTableView peerView;
    QLineEdit peerSearch;
    QObject::connect(&peerSearch, &QLineEdit::textChanged, &peerProxy, [&](const QString &t) { peerProxy.setFilterFixedString(t.trimmed()); });
    peerProxy.setFilterFixedString(QString());
    peerView.setModel(&peerProxy);
    peerView.setSortingEnabled(true);
    peerView.resize(1200, 800);
    peerView.show();
    QCoreApplication::processEvents();
    std::printf("\npane load (setRows with the index built ahead, shown): %lld ms\n\n", static_cast<long long>(loadPane));
    struct ViewOp
    {
        const char *name;
        std::function<void()> peer, pane;
    };
    const std::vector<ViewOp> viewOps{
        {"click Name", [&] { peerView.horizontalHeader()->setSortIndicator(CatalogModel::Name, Qt::AscendingOrder); },
         [&] { pane.view()->horizontalHeader()->setSortIndicator(CatalogModel::Name, Qt::AscendingOrder); }},
        {"click Units", [&] { peerView.horizontalHeader()->setSortIndicator(CatalogModel::Units, Qt::DescendingOrder); },
         [&] { pane.view()->horizontalHeader()->setSortIndicator(CatalogModel::Units, Qt::DescendingOrder); }},
        {"type \"a\"", [&] { peerSearch.setText(QStringLiteral("a")); }, [&] { pane.searchBox()->setText(QStringLiteral("a")); }},
        {"type \"b\" (\"ab\")", [&] { peerSearch.setText(QStringLiteral("ab")); }, [&] { pane.searchBox()->setText(QStringLiteral("ab")); }},
        {"type \"c\" (\"abc\")", [&] { peerSearch.setText(QStringLiteral("abc")); }, [&] { pane.searchBox()->setText(QStringLiteral("abc")); }},
        {"clear the search box", [&] { peerSearch.clear(); }, [&] { pane.searchBox()->clear(); }},
    };
    std::map<QString, std::map<QString, QList<qint64>>> viewTimes;
    for (int round = 0; round < rounds; ++round) {
        for (const ViewOp &op : viewOps) {
            if (!onlyNew)
                viewTimes[QString::fromLatin1(op.name)][QStringLiteral("peer")] << ms([&] {
                    op.peer();
                    QCoreApplication::processEvents();
                });
            viewTimes[QString::fromLatin1(op.name)][QStringLiteral("new")] << ms([&] {
                op.pane();
                QCoreApplication::processEvents();
            });
        }
    }
    std::printf("| with the window | peer (QTableView) | new (the pane) | new / peer |\n|---|---|---|---|\n");
    for (const ViewOp &op : viewOps)
        report(op.name, viewTimes[QString::fromLatin1(op.name)],
               onlyNew ? QStringList{QStringLiteral("new")} : QStringList{QStringLiteral("peer"), QStringLiteral("new")});
    return 0;
}
