// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace cp {

namespace {
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

Connection read(QSettings &s, const QString &group, bool model = false)
{
    Connection c;
    if (model)
        c.policy.transferTimeoutMs = Connection::kModelTimeoutMs;
    s.beginGroup(group);
    c.kind = Connection::kindFromKey(s.value(QStringLiteral("kind")).toString()).value_or(Connection::Kind::None);
    c.url = QUrl(s.value(QStringLiteral("url")).toString());
    c.account = s.value(QStringLiteral("account")).toString();
    c.rereadDays = qBound(0, s.value(QStringLiteral("reread_days"), 0).toInt(), 90);
    c.policy.minIntervalMs = qBound(0, s.value(QStringLiteral("min_interval_ms"), 0).toInt(), 60000);
    c.policy.transferTimeoutMs = qBound(1000, s.value(QStringLiteral("timeout_ms"), c.policy.transferTimeoutMs).toInt(), 300000);
    c.apiVersion = s.value(QStringLiteral("api_version")).toString().trimmed();
    c.model = s.value(QStringLiteral("model")).toString().trimmed();
    c.language = s.value(QStringLiteral("language")).toString().trimmed();
    c.hasKey = s.value(QStringLiteral("has_key"), false).toBool();
    // A model that is off has no timeout of its own yet (earlier versions saved the connectors' 15 s for it).
    if (model && c.kind == Connection::Kind::None)
        c.policy.transferTimeoutMs = Connection::kModelTimeoutMs;
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
    s.setValue(QStringLiteral("api_version"), c.apiVersion);
    s.setValue(QStringLiteral("model"), c.model);
    s.setValue(QStringLiteral("language"), c.language);
    s.setValue(QStringLiteral("has_key"), c.hasKey);   // whether one was typed; never the key
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
    case Kind::OpenAiCompatible: return QStringLiteral("openai-compatible");
    }
    return {};
}

std::optional<Connection::Kind> Connection::kindFromKey(QStringView key)
{
    for (Kind k : {Kind::None, Kind::CampaignPilotApi, Kind::WooCommerce, Kind::Meta, Kind::OpenAiCompatible})
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
    if (kind == Kind::OpenAiCompatible)
        return ConnectionText::tr("a language model is neither a store nor an ad platform");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return ConnectionText::tr("\"%1\" is not an address such as https://shop.example.com").arg(url.toString());
    if (url.scheme() != u"https" && !isLoopback(url))
        return ConnectionText::tr("%1 must be reached over HTTPS (plain HTTP only to this machine)").arg(url.host());
    if (kind == Kind::Meta) {
        bool ok = false;
        account.toULongLong(&ok);
        if (!ok)
            return ConnectionText::tr("the Meta ad account id must be digits (without \"act_\"), not \"%1\"").arg(account);
        // Graph versions are "v" and major.minor: https://developers.facebook.com/docs/graph-api/guides/versioning
        static const QRegularExpression version(QStringLiteral("^v\\d{1,3}\\.\\d$"));
        if (!apiVersion.isEmpty() && !version.match(apiVersion).hasMatch())
            return ConnectionText::tr("the Meta API version must look like \"%1\", not \"%2\"")
                .arg(QLatin1String(kMetaDefaultVersion), apiVersion);
    }
    if (rereadDays < 0 || rereadDays > 90)
        return ConnectionText::tr("the days re-read on every refresh must be 0 (the source's default) to 90, not %1").arg(rereadDays);
    return {};
}

QString Connection::modelProblem() const
{
    if (kind == Kind::None)
        return {};
    if (kind != Kind::OpenAiCompatible)
        return ConnectionText::tr("a language model speaks the OpenAI-compatible chat-completions API");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return ConnectionText::tr("\"%1\" is not an address such as http://127.0.0.1:8080/v1").arg(url.toString());
    if (url.scheme() != u"https" && !isLoopback(url))
        return ConnectionText::tr("%1 must be reached over HTTPS (plain HTTP only to this machine)").arg(url.host());
    if (model.trimmed().isEmpty())
        return ConnectionText::tr("the model's name is empty (the name its server knows it by, e.g. \"llama3.1:8b\")");
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!language.isEmpty() && !tag.match(language).hasMatch())
        return ConnectionText::tr("the language must be a code such as \"de\" or \"es\", not \"%1\"").arg(language);
    return {};
}

QString Connection::effectiveApiVersion() const
{
    return apiVersion.isEmpty() ? QString::fromLatin1(kMetaDefaultVersion) : apiVersion;
}

QUrl Connection::baseUrl() const
{
    if (kind != Kind::Meta)
        return url;
    QUrl base = url;
    QStringList segments = base.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
    if (!segments.isEmpty() && version.match(segments.last()).hasMatch())
        segments.removeLast();   // an earlier release kept the version in the address
    segments.append(effectiveApiVersion());
    base.setPath(QLatin1Char('/') + segments.join(QLatin1Char('/')));
    return base;
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
    return {read(settings, groupOf(workspaceId, "store")), read(settings, groupOf(workspaceId, "platform")),
            read(settings, groupOf(workspaceId, "model"), true)};
}

void Connections::save(QSettings &settings, const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return;
    write(settings, groupOf(workspaceId, "store"), store);
    write(settings, groupOf(workspaceId, "platform"), platform);
    write(settings, groupOf(workspaceId, "model"), model);
}

void Connections::adoptMachineWide(QSettings &settings, const QString &workspaceId)
{
    if (workspaceId.isEmpty() || !settings.childGroups().contains(QStringLiteral("connections")))
        return;
    if (!settings.contains(groupOf(workspaceId, "store") + QStringLiteral("/kind"))) {
        const Connections old{read(settings, QStringLiteral("connections/store")), read(settings, QStringLiteral("connections/platform")), {}};
        old.save(settings, workspaceId);
    }
    settings.remove(QStringLiteral("connections"));
}

} // namespace cp
