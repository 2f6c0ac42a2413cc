#pragma once

#include "IngestBench.h"

#include <functional>

namespace tfdrift::bench {

// Runs the raw drain and the ingest path in pairs and reports the median of each.
//
// This 2-core VM drifts by a factor of two between runs, and a process slows down as its heap
// ages, so a single run or a best-of figure says more about luck than about the code: the
// first pair is a discarded warm-up, the order inside each pair alternates, and the median
// ignores outliers on either side.
BenchResult runPairedRounds(const std::function<double()> &drainRaw,
                            const std::function<double()> &drainIngest);

} // namespace tfdrift::bench
