// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/policyproposal.h"

#include <QFrame>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cp {

// The learning loop's proposal in the Decisions tab (issue 16;
// agents/cycle/learning.h): what the Analyst saw, what it would change
// (field, in effect, proposed) and its backtest (old against new), with
// Approve and Reject… — approved like any action, audited, in effect from
// the next cycle. Hidden while no proposal is pending.
class PolicyProposalBar final : public QFrame
{
    Q_OBJECT
public:
    explicit PolicyProposalBar(QWidget *parent = nullptr);

    // `currency`: the workspace's (ISO 4217; empty: amounts without a sign).
    void setProposal(const std::optional<PolicyProposal> &proposal, const QString &currency);
    const std::optional<PolicyProposal> &proposal() const { return m_proposal; }

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QTextBrowser *details() const { return m_details; }
    // How the bar asks for a rejection's reason (a dialog by default;
    // replaceable in tests). Empty: cancelled.
    std::function<QString()> askReason;

signals:
    void approveRequested(qint64 id);
    void rejectRequested(qint64 id, const QString &reason);

private:
    std::optional<PolicyProposal> m_proposal;
    QLabel *m_title;
    QTextBrowser *m_details;
    QPushButton *m_approve, *m_reject;
};

} // namespace cp
