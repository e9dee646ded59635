// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"

#include <QFont>
#include <QLocale>
#include <limits>

namespace cp {

namespace {
constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

bool sameFigures(const CatalogRow &a, const CatalogRow &b)
{
    return a.product.name == b.product.name && a.product.category == b.product.category
        && a.product.price == b.product.price && a.product.stock == b.product.stock && a.pageViews == b.pageViews
        && a.unitsSold == b.unitsSold && a.revenue == b.revenue && a.activeCampaign == b.activeCampaign;
}
} // namespace

CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogModel::setRows(QList<CatalogRow> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).product.id == m_rows.at(i).product.id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Emit one dataChanged per run of changed rows.
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= rows.size(); ++i) {
        const bool changed = i < rows.size() && !sameFigures(rows.at(i), m_rows.at(i));
        if (changed) {
            m_rows[i] = rows.at(i);
            if (runStart < 0)
                runStart = i;
        } else if (runStart >= 0) {
            emit dataChanged(index(int(runStart), 0), index(int(i - 1), ColumnCount - 1));
            runStart = -1;
        }
    }
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

CatalogFilterProxy::CatalogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogModel::SortRole);
    setDynamicSortFilter(true);
}

void CatalogFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CatalogFilterProxy::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CatalogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const CatalogRow &r = model->rows().at(sourceRow);
    if (!m_category.isEmpty() && r.product.category != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    return r.product.name.contains(m_search, Qt::CaseInsensitive) || r.product.id.contains(m_search, Qt::CaseInsensitive)
        || r.product.description.contains(m_search, Qt::CaseInsensitive);
}

} // namespace cp
