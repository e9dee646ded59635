// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <functional>
#include <optional>

namespace cp {

// A team workspace's database password (issue 18) in the OS keychain,
// keyed by server, database and role (TeamLogin::keychainKey): never a file,
// the store or a log. PGPASSWORD, libpq's own variable, wins when set (a
// headless station, scripts); CP_NO_KEYCHAIN=1 skips the keychain.
namespace TeamPassword {

// The keychain's password for the address; nullopt when it has none (or is
// off). Calls back on the calling thread, which must run an event loop.
void read(const QString &url, std::function<void(const std::optional<QString> &)> done);
std::optional<QString> readAndWait(const QString &url);
void write(const QString &url, const QString &password, std::function<void(const Status &)> done);
void forget(const QString &url);
// False when the keychain is switched off (CP_NO_KEYCHAIN=1): nothing is
// kept beyond this run, and the login dialog does not offer it.
bool keychainAvailable();

// Before a team workspace is opened: tells TeamLogin the keychain's password
// for the address, unless PGPASSWORD is set (libpq reads that itself).
// Nothing to do for an SQLite path.
void prepareLogin(const QString &path);

} // namespace TeamPassword
} // namespace cp
