#include "dossierlifecycle.h"

#include "auditlog.h"
#include "database.h"
#include "instelling.h"
#include "inwonerrepository.h"
#include "log.h"
#include "serverlogin.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include <QSqlQuery>

namespace dw {

namespace {
const QString bewaartermijnSleutel = QStringLiteral("bewaartermijn_jaren");

// What the beheerder's list and the checks read: the view, which a beheerder may read on a team server.
struct Toewijzing
{
    qint64 id = 0;
    QString ref;
    QString professional;
    QDate afgeslotenOp;
    bool geanonimiseerd = false;
};

Result<std::optional<Toewijzing>> toewijzing(Database& db, const QString& where, const QVariant& key)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT id, ref, professional, afgesloten_op, geanonimiseerd_op FROM inwoner_toewijzing "
                           "WHERE %1 = ?")
                .arg(where),
            {key}))
        return sqlerror::statementFailed(q);
    if (!q.next())
        return std::optional<Toewijzing>();
    return std::optional<Toewijzing>(Toewijzing {q.value(0).toLongLong(),
        q.value(1).toString(),
        q.value(2).toString(),
        sql::toDate(q.value(3)),
        !q.value(4).isNull()});
}
} // namespace

Status DossierLifecycle::denied(const QString& actie, qint64 inwonerId, const QString& why)
{
    const Status logged = AuditLog(m_db).record(actie, inwonerId, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    return Error::because(Error::Cause::Denied, Error::Kind::BadInput, why);
}

Status DossierLifecycle::changeStatus(const StatusChange& change)
{
    AuditLog audit(m_db);
    const Status allowed = audit.mayChange(change.actie, change.inwonerId);
    if (!allowed.ok())
        return allowed;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, change.update, change.values))
            return sqlerror::statementFailed(q, change.failed);
        // The WHERE holds the precondition (open, or closed and not anonymised): no row means it did not hold.
        if (q.numRowsAffected() != 1)
            return Error::badInput(change.notApplicable);
        const Status logged = audit.record(change.actie, change.inwonerId, change.details);
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
}

Status DossierLifecycle::close(qint64 inwonerId, const DossierStatus& status)
{
    const QString problem = afsluitenProblem(status, m_clock.today());
    if (!problem.isEmpty())
        return Error::badInput(problem);
    return changeStatus({QStringLiteral("dossier afgesloten"),
        inwonerId,
        QStringLiteral("UPDATE inwoner SET afgesloten_op = ?, afsluitreden = ?, afsluit_toelichting = ?, "
                       "rij_versie = rij_versie + 1 WHERE id = ? AND afgesloten_op IS NULL"),
        {sql::date(status.afgeslotenOp),
            afsluitredenCode(status.reden),
            sql::nonNull(status.toelichting.trimmed()),
            inwonerId},
        QStringLiteral("reden: %1").arg(afsluitredenCode(status.reden)),
        QStringLiteral("het dossier kan niet worden afgesloten"),
        QStringLiteral("dit dossier is al afgesloten (of bestaat niet meer)")});
}

Status DossierLifecycle::reopen(qint64 inwonerId, const QString& reden)
{
    if (reden.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("geef een reden om het dossier te heropenen"));
    return changeStatus({QStringLiteral("dossier heropend"),
        inwonerId,
        QStringLiteral("UPDATE inwoner SET afgesloten_op = NULL, afsluitreden = NULL, afsluit_toelichting = '', "
                       "rij_versie = rij_versie + 1 "
                       "WHERE id = ? AND afgesloten_op IS NOT NULL AND geanonimiseerd_op IS NULL"),
        {inwonerId},
        QStringLiteral("reden: %1").arg(reden.trimmed()),
        QStringLiteral("het dossier kan niet worden heropend"),
        QStringLiteral("alleen een afgesloten dossier dat niet is geanonimiseerd kan worden heropend")});
}

Status DossierLifecycle::removeRegistration(qint64 inwonerId)
{
    const QString actie = QStringLiteral("inwoner verwijderd");
    AuditLog audit(m_db);
    const Status allowed = audit.mayChange(actie, inwonerId);
    if (!allowed.ok())
        return allowed;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                QStringLiteral("SELECT i.aangemaakt_op, i.aangemaakt_door, "
                               "(SELECT count(*) FROM meetmoment m WHERE m.inwoner_id = i.id) "
                               "FROM inwoner i WHERE i.id = ?"),
                {inwonerId}))
            return sqlerror::statementFailed(q, QStringLiteral("de inwoner kan niet worden verwijderd"));
        if (!q.next())
            return Error::badInput(QStringLiteral("deze inwoner bestaat niet (meer)"));
        const QDate aangemaakt = sql::toDate(q.value(0));
        const QString door = q.value(1).toString();
        const int meetmomenten = q.value(2).toInt();
        q.finish();
        const QString anders = QStringLiteral("; sluit het dossier af in plaats daarvan");
        if (meetmomenten > 0)
            return Error::badInput(
                QStringLiteral("dit dossier heeft al meetmomenten en wordt niet verwijderd") + anders);
        if (m_db.sessie().aangemeld() && door != m_db.sessie().gebruiker)
            return denied(actie,
                inwonerId,
                QStringLiteral("alleen wie de inwoner heeft geregistreerd (%1) kan de registratie verwijderen")
                    .arg(door.isEmpty() ? QStringLiteral("onbekend") : door));
        if (!aangemaakt.isValid() || aangemaakt.daysTo(m_clock.today()) > verwijderenBinnenDagen)
            return Error::badInput(QStringLiteral("een registratie kan tot %1 dagen na het aanmaken worden "
                                                  "verwijderd")
                                       .arg(verwijderenBinnenDagen)
                + anders);
        const Status removed = InwonerRepository(m_db).remove(inwonerId);
        if (!removed.ok())
            return removed;
        const Status logged = audit.record(actie, inwonerId);
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
}

QString DossierLifecycle::geanonimiseerdeNaam()
{
    return QStringLiteral("Geanonimiseerd");
}

QString DossierLifecycle::geanonimiseerdeTekst()
{
    return QStringLiteral("[geanonimiseerd]");
}

QStringList DossierLifecycle::anonymisationStatements()
{
    // Written once for both engines: SQLite runs them with bound values, a team server from dw_anonimiseren
    // (serverrights.cpp), which a beheerder may call without reading the dossier. An empty text stays empty, so the
    // placeholder says only that there was something.
    const QString tekst = QStringLiteral("'%1'").arg(geanonimiseerdeTekst());
    const auto replaced = [&tekst](const char* column) {
        return QStringLiteral("%1 = CASE WHEN %1 = '' THEN '' ELSE %2 END").arg(QLatin1String(column), tekst);
    };
    const QString ofPlans = QStringLiteral(" WHERE plan_id IN (SELECT id FROM plan WHERE inwoner_id = :inwoner)");
    return {QStringLiteral("UPDATE inwoner SET naam = '%1', contact = '', bsn = '', straat = '', huisnummer = '', "
                           "postcode = '', woonplaats = '', telefoon = '', email = '', "
                           "geboortedatum = substr(geboortedatum, 1, 4) || '-01-01', %2, geanonimiseerd_op = :datum, "
                           "rij_versie = rij_versie + 1 WHERE id = :inwoner")
                .arg(geanonimiseerdeNaam(), replaced("afsluit_toelichting")),
        QStringLiteral("UPDATE plan SET %1, %2, %3, %4, %5 WHERE inwoner_id = :inwoner")
            .arg(replaced("hulpvraag"),
                replaced("draaglast_bepaald"),
                replaced("draagkracht_bepaald"),
                replaced("visie_toelichting"),
                replaced("intrek_reden")),
        QStringLiteral("UPDATE doel SET omschrijving = %1, %2, %3, %4")
                .arg(tekst, replaced("wat"), replaced("hoe"), replaced("met_wie"))
            + ofPlans,
        QStringLiteral("UPDATE interventie SET omschrijving = %1, %2").arg(tekst, replaced("wie")) + ofPlans,
        QStringLiteral("UPDATE afspraak SET omschrijving = %1, %2").arg(tekst, replaced("wie")) + ofPlans,
        QStringLiteral("UPDATE journaal SET tekst = %1 WHERE inwoner_id = :inwoner").arg(tekst),
        QStringLiteral("UPDATE herinnering SET %1 WHERE inwoner_id = :inwoner").arg(replaced("reden")),
        QStringLiteral("DELETE FROM correctie WHERE inwoner_id = :inwoner"),
        // Bijlagen (migration 21) are documents with the inwoner's name, signature or handwriting in them: no
        // placeholder can stand for them, so they go whole, parts first (a file's foreign keys need not be on).
        QStringLiteral(
            "DELETE FROM bijlage_deel WHERE bijlage_id IN (SELECT id FROM bijlage WHERE inwoner_id = :inwoner)"),
        QStringLiteral("DELETE FROM bijlage WHERE inwoner_id = :inwoner")};
}

Status DossierLifecycle::anonymize(const QString& ref, const QString& bevestiging)
{
    const QString actie = QStringLiteral("inwoner geanonimiseerd");
    const auto found = toewijzing(m_db, QStringLiteral("ref"), ref);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::badInput(QStringLiteral("onbekende inwoner '%1'").arg(ref));
    const Toewijzing t = *found.value();
    if (!m_db.sessie().heeft(Rol::Beheerder))
        return denied(actie, t.id, QStringLiteral("alleen een beheerder anonimiseert een dossier"));
    if (bevestiging != ref)
        return Error::badInput(
            QStringLiteral("de bevestiging klopt niet: typ precies de ref '%1' om te anonimiseren").arg(ref));
    if (t.geanonimiseerd)
        return Error::badInput(QStringLiteral("dit dossier is al geanonimiseerd"));
    if (!t.afgeslotenOp.isValid())
        return Error::badInput(QStringLiteral("dit dossier is nog open; sluit het eerst af"));
    const QString datum = m_clock.today().toString(Qt::ISODate);
    const bool onServer = serverlogin::enforced(m_db);
    const Status done = m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (onServer) {
            if (!sql::exec(q, QStringLiteral("SELECT dw_anonimiseren(?, ?)"), {t.id, datum}))
                return sqlerror::statementFailed(q, QStringLiteral("het dossier kan niet worden geanonimiseerd"));
        } else {
            for (const QString& statement : anonymisationStatements()) {
                q.prepare(statement);
                q.bindValue(QStringLiteral(":inwoner"), t.id);
                if (statement.contains(QLatin1String(":datum")))
                    q.bindValue(QStringLiteral(":datum"), datum);
                if (!q.exec())
                    return sqlerror::statementFailed(q, QStringLiteral("het dossier kan niet worden geanonimiseerd"));
            }
        }
        // Ids only: the audit row says which inwoner, never the name that is now gone.
        const Status logged = AuditLog(m_db).record(actie, t.id);
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
    if (!done.ok())
        return done;
    log::info("inwoner_geanonimiseerd", {{"inwoner_id", t.id}});
    if (!m_db.isServer()) {
        // The search index still lists the old name's trigrams (as deleted entries) until its segments are merged;
        // merging writes new pages and frees the old ones, which secure_delete zeroes.
        QSqlQuery q(m_db.connection());
        if (m_db.schemaVersion() >= 14
            && !q.exec(QStringLiteral("INSERT INTO inwoner_zoek (inwoner_zoek) VALUES ('optimize')")))
            log::warn("zoekindex_na_anonimiseren_niet_samengevoegd", {{"inwoner_id", t.id}});
        // The old pages were overwritten with zeros (secure_delete, dialect.cpp); the WAL still holds copies of them
        // until a checkpoint has written the new pages into the file and emptied it.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() || q.value(0).toInt() != 0)
            log::warn("checkpoint_na_anonimiseren_bezet", {{"inwoner_id", t.id}});
    }
    return {};
}

Status DossierLifecycle::recordCorrectie(Database& db, qint64 inwonerId, const Correctie& correctie)
{
    // Right after the change's audit row, in its transaction: the chain's lock (or SQLite's write lock) keeps any
    // other row from coming between, so the newest row is that one. Only the id column is read, which every role
    // may (the hash chain needs it).
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM audit")) || !q.next())
        return sqlerror::statementFailed(q, QStringLiteral("de correctie kan niet worden vastgelegd"));
    const qint64 auditId = q.value(0).toLongLong();
    q.finish();
    if (!sql::exec(q,
            QStringLiteral("INSERT INTO correctie (inwoner_id, audit_id, wat, oude_waarde, toelichting) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {inwonerId,
                auditId,
                correctie.wat,
                sql::nonNull(correctie.oudeWaarde),
                sql::nonNull(correctie.toelichting.trimmed())}))
        return sqlerror::statementFailed(q, QStringLiteral("de correctie kan niet worden vastgelegd"));
    return {};
}

Result<int> DossierLifecycle::bewaartermijnJaren()
{
    return instelling::jaren(m_db, bewaartermijnSleutel, standaardBewaartermijnJaren);
}

Status DossierLifecycle::setBewaartermijnJaren(int jaren)
{
    const QString actie = QStringLiteral("bewaartermijn gewijzigd");
    if (!m_db.sessie().heeft(Rol::Beheerder))
        return denied(actie, 0, QStringLiteral("alleen een beheerder stelt de bewaartermijn in"));
    if (jaren < 1 || jaren > 100)
        return Error::badInput(QStringLiteral("de bewaartermijn is een aantal jaren van 1 tot en met 100"));
    return instelling::write(m_db, bewaartermijnSleutel, QString::number(jaren), QStringLiteral("%1 jaar").arg(jaren));
}

Result<QVector<DossierLifecycle::Verlopen>> DossierLifecycle::verlopen()
{
    const auto jaren = bewaartermijnJaren();
    if (!jaren.ok())
        return jaren.error();
    // Closed on or before this date: the bewaartermijn has passed today.
    const QDate grens = m_clock.today().addYears(-jaren.value());
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT id, ref, professional, team, afgesloten_op FROM inwoner_toewijzing "
                           "WHERE afgesloten_op IS NOT NULL AND afgesloten_op <= ? AND geanonimiseerd_op IS NULL "
                           "ORDER BY afgesloten_op, ref"),
            {sql::date(grens)}))
        return sqlerror::statementFailed(q);
    QVector<Verlopen> out;
    while (q.next()) {
        Verlopen v {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            sql::toDate(q.value(4)),
            sql::toDate(q.value(4)).addYears(jaren.value())};
        out.append(v);
    }
    return out;
}

} // namespace dw
