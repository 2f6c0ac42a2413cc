#include "PairedRounds.h"

#include <algorithm>
#include <vector>

namespace tfdrift::bench {

namespace {
constexpr int kMeasuredRounds = 7;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

BenchResult runPairedRounds(const std::function<double()> &drainRaw,
                            const std::function<double()> &drainIngest)
{
    drainRaw();
    drainIngest();
    std::vector<double> raw;
    std::vector<double> ingest;
    for (int round = 0; round < kMeasuredRounds; ++round) {
        if (round % 2 == 0) {
            raw.push_back(drainRaw());
            ingest.push_back(drainIngest());
        } else {
            ingest.push_back(drainIngest());
            raw.push_back(drainRaw());
        }
    }
    BenchResult result;
    result.rawPerSec = median(raw);
    result.ingestPerSec = median(ingest);
    result.rounds = kMeasuredRounds;
    return result;
}

} // namespace tfdrift::bench
