#pragma once

#include "models/PrefaultedAllocator.h"

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace tfdrift {

// The rows of a live table, oldest first: appended at the back, dropped at the front. Rows sit in
// chunks of ChunkSize allocated at once, so a million rows cost a thousand allocations rather than a
// million (std::deque gives a row bigger than 512 bytes a node of its own), and dropping the oldest
// moves nothing. A dropped row's own data is released at once; its slot goes with its chunk.
// Chunks are never reallocated, so a row stays where it was written until it is dropped.
template<typename T, std::size_t ChunkSize = 1024>
class ChunkedRows
{
public:
    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    const T &operator[](qsizetype index) const
    {
        const std::size_t position = m_front + std::size_t(index);
        return (*m_chunks[position / ChunkSize])[position % ChunkSize];
    }
    T &operator[](qsizetype index)
    {
        const std::size_t position = m_front + std::size_t(index);
        return (*m_chunks[position / ChunkSize])[position % ChunkSize];
    }

    void push_back(T &&row)
    {
        if (m_chunks.empty() || m_chunks.back()->size() == ChunkSize) {
            m_chunks.push_back(std::make_unique<Chunk>());
            m_chunks.back()->reserve(ChunkSize);
        }
        m_chunks.back()->push_back(std::move(row));
        ++m_size;
    }

    void dropFront(qsizetype count)
    {
        for (; count > 0 && m_size > 0; --count, --m_size) {
            (*m_chunks.front())[m_front] = T();
            if (++m_front == ChunkSize) {
                m_chunks.pop_front();
                m_front = 0;
            }
        }
        if (m_size == 0)
            clear();
    }

    // Removes count rows from first on; the rows after them move up. Costs a move per row after
    // the range, so it is meant for ranges near the back.
    void erase(qsizetype first, qsizetype count)
    {
        count = std::min(count, m_size - first);
        if (count <= 0)
            return;
        for (qsizetype from = first + count; from < m_size; ++from)
            (*this)[from - count] = std::move((*this)[from]);
        for (qsizetype left = count; left > 0; --left) {
            m_chunks.back()->pop_back();
            --m_size;
            if (m_chunks.back()->empty())
                m_chunks.pop_back();
        }
        if (m_size == 0)
            clear();
    }

    void clear()
    {
        m_chunks.clear();
        m_front = 0;
        m_size = 0;
    }

private:
    using Chunk = std::vector<T, PrefaultedAllocator<T>>;
    std::deque<std::unique_ptr<Chunk>> m_chunks;
    std::size_t m_front = 0; // dropped slots at the start of the first chunk
    qsizetype m_size = 0;
};

} // namespace tfdrift
