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

// File > Import: choose a file, see its first rows, check which importer
// reads it and which column feeds each field, and choose what a bad row does.
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

    // For tests: the preview's model, the mapping combos by field key.
    StringTableModel *previewModel() const { return m_preview; }
    QComboBox *importerBox() const { return m_importer; }
    QComboBox *mappingBox(const QString &fieldKey) const;

signals:
    void previewReady();

private:
    void showPreview(const QString &path, const Result<QPair<QStringList, QList<QStringList>>> &preview);
    void rebuildMapping();
    void validate();

    QString m_path;
    QStringList m_headers;
    BackgroundTask m_task;
    QLineEdit *m_fileEdit;
    QComboBox *m_importer;
    QTableView *m_previewView;
    StringTableModel *m_preview;
    QFormLayout *m_mappingForm;
    QList<QPair<QString, QComboBox *>> m_mapping;
    QRadioButton *m_stop;
    QRadioButton *m_skip;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace cp
