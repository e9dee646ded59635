// SPDX-License-Identifier: GPL-3.0-or-later
#include "adcopydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

AdCopyDialog::AdCopyDialog(const Recommendation &r, const CopyCheck::Limits &limits, bool canRegenerate, QWidget *parent)
    : QDialog(parent), m_choice(r.copy), m_limits(limits), m_list(new QListWidget(this)), m_headline(new QLineEdit(this)),
      m_primary(new QPlainTextEdit(this)), m_description(new QLineEdit(this)), m_counts(new QLabel(this)), m_problem(new QLabel(this)),
      m_regenerate(new QPushButton(tr("&Regenerate"), this))
{
    setWindowTitle(tr("Ad copy of #%1").arg(r.id));
    setObjectName(QStringLiteral("adCopyDialog"));
    if (m_choice.isEmpty())   // a recommendation from before variants were kept: its text as the template's
        m_choice.variants.append(AdCopy{r.campaignName, r.adCopy, QString(), QStringLiteral("template"), {}, {}});
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pick a version, edit it, or ask the language model for another. What you save is the text "
                                "approval records and the ad platform receives."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("copyVariants"));
    m_list->setAccessibleName(tr("Versions of the ad copy"));
    for (const AdCopy &c : std::as_const(m_choice.variants))
        m_list->addItem(QStringLiteral("%1 — %2").arg(sourceText(c), c.headline));
    layout->addWidget(m_list);
    if (!m_choice.refusals.isEmpty()) {
        auto *refused = new QLabel(m_choice.refusals.join(QLatin1Char('\n')), this);
        refused->setWordWrap(true);
        refused->setObjectName(QStringLiteral("copyRefusals"));
        layout->addWidget(refused);
    }
    auto *form = new QFormLayout;
    m_headline->setObjectName(QStringLiteral("copyHeadline"));
    m_primary->setObjectName(QStringLiteral("copyPrimaryText"));
    m_description->setObjectName(QStringLiteral("copyDescription"));
    m_primary->setTabChangesFocus(true);
    m_primary->setMaximumHeight(m_primary->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Primary text:"), m_primary);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_counts->setObjectName(QStringLiteral("copyCounts"));
    layout->addWidget(m_counts);
    m_problem->setObjectName(QStringLiteral("copyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c01c28"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_regenerate->setObjectName(QStringLiteral("regenerateCopy"));
    m_regenerate->setEnabled(canRegenerate);
    m_regenerate->setToolTip(canRegenerate ? tr("Ask the language model for another version from the product's facts")
                                           : tr("No language model is connected to this live workspace (Agents ▸ Connections)"));
    buttons->addButton(m_regenerate, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        m_regenerate->setEnabled(false);
        m_problem->setText(tr("Asking the language model…"));
        emit regenerateRequested();
    });
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &AdCopyDialog::showVariant);
    for (QLineEdit *e : {m_headline, m_description})
        connect(e, &QLineEdit::textChanged, this, &AdCopyDialog::updateCounts);
    connect(m_primary, &QPlainTextEdit::textChanged, this, &AdCopyDialog::updateCounts);
    m_list->setCurrentRow(std::clamp(m_choice.chosen, 0, int(m_choice.variants.size()) - 1));
    resize(640, sizeHint().height());
}

QString AdCopyDialog::sourceText(const AdCopy &c) const
{
    if (c.source == u"model")
        return tr("language model %1").arg(c.model);
    if (c.source == u"operator")
        return tr("your edit");
    return tr("template");
}

void AdCopyDialog::showVariant(int row)
{
    if (row < 0 || row >= m_choice.variants.size())
        return;
    const AdCopy &c = m_choice.variants[row];
    m_headline->setText(c.headline);
    m_primary->setPlainText(c.primaryText);
    m_description->setText(c.description);
    updateCounts();
}

void AdCopyDialog::updateCounts()
{
    const AdCopy c = edited();
    m_counts->setText(tr("Headline %1/%2 · primary text %3/%4 · description %5/%6 characters")
                          .arg(CopyCheck::length(c.headline)).arg(m_limits.headline)
                          .arg(CopyCheck::length(c.primaryText)).arg(m_limits.primaryText)
                          .arg(CopyCheck::length(c.description)).arg(m_limits.description));
}

AdCopy AdCopyDialog::edited() const
{
    return AdCopy{m_headline->text().trimmed(), m_primary->toPlainText().trimmed(), m_description->text().trimmed(),
                  QStringLiteral("operator"), {}, {}};
}

void AdCopyDialog::addVariant(const AdCopy &copy)
{
    // What the operator typed meanwhile is never overwritten: it stays as a version of its own.
    const int row = m_list->currentRow();
    const AdCopy mine = edited();
    if (!mine.isEmpty() && (row < 0 || row >= m_choice.variants.size() || !m_choice.variants[row].sameText(mine))) {
        m_choice.variants.append(mine);
        m_list->addItem(QStringLiteral("%1 — %2").arg(sourceText(mine), mine.headline));
    }
    m_choice.variants.append(copy);
    m_list->addItem(QStringLiteral("%1 — %2").arg(sourceText(copy), copy.headline));
    m_list->setCurrentRow(m_list->count() - 1);
    m_problem->clear();
    m_regenerate->setEnabled(true);
}

void AdCopyDialog::showRefusal(const QString &why)
{
    m_problem->setText(why);
    m_regenerate->setEnabled(true);
}

CopyChoice AdCopyDialog::choice() const
{
    CopyChoice out = m_choice;
    const int row = m_list->currentRow();
    const AdCopy mine = edited();
    if (row >= 0 && row < out.variants.size() && out.variants[row].sameText(mine)) {
        out.chosen = row;
    } else {
        out.variants.append(mine);
        out.chosen = int(out.variants.size() - 1);
    }
    return out;
}

void AdCopyDialog::accept()
{
    // Every text is held to the limits and the form (no markup, no
    // address); a model's also to the product's facts (the operator's and
    // the template's words are the shop's own).
    const CopyChoice c = choice();
    const AdCopy *current = c.current();
    if (const QString why = CopyCheck::check(*current, c.facts, m_limits, current->source == u"model"); !why.isEmpty()) {
        m_problem->setText(tr("Not saved: %1.").arg(why));
        return;
    }
    QDialog::accept();
}

} // namespace cp
