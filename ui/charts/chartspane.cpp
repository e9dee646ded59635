// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspane.h"

#include "models/money.h"

#include "chartexport.h"
#include "chartview.h"
#include "models/charttablemodel.h"
#include "models/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cp {

ChartsPane::ChartsPane(QWidget *parent)
    : QWidget(parent), m_campaigns(new QListWidget(this)), m_category(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_tabs(new QTabWidget(this)), m_performance(new ChartView(this)),
      m_beforeDuring(new ChartView(this)), m_table(new ChartTableModel(this)), m_tableView(new QTableView(this)),
      m_status(new QLabel(this)), m_portfolioNote(new QLabel(this))
{
    m_campaigns->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_campaigns->setObjectName(QStringLiteral("chartCampaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns charted"));
    m_category->setAccessibleName(tr("Chart a whole category"));
    m_from->setAccessibleName(tr("First day charted"));
    m_to->setAccessibleName(tr("Last day charted"));
    m_tableView->setAccessibleName(tr("The chart's numbers"));
    m_category->addItem(tr("Any category"), QString());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *whole = new QPushButton(tr("Whole range"), this);
    auto *reset = new QPushButton(tr("Reset zoom"), this);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);

    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    auto *perf = new QSplitter(Qt::Vertical, this);
    perf->addWidget(m_performance);
    perf->addWidget(m_tableView);
    perf->setStretchFactor(0, 3);
    perf->setStretchFactor(1, 1);
    m_tabs->addTab(perf, tr("Performance"));
    m_tabs->addTab(m_beforeDuring, tr("Product before / during"));
    auto *portfolio = new QWidget(this);
    auto *portfolioColumn = new QVBoxLayout(portfolio);
    auto *portfolioLayout = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto *view = new ChartView(portfolio);
        m_portfolio << view;
        portfolioLayout->addWidget(view);
    }
    m_portfolioNote->setWordWrap(true);
    portfolioColumn->addLayout(portfolioLayout, 1);
    portfolioColumn->addWidget(m_portfolioNote);
    m_tabs->addTab(portfolio, tr("Portfolio"));

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Campaigns (Ctrl+click for several):"), this));
    left->addWidget(m_campaigns, 1);
    left->addWidget(new QLabel(tr("…or all of a category:"), this));
    left->addWidget(m_category);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(whole);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(reset);
    top->addWidget(png);
    top->addWidget(csv);
    auto *right = new QVBoxLayout;
    right->addLayout(top);
    right->addWidget(m_tabs, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 4);

    connect(m_campaigns, &QListWidget::itemSelectionChanged, this, [this] {
        m_category->blockSignals(true);
        m_category->setCurrentIndex(0);
        m_category->blockSignals(false);
        reload();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (m_category->currentIndex() > 0) {
            m_campaigns->blockSignals(true);
            m_campaigns->clearSelection();
            m_campaigns->blockSignals(false);
        }
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ChartsPane::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ChartsPane::reload);
    connect(whole, &QPushButton::clicked, this, [this] {
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->maximumDate());
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        if (ChartView *v = currentView())
            v->resetZoom();
    });
    connect(png, &QPushButton::clicked, this, [this] { exportCurrent(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportCurrent(false); });
}

void ChartsPane::setStore(const QString &databasePath, const QList<CampaignRow> &campaigns, const QStringList &categories,
                          const QString &currency)
{
    m_databasePath = databasePath;
    m_currency = currency;
    const QStringList keep = selectedIds();
    QDate first, last;
    m_campaigns->blockSignals(true);
    m_campaigns->clear();
    for (const CampaignRow &r : campaigns) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(r.campaign.id, r.campaign.name), m_campaigns);
        item->setData(Qt::UserRole, r.campaign.id);
        item->setSelected(keep.contains(r.campaign.id));
        if (r.campaign.startDate.isValid()) {
            first = first.isValid() ? std::min(first, r.campaign.startDate.addDays(-30)) : r.campaign.startDate.addDays(-30);
            const QDate end = r.campaign.endDate.isValid() ? r.campaign.endDate : r.campaign.startDate;
            last = last.isValid() ? std::max(last, end) : end;
        }
    }
    if (keep.isEmpty() && m_campaigns->count() > 0)
        m_campaigns->item(0)->setSelected(true);
    m_campaigns->blockSignals(false);
    const QString category = m_category->currentData().toString();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("Any category"), QString());
    for (const QString &c : categories)
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_category->blockSignals(false);
    if (first.isValid() && (m_from->minimumDate() != first || !m_from->date().isValid())) {
        for (QDateEdit *edit : {m_from, m_to}) {
            edit->blockSignals(true);
            edit->setDateRange(first, last);
            edit->blockSignals(false);
        }
        if (m_from->date() == m_from->minimumDate() || m_from->date() < first)
            m_from->setDate(first);
        m_to->blockSignals(true);
        m_to->setDate(last);
        m_to->blockSignals(false);
    }
    reload();
}

void ChartsPane::selectCampaigns(const QStringList &ids)
{
    m_campaigns->blockSignals(true);
    for (int i = 0; i < m_campaigns->count(); ++i)
        m_campaigns->item(i)->setSelected(ids.contains(m_campaigns->item(i)->data(Qt::UserRole).toString()));
    m_campaigns->blockSignals(false);
    reload();
}

void ChartsPane::setDateRange(QDate from, QDate to)
{
    m_from->blockSignals(true);
    m_from->setDate(from);
    m_from->blockSignals(false);
    m_to->setDate(to);
}

QStringList ChartsPane::selectedIds() const
{
    QStringList ids;
    for (QListWidgetItem *item : m_campaigns->selectedItems())
        ids << item->data(Qt::UserRole).toString();
    ids.sort();
    return ids;
}

ChartView *ChartsPane::currentView() const
{
    switch (m_tabs->currentIndex()) {
    case 0: return m_performance;
    case 1: return m_beforeDuring;
    default: return m_portfolio.first();
    }
}

void ChartsPane::reload()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_task.isRunning()) {
        m_reloadAgain = true;   // one more load when this one ends: the newest request wins
        return;
    }
    ChartRequest base;
    base.campaignIds = selectedIds();
    base.category = m_category->currentData().toString();
    base.from = m_from->date();
    base.to = m_to->date();
    const QString path = m_databasePath;
    auto results = std::make_shared<std::array<std::optional<Result<ChartData>>, 3>>();
    m_status->setText(tr("Loading…"));
    m_task.start([path, base, results](TaskContext &) {
        const Database db = Database::attach(path);
        QSqlDatabase conn = db.connection();
        for (int k = 0; k < 3; ++k) {
            ChartRequest r = base;
            r.kind = ChartRequest::Kind(k);
            if (r.kind == ChartRequest::Kind::BeforeDuring && r.campaignIds.size() > 1)
                r.campaignIds = {r.campaignIds.first()};
            (*results)[k] = ChartQueries::build(conn, r);
        }
    });
    connect(&m_task, &BackgroundTask::finished, this, [this, results] {
        QStringList errors;
        const auto &perf = *(*results)[0];
        if (perf) {
            m_performance->setData(*perf);
            m_table->setData(*perf);
        } else {
            errors << perf.error().toString();
        }
        const auto &bd = *(*results)[1];
        if (bd)
            m_beforeDuring->setData(*bd);
        else if (!selectedIds().isEmpty())
            errors << bd.error().toString();
        if (const auto &pf = *(*results)[2]; pf) {
            ChartData a = *pf, b = *pf, c = *pf;
            a.scatter = pf->scatter.mid(0, 1);
            a.bars.clear();
            a.title = pf->scatter.value(0).first;
            b.scatter = pf->scatter.mid(1, 1);
            b.bars.clear();
            b.title = pf->scatter.value(1).first;
            b.xLabel = tr("Daily budget") + (pf->currency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(currencySymbol(pf->currency)));
            b.yLabel = tr("Sales impact %");
            b.note.clear();
            c.scatter.clear();
            c.title = tr("Campaigns by decision");
            c.note.clear();
            m_portfolioNote->setText(pf->note);
            a.note.clear();
            m_portfolio[0]->setData(a);
            m_portfolio[1]->setData(b);
            m_portfolio[2]->setData(c);
        }
        m_status->setText(errors.join(QStringLiteral("; ")));
        emit chartsUpdated();
        if (std::exchange(m_reloadAgain, false))
            reload();
    }, Qt::SingleShotConnection);
}

void ChartsPane::exportCurrent(bool png)
{
    ChartView *view = currentView();
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export chart as PNG") : tr("Export chart data as CSV"), QString(),
                                                      png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportChart(view->data(), path, png ? view->size() : QSize(1200, 700), m_workspaceLabel, view->state()); !s)
        QMessageBox::warning(this, tr("Export"), s.error().toString());
}

} // namespace cp
