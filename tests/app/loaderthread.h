#pragma once

#include "dashboard/dashboardstop.h"
#include "storage/database.h"

#include <QThread>

#include <memory>

namespace dw::test {

// A Teamoverzicht loader as DashboardController runs it: on a thread of its own, with a DashboardStop, deleted on
// that thread at the end. Requests go to it queued, as the controller's signals would send them.
template<typename Loader> class LoaderThread
{
public:
    explicit LoaderThread(const Connector& connector)
        : m_loader(new Loader(connector, stop))
    {
        m_loader->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
        m_thread.start();
    }
    ~LoaderThread()
    {
        stop->stopAlles();
        m_thread.quit();
        m_thread.wait();
    }
    LoaderThread(const LoaderThread&) = delete;
    LoaderThread& operator=(const LoaderThread&) = delete;

    Loader* loader() const { return m_loader; }
    // Calls `request(loader)` on the loader's thread.
    template<typename Request> void send(Request request)
    {
        Loader* l = m_loader;
        QMetaObject::invokeMethod(
            l, [l, request] { request(*l); }, Qt::QueuedConnection);
    }

    const std::shared_ptr<DashboardStop> stop = std::make_shared<DashboardStop>();

private:
    QThread m_thread;
    Loader* m_loader; // deleted on its thread when that ends
};

} // namespace dw::test
