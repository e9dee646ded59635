// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace cp {

// One RFC 4180 record: fields with a comma, quote or line break are quoted,
// quotes doubled; lines end in LF (our own files; the reader takes both).
QByteArray csvRecord(const QStringList &fields);

} // namespace cp
