// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <array>
#include <memory>
#include <functional>
#include <vector>

namespace cp {

// What CatalogModel keeps to search and group a catalog's rows: the
// case-folded name, id and description of every row in one buffer, and each
// row's category as a number. A model builds it in setRows; for a large
// catalog (1,000,000 rows: 0.7 s) the thread that read the rows builds it
// with build() and hands it to setRows with them, so the GUI thread does not.
struct CatalogSearchIndex
{
    qsizetype rows = -1;                  // built for this many rows; -1: taken or never built
    std::vector<char16_t> search;
    std::vector<qsizetype> starts{0};
    std::vector<int> nameLength;          // of the folded name at the start of each row's search text
    std::vector<int> categoryOf;
    QStringList categoryNames;            // by number
    QHash<QString, int> categoryNumbers;  // name -> number

    static CatalogSearchIndex build(const QList<CatalogRow> &rows);
    // Worth building off the GUI thread from this many rows (smaller ones take
    // a few milliseconds).
    static constexpr qsizetype kBuildAheadFrom = 20000;
};

// `order` (row numbers) stably sorted by keys[row], as std::stable_sort
// would (ties keep their places in `order`); descending: larger keys first.
// CatalogFilterProxy's sort.
void stableSortByKey(std::vector<int> &order, const std::vector<qint64> &keys, bool descending);

// The catalog pane's table: one row a product, with its figures over a window.
//
// Besides the rows it keeps what CatalogFilterProxy needs to sort and filter a
// million rows quickly, computed from the rows and never through data(): the
// case-folded search text of every row in one buffer, each row's category as a
// number, and (built on first use, per column) an integer sort key per row.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Category, Price, Stock, Views, Units, Revenue, ViewsPerUnit, ActiveCampaign, ColumnCount };
    // Raw value for sorting (numbers as numbers, unknown lowest). CatalogFilterProxy
    // sorts by sortKeys(), which orders rows exactly as these values compare in
    // QSortFilterProxyModel (text case-sensitively, not locale-aware: text columns
    // give their text case-folded, except Id which is compared as it is).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CategoryRole = Qt::UserRole + 2;

    explicit CatalogModel(QObject *parent = nullptr);

    // Same products in the same order: changed rows are updated in place (one
    // dataChanged per run of changed rows, then rowsUpdated() once).
    // Otherwise the model is reset (a different catalog).
    // `prepared`: CatalogSearchIndex::build(rows) made beforehand (on the
    // thread that read them); it is taken (moved out, left empty) when it
    // passes a spot check that it is these rows' (their count and a sample of
    // names), else left as it is and the index is built here. Either way its
    // `rows` becomes -1: it is used once.
    void setRows(QList<CatalogRow> rows, std::shared_ptr<CatalogSearchIndex> prepared = {});
    const QList<CatalogRow> &rows() const { return m_rows; }
    void setCurrency(const QString &isoCode);
    // "table.column" keys of the recording's modelled columns -> explanation.
    void setModelled(const QMap<QString, QString> &modelled);
    bool isModelled(Column c) const { return m_modelled.contains(c); }

    // The catalog's distinct non-empty categories, in no particular order.
    QStringList categories() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // --- For CatalogFilterProxy ---
    // One key a row for `column`: row a sorts before row b (SortRole, ascending)
    // exactly when sortKeys(column)[a] < sortKeys(column)[b]; equal values give
    // equal keys. Built on first use and kept until the rows change.
    const std::vector<qint64> &sortKeys(int column) const;
    // Whether sortKeys(column) is built already (the first sort by it costs
    // nothing more). After a load of kBackgroundKeysFrom rows or more, the
    // text columns' keys (Id, Name: a rank of every text, 0.9 s at 1,000,000
    // rows) are built on a pool thread from a copy of the rows and handed
    // over through the event loop; a sort that comes first builds them itself.
    bool sortKeysReady(int column) const;
    static constexpr qsizetype kBackgroundKeysFrom = CatalogSearchIndex::kBuildAheadFrom;
    // The case-folded (QString::toCaseFolded) name, id and description of row
    // `row`, each followed by kSearchSeparator, and the whole buffer of all rows.
    QStringView searchText(int row) const
    {
        return QStringView(m_index.search.data() + m_index.starts[size_t(row)],
                           qsizetype(m_index.starts[size_t(row) + 1] - m_index.starts[size_t(row)]));
    }
    QStringView searchBuffer() const { return QStringView(m_index.search.data(), qsizetype(m_index.search.size())); }
    // Where each row's search text starts in searchBuffer(); rowCount() + 1 entries.
    const std::vector<qsizetype> &searchStarts() const { return m_index.starts; }
    static constexpr char16_t kSearchSeparator = 0xFFFF;   // a noncharacter
    // A number for each row's category (-1: none); categoryNumber() of a name
    // that no row has is -2.
    const std::vector<int> &categoryNumbers() const { return m_index.categoryOf; }
    int categoryNumber(const QString &category) const;

signals:
    // After an in-place update of setRows changed at least one row (sort keys and
    // search text are current by then).
    void rowsUpdated();

private:
    QString money(const Money &m) const;
    void rebuildIndex(const std::shared_ptr<CatalogSearchIndex> &prepared = {});
    void startTextKeys();
    void takeTextKeys(quint64 generation, std::vector<qint64> idKeys, std::vector<qint64> nameKeys);
    QList<CatalogRow> m_rows;
    QString m_currency;
    QHash<int, QString> m_modelled;

    CatalogSearchIndex m_index;   // of m_rows
    mutable std::array<std::vector<qint64>, ColumnCount> m_keys;
    mutable std::array<bool, ColumnCount> m_keysBuilt{};
    quint64 m_generation = 0;                           // of the rows the keys are for
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);   // a pool thread's handover checks it
};

// The rows of a CatalogModel that match a search text (over id, name and
// description, case-insensitive) and an exact category, sorted by a column.
//
// A proxy over a vector of row numbers rather than a QSortFilterProxyModel:
// sorting is a stable sort of that vector on the model's integer keys, and
// filtering a scan of the model's case-folded text, so both take well under a
// second for a million rows. Both signal layoutChanged (persistent indexes
// follow their rows; a row filtered out becomes invalid), as
// QSortFilterProxyModel::sort() and invalidate() do.
//
// The order: the proxy keeps every row of the catalog in its current order, and
// shows the ones the filter accepts in that order. A sort is stable: rows with
// equal values keep the order the previous sort gave them (so sorting by
// category after sorting by name gives names in order within each category).
// A new catalog (model reset) starts from the model's order; an in-place update
// re-sorts stably from the current order.
class CatalogFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);
    // A CatalogModel sorts and filters; any other model is shown as it is.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setSearchText(const QString &text);
    void setCategory(const QString &category);  // empty: all
    QString searchText() const { return m_searchText; }
    QString category() const { return m_category; }

    // column -1: the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int sourceRows() const;
    void rebuild();                           // order from the model's, then sort and filter
    void sortOrderVector();                   // m_order by the sort column, stably
    void filter(bool narrowing);              // m_accepted and m_visible from m_order
    void showVisible();                       // m_visible and m_proxyRow from m_order and m_accepted
    void changeLayout(bool sorting, const std::function<void()> &change);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    CatalogModel *m_catalog = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_searchText;       // trimmed, as given
    QString m_needle;           // case-folded
    QString m_category;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;        // every source row, in sort order
    std::vector<quint8> m_accepted;  // by source row: the filter accepts it
    std::vector<int> m_visible;      // proxy row -> source row
    std::vector<int> m_proxyRow;     // source row -> proxy row, -1 when filtered out
};

} // namespace cp
