// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/auditmodel.h"
#include "models/backgroundtask.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cp {

// The audit log as sentences ("Ana approved: pause Picnic Basket Wicker"),
// filtered by any word, exported as CSV of what the filter shows (written off
// the GUI thread).
class AuditPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPane(QWidget *parent = nullptr);

    void setRows(const QList<AuditEntry> &rows, const QList<Recommendation> &recommendations);
    AuditModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }

    // What the view shows, header first, as CSV (cells a spreadsheet would run neutralised).
    QByteArray csv() const;
    // Writes csv() to `path` in the background; exported() or exportFailed() follows.
    bool exportTo(const QString &path);

    // The outcome of Verify: "N entries verified; the chain is intact" or
    // the first entry that does not match, in red.
    void setVerification(const QString &text, bool intact);
    QLabel *verification() const { return m_verification; }
    QPushButton *verifyButton() const { return m_verify; }

signals:
    void exported(const QString &message);
    void exportFailed(const QString &message);
    // Verify the log: the window walks its hash chain on the store's thread.
    void verifyRequested();

private:
    AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QPushButton *m_verify;
    QLabel *m_verification;
    BackgroundTask m_task;
};

} // namespace cp
