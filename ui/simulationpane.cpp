// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationpane.h"

#include "agents/import/recording.h"
#include "charts/chartview.h"
#include "models/database.h"

#include <QLocale>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace cp {

SimulationPane::SimulationPane(QWidget *parent)
    : QWidget(parent), m_recording(new QLineEdit(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_policies(new QListWidget(this)), m_approval(new QComboBox(this)), m_run(new QPushButton(tr("&Simulate"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_results(new QTableWidget(this)), m_chart(new ChartView(this)), m_saved(new QListWidget(this))
{
    m_recording->setAccessibleName(tr("Recording to replay"));
    m_from->setAccessibleName(tr("First day simulated"));
    m_to->setAccessibleName(tr("Last day simulated"));
    m_policies->setAccessibleName(tr("Policies compared"));
    m_results->setAccessibleName(tr("Simulation results"));
    m_saved->setAccessibleName(tr("Saved simulation runs"));
    m_recording->setPlaceholderText(tr("the store's data (or a recording folder, or \"demo\")"));
    auto *browse = new QPushButton(tr("…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Recording to replay"));
        if (!dir.isEmpty())
            m_recording->setText(dir);
    });
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // The seed's rules and the shipped default are always in the report
    // (beside doing nothing and the oracle); the list says so instead of
    // offering them a second time.
    auto *seed = new QListWidgetItem(tr("Seed rules (always compared)"), m_policies);
    seed->setData(Qt::UserRole, QStringLiteral("seed"));
    seed->setFlags(seed->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
    auto *shipped = new QListWidgetItem(tr("Default policy (always compared)"), m_policies);
    shipped->setData(Qt::UserRole, QStringLiteral("default"));
    shipped->setFlags(shipped->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
    auto *addPolicy = new QPushButton(tr("Add policy file…"), this);
    connect(addPolicy, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Policy"), QString(), tr("Policies (*.json)"));
        if (file.isEmpty())
            return;
        auto *item = new QListWidgetItem(file, m_policies);
        item->setData(Qt::UserRole, file);
        item->setCheckState(Qt::Checked);
    });
    // The approval mode is explicit and shown with every result: simulations
    // approve automatically, a live session never does.
    m_approval->addItem(tr("Approve all recommendations"), QStringLiteral("all"));
    m_approval->addItem(tr("Approve none (agents advise only)"), QStringLiteral("none"));
    m_approval->addItem(tr("Approve pauses only"), QStringLiteral("PAUSE,EMERGENCY_PAUSE"));
    m_approval->addItem(tr("Approve pauses and budget raises"), QStringLiteral("PAUSE,EMERGENCY_PAUSE,CONTINUE"));
    m_approval->setObjectName(QStringLiteral("approvalMode"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    connect(m_run, &QPushButton::clicked, this, &SimulationPane::start);
    connect(m_cancel, &QPushButton::clicked, this, &SimulationPane::cancel);

    m_results->setColumnCount(14);
    // The headline first (how much of the best possible it kept, the profit
    // the ads truly made), so that it is in view at 1280x720 with the form
    // beside it; the platform's attributed view after it.
    m_results->setHorizontalHeaderLabels({tr("Policy"), tr("Approval"), tr("Share of incremental oracle"), tr("Incremental profit"),
                                          tr("Share of oracle"), tr("Profit"), tr("ROAS"), tr("Spend"), tr("Revenue"),
                                          tr("of which new campaigns"), tr("Actions"), tr("Wrong pauses"), tr("Missed pauses"),
                                          tr("Late-decision loss")});
    const QStringList headerTips{
        {},
        {},
        tr("Incremental profit of the recorded campaigns as a share of the hindsight oracle's that maximises it"),
        tr("The units the ads truly added (the recording's ground truth where it has one, else every attributed conversion) "
           "at the simulation's margin, less spend"),
        tr("Attributed profit of the recorded campaigns as a share of the hindsight oracle's"),
        tr("Attributed revenue less spend: what the platform reports, including sales that would have happened anyway"),
        {},
        {},
        {},
        tr("Attributed profit of the campaigns the policy created"),
        {},
        tr("Campaigns that truly paid for themselves, paused"),
        tr("Campaigns that truly lost money, still running at the end"),
        tr("What campaigns that truly lost money lost while running after their first days")};
    for (int c = 0; c < headerTips.size(); ++c)
        if (!headerTips[c].isEmpty())
            m_results->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->resizeColumnsToContents();   // before any run: the titles fit
    connect(m_saved, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { reopen(item->data(Qt::UserRole).toLongLong()); });

    auto *form = new QFormLayout;
    auto *recordingRow = new QHBoxLayout;
    recordingRow->addWidget(m_recording, 1);
    recordingRow->addWidget(browse);
    form->addRow(tr("Replay:"), recordingRow);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    form->addRow(tr("Days:"), dates);
    form->addRow(tr("Policies:"), m_policies);
    form->addRow(QString(), addPolicy);
    form->addRow(tr("Approval in the simulation:"), m_approval);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    form->addRow(m_progress);
    form->addRow(m_status);
    form->addRow(new QLabel(tr("Saved runs (double-click to reopen):"), this));
    form->addRow(m_saved);
    auto *left = new QWidget(this);
    left->setLayout(form);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_results);
    right->addWidget(m_chart);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void SimulationPane::setStore(const QString &databasePath, QDate first, QDate last)
{
    const bool firstTime = m_databasePath.isEmpty();
    m_databasePath = databasePath;
    if (firstTime && first.isValid()) {
        for (QDateEdit *e : {m_from, m_to})
            e->setDateRange(first, last);
        m_from->setDate(std::max(first, last.addDays(-69)));
        m_to->setDate(last);
    }
    refreshSaved();
}

void SimulationPane::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void SimulationPane::setApproval(const QString &mode)
{
    m_approval->setCurrentIndex(std::max(0, m_approval->findData(mode)));
}

bool SimulationPane::start()
{
    if (m_task.isRunning() || m_databasePath.isEmpty())
        return false;
    Simulation::Request request;
    request.from = m_from->date();
    request.to = m_to->date();
    auto approval = ApprovalMode::parse(m_approval->currentData().toString());
    request.approval = *approval;
    QStringList errors;
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem *item = m_policies->item(i);
        const QString source = item->data(Qt::UserRole).toString();
        if (source == u"seed" || source == u"default" || item->checkState() != Qt::Checked)
            continue;   // the report runs these itself
        QFile f(source);
        auto policy = f.open(QIODevice::ReadOnly) ? Policy::fromJson(f.readAll(), source)
                                                  : Result<Policy>(Error{f.errorString(), source});
        if (!policy)
            errors << policy.error().toString();
        else
            request.policies.append({QFileInfo(source).completeBaseName(), *policy});
    }
    if (!errors.isEmpty()) {
        m_status->setText(errors.join(QLatin1Char('\n')));
        return false;
    }
    if (Status s = request.takeModelFromPolicies(); !s) {
        m_status->setText(s.error().toString());
        return false;
    }
    const QString recording = m_recording->text().trimmed();
    const QString path = m_databasePath;
    auto result = std::make_shared<std::optional<Result<SimulationReport>>>();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Simulating…"));
    connect(&m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    m_task.start([path, recording, request, result](TaskContext &context) {
        // A recording is replayed from a scratch store; without one, the store's own data.
        Result<SimulationData> data = Error{QString(), QString()};
        if (!recording.isEmpty()) {
            QTemporaryDir scratch;
            auto db = Database::open(scratch.filePath(QStringLiteral("replay.sqlite")));
            if (!db) {
                *result = db.error();
                return;
            }
            if (auto loaded = Recording::load(recording, db->connection()); !loaded) {
                db->closeThreadConnection();
                *result = loaded.error();
                return;
            }
            data = SimulationData::fromStore(db->connection());
            db->closeThreadConnection();
        } else {
            data = SimulationData::fromStore(Database::attach(path).connection());
        }
        if (!data) {
            *result = data.error();
            return;
        }
        std::atomic_bool cancelled{false};
        auto report = Simulation::simulate(*data, request, cancelled, [&](int done, int total) {
            if (context.isCancelled())
                cancelled.store(true);
            context.report(done, total, QString());
        });
        if (report) {
            const Database db = Database::attach(path);
            if (auto id = Simulation::save(db.connection(), *report))
                report.value().savedId = *id;
        }
        *result = std::move(report);
    });
    connect(&m_task, &BackgroundTask::finished, this, [this, result] {
        disconnect(&m_task, &BackgroundTask::progress, this, nullptr);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        const bool ok = *result && **result;
        if (ok) {
            show(***result);
            m_status->setText(tr("Saved as run #%1").arg((***result).savedId));
            refreshSaved();
        } else {
            m_status->setText(*result ? (**result).error().toString() : tr("Cancelled"));
        }
        emit finished(ok);
    }, Qt::SingleShotConnection);
    return true;
}

void SimulationPane::cancel()
{
    m_task.cancel();
}

void SimulationPane::show(const SimulationReport &report)
{
    m_report = report;
    m_results->setRowCount(int(report.runs.size()));
    for (int i = 0; i < report.runs.size(); ++i) {
        const PolicyRun &r = report.runs[i];
        const auto share = report.shareOfOracle(r);
        const auto incrementalShare = report.shareOfIncrementalOracle(r);
        // ROAS as the trade reads it: revenue ÷ spend, a multiple.
        const QStringList cells{r.name,
                                r.approvalShown(),
                                incrementalShare ? QStringLiteral("%1 %").arg(QLocale().toString(*incrementalShare * 100, 'f', 1)) : tr("n/a"),
                                formatMoney(Money::fromMinor(r.incrementalProfitMinor()), report.currency),
                                share ? QStringLiteral("%1 %").arg(QLocale().toString(*share * 100, 'f', 1)) : tr("n/a"),
                                formatMoney(Money::fromMinor(r.profitMinor()), report.currency),
                                r.spendMinor() > 0 ? QLocale().toString(double(r.revenueMinor()) / double(r.spendMinor()), 'f', 2)
                                                         + QStringLiteral("×")
                                                   : QStringLiteral("—"),
                                formatMoney(Money::fromMinor(r.spendMinor()), report.currency),
                                formatMoney(Money::fromMinor(r.revenueMinor()), report.currency),
                                formatMoney(Money::fromMinor(r.profitMinor() - r.recordedProfitMinor()), report.currency),
                                QLocale().toString(r.actions),
                                QLocale().toString(r.quality.wrongPauses),
                                QLocale().toString(r.quality.missedPauses),
                                formatMoney(Money::fromMinor(r.quality.lateLossMinor), report.currency)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 2 && !incrementalShare)
                item->setToolTip(report.whyNoIncrementalShare());
            if (c == 4 && !share)
                item->setToolTip(report.whyNoShare());
            m_results->setItem(i, c, item);
        }
    }
    m_results->resizeColumnsToContents();
    // Cumulative incremental profit over time (what a policy is judged on:
    // the units the ads truly added at the margin, less spend), one line per run.
    ChartData data;
    data.kind = QStringLiteral("simulation");
    data.title = tr("Cumulative incremental profit, %1 – %2 (approval: %3)")
                     .arg(QLocale().toString(report.from, QLocale::ShortFormat), QLocale().toString(report.to, QLocale::ShortFormat), report.approval);
    data.currency = report.currency;
    for (const PolicyRun &r : report.runs) {
        ChartSeries s{r.name, r.name, ChartSeries::Unit::Money, {}};
        qint64 sum = 0;
        for (const SimulatedDay &d : r.days) {
            sum += d.incrementalProfitMinor();
            s.points.append({d.date, double(sum) / 100.0});
        }
        data.series.append(s);
    }
    m_chart->setData(data);
}

void SimulationPane::reopen(qint64 savedId)
{
    const QString path = m_databasePath;
    auto report = std::make_shared<std::optional<Result<SimulationReport>>>();
    if (!m_io.start([path, savedId, report](TaskContext &) { *report = Simulation::load(Database::attach(path).connection(), savedId); }))
        return;
    connect(&m_io, &BackgroundTask::finished, this, [this, report, savedId] {
        const bool ok = *report && **report;
        if (ok)
            show(***report);
        m_status->setText(ok ? tr("Reopened run #%1").arg(savedId) : (*report ? (**report).error().toString() : QString()));
        emit reopened(ok);
    }, Qt::SingleShotConnection);
}

void SimulationPane::refreshSaved()
{
    if (m_databasePath.isEmpty())
        return;
    const QString path = m_databasePath;
    auto runs = std::make_shared<std::optional<Result<QList<QPair<qint64, QString>>>>>();
    if (!m_io.start([path, runs](TaskContext &) { *runs = Simulation::savedRuns(Database::attach(path).connection()); }))
        return;
    connect(&m_io, &BackgroundTask::finished, this, [this, runs] {
        if (!*runs || !**runs)
            return;
        m_saved->clear();
        for (const auto &[id, title] : ***runs) {
            auto *item = new QListWidgetItem(title, m_saved);
            item->setData(Qt::UserRole, id);
        }
    }, Qt::SingleShotConnection);
}

} // namespace cp
