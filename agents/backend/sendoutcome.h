// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QJsonObject>

namespace cp {

// What one write to an ad platform came to. Only an answer proves anything:
// a 2xx that reads well (applied) or a 4xx (the platform said no). A 5xx, a
// timeout, a dropped connection or a 2xx that cannot be read leaves it
// unknown: the platform may have applied it.
struct SendOutcome
{
    enum class Kind {
        Applied,    // the platform answered that it applied it
        Rejected,   // the platform said no, for sure (or we never may send it)
        Unknown,    // it may or may not have been applied
        NotSent,    // the request certainly never left (circuit breaker open)
    };
    Kind kind = Kind::Unknown;
    QJsonObject result;   // Applied: the platform's answer
    Error error;          // otherwise: why

    static SendOutcome applied(QJsonObject result) { return {Kind::Applied, std::move(result), {}}; }
    static SendOutcome rejected(Error error) { return {Kind::Rejected, {}, std::move(error)}; }
    static SendOutcome unknown(Error error) { return {Kind::Unknown, {}, std::move(error)}; }
    static SendOutcome notSent(Error error) { return {Kind::NotSent, {}, std::move(error)}; }
};

} // namespace cp
