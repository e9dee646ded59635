// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace cp {

CatalogPane::CatalogPane(QWidget *parent)
    : QWidget(parent), m_model(new CatalogModel(this)), m_proxy(new CatalogFilterProxy(this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_category(new QComboBox(this)), m_window(new QLabel(this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogModel::Revenue, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("catalogView"));
    m_view->setAccessibleName(tr("Catalog"));

    m_search->setPlaceholderText(tr("Search name, code or description"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_category->setObjectName(QStringLiteral("catalogCategory"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_category->setAccessibleName(tr("Filter by category"));
    m_category->addItem(tr("All categories"), QString());
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->currentData().toString());
        updateCount();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_window);
    layout->addWidget(m_view);
}

void CatalogPane::setRows(QList<CatalogRow> rows, const QString &currency, const QMap<QString, QString> &modelled,
                          QDate from, QDate to, std::shared_ptr<CatalogSearchIndex> prepared)
{
    m_model->setCurrency(currency);
    m_model->setModelled(modelled);
    m_model->setRows(std::move(rows), std::move(prepared));

    // Keep the chosen category when it still exists.
    const QString current = m_category->currentData().toString();
    QStringList sorted = m_model->categories();
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : sorted)
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    m_category->blockSignals(false);
    m_proxy->setCategory(m_category->currentData().toString());

    QLocale locale;
    m_window->setText(from.isValid() ? tr("Views, units and revenue: %1 – %2 (the last %n day(s) of data)", nullptr,
                                          int(from.daysTo(to)) + 1)
                                           .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat))
                                     : QString());
    m_view->resizeColumnsToContents();
    updateCount();
}

void CatalogPane::updateCount()
{
    m_count->setText(tr("%1 of %n product(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace cp
