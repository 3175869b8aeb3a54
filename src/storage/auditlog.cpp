#include "auditlog.h"

#include "database.h"
#include "log.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtGlobal>

namespace dw {

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("onbekend") : user;
}

Status AuditLog::record(const QString& actie, qint64 inwonerId, const QString& details)
{
    // A session on a read-only file cannot add to its audit table. It may still read (a backup on a read-only
    // medium, a copy for inspection); the reads go to this desk's log file instead, by id only, and the app and
    // the CLI say so when the session starts (docs/reliability.md).
    if (m_db.mode() == Database::Mode::ReadOnlyFile) {
        log::info("audit_alleen_lezen", {{"inwoner_id", inwonerId}});
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit (tijdstip, gebruiker, actie, inwoner_id, details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(currentUser());
    q.addBindValue(actie);
    q.addBindValue(inwonerId > 0 ? QVariant(inwonerId) : QVariant());
    q.addBindValue(details.isNull() ? QStringLiteral("") : details);
    if (!q.exec())
        return sqlerror::statementFailed(q, QStringLiteral("auditregel kan niet worden geschreven"));
    return {};
}

} // namespace dw
