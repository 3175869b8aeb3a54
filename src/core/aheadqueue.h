#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace dw {

// A bounded queue from one producing thread to the consuming one, so that reading or making dossiers runs on the
// second core while the consumer writes them (issue 16). The producer waits while `capacity` items wait, the
// consumer while none do. The producer ends it with close(); the consumer with stop(), after which push() returns
// false and the producer should give up.
// How many dossiers may wait between the two threads of an import, export or demo. More than the consumer takes
// at once (DossierImport writes 500 at a time) and than the producer makes at once (an export reads a page of
// 1,000): with 32, each side waited while the other did its batch, and the two threads took turns instead of
// overlapping. A dossier is some tens of KB in memory.
constexpr std::size_t dossiersAhead = 1200;

template<typename T> class AheadQueue
{
public:
    explicit AheadQueue(std::size_t capacity)
        : m_capacity(capacity)
    { }

    bool push(T&& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // False once the producer has closed the queue and every item was taken.
    bool pop(T& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close() { set(m_closed); }
    void stop() { set(m_stopped); }

private:
    void set(bool& flag)
    {
        std::lock_guard lock(m_mutex);
        flag = true;
        m_changed.notify_all();
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace dw
