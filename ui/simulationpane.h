// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/simulation/simulationreport.h"
#include "models/backgroundtask.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cp {

class ChartView;

// "What would this policy have done?": replay a recording (or the current
// store) day by day through the agents with one or several policies and an
// explicit approval mode, compare with doing nothing and the hindsight
// oracle, and keep every run to reopen later. All of it off the GUI thread.
class SimulationPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationPane(QWidget *parent = nullptr);

    void setStore(const QString &databasePath, QDate first, QDate last);
    bool start();   // with the pane's current choices
    void cancel();
    void setRange(QDate from, QDate to);
    void setApproval(const QString &mode);
    const std::optional<SimulationReport> &report() const { return m_report; }
    QTableWidget *resultsTable() const { return m_results; }
    ChartView *chart() const { return m_chart; }
    QListWidget *savedList() const { return m_saved; }
    void reopen(qint64 savedId);

signals:
    void finished(bool ok);
    void reopened(bool ok);

private:
    void show(const SimulationReport &report);
    void refreshSaved();

    QString m_databasePath;
    BackgroundTask m_task;
    BackgroundTask m_io;      // small reads (saved runs), never on the GUI thread
    std::optional<SimulationReport> m_report;
    QLineEdit *m_recording;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_policies;
    QComboBox *m_approval;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_results;
    ChartView *m_chart;
    QListWidget *m_saved;
};

} // namespace cp
