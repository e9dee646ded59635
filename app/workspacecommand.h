// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace cp {

// campaign-pilot workspace reidentify --database PATH: a workspace file
// copied from another (cp) gets an id of its own, so that it no longer shares
// the original's connections and keychain entries. Returns the exit code.
int runWorkspace(const CommandLine &cl);

} // namespace cp
