// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamidentitylabel.h"

#include "models/database.h"

namespace cp {

TeamIdentityLabel::TeamIdentityLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("teamIdentity"));
    hide();
}

void TeamIdentityLabel::setIdentity(const QString &path, const TeamRoles::Identity &identity, const QString &error)
{
    m_identity = {};
    if (!Database::isPostgresUrl(path)) {
        hide();
        return;
    }
    if (!error.isEmpty()) {
        // Unknown: the database still decides; the window offers nothing it cannot show.
        m_identity.role = TeamRoles::Role::None;
        setText(tr("Role unknown"));
        setToolTip(error);
    } else {
        m_identity = identity;
        setText(tr("%1 · %2").arg(m_identity.user, TeamRoles::displayName(m_identity.role)));
        setToolTip(m_identity.role == TeamRoles::Role::Viewer     ? tr("You can read this team workspace; approving needs an operator")
                   : m_identity.role == TeamRoles::Role::Operator ? tr("You approve, reject and send, up to the policy's daily budget limit")
                   : m_identity.role == TeamRoles::Role::Admin    ? tr("You approve, and set the policy, connections and the team")
                   : m_identity.role == TeamRoles::Role::Owner    ? tr("You own this workspace's database")
                                                                  : tr("Your database role is in no Campaign Pilot team group"));
    }
    setAccessibleName(text());
    show();
}

QString TeamIdentityLabel::cannotApprove() const
{
    return m_identity.mayApprove() ? QString()
                                   : tr("%1 has the role %2 in this team workspace: approving needs an operator")
                                         .arg(m_identity.user, TeamRoles::displayName(m_identity.role).toLower());
}

QString TeamIdentityLabel::cannotAdminister() const
{
    return m_identity.mayAdminister() ? QString()
                                      : tr("%1 has the role %2 in this team workspace: this needs an admin")
                                            .arg(m_identity.user, TeamRoles::displayName(m_identity.role).toLower());
}

} // namespace cp
