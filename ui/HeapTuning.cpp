#include "ui/HeapTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tfdrift {

void tuneHeapForLiveTables()
{
#if defined(__GLIBC__)
    // glibc's default starting threshold; setting it explicitly turns the dynamic raise off.
    constexpr int kMmapThresholdBytes = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
#endif
}

} // namespace tfdrift
