// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpane.h"

#include "models/database.h"
#include "models/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

OverviewPane::OverviewPane(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_range(new QLabel(this)), m_error(new QLabel(this))
{
    m_preset->addItem(tr("Last 7 days"), int(KpiPreset::Last7Days));
    m_preset->addItem(tr("Last 14 days"), int(KpiPreset::Last14Days));
    m_preset->addItem(tr("Last 30 days"), int(KpiPreset::Last30Days));
    m_preset->addItem(tr("This month"), int(KpiPreset::ThisMonth));
    m_preset->addItem(tr("Custom"), int(KpiPreset::Custom));
    m_preset->setAccessibleName(tr("Date range"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c01c28"));
    m_range->setObjectName(QStringLiteral("overviewRange"));

    auto *top = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    top->addWidget(rangeLabel);
    top->addWidget(m_preset);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addWidget(m_range, 1);

    auto *grid = new QGridLayout;
    const struct { const char *key, *title, *help; } cards[] = {
        {"spend", QT_TR_NOOP("Spend"), QT_TR_NOOP("What the campaigns cost in the range")},
        {"revenue", QT_TR_NOOP("Revenue"), QT_TR_NOOP("Revenue the ad platform attributes to the campaigns")},
        {"roas", QT_TR_NOOP("ROAS"), QT_TR_NOOP("Revenue ÷ spend: 1.0× earns back exactly what it costs")},
        {"profit", QT_TR_NOOP("Profit"), QT_TR_NOOP("Revenue − spend (before the products' own costs)")},
        {"waiting", QT_TR_NOOP("Decisions waiting"), QT_TR_NOOP("Recommendations that need your approval")},
    };
    int column = 0;
    for (const auto &c : cards) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setToolTip(tr(c.help));
        auto *v = new QVBoxLayout(frame);
        auto *title = new QLabel(tr(c.title), frame);
        auto *value = new QLabel(frame);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        value->setAccessibleName(tr(c.title));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *change = new QLabel(frame);
        change->setWordWrap(true);
        v->addWidget(title);
        v->addWidget(value);
        v->addWidget(change);
        v->addStretch(1);
        if (QLatin1String(c.key) == u"waiting") {
            auto *open = new QPushButton(tr("Review…"), frame);
            v->addWidget(open);
            connect(open, &QPushButton::clicked, this, &OverviewPane::decisionsRequested);
        }
        m_values.insert(QLatin1String(c.key), value);
        m_changes.insert(QLatin1String(c.key), change);
        grid->addWidget(frame, 0, column++);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = KpiPreset(m_preset->currentData().toInt()) == KpiPreset::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_from->isEnabled())
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_to->isEnabled())
            reload();
    });
    connect(&m_task, &BackgroundTask::finished, this, [this] {
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
}

void OverviewPane::setStore(const QString &databasePath, QDate today, const QString &currency)
{
    m_databasePath = databasePath;
    m_today = today;
    m_currency = currency;
    if (!m_from->isEnabled() && today.isValid()) {
        m_to->setDate(today);
        m_from->setDate(today.addDays(-6));
    }
    reload();
}

void OverviewPane::setWaitingDecisions(int waiting, int sendsNeedingYou)
{
    m_waiting = waiting;
    m_values.value(QStringLiteral("waiting"))->setText(QLocale().toString(waiting));
    // An approved action whose send failed or is unconfirmed needs a person
    // too: a walkthrough's Overview said "nothing waits" beside a failed
    // emergency pause.
    QString said = waiting > 0 ? tr("in Decisions") : tr("nothing waits");
    if (sendsNeedingYou > 0)
        said = (waiting > 0 ? said + QLatin1Char('\n') : QString())
               + tr("%n send(s) failed or unconfirmed: Decisions ▸ Send needs you", nullptr, sendsNeedingYou);
    m_changes.value(QStringLiteral("waiting"))->setText(said);
}

void OverviewPane::setPreset(KpiPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void OverviewPane::setCustomRange(QDate from, QDate to)
{
    setPreset(KpiPreset::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

QString OverviewPane::cardValue(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

QString OverviewPane::cardChange(const QString &key) const
{
    const QLabel *l = m_changes.value(key);
    return l ? l->text() : QString();
}

void OverviewPane::reload()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_task.isRunning()) {
        m_reloadAgain = true;   // the newest request wins
        return;
    }
    const QString path = m_databasePath;
    const KpiPreset preset = KpiPreset(m_preset->currentData().toInt());
    const QDate today = m_today, from = m_from->date(), to = m_to->date();
    auto result = std::make_shared<std::optional<Result<KpiReport>>>();
    m_task.start([path, preset, today, from, to, result](TaskContext &) {
        const Database db = Database::attach(path);
        *result = Kpis::report(db.connection(), preset, today, from, to);
    });
    connect(&m_task, &BackgroundTask::finished, this, [this, result] {
        if (*result)
            show(**result);
    }, Qt::SingleShotConnection);
}

void OverviewPane::show(const Result<KpiReport> &r)
{
    if (!r) {
        m_error->setText(r.error().toString());
        for (const QString &k : {QStringLiteral("spend"), QStringLiteral("revenue"), QStringLiteral("roas"), QStringLiteral("profit")}) {
            m_values.value(k)->setText(QStringLiteral("—"));
            m_changes.value(k)->clear();
        }
        emit updated();
        return;
    }
    m_report = *r;
    if (r->now.campaigns == 0 && r->newestDay.isValid() && r->newestDay < r->current.from)
        m_error->setText(tr("No campaign figures in this range: the newest are of %1. Choose Custom for a range that ends then, "
                            "or bring newer figures in (File ▸ Import, or a live snapshot).")
                             .arg(QLocale().toString(r->newestDay, QLocale::LongFormat)));
    else
        m_error->clear();
    if (!m_from->isEnabled()) {
        // A preset: the date fields show the days it covers (and start a custom range from them).
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(r->current.from);
        m_to->setDate(r->current.to);
    }
    const QLocale locale;
    auto money = [this](qint64 minor) { return formatMoney(Money::fromMinor(minor), m_currency); };
    auto multiple = [&locale](std::optional<double> v) {
        return v ? tr("%1×", "ROAS as a multiple of spend").arg(locale.toString(*v, 'f', 2)) : QStringLiteral("—");
    };
    const QString previous = tr("vs %1 – %2").arg(locale.toString(r->previous.from, QLocale::ShortFormat),
                                                  locale.toString(r->previous.to, QLocale::ShortFormat));
    auto change = [&](double before, double now, const QString &beforeText, bool upIsGood) {
        const auto pct = Kpis::changePct(before, now);
        if (!pct && before != 0 && now != 0) {
            // A sign change: said in words, coloured as the move is.
            const bool better = now > before;
            return QStringLiteral("<span style='color:%1'>%2 %3</span> %4: %5")
                .arg(better == upIsGood ? QStringLiteral("#26a269") : QStringLiteral("#c01c28"),
                     better ? QStringLiteral("▲") : QStringLiteral("▼"),
                     (now < 0 ? tr("now a loss") : tr("now a gain")).toHtmlEscaped(), previous.toHtmlEscaped(), beforeText.toHtmlEscaped());
        }
        if (!pct)
            return tr("%1: %2 (no change to measure)").arg(previous, beforeText);
        const bool up = *pct > 0.05, down = *pct < -0.05;
        const QString arrow = up ? QStringLiteral("▲") : down ? QStringLiteral("▼") : QStringLiteral("■");
        const QString colour = (up && upIsGood) || (down && !upIsGood) ? QStringLiteral("#26a269")
                               : (up || down)                          ? QStringLiteral("#c01c28")
                                                                       : QStringLiteral("gray");
        // "was …" rather than parentheses: an accounting-style negative amount is in parentheses already.
        return QStringLiteral("<span style='color:%1'>%2 %3 %</span> %4: %5")
            .arg(colour, arrow, locale.toString(std::abs(*pct), 'f', 1), previous.toHtmlEscaped(), beforeText.toHtmlEscaped());
    };
    m_values.value(QStringLiteral("spend"))->setText(money(r->now.spendMinor));
    m_changes.value(QStringLiteral("spend"))->setText(change(double(r->before.spendMinor), double(r->now.spendMinor), money(r->before.spendMinor), false));
    m_values.value(QStringLiteral("revenue"))->setText(money(r->now.revenueMinor));
    m_changes.value(QStringLiteral("revenue"))->setText(change(double(r->before.revenueMinor), double(r->now.revenueMinor), money(r->before.revenueMinor), true));
    m_values.value(QStringLiteral("roas"))->setText(multiple(r->now.roas()));
    m_changes.value(QStringLiteral("roas"))->setText(r->now.roas() && r->before.roas()
                                                         ? change(*r->before.roas(), *r->now.roas(), multiple(r->before.roas()), true)
                                                         : tr("%1: %2").arg(previous, multiple(r->before.roas())));
    m_values.value(QStringLiteral("profit"))->setText(money(r->now.profitMinor()));
    m_changes.value(QStringLiteral("profit"))->setText(change(double(r->before.profitMinor()), double(r->now.profitMinor()), money(r->before.profitMinor()), true));
    m_range->setText(tr("%1 – %2 (%n day(s))", nullptr, r->current.days())
                         .arg(locale.toString(r->current.from, QLocale::ShortFormat), locale.toString(r->current.to, QLocale::ShortFormat))
                     + tr(", %n campaign(s) with spend", nullptr, r->now.campaigns));
    emit updated();
}

} // namespace cp
