#pragma once

namespace tfdrift {

// Keeps large transient buffers (batches of events, decoded documents) out of the heap that holds
// the live tables' rows. glibc raises its mmap threshold as such buffers are freed, after which they
// come from the heap, and freeing one there consolidates the whole heap: with a million rows held,
// that stalls the thread for hundreds of milliseconds. A fixed threshold keeps them mmap'ed, so
// freeing one is an munmap. Call once at start, before threads are created. No-op off glibc.
void tuneHeapForLiveTables();

} // namespace tfdrift
