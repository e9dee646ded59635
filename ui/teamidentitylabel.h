// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/teamroles.h"

#include <QLabel>

namespace cp {

// The status bar's "who you are" in a team workspace (issue 18): the
// database role logged in and what the team lets it do ("ada · Admin").
// The window greys out what the role cannot do from it; the database is
// what enforces it (models/teamroles.h). Hidden for a workspace file.
class TeamIdentityLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit TeamIdentityLabel(QWidget *parent = nullptr);

    // Shows who is logged in to the workspace at `path`, as the store
    // session read it on its own thread (StoreSnapshot::identity; never read
    // here: that is a round trip to the server). `error`: why it could not
    // be read, shown as "Role unknown". Hidden for a workspace file.
    void setIdentity(const QString &path, const TeamRoles::Identity &identity, const QString &error);
    const TeamRoles::Identity &identity() const { return m_identity; }
    // A member of a team logged in as themselves (not a file, not the owner):
    // their database role is their name in the audit log.
    bool isMember() const { return !m_identity.user.isEmpty() && m_identity.role < TeamRoles::Role::Owner; }
    // Why the role may not do it; empty when it may.
    QString cannotApprove() const;
    QString cannotAdminister() const;

private:
    TeamRoles::Identity m_identity;
};

} // namespace cp
