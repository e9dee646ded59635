// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/tools/httpclient.h"

#include <QByteArray>
#include <QUrl>
#include <optional>

class QSettings;

namespace cp {

// The Marketing API version used when a connection names none. v26.0: on
// 2026-12-04 Meta's version history lists v27.0 (released 2026-11-04), v26.0
// (2026-07-29) and v25.0 (expires 2027-02-23) as available, v24.0 expired on
// 2026-11-10 and v21.0 on 2025-09-09. v26.0 has no expiration date set yet and
// has been out for four months; v25.0 ends too soon to be a default.
// https://developers.facebook.com/docs/marketing-api/marketing-api-changelog/versions
inline constexpr char kMetaDefaultVersion[] = "v26.0";

// Where live data comes from and where approved actions go. Kept in
// QSettings without any secret; the secrets live in the keychain (or the
// environment) and only ever in memory here.
struct Connection
{
    // OpenAiCompatible: a language model's chat-completions API (issue 20).
    enum class Kind { None, CampaignPilotApi, WooCommerce, Meta, OpenAiCompatible };
    Kind kind = Kind::None;
    QUrl url;
    QString account;               // Meta: the ad account id (digits, without "act_")
    int rereadDays = 0;  // 0: the source's default
    NetworkPolicy policy;          // timeout, retries, breaker, rate limit (minIntervalMs)
    QString apiVersion;  // Meta: "v23.0"…; empty: kMetaDefaultVersion
    QString model;       // language model: the name its server knows it by
    QString language;    // language model: what it writes in (BCP 47: "de"); empty: the program's
    // Language model: a key was typed for it (the key itself is only ever in
    // the keychain or in memory). Without a keychain the key lasts one
    // session; this says, after a restart, that requests go without it.
    bool hasKey = false;
    // A language model's default transfer timeout: a local model on a CPU
    // takes 20-40 s for an ad's hundred tokens (llama.cpp, an 8B model at
    // 4-bit on four cores), so the connectors' 15 s would never let one in.
    static constexpr int kModelTimeoutMs = 60000;

    bool isSet() const { return kind != Kind::None; }
    NetworkPolicy network() const { return policy; }
    // Where requests go: `url`; for Meta the Graph host with the API version
    // as the first path segment (a version left in `url` by an earlier
    // release, "https://graph.facebook.com/v21.0", is replaced by it).
    QUrl baseUrl() const;
    // Meta: apiVersion, or kMetaDefaultVersion when empty.
    QString effectiveApiVersion() const;
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    // What is wrong with it, in words ("the address must be https://..."), or empty.
    QString problem(bool asStore) const;
    // The same for the language model's connection.
    QString modelProblem() const;
};

struct Connections
{
    Connection store;              // campaign-pilot-api or woocommerce
    Connection platform;           // campaign-pilot-api or meta
    Connection model;              // openai-compatible, or none: no language model (the default)

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
