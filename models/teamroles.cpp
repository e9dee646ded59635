// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamroles.h"
#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cp {

namespace {
Error sqlError(const QSqlQuery &q, const QString &where) { return Error{q.lastError().text(), where}; }

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256, one block (SCRAM's Hi()).
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result[b] ^ u[b]);
    }
    return result;
}
} // namespace

QString TeamRoles::key(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Operator: return QStringLiteral("operator");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Owner: return QStringLiteral("owner");
    case Role::None: break;
    }
    return QStringLiteral("none");
}

std::optional<TeamRoles::Role> TeamRoles::fromKey(const QString &key)
{
    for (Role r : {Role::Viewer, Role::Operator, Role::Admin})
        if (key == TeamRoles::key(r))
            return r;
    return std::nullopt;
}

QString TeamRoles::workspaceGroup(const QString &database, Role role)
{
    QString base;
    for (const QChar c : database.toLower())
        base += (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' ? c : QChar(u'_');
    // A hashed name ends in _h and 16 hex digits; a plain name that looks
    // like one is hashed too, so the two kinds never meet.
    static const QRegularExpression looksHashed(QStringLiteral("_h[0-9a-f]{16}$"));
    if (base != database || base.size() > 30 || looksHashed.match(base).hasMatch())
        base = base.left(21) + QStringLiteral("_h")
               + QString::fromLatin1(QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QStringLiteral("campaign_pilot_") + base + QLatin1Char('_') + key(role);
}

QString TeamRoles::legacyGroup(Role role)
{
    return QStringLiteral("campaign_pilot_") + key(role);
}

QString TeamRoles::Groups::of(Role role) const
{
    switch (role) {
    case Role::Viewer: return viewer;
    case Role::Operator: return operator_;
    case Role::Admin: return admin;
    case Role::Owner:
    case Role::None: break;
    }
    return {};
}

TeamRoles::Groups TeamRoles::Groups::named(const std::function<QString(Role)> &name)
{
    return {name(Role::Viewer), name(Role::Operator), name(Role::Admin)};
}

namespace {
// Whether public.team_groups exists, and whether it is the workspace's own
// (owned by the owner of its tables: a table someone else planted there is
// never read, its names never put into a statement).
Result<std::optional<bool>> teamGroupsTable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT pg_catalog.to_regclass('public.team_groups') IS NOT NULL, "
            "  (SELECT t.relowner = a.relowner FROM pg_catalog.pg_class t, pg_catalog.pg_class a "
            "   WHERE t.oid = pg_catalog.to_regclass('public.team_groups') AND a.oid = pg_catalog.to_regclass('public.audit_log'))"))
        || !q.next())
        return sqlError(q, QStringLiteral("team_groups"));
    if (!q.value(0).toBool())
        return std::optional<bool>();
    return std::optional<bool>(q.value(1).toBool());
}

Error foreignTable()
{
    return Error{TeamRoles::tr("the table team_groups in this database was not made by the workspace's owner: "
                               "someone else made it, and it is not read (its owner drops it)"),
                 QStringLiteral("team_groups")};
}
} // namespace

Result<TeamRoles::Groups> TeamRoles::groups(QSqlDatabase &db)
{
    // No table: a workspace made before schema 23 (on its way there, as
    // schema 22's grants are made), which uses the server-wide groups.
    // Asked first: a failed SELECT would abort a migration's transaction.
    auto table = teamGroupsTable(db);
    if (!table)
        return table.error();
    if (!table->has_value())
        return Groups::named(legacyGroup);
    if (!**table)
        return foreignTable();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT team_role, group_name FROM public.team_groups")))
        return sqlError(q, QStringLiteral("team_groups"));
    // The names go into statements (grants, team_roles.sql): only names
    // this program makes.
    static const QRegularExpression groupName(QStringLiteral("^campaign_pilot_[a-z0-9_]{1,48}$"));
    QHash<Role, QString> byRole;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (!groupName.match(name).hasMatch())
            return Error{tr("the team group \"%1\" recorded in team_groups is not a name this program makes").arg(name),
                         QStringLiteral("team_groups")};
        if (const auto role = fromKey(q.value(0).toString()))
            byRole.insert(*role, name);
    }
    const Groups g = Groups::named([&byRole](Role role) { return byRole.value(role); });
    if (g.viewer.isEmpty() || g.operator_.isEmpty() || g.admin.isEmpty())
        return Error{tr("the workspace's team groups are not all recorded (team_groups)"), QStringLiteral("team_groups")};
    return g;
}

QString TeamRoles::displayName(Role role)
{
    switch (role) {
    case Role::Viewer: return tr("Viewer");
    case Role::Operator: return tr("Operator");
    case Role::Admin: return tr("Admin");
    case Role::Owner: return tr("Owner");
    case Role::None: break;
    }
    return tr("No role");
}

namespace {
// The script with this workspace's group names put in (team_roles.sql names
// them @viewer@, @operator@, @admin@), run one statement at a time: QPSQL
// sends a string of several with one query and reports the first's result
// only, so a later failure would pass unseen (and abort the transaction).
Status runTeamScript(QSqlDatabase &db, const TeamRoles::Groups &groups)
{
    QFile file(QStringLiteral(":/sql-postgresql/team_roles.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{TeamRoles::tr("missing migration"), file.fileName()};
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QLatin1String("@viewer@"), groups.viewer)
        .replace(QLatin1String("@operator@"), groups.operator_)
        .replace(QLatin1String("@admin@"), groups.admin);
    for (const QString &statement : TeamRoles::postgresStatements(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return Error{q.lastError().text(), statement.left(80)};
    }
    return {};
}

// team_groups made (it must not exist yet) and `groups` recorded in it;
// then the script with them.
Status recordAndRun(QSqlDatabase &db, const TeamRoles::Groups &groups)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE public.team_groups ("
                               "team_role TEXT PRIMARY KEY CHECK (team_role IN ('viewer', 'operator', 'admin')), "
                               "group_name TEXT NOT NULL UNIQUE)")))
        return sqlError(q, QStringLiteral("team_groups"));
    q.prepare(QStringLiteral("INSERT INTO public.team_groups (team_role, group_name) VALUES (?, ?)"));
    using Role = TeamRoles::Role;
    for (Role role : {Role::Viewer, Role::Operator, Role::Admin}) {
        q.addBindValue(TeamRoles::key(role));
        q.addBindValue(groups.of(role));
        if (!q.exec())
            return sqlError(q, QStringLiteral("team_groups"));
    }
    auto recorded = TeamRoles::groups(db);
    if (!recorded)
        return recorded.error();
    return runTeamScript(db, *recorded);
}
} // namespace

Status TeamRoles::install(QSqlDatabase &db)
{
    auto table = teamGroupsTable(db);
    if (!table)
        return table.error();
    if (table->has_value())
        return foreignTable();   // before schema 20 nothing of ours makes it
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
        return sqlError(q, QStringLiteral("current_database()"));
    const QString database = q.value(0).toString();
    const Groups groups = Groups::named([&database](Role role) { return workspaceGroup(database, role); });
    // Groups of these names that exist already are this workspace's only if
    // nobody is in them yet beyond their own chain (and the role making the
    // workspace, which PostgreSQL 16 makes a member of a role it creates):
    // a team left by a database dropped and made again under the same
    // name, or groups someone made ahead, would otherwise come with it.
    q.prepare(QStringLiteral(
        "SELECT g.rolname, r.rolname FROM pg_catalog.pg_auth_members m "
        "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles r ON r.oid = m.member "
        "WHERE g.rolname IN (?, ?, ?) AND r.rolname <> session_user "
        "  AND NOT (g.rolname = ? AND r.rolname = ?) AND NOT (g.rolname = ? AND r.rolname = ?) "
        "ORDER BY 1, 2 LIMIT 1"));
    for (const QString &name : {groups.viewer, groups.operator_, groups.admin, groups.viewer, groups.operator_, groups.operator_, groups.admin})
        q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("pg_auth_members"));
    if (q.next())
        return Error{tr("the team group %1 exists on this server already and %2 is in it: it is left from an earlier "
                        "workspace named %3, or someone made it; a superuser drops the groups (DROP ROLE %4, %5, %6) "
                        "or the workspace gets another database name")
                         .arg(q.value(0).toString(), q.value(1).toString(), database, groups.admin, groups.operator_, groups.viewer),
                     QStringLiteral("team_groups")};
    return recordAndRun(db, groups);
}

Status TeamRoles::reapply(QSqlDatabase &db)
{
    auto recorded = groups(db);
    if (!recorded)
        return recorded.error();
    return runTeamScript(db, *recorded);
}

Status TeamRoles::recordLegacyGroups(QSqlDatabase &db)
{
    auto table = teamGroupsTable(db);
    if (!table)
        return table.error();
    if (table->has_value())
        return **table ? Status{} : Status{foreignTable()};
    return recordAndRun(db, Groups::named(legacyGroup));
}

QStringList TeamRoles::postgresStatements(const QString &script)
{
    QStringList lines = script.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.trimmed().startsWith(QLatin1String("--")); });
    const QString text = lines.join(QLatin1Char('\n'));
    static const QRegularExpression dollarQuote(QStringLiteral("\\$[A-Za-z_]*\\$"));
    QStringList out;
    QString current;
    QString tag;   // the dollar quote we are in ($$, $roles$), empty: none
    for (qsizetype i = 0; i < text.size();) {
        if (tag.isEmpty()) {
            if (const auto m = dollarQuote.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                m.hasMatch()) {
                tag = m.captured(0);
                current += tag;
                i = m.capturedEnd(0);
                continue;
            }
            const QChar c = text.at(i);
            if (c == u'\'') {
                // A string literal, '' inside it an escaped quote.
                qsizetype j = i + 1;
                while (j < text.size()) {
                    if (text.at(j) == u'\'' && j + 1 < text.size() && text.at(j + 1) == u'\'')
                        j += 2;
                    else if (text.at(j) == u'\'')
                        break;
                    else
                        ++j;
                }
                current += text.mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
            if (c == u';') {
                if (!current.trimmed().isEmpty())
                    out << current.trimmed();
                current.clear();
                ++i;
                continue;
            }
            current += c;
            ++i;
        } else if (text.mid(i, tag.size()) == tag) {
            current += tag;
            i += tag.size();
            tag.clear();
        } else {
            current += text.at(i);
            ++i;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<TeamRoles::Identity> TeamRoles::identify(QSqlDatabase &db)
{
    Identity id;
    if (!Database::onPostgres(db))
        return id;
    auto g = groups(db);
    if (!g)
        return g.error();
    QSqlQuery q(db);
    // The most a role may do: the owner of the tables or a superuser, then
    // the groups from the top (an admin is an operator and a viewer too).
    q.prepare(QStringLiteral(
        "SELECT session_user::text, "
        "  CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
        "            OR session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log') "
        "         THEN 'owner' "
        "       WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = CAST(? AS name)) THEN 'none' "
        "       WHEN pg_has_role(session_user, CAST(? AS name), 'MEMBER') THEN 'admin' "
        "       WHEN pg_has_role(session_user, CAST(? AS name), 'MEMBER') THEN 'operator' "
        "       WHEN pg_has_role(session_user, CAST(? AS name), 'MEMBER') THEN 'viewer' "
        "       ELSE 'none' END"));
    for (const QString &name : {g->admin, g->admin, g->operator_, g->viewer})
        q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("session_user"));
    id.user = q.value(0).toString();
    const QString role = q.value(1).toString();
    id.role = role == u"owner" ? Role::Owner : fromKey(role).value_or(Role::None);
    return id;
}

Result<QList<TeamRoles::Member>> TeamRoles::members(QSqlDatabase &db)
{
    auto g = groups(db);
    if (!g)
        return g.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT r.rolname, r.rolcanlogin, "
        "  CASE WHEN pg_has_role(r.oid, CAST(? AS name), 'MEMBER') THEN 'admin' "
        "       WHEN pg_has_role(r.oid, CAST(? AS name), 'MEMBER') THEN 'operator' ELSE 'viewer' END "
        "FROM pg_roles r "
        "WHERE r.rolname NOT LIKE 'campaign\\_pilot\\_%' AND pg_has_role(r.oid, CAST(? AS name), 'MEMBER') "
        "  AND NOT r.rolsuper "
        "ORDER BY r.rolname"));
    for (const QString &name : {g->admin, g->operator_, g->viewer})
        q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("pg_roles"));
    QList<Member> out;
    while (q.next())
        out.append({q.value(0).toString(), fromKey(q.value(2).toString()).value_or(Role::None), q.value(1).toBool()});
    return out;
}

Status TeamRoles::addMember(QSqlDatabase &db, const QString &name, Role role, const QString &password)
{
    if (!validName(name))
        return Error{tr("\"%1\" is not a member name: lower-case letters, digits, _ . - (starting with a letter or _), "
                        "at most 63 characters").arg(name), QStringLiteral("team")};
    if (role < Role::Viewer || role > Role::Admin)
        return Error{tr("a member is a viewer, an operator or an admin"), QStringLiteral("team")};
    if (password.isEmpty())
        return Error{tr("a member needs a password"), QStringLiteral("team")};
    // The workspace's function (team_roles.sql): only admins and the owner may
    // call it; it runs as the owner.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cp_team_add(?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(key(role));
    q.addBindValue(scramVerifier(password));
    if (!q.exec()) {
        QString why = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
        // An error's context may quote the statement the function ran, the
        // verifier in it: never shown (it is a password's derivative).
        static const QRegularExpression verifier(QStringLiteral("SCRAM-SHA-256\\$[^'\\s]+"));
        why.replace(verifier, QStringLiteral("SCRAM-SHA-256$…"));
        // Who may add members is said only when that is what the server
        // refused (SQLSTATE 42501), not after "exists already".
        const bool notPermitted = q.lastError().nativeErrorCode() == u"42501";
        return Error{notPermitted ? tr("cannot add %1: %2 (only a team admin or the workspace's owner adds members)").arg(name, why)
                                  : tr("cannot add %1: %2").arg(name, why),
                     QStringLiteral("team add")};
    }
    return {};
}

Status TeamRoles::removeMember(QSqlDatabase &db, const QString &name)
{
    if (!validName(name))
        return Error{tr("\"%1\" is not a member name").arg(name), QStringLiteral("team")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cp_team_remove(?)"));
    q.addBindValue(name);
    if (!q.exec()) {
        const QString why = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
        const bool notPermitted = q.lastError().nativeErrorCode() == u"42501";
        return Error{notPermitted ? tr("cannot remove %1: %2 (only a team admin or the workspace's owner removes members)").arg(name, why)
                                  : tr("cannot remove %1: %2").arg(name, why),
                     QStringLiteral("team remove")};
    }
    return {};
}

bool TeamRoles::validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("campaign_pilot_")) && !name.startsWith(QLatin1String("pg_"));
}

QString TeamRoles::scramVerifier(const QString &password, const QByteArray &givenSalt, int iterations)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    // PostgreSQL applies SASLprep (close to NFKC) to the password it is given.
    const QByteArray salted = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()), QString::fromLatin1(serverKey.toBase64()));
}

} // namespace cp
