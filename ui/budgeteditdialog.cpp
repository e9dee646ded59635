// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgeteditdialog.h"

#include "agents/rules/rules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

BudgetEditDialog::BudgetEditDialog(const Recommendation &rec, const Policy &policy, const QString &currency, QWidget *parent)
    : QDialog(parent),
      m_rec(rec),
      m_policy(policy),
      m_currency(currency),
      m_edit(new QLineEdit(this)),
      m_reads(new QLabel(this)),
      m_voids(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit budget — #%1").arg(rec.id));
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);   // a guardrail's sentence on two or three lines, not eight
    auto money = [&](const Money &m) { return formatMoney(m, currency); };
    auto *form = new QFormLayout;
    form->addRow(tr("Recommendation:"), new QLabel(rec.title.toHtmlEscaped(), this));
    if (rec.previousBudget)
        form->addRow(tr("Budget on the platform:"), new QLabel(tr("%1 a day").arg(money(*rec.previousBudget)), this));
    if (rec.proposedBudget)
        form->addRow(tr("Proposed:"), new QLabel(tr("%1 a day").arg(money(*rec.proposedBudget)), this));
    QString limits = tr("at most %1 a day").arg(money(policy.maxDailyBudget));
    if (rec.previousBudget && rec.previousBudget->minor() > 0)
        limits += tr("; a change of at most %1 % of the platform's budget")
                      .arg(QLocale().toString(policy.maxBudgetChangePct, 'f', 0));
    form->addRow(tr("Policy:"), new QLabel(limits, this));
    m_edit->setObjectName(QStringLiteral("budgetAmount"));
    m_edit->setAccessibleName(tr("New daily budget"));
    // Pre-filled the way this locale writes it, so that a German operator
    // edits "25,00", not "25.00".
    if (rec.proposedBudget)
        m_edit->setText(QLocale().toString(rec.proposedBudget->toDouble(), 'f', 2));
    form->addRow(tr("New daily budget:"), m_edit);
    m_reads->setObjectName(QStringLiteral("budgetReads"));
    m_reads->setWordWrap(true);
    form->addRow(QString(), m_reads);
    m_voids->setObjectName(QStringLiteral("budgetVoidsApproval"));
    m_voids->setWordWrap(true);
    m_voids->setText(voidsApproval());
    m_voids->setVisible(!m_voids->text().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_voids);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_budget)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &BudgetEditDialog::check);
    check();
    m_edit->selectAll();
    m_edit->setFocus();
}

QString BudgetEditDialog::voidsApproval() const
{
    if (m_rec.approvedBy.isEmpty())
        return {};
    return tr("%1 approved this budget already. A new budget voids that approval: it then needs its approvals again.")
        .arg(QLocale().createSeparatedList(m_rec.approvedBy));
}

void BudgetEditDialog::check()
{
    m_budget.reset();
    QString why;
    const auto typed = parseTypedAmount(m_edit->text(), QLocale(), m_currency, &why);
    if (typed) {
        const Rules::WordingCurrency amountsIn(m_currency);   // "€3.50 changes the budget €20.00 by …"
        if (Status s = Rules::checkBudgetEdit(m_rec.previousBudget, *typed, m_policy); !s)
            why = s.error().message;
        else if (m_rec.proposedBudget && *typed == *m_rec.proposedBudget)
            why = tr("That is the budget proposed already.");
        else
            m_budget = typed;
    }
    m_problem = m_budget ? QString() : why;
    m_reads->setText(m_budget ? tr("%1 a day").arg(formatMoney(*m_budget, m_currency)) : why);
    m_reads->setStyleSheet(m_budget ? QString() : QStringLiteral("color:#c01c28"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_budget.has_value());
    // A longer message wraps onto more lines: the dialog grows to show them
    // (a shown dialog keeps its size otherwise, and cut the third line).
    if (isVisible() && layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

} // namespace cp
