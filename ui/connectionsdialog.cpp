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
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp {

ConnectionsDialog::ConnectionsDialog(const Connections &current, QWidget *parent) : QDialog(parent), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connections"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeSide(m_store, true, current.store));
    layout->addWidget(makeSide(m_platform, false, current.platform));
    auto *hint = new QLabel(tr("Secrets go to the system keychain, never to a settings file. Leave a secret empty to keep the "
                               "one already stored. Headless stations can set CP_STORE_TOKEN, CP_WC_CONSUMER_KEY, "
                               "CP_WC_CONSUMER_SECRET, CP_PLATFORM_TOKEN or CP_META_ACCESS_TOKEN instead. These connections "
                               "belong to this live workspace only."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_reprobe = new QCheckBox(tr("Ask the ad platform again what it can do (forget that it refused budget changes)"), this);
    m_reprobe->setObjectName(QStringLiteral("reprobe"));
    layout->addWidget(m_reprobe);
    m_problem->setObjectName(QStringLiteral("connectionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c01c28"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateFields();
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
    side.url->setPlaceholderText(store ? QStringLiteral("https://shop.example.com") : QStringLiteral("https://graph.facebook.com/v21.0"));
    side.account = new QLineEdit(current.account, box);
    side.account->setPlaceholderText(tr("ad account id, digits"));
    side.rereadDays = current.rereadDays;
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
    form->addRow(tr("Kind:"), side.kind);
    form->addRow(tr("Address:"), side.url);
    if (!store)
        form->addRow(tr("Ad account:"), side.account);
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
    connect(side.kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateFields);
    return box;
}

void ConnectionsDialog::updateFields()
{
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
    c.rereadDays = side.rereadDays;
    c.policy.minIntervalMs = side.interval->value();
    c.policy.transferTimeoutMs = side.timeout->value() * 1000;
    return c;
}

Connections ConnectionsDialog::connections() const
{
    return {read(m_store), read(m_platform)};
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
