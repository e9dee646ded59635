// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QJsonObject>

namespace cp {

// What a read of the platform's state proves about one outbox entry. Only a
// well-formed answer proves anything; HTML, `data: null`, a truncated or
// mistyped answer, a list missing campaigns we know are there, or a network
// error is Unreadable and proves nothing.
struct StateCheck
{
    enum class Kind {
        Applied,      // the platform shows this very action applied
        NotApplied,   // a well-formed, complete answer shows it not applied (yet)
        Unreadable,   // proves nothing either way
    };
    Kind kind = Kind::Unreadable;
    QJsonObject evidence;   // Applied: what the platform showed
    Error error;            // Unreadable: why

    static StateCheck applied(QJsonObject evidence) { return {Kind::Applied, std::move(evidence), {}}; }
    static StateCheck notApplied() { return {Kind::NotApplied, {}, {}}; }
    static StateCheck unreadable(Error error) { return {Kind::Unreadable, {}, std::move(error)}; }
};

} // namespace cp
