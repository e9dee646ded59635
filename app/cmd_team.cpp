// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot team add|list|remove --database postgresql://…: the members
// of a team workspace, each a login role of their own in one of the
// workspace's groups, campaign_pilot_<database>_viewer, _operator, _admin
// (models/teamroles.h: TeamRoles::groups). The server
// decides who may do this (CREATEROLE and the groups' admin option: team
// admins and the workspace's owner); the command only asks.
#include "commands.h"
#include "cliio.h"

#include "agents/live/teampassword.h"
#include "models/teamlogin.h"
#include "models/teamroles.h"

#include <QUrl>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace cp {

namespace {
// One line of standard input, without its line end.
QString readLine()
{
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// On a terminal: asked twice, not echoed. Otherwise the first line of
// standard input (a script's pipe), so that it is never an argument (other
// users see those in ps) nor in the shell's history.
std::optional<QString> newPassword(const QString &member)
{
    if (!::isatty(STDIN_FILENO))
        return readLine();
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    err() << CommandLine::tr("Password for %1: ").arg(member) << Qt::flush;
    const QString first = readLine();
    err() << Qt::endl << CommandLine::tr("Again: ") << Qt::flush;
    const QString second = readLine();
    err() << Qt::endl;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (first != second) {
        err() << CommandLine::tr("error: the two passwords differ") << Qt::endl;
        return std::nullopt;
    }
    return first;
}
} // namespace

int runTeam(const CommandLine &cl)
{
    TeamPassword::prepareLogin(cl.database);
    auto db = Database::open(cl.database);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase conn = db->connection();
        if (cl.subcommand == u"list") {
            auto members = TeamRoles::members(conn);
            if (!members) {
                err() << CommandLine::tr("error: %1").arg(members.error().toString()) << Qt::endl;
                code = 1;
            } else {
                if (members->isEmpty())
                    out() << CommandLine::tr("The team has no members yet (team add --role admin NAME adds the first admin).") << Qt::endl;
                for (const TeamRoles::Member &m : std::as_const(*members))
                    out() << m.name << '\t' << TeamRoles::key(m.role)
                          << (m.canLogin ? QString() : QLatin1Char('\t') + CommandLine::tr("(cannot log in)")) << Qt::endl;
            }
        } else if (cl.subcommand == u"add") {
            const auto role = TeamRoles::fromKey(cl.teamRole);
            const auto password = TeamRoles::validName(cl.member) ? newPassword(cl.member) : std::optional<QString>(QString());
            if (!password) {
                code = 2;
            } else if (TeamRoles::validName(cl.member) && password->isEmpty()) {
                err() << CommandLine::tr("error: no password on standard input (a member needs one)") << Qt::endl;
                code = 2;
            } else if (Status s = TeamRoles::addMember(conn, cl.member, role.value_or(TeamRoles::Role::None), *password); !s) {
                err() << CommandLine::tr("error: %1").arg(s.error().message) << Qt::endl;
                code = TeamRoles::validName(cl.member) ? 1 : 2;
            } else {
                out() << CommandLine::tr("%1 is now a member of the team as %2; they log in with --database postgresql://%1@%3%4")
                             .arg(cl.member, cl.teamRole, TeamLogin::server(cl.database), QUrl(cl.database).path())
                      << Qt::endl;
            }
        } else if (cl.subcommand == u"remove") {
            if (Status s = TeamRoles::removeMember(conn, cl.member); !s) {
                err() << CommandLine::tr("error: %1").arg(s.error().message) << Qt::endl;
                code = 1;
            } else {
                out() << CommandLine::tr("%1 is no longer a member of the team.").arg(cl.member) << Qt::endl;
            }
        }
    }
    db->closeThreadConnection();
    return code;
}

} // namespace cp
