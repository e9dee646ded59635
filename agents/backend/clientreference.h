// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QString>

namespace cp {

// A short reference to an outbox entry that a platform without idempotency
// keys stores for us and returns (in a new campaign's name: "Summer Sale
// [cp:3f9a2c41]"), so that a state check finds this very action and never
// mistakes an earlier campaign of the same name for it.
namespace ClientReference {

// The first 8 hex digits of SHA-256 of the idempotency key.
inline QString of(const QString &idempotencyKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

inline QString tag(const QString &idempotencyKey) { return QStringLiteral("[cp:%1]").arg(of(idempotencyKey)); }

// The campaign name as sent: the operator's name, then the tag.
inline QString nameWithTag(const QString &name, const QString &idempotencyKey)
{
    return name.trimmed().isEmpty() ? tag(idempotencyKey) : name.trimmed() + QLatin1Char(' ') + tag(idempotencyKey);
}

// Whether a platform's campaign name carries this entry's tag.
inline bool matches(const QString &campaignName, const QString &idempotencyKey)
{
    return campaignName.contains(tag(idempotencyKey));
}

} // namespace ClientReference
} // namespace cp
