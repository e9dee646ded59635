// SPDX-License-Identifier: GPL-3.0-or-later
#include "adcopy.h"

#include <QJsonArray>

namespace cp {

QJsonObject AdCopy::toJson() const
{
    QJsonObject o{{QStringLiteral("headline"), headline},
                  {QStringLiteral("primary_text"), primaryText},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("source"), source}};
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!promptVersion.isEmpty())
        o.insert(QStringLiteral("prompt_version"), promptVersion);
    return o;
}

AdCopy AdCopy::fromJson(const QJsonObject &o)
{
    AdCopy c;
    c.headline = o.value(QStringLiteral("headline")).toString();
    c.primaryText = o.value(QStringLiteral("primary_text")).toString();
    c.description = o.value(QStringLiteral("description")).toString();
    c.source = o.value(QStringLiteral("source")).toString();
    c.model = o.value(QStringLiteral("model")).toString();
    c.promptVersion = o.value(QStringLiteral("prompt_version")).toString();
    return c;
}

QJsonObject CopyChoice::toJson() const
{
    QJsonArray list;
    for (const AdCopy &c : variants)
        list.append(c.toJson());
    return QJsonObject{{QStringLiteral("variants"), list},
                       {QStringLiteral("chosen"), chosen},
                       {QStringLiteral("refusals"), QJsonArray::fromStringList(refusals)},
                       {QStringLiteral("facts"), facts}};
}

CopyChoice CopyChoice::fromJson(const QJsonObject &o)
{
    CopyChoice c;
    for (const QJsonValue &v : o.value(QStringLiteral("variants")).toArray())
        c.variants.append(AdCopy::fromJson(v.toObject()));
    c.chosen = o.value(QStringLiteral("chosen")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("refusals")).toArray())
        c.refusals << v.toString();
    c.facts = o.value(QStringLiteral("facts")).toObject();
    return c;
}

} // namespace cp
