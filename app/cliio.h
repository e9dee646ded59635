// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace cp {

// The command line's standard output and standard error, shared by the
// commands (one file each, like git's builtins).
inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace cp
