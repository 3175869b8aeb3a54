#include "auditretention.h"

#include "auditlog.h"
#include "database.h"
#include "instelling.h"
#include "log.h"
#include "serverrights.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

namespace dw {

namespace {

const QString sleutel = QStringLiteral("audit_bewaartermijn_jaren");
const QString actie = QStringLiteral("auditlog opgeschoond");

Status onlyBeheerder(Database& db, const QString& what)
{
    if (db.sessie().heeft(Rol::Beheerder))
        return {};
    const Status logged = AuditLog(db).record(actie, 0, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    return Error::because(Error::Cause::Denied, Error::Kind::BadInput, what);
}

// The engine's floor: "now" minus the minimum, as the date text the tijdstip column starts with.
QString sqliteFloor()
{
    return QStringLiteral("strftime('%Y-%m-%d', 'now', '-%1 years')").arg(AuditRetention::minimumJaren);
}

} // namespace

Result<int> AuditRetention::bewaartermijnJaren()
{
    return instelling::jaren(m_db, sleutel, standaardJaren);
}

Status AuditRetention::setBewaartermijnJaren(int jaren)
{
    if (!m_db.sessie().heeft(Rol::Beheerder)) {
        const Status logged
            = AuditLog(m_db).record(QStringLiteral("bewaartermijn gewijzigd"), 0, {}, QStringLiteral("geweigerd"));
        if (!logged.ok())
            return logged;
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("alleen een beheerder stelt de bewaartermijn van het auditlog in"));
    }
    if (jaren < minimumJaren || jaren > 100)
        return Error::badInput(QStringLiteral("het auditlog wordt minstens %1 jaar bewaard (NEN 7513); kies %1 tot en "
                                              "met 100 jaar")
                                   .arg(minimumJaren));
    return instelling::write(m_db, sleutel, QString::number(jaren), QStringLiteral("auditlog: %1 jaar").arg(jaren));
}

Result<AuditRetention::Opschoning> AuditRetention::voorstel()
{
    const Status allowed = onlyBeheerder(m_db, QStringLiteral("alleen een beheerder schoont het auditlog op"));
    if (!allowed.ok())
        return allowed.error();
    return bereken();
}

Result<AuditRetention::Opschoning> AuditRetention::bereken()
{
    const auto jaren = bewaartermijnJaren();
    if (!jaren.ok())
        return jaren.error();
    const auto anchor = laatsteAnker(m_db);
    if (!anchor.ok())
        return anchor.error();
    Opschoning o;
    o.grens = m_clock.now().toUTC().date().addYears(-jaren.value());
    QSqlQuery q(m_db.connection());
    // The newest row stays whatever its age: the next row chains to it.
    if (!sql::exec(q,
            QStringLiteral("SELECT count(*), max(id) FROM audit WHERE id > ? AND id < (SELECT max(id) FROM audit) "
                           "AND id < coalesce((SELECT min(id) FROM audit WHERE tijdstip >= ?), "
                           "(SELECT max(id) FROM audit))"),
            {anchor.value() ? anchor.value()->totId : 0, sql::date(o.grens)})
        || !q.next())
        return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden gelezen"));
    o.aantal = q.value(0).toLongLong();
    o.totId = o.aantal > 0 ? q.value(1).toLongLong() : 0;
    return o;
}

Result<AuditRetention::Opschoning> AuditRetention::opschonen()
{
    // Outside the transaction: a refusal's own row must stay.
    const Status allowed = onlyBeheerder(m_db, QStringLiteral("alleen een beheerder schoont het auditlog op"));
    if (!allowed.ok())
        return allowed.error();
    return m_db.retrying([&]() -> Result<Opschoning> {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        // No desk appends while the anchor takes the hash of the last row that goes.
        const QString lock = m_db.dialect().lockAuditChain();
        if (!lock.isEmpty() && !q.exec(lock))
            return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden opgeschoond"));
        const auto o = bereken();
        if (!o.ok() || o->aantal == 0)
            return o;
        if (!sql::exec(q, QStringLiteral("SELECT hash FROM audit WHERE id = ?"), {o->totId}) || !q.next())
            return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden opgeschoond"));
        const QString hash = q.value(0).toString();
        q.finish();
        const QVariantList anchor {o->totId,
            hash,
            sql::date(o->grens),
            m_clock.now().toUTC().toString(Qt::ISODateWithMs),
            m_db.sessie().aangemeld() ? m_db.sessie().gebruiker : AuditLog::currentUser(),
            o->aantal};
        if (!sql::exec(q,
                QStringLiteral("INSERT INTO audit_anker (tot_id, hash, grens, tijdstip, gebruiker, aantal) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                anchor)
            || !sql::exec(q, QStringLiteral("DELETE FROM correctie WHERE audit_id <= ?"), {o->totId})
            || !sql::exec(q, QStringLiteral("DELETE FROM audit WHERE id <= ?"), {o->totId}))
            return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden opgeschoond"));
        const Status logged = AuditLog(m_db, m_clock)
                                  .record(actie,
                                      0,
                                      QStringLiteral("%1 regels van voor %2")
                                          .arg(o->aantal)
                                          .arg(o->grens.toString(QStringLiteral("dd-MM-yyyy"))));
        if (!logged.ok())
            return logged.error();
        const Status committed = tx.commit();
        if (!committed.ok())
            return committed.error();
        log::info("auditlog_opgeschoond", {{"aantal", o->aantal}, {"tot_id", o->totId}});
        return o;
    });
}

Result<std::optional<AuditRetention::Anker>> AuditRetention::laatsteAnker(Database& db)
{
    if (db.schemaVersion() < 13)
        return std::optional<Anker>();
    QSqlQuery q(db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT tot_id, hash, grens, tijdstip, gebruiker, aantal FROM audit_anker "
                           "ORDER BY tot_id DESC LIMIT 1"),
            {}))
        return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden gelezen"));
    if (!q.next())
        return std::optional<Anker>();
    return std::optional<Anker>(Anker {q.value(0).toLongLong(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toLongLong()});
}

Status AuditRetention::installRules(Database& db)
{
    QStringList statements;
    if (db.dialect().engine() == Dialect::Engine::PostgreSQL) {
        statements << postgresAuditRetention();
    } else {
        const QString refuse = QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END");
        statements << QStringLiteral("DROP TRIGGER IF EXISTS audit_niet_verwijderen")
                   << QStringLiteral("CREATE TRIGGER audit_niet_verwijderen BEFORE DELETE ON audit "
                                     "WHEN OLD.id > (SELECT coalesce(max(tot_id), 0) FROM audit_anker) "
                                     "OR OLD.tijdstip >= %1 ")
                          .arg(sqliteFloor())
                + refuse.arg(QStringLiteral("het auditlog kan alleen worden aangevuld"))
                   << QStringLiteral("CREATE TRIGGER audit_anker_niet_wijzigen BEFORE UPDATE ON audit_anker ")
                + refuse.arg(QStringLiteral("een anker van het auditlog blijft zoals het is"))
                   << QStringLiteral("CREATE TRIGGER audit_anker_niet_verwijderen BEFORE DELETE ON audit_anker ")
                + refuse.arg(QStringLiteral("een anker van het auditlog blijft zoals het is"));
    }
    QSqlQuery q(db.connection());
    for (const QString& statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return sqlerror::statementFailed(q);
    }
    return {};
}

} // namespace dw
