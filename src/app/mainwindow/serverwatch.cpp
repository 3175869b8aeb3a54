#include "serverwatch.h"

#include "storage/changelistener.h"
#include "storage/log.h"

#include <QThread>

namespace dw {

ServerWatch::ServerWatch(const Connector& connector, Database& session, QObject* parent)
    : QObject(parent)
    , m_connector(connector)
    , m_session(session)
{
    if (!connector.isServer())
        return;
    listen();
    connect(&m_timer, &QTimer::timeout, this, &ServerWatch::check);
    m_timer.start(checkMs);
}

ServerWatch::~ServerWatch()
{
    // A probe still connecting gets its connect timeout to finish; the thread must not outlive this object.
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
}

void ServerWatch::pause()
{
    m_timer.stop();
    m_listener.reset();
}

void ServerWatch::resume()
{
    if (!m_connector.isServer() || m_listener)
        return;
    listen();
    m_timer.start(checkMs);
}

void ServerWatch::listen()
{
    m_listener = std::make_unique<ChangeListener>(m_connector, m_session);
    connect(m_listener.get(), &ChangeListener::inwonerChanged, this, &ServerWatch::inwonerChanged);
}

void ServerWatch::check()
{
    if (!m_away) {
        if (m_listener->connected())
            return;
        log::warn("teamserver_weg", {});
        m_away = true;
        m_timer.setInterval(retryMs);
        Q_EMIT awayChanged(true);
        return;
    }
    retryNow();
}

void ServerWatch::retryNow()
{
    if (!m_away || m_probe)
        return;
    // Only whether a connection can be made; the connection itself belongs to the worker thread and closes there.
    auto reachable = std::make_shared<bool>(false);
    m_probe = QThread::create([connector = m_connector, reachable] { *reachable = connector.openReader().ok(); });
    connect(m_probe, &QThread::finished, this, [this, reachable] {
        m_probe->deleteLater();
        m_probe = nullptr;
        probeFinished(*reachable);
    });
    m_probe->start();
}

void ServerWatch::probeFinished(bool reachable)
{
    if (!reachable || !m_session.checkConnection())
        return;
    listen();
    if (!m_listener->connected())
        return;
    log::info("teamserver_terug", {});
    m_away = false;
    m_timer.setInterval(checkMs);
    Q_EMIT awayChanged(false);
}

} // namespace dw
