// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace cp {

// The one wall clock of sending: leases and the settle time read it. Tests
// move it forward with the environment variable CP_NOW_OFFSET_SECONDS (read
// on every call, so a test can advance time without sleeping, and a process
// it starts sees the same time).
class Clock final
{
public:
    static qint64 nowMs();
    static QDateTime now() { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

} // namespace cp
