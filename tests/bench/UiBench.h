#pragma once

namespace tfdrift::bench {

// The live drift table under load, offscreen: model, filter proxy and view of the console's drift
// pane, fed eventCount drift events at ratePerSec from another thread. Prints the main thread's
// stalls while appending, memory per retained event, and a filter change over every row.
int runUiBench(int eventCount, int ratePerSec);

} // namespace tfdrift::bench
