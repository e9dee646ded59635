// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpane.h"

#include "models/csvwriter.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace cp {

AuditPane::AuditPane(QWidget *parent)
    : QWidget(parent), m_model(new AuditModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_verify(new QPushButton(tr("Verify the log"), this)), m_verification(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log"));
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: a name, an action, a campaign…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    // Every entry carries the hash of the one before it: Verify walks the
    // chain (as `campaign-pilot audit verify` does) and names the first
    // entry that was changed, removed or inserted after it was written.
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Check that no entry was changed, removed or inserted after it was written"));
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_verify);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_verification);
    layout->addWidget(m_view, 1);
    connect(m_verify, &QPushButton::clicked, this, &AuditPane::verifyRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

void AuditPane::setRows(const QList<AuditEntry> &rows, const QList<Recommendation> &recommendations)
{
    m_model->setRecommendations(recommendations);
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();   // titles and entries in full (the newest 100 rows are measured)
}

void AuditPane::setVerification(const QString &text, bool intact)
{
    m_verification->setText(text);
    m_verification->setStyleSheet(intact ? QStringLiteral("color:#26a269") : QStringLiteral("color:#c01c28;font-weight:bold"));
    m_verification->show();
}

QByteArray AuditPane::csv() const
{
    QByteArray bytes;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    bytes += csvRecord(header);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        // Details and the time as stored: an export is evidence, and `audit
        // verify` hashes the stored text, not the readable one the table shows.
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            const bool stored = c == AuditModel::Details || c == AuditModel::At;
            cells << m_proxy->index(r, c).data(stored ? AuditModel::StoredRole : Qt::DisplayRole).toString();
        }
        bytes += csvRecord(cells);
    }
    return bytes;
}

bool AuditPane::exportTo(const QString &path)
{
    const QByteArray bytes = csv();
    const int rows = m_proxy->rowCount();
    auto error = std::make_shared<QString>();
    if (!m_task.start([bytes, path, error](TaskContext &) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                *error = tr("cannot write %1: %2").arg(path, file.errorString());
        }))
        return false;
    connect(&m_task, &BackgroundTask::finished, this, [this, error, rows, path] {
        if (error->isEmpty())
            emit exported(tr("Audit log exported: %n entry(s) to %1", nullptr, rows).arg(path));
        else
            emit exportFailed(*error);
    }, Qt::SingleShotConnection);
    return true;
}

} // namespace cp
