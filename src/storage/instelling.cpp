#include "instelling.h"

#include "auditlog.h"
#include "database.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

namespace dw::instelling {

Result<int> jaren(Database& db, const QString& sleutel, int standaard)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT waarde FROM instelling WHERE sleutel = ?"), {sleutel}))
        return sqlerror::statementFailed(q);
    return q.next() ? q.value(0).toInt() : standaard;
}

Status write(Database& db, const QString& sleutel, const QString& waarde, const QString& details)
{
    return db.retrying([&]() -> Status {
        TransactionGuard tx(db);
        QSqlQuery q(db.connection());
        if (!sql::exec(q, QStringLiteral("DELETE FROM instelling WHERE sleutel = ?"), {sleutel})
            || !sql::exec(
                q, QStringLiteral("INSERT INTO instelling (sleutel, waarde) VALUES (?, ?)"), {sleutel, waarde}))
            return sqlerror::statementFailed(q, QStringLiteral("de instelling kan niet worden opgeslagen"));
        q.finish();
        const Status logged = AuditLog(db).record(QStringLiteral("bewaartermijn gewijzigd"), 0, details);
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
}

} // namespace dw::instelling
