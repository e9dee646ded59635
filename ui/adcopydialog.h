// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/llm/copycheck.h"
#include "models/recommendation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cp {

// A new campaign's ad copy before approval: the variants (the template's,
// the language model's, the operator's), each field with its count against
// the policy's limits; pick one, edit it, or ask the model for another.
// What is saved is checked (limits, no markup, no address) and becomes the
// text that approval records and the platform receives.
class AdCopyDialog final : public QDialog
{
    Q_OBJECT
public:
    AdCopyDialog(const Recommendation &r, const CopyCheck::Limits &limits, bool canRegenerate, QWidget *parent = nullptr);

    // The copy as the operator left it: the variant picked, or their edit
    // added as an "operator" variant and chosen.
    CopyChoice choice() const;
    // A new variant from the model (chosen and shown; an edit typed before it
    // arrived is kept as a version of its own), or why there is none.
    void addVariant(const AdCopy &copy);
    void showRefusal(const QString &why);

    QListWidget *variantList() const { return m_list; }
    QLineEdit *headlineEdit() const { return m_headline; }
    QPlainTextEdit *primaryTextEdit() const { return m_primary; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *regenerateButton() const { return m_regenerate; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

signals:
    void regenerateRequested();

private:
    void showVariant(int row);
    void updateCounts();
    AdCopy edited() const;
    QString sourceText(const AdCopy &c) const;

    CopyChoice m_choice;
    CopyCheck::Limits m_limits;
    QListWidget *m_list;
    QLineEdit *m_headline;
    QPlainTextEdit *m_primary;
    QLineEdit *m_description;
    QLabel *m_counts;
    QLabel *m_problem;
    QPushButton *m_regenerate;
};

} // namespace cp
