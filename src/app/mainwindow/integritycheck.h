#pragma once

#include "storage/database.h"

#include <QObject>
#include <QStringList>
#include <QThread>

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

Q_SIGNALS:
    void finished(const QStringList& problems, qint64 milliseconds);

private:
    Connector m_connector;
    QThread m_thread;
};

} // namespace dw
