// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cp {

// HTML as a person reads it: tags become a space, character references
// (numeric, and the named ones WordPress writes) their characters, white
// space folded. WordPress's titles, term names and descriptions (live and in
// the product CSV export) and its HTML error pages are read through it.
// Plain Qt, no network: the importers and the fuzz build use it too.
QString plainTextOfHtml(QString text);

} // namespace cp
