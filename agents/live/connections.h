// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/tools/httpclient.h"

#include <QByteArray>
#include <QUrl>
#include <optional>

class QSettings;

namespace cp {

// Where live data comes from and where approved actions go. Kept in
// QSettings without any secret; the secrets live in the keychain (or the
// environment) and only ever in memory here.
struct Connection
{
    enum class Kind { None, CampaignPilotApi, WooCommerce, Meta };
    Kind kind = Kind::None;
    QUrl url;
    QString account;               // Meta: the ad account id (digits, without "act_")
    int rereadDays = 0;  // 0: the source's default
    NetworkPolicy policy;          // timeout, retries, breaker, rate limit (minIntervalMs)

    bool isSet() const { return kind != Kind::None; }
    NetworkPolicy network() const { return policy; }
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    // What is wrong with it, in words ("the address must be https://..."), or empty.
    QString problem(bool asStore) const;
};

struct Connections
{
    Connection store;              // campaign-pilot-api or woocommerce
    Connection platform;           // campaign-pilot-api or meta

    // Connections belong to a live workspace: kept under its id, so that two
    // workspaces (two shops) keep two sets.
    static Connections load(QSettings &settings, const QString &workspaceId);
    void save(QSettings &settings, const QString &workspaceId) const;
    // Earlier versions kept one set for the machine; the workspace at the old
    // default path takes them over once (and they are removed from there).
    static void adoptMachineWide(QSettings &settings, const QString &workspaceId);
};

// The secrets of one connection, in memory only.
struct Secrets
{
    QByteArray token;              // Campaign Pilot API bearer token, Meta access token
    QByteArray key, secret;        // WooCommerce consumer key and secret
};

} // namespace cp
