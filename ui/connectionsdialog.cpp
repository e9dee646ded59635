// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"

#include "agents/live/credentials.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp {

ConnectionsDialog::ConnectionsDialog(const Connections &current, QWidget *parent) : QDialog(parent), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connections"));
    // The three connections scroll; the buttons stay below them, in reach on
    // a 1280 × 720 screen (the whole form is taller than that).
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("connectionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeSide(m_store, true, current.store));
    layout->addWidget(makeSide(m_platform, false, current.platform));
    layout->addWidget(makeModel(current.model));
    auto *hint = new QLabel(tr("Secrets go to the system keychain, never to a settings file. Leave a secret empty to keep the "
                               "one already stored. Headless stations can set CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, "
                               "CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN or CP_LLM_API_KEY instead. These connections "
                               "belong to this live workspace only."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_reprobe = new QCheckBox(tr("Ask the ad platform again what it can do (forget that it refused budget changes)"), this);
    m_reprobe->setObjectName(QStringLiteral("reprobe"));
    layout->addWidget(m_reprobe);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_problem->setObjectName(QStringLiteral("connectionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c01c28"));
    outer->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("connectionButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    updateFields();
    // As tall as the form wants, but never taller than the screen it opens on.
    const int wanted = content->sizeHint().height() + buttons->sizeHint().height() + 80;
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() - 60 : wanted;
    resize(std::max(content->sizeHint().width() + 40, 640), std::min(wanted, room));
}

QWidget *ConnectionsDialog::makeSide(Side &side, bool store, const Connection &current)
{
    auto *box = new QGroupBox(store ? tr("Store (catalog and sales)") : tr("Ad platform (campaigns; where approved actions go)"), this);
    auto *form = new QFormLayout(box);
    side.kind = new QComboBox(box);
    side.kind->setObjectName(store ? QStringLiteral("storeKind") : QStringLiteral("platformKind"));
    side.kind->addItem(store ? tr("None (imports only)") : tr("None (nothing is sent)"), Connection::kindKey(Connection::Kind::None));
    side.kind->addItem(tr("Campaign Pilot API"), Connection::kindKey(Connection::Kind::CampaignPilotApi));
    side.kind->addItem(store ? tr("WooCommerce") : tr("Meta Marketing API"),
                       Connection::kindKey(store ? Connection::Kind::WooCommerce : Connection::Kind::Meta));
    side.kind->setCurrentIndex(std::max(0, side.kind->findData(Connection::kindKey(current.kind))));
    side.url = new QLineEdit(current.url.toString(), box);
    side.url->setObjectName(store ? QStringLiteral("storeUrl") : QStringLiteral("platformUrl"));
    side.url->setPlaceholderText(store ? QStringLiteral("https://shop.example.com") : QStringLiteral("https://graph.facebook.com"));
    side.account = new QLineEdit(current.account, box);
    side.account->setPlaceholderText(tr("ad account id, digits"));
    side.token = new QLineEdit(box);
    side.key = new QLineEdit(box);
    side.secret = new QLineEdit(box);
    for (QLineEdit *e : {side.token, side.key, side.secret}) {
        e->setEchoMode(QLineEdit::Password);
        e->setPlaceholderText(tr("unchanged"));
    }
    side.interval = new QSpinBox(box);
    side.interval->setRange(0, 60000);
    side.interval->setSuffix(tr(" ms"));
    side.interval->setValue(current.policy.minIntervalMs);
    side.interval->setToolTip(tr("Rate limit: at least this long between two requests to this API"));
    side.timeout = new QSpinBox(box);
    side.timeout->setRange(1, 300);
    side.timeout->setSuffix(tr(" s"));
    side.timeout->setValue(current.policy.transferTimeoutMs / 1000);
    side.rereadDays = new QSpinBox(box);
    side.rereadDays->setObjectName(store ? QStringLiteral("storeRereadDays") : QStringLiteral("platformRereadDays"));
    side.rereadDays->setRange(0, 90);
    side.rereadDays->setSpecialValueText(tr("source's default"));
    side.rereadDays->setSuffix(tr(" days"));
    side.rereadDays->setValue(current.rereadDays);
    side.rereadDays->setToolTip(store ? tr("Days read again on every refresh (late refunds); 0: the source's default")
                                      : tr("Days of insights read again on every refresh, for conversions that arrive late: 0 is "
                                           "Meta's default attribution window (7 days); 28 for an account with 28-day windows"));
    side.apiVersion = new QLineEdit(current.apiVersion, box);
    side.apiVersion->setObjectName(store ? QStringLiteral("storeApiVersion") : QStringLiteral("platformApiVersion"));
    side.apiVersion->setPlaceholderText(QLatin1String(kMetaDefaultVersion));
    side.apiVersion->setToolTip(tr("The Marketing API version, such as %1; empty: %1").arg(QLatin1String(kMetaDefaultVersion)));
    form->addRow(tr("Kind:"), side.kind);
    form->addRow(tr("Address:"), side.url);
    if (!store) {
        form->addRow(tr("Ad account:"), side.account);
        form->addRow(tr("API version:"), side.apiVersion);
    } else {
        side.apiVersion->hide();
    }
    form->addRow(tr("Token:"), side.token);
    if (store) {
        form->addRow(tr("Consumer key:"), side.key);
        form->addRow(tr("Consumer secret:"), side.secret);
    }
    // The fields this side does not have stay out of sight (they are never read).
    if (store)
        side.account->hide();
    else
        for (QLineEdit *e : {side.key, side.secret})
            e->hide();
    form->addRow(tr("Between requests:"), side.interval);
    form->addRow(tr("Timeout:"), side.timeout);
    form->addRow(tr("Re-read:"), side.rereadDays);
    connect(side.kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateFields);
    return box;
}

QWidget *ConnectionsDialog::makeModel(const Connection &current)
{
    auto *box = new QGroupBox(tr("Language model (ad copy and explanations; never decisions)"), this);
    box->setObjectName(QStringLiteral("modelBox"));
    auto *form = new QFormLayout(box);
    m_model.kind = new QComboBox(box);
    m_model.kind->setObjectName(QStringLiteral("modelKind"));
    m_model.kind->addItem(tr("Off (the template writes the ad copy)"), Connection::kindKey(Connection::Kind::None));
    m_model.kind->addItem(tr("OpenAI-compatible chat completions"), Connection::kindKey(Connection::Kind::OpenAiCompatible));
    m_model.kind->setCurrentIndex(std::max(0, m_model.kind->findData(Connection::kindKey(current.kind))));
    m_model.url = new QLineEdit(current.url.isEmpty() ? QString() : current.url.toString(), box);
    m_model.url->setObjectName(QStringLiteral("modelUrl"));
    m_model.url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_model.url->setToolTip(tr("The API's base address as OpenAI's clients take it: llama.cpp's server http://127.0.0.1:8080/v1, "
                               "Ollama http://127.0.0.1:11434/v1, a hosted service's https address"));
    m_model.model = new QLineEdit(current.model, box);
    m_model.model->setObjectName(QStringLiteral("modelName"));
    m_model.model->setPlaceholderText(tr("the name the server knows it by, e.g. llama3.1:8b"));
    m_model.key = new QLineEdit(box);
    m_model.key->setObjectName(QStringLiteral("modelKey"));
    m_model.key->setEchoMode(QLineEdit::Password);
    m_model.key->setPlaceholderText(tr("unchanged (a local server needs none)"));
    m_model.language = new QLineEdit(current.language, box);
    m_model.language->setObjectName(QStringLiteral("modelLanguage"));
    m_model.language->setPlaceholderText(QLocale().bcp47Name());
    m_model.language->setToolTip(tr("The language the ad copy and explanations are written in, as a code (de, es, en); empty: "
                                    "the program's"));
    m_model.timeout = new QSpinBox(box);
    m_model.timeout->setRange(1, 300);
    m_model.timeout->setSuffix(tr(" s"));
    m_model.timeout->setValue((current.isSet() ? current.policy.transferTimeoutMs : Connection::kModelTimeoutMs) / 1000);
    m_model.timeout->setToolTip(tr("How long the model may be silent; a local model on a CPU needs 60 s or more"));
    form->addRow(tr("Kind:"), m_model.kind);
    form->addRow(tr("Address:"), m_model.url);
    form->addRow(tr("Model:"), m_model.model);
    form->addRow(tr("API key:"), m_model.key);
    form->addRow(tr("Language:"), m_model.language);
    form->addRow(tr("Timeout:"), m_model.timeout);
    auto *note = new QLabel(tr("Off by default. The model writes ad copy for new campaigns (checked, with the template's beside it) "
                               "and explains recommendations on request; it never sees or changes budgets, decisions or ids. "
                               "A cycle waits for it at most as long as the policy says (Ad copy)."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_model.kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateFields);
    return box;
}

void ConnectionsDialog::updateFields()
{
    const bool modelOn = m_model.kind && m_model.kind->currentData().toString() != Connection::kindKey(Connection::Kind::None);
    if (m_model.kind)
        for (QWidget *w : std::initializer_list<QWidget *>{m_model.url, m_model.model, m_model.key, m_model.language, m_model.timeout})
            w->setEnabled(modelOn);
    for (Side *side : {&m_store, &m_platform}) {
        const auto kind = Connection::kindFromKey(side->kind->currentData().toString()).value_or(Connection::Kind::None);
        const bool on = kind != Connection::Kind::None;
        side->url->setEnabled(on);
        side->interval->setEnabled(on);
        side->timeout->setEnabled(on);
        side->token->setEnabled(kind == Connection::Kind::CampaignPilotApi || kind == Connection::Kind::Meta);
        side->key->setEnabled(kind == Connection::Kind::WooCommerce);
        side->secret->setEnabled(kind == Connection::Kind::WooCommerce);
        side->account->setEnabled(kind == Connection::Kind::Meta);
        side->apiVersion->setEnabled(kind == Connection::Kind::Meta);
        side->rereadDays->setEnabled(kind == Connection::Kind::Meta || kind == Connection::Kind::WooCommerce);
    }
}

Connection ConnectionsDialog::read(const Side &side) const
{
    Connection c;
    c.kind = Connection::kindFromKey(side.kind->currentData().toString()).value_or(Connection::Kind::None);
    if (c.kind == Connection::Kind::None)
        return c;
    c.url = QUrl(side.url->text().trimmed());
    c.account = side.account->text().trimmed();
    c.rereadDays = side.rereadDays->value();
    if (c.kind == Connection::Kind::Meta)
        c.apiVersion = side.apiVersion->text().trimmed();
    c.policy.minIntervalMs = side.interval->value();
    c.policy.transferTimeoutMs = side.timeout->value() * 1000;
    return c;
}

Connections ConnectionsDialog::connections() const
{
    Connection model;
    model.kind = Connection::kindFromKey(m_model.kind->currentData().toString()).value_or(Connection::Kind::None);
    if (model.kind != Connection::Kind::None) {
        model.url = QUrl(m_model.url->text().trimmed());
        model.model = m_model.model->text().trimmed();
        model.language = m_model.language->text().trimmed();
        model.policy.transferTimeoutMs = m_model.timeout->value() * 1000;
    }
    return {read(m_store), read(m_platform), model};
}

Secrets ConnectionsDialog::modelSecrets() const
{
    return {m_model.key->text().toUtf8(), {}, {}};
}

Secrets ConnectionsDialog::storeSecrets() const
{
    return {m_store.token->text().toUtf8(), m_store.key->text().toUtf8(), m_store.secret->text().toUtf8()};
}

Secrets ConnectionsDialog::platformSecrets() const
{
    return {m_platform.token->text().toUtf8(), {}, {}};
}

QString ConnectionsDialog::validate() const
{
    const Connections c = connections();
    if (QString p = c.store.problem(true); !p.isEmpty())
        return tr("Store: %1").arg(p);
    if (QString p = c.platform.problem(false); !p.isEmpty())
        return tr("Ad platform: %1").arg(p);
    if (QString p = c.model.modelProblem(); !p.isEmpty())
        return tr("Language model: %1").arg(p);
    return {};
}

bool ConnectionsDialog::reprobe() const
{
    return m_reprobe->isChecked();
}

void ConnectionsDialog::accept()
{
    const QString problem = validate();
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace cp
