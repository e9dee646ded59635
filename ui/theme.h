// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cp {

// Light, dark or the system's look (Settings ▸ General; QSettings "theme").
// Light and dark use the Fusion style with a palette of their own, so they
// look the same on every desktop; "system" leaves the platform's style and
// palette as they came.
namespace Theme {
enum class Mode { System, Light, Dark };
Mode fromKey(const QString &key);
QString key(Mode mode);
// Applies `mode` to the application (every open window follows).
void apply(Mode mode);
// Applies the mode kept in the settings.
void applySaved();
} // namespace Theme

} // namespace cp
