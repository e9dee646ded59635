// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cmath>

namespace cp {

namespace {
struct MetaText
{
    Q_DECLARE_TR_FUNCTIONS(MetaApi)
};
constexpr double kThrottleAt = 95.0;
} // namespace

MetaApi::MetaApi(QUrl base, NetworkPolicy policy, QByteArray accessToken, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this)), m_token(std::move(accessToken)), m_policy(policy)
{
}

int MetaApi::throttleWaitMs(const HttpResponse &r)
{
    int waitMs = 0;
    auto consider = [&](const QJsonObject &usage) {
        double peak = 0;
        for (const char *key : {"call_count", "total_cputime", "total_time", "acc_id_util_pct"})
            peak = std::max(peak, usage.value(QLatin1String(key)).toDouble());
        const int regainMinutes = usage.value(QStringLiteral("estimated_time_to_regain_access")).toInt();
        if (regainMinutes > 0)
            waitMs = std::max(waitMs, regainMinutes * 60 * 1000);
        else if (peak >= kThrottleAt)
            waitMs = std::max(waitMs, 60 * 1000);   // near the limit: a minute's breather
    };
    for (const char *header : {"X-App-Usage", "X-Ad-Account-Usage"}) {
        const QByteArray v = r.header(header);
        if (!v.isEmpty())
            consider(QJsonDocument::fromJson(v).object());
    }
    // X-Business-Use-Case-Usage: {"<business id>": [{"type": ..., "call_count": ..., ...}]}
    const QJsonObject buc = QJsonDocument::fromJson(r.header("X-Business-Use-Case-Usage")).object();
    for (const QJsonValue &list : buc)
        for (const QJsonValue &entry : list.toArray())
            consider(entry.toObject());
    return waitMs;
}

Result<QList<Campaign>> MetaApi::parseCampaigns(const QByteArray &body, const QString &where, QString *after)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{MetaText::tr("the answer is not JSON (%1)").arg(parseError.errorString()), where};
    if (!root.value(QStringLiteral("data")).isArray())
        return Error{MetaText::tr("field \"data\" is not a list"), where};
    QList<Campaign> out;
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{MetaText::tr("data[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        Campaign c;
        c.platform = QStringLiteral("meta");
        c.id = o.value(QStringLiteral("id")).toString();   // Graph ids are strings of digits
        if (c.id.isEmpty() || c.id.size() > 64)
            return bad("id", MetaText::tr("is missing or not an id"));
        c.name = o.value(QStringLiteral("name")).toString();
        if (c.name.size() > 1000)
            return bad("name", MetaText::tr("is %1 characters long").arg(c.name.size()));
        const QString status = o.value(QStringLiteral("effective_status")).toString(o.value(QStringLiteral("status")).toString());
        c.status = status == u"ACTIVE" ? Campaign::Status::Active
                 : (status == u"PAUSED" || status == u"CAMPAIGN_PAUSED") ? Campaign::Status::Paused
                                                                         : Campaign::Status::Ended;
        const QJsonValue budget = o.value(QStringLiteral("daily_budget"));
        if (!budget.isUndefined() && !budget.isNull()) {
            // A string of minor units ("5200" is 52.00).
            bool ok = false;
            const qint64 minor = budget.isString() ? budget.toString().toLongLong(&ok) : qint64(budget.toDouble());
            if ((budget.isString() && !ok) || (!budget.isString() && !budget.isDouble()) || minor < 0 || minor > 1'000'000'000'00LL)
                return bad("daily_budget", MetaText::tr("is not an amount in minor units"));
            c.dailyBudget = Money::fromMinor(minor);
        }
        out.append(c);
    }
    const QJsonObject paging = root.value(QStringLiteral("paging")).toObject();
    if (after)
        *after = paging.contains(QStringLiteral("next"))
                     ? paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString()
                     : QString();
    return out;
}

void MetaApi::fetchCampaigns(const QString &adAccountId, CampaignsDone done)
{
    fetchPage(adAccountId, QString(), std::make_shared<QList<Campaign>>(), std::move(done), 1);
}

void MetaApi::fetchPage(const QString &account, const QString &after, std::shared_ptr<QList<Campaign>> all, CampaignsDone done, int page)
{
    HttpRequest r;
    r.path = QStringLiteral("/act_%1/campaigns").arg(account);
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,status,effective_status,daily_budget"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!after.isEmpty())
        r.query.addQueryItem(QStringLiteral("after"), after);
    r.headers.append({"Authorization", "Bearer " + m_token});
    const QString where = QStringLiteral("GET /act_%1/campaigns page %2").arg(account).arg(page);
    m_http->send(r, [this, account, all, done, page, where](const Result<HttpResponse> &response) {
        if (!response)
            return done(Error{response.error().message, where});
        QString next;
        auto parsed = parseCampaigns(response->body, where, &next);
        if (!parsed)
            return done(parsed.error());
        *all += *parsed;
        if (next.isEmpty())
            return done(*all);
        const int waitMs = throttleWaitMs(*response);
        if (waitMs > m_policy.retryAfterMaxMs)
            return done(Error{MetaText::tr("the ad account is throttled by Meta for about %1 min; try again later").arg((waitMs + 59999) / 60000),
                              where});
        QTimer::singleShot(waitMs, this, [this, account, next, all, done, page] { fetchPage(account, next, all, done, page + 1); });
    });
}

} // namespace cp
