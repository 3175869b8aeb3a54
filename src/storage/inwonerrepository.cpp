#include "inwonerrepository.h"

#include "database.h"
#include "sqlhelpers.h"

#include "core/validation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT i.id, i.ref, i.naam, i.geboortedatum, i.gemeente, i.contact, i.professional, i.rij_versie, i.team "
    "FROM inwoner i ");

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

Result<qint64> InwonerRepository::insert(const Inwoner& i)
{
    const Status valid = validate(i);
    if (!valid.ok())
        return valid.error();
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("INSERT INTO inwoner (ref, naam, geboortedatum, gemeente, contact, professional, team) "
                           "VALUES (?, ?, ?, ?, ?, ?, "
                           "COALESCE(NULLIF(?, ''), (SELECT a.team FROM account a WHERE a.naam = ?), ''))%1")
                .arg(m_db.dialect().returningId()),
            personalData(i) + QVariantList {sql::nonNull(i.team), sql::nonNull(i.professional)})) {
        const QSqlError error = q.lastError();
        if (sqlerror::cause(sqlerror::code(error)) == Error::Cause::Unspecified && findByRef(i.ref).ok())
            return Error::badInput(QStringLiteral("Er is al een inwoner met ref %1.").arg(i.ref));
        return sqlerror::failure(error, QStringLiteral("inwoner %1 kan niet worden opgeslagen").arg(i.ref));
    }
    return m_db.dialect().insertedId(q);
}

Result<int> InwonerRepository::update(const Inwoner& i)
{
    const Status valid = validate(i);
    if (!valid.ok())
        return valid.error();
    const Status receiver = checkProfessional(i);
    if (!receiver.ok())
        return receiver.error();
    return m_db.retrying([&]() -> Result<int> {
        QSqlQuery q(m_db.connection());
        // A hand-over: the inwoner goes to the team of the new professional's account (unchanged without one).
        if (!sql::exec(q,
                QStringLiteral("UPDATE inwoner SET ref = ?, naam = ?, geboortedatum = ?, gemeente = ?, contact = ?, "
                               "professional = ?, team = COALESCE((SELECT a.team FROM account a WHERE a.naam = ?), "
                               "team), rij_versie = rij_versie + 1 WHERE id = ? AND rij_versie = ?"),
                personalData(i) << sql::nonNull(i.professional) << i.id << i.rowVersion)) {
            const QSqlError error = q.lastError();
            const auto other = findByRef(i.ref);
            if (sqlerror::cause(sqlerror::code(error)) == Error::Cause::Unspecified && other.ok() && other->id != i.id)
                return Error::badInput(QStringLiteral("Er is al een inwoner met ref %1.").arg(i.ref));
            return sqlerror::failure(error, QStringLiteral("inwoner %1 kan niet worden opgeslagen").arg(i.ref));
        }
        if (q.numRowsAffected() != 1)
            return Error::badInput(QStringLiteral("Inwoner %1 is intussen door iemand anders gewijzigd of verwijderd. "
                                                  "Laad het dossier opnieuw.")
                                       .arg(i.ref));
        return i.rowVersion + 1;
    });
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
    q.prepare(selectColumns + QStringLiteral("WHERE ref = ?"));
    q.addBindValue(ref);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    if (!q.next())
        return Error::badInput(QStringLiteral("onbekende inwoner '%1'").arg(ref));
    return fromRow(q);
}

Result<Inwoner> InwonerRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
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
    q.prepare(QStringLiteral("SELECT 1 FROM inwoner WHERE ref = ?"));
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
    if (!sql::exec(q, selectColumns + w.sql() + QStringLiteral(" ORDER BY i.id"), w.values))
        return sqlerror::statementFailed(q);
    QVector<Inwoner> out;
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
