#include "readerthread.h"

namespace dw {

ReaderThread::ReaderThread(Connector connector, QueryInterrupter* interrupter)
    : m_connector(std::move(connector))
    , m_interrupter(interrupter)
    , m_thread([this] { loop(); })
{ }

ReaderThread::~ReaderThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

std::future<Status> ReaderThread::run(Job job)
{
    std::packaged_task<Status(ReaderConnection&)> task(
        [job = std::move(job)](ReaderConnection& connection) { return connection.read(job); });
    auto future = task.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(task));
    }
    m_wake.notify_one();
    return future;
}

void ReaderThread::loop()
{
    ReaderConnection connection(m_connector, m_interrupter); // made, used and closed on this thread only
    for (;;) {
        std::packaged_task<Status(ReaderConnection&)> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            task = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        task(connection);
    }
}

} // namespace dw
