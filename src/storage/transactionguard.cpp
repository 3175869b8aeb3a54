#include "transactionguard.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
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
        m_started = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    else
        m_started = exec(m_db, QStringLiteral("SAVEPOINT %1").arg(savepoint(m_level)));
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
        return Error::failure(
            QStringLiteral("transactie kon niet worden gestart: %1").arg(m_db.connection().lastError().text()));
    if (m_done)
        return {};
    const bool ok = m_level == 0 ? exec(m_db, QStringLiteral("COMMIT"))
                                 : exec(m_db, QStringLiteral("RELEASE %1").arg(savepoint(m_level)));
    if (!ok)
        return Error::failure(QStringLiteral("opslaan mislukt: %1").arg(m_db.connection().lastError().text()));
    m_done = true;
    --m_db.transactionDepth();
    return {};
}

} // namespace dw
