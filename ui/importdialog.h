// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/import/importer.h"
#include "models/backgroundtask.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace cp {

class StringTableModel;

// File > Import: choose a file and its encoding, see its first rows and its
// delimiter, check which importer reads it (the detection's candidates when
// there is no clear winner: the user picks) and which column feeds each
// field, and choose what a bad row and days already in the workspace do.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    // Loads the preview of `path` (off the GUI thread).
    void setFile(const QString &path);
    QString file() const { return m_path; }
    QString importerId() const;
    ImportOptions options() const;
    // The workspace's currency (ISO 4217), empty when it has none yet: then
    // the user names the file's (prefilled with the locale's), and the
    // workspace takes it with the import.
    void setWorkspaceCurrency(const QString &iso4217);

    // For tests: the preview's model, the mapping combos by field key.
    StringTableModel *previewModel() const { return m_preview; }
    QComboBox *importerBox() const { return m_importer; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QComboBox *mappingBox(const QString &fieldKey) const;

signals:
    void previewReady();

private:
    struct Preview
    {
        QStringList headers;
        QList<QStringList> rows;
        QString format;   // "comma-separated, UTF-8"
        QString recordingCurrency;   // a recording's table: its manifest's currency
    };
    void showPreview(const QString &path, const Result<Preview> &preview);
    void rebuildMapping();
    void validate();

    QString m_path;
    QStringList m_headers;
    BackgroundTask m_task;
    QLineEdit *m_fileEdit;
    QComboBox *m_importer;
    QComboBox *m_encoding;
    QComboBox *m_dateOrder;
    QLabel *m_format;
    QLabel *m_detection;
    bool m_needsPick = false;   // no clear winner: Import waits for the user's choice
    QTableView *m_previewView;
    StringTableModel *m_preview;
    QFormLayout *m_mappingForm;
    QList<QPair<QString, QComboBox *>> m_mapping;
    QRadioButton *m_stop;
    QRadioButton *m_skip;
    QRadioButton *m_mergeAsk;
    QRadioButton *m_mergeAdd;
    QRadioButton *m_mergeReplace;
    QLineEdit *m_currency;
    QLabel *m_currencyNote;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace cp
