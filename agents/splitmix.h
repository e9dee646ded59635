// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace cp {

// One step of SplitMix64 from `x`: the same numbers on every machine (the
// standard library's distributions differ between implementations), for the
// demo builder and the simulation's seeded draws.
inline quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// SplitMix64 and hand-written distributions: the same numbers on every
// machine, for the demo builder and the semi-synthetic benchmark recordings.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        const quint64 z = splitMix64(m_state);
        m_state += 0x9E3779B97F4A7C15ull;
        return z;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    qint64 binomial(qint64 n, double p)
    {
        qint64 k = 0;
        for (qint64 i = 0; i < n; ++i)
            k += uniform() < p ? 1 : 0;
        return k;
    }
    // Knuth's method for small means, a rounded normal for large ones.
    qint64 poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return std::max<qint64>(0, std::llround(mean + std::sqrt(mean) * normal()));
        const double limit = std::exp(-mean);
        qint64 k = 0;
        double product = uniform();
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }

private:
    quint64 m_state;
};

} // namespace cp
