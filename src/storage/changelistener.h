#pragma once

#include "database.h"

#include <QObject>

#include <memory>

namespace dw {

// Tells a desk that another desk changed an inwoner's dossier on the team server (LISTEN/NOTIFY through
// QSqlDriver::subscribeToNotification). It keeps a connection of its own that only listens, in the thread that
// made it (the UI thread: notifications arrive through its event loop, no query ever blocks there). On a file it
// does nothing: another program's commit is seen at the next query anyway.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    // `own` is the session's writer: changes made through it are reported as the desk's own.
    ChangeListener(const Connector& connector, Database& own, QObject* parent = nullptr);
    ~ChangeListener() override;
    bool listening() const { return m_listening; }
    // Whether its connection still works, by libpq's status (no round trip): when the server goes away its socket
    // closes, the driver reads that, and the status turns bad. Always false on a file.
    bool connected() const;

Q_SIGNALS:
    // Inwoner `inwonerId`, or one of its meetmomenten, metingen or plans, was saved or deleted; `byThisDesk` when it
    // was this desk's own save.
    void inwonerChanged(qint64 inwonerId, bool byThisDesk);

private:
    void received(const QString& payload);

    std::unique_ptr<Database> m_connection;
    QString m_schema;
    qint64 m_ownBackend = -1;
    bool m_listening = false;
};

} // namespace dw
