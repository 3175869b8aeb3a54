#pragma once

#include "storage/database.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace dw {

class ChangeListener;

// Team mode: follows the other desks' saves (ChangeListener) and notices when the team server goes away and comes
// back. While it is away the desk shows what is on screen and writes nothing; every few seconds a worker thread
// tries to connect (never the UI thread: an unreachable host may take the connect timeout), and when that works
// the listener and the session's own connection connect again. On a file it does nothing.
class ServerWatch : public QObject
{
    Q_OBJECT
public:
    ServerWatch(const Connector& connector, Database& session, QObject* parent = nullptr);
    ~ServerWatch() override;

    bool away() const { return m_away; }
    static constexpr int checkMs = 2000;
    static constexpr int retryMs = 5000;

public Q_SLOTS:
    // Try to connect now rather than at the next retry (the banner's button).
    void retryNow();

public:
    // The listener's connection goes while a restore needs the server for the session alone, and comes back after.
    void pause();
    void resume();

Q_SIGNALS:
    void inwonerChanged(qint64 inwonerId, bool byThisDesk);
    // The server went away (true) or is back (false); while away the next attempt is at most retryMs off.
    void awayChanged(bool away);

private:
    void listen();
    void check();
    void probeFinished(bool reachable);

    Connector m_connector;
    Database& m_session;
    std::unique_ptr<ChangeListener> m_listener;
    QTimer m_timer;
    QThread* m_probe = nullptr;
    bool m_away = false;
};

} // namespace dw
