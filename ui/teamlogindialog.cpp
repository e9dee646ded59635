// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlogindialog.h"

#include "agents/live/teampassword.h"
#include "models/database.h"
#include "models/teamlogin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

namespace cp {

namespace {
// Addresses whose password was typed in this session and not stored yet.
QSet<QString> &typed()
{
    static QSet<QString> s;
    return s;
}
} // namespace

TeamLoginDialog::TeamLoginDialog(const QString &url, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Keep the password in the system keychain"), this))
{
    setWindowTitle(tr("Log in to the team workspace"));
    auto *layout = new QVBoxLayout(this);
    if (!problem.isEmpty()) {
        auto *why = new QLabel(problem, this);
        why->setWordWrap(true);
        why->setObjectName(QStringLiteral("teamLoginProblem"));
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(TeamLogin::server(url), this));
    auto *workspace = new QLabel(QUrl(url).path().mid(1), this);   // the database, without "?sslmode=…"
    workspace->setObjectName(QStringLiteral("teamLoginWorkspace"));
    form->addRow(tr("Workspace (database):"), workspace);
    form->addRow(tr("Log in as:"), new QLabel(TeamLogin::user(url), this));   // the login, not what it may do
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("teamLoginRemember"));
    if (TeamPassword::keychainAvailable()) {
        m_remember->setChecked(true);
    } else {
        // Not offered where it cannot be kept (CP_NO_KEYCHAIN=1).
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setText(tr("The keychain is switched off (CP_NO_KEYCHAIN=1): the password is kept until Campaign Pilot closes"));
    }
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString TeamLoginDialog::password() const { return m_password->text(); }
bool TeamLoginDialog::remember() const { return m_remember->isChecked(); }

void TeamLoginDialog::obtain(QWidget *parent, const QString &url, const QString &problem, std::function<void(bool)> then)
{
    if (!Database::isPostgresUrl(url) || !qEnvironmentVariable("PGPASSWORD").isEmpty()
        || (problem.isEmpty() && !TeamLogin::password(url).isEmpty()))
        return then(true);
    QPointer<QWidget> guard(parent);
    auto ask = [guard, url, problem, then] {
        if (!guard)
            return;
        // Tests and headless runs: no dialog; the server's refusal is said as it is.
        if (qEnvironmentVariableIsSet("CP_NO_MODAL"))
            return then(true);
        auto *dialog = new TeamLoginDialog(url, problem, guard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, dialog, [dialog, url, then](int result) {
            if (result != QDialog::Accepted)
                return then(false);
            TeamLogin::setPassword(url, dialog->password());
            if (dialog->remember())
                typed().insert(url);
            then(true);
        });
        dialog->open();
    };
    if (!problem.isEmpty())
        return ask();
    TeamPassword::read(url, [url, ask, then](const std::optional<QString> &stored) {
        if (!stored)
            return ask();
        TeamLogin::setPassword(url, *stored);
        then(true);
    });
}

void TeamLoginDialog::opened(const QString &url)
{
    if (!typed().remove(url))
        return;
    TeamPassword::write(url, TeamLogin::password(url), [](const Status &) {
        // A keychain that refuses leaves the password for this session only;
        // the next start asks again.
    });
}

bool TeamLoginDialog::refused(const QString &url)
{
    if (!Database::isPostgresUrl(url) || !TeamLogin::loginRefused(url))
        return false;
    TeamLogin::forget(url);
    typed().remove(url);
    return true;
}

} // namespace cp
