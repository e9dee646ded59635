// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "models/money.h"
#include "models/recommendation.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cp {

// Edit budget… in the decision queue: a new daily budget for one pending
// recommendation, typed the way the operator writes amounts ("3,50" in
// German, "1,250.00" in English, with or without the currency). What the
// text reads as is shown as it is typed, and the guardrails (the policy's
// maximum daily budget and largest change) are checked there too: OK stays
// off while the text is not an amount or breaks one, so a typo never closes
// the dialog and loses what was typed. A recommendation one operator of two
// has approved says that a new budget voids that approval.
class BudgetEditDialog final : public QDialog
{
    Q_OBJECT
public:
    BudgetEditDialog(const Recommendation &rec, const Policy &policy, const QString &currency, QWidget *parent = nullptr);

    // The budget typed, when it is an amount within the guardrails.
    std::optional<Money> budget() const { return m_budget; }
    // What is wrong with the text, empty when OK can be pressed.
    QString problem() const { return m_problem; }
    // The line saying an approval is voided; empty when none is.
    QString voidsApproval() const;

    QLineEdit *amountEdit() const { return m_edit; }

private:
    void check();

    Recommendation m_rec;
    Policy m_policy;
    QString m_currency;
    QLineEdit *m_edit;
    QLabel *m_reads;
    QLabel *m_voids;
    QDialogButtonBox *m_buttons;
    std::optional<Money> m_budget;
    QString m_problem;
};

} // namespace cp
