// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QCheckBox;

namespace cp {

// Logging in to a team workspace in the window (issue 18): the password of
// the address's role, asked for once when the keychain has none (and
// PGPASSWORD is not set), kept in memory for this session (TeamLogin) and
// written to the OS keychain once the workspace opened with it.
class TeamLoginDialog final : public QDialog
{
    Q_OBJECT
public:
    TeamLoginDialog(const QString &url, const QString &problem, QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;

    // Makes sure a password is known for `url` (the keychain's, or asked
    // for), then calls `then(true)`; `then(false)` when the person cancels.
    // An SQLite path, PGPASSWORD or a password already told go straight on.
    // `problem` (a refused login) is shown above the field and asks again.
    static void obtain(QWidget *parent, const QString &url, const QString &problem, std::function<void(bool)> then);
    // The workspace opened: a password typed for it goes into the keychain.
    static void opened(const QString &url);
    // The workspace did not open because the server refused the login: the
    // password is forgotten for this session, so the next attempt asks again.
    static bool refused(const QString &url);

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace cp
