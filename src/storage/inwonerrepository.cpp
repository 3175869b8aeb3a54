#include "inwonerrepository.h"

#include "database.h"
#include "serverlogin.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include "core/persoonsgegevens.h"
#include "core/refpatroon.h"
#include "core/validation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
// A database opened read-only at an older schema has no columns of migration 19: they read as empty.
QString selectColumns(const Database& db)
{
    return QStringLiteral(
        "SELECT i.id, i.ref, i.naam, i.geboortedatum, i.gemeente, i.contact, i.professional, i.rij_versie, "
        "i.team, i.afgesloten_op, i.afsluitreden, i.afsluit_toelichting, i.aangemaakt_op, i.geanonimiseerd_op, %1 "
        "FROM inwoner i ")
        .arg(db.schemaVersion() >= 19 ? QStringLiteral("i.bsn, i.straat, i.huisnummer, i.postcode, i.woonplaats, "
                                                       "i.telefoon, i.email")
                                      : QStringLiteral("'', '', '', '', '', '', ''"));
}

// The columns of migration 19, in the order of the INSERT and UPDATE below.
const QString contactColumns
    = QStringLiteral("bsn = ?, straat = ?, huisnummer = ?, postcode = ?, woonplaats = ?, telefoon = ?, email = ?");
QVariantList contactValues(const Inwoner& i)
{
    return {sql::nonNull(i.bsn),
        sql::nonNull(i.adres.straat),
        sql::nonNull(i.adres.huisnummer),
        sql::nonNull(i.adres.postcode),
        sql::nonNull(i.adres.woonplaats),
        sql::nonNull(i.telefoon),
        sql::nonNull(i.email)};
}

// The columns ref .. professional, in the order of the INSERT and UPDATE below.
QVariantList personalData(const Inwoner& i)
{
    return {
        i.ref, i.naam, sql::date(i.geboortedatum), i.gemeente, sql::nonNull(i.contact), sql::nonNull(i.professional)};
}

Inwoner fromRow(const QSqlQuery& q)
{
    Inwoner i;
    i.id = q.value(0).toLongLong();
    i.ref = q.value(1).toString();
    i.naam = q.value(2).toString();
    i.geboortedatum = sql::toDate(q.value(3));
    i.gemeente = q.value(4).toString();
    i.contact = q.value(5).toString();
    i.professional = q.value(6).toString();
    i.rowVersion = q.value(7).toInt();
    i.team = q.value(8).toString();
    i.status.afgeslotenOp = sql::toDate(q.value(9));
    i.status.reden = afsluitredenFromCode(q.value(10).toString()).value_or(Afsluitreden::Anders);
    i.status.toelichting = q.value(11).toString();
    i.aangemaaktOp = sql::toDate(q.value(12));
    i.geanonimiseerd = !q.value(13).isNull();
    i.bsn = q.value(14).toString();
    i.adres = {q.value(15).toString(), q.value(16).toString(), q.value(17).toString(), q.value(18).toString()};
    i.telefoon = q.value(19).toString();
    i.email = q.value(20).toString();
    return i;
}

// The same rules as every form and the import (core/validation.h); today is the system's date, since a stored
// birth date after it is wrong whatever clock the caller uses.
Status validate(const Inwoner& i)
{
    const Status valid = validation::validateInwoner(i, QDate::currentDate());
    if (!valid.ok())
        return Error::badInput(QStringLiteral("inwoner %1: %2").arg(i.ref, valid.errorMessage()));
    return {};
}

} // namespace

Result<QString> InwonerRepository::voorgesteldeRef(const QString& patroon, const QString& gemeente)
{
    QSqlQuery q(m_db.connection());
    QStringList refs;
    if (!sql::exec(q,
            QStringLiteral("SELECT i.ref FROM inwoner i WHERE i.gemeente = ? ORDER BY i.naam DESC, i.id DESC LIMIT 50"),
            {gemeente}))
        return sqlerror::statementFailed(q);
    while (q.next())
        refs << q.value(0).toString();
    const QString code = refpatroon::gemeenteCode(gemeente, refs);
    const QString voor = refpatroon::voorvoegsel(patroon, code);
    // Padded numbers sort as text; the first few after the prefix that fit the pattern hold the highest.
    if (!sql::exec(q,
            QStringLiteral("SELECT i.ref FROM inwoner i WHERE i.ref >= ? AND i.ref < ? ORDER BY i.ref DESC LIMIT 200"),
            {voor, voor + QChar(0xFFFF)}))
        return sqlerror::statementFailed(q);
    int hoogste = 0;
    while (q.next()) {
        if (const auto n = refpatroon::nummer(patroon, code, q.value(0).toString()))
            hoogste = std::max(hoogste, *n);
    }
    return refpatroon::maak(patroon, code, hoogste + 1);
}

Result<qint64> InwonerRepository::insert(const Inwoner& inwoner)
{
    Inwoner i = inwoner;
    persoonsgegevens::normaliseer(i); // "7511ab" is stored as "7511 AB", so that search finds it
    const Status valid = validate(i);
    if (!valid.ok())
        return valid.error();
    if (!m_insert) {
        m_insert.emplace(m_db,
            QStringLiteral("INSERT INTO inwoner (ref, naam, geboortedatum, gemeente, contact, professional, team, "
                           "afgesloten_op, afsluitreden, afsluit_toelichting, aangemaakt_op, aangemaakt_door, bsn, "
                           "straat, huisnummer, postcode, woonplaats, telefoon, email) "
                           "VALUES (?, ?, ?, ?, ?, ?, "
                           "COALESCE(NULLIF(?, ''), (SELECT a.team FROM account a WHERE a.naam = ?), ''), "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!m_insert->isValid()) {
            const Error e = m_insert->failed();
            m_insert.reset();
            return e;
        }
    }
    PreparedInsert& q = *m_insert;
    const QVariantList values = personalData(i)
        + QVariantList {sql::nonNull(i.team),
            sql::nonNull(i.professional),
            sql::date(i.status.afgeslotenOp),
            i.status.afgesloten() ? QVariant(afsluitredenCode(i.status.reden)) : QVariant(),
            sql::nonNull(i.status.afgesloten() ? i.status.toelichting : QString()),
            sql::date(i.aangemaaktOp.isValid() ? i.aangemaaktOp : QDate::currentDate()),
            sql::nonNull(m_db.sessie().gebruiker)}
        + contactValues(i);
    for (int v = 0; v < values.size(); ++v)
        q.bindValue(v, values.at(v));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (sqlerror::cause(sqlerror::code(error)) == Error::Cause::Unspecified && findByRef(i.ref).ok())
            return Error::because(Error::Cause::Taken,
                Error::Kind::BadInput,
                QStringLiteral("Er is al een inwoner met ref %1.").arg(i.ref));
        return sqlerror::failure(error, QStringLiteral("inwoner %1 kan niet worden opgeslagen").arg(i.ref));
    }
    return q.insertedId();
}

Result<int> InwonerRepository::update(const Inwoner& inwoner)
{
    Inwoner i = inwoner;
    persoonsgegevens::normaliseer(i);
    const Status valid = validate(i);
    if (!valid.ok())
        return valid.error();
    const Status receiver = checkProfessional(i);
    if (!receiver.ok())
        return receiver.error();
    return m_db.retrying([&]() -> Result<int> {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, QStringLiteral("SELECT professional FROM inwoner_toewijzing WHERE id = ?"), {i.id}))
            return sqlerror::statementFailed(q, QStringLiteral("inwoner %1 kan niet worden opgeslagen").arg(i.ref));
        const bool handOver = q.next() && q.value(0).toString() != i.professional;
        q.finish();
        if (!sql::exec(q,
                QStringLiteral(
                    "UPDATE inwoner SET ref = ?, naam = ?, geboortedatum = ?, gemeente = ?, contact = ?, %1, "
                    "rij_versie = rij_versie + 1 WHERE id = ? AND rij_versie = ?")
                    .arg(contactColumns),
                personalData(i).mid(0, 5) + contactValues(i)
                    << i.id << i.rowVersion)) { // without the professional: handOverTo
            const QSqlError error = q.lastError();
            const auto other = idOf(i.ref);
            if (sqlerror::cause(sqlerror::code(error)) == Error::Cause::Unspecified && other.ok()
                && other.value() != i.id)
                return Error::because(Error::Cause::Taken,
                    Error::Kind::BadInput,
                    QStringLiteral("Er is al een inwoner met ref %1.").arg(i.ref));
            return sqlerror::failure(error, QStringLiteral("inwoner %1 kan niet worden opgeslagen").arg(i.ref));
        }
        if (q.numRowsAffected() != 1)
            return Error::badInput(QStringLiteral("Inwoner %1 is intussen door iemand anders gewijzigd of verwijderd. "
                                                  "Laad het dossier opnieuw.")
                                       .arg(i.ref));
        if (handOver) {
            const Status handed = handOverTo(i.id, i.professional);
            if (!handed.ok())
                return handed.error();
        }
        const Status committed = tx.commit();
        if (!committed.ok())
            return committed.error();
        return i.rowVersion + 1;
    });
}

Status InwonerRepository::handOverTo(qint64 id, const QString& professional)
{
    QSqlQuery q(m_db.connection());
    // On a team server with server logins the inwoner leaves the caseload of whoever hands it over, which row-level
    // security would not let an UPDATE do; the server's own function checks the same rights (serverrights.cpp).
    const bool onServer = serverlogin::enforced(m_db);
    const bool done = onServer
        ? sql::exec(q, QStringLiteral("SELECT dw_overdragen(?, ?)"), {id, sql::nonNull(professional)})
        // The inwoner goes to the team of the new professional's account (unchanged without one).
        : sql::exec(q,
            QStringLiteral("UPDATE inwoner SET professional = ?, team = COALESCE((SELECT a.team FROM account a "
                           "WHERE a.naam = ?), team) WHERE id = ?"),
            {sql::nonNull(professional), sql::nonNull(professional), id});
    if (!done)
        return sqlerror::statementFailed(q, QStringLiteral("de overdracht kan niet worden opgeslagen"));
    return {};
}

Status InwonerRepository::checkProfessional(const Inwoner& i)
{
    // Once a database has accounts, an inwoner is handed over to a colleague who can work with them: an account with
    // the professional role (or to nobody). Before accounts the field is free text, as it was.
    if (i.professional.isEmpty() || !m_db.sessie().aangemeld())
        return {};
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT rollen FROM account WHERE naam = ?"), {i.professional}))
        return sqlerror::statementFailed(q, QStringLiteral("de professional kan niet worden nagegaan"));
    if (q.next() && q.value(0).toString().split(QLatin1Char(',')).contains(QStringLiteral("professional")))
        return {};
    return Error::badInput(
        QStringLiteral("er is geen professional met het account '%1'; kies een collega met een account")
            .arg(i.professional));
}

Result<Inwoner> InwonerRepository::findByRef(const QString& ref)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns(m_db) + QStringLiteral("WHERE ref = ?"));
    q.addBindValue(ref);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    if (!q.next())
        return Error::badInput(QStringLiteral("onbekende inwoner '%1'").arg(ref));
    return fromRow(q);
}

Result<qint64> InwonerRepository::idOf(const QString& ref)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT id FROM inwoner_toewijzing WHERE ref = ?"), {ref}))
        return sqlerror::statementFailed(q);
    if (!q.next())
        return Error::badInput(QStringLiteral("onbekende inwoner '%1'").arg(ref));
    return q.value(0).toLongLong();
}

Result<Inwoner> InwonerRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns(m_db) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    if (!q.next())
        return Error::badInput(QStringLiteral("onbekende inwoner %1").arg(id));
    return fromRow(q);
}

Status InwonerRepository::remove(qint64 id)
{
    return m_db.retrying([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM inwoner WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        return {};
    });
}

Result<QStringList> InwonerRepository::existingRefs(const QStringList& refs)
{
    QStringList found;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM inwoner_toewijzing WHERE ref = ?")); // every ref, also another's
    for (const QString& ref : refs) {
        q.addBindValue(ref);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        if (q.next())
            found.append(ref);
        q.finish();
    }
    return found;
}

Result<QVector<Inwoner>> InwonerRepository::all()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::Where w;
    sql::zichtbaar(w.parts, w.values, m_db.sessie());
    if (!sql::exec(q, selectColumns(m_db) + w.sql() + QStringLiteral(" ORDER BY i.id"), w.values))
        return sqlerror::statementFailed(q);
    QVector<Inwoner> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QVector<Inwoner>> InwonerRepository::after(qint64 afterId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::Where w;
    sql::zichtbaar(w.parts, w.values, m_db.sessie());
    w.parts.append(QStringLiteral("i.id > ?"));
    w.values.append(afterId);
    w.values.append(limit);
    if (!sql::exec(q, selectColumns(m_db) + w.sql() + QStringLiteral(" ORDER BY i.id LIMIT ?"), w.values))
        return sqlerror::statementFailed(q);
    QVector<Inwoner> out;
    out.reserve(limit);
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<int> InwonerRepository::count()
{
    QSqlQuery q(m_db.connection());
    sql::Where w;
    sql::zichtbaar(w.parts, w.values, m_db.sessie());
    if (!sql::exec(q, QStringLiteral("SELECT count(*) FROM inwoner i") + w.sql(), w.values) || !q.next())
        return sqlerror::statementFailed(q);
    return q.value(0).toInt();
}

} // namespace dw
