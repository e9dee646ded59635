// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cp {

// Logging in to a team workspace (issue 18): the address's user is the
// person's database role; the password is never part of the address, a
// file or the store. libpq itself reads PGPASSWORD (and ~/.pgpass); the
// program adds the one from the OS keychain (or typed into the window) by
// telling it here, in memory only, before the workspace is opened. Every
// connection Database opens to that address then logs in with it.
class TeamLogin
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogin)
public:
    static void setPassword(const QString &url, const QString &password);
    static QString password(const QString &url);
    static void forget(const QString &url);

    // The keychain's key for an address: "HOST:PORT/DATABASE/USER".
    static QString keychainKey(const QString &url);
    // The address's user, else the one libpq would take (PGUSER, the
    // operating-system user).
    static QString user(const QString &url);
    // "HOST:PORT".
    static QString server(const QString &url);

    // Whether a connection error says the server wants a (right) password.
    static bool isAuthenticationFailure(const QString &error);
    // A failed login, in words that name the server and the role and never
    // the password.
    // Remembers whether it was a refused login, for loginRefused().
    static QString describeFailure(const QString &url, const QString &error);
    // Whether the last failed opening of `url` was the server refusing the
    // login (a wrong or missing password), not an unreachable server.
    static bool loginRefused(const QString &url);
};

} // namespace cp
