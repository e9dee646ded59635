// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamworkspacedialog.h"

#include "models/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cp {

namespace {
// A database or role name as PostgreSQL takes it unquoted in an address:
// letters, digits, underscore, dot and hyphen (libpq percent-decodes the
// rest; we keep the address readable instead).
bool plainName(const QString &s)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return name.match(s).hasMatch();
}
} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_database(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_address(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open team workspace"));
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_role->setObjectName(QStringLiteral("teamRole"));
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_error->setObjectName(QStringLiteral("teamError"));
    m_host->setPlaceholderText(tr("db.example.com, or paste a postgresql:// address"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("campaign_pilot"));
    m_role->setText(qEnvironmentVariable("USER"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);

    auto *intro = new QLabel(tr("A team workspace is one shared PostgreSQL database: everyone on the team sees the same "
                                "queue, and the database decides what your role may do. It is always live."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Your database &role:"), m_role);
    form->addRow(tr("Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // An address typed out in the server field and not left yet.
        if (const QString host = m_host->text().trimmed(); Database::isPostgresUrl(host))
            setUrl(host);
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An address pasted (or typed out and left) in the server field is taken
    // apart; not while it is being typed, where "…/t" of "…/team" would
    // already parse.
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool pasted = text.size() > m_hostLength + 1;
        m_hostLength = int(text.size());
        if (pasted && Database::isPostgresUrl(text.trimmed()))
            setUrl(text.trimmed());
        update();
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (Database::isPostgresUrl(m_host->text().trimmed()))
            setUrl(m_host->text().trimmed());
    });
    for (QLineEdit *e : {m_database, m_role})
        connect(e, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamWorkspaceDialog::update);
    update();
}

QString TeamWorkspaceDialog::problem() const
{
    const QString host = m_host->text().trimmed(), db = m_database->text().trimmed(), role = m_role->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the server's name or address.");
    // A whole address being typed into the server field: not an error until
    // it is finished; Open (or leaving the field) takes it apart.
    if (Database::isPostgresUrl(host) || host.startsWith(u"postgres", Qt::CaseInsensitive))
    {
        if (parsedUrl(host).isEmpty())
            return tr("Finish the address: postgresql://ROLE@SERVER:PORT/DATABASE");
        if (QUrl(host).userName().isEmpty() && role.isEmpty())
            return tr("Enter the database role you log in as (your own, not a shared one).");
        return {};
    }
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')) || host.contains(QLatin1Char(' '))
        || QUrl(QStringLiteral("postgresql://%1/x").arg(host), QUrl::StrictMode).host().isEmpty())
        return tr("“%1” is not a server name or address.").arg(host);
    if (db.isEmpty())
        return tr("Enter the database's name.");
    if (!plainName(db))
        return tr("The database name “%1” may hold only letters, digits, “_”, “.” and “-”.").arg(db);
    if (role.isEmpty())
        return tr("Enter the database role you log in as (your own, not a shared one).");
    if (!plainName(role))
        return tr("The role “%1” may hold only letters, digits, “_”, “.” and “-”.").arg(role);
    return {};
}

QString TeamWorkspaceDialog::parsedUrl(const QString &text)
{
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || !Database::isPostgresUrl(text) || u.host().isEmpty() || u.path().size() < 2
        || !plainName(u.path().mid(1)) || (!u.userName().isEmpty() && !plainName(u.userName())))
        return {};
    return text;
}

QString TeamWorkspaceDialog::url() const
{
    if (!problem().isEmpty())
        return {};
    if (const QString typed = parsedUrl(m_host->text().trimmed()); !typed.isEmpty()) {
        // Not taken apart yet: the role field names the role when the address does not.
        QUrl u(typed);
        if (u.userName().isEmpty())
            u.setUserName(m_role->text().trimmed());
        return u.toString();
    }
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QStringLiteral("[%1]").arg(host);   // an IPv6 address
    QString address = QStringLiteral("postgresql://%1@%2:%3/%4")
                          .arg(m_role->text().trimmed(), host)
                          .arg(m_port->value())
                          .arg(m_database->text().trimmed());
    if (!m_query.isEmpty())
        address += QLatin1Char('?') + m_query;
    return address;
}

bool TeamWorkspaceDialog::setUrl(const QString &url)
{
    if (parsedUrl(url).isEmpty())
        return false;
    const QUrl u(url, QUrl::StrictMode);
    m_query = u.query();
    m_host->setText(u.host());
    m_hostLength = int(m_host->text().size());
    m_port->setValue(u.port(5432));
    m_database->setText(u.path().mid(1));
    if (!u.userName().isEmpty())
        m_role->setText(u.userName());
    update();
    return true;
}

void TeamWorkspaceDialog::update()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_address->setText(why.isEmpty() ? url() : tr("(incomplete)"));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(why.isEmpty());
}

} // namespace cp
