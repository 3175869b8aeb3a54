#pragma once

#include "storage/database.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace dw {

// SQLite's quick_check on the database file, on a thread of its own at low priority with its own read-only
// connection: 18 s on a 485 MB database, so the user works on meanwhile and hears only when something is wrong.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(Connector connector, QObject* parent = nullptr);
    ~IntegrityCheck() override;
    void start();
    // The check has its reader connection open (the thread itself stays, idle, after it).
    bool isRunning() const { return m_checking; }

Q_SIGNALS:
    void finished(const QStringList& problems, qint64 milliseconds);

private:
    Connector m_connector;
    QThread m_thread;
    std::atomic_bool m_checking {false};
};

} // namespace dw
