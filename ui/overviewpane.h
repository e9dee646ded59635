// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/charts/kpis.h"
#include "models/backgroundtask.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cp {

// The overview at the top (issue 17): KPI cards — spend, revenue, ROAS,
// profit, decisions waiting — for a range chosen from presets (last 7 / 14 /
// 30 days, this month, custom), each with its change against the period of
// equal length before it. Figures are read off the GUI thread.
class OverviewPane final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(QWidget *parent = nullptr);

    // The store to read, the day the presets count back from (a replay: the
    // recording's last day; live: today) and its currency.
    void setStore(const QString &databasePath, QDate today, const QString &currency);
    void setWaitingDecisions(int waiting, int sendsNeedingYou = 0);   // sends failed or unconfirmed: said under the count
    void setPreset(KpiPreset preset);
    void setCustomRange(QDate from, QDate to);

    // What the cards show (after updated()).
    const KpiReport &report() const { return m_report; }
    QString cardValue(const QString &key) const;
    QString cardChange(const QString &key) const;
    QComboBox *presetBox() const { return m_preset; }

signals:
    // Each time the cards show new figures (or why they cannot).
    void updated();
    // The operator clicked the decisions card.
    void decisionsRequested();

private:
    void reload();
    void show(const Result<KpiReport> &r);
    QLabel *card(const QString &key, const QString &title, const QString &help);

    QString m_databasePath, m_currency;
    QDate m_today;
    int m_waiting = 0;
    KpiReport m_report;
    QComboBox *m_preset;
    QDateEdit *m_from, *m_to;
    QLabel *m_range, *m_error;
    QHash<QString, QLabel *> m_values, m_changes;
    BackgroundTask m_task;
    bool m_reloadAgain = false;
};

} // namespace cp
