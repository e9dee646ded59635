// SPDX-License-Identifier: GPL-3.0-or-later
// Fetches products + details + analytics of 100 products from a loopback
// Campaign Pilot API server that answers each call after 100-300 ms, and
// prints the time against the sequential sum of the latencies and against
// the bound six connections allow (the list, then the 200 calls spread over
// six connections). Usage: bench_fetch [products] [runs]
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "agents/live/livefetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace cp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? atoi(argv[1]) : 100;
    const int runs = argc > 2 ? atoi(argv[2]) : 3;
    for (int run = 0; run < runs; ++run) {
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->latencyMinMs = 100;
        api->latencyMaxMs = 300;
        for (int i = 1; i <= products; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 20.0 + i, 100, 1000, 50, 1000.0));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        Connection store;
        store.kind = Connection::Kind::CampaignPilotApi;
        store.url = QUrl(server.baseUrl());
        QElapsedTimer t;
        t.start();
        auto r = LiveFetch::run(store, {}, {}, {}, QDate::currentDate(), QDate::currentDate());
        const qint64 elapsed = t.elapsed();
        if (!r || r->products.size() != products || !r->failures.isEmpty()) {
            std::fprintf(stderr, "fetch failed: %s\n", r ? "incomplete" : qPrintable(r.error().toString()));
            return 1;
        }
        // The list's latency is the first answer's; the rest ran concurrently.
        const qint64 sum = api->latencySumMs;
        const double sixBound = double(sum) / LiveFetch::kMaxInFlight;   // lower bound: perfect packing on six connections
        std::printf("run %d: %d products, %d requests: %lld ms; sequential sum %lld ms (%.1fx faster); "
                    "six-connection bound >= %.0f ms (%.0f%% of it); peak in flight %d\n",
                    run + 1, products, int(server.seen().size()), elapsed, sum, double(sum) / double(elapsed), sixBound,
                    100.0 * sixBound / double(elapsed), server.peakInFlight());
    }
    return 0;
}
