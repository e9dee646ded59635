// SPDX-License-Identifier: GPL-3.0-or-later
// What the commands share: opening the workspace, the policy in effect, the
// live connections the command line names and their secrets.
#include "commands.h"
#include "cliio.h"

#include "agents/live/credentials.h"
#include "agents/live/teampassword.h"
#include "agents/workspace/workspaceopener.h"
#include "models/decisionstore.h"
#include "models/money.h"
#include "models/workspace.h"

#include <QFile>
#include <QSettings>
#include <cmath>

namespace cp {

// Opens the workspace the command names (see WorkspaceRequest for the rules)
// and says which one and of what kind on the first line of output (on
// stderr when stdout carries JSON).
Result<Database> openStore(const CommandLine &cl, Workspace *workspace)
{
    // A team workspace: the person's password from the keychain (or PGPASSWORD).
    TeamPassword::prepareLogin(cl.database);
    auto opened = WorkspaceOpener::open({cl.database, cl.recording, QString(), false});
    if (!opened)
        return opened.error();
    if (const QString copy = WorkspaceOpener::copyProblem(*opened); !copy.isEmpty()) {
        // Refused before anything reads or writes it: a copy sharing its
        // original's identity would send to the original's ad account.
        opened->database->closeThreadConnection();
        return Error{CommandLine::tr("%1: campaign-pilot workspace reidentify --database %2").arg(copy, opened->workspace.path),
                     QStringLiteral("workspace")};
    }
    (cl.json ? err() : out()) << opened->workspace.describe() << Qt::endl;
    if (workspace)
        *workspace = opened->workspace;
    return *opened->database;
}

// Who decides: --operator, else the name the window asked for and keeps
// (Settings), else the login name.
QString operatorFor(const CommandLine &cl)
{
    if (cl.operatorGiven)
        return cl.operatorName.trimmed();
    return QSettings().value(QStringLiteral("operator"), qEnvironmentVariable("USER")).toString().trimmed();
}

Result<Policy> loadPolicy(const CommandLine &cl, const Database &db)
{
    if (!cl.policy.isEmpty()) {
        QFile f(cl.policy);
        if (!f.open(QIODevice::ReadOnly))
            return Error{CommandLine::tr("cannot read the policy: %1").arg(f.errorString()), cl.policy};
        return Policy::fromJson(f.readAll(), cl.policy);
    }
    auto stored = DecisionStore(db.connection()).latestPolicy();
    if (stored && !stored->isEmpty())
        return Policy::fromJson(*stored, QStringLiteral("policy_versions"));
    // None saved: the defaults, their amounts sized for the workspace's
    // currency (Policy::defaultFor), said once on stderr when scaled.
    const auto workspace = Workspaces::read(db.connection(), db.path());
    const QString currency = workspace ? workspace->currency : QString();
    const Policy policy = Policy::defaultFor(currency);
    if (const int factor = Policy::defaultScale(currency); factor != 1)
        err() << CommandLine::tr("note: no policy is saved in this workspace: the default policy's amounts are sized for %1 "
                                 "(×%2: a price above %3, at most %4 a day, %5 spent before acting); review them with "
                                 "`campaign-pilot policy` or in Settings ▸ Policy")
                     .arg(currency)
                     .arg(factor)
                     .arg(formatMoney(policy.minPrice, currency), formatMoney(policy.maxDailyBudget, currency),
                          formatMoney(policy.minSpend, currency))
              << Qt::endl;
    return policy;
}

// The live connections the command line names.
Connections liveConnections(const CommandLine &cl)
{
    Connections c;
    if (!cl.store.isEmpty()) {
        c.store.kind = Connection::kindFromKey(cl.store).value_or(Connection::Kind::None);
        c.store.url = QUrl(cl.storeUrl);
    }
    if (cl.namesLivePlatform()) {
        c.platform.kind = Connection::kindFromKey(cl.platform).value_or(Connection::Kind::None);
        // The Graph API version goes after the host (Connection::baseUrl(): kMetaDefaultVersion).
        c.platform.url = QUrl(cl.platformUrl.isEmpty() ? QStringLiteral("https://graph.facebook.com") : cl.platformUrl);
        c.platform.account = cl.metaAccount;
    }
    return c;
}

// A connection's secrets (keychain or environment); false, said on stderr, when missing.
bool readSecrets(const QString &workspaceId, Credentials::Role role, const Connection &connection, Secrets &out)
{
    auto s = Credentials::readAndWait(workspaceId, role, connection.kind);
    if (!s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return false;
    }
    out = *s;
    return true;
}

double jsonRisk(double risk)
{
    return std::round(risk * 100.0) / 100.0;
}

} // namespace cp
