// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "models/stringtablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cp {

namespace {
constexpr int kPreviewRows = 20;
constexpr qint64 kPreviewBytes = 256 * 1024;
} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_fileEdit(new QLineEdit(this)), m_importer(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_dateOrder(new QComboBox(this)), m_format(new QLabel(this)), m_detection(new QLabel(this)), m_previewView(new QTableView(this)),
      m_preview(new StringTableModel(this)), m_mappingForm(new QFormLayout), m_stop(new QRadioButton(this)),
      m_skip(new QRadioButton(this)), m_mergeAsk(new QRadioButton(this)), m_mergeAdd(new QRadioButton(this)),
      m_mergeReplace(new QRadioButton(this)), m_currency(new QLineEdit(this)), m_currencyNote(new QLabel(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import CSV"));
    resize(900, 640);
    m_fileEdit->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    // Text that is not UTF-8 is refused unless the user names its encoding:
    // guessing would merge CAFÉ and CAFÈ.
    m_encoding->addItem(tr("UTF-8 / UTF-16 (detected)"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("Latin-1 (ISO 8859-1)"), int(TextEncoding::Latin1));
    m_encoding->addItem(tr("Windows-1252"), int(TextEncoding::Windows1252));
    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            setFile(m_path);
    });
    // Slash dates (01/11/2011) are month first unless the user says the
    // file's are day first; a file that could be either is refused.
    m_dateOrder->addItem(tr("Month first (default)"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day/month/year"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month/day/year"), int(DateOrder::MonthFirst));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderBox"));
    m_dateOrder->setToolTip(tr("How the file writes dates with a slash, such as 01/11/2011. Dates written 2011-11-01 are read "
                               "whatever this says."));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(new QLabel(tr("Encoding:"), this));
    fileRow->addWidget(m_encoding);
    fileRow->addWidget(new QLabel(tr("Dates:"), this));
    fileRow->addWidget(m_dateOrder);

    for (const QString &id : importerIds())
        m_importer->addItem(createImporter(id)->displayName(), id);
    m_importer->setObjectName(QStringLiteral("importerBox"));
    connect(m_importer, &QComboBox::currentIndexChanged, this, &ImportDialog::rebuildMapping);
    // A choice in the box is the user's pick among the candidates.
    connect(m_importer, &QComboBox::activated, this, [this] {
        m_needsPick = false;
        validate();
    });
    auto *importerRow = new QHBoxLayout;
    importerRow->addWidget(new QLabel(tr("Read as:"), this));
    importerRow->addWidget(m_importer, 1);
    m_format->setObjectName(QStringLiteral("importFormat"));
    importerRow->addWidget(m_format);
    m_detection->setObjectName(QStringLiteral("importDetection"));
    m_detection->setWordWrap(true);

    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->setObjectName(QStringLiteral("importPreview"));

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    mappingBox->setLayout(m_mappingForm);

    m_stop->setText(tr("Stop at the first bad row (nothing is imported)"));
    m_skip->setText(tr("Skip bad rows, count them and list them"));
    m_stop->setChecked(true);
    auto *policyBox = new QGroupBox(tr("Bad rows"), this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_stop);
    policyLayout->addWidget(m_skip);

    m_mergeAsk->setText(tr("Ask me (nothing is imported until I choose)"));
    m_mergeAdd->setText(tr("Add the file's figures to the workspace's (a file of other products or ads on the same days)"));
    m_mergeReplace->setText(tr("Replace those days with the file's figures (a report downloaded again)"));
    m_mergeAsk->setChecked(true);
    m_mergeAsk->setObjectName(QStringLiteral("mergeAsk"));
    m_mergeAdd->setObjectName(QStringLiteral("mergeAdd"));
    m_mergeReplace->setObjectName(QStringLiteral("mergeReplace"));
    auto *mergeBox = new QGroupBox(tr("Days the workspace already has"), this);
    auto *mergeLayout = new QVBoxLayout(mergeBox);
    // Replace before add: an overlapping file is mostly a report downloaded again.
    mergeLayout->addWidget(m_mergeAsk);
    mergeLayout->addWidget(m_mergeReplace);
    mergeLayout->addWidget(m_mergeAdd);
    policyLayout->addWidget(mergeBox);

    // The amounts' currency: a file says none of the importers' formats do.
    m_currency->setObjectName(QStringLiteral("importCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setAccessibleName(tr("Currency of the amounts"));
    connect(m_currency, &QLineEdit::textChanged, this, &ImportDialog::validate);
    m_currencyNote->setWordWrap(true);
    auto *currencyBox = new QGroupBox(tr("Currency of the amounts"), this);
    auto *currencyLayout = new QVBoxLayout(currencyBox);
    currencyLayout->addWidget(m_currency);
    currencyLayout->addWidget(m_currencyNote);
    policyLayout->addWidget(currencyBox);
    setWorkspaceCurrency(QString());

    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lower = new QHBoxLayout;
    lower->addWidget(mappingBox, 2);
    lower->addWidget(policyBox, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(importerRow);
    layout->addWidget(m_detection);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_previewView, 1);
    layout->addLayout(lower);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(path);
    m_status->setText(tr("Reading…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto result = std::make_shared<std::optional<Result<Preview>>>();
    const auto encoding = TextEncoding(m_encoding->currentData().toInt());
    m_task.cancel();
    connect(&m_task, &BackgroundTask::finished, this, [this, path, result] {
        if (*result)
            showPreview(path, **result);
    }, Qt::SingleShotConnection);
    m_task.start([path, result, encoding](TaskContext &) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *result = Error{tr("cannot open the file: %1").arg(file.errorString()), path};
            return;
        }
        const QByteArray head = file.read(kPreviewBytes);
        const bool whole = file.atEnd();
        auto decoded = CsvReader::decode(head, path, encoding, !whole);
        if (!decoded) {
            *result = decoded.error();
            return;
        }
        CsvReader reader = std::move(decoded).value();
        auto headers = reader.readHeader();
        if (!headers) {
            *result = headers.error();
            return;
        }
        QList<QStringList> rows;
        while (rows.size() < kPreviewRows) {
            const auto next = reader.next();
            if (next == CsvReader::Next::End)
                break;
            if (next == CsvReader::Next::BadRecord) {
                // The cut at kPreviewBytes may split the last record: not an error of the file.
                if (!whole && reader.position() >= reader.size())
                    break;
                rows.append({tr("(bad row at line %1: %2)").arg(reader.line()).arg(reader.errorString())});
                continue;
            }
            QStringList row;
            for (size_t i = 0; i < reader.fields().size(); ++i)
                row << reader.field(int(i));
            rows.append(row);
        }
        *result = Preview{*headers, rows, tr("%1-separated, %2").arg(reader.delimiterName(), reader.encodingName()),
                          recordingCurrencyBeside(path)};
    });
}

void ImportDialog::showPreview(const QString &path, const Result<Preview> &preview)
{
    if (path != m_path)
        return;
    m_needsPick = false;
    if (!preview) {
        m_headers.clear();
        m_format->clear();
        m_detection->clear();
        m_preview->setTable({}, {});
        m_status->setText(tr("This file cannot be imported: %1").arg(preview.error().toString()));
        rebuildMapping();
        emit previewReady();
        return;
    }
    m_headers = preview->headers;
    if (!m_currency->isReadOnly() && !preview->recordingCurrency.isEmpty()) {
        m_currency->setText(preview->recordingCurrency);
        m_currencyNote->setText(tr("From the recording's manifest.json beside the file. This workspace has no currency yet: "
                                   "it takes this one."));
    }
    m_preview->setTable(preview->headers, preview->rows);
    m_previewView->resizeColumnsToContents();
    m_format->setText(preview->format);
    const Detection detection = detectImporters(m_headers);
    // The winner, or else the best candidate preselected and the user asked to confirm a pick.
    const QString shown = detection.winner.isEmpty() ? detection.ranked.value(0).id : detection.winner;
    m_importer->blockSignals(true);
    m_importer->setCurrentIndex(m_importer->findData(shown));
    m_importer->blockSignals(false);
    if (detection.winner.isEmpty()) {
        m_needsPick = true;
        m_detection->setText(tr("No clear importer: %1. Choose one under \"Read as\".").arg(detection.problem));
    } else {
        m_detection->setText(tr("Detected: %1.").arg(m_importer->currentText()));
    }
    rebuildMapping();
    emit previewReady();
}

void ImportDialog::rebuildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_mapping.clear();
    auto importer = createImporter(importerId());
    if (!importer)
        return;
    // Best effort per field, also when some required column is missing.
    const ColumnMapping automatic = importer->mapByName(m_headers);
    for (const FieldSpec &f : importer->fields()) {
        auto *box = new QComboBox(this);
        box->addItem(f.required ? tr("(choose a column)") : tr("(not in this file)"), -1);
        for (int c = 0; c < m_headers.size(); ++c)
            box->addItem(m_headers.at(c), c);
        box->setCurrentIndex(box->findData(automatic.value(f.key, -1)));
        box->setObjectName(QStringLiteral("map_") + f.key);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::validate);
        m_mappingForm->addRow(f.required ? tr("%1 *").arg(f.label) : f.label, box);
        m_mapping.append({f.key, box});
    }
    validate();
}

void ImportDialog::validate()
{
    auto importer = createImporter(importerId());
    QStringList missing;
    if (importer) {
        for (const FieldSpec &f : importer->fields())
            if (f.required && (!mappingBox(f.key) || mappingBox(f.key)->currentData().toInt() < 0))
                missing << f.label;
    }
    const bool currencyOk = m_currency->text().trimmed().size() == 3;
    const bool ok = !m_path.isEmpty() && !m_headers.isEmpty() && missing.isEmpty() && !m_needsPick && currencyOk;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (!m_headers.isEmpty() && !currencyOk)
        m_status->setText(tr("Name the currency of the file's amounts (three letters, e.g. GBP)."));
    else if (!m_headers.isEmpty() && m_needsPick)
        m_status->setText(tr("Choose the importer that reads this file."));
    else if (!m_headers.isEmpty())
        m_status->setText(missing.isEmpty() ? tr("Ready: %1 columns mapped.").arg(m_mapping.size())
                                            : tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", "))));
}

QString ImportDialog::importerId() const
{
    return m_importer->currentData().toString();
}

QComboBox *ImportDialog::mappingBox(const QString &fieldKey) const
{
    for (const auto &[key, box] : m_mapping)
        if (key == fieldKey)
            return box;
    return nullptr;
}

void ImportDialog::setWorkspaceCurrency(const QString &iso4217)
{
    if (iso4217.isEmpty()) {
        m_currency->setReadOnly(false);
        // The locale's, as money in a workspace without a currency is shown
        // (formatMoney; the C locale's is the United States').
        const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
        m_currency->setText(locale.currencySymbol(QLocale::CurrencyIsoCode));
        m_currencyNote->setText(tr("This workspace has no currency yet: it takes this one (ISO 4217, e.g. GBP, EUR, USD)."));
    } else {
        m_currency->setReadOnly(true);
        m_currency->setText(iso4217);
        m_currencyNote->setText(tr("The workspace's currency: a file in another belongs in a workspace of its own."));
    }
    validate();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.currency = m_currency->text().trimmed().toUpper();
    o.onBadRow = m_skip->isChecked() ? OnBadRow::SkipAndCount : OnBadRow::Stop;
    o.encoding = TextEncoding(m_encoding->currentData().toInt());
    o.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    // "Ask me" imports with Stop: an overlap comes back and the window asks.
    o.merge = m_mergeAdd->isChecked() ? MergeMode::Add : m_mergeReplace->isChecked() ? MergeMode::Replace : MergeMode::Stop;
    ColumnMapping mapping;
    for (const auto &[key, box] : m_mapping)
        if (const int column = box->currentData().toInt(); column >= 0)
            mapping.insert(key, column);
    o.mapping = mapping;
    return o;
}

} // namespace cp
