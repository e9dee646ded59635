// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cp {

// The catalog: a sortable, filterable table of products and their figures.
class CatalogPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPane(QWidget *parent = nullptr);

    // `prepared`: the rows' CatalogSearchIndex, built where they were read
    // (CatalogModel::setRows).
    void setRows(QList<CatalogRow> rows, const QString &currency, const QMap<QString, QString> &modelled,
                 QDate from, QDate to, std::shared_ptr<CatalogSearchIndex> prepared = {});
    CatalogModel *model() const { return m_model; }
    CatalogFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *categoryBox() const { return m_category; }

private:
    void updateCount();

    CatalogModel *m_model;
    CatalogFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_category;
    QLabel *m_window;
    QLabel *m_count;
};

} // namespace cp
