// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QByteArray>

namespace cp {

qint64 Clock::nowMs()
{
    bool ok = false;
    const qint64 offset = qEnvironmentVariableIntValue("CP_NOW_OFFSET_SECONDS", &ok);
    return QDateTime::currentMSecsSinceEpoch() + (ok ? offset * 1000 : 0);
}

} // namespace cp
