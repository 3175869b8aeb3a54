#include "transactionguard.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
// The statement's own error: the connection's lastError() is empty when a QSqlQuery failed.
QSqlError exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) ? QSqlError() : q.lastError();
}
bool failed(const QSqlError& error)
{
    return error.type() != QSqlError::NoError;
}
QString savepoint(int level)
{
    return QStringLiteral("dw_sp_%1").arg(level);
}
} // namespace

TransactionGuard::TransactionGuard(Database& db)
    : m_db(db)
    , m_level(db.transactionDepth())
{
    if (m_level == 0)
        m_db.ensureConnected(); // a team server that went away and came back: this save may go ahead
    m_startError = exec(
        m_db, m_level == 0 ? m_db.dialect().beginWrite() : QStringLiteral("SAVEPOINT %1").arg(savepoint(m_level)));
    m_started = !failed(m_startError);
    if (m_started)
        ++m_db.transactionDepth();
}

TransactionGuard::~TransactionGuard()
{
    if (!m_started || m_done)
        return;
    if (m_level == 0) {
        exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        exec(m_db, QStringLiteral("ROLLBACK TO %1").arg(savepoint(m_level)));
        exec(m_db, QStringLiteral("RELEASE %1").arg(savepoint(m_level)));
    }
    --m_db.transactionDepth();
}

Status TransactionGuard::commit()
{
    if (!m_started)
        return sqlerror::failure(m_startError, QStringLiteral("opslaan kon niet beginnen"));
    if (m_done)
        return {};
    const QSqlError error
        = exec(m_db, m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(savepoint(m_level)));
    if (failed(error))
        return sqlerror::failure(error, QStringLiteral("opslaan mislukt"));
    m_done = true;
    --m_db.transactionDepth();
    return {};
}

} // namespace dw
