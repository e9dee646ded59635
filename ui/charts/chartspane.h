// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/charts/chartqueries.h"
#include "models/backgroundtask.h"
#include "models/store.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace cp {

class ChartTableModel;
class ChartView;

// The analyst's charts: choose campaigns (or a category), a date range shared
// by all charts, and look at performance, the product before/during the
// campaign, and the portfolio. Data is read off the GUI thread; new data
// (after a cycle, a send, an import) updates the charts in place.
class ChartsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPane(QWidget *parent = nullptr);

    // The store and the campaigns to choose from; keeps the selection and
    // reloads the charts (a live update).
    // What exported pictures say they show ("Live · Shop").
    void setWorkspaceLabel(const QString &label) { m_workspaceLabel = label; }
    void setStore(const QString &databasePath, const QList<CampaignRow> &campaigns, const QStringList &categories,
                  const QString &currency);
    void selectCampaigns(const QStringList &ids);
    void setDateRange(QDate from, QDate to);

    ChartView *performanceView() const { return m_performance; }
    ChartView *beforeDuringView() const { return m_beforeDuring; }
    QList<ChartView *> portfolioViews() const { return m_portfolio; }
    ChartTableModel *tableModel() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QStringList selectedCampaigns() const { return selectedIds(); }

signals:
    // Each reload, once the charts show the new data.
    void chartsUpdated();

private:
    QString m_workspaceLabel;
    void reload();
    void exportCurrent(bool png);
    ChartView *currentView() const;
    QStringList selectedIds() const;

    QString m_databasePath;
    QString m_currency;
    BackgroundTask m_task;
    bool m_reloadAgain = false;
    QListWidget *m_campaigns;
    QComboBox *m_category;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTabWidget *m_tabs;
    ChartView *m_performance;
    ChartView *m_beforeDuring;
    QList<ChartView *> m_portfolio;
    ChartTableModel *m_table;
    QTableView *m_tableView;
    QLabel *m_status;
    QLabel *m_portfolioNote;
};

} // namespace cp
