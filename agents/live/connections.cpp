// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections.h"

#include <QCoreApplication>
#include <QSettings>

namespace cp {

namespace {
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

Connection read(QSettings &s, const QString &group)
{
    Connection c;
    s.beginGroup(group);
    c.kind = Connection::kindFromKey(s.value(QStringLiteral("kind")).toString()).value_or(Connection::Kind::None);
    c.url = QUrl(s.value(QStringLiteral("url")).toString());
    c.account = s.value(QStringLiteral("account")).toString();
    c.rereadDays = qBound(0, s.value(QStringLiteral("reread_days"), 0).toInt(), 365);
    c.policy.minIntervalMs = qBound(0, s.value(QStringLiteral("min_interval_ms"), 0).toInt(), 60000);
    c.policy.transferTimeoutMs = qBound(1000, s.value(QStringLiteral("timeout_ms"), c.policy.transferTimeoutMs).toInt(), 300000);
    s.endGroup();
    return c;
}

void write(QSettings &s, const QString &group, const Connection &c)
{
    s.beginGroup(group);
    s.setValue(QStringLiteral("kind"), Connection::kindKey(c.kind));
    s.setValue(QStringLiteral("url"), c.url.toString());
    s.setValue(QStringLiteral("account"), c.account);
    s.setValue(QStringLiteral("reread_days"), c.rereadDays);
    s.setValue(QStringLiteral("min_interval_ms"), c.policy.minIntervalMs);
    s.setValue(QStringLiteral("timeout_ms"), c.policy.transferTimeoutMs);
    s.endGroup();
}
} // namespace

QString Connection::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::CampaignPilotApi: return QStringLiteral("campaign-pilot-api");
    case Kind::WooCommerce: return QStringLiteral("woocommerce");
    case Kind::Meta: return QStringLiteral("meta");
    }
    return {};
}

std::optional<Connection::Kind> Connection::kindFromKey(QStringView key)
{
    for (Kind k : {Kind::None, Kind::CampaignPilotApi, Kind::WooCommerce, Kind::Meta})
        if (key == kindKey(k))
            return k;
    return std::nullopt;
}

QString Connection::problem(bool asStore) const
{
    if (kind == Kind::None)
        return {};
    if (asStore && kind == Kind::Meta)
        return ConnectionText::tr("Meta is an ad platform, not a store");
    if (!asStore && kind == Kind::WooCommerce)
        return ConnectionText::tr("WooCommerce is a store, not an ad platform");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return ConnectionText::tr("\"%1\" is not an address such as https://shop.example.com").arg(url.toString());
    if (url.scheme() != u"https" && !isLoopback(url))
        return ConnectionText::tr("%1 must be reached over HTTPS (plain HTTP only to this machine)").arg(url.host());
    if (kind == Kind::Meta) {
        bool ok = false;
        account.toULongLong(&ok);
        if (!ok)
            return ConnectionText::tr("the Meta ad account id must be digits (without \"act_\"), not \"%1\"").arg(account);
    }
    return {};
}

namespace {
QString groupOf(const QString &workspaceId, const char *role)
{
    return QStringLiteral("workspaces/%1/connections/%2").arg(workspaceId, QLatin1String(role));
}
} // namespace

Connections Connections::load(QSettings &settings, const QString &workspaceId)
{
    if (workspaceId.isEmpty())
        return {};
    return {read(settings, groupOf(workspaceId, "store")), read(settings, groupOf(workspaceId, "platform"))};
}

void Connections::save(QSettings &settings, const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return;
    write(settings, groupOf(workspaceId, "store"), store);
    write(settings, groupOf(workspaceId, "platform"), platform);
}

void Connections::adoptMachineWide(QSettings &settings, const QString &workspaceId)
{
    if (workspaceId.isEmpty() || !settings.childGroups().contains(QStringLiteral("connections")))
        return;
    if (!settings.contains(groupOf(workspaceId, "store") + QStringLiteral("/kind"))) {
        const Connections old{read(settings, QStringLiteral("connections/store")), read(settings, QStringLiteral("connections/platform"))};
        old.save(settings, workspaceId);
    }
    settings.remove(QStringLiteral("connections"));
}

} // namespace cp
