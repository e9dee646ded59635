// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/money.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// Field readers for the connectors' answers. Each checks one field of a JSON
// object (presence, type, finiteness, range, length) and returns the reason
// it is unusable ("is not a number", "-3 is negative"), or an empty string
// when `out` holds the value. The caller names the endpoint and the field.
namespace cp::fields {

constexpr int kMaxText = 1000;
constexpr double kMaxMoney = 1e9;
constexpr double kMaxCount = 1e12;

// Text; `required` also refuses an empty or blank one.
QString text(const QJsonObject &o, const char *key, bool required, QString &out);
// A whole number >= 0. `numericText` also takes "1234" (the Graph API's way).
QString count(const QJsonObject &o, const char *key, qint64 &out, bool numericText = false);
// An amount >= 0, as a number or as decimal text; 19.99 stays 19.99.
QString money(const QJsonObject &o, const char *key, Money &out);
// A finite number within [lo, hi]; also as numeric text when `numericText`.
QString number(const QJsonObject &o, const char *key, double lo, double hi, double &out, bool numericText = false);
// An id given as a whole number or as non-empty text of at most 100 characters.
QString id(const QJsonObject &o, const char *key, QString &out);

} // namespace cp::fields
