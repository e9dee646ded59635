// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionqueuepane.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cp {

namespace {
QString jsonTable(const QJsonObject &o)
{
    QString rows;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        QString v = it->isDouble() ? QLocale().toString(it->toDouble(), 'g', 6)
                                   : it->isNull() ? QStringLiteral("—") : it->toVariant().toString();
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(it.key().toHtmlEscaped(), v.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=0 cellpadding=2>%1</table>").arg(rows);
}
} // namespace

DecisionQueuePane::DecisionQueuePane(QWidget *parent)
    : QWidget(parent), m_model(new RecommendationModel(this)), m_proxy(new RecommendationFilterProxy(this)),
      m_view(new QTableView(this)), m_decision(new QComboBox(this)), m_status(new QComboBox(this)),
      m_detail(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RecommendationModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_detail->setObjectName(QStringLiteral("queueDetail"));

    m_decision->addItem(tr("All decisions"), QString());
    for (const char *d : {"NEW_CAMPAIGN", "CONTINUE", "OPTIMIZE", "MONITOR", "PAUSE", "EMERGENCY_PAUSE", "ROLLBACK"})
        m_decision->addItem(QLatin1String(d), QLatin1String(d));
    m_status->addItem(tr("All"), QString());
    for (const char *s : {"pending", "approved", "rejected", "expired", "superseded"})
        m_status->addItem(RecommendationModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_status->setCurrentIndex(1);   // the queue opens on what waits for a decision
    m_proxy->setStatus(QStringLiteral("pending"));
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setDecision(m_decision->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setStatus(m_status->currentData().toString()); });

    // Actions declared once: toolbar, context menu and shortcuts share them.
    m_approve = new QAction(tr("&Approve"), this);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Approve the selected recommendations (Ctrl+Enter): their actions are sent"));
    m_reject = new QAction(tr("&Reject…"), this);
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_edit = new QAction(tr("&Edit budget…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_retry = new QAction(tr("Re&try send"), this);
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rollback = new QAction(tr("&Undo (needs approval)"), this);
    m_rollback->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_markApplied = new QAction(tr("&Mark applied"), this);
    m_markApplied->setToolTip(tr("You checked the ad platform and the action is there: record it as done"));
    m_sendAgain = new QAction(tr("&Send again"), this);
    m_sendAgain->setToolTip(tr("You checked the ad platform and the action is not there: send it again (same idempotency key)"));
    for (QAction *a : {m_approve, m_reject, m_edit, m_retry, m_markApplied, m_sendAgain, m_rollback}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_view->addAction(a);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    askReason = [this](const Recommendation &r) {
        return QInputDialog::getText(this, tr("Reject"), tr("Why is #%1 rejected?").arg(r.id));
    };
    askBudget = [this](const Recommendation &r) {
        return QInputDialog::getText(this, tr("Edit budget"), tr("New daily budget for #%1:").arg(r.id), QLineEdit::Normal,
                                     r.proposedBudget ? r.proposedBudget->toString() : QString());
    };
    connect(m_approve, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const Recommendation *r : selected())
            if (r->status == u"pending" && r->spendsOrStopsMoney() && (!m_unsupported || m_unsupported(r->action).isEmpty()))
                ids << r->id;
        if (!ids.isEmpty())
            emit approveRequested(ids);
    });
    connect(m_reject, &QAction::triggered, this, [this] {
        const auto sel = selected();
        if (sel.size() != 1)
            return;
        const QString reason = askReason(*sel.first());
        if (!reason.trimmed().isEmpty())
            emit rejectRequested(sel.first()->id, reason.trimmed());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        const auto sel = selected();
        if (sel.size() != 1)
            return;
        const QString budget = askBudget(*sel.first());
        if (!budget.trimmed().isEmpty())
            emit editBudgetRequested(sel.first()->id, budget.trimmed());
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        for (const Recommendation *r : selected())
            if (r->sendState == u"failed")
                emit retryRequested(r->outboxId);
    });
    connect(m_markApplied, &QAction::triggered, this, [this] {
        for (const Recommendation *r : selected())
            if (r->sendState == u"unknown")
                emit markAppliedRequested(r->outboxId);
    });
    connect(m_sendAgain, &QAction::triggered, this, [this] {
        for (const Recommendation *r : selected())
            if (r->sendState == u"unknown")
                emit sendAgainRequested(r->outboxId);
    });
    connect(m_rollback, &QAction::triggered, this, [this] {
        const auto sel = selected();
        if (sel.size() == 1)
            emit rollbackRequested(sel.first()->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });

    auto *toolbar = new QToolBar(this);
    toolbar->addActions({m_approve, m_reject, m_edit, m_retry, m_markApplied, m_sendAgain, m_rollback});
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Decision:"), this));
    filters->addWidget(m_decision);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(toolbar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split);
    updateActions();
}

void DecisionQueuePane::setRows(QList<Recommendation> rows, const QString &currency)
{
    m_currency = currency;
    m_model->setCurrency(currency);
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
    updateDetail();
    updateActions();
}

bool DecisionQueuePane::select(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex idx = m_proxy->index(row, 0);
        if (idx.data(RecommendationModel::IdRole).toLongLong() == id) {
            m_view->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(idx);
            return true;
        }
    }
    return false;
}

QList<const Recommendation *> DecisionQueuePane::selected() const
{
    QList<const Recommendation *> out;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
        if (const Recommendation *r = m_model->byId(idx.data(RecommendationModel::IdRole).toLongLong()))
            out << r;
    return out;
}

void DecisionQueuePane::setPlatformLimits(std::function<QString(Recommendation::Action)> unsupported)
{
    m_unsupported = std::move(unsupported);
    updateActions();
    updateDetail();
}

void DecisionQueuePane::updateActions()
{
    const auto sel = selected();
    bool anyApprovable = false;
    QString why;
    for (const Recommendation *r : sel) {
        const QString cannot = m_unsupported ? m_unsupported(r->action) : QString();
        if (!cannot.isEmpty())
            why = cannot;
        anyApprovable = anyApprovable || (r->status == u"pending" && r->spendsOrStopsMoney() && cannot.isEmpty());
    }
    m_approve->setToolTip(why.isEmpty() ? tr("Approve the selected recommendations (Ctrl+Enter): their actions are sent")
                                        : tr("The ad platform cannot do this: %1").arg(why));
    const Recommendation *one = sel.size() == 1 ? sel.first() : nullptr;
    m_approve->setEnabled(anyApprovable);
    m_reject->setEnabled(one && one->status == u"pending");
    m_edit->setEnabled(one && one->status == u"pending"
                       && (one->action == Recommendation::Action::SetBudget || one->action == Recommendation::Action::Create));
    bool anyFailed = false;
    for (const Recommendation *r : sel)
        anyFailed = anyFailed || r->sendState == u"failed";
    m_retry->setEnabled(anyFailed);
    bool anyUnknown = false;
    for (const Recommendation *r : sel)
        anyUnknown = anyUnknown || r->sendState == u"unknown";
    m_markApplied->setEnabled(anyUnknown);
    m_sendAgain->setEnabled(anyUnknown);
    m_rollback->setEnabled(one && one->sendState == u"done"
                           && (one->action == Recommendation::Action::Pause || one->action == Recommendation::Action::SetBudget));
    m_rollback->setText(one && one->action == Recommendation::Action::Pause ? tr("&Resume (needs approval)")
                        : one && one->action == Recommendation::Action::SetBudget ? tr("&Restore previous budget (needs approval)")
                                                                                   : tr("&Undo (needs approval)"));
}

QString DecisionQueuePane::unknownExplanation(const Recommendation &r)
{
    // The Manager titles its recommendations "DECISION: campaign name".
    const QString prefix = r.decision + QStringLiteral(": ");
    const QString named = r.title.startsWith(prefix) ? r.title.mid(prefix.size()) : QString();
    const QString campaign = !r.campaignName.isEmpty() ? r.campaignName
                             : !named.isEmpty() && !r.campaignId.isEmpty() && named != r.campaignId
                                 ? QStringLiteral("%1 (%2)").arg(named, r.campaignId)
                             : !r.campaignId.isEmpty() ? r.campaignId
                                                       : r.title;
    QString platform = r.sendPlatform;
    if (platform == u"campaign-pilot-api")
        platform = tr("the Campaign Pilot API");
    else if (platform == u"meta")
        platform = tr("Meta");
    else if (platform == u"recorded")
        platform = tr("the recorded data");
    else if (platform.isEmpty())
        platform = tr("the ad platform");
    QString action;
    switch (r.action) {
    case Recommendation::Action::Create: action = tr("creation"); break;
    case Recommendation::Action::Pause: action = tr("pause"); break;
    case Recommendation::Action::Resume: action = tr("resume"); break;
    case Recommendation::Action::SetBudget: action = tr("budget change"); break;
    case Recommendation::Action::None: action = tr("action"); break;
    }
    return tr("We could not confirm whether the %1 of %2 reached %3; check it there, then mark it applied or send it again.")
        .arg(action, campaign, platform);
}

void DecisionQueuePane::updateDetail()
{
    const auto sel = selected();
    if (sel.size() != 1) {
        m_detail->setHtml(sel.isEmpty() ? tr("<p>Select a recommendation to see why it was made.</p>")
                                        : tr("<p>%n recommendation(s) selected.</p>", nullptr, int(sel.size())));
        return;
    }
    const Recommendation &r = *sel.first();
    QString html = tr("<h3>#%1 %2</h3>").arg(r.id).arg(r.title.toHtmlEscaped());
    html += tr("<p><b>%1</b> — %2</p>").arg(r.decision, r.rationale.toHtmlEscaped());
    html += tr("<p>Action: <b>%1</b>").arg(RecommendationModel::actionText(r.action));
    if (r.proposedBudget)
        html += tr(", daily budget <b>%1</b>").arg(formatMoney(*r.proposedBudget, m_currency));
    if (r.previousBudget)
        html += tr(" (now %1)").arg(formatMoney(*r.previousBudget, m_currency));
    html += tr(". Risk %1 of 100. Rule <code>%2</code>, policy v%3, by the %4 agent.</p>")
                .arg(qRound(r.risk)).arg(r.rule).arg(r.policyVersion).arg(r.agent);
    if (!r.adCopy.isEmpty())
        html += tr("<p>Ad: <i>%1</i> — %2</p>").arg(r.campaignName.toHtmlEscaped(), r.adCopy.toHtmlEscaped());
    html += tr("<p>Status: %1").arg(RecommendationModel::statusText(r.status));
    if (!r.decidedBy.isEmpty())
        html += tr(" by %1").arg(r.decidedBy.toHtmlEscaped());
    if (!r.decisionReason.isEmpty())
        html += tr(" (%1)").arg(r.decisionReason.toHtmlEscaped());
    if (!r.sendState.isEmpty())
        html += tr(" · sending: %1").arg(RecommendationModel::sendText(r.sendState));
    if (!r.sendError.isEmpty())
        html += tr(" · <span style='color:#c01c28'>%1</span>").arg(r.sendError.toHtmlEscaped());
    if (r.sendState == u"unknown")
        html += QStringLiteral("</p><p><b>%1</b>").arg(unknownExplanation(r).toHtmlEscaped());
    html += tr(" · expires %1</p>").arg(QLocale().toString(r.expiresAt.toLocalTime(), QLocale::ShortFormat));
    html += tr("<table width=100%><tr><td valign=top><b>Inputs</b>%1</td><td valign=top><b>Thresholds</b>%2</td></tr></table>")
                .arg(jsonTable(r.inputs), jsonTable(r.thresholds));
    m_detail->setHtml(html);
}

} // namespace cp
