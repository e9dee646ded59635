// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <system_error>
#include <thread>

namespace cp {

// Runs work(part, from, to) over [0, n): when n is at least `atLeast` and
// the machine has more than one core, as two halves, part 0 on this thread
// and part 1 on a thread of its own, joined before it returns; else (or when
// no thread can be started) part 0 over all of it. `work` must touch only
// what its part owns and what both only read.
template <typename Work>
void inTwoHalves(qsizetype n, qsizetype atLeast, Work &&work)
{
    qsizetype half = n >= atLeast && std::thread::hardware_concurrency() > 1 ? n / 2 : n;
    std::optional<std::thread> second;
    if (half < n) {
        try {
            second.emplace([&work, half, n] { work(1, half, n); });
        } catch (const std::system_error &) {
            half = n;   // no thread to be had: this one does it all
        }
    }
    work(0, qsizetype(0), half);
    if (second)
        second->join();
}

} // namespace cp
