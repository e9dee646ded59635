// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyproposalbar.h"

#include "models/money.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cp {

PolicyProposalBar::PolicyProposalBar(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_details(new QTextBrowser(this)),
      m_approve(new QPushButton(tr("Approve policy update"), this)), m_reject(new QPushButton(tr("Reject…"), this))
{
    setObjectName(QStringLiteral("policyProposalBar"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details->setOpenLinks(false);
    m_details->setMaximumHeight(170);
    m_approve->setToolTip(tr("Store the proposed policy as a new version; the next cycle decides with it. Audited."));
    m_reject->setToolTip(tr("Keep the policy in effect; the Analyst proposes again only after new evaluations. Audited."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    askReason = [this] {
        return QInputDialog::getText(this, tr("Reject the policy update"),
                                     tr("Why? (goes into the audit log; the Analyst proposes again only after new evaluations)"));
    };
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (m_proposal)
            emit approveRequested(m_proposal->id);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (!m_proposal)
            return;
        const QString reason = askReason ? askReason().trimmed() : QString();
        if (!reason.isEmpty())
            emit rejectRequested(m_proposal->id, reason);
    });
    hide();
}

void PolicyProposalBar::setProposal(const std::optional<PolicyProposal> &proposal, const QString &currency)
{
    m_proposal = proposal;
    setVisible(proposal.has_value());
    if (!proposal) {
        m_details->clear();
        return;
    }
    const PolicyProposal &p = *proposal;
    m_title->setText(tr("The Analyst proposes a policy update (version %1 → %2)").arg(p.baseVersion).arg(p.baseVersion + 1));
    const auto amount = [&currency](double minor) {
        const Money m = Money::fromMinor(qint64(minor));
        return (currency.isEmpty() ? formatAmount(m) : formatMoney(m, currency)).toHtmlEscaped();
    };
    QString html = QStringLiteral("<p>%1</p>").arg(p.rationale.toHtmlEscaped());
    // The changes and the backtest side by side, under the Analyst's reasons.
    html += QStringLiteral("<table cellspacing='0' cellpadding='0'><tr><td valign='top'>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'><tr><th align='left'>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Field"), tr("In effect"), tr("Proposed"));
    for (const QJsonValue &c : p.changes)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'><b>%3</b></td></tr>")
                    .arg(c[QStringLiteral("label")].toString().toHtmlEscaped(),
                         QLocale().toString(c[QStringLiteral("from")].toDouble()),
                         QLocale().toString(c[QStringLiteral("to")].toDouble()));
    html += QStringLiteral("</table></td><td width='24'></td><td valign='top'>");
    const QJsonObject old = p.backtest.value(QStringLiteral("old")).toObject();
    const QJsonObject neu = p.backtest.value(QStringLiteral("new")).toObject();
    html += QStringLiteral("%1<br>")
                .arg(tr("Backtest on this workspace's history, %1 to %2:")
                         .arg(QLocale().toString(QDate::fromString(p.backtest.value(QStringLiteral("from")).toString(), Qt::ISODate),
                                                 QLocale::ShortFormat),
                              QLocale().toString(QDate::fromString(p.backtest.value(QStringLiteral("to")).toString(), Qt::ISODate),
                                                 QLocale::ShortFormat))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'><tr><th></th><th>%1</th><th>%2</th></tr>")
                .arg(tr("In effect (v%1)").arg(p.baseVersion), tr("Proposed (v%1)").arg(p.baseVersion + 1));
    const auto row = [&](const QString &label, const QString &key, bool money) {
        const double a = old.value(key).toDouble(), b = neu.value(key).toDouble();
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                    .arg(label.toHtmlEscaped(), money ? amount(a) : QLocale().toString(qint64(a)),
                         money ? amount(b) : QLocale().toString(qint64(b)));
    };
    row(tr("Incremental profit"), QStringLiteral("incremental_profit_minor"), true);
    row(tr("Attributed profit"), QStringLiteral("profit_minor"), true);
    row(tr("Ad spend"), QStringLiteral("spend_minor"), true);
    row(tr("Actions"), QStringLiteral("actions"), false);
    html += QStringLiteral("</table></td></tr></table>");
    m_details->setHtml(html);
}

} // namespace cp
