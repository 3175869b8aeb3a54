#include "journaalrepository.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

namespace dw {

namespace {

const char* columns = "id, inwoner_id, datum, soort, duur_minuten, tekst, aard, levensgebied, doel_nummer, "
                      "meetmoment_nr";

JournaalRegel fromRow(const QSqlQuery& q)
{
    JournaalRegel r;
    r.id = q.value(0).toLongLong();
    r.datum = sql::toDate(q.value(2));
    r.soort = contactSoortFromCode(q.value(3).toString()).value_or(ContactSoort::Anders);
    r.duurMinuten = q.value(4).toInt();
    r.tekst = q.value(5).toString();
    r.aard = aardFromCode(q.value(6).toString()).value_or(Aard::Aanname);
    r.levensgebied = q.value(7).toString();
    r.doel = q.value(8).toInt(); // NULL reads as 0: no link
    r.meetmoment = q.value(9).toInt();
    return r;
}

QVariantList values(const JournaalRegel& r)
{
    return {sql::date(r.datum),
        contactSoortCode(r.soort),
        r.duurMinuten,
        r.tekst,
        aardCode(r.aard),
        sql::text(r.levensgebied),
        r.doel > 0 ? QVariant(r.doel) : QVariant(),
        r.meetmoment > 0 ? QVariant(r.meetmoment) : QVariant()};
}

} // namespace

JournaalRepository::JournaalRepository(Database& db)
    : m_db(db)
    , m_insert(db,
          QStringLiteral("INSERT INTO journaal (inwoner_id, datum, soort, duur_minuten, tekst, aard, levensgebied, "
                         "doel_nummer, meetmoment_nr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{ }

Result<qint64> JournaalRepository::insert(qint64 inwonerId, const JournaalRegel& regel)
{
    m_insert.bindValue(0, inwonerId);
    const QVariantList v = values(regel);
    for (int i = 0; i < v.size(); ++i)
        m_insert.bindValue(i + 1, v.at(i));
    if (!m_insert.exec())
        return m_insert.failed(QStringLiteral("de journaalregel kan niet worden opgeslagen"));
    return m_insert.insertedId();
}

Status JournaalRepository::update(qint64 inwonerId, const JournaalRegel& regel)
{
    QSqlQuery q(m_db.connection());
    QVariantList v = values(regel);
    v << regel.id << inwonerId;
    if (!sql::exec(q,
            QStringLiteral("UPDATE journaal SET datum = ?, soort = ?, duur_minuten = ?, tekst = ?, aard = ?, "
                           "levensgebied = ?, doel_nummer = ?, meetmoment_nr = ? WHERE id = ? AND inwoner_id = ?"),
            v))
        return sqlerror::statementFailed(q, QStringLiteral("de journaalregel kan niet worden opgeslagen"));
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("Deze journaalregel bestaat niet meer; misschien verwijderde een "
                                              "collega haar."));
    return {};
}

Status JournaalRepository::remove(qint64 inwonerId, qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM journaal WHERE id = ? AND inwoner_id = ?"), {id, inwonerId}))
        return sqlerror::statementFailed(q, QStringLiteral("de journaalregel kan niet worden verwijderd"));
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("Deze journaalregel bestaat niet meer; misschien verwijderde een "
                                              "collega haar."));
    return {};
}

Result<QVector<JournaalRegel>> JournaalRepository::load(qint64 inwonerId)
{
    auto range = loadRange(inwonerId, inwonerId);
    if (!range.ok())
        return range.error();
    return range->value(inwonerId);
}

Result<QHash<qint64, QVector<JournaalRegel>>> JournaalRepository::loadRange(qint64 fromId, qint64 toId)
{
    QHash<qint64, QVector<JournaalRegel>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q,
            QStringLiteral("SELECT %1 FROM journaal WHERE inwoner_id BETWEEN ? AND ? ORDER BY inwoner_id, datum, id")
                .arg(QLatin1String(columns)),
            {fromId, toId}))
        return sqlerror::statementFailed(q);
    while (q.next())
        out[q.value(1).toLongLong()].append(fromRow(q));
    return out;
}

} // namespace dw
