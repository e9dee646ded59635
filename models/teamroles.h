// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace cp {

// Identity and roles in a team workspace on PostgreSQL (issue 18). Each
// person logs in with a database role of their own, a member of one of the
// workspace's three group roles; the database enforces what each may do
// (grants and triggers: resources/sql-postgresql/team_roles.sql, installed
// by the migration to schema 20). The program only reads who is logged in
// to show it and to grey out what the role cannot do.
//
// Roles belong to the whole server, so each workspace has groups of its own
// (campaign_pilot_<database>_viewer, ...; workspaceGroup), recorded in its
// table team_groups: two teams on one server share nothing. A workspace
// made before schema 23 keeps the server-wide campaign_pilot_viewer,
// _operator and _admin it was made with (legacyGroup).
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
public:
    // Ordered: each includes what the ones before it may do.
    enum class Role { None, Viewer, Operator, Admin, Owner };

    // viewer, operator, admin (owner: the workspace's owner or a superuser).
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    // A new workspace's group for `role` on the server, from its database's
    // name: campaign_pilot_<name>_viewer where the name is lower-case
    // letters, digits and _ (at most 30); otherwise, or when it ends like a
    // hashed one, its first 21 such characters, "_h" and 16 hex digits of
    // its SHA-256, so that two names never share groups. At most 63 bytes
    // (PostgreSQL's limit).
    static QString workspaceGroup(const QString &database, Role role);
    // The server-wide groups of workspaces made before schema 23:
    // campaign_pilot_viewer, _operator, _admin.
    static QString legacyGroup(Role role);

    struct Groups
    {
        QString viewer, operator_, admin;
        QString of(Role role) const;
        // Each of the three named by `name` (workspaceGroup, legacyGroup, a
        // table's rows).
        static Groups named(const std::function<QString(Role)> &name);
    };
    // This workspace's groups (team_groups; PostgreSQL only). Without that
    // table (a workspace before schema 23), the server-wide ones. A table
    // the owner of the workspace's tables does not own, or a name this
    // program would not make, is an error: the names go into statements.
    static Result<Groups> groups(QSqlDatabase &db);
    // The role's name as the window shows it ("Operator").
    static QString displayName(Role role);

    // Runs the PostgreSQL half of schema 20 (Database::migrate, inside the
    // version's transaction): the workspace's own groups (workspaceGroup)
    // recorded in team_groups, their grants and the triggers. Refused when
    // groups of those names exist with members in them already, or a
    // team_groups table exists (someone else's).
    static Status install(QSqlDatabase &db);
    // The team roles' script run again with the groups the workspace
    // records (schema 27: a version that changes a trigger or a grant).
    static Status reapply(QSqlDatabase &db);
    // Schema 23 on PostgreSQL: a workspace that has no team_groups yet (made
    // before 23) records the server-wide groups it uses and has the script
    // run again with them (it is written to run more than once). A workspace
    // made since has nothing to do.
    static Status recordLegacyGroups(QSqlDatabase &db);
    // A PostgreSQL script's statements: split at ';' outside string literals
    // and dollar quotes (function bodies), "--" comment lines dropped.
    static QStringList postgresStatements(const QString &script);

    struct Identity
    {
        QString user;        // the login role (session_user); empty on SQLite
        Role role = Role::Owner;
        bool mayApprove() const { return role >= Role::Operator; }
        bool mayAdminister() const { return role >= Role::Admin; }
    };
    // Who is logged in on this connection. An SQLite file has one user, who
    // may do everything (Owner, no name).
    static Result<Identity> identify(QSqlDatabase &db);

    struct Member
    {
        QString name;
        Role role = Role::None;
        bool canLogin = false;
    };
    // The server's login roles that belong to one of the workspace's groups.
    static Result<QList<Member>> members(QSqlDatabase &db);
    // A new login role `name` in `role`'s group, through the workspace's
    // function cp_team_add (team_roles.sql), which only admins and the owner
    // may call and which runs as the owner: admins need no CREATEROLE. The
    // password goes to the server as a SCRAM-SHA-256 verifier, never in the
    // clear (so it is not in the server's statement log either).
    static Status addMember(QSqlDatabase &db, const QString &name, Role role, const QString &password);
    // Drops a member's login role (cp_team_remove; a role that owns objects
    // is refused by the server).
    static Status removeMember(QSqlDatabase &db, const QString &name);

    // Login role names the commands accept: lower-case letters, digits, _ . -,
    // starting with a letter or _, at most 63 bytes (PostgreSQL's limit).
    static bool validName(const QString &name);
    // "SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>" (RFC 5802/7677, as
    // PostgreSQL stores it), with a fresh random salt.
    static QString scramVerifier(const QString &password, const QByteArray &salt = {}, int iterations = 4096);
};

} // namespace cp
