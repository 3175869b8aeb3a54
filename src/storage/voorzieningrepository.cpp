#include "voorzieningrepository.h"

#include "database.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

namespace dw {

Result<QVector<Voorziening>> VoorzieningRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT id, naam, type, levensgebied, gemeente, contact FROM voorziening ORDER BY %1, id")
                .arg(m_db.dialect().caseInsensitive(QStringLiteral("naam"))),
            {}))
        return sqlerror::statementFailed(q, QStringLiteral("sociale kaart kan niet worden gelezen"));
    QVector<Voorziening> kaart;
    while (q.next())
        kaart.append({q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString()});
    return kaart;
}

Status VoorzieningRepository::insertRow(const Voorziening& v, qint64* id)
{
    const Status valid = validateVoorziening(m_instrument, v);
    if (!valid)
        return valid;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral(
                "INSERT INTO voorziening (naam, type, levensgebied, gemeente, contact) VALUES (?, ?, ?, ?, ?)%1")
                .arg(m_db.dialect().returningId()),
            {v.naam.trimmed(),
                v.type,
                sql::text(v.levensgebied),
                sql::nonNull(v.gemeente.trimmed()),
                sql::nonNull(v.contact.trimmed())}))
        return sqlerror::statementFailed(q, QStringLiteral("voorziening kan niet worden opgeslagen"));
    if (id)
        *id = m_db.dialect().insertedId(q);
    return {};
}

Status VoorzieningRepository::mayEdit()
{
    // The sociale kaart is the beheerder's once there are accounts (DESIGN.md); an import still merges its kaart.
    if (m_db.sessie().heeft(Rol::Beheerder))
        return {};
    return Error::because(
        Error::Cause::Denied, Error::Kind::BadInput, QStringLiteral("alleen een beheerder wijzigt de sociale kaart"));
}

Result<qint64> VoorzieningRepository::insert(const Voorziening& v)
{
    const Status allowed = mayEdit();
    if (!allowed.ok())
        return allowed.error();
    TransactionGuard tx(m_db);
    qint64 id = 0;
    const Status s = insertRow(v, &id);
    if (!s)
        return s.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return id;
}

Status VoorzieningRepository::update(const Voorziening& v)
{
    const Status allowed = mayEdit();
    if (!allowed.ok())
        return allowed;
    const Status valid = validateVoorziening(m_instrument, v);
    if (!valid)
        return valid;
    TransactionGuard tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral(
                "UPDATE voorziening SET naam = ?, type = ?, levensgebied = ?, gemeente = ?, contact = ? WHERE id = ?"),
            {v.naam.trimmed(),
                v.type,
                sql::text(v.levensgebied),
                sql::nonNull(v.gemeente.trimmed()),
                sql::nonNull(v.contact.trimmed()),
                v.id}))
        return sqlerror::statementFailed(q, QStringLiteral("voorziening kan niet worden opgeslagen"));
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("Deze voorziening bestaat niet meer."));
    return tx.commit();
}

Status VoorzieningRepository::remove(qint64 id)
{
    const Status allowed = mayEdit();
    if (!allowed.ok())
        return allowed;
    TransactionGuard tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM voorziening WHERE id = ?"), {id}))
        return sqlerror::statementFailed(q, QStringLiteral("voorziening kan niet worden verwijderd"));
    return tx.commit();
}

Status VoorzieningRepository::merge(const QVector<Voorziening>& kaart)
{
    if (kaart.isEmpty())
        return {};
    TransactionGuard tx(m_db);
    auto bestaand = all();
    if (!bestaand)
        return bestaand.error();
    for (int i = 0; i < kaart.size(); ++i) {
        Voorziening v = kaart.at(i);
        v.naam = v.naam.trimmed();
        v.gemeente = v.gemeente.trimmed();
        v.contact = v.contact.trimmed();
        if (bestaand->contains(v))
            continue;
        const Status s = insertRow(v, nullptr);
        if (!s)
            return Error {s.error().kind, QStringLiteral("sociale_kaart[%1].%2").arg(i).arg(s.error().message)};
        bestaand->append(v);
    }
    return tx.commit();
}

} // namespace dw
