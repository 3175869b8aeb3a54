#include "queryinterrupter.h"

#include "database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace dw {

void QueryInterrupter::attach(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    const QMutexLocker lock(&m_mutex);
    if (v.isValid() && std::strcmp(v.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(v.constData());
    else
        m_handle = nullptr; // another driver: cancelling then waits for the running query to end
}

void QueryInterrupter::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_handle = nullptr;
}

void QueryInterrupter::interrupt()
{
    const QMutexLocker lock(&m_mutex);
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle));
}

} // namespace dw
