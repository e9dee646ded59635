// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "campaignspane.h"
#include "catalogpane.h"
#include "importdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cp {

namespace {
// Plain words for the manifest's modelled keys.
QString modelledName(const QString &key)
{
    if (key == u"products.category") return MainWindow::tr("categories");
    if (key == u"products.stock" || key == u"product_days.stock") return MainWindow::tr("stock");
    if (key == u"product_days.page_views") return MainWindow::tr("page views");
    if (key == u"campaigns") return MainWindow::tr("campaigns");
    if (key == u"campaign_days") return MainWindow::tr("daily campaign figures");
    if (key == u"uplift") return MainWindow::tr("the sales uplift of ads");
    return key;
}
} // namespace

MainWindow::MainWindow(const QString &databasePath, const QString &recording, QWidget *parent)
    : QMainWindow(parent), m_session(new StoreSession(databasePath.isEmpty() ? Database::defaultPath() : databasePath, this)),
      m_tabs(new QTabWidget(this)), m_catalog(new CatalogPane(this)), m_campaigns(new CampaignsPane(this)),
      m_banner(new QLabel(this)), m_modeLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Campaign Pilot"));
    resize(1280, 800);

    m_banner->setObjectName(QStringLiteral("recordingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setText(tr("Opening the store…"));

    m_tabs->addTab(m_catalog, tr("&Catalog"));
    m_tabs->addTab(m_campaigns, tr("C&ampaigns"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_modeLabel);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_session, &StoreSession::cancel);

    createActions();

    connect(m_session, &StoreSession::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        statusBar()->showMessage(what);
    });
    connect(m_session, &StoreSession::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_session, &StoreSession::finished, this, &MainWindow::handleFinished);

    setBusy(true, tr("Opening the store…"));
    m_session->open(recording);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openRecording = file->addAction(tr("&Open recording…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open recording (a folder with manifest.json)"));
        if (!dir.isEmpty())
            this->openRecording(dir);
    });
    openRecording->setShortcut(QKeySequence::Open);
    QAction *openDemo = file->addAction(tr("Open the &demo recording"), this, [this] { this->openRecording(QStringLiteral("demo")); });
    QAction *import = file->addAction(tr("&Import CSV…"), this, [this] {
        ImportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            startImport(dialog.file(), dialog.importerId(), dialog.options());
    });
    import->setShortcut(tr("Ctrl+I"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_busyDisabled = {openRecording, openDemo, import};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Campaign Pilot"), this, [this] {
        QMessageBox::about(this, tr("About Campaign Pilot"),
                           tr("<h3>Campaign Pilot %1</h3><p>Agents propose and evaluate ad campaigns; "
                              "nothing that spends or stops money is sent without an operator's approval.</p>"
                              "<p>License: GPL-3.0-or-later.</p>").arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::startImport(const QString &file, const QString &importerId, const ImportOptions &options)
{
    if (!m_session->import(file, importerId, options))
        return false;
    setBusy(true, tr("Importing %1…").arg(file));
    return true;
}

bool MainWindow::openRecording(const QString &recording)
{
    if (!m_session->open(recording))
        return false;
    setBusy(true, tr("Opening the recording…"));
    return true;
}

void MainWindow::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, 0);
    for (QAction *a : std::as_const(m_busyDisabled))
        a->setEnabled(!busy);
    if (busy)
        statusBar()->showMessage(what);
    else
        statusBar()->clearMessage();
}

void MainWindow::showSnapshot(const StoreSnapshot &s)
{
    const QString currency = s.recording ? s.recording->currency : QString();
    const QMap<QString, QString> modelled = s.recording ? s.recording->modelled : QMap<QString, QString>();
    m_catalog->setRows(s.catalog, currency, modelled, s.windowFrom, s.windowTo);
    m_campaigns->setRows(s.campaigns, currency, modelled);

    if (s.recording) {
        QStringList names;
        for (auto it = modelled.cbegin(); it != modelled.cend(); ++it)
            if (const QString n = modelledName(it.key()); !names.contains(n))
                names << n;
        m_banner->setText(tr("<b>Offline</b> — recording <b>%1</b> (%2 – %3, %4).<br>"
                             "<i>Modelled, not recorded:</i> %5. Hover a column header marked “modelled” for how.")
                              .arg(s.recording->title.toHtmlEscaped(), s.recording->from.toString(Qt::ISODate),
                                   s.recording->to.toString(Qt::ISODate), s.recording->currency,
                                   names.isEmpty() ? tr("nothing") : names.join(QStringLiteral(", ")).toHtmlEscaped()));
        m_modeLabel->setText(tr("Offline · %1").arg(s.recording->id));
    } else {
        m_banner->setText(tr("<b>Offline</b> — no recording loaded: the store holds only imported files. "
                             "File ▸ Open the demo recording, or File ▸ Import CSV."));
        m_modeLabel->setText(tr("Offline · %1").arg(s.databasePath));
    }
    m_modeLabel->setToolTip(tr("Store: %1").arg(s.databasePath));
}

void MainWindow::handleFinished(const StoreSession::Outcome &outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        QMessageBox box(QMessageBox::Warning, outcome.title, outcome.text, QMessageBox::Ok, this);
        box.setDetailedText(outcome.details.join(QLatin1Char('\n')));
        if (!qEnvironmentVariableIsSet("CP_NO_MODAL"))
            box.exec();
        statusBar()->showMessage(outcome.title + QStringLiteral(": ") + outcome.text);
    } else if (!outcome.title.isEmpty()) {
        statusBar()->showMessage(outcome.title + QStringLiteral(" — ") + outcome.text, 15000);
        if (!outcome.details.isEmpty() && !qEnvironmentVariableIsSet("CP_NO_MODAL")) {
            QMessageBox box(QMessageBox::Information, outcome.title, outcome.text, QMessageBox::Ok, this);
            box.setDetailedText(outcome.details.join(QLatin1Char('\n')));
            box.exec();
        }
    }
    emit storeShown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isBusy()) {
        // The work is cancelled and rolled back; the store stays as it was.
        m_session->cancel();
    }
    event->accept();
}

} // namespace cp
