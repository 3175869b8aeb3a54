#include "readerconnection.h"

namespace dw {

Status ReaderConnection::open()
{
    if (m_db)
        return {};
    auto opened = m_connector.openReader();
    if (!opened.ok())
        return opened.error();
    m_db = std::move(opened).value();
    if (m_interrupter)
        m_interrupter->attach(*m_db);
    return {};
}

void ReaderConnection::close()
{
    if (m_interrupter)
        m_interrupter->detach(); // before the connection it points at goes
    m_db.reset();
}

} // namespace dw
