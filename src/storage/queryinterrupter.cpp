#include "queryinterrupter.h"

#include "serverprobe.h"

#include "database.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstring>

namespace dw {

void QueryInterrupter::attach(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    const QMutexLocker lock(&m_mutex);
    releaseCancel();
    m_handle = nullptr;
    if (v.isValid() && std::strcmp(v.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(v.constData());
    else if (PGconn* conn = libpqHandle(db.connection()))
        // A cancel request goes to the server over a connection of its own; the object that sends it is made now,
        // by the thread that owns the connection, and may then be used from any thread.
        m_cancel = PQgetCancel(conn);
}

void QueryInterrupter::detach()
{
    const QMutexLocker lock(&m_mutex);
    releaseCancel();
    m_handle = nullptr;
}

QueryInterrupter::~QueryInterrupter()
{
    releaseCancel();
}

void QueryInterrupter::releaseCancel()
{
    if (m_cancel)
        PQfreeCancel(static_cast<PGcancel*>(m_cancel));
    m_cancel = nullptr;
}

void QueryInterrupter::interrupt()
{
    const QMutexLocker lock(&m_mutex);
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle));
    if (m_cancel) {
        char reason[256];
        PQcancel(static_cast<PGcancel*>(m_cancel), reason, sizeof reason);
    }
}

} // namespace dw
