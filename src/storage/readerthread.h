#pragma once

#include "readerconnection.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace dw {

// A thread of its own with one read-only connection (ReaderConnection: opened at the first job, kept for the next
// ones, opened anew once when the team server closed it), for a query that runs beside the caller's on another
// core: the cohort report's pairs. Jobs run one at a time, in the order given.
class ReaderThread
{
public:
    using Job = std::function<Status(Database&)>;

    explicit ReaderThread(Connector connector, QueryInterrupter* interrupter = nullptr);
    ~ReaderThread(); // after the jobs already given; the connection closes on its own thread
    ReaderThread(const ReaderThread&) = delete;
    ReaderThread& operator=(const ReaderThread&) = delete;

    // The future holds the job's Status, or why the connection could not be opened. A job that writes into the
    // caller's variables must be waited for before they go.
    std::future<Status> run(Job job);

private:
    void loop();

    Connector m_connector;
    QueryInterrupter* m_interrupter;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<Status(ReaderConnection&)>> m_jobs;
    bool m_quit = false;
    std::thread m_thread; // last: starts once the members it uses exist
};

} // namespace dw
