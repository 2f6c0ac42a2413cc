#pragma once

#include <cstddef>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tfdrift {

// An allocator for big blocks that are about to be written whole, such as the chunks of a live
// table: on Linux it maps them with MAP_POPULATE, so the kernel provides every page in one call
// instead of taking one page fault per 4 KiB as the rows are written. On virtual machines a page
// fault is expensive, and a thread that appends tens of thousands of rows a second would spend
// much of its time in them. Small blocks come from the usual heap.
template<typename T>
struct PrefaultedAllocator {
    using value_type = T;
    static constexpr std::size_t kMappedFromBytes = 64 * 1024;

    PrefaultedAllocator() = default;
    template<typename U>
    PrefaultedAllocator(const PrefaultedAllocator<U> &) noexcept
    {
    }

    T *allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
#if defined(__linux__)
        if (bytes >= kMappedFromBytes) {
            void *block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
            if (block == MAP_FAILED)
                throw std::bad_alloc();
            return static_cast<T *>(block);
        }
#endif
        return static_cast<T *>(::operator new(bytes, std::align_val_t(alignof(T))));
    }

    void deallocate(T *block, std::size_t count) noexcept
    {
        const std::size_t bytes = count * sizeof(T);
#if defined(__linux__)
        if (bytes >= kMappedFromBytes) {
            munmap(block, bytes);
            return;
        }
#endif
        ::operator delete(block, std::align_val_t(alignof(T)));
    }

    template<typename U>
    bool operator==(const PrefaultedAllocator<U> &) const noexcept
    {
        return true;
    }
};

} // namespace tfdrift
