// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections.h"
#include "models/result.h"

#include <functional>

namespace cp {

// The connections' secrets: in the OS keychain (QtKeychain: the Secret
// Service on Linux, the Keychain on macOS, the Credential Store on Windows),
// with environment variables for headless stations, which win when set:
//   store    campaign-pilot-api  CP_STORE_TOKEN
//            woocommerce         CP_WC_CONSUMER_KEY, CP_WC_CONSUMER_SECRET
//   platform campaign-pilot-api  CP_PLATFORM_TOKEN
//            meta                CP_META_ACCESS_TOKEN
//   model    openai-compatible   CP_LLM_API_KEY (optional: local servers need none)
// Never in QSettings, the store, a log or the audit log; QtKeychain's
// "insecure fallback" (a plain-text QSettings file) stays off. CP_NO_KEYCHAIN=1
// skips the keychain (tests, containers without a session bus).
namespace Credentials {

enum class Role { Store, Platform, Model };

QStringList environmentNames(Role role, Connection::Kind kind);
// Whether this kind of connection cannot work without a secret.
bool required(Connection::Kind kind);

// Keychain entries are keyed by the live workspace's id (and role, kind,
// field): two workspaces keep two sets. An empty id reads the environment only.
// Reads them (environment first, then the keychain) and calls back on the
// calling thread, which must run an event loop. A missing required secret is
// an Error that says where to put it.
void read(const QString &workspaceId, Role role, Connection::Kind kind, std::function<void(const Result<Secrets> &)> done);
// The same, waiting (the command line, worker threads).
Result<Secrets> readAndWait(const QString &workspaceId, Role role, Connection::Kind kind);
// Stores them in the keychain (never anywhere else).
void write(const QString &workspaceId, Role role, Connection::Kind kind, const Secrets &secrets, std::function<void(const Status &)> done);

} // namespace Credentials
} // namespace cp
