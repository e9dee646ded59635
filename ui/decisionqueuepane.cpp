// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionqueuepane.h"

#include "budgeteditdialog.h"

#include "agents/approval.h"
#include "agents/rules/policy.h"
#include "agents/rules/rules.h"
#include "agents/snoozes.h"
#include "agents/preflight.h"
#include "models/queuestate.h"
#include "models/decisionstore.h"
#include "models/clock.h"
#include "models/money.h"
#include "adcopydialog.h"
#include "sparklinedelegate.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace cp {

namespace {
// How a rationale's input or threshold reads to a marketer: a label, and how
// its value is shown. The raw key stays in the row's tooltip (and in --json).
enum class Unit { Text, Count, Days, Percent, Money, SignedMoney, Multiple, Score, Date };
struct Field
{
    const char *key;
    const char *label;
    Unit unit;
};
constexpr Field kFields[] = {
    {"age_days", QT_TRANSLATE_NOOP("DecisionQueuePane", "Campaign age"), Unit::Days},
    {"current_days", QT_TRANSLATE_NOOP("DecisionQueuePane", "Campaign days measured"), Unit::Days},
    {"baseline_days", QT_TRANSLATE_NOOP("DecisionQueuePane", "Days before the campaign"), Unit::Days},
    {"baseline_units_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Sales a day before"), Unit::Count},
    {"current_units_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Sales a day during"), Unit::Count},
    {"baseline_views_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Page views a day before"), Unit::Count},
    {"current_views_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Page views a day during"), Unit::Count},
    {"sales_impact_pct", QT_TRANSLATE_NOOP("DecisionQueuePane", "Sales change"), Unit::Percent},
    {"view_impact_pct", QT_TRANSLATE_NOOP("DecisionQueuePane", "Page-view change"), Unit::Percent},
    {"spend", QT_TRANSLATE_NOOP("DecisionQueuePane", "Spend"), Unit::Money},
    {"revenue", QT_TRANSLATE_NOOP("DecisionQueuePane", "Revenue"), Unit::Money},
    {"conversions", QT_TRANSLATE_NOOP("DecisionQueuePane", "Conversions"), Unit::Count},
    {"roas", QT_TRANSLATE_NOOP("DecisionQueuePane", "ROAS (revenue ÷ spend)"), Unit::Multiple},
    {"cpa", QT_TRANSLATE_NOOP("DecisionQueuePane", "Cost per conversion"), Unit::Money},
    {"efficiency", QT_TRANSLATE_NOOP("DecisionQueuePane", "Efficiency score"), Unit::Score},
    {"burn_rate", QT_TRANSLATE_NOOP("DecisionQueuePane", "Budget used"), Unit::Score},
    {"performance_decline", QT_TRANSLATE_NOOP("DecisionQueuePane", "Performance decline"), Unit::Score},
    {"lifecycle_stage", QT_TRANSLATE_NOOP("DecisionQueuePane", "Product lifecycle (0 growing, 1 declining)"), Unit::Score},
    {"competition", QT_TRANSLATE_NOOP("DecisionQueuePane", "Competition in the category"), Unit::Score},
    {"risk", QT_TRANSLATE_NOOP("DecisionQueuePane", "Risk (of 100)"), Unit::Score},
    {"evidence", QT_TRANSLATE_NOOP("DecisionQueuePane", "Where the figures come from"), Unit::Text},
    {"price", QT_TRANSLATE_NOOP("DecisionQueuePane", "Price"), Unit::Money},
    {"stock", QT_TRANSLATE_NOOP("DecisionQueuePane", "In stock"), Unit::Count},
    {"category", QT_TRANSLATE_NOOP("DecisionQueuePane", "Category"), Unit::Text},
    {"budget", QT_TRANSLATE_NOOP("DecisionQueuePane", "Proposed daily budget"), Unit::Text},
    {"daily_budget", QT_TRANSLATE_NOOP("DecisionQueuePane", "Daily budget"), Unit::Money},
    {"revenue_potential_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Revenue potential a day"), Unit::Money},
    {"expected_impact_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "Expected impact a day"), Unit::SignedMoney},
    {"impact_low_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "… at least (90 % interval)"), Unit::SignedMoney},
    {"impact_high_per_day", QT_TRANSLATE_NOOP("DecisionQueuePane", "… at most (90 % interval)"), Unit::SignedMoney},
    {"impact_confidence", QT_TRANSLATE_NOOP("DecisionQueuePane", "Confidence"), Unit::Text},
    {"uplift_implausible", QT_TRANSLATE_NOOP("DecisionQueuePane", "Sales moved more than the campaign could cause"), Unit::Text},
    {"views_30d", QT_TRANSLATE_NOOP("DecisionQueuePane", "Page views, last 30 days"), Unit::Count},
    {"units_30d", QT_TRANSLATE_NOOP("DecisionQueuePane", "Units sold, last 30 days"), Unit::Count},
    {"as_of", QT_TRANSLATE_NOOP("DecisionQueuePane", "Figures as of"), Unit::Date},
    {"policy", QT_TRANSLATE_NOOP("DecisionQueuePane", "Policy"), Unit::Text},
    {"emergency_roas_below_multiple", QT_TRANSLATE_NOOP("DecisionQueuePane", "Pause now below ROAS"), Unit::Multiple},
    {"pause_sales_impact_below", QT_TRANSLATE_NOOP("DecisionQueuePane", "Pause when sales change below"), Unit::Percent},
    {"pause_view_impact_below", QT_TRANSLATE_NOOP("DecisionQueuePane", "Pause when page views change below"), Unit::Percent},
    {"continue_sales_impact_above", QT_TRANSLATE_NOOP("DecisionQueuePane", "Keep running when sales rise above"), Unit::Percent},
    {"continue_view_impact_above", QT_TRANSLATE_NOOP("DecisionQueuePane", "… and page views rise above"), Unit::Percent},
    {"optimize_sales_impact", QT_TRANSLATE_NOOP("DecisionQueuePane", "Improve when sales change within (%)"), Unit::Text},
    {"optimize_view_impact", QT_TRANSLATE_NOOP("DecisionQueuePane", "Improve when page views change within (%)"), Unit::Text},
    {"learning_period_days", QT_TRANSLATE_NOOP("DecisionQueuePane", "Learning period"), Unit::Days},
    {"min_days_of_data", QT_TRANSLATE_NOOP("DecisionQueuePane", "Days of figures needed"), Unit::Days},
    {"min_stock", QT_TRANSLATE_NOOP("DecisionQueuePane", "Stock above"), Unit::Count},
    {"min_price", QT_TRANSLATE_NOOP("DecisionQueuePane", "Price above"), Unit::Money},
    {"min_views_per_sale", QT_TRANSLATE_NOOP("DecisionQueuePane", "Page views per sale above"), Unit::Count},
};

const Field *fieldFor(const QString &key)
{
    for (const Field &f : kFields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString valueText(const QJsonValue &v, Unit unit, const QString &currency)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    const QLocale locale;
    if (v.isString()) {
        const QString s = v.toString();
        if (unit == Unit::Money)
            if (auto m = Money::parse(s); m)
                return formatMoney(*m, currency);
        if (unit == Unit::SignedMoney)
            if (auto m = Money::parse(s); m)
                return RecommendationModel::signedMoney(*m, currency);
        if (unit == Unit::Date)
            if (const QDate d = QDate::fromString(s, Qt::ISODate); d.isValid())
                return locale.toString(d, QLocale::ShortFormat);
        return s;
    }
    if (!v.isDouble())
        return v.toVariant().toString();
    const double x = v.toDouble();
    switch (unit) {
    case Unit::Days: return DecisionQueuePane::tr("%n day(s)", nullptr, qRound(x));
    case Unit::Percent: return (x > 0 ? QStringLiteral("+") : QString()) + locale.toString(x, 'f', 1) + QStringLiteral(" %");
    case Unit::Multiple: return locale.toString(x, 'f', 2) + QStringLiteral("×");
    case Unit::Count: return std::abs(x - std::round(x)) < 1e-9 ? locale.toString(qint64(std::llround(x))) : locale.toString(x, 'f', 2);
    case Unit::Score: return locale.toString(x, 'f', 2);
    case Unit::Money: return formatMoney(Money::fromMinor(std::llround(x * 100)), currency);
    case Unit::SignedMoney: return RecommendationModel::signedMoney(Money::fromMinor(std::llround(x * 100)), currency);
    case Unit::Text:
    case Unit::Date: break;
    }
    return locale.toString(x, 'g', 6);
}

// The inputs or thresholds as a labelled table, in the order of kFields (the
// order a marketer reads them in), anything unknown after them by its key.
QString labelledTable(const QJsonObject &o, const QString &currency)
{
    QStringList keys;
    for (const Field &f : kFields)
        if (o.contains(QLatin1String(f.key)))
            keys << QLatin1String(f.key);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!fieldFor(it.key()))
            keys << it.key();
    // A policy field without a label of its own here (the safeguards'
    // cooldown_days, the gate's min_conversions…) reads as the policy form
    // names it, with its unit: a walkthrough saw "cooldown_days".
    QHash<QString, PolicyFieldInfo> policyInfo;
    for (const PolicyFieldInfo &info : policyFields())
        policyInfo.insert(info.key, info);
    QString rows;
    for (const QString &key : keys) {
        const Field *f = fieldFor(key);
        const auto info = policyInfo.constFind(key);
        const bool fromPolicy = !f && info != policyInfo.cend();
        // The labels are marked in the context "DecisionQueuePane" (QT_TRANSLATE_NOOP above), not the class's "cp::DecisionQueuePane".
        const QString label = f ? QCoreApplication::translate("DecisionQueuePane", f->label) : fromPolicy ? info->label : key;
        const QString value = key == u"impact_confidence" ? RecommendationModel::confidenceWord(o.value(key).toString())
                              : o.value(key).isBool()     ? (o.value(key).toBool() ? QCoreApplication::translate("DecisionQueuePane", "yes")
                                                                                   : QCoreApplication::translate("DecisionQueuePane", "no"))
                                                          : valueText(o.value(key), f ? f->unit : Unit::Text, currency)
                                                                + (fromPolicy && !info->unit.isEmpty() ? QLatin1Char(' ') + info->unit : QString());
        rows += QStringLiteral("<tr><td title='%3'>%1</td><td align=right>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), key.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=0 cellpadding=2>%1</table>").arg(rows);
}
} // namespace

DecisionQueuePane::DecisionQueuePane(QWidget *parent)
    : QWidget(parent), m_model(new RecommendationModel(this)), m_proxy(new RecommendationFilterProxy(this)),
      m_view(new QTableView(this)), m_decision(new QComboBox(this)), m_status(new QComboBox(this)),
      m_capped(new QLabel(this)),
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
    m_view->setItemDelegateForColumn(RecommendationModel::Trend, new SparklineDelegate(m_view));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_detail->setObjectName(QStringLiteral("queueDetail"));

    m_decision->addItem(tr("All decisions"), QString());
    for (const char *d : {"NEW_CAMPAIGN", "CONTINUE", "OPTIMIZE", "MONITOR", "PAUSE", "EMERGENCY_PAUSE", "ROLLBACK"})
        m_decision->addItem(RecommendationModel::decisionText(QLatin1String(d)), QLatin1String(d));
    m_status->addItem(tr("All"), QString());
    for (const char *s : {"pending", "approved", "rejected", "expired", "superseded"})
        m_status->addItem(RecommendationModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_status->addItem(tr("Snoozed"), QStringLiteral("snoozed"));
    m_status->addItem(tr("Send needs you (failed or unconfirmed)"), QStringLiteral("send_attention"));
    m_decision->setAccessibleName(tr("Filter by decision"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_view->setAccessibleName(tr("Recommendations"));
    m_detail->setAccessibleName(tr("Why: the selected recommendation's rationale"));
    m_status->setCurrentIndex(1);   // the queue opens on what waits for a decision
    m_proxy->setStatus(QStringLiteral("pending"));
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setDecision(m_decision->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toString());
        setDecidedCapped(m_decidedCapped);
    });
    m_capped->setObjectName(QStringLiteral("decidedCappedNote"));
    m_capped->setWordWrap(true);
    m_capped->setText(tr("Only the newest %L1 decided recommendations are listed here (with every one that waits or whose "
                         "send is not settled); <code>campaign-pilot queue list --all</code> lists every one.")
                          .arg(QueueState::kDecidedShown));
    m_capped->setVisible(false);

    // Actions declared once: toolbar, context menu and shortcuts share them.
    m_approve = new QAction(tr("&Approve"), this);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Approve the selected recommendations (Ctrl+Enter): their actions are sent"));
    m_reject = new QAction(tr("&Reject…"), this);
    m_reject->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_Backspace)});
    m_reject->setToolTip(tr("Reject the selected recommendations with a reason (Delete)"));
    m_snooze = new QAction(tr("Sn&ooze…"), this);
    m_snooze->setShortcut(QKeySequence(Qt::Key_S));
    m_snooze->setToolTip(tr("Hide the selected recommendations until a later time (S); they come back by themselves"));
    m_next = new QAction(tr("Next"), this);
    m_next->setShortcuts({QKeySequence(Qt::Key_J)});
    m_previous = new QAction(tr("Previous"), this);
    m_previous->setShortcuts({QKeySequence(Qt::Key_K)});
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
    m_copy = new QAction(tr("Ad &copy…"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Pick, edit or regenerate a new campaign's ad copy before approving it (Ctrl+Shift+C)"));
    m_explain = new QAction(tr("E&xplain in plain words"), this);
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_explain->setToolTip(tr("Ask the language model for a paragraph about this recommendation, shown beside the rule's own "
                             "rationale (Ctrl+Shift+X)"));
    for (QAction *a : {m_approve, m_reject, m_snooze, m_edit, m_retry, m_markApplied, m_sendAgain, m_rollback, m_copy, m_explain, m_next,
                       m_previous}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_view->addAction(a);
    }
    // One-key shortcuts (Delete, S, J, K) only where the list has the focus,
    // so they never fire while typing in a filter.
    for (QAction *a : {m_reject, m_snooze, m_next, m_previous})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_snoozeTimer = new QTimer(this);
    m_snoozeTimer->setSingleShot(true);
    connect(m_snoozeTimer, &QTimer::timeout, this, &DecisionQueuePane::recheckSnoozes);
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });

    askReason = [this](const Recommendation &r) {
        // One reason for the whole selection: the question names them all.
        const auto sel = selected();
        QStringList ids;
        for (const Recommendation *x : sel)
            if (x->status == u"pending")
                ids << QStringLiteral("#%1").arg(x->id);
        return QInputDialog::getText(this, tr("Reject"),
                                     ids.size() > 1 ? tr("Why are %1 rejected? (one reason for all %n)", nullptr, int(ids.size()))
                                                          .arg(QLocale().createSeparatedList(ids))
                                                    : tr("Why is #%1 rejected?").arg(r.id));
    };
    askSnoozeUntil = [this](const QDateTime &expires) -> QDateTime {
        const QDateTime now = Clock::now();
        const QList<QPair<QString, QDateTime>> ends{{tr("For an hour"), now.addSecs(3600)},
                                                    {tr("Until tomorrow morning"), QDateTime(now.toLocalTime().date().addDays(1), QTime(8, 0))},
                                                    {tr("For a week"), now.addDays(7)}};
        // A snooze that outlasts the recommendation hides it until it has
        // expired: said on the choice, not found out later.
        QStringList choices;
        for (const auto &[text, end] : ends)
            choices << (expires.isValid() && end >= expires
                            ? tr("%1 — it expires first (%2) and would not come back")
                                  .arg(text, QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                            : text);
        bool ok = false;
        const QString pick = QInputDialog::getItem(this, tr("Snooze"), tr("Hide the selection:"), choices, 1, false, &ok);
        if (!ok)
            return {};
        return ends.value(int(choices.indexOf(pick))).second;
    };
    askBudget = [this](const Recommendation &r) {
        // The dialog stays open on a typo or a guardrail, saying which.
        BudgetEditDialog dialog(r, m_desk.policy ? m_desk.policy() : Policy{}, m_currency, this);
        return dialog.exec() == QDialog::Accepted && dialog.budget() ? dialog.budget()->toString() : QString();
    };
    connect(m_approve, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const Recommendation *r : selected())
            if (r->status == u"pending" && r->spendsOrStopsMoney() && (!m_unsupported || m_unsupported(r->action).isEmpty()))
                ids << r->id;
        if (ids.isEmpty())
            return;
        moveOnFrom(ids);
        emit approveRequested(ids);
    });
    connect(m_reject, &QAction::triggered, this, [this] {
        QList<const Recommendation *> sel;
        for (const Recommendation *r : selected())
            if (r->status == u"pending")
                sel << r;
        if (sel.isEmpty())
            return;
        // One reason for the whole selection.
        const QString reason = askReason(*sel.first()).trimmed();
        if (reason.isEmpty()) {
            // Cancelled, or no reason given: nothing is rejected, and said.
            emit notice(tr("Not rejected: a rejection needs a reason (it goes into the audit log)"));
            return;
        }
        QList<qint64> ids;
        for (const Recommendation *r : sel)
            ids << r->id;
        moveOnFrom(ids);
        for (qint64 id : ids)
            emit rejectRequested(id, reason);
    });
    connect(m_snooze, &QAction::triggered, this, [this] {
        QList<const Recommendation *> sel;
        for (const Recommendation *r : selected())
            if (r->status == u"pending")
                sel << r;
        if (sel.isEmpty())
            return;
        QDateTime expires;   // the selection's first expiry
        for (const Recommendation *r : sel)
            if (r->expiresAt.isValid() && (!expires.isValid() || r->expiresAt < expires))
                expires = r->expiresAt;
        const QDateTime until = askSnoozeUntil ? askSnoozeUntil(expires) : QDateTime();
        // The rule `queue snooze` applies too (agents/snoozes.h).
        QList<qint64> ids;
        for (const Recommendation *r : sel)
            if (Snoozes::check(*r, until, Clock::now()))
                ids << r->id;
        if (ids.isEmpty())
            return;
        moveOnFrom(ids);
        for (qint64 id : ids)
            m_snoozed.insert(id, until.toUTC());
        recheckSnoozes();   // hides them first, so that whoever hears the change counts without them
        emit snoozedChanged(m_snoozed);
        if (m_selectNext)
            select(std::exchange(m_selectNext, 0));
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
    connect(m_copy, &QAction::triggered, this, [this] {
        const auto sel = selected();
        if (sel.size() == 1)
            editCopy(*sel.first());
    });
    connect(m_explain, &QAction::triggered, this, [this] {
        const auto sel = selected();
        if (sel.size() == 1)
            explain(*sel.first());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    actOnRequests();

    // Two rows, so that every action stays in reach at 1280 × 720 (in one
    // row, Mark applied, Send again and Undo went behind the » menu): what
    // decides a recommendation on top, the filters and what settles a send
    // below.
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("decideToolbar"));
    toolbar->addActions({m_approve, m_reject, m_snooze, m_edit, m_copy, m_explain});
    auto *sendToolbar = new QToolBar(this);
    sendToolbar->setObjectName(QStringLiteral("sendToolbar"));
    sendToolbar->addActions({m_retry, m_markApplied, m_sendAgain, m_rollback});
    auto *actions = new QHBoxLayout;
    actions->addWidget(toolbar);
    actions->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Decision:"), this));
    filters->addWidget(m_decision);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(sendToolbar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_capped);
    layout->addWidget(split);
    updateActions();
}

void DecisionQueuePane::setDecidedCapped(bool capped)
{
    m_decidedCapped = capped;
    // Not under "Pending": every pending one is there.
    m_capped->setVisible(capped && m_status->currentData().toString() != u"pending");
}

void DecisionQueuePane::setRows(QList<Recommendation> rows, const QString &currency)
{
    const QList<qint64> before = selectedIds();
    m_currency = currency;
    m_model->setCurrency(currency);
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
    // After an action the next row is selected, so Ctrl+Enter goes on down
    // the list; otherwise the selection survives a refresh.
    if (const qint64 next = std::exchange(m_selectNext, 0))
        select(next);
    if (selectedIds().isEmpty())
        for (qint64 id : before)
            if (select(id))
                break;
    updateDetail();
    updateActions();
    askPreflight();
}

void DecisionQueuePane::changeEvent(QEvent *event)
{
    // Another look (light/dark, a font): the columns fit their text again.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_view->resizeColumnsToContents();
    QWidget::changeEvent(event);
}

void DecisionQueuePane::setTrends(QHash<QString, Trend> campaigns, QHash<QString, Trend> products)
{
    m_model->setTrends(std::move(campaigns), std::move(products));
}

QList<qint64> DecisionQueuePane::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &idx : rows)
        ids << idx.data(RecommendationModel::IdRole).toLongLong();
    return ids;
}

void DecisionQueuePane::moveOnFrom(const QList<qint64> &ids)
{
    int last = -1, first = m_proxy->rowCount();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (ids.contains(m_proxy->index(row, 0).data(RecommendationModel::IdRole).toLongLong()))
            last = std::max(last, row), first = std::min(first, row);
    m_selectNext = 0;
    auto idAt = [this](int row) { return m_proxy->index(row, 0).data(RecommendationModel::IdRole).toLongLong(); };
    for (int row = last + 1; row < m_proxy->rowCount() && !m_selectNext; ++row)
        if (!ids.contains(idAt(row)))
            m_selectNext = idAt(row);
    for (int row = first - 1; row >= 0 && !m_selectNext; --row)
        if (!ids.contains(idAt(row)))
            m_selectNext = idAt(row);
}

void DecisionQueuePane::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : (delta > 0 ? 0 : rows - 1);
    selectRow(row);
}

void DecisionQueuePane::selectRow(int row)
{
    const QModelIndex idx = m_proxy->index(row, 0);
    m_view->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The current index moves without touching the selection: QAbstractItemView::setCurrentIndex
    // reads the keyboard's modifiers, and with Ctrl still held after Ctrl+Enter it would toggle
    // the row just selected off again.
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(idx);
}

void DecisionQueuePane::setSnoozed(const QHash<qint64, QDateTime> &snoozed)
{
    m_snoozed = snoozed;
    recheckSnoozes();
}

void DecisionQueuePane::recheckSnoozes()
{
    const QDateTime now = Clock::now();
    QDateTime earliest;
    const bool ended = Snoozes::dropEnded(m_snoozed, now, &earliest);
    m_proxy->setSnoozed(m_snoozed);
    if (earliest.isValid())
        m_snoozeTimer->start(int(std::min<qint64>(now.msecsTo(earliest) + 1000, 24LL * 3600 * 1000)));
    else
        m_snoozeTimer->stop();
    updateActions();
    if (ended)
        emit snoozedChanged(m_snoozed);
}

bool DecisionQueuePane::select(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RecommendationModel::IdRole).toLongLong() == id) {
            selectRow(row);
            updateActions();   // also when it was selected already (the operator may have changed since)
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

void DecisionQueuePane::actOnRequests()
{
    auto decide = [this](Work work, bool thenSend = false, const QList<qint64> &touched = {}) {
        if (m_desk.decide)
            m_desk.decide(std::move(work), thenSend, touched);
    };
    auto op = [this] { return m_desk.operatorName ? m_desk.operatorName() : QString(); };
    auto policy = [this] { return m_desk.policy ? m_desk.policy() : Policy{}; };
    connect(this, &DecisionQueuePane::rejectRequested, this, [=](qint64 id, const QString &reason) {
        decide([id, op = op(), reason](DecisionStore &store) -> StoreSession::Outcome {
            if (Status s = Approval::reject(store, id, op, reason); !s)
                return {false, false, tr("Not rejected"), s.error().toString(), {}};
            return {true, false, tr("Rejected"), tr("#%1 rejected: %2").arg(id).arg(reason), {}};
        }, false, {id});
    });
    connect(this, &DecisionQueuePane::editBudgetRequested, this, [=, this](qint64 id, const QString &text) {
        const auto budget = Money::parse(text);
        if (!budget) {
            QMessageBox::warning(this, tr("Edit budget"), tr("“%1” is not an amount (e.g. 25.00).").arg(text));
            return;
        }
        decide([id, op = op(), policy = policy(), budget, currency = m_currency](DecisionStore &store) -> StoreSession::Outcome {
            const Rules::WordingCurrency amountsIn(currency);   // "£150.00 is above the maximum daily budget £100.00"
            if (Status s = Approval::editBudget(store, id, *budget, policy, op, QString()); !s)
                return {false, false, tr("Budget not changed"), s.error().toString(), {}};
            return {true, false, tr("Budget changed"), tr("#%1 now proposes %2 a day").arg(id).arg(formatMoney(*budget, currency)), {}};
        }, false, {id});
    });
    connect(this, &DecisionQueuePane::retryRequested, this, [=](qint64 outboxId) {
        decide([outboxId, op = op()](DecisionStore &store) -> StoreSession::Outcome {
            if (Status s = store.retry(outboxId, op); !s)
                return {false, false, tr("Cannot retry"), s.error().toString(), {}};
            return {true, false, tr("Retrying"), tr("The action is queued to send again"), {}};
        }, true);
    });
    // A send whose outcome is unknown, settled by the operator after checking the platform (issue 11).
    connect(this, &DecisionQueuePane::markAppliedRequested, this, [=](qint64 outboxId) {
        decide([outboxId, op = op()](DecisionStore &store) -> StoreSession::Outcome {
            if (Status s = store.markApplied(outboxId, op); !s)
                return {false, false, tr("Not marked applied"), s.error().toString(), {}};
            return {true, false, tr("Marked applied"), tr("The action is recorded as done"), {}};
        });
    });
    connect(this, &DecisionQueuePane::sendAgainRequested, this, [=](qint64 outboxId) {
        decide([outboxId, op = op()](DecisionStore &store) -> StoreSession::Outcome {
            if (Status s = store.sendAgain(outboxId, op); !s)
                return {false, false, tr("Cannot send again"), s.error().toString(), {}};
            return {true, false, tr("Sending again"), tr("The action is queued to send again with the same key"), {}};
        }, true);
    });
    connect(this, &DecisionQueuePane::rollbackRequested, this, [=](qint64 id) {
        decide([id, op = op(), policy = policy()](DecisionStore &store) -> StoreSession::Outcome {
            auto back = Approval::proposeRollback(store, id, policy, op);
            if (!back)
                return {false, false, tr("No rollback"), back.error().toString(), {}};
            return {true, false, tr("Rollback proposed"), tr("#%1 waits for approval: %2").arg(back->id).arg(back->title), {}};
        });
    });
}

void DecisionQueuePane::setPlatformLimits(std::function<QString(Recommendation::Action)> unsupported)
{
    m_unsupported = std::move(unsupported);
    updateActions();
    updateDetail();
}

void DecisionQueuePane::setPreflight(const QHash<qint64, PreflightResult> &results, const QString &platform)
{
    m_preflight = results;
    m_preflightPlatform = platform;
    updateActions();
    updateDetail();
}

QString DecisionQueuePane::platformLabel(const AdPlatform *platform)
{
    if (!platform)
        return {};
    return platform->name() == u"meta" ? tr("Meta") : platform->name();
}

void DecisionQueuePane::setPlatform(std::shared_ptr<AdPlatform> platform, bool dryRuns)
{
    m_platform = std::move(platform);
    m_dryRuns = dryRuns;
    m_preflightBudgets.clear();   // a new platform is asked afresh
    setPreflight({}, platformLabel(m_platform.get()));
    askPreflight();
}

void DecisionQueuePane::askPreflight()
{
    // Only a live platform's dry run says anything (the recorded backend
    // offers none); each pending action is asked once per platform.
    if (!m_platform || !m_dryRuns) {
        setPreflight({}, {});
        return;
    }
    QList<Recommendation> ask;
    QHash<qint64, PreflightResult> known = m_preflight;
    // Asked again when the budget was edited since, or when the dry run got no answer.
    for (const Recommendation &r : m_model->rows()) {
        if (!Preflight::wanted(r, *m_platform))
            continue;
        const auto it = known.constFind(r.id);
        if (it != known.constEnd() && it->verdict != PreflightResult::Verdict::NoAnswer && m_preflightBudgets.value(r.id) == r.proposedBudget)
            continue;
        known.remove(r.id);
        m_preflightBudgets.insert(r.id, r.proposedBudget);
        ask << r;
    }
    setPreflight(known, platformLabel(m_platform.get()));
    if (ask.isEmpty())
        return;
    if (!m_checker) {
        m_checker = new Preflight(this);
        connect(m_checker, &Preflight::finished, this, [this](const QHash<qint64, PreflightResult> &results) {
            // An answer about a platform replaced meanwhile is not this one's: dropped.
            if (std::exchange(m_asked, nullptr) == m_platform && m_platform) {
                QHash<qint64, PreflightResult> all = m_preflight;
                int refused = 0;
                for (auto it = results.cbegin(); it != results.cend(); ++it) {
                    all.insert(it.key(), it.value());
                    refused += it->verdict == PreflightResult::Verdict::Refused;
                }
                setPreflight(all, platformLabel(m_platform.get()));
                if (refused > 0)
                    emit preflightRefused(refused);
            } else {
                m_preflightAgain = true;
            }
            // What changed meanwhile (rows, the platform) is asked now; an
            // action without an answer is asked whatever its budget.
            if (std::exchange(m_preflightAgain, false))
                askPreflight();
        });
    }
    // The workspace's currency (setRows): the platform checks a budget in it.
    if (m_checker->start(m_platform, ask, m_currency))
        m_asked = m_platform;
    else
        m_preflightAgain = true;
}

DecisionQueuePane::~DecisionQueuePane()
{
    if (m_modelThread) {
        m_modelThread->quit();
        m_modelThread->wait();
    }
}

void DecisionQueuePane::setLanguageModel(std::optional<ModelEndpoint> model)
{
    if (m_writer) {
        QMetaObject::invokeMethod(m_writer, &QObject::deleteLater);   // on its own thread
        m_writer = nullptr;
    }
    m_languageModel = std::move(model);
    m_explaining.clear();
    if (m_languageModel) {
        if (!m_modelThread) {
            m_modelThread = new QThread(this);
            m_modelThread->setObjectName(QStringLiteral("cp-model"));
            m_modelThread->start();
        }
        m_writer = new ModelWriter(*m_languageModel);   // built here, used only on its thread from now on
        m_writer->moveToThread(m_modelThread);
        connect(m_modelThread, &QThread::finished, m_writer, &QObject::deleteLater);
    }
    updateActions();
    updateDetail();
}

void DecisionQueuePane::withModel(std::function<void(ModelWriter &)> work)
{
    if (!m_writer)
        return;
    QPointer<ModelWriter> writer(m_writer);
    QMetaObject::invokeMethod(m_writer, [writer, work = std::move(work)] {
        if (writer)
            work(*writer);
    }, Qt::QueuedConnection);
}

void DecisionQueuePane::editCopy(const Recommendation &r)
{
    const Policy policy = m_desk.policy ? m_desk.policy() : Policy{};
    auto *dialog = new AdCopyDialog(r, CopyCheck::Limits::of(policy), m_languageModel.has_value() && !r.copy.facts.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<AdCopyDialog> guard(dialog);
    const QJsonObject facts = r.copy.facts;
    const CopyCheck::Limits limits = CopyCheck::Limits::of(policy);
    connect(dialog, &AdCopyDialog::regenerateRequested, this, [this, guard, facts, limits] {
        // The model's answer comes back on its thread and is handed to the dialog here.
        QPointer<DecisionQueuePane> pane(this);
        const ModelEndpoint endpoint = m_languageModel.value_or(ModelEndpoint{});
        withModel([pane, guard, facts, limits, endpoint](ModelWriter &writer) {
            writer.writeCopy(facts, limits, [pane, guard, endpoint](const Result<AdCopy> &copy) {
                QMetaObject::invokeMethod(pane.data(), [guard, copy, endpoint] {
                    if (!guard)
                        return;
                    if (copy)
                        guard->addVariant(*copy);
                    else   // refused, or not reached / HTTP 500 / rate limited / the key rejected: said apart
                        guard->showRefusal(tr("%1.").arg(ModelWriter::whyNot(copy.error(), endpoint)));
                }, Qt::QueuedConnection);
            });
        });
    });
    const qint64 id = r.id;
    const CopyChoice before = r.copy;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, before] {
        const CopyChoice after = dialog->choice();
        const AdCopy *now = after.current();
        const AdCopy *was = before.current();
        if (!now || (was && now->sameText(*was) && after.variants.size() == before.variants.size()))
            return;   // nothing changed
        const QString event = now->source == u"operator" ? QStringLiteral("copy_edited") : QStringLiteral("copy_chosen");
        const QString details = QStringLiteral("%1 | %2 | %3 (%4%5)")
                                    .arg(now->headline, now->primaryText, now->description, now->source,
                                         now->model.isEmpty() ? QString() : QStringLiteral(" ") + now->model);
        if (!m_desk.decide)
            return;
        QPointer<DecisionQueuePane> pane(this);
        auto save = [pane, id, after, event, details](const QString &op) {
            if (!pane || !pane->m_desk.decide)
                return;
            pane->m_desk.decide([id, after, event, details, op](DecisionStore &store) -> StoreSession::Outcome {
                if (Status s = store.setCopy(id, after, op, event, details); !s)
                    return {false, false, tr("Ad copy not changed"), s.error().toString(), {}};
                return {true, false, tr("Ad copy changed"), tr("#%1 now proposes: %2").arg(id).arg(after.current()->headline), {}};
            }, false, {id});
        };
        // The audit log names who chose or edited it: asked first if nobody has said yet.
        if (m_desk.withOperatorName)
            m_desk.withOperatorName(save);
        else
            save(m_desk.operatorName ? m_desk.operatorName() : QString());
    });
    dialog->open();
}

void DecisionQueuePane::explain(const Recommendation &r)
{
    if (!m_languageModel || m_explaining.contains(r.id))
        return;
    m_explaining.insert(r.id);
    m_explanations.remove(r.id);
    updateDetail();
    updateActions();
    QPointer<DecisionQueuePane> pane(this);
    withModel([pane, r](ModelWriter &writer) {
        writer.explain(r, [pane, id = r.id](const Result<Explanation> &e) {
            QMetaObject::invokeMethod(pane.data(), [pane, id, e] {
                if (!pane)
                    return;
                pane->m_explaining.remove(id);
                pane->m_explanations.insert(id, e);
                pane->updateDetail();
                pane->updateActions();
            }, Qt::QueuedConnection);
        });
    });
}

void DecisionQueuePane::setDecisionsRefused(const QString &why)
{
    m_decisionsRefused = why;
    updateActions();
}

void DecisionQueuePane::updateActions()
{
    const auto sel = selected();
    bool anyApprovable = false;
    QString why;
    // Four-eyes: what this operator already approved waits for someone else
    // (the store refuses the same person twice; the button says so first).
    const QString me = m_desk.operatorName ? m_desk.operatorName() : QString();
    const auto approvedByMe = [&me](const Recommendation &r) {
        return !me.isEmpty() && std::any_of(r.approvedBy.cbegin(), r.approvedBy.cend(), [&me](const QString &who) {
                   return who.compare(me, Qt::CaseInsensitive) == 0;
               });
    };
    qint64 mine = 0;
    for (const Recommendation *r : sel) {
        const QString cannot = m_unsupported ? m_unsupported(r->action) : QString();
        if (!cannot.isEmpty())
            why = cannot;
        const bool byMe = r->status == u"pending" && approvedByMe(*r);
        if (byMe)
            mine = r->id;
        anyApprovable = anyApprovable || (r->status == u"pending" && r->spendsOrStopsMoney() && cannot.isEmpty() && !byMe);
    }
    QString refused;
    for (const Recommendation *r : sel)
        if (const auto p = m_preflight.constFind(r->id); p != m_preflight.constEnd() && p->verdict == PreflightResult::Verdict::Refused)
            refused = p->message;
    m_approve->setToolTip(!why.isEmpty()     ? tr("The ad platform cannot do this: %1").arg(why)
                          : !refused.isEmpty() ? tr("%1 refused this change in its dry run, so approving it would fail: %2")
                                                     .arg(m_preflightPlatform, refused)
                          : mine > 0 && !anyApprovable
                              ? tr("You approved #%1 already; the second approval must come from a different operator").arg(mine)
                              : tr("Approve the selected recommendations (Ctrl+Enter): their actions are sent"));
    const Recommendation *one = sel.size() == 1 ? sel.first() : nullptr;
    m_approve->setEnabled(anyApprovable);
    bool anyPending = false;
    for (const Recommendation *r : sel)
        anyPending = anyPending || r->status == u"pending";
    m_reject->setEnabled(anyPending);
    m_snooze->setEnabled(anyPending);
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
    m_copy->setEnabled(one && one->status == u"pending" && one->action == Recommendation::Action::Create);
    m_explain->setEnabled(one && m_languageModel.has_value() && !m_explaining.contains(one->id));
    m_explain->setToolTip(m_languageModel ? tr("Ask the language model for a paragraph about this recommendation, shown beside the rule's own "
                                       "rationale (Ctrl+Shift+X)")
                                  : tr("No language model is connected to this live workspace (Agents ▸ Connections); it is off by default"));
    m_rollback->setEnabled(one && one->sendState == u"done"
                           && (one->action == Recommendation::Action::Pause || one->action == Recommendation::Action::SetBudget));
    if (!m_decisionsRefused.isEmpty()) {
        // The role's limit, not the selection's: shown on every deciding action.
        for (QAction *a : {m_approve, m_reject, m_edit, m_retry, m_markApplied, m_sendAgain, m_copy, m_rollback}) {
            a->setEnabled(false);
            a->setToolTip(m_decisionsRefused);
        }
    }
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
    QString html = tr("<h3>#%1 %2</h3>").arg(r.id).arg(RecommendationModel::targetText(r).toHtmlEscaped());
    html += tr("<p><b>%1</b> — %2</p>").arg(RecommendationModel::decisionText(r.decision, r.rule).toHtmlEscaped(), r.rationale.toHtmlEscaped());
    html += tr("<p>Action: <b>%1</b>").arg(RecommendationModel::actionText(r.action));
    if (r.proposedBudget)
        html += tr(", daily budget <b>%1</b>").arg(formatMoney(*r.proposedBudget, m_currency));
    if (r.previousBudget)
        html += tr(" (now %1)").arg(formatMoney(*r.previousBudget, m_currency));
    const QString agent = r.agent == u"manager"   ? tr("Campaign Manager")
                          : r.agent == u"creator" ? tr("Campaign Creator")
                          : r.agent == u"analyst" ? tr("Performance Analyst")
                                                  : r.agent;
    html += tr(". Risk %1 of 100. Rule <code>%2</code>, policy v%3, by the %4 agent.</p>")
                .arg(qRound(r.risk)).arg(r.rule).arg(r.policyVersion).arg(agent);
    if (!r.adCopy.isEmpty()) {
        const AdCopy *copy = r.copy.current();
        const QString description = copy && !copy->description.isEmpty() ? QStringLiteral(" — ") + copy->description.toHtmlEscaped() : QString();
        html += tr("<p>Ad: <i>%1</i> — %2%3</p>").arg(r.campaignName.toHtmlEscaped(), r.adCopy.toHtmlEscaped(), description);
        if (copy) {
            const QString by = copy->source == u"model"      ? tr("written by the language model %1 (prompt %2), checked against the "
                                                                  "product's facts and the limits")
                                                                   .arg(copy->model.toHtmlEscaped(), copy->promptVersion.toHtmlEscaped())
                               : copy->source == u"operator" ? tr("edited by an operator")
                                                             : tr("from the template");
            html += tr("<p><small>Ad copy %1; %n version(s) to choose from (Ad copy…).</small></p>", nullptr, int(r.copy.variants.size()))
                        .arg(by);
        }
        for (const QString &refusal : r.copy.refusals)
            html += QStringLiteral("<p style='color:#c01c28'><small>%1</small></p>").arg(refusal.toHtmlEscaped());
    }
    if (const auto e = m_explanations.constFind(r.id); e != m_explanations.constEnd()) {
        if (e->ok())
            html += tr("<p><b>In plain words</b> <small>(generated by the language model %1, prompt %2; the rule's rationale above "
                       "decides)</small>: %3</p>")
                        .arg((*e)->model.toHtmlEscaped(), (*e)->promptVersion.toHtmlEscaped(), (*e)->text.toHtmlEscaped());
        else
            html += tr("<p style='color:#c01c28'><small>%1.</small></p>")
                        .arg(ModelWriter::whyNot(e->error(), m_languageModel.value_or(ModelEndpoint{}), true).toHtmlEscaped());
    } else if (m_explaining.contains(r.id)) {
        html += tr("<p><small>Asking the language model for an explanation…</small></p>");
    }
    html += tr("<p>Status: %1").arg(RecommendationModel::statusText(r.status));
    if (!r.decidedBy.isEmpty())
        html += tr(" by %1").arg(r.decidedBy.toHtmlEscaped());
    if (!r.decisionReason.isEmpty())
        html += tr(" (%1)").arg(r.decisionReason.toHtmlEscaped());
    if (!r.sendState.isEmpty())
        html += tr(" · sending: %1").arg(RecommendationModel::sendText(r.sendState));
    if (r.awaitsSecondApproval())   // four-eyes (issue 18)
        html += tr(" · <b>%1 of %2 approvals</b> (by %3): a second, different operator must approve it before anything is sent")
                    .arg(r.approvedBy.size())
                    .arg(r.approvedBy.size() + 1)
                    .arg(r.approvedBy.join(QStringLiteral(", ")).toHtmlEscaped());
    else if (r.approvedBy.size() > 1)
        html += tr(" · approved by %1").arg(r.approvedBy.join(tr(" and ")).toHtmlEscaped());
    if (!r.sendError.isEmpty())
        html += tr(" · <span style='color:#c01c28'>%1</span>").arg(r.sendError.toHtmlEscaped());
    if (r.sendState == u"unknown")
        html += QStringLiteral("</p><p><b>%1</b>").arg(unknownExplanation(r).toHtmlEscaped());
    html += tr(" · expires %1</p>").arg(QLocale().toString(r.expiresAt.toLocalTime(), QLocale::ShortFormat));
    if (const auto p = m_preflight.constFind(r.id); p != m_preflight.constEnd() && r.status == u"pending") {
        switch (p->verdict) {
        case PreflightResult::Verdict::Accepted:
            html += tr("<p>%1's dry run (nothing changed): <b>accepted</b>.</p>").arg(m_preflightPlatform.toHtmlEscaped());
            break;
        case PreflightResult::Verdict::Refused:
            html += tr("<p style='color:#c01c28'><b>%1 refused this change in its dry run</b> (nothing changed): %2</p>")
                        .arg(m_preflightPlatform.toHtmlEscaped(), p->message.toHtmlEscaped());
            break;
        case PreflightResult::Verdict::NoAnswer:
            html += tr("<p>%1's dry run could not be made: %2</p>").arg(m_preflightPlatform.toHtmlEscaped(), p->message.toHtmlEscaped());
            break;
        case PreflightResult::Verdict::Unchecked:
            break;
        }
    }
    html += tr("<table width=100%><tr><td valign=top><b>Inputs</b>%1</td><td valign=top><b>Thresholds</b>%2</td></tr></table>")
                .arg(labelledTable(r.inputs, m_currency), labelledTable(r.thresholds, m_currency));
    m_detail->setHtml(html);
}

} // namespace cp
