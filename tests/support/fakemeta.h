// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Meta's Marketing API (Graph) as its documentation describes it, for
// FaultServer's handler: versions in the path, the ad account's currency and
// time zone (timezone_name), budgets in the currency's offset, one
// account-level insights call by day, throttling codes, error 190,
// validate_only.
#include "faultserver.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>
#include <QtGlobal>
#include <optional>

namespace cp::test {

// An ad account as the Marketing API documents it.
struct Graph
{
    using A = FaultServer::Answer;

    QByteArray version = "v26.0";
    QString currency = QStringLiteral("USD");
    QString timeZone = QStringLiteral("Europe/London");
    bool expiredToken = false;
    struct Camp
    {
        QString id;
        QString status = QStringLiteral("ACTIVE"), effective = QStringLiteral("ACTIVE");
        qint64 daily = 0, lifetime = 0;   // in the currency's offset; 0: not set
    };
    QList<Camp> campaigns;
    // One ad set each: its click-through window in days (0: no attribution_spec).
    QList<int> adSetWindows;
    struct Day
    {
        qint64 impressions = 1000, clicks = 40;
        QString spend = QStringLiteral("20.00");
        qint64 purchases = 0;
        QString value = QStringLiteral("0");
    };
    QMap<QString, QMap<QDate, Day>> days;   // campaign -> day -> figures
    QList<QString> unreadable;              // campaigns whose insight rows do not read (clicks "many")
    QList<A> insightsFirst;                 // answered to the next insights calls before the real ones
    QString refuseDryRun;                   // the message a validate_only POST is refused with
    QString refuseDryRunForPeople;          // and its error_user_msg, when set
    QList<A> writesFirst;                   // answered to the next real (not validate_only) POSTs, applying nothing
    QList<QDate> since, until;              // every insights time_range asked
    int dryRuns = 0, realWrites = 0;
    QList<QUrlQuery> writes;

    static A error(int status, int code, int subcode, const QString &message, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        QJsonObject e{{QStringLiteral("message"), message}, {QStringLiteral("type"), QStringLiteral("OAuthException")},
                      {QStringLiteral("code"), code}, {QStringLiteral("fbtrace_id"), QStringLiteral("AbC")}};
        if (subcode)
            e.insert(QStringLiteral("error_subcode"), subcode);
        return A{status, QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact), headers,
                 FaultServer::Fault::None};
    }
    static A ok(const QJsonObject &o) { return A{200, QJsonDocument(o).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None}; }
    Camp *find(const QString &id)
    {
        for (Camp &c : campaigns)
            if (c.id == id)
                return &c;
        return nullptr;
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        const QByteArray prefix = "/" + version + "/";
        if (!s.path.startsWith(prefix))
            return error(400, 2635, 0, QStringLiteral("You are calling a deprecated version of the Ads API. Please update to the latest version."));
        if (expiredToken)
            return error(400, 190, 463, QStringLiteral("Error validating access token: Session has expired on Tuesday, 24-Nov-26 04:00:00 PST."));
        const QString path = QString::fromUtf8(s.path.mid(prefix.size()));
        const QUrlQuery q(QString::fromUtf8(s.query));
        auto item = [&](const char *key) { return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
        if (s.method == "POST") {
            Camp *c = find(path);
            if (!c)
                return error(400, 100, 33, QStringLiteral("Unsupported post request."));
            if (item("execution_options").contains(QLatin1String("validate_only"))) {
                ++dryRuns;
                if (!refuseDryRun.isEmpty()) {
                    A refused = error(400, 100, 1885272, refuseDryRun);
                    if (!refuseDryRunForPeople.isEmpty()) {
                        QJsonObject body = QJsonDocument::fromJson(refused.body).object();
                        QJsonObject e = body.value(QStringLiteral("error")).toObject();
                        e.insert(QStringLiteral("error_user_title"), QStringLiteral("Your Budget Is Too Low"));
                        e.insert(QStringLiteral("error_user_msg"), refuseDryRunForPeople);
                        body.insert(QStringLiteral("error"), e);
                        refused.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                    }
                    return refused;
                }
                return ok({{QStringLiteral("success"), true}});
            }
            if (!writesFirst.isEmpty())
                return writesFirst.takeFirst();
            ++realWrites;
            writes << q;
            if (!item("status").isEmpty())
                c->status = c->effective = item("status");
            if (!item("daily_budget").isEmpty())
                c->daily = item("daily_budget").toLongLong();
            return ok({{QStringLiteral("success"), true}});
        }
        if (path == u"act_42")
            return ok({{QStringLiteral("id"), QStringLiteral("act_42")}, {QStringLiteral("currency"), currency},
                       {QStringLiteral("timezone_name"), timeZone}});
        if (path == u"act_42/campaigns") {
            QJsonArray data;
            for (const Camp &c : campaigns) {
                QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), QStringLiteral("Campaign ") + c.id},
                              {QStringLiteral("status"), c.status}, {QStringLiteral("effective_status"), c.effective}};
                if (c.daily)
                    o.insert(QStringLiteral("daily_budget"), QString::number(c.daily));
                if (c.lifetime)
                    o.insert(QStringLiteral("lifetime_budget"), QString::number(c.lifetime));
                data.append(o);
            }
            return ok({{QStringLiteral("data"), data}, {QStringLiteral("paging"), QJsonObject{}}});
        }
        if (path == u"act_42/adsets") {
            QJsonArray data;
            for (qsizetype i = 0; i < adSetWindows.size(); ++i) {
                QJsonObject o{{QStringLiteral("id"), QStringLiteral("90%1").arg(i)}};
                if (adSetWindows[i] > 0)
                    o.insert(QStringLiteral("attribution_spec"),
                             QJsonArray{QJsonObject{{QStringLiteral("event_type"), QStringLiteral("CLICK_THROUGH")},
                                                    {QStringLiteral("window_days"), adSetWindows[i]}},
                                        QJsonObject{{QStringLiteral("event_type"), QStringLiteral("VIEW_THROUGH")},
                                                    {QStringLiteral("window_days"), 1}}});
                data.append(o);
            }
            return ok({{QStringLiteral("data"), data}, {QStringLiteral("paging"), QJsonObject{}}});
        }
        if (path == u"act_42/insights") {
            if (!insightsFirst.isEmpty())
                return insightsFirst.takeFirst();
            if (item("level") != u"campaign" || item("time_increment") != u"1")
                return error(400, 100, 0, QStringLiteral("Invalid parameter"));
            const QJsonObject range = QJsonDocument::fromJson(item("time_range").toUtf8()).object();
            const QDate from = QDate::fromString(range.value(QStringLiteral("since")).toString(), Qt::ISODate);
            const QDate to = QDate::fromString(range.value(QStringLiteral("until")).toString(), Qt::ISODate);
            since << from;
            until << to;
            QJsonArray data;
            for (auto c = days.cbegin(); c != days.cend(); ++c)
                for (auto d = c->cbegin(); d != c->cend(); ++d) {
                    if (d.key() < from || d.key() > to)
                        continue;   // only the days asked for
                    data.append(QJsonObject{
                        {QStringLiteral("campaign_id"), c.key()},
                        {QStringLiteral("date_start"), d.key().toString(Qt::ISODate)},
                        {QStringLiteral("date_stop"), d.key().toString(Qt::ISODate)},
                        {QStringLiteral("impressions"), QString::number(d->impressions)},
                        {QStringLiteral("clicks"), unreadable.contains(c.key()) ? QStringLiteral("many") : QString::number(d->clicks)},
                        {QStringLiteral("spend"), d->spend},
                        {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("action_type"), QStringLiteral("purchase")},
                                                                           {QStringLiteral("value"), QString::number(d->purchases)}}}},
                        {QStringLiteral("action_values"), QJsonArray{QJsonObject{{QStringLiteral("action_type"), QStringLiteral("purchase")},
                                                                                 {QStringLiteral("value"), d->value}}}}});
                }
            return ok({{QStringLiteral("data"), data}});
        }
        if (Camp *c = find(path)) {
            QJsonObject o{{QStringLiteral("id"), c->id}, {QStringLiteral("status"), c->status}};
            if (c->daily)
                o.insert(QStringLiteral("daily_budget"), QString::number(c->daily));
            if (c->lifetime)
                o.insert(QStringLiteral("lifetime_budget"), QString::number(c->lifetime));
            return ok(o);
        }
        return error(400, 100, 33, QStringLiteral("Unsupported get request."));
    }
};

// The test's clock at a chosen instant (cp::Clock reads the offset on every call).
inline void setNow(const QDateTime &utc)
{
    qputenv("CP_NOW_OFFSET_SECONDS", QByteArray::number(utc.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch()));
}

} // namespace cp::test
