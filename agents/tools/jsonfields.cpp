// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

namespace cp::fields {

namespace {
struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
};

// The value as a number: a JSON number, or (when allowed) numeric text.
std::optional<double> asNumber(const QJsonValue &v, bool numericText)
{
    if (v.isDouble())
        return v.toDouble();
    if (numericText && v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}
} // namespace

QString text(const QJsonObject &o, const char *key, bool required, QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return required ? FieldText::tr("is missing") : QString();
    if (!v.isString())
        return FieldText::tr("is not text");
    out = v.toString();
    if (out.size() > kMaxText)
        return FieldText::tr("is %1 characters long (at most %2)").arg(out.size()).arg(kMaxText);
    if (required && out.trimmed().isEmpty())
        return FieldText::tr("is empty");
    return {};
}

QString count(const QJsonObject &o, const char *key, qint64 &out, bool numericText)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return FieldText::tr("is missing");
    const std::optional<double> d = asNumber(v, numericText);
    if (!d)
        return FieldText::tr("is not a number");
    if (!std::isfinite(*d) || *d != std::floor(*d))
        return FieldText::tr("%1 is not a whole number").arg(*d);
    if (*d < 0)
        return FieldText::tr("%1 is negative").arg(*d);
    if (*d > kMaxCount)
        return FieldText::tr("%1 is absurdly large").arg(*d);
    out = qint64(*d);
    return {};
}

QString money(const QJsonObject &o, const char *key, Money &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return FieldText::tr("is missing");
    std::optional<Money> m;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return FieldText::tr("is not a finite number");
        if (d < 0)
            return FieldText::tr("%1 is negative").arg(d);
        if (d > kMaxMoney)
            return FieldText::tr("%1 is absurdly large").arg(d);
        // Through its shortest decimal text, so 19.99 stays 19.99.
        m = Money::parse(QString::number(d, 'g', 15));
    } else if (v.isString()) {
        m = Money::parse(v.toString());
        if (m && m->minor() < 0)
            return FieldText::tr("%1 is negative").arg(v.toString());
        if (m && m->toDouble() > kMaxMoney)
            return FieldText::tr("%1 is absurdly large").arg(v.toString());
    } else {
        return FieldText::tr("is not an amount");
    }
    if (!m)
        return FieldText::tr("is not an amount");
    out = *m;
    return {};
}

QString number(const QJsonObject &o, const char *key, double lo, double hi, double &out, bool numericText)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return FieldText::tr("is missing");
    const std::optional<double> d = asNumber(v, numericText);
    if (!d)
        return FieldText::tr("is not a number");
    if (!std::isfinite(*d))
        return FieldText::tr("is not a finite number");
    if (*d < lo || *d > hi)
        return FieldText::tr("%1 is outside %2 to %3").arg(*d).arg(lo).arg(hi);
    out = *d;
    return {};
}

QString id(const QJsonObject &o, const char *key, QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e15) {
        out = QString::number(qint64(v.toDouble()));
        return {};
    }
    if (v.isString() && !v.toString().trimmed().isEmpty() && v.toString().size() <= 100) {
        out = v.toString();
        return {};
    }
    return v.isUndefined() || v.isNull() ? FieldText::tr("is missing") : FieldText::tr("is not an id");
}

} // namespace cp::fields
