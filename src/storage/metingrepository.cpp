#include "metingrepository.h"

#include "database.h"
#include "log.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include "core/antwoordcodering.h"

#include <QSqlQuery>

namespace dw {

MetingRepository::MetingRepository(Database& db, const Instrument& instrument)
    : m_db(db)
    , m_instrument(instrument)
    , m_insertMeetmoment(db,
          QStringLiteral("INSERT INTO meetmoment (inwoner_id, datum, volgnummer, kwadrant_inwoner, "
                         "kwadrant_professional) VALUES (?, ?, ?, ?, ?)"))
    , m_insertMeting(db,
          QStringLiteral("INSERT INTO meting (meetmoment_id, inwoner_id, meetmoment_nr, perspectief, instrument, "
                         "competenties, sociaal_kapitaal, competenties_beantwoord, sociaal_kapitaal_beantwoord, "
                         "kwadrant, probleemgebieden, zelf_ingevuld, invulduur_seconden, antwoorden, draaglast) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          PreparedInsert::NewId::NotWanted)
{ }

Status MetingRepository::insertMeting(
    qint64 meetmomentId, qint64 inwonerId, int nummer, const Meting& meting, const MetingScore& s)
{
    const auto gecodeerd = codeerMeting(m_instrument, meting);
    if (!gecodeerd.ok())
        return gecodeerd.error();
    PreparedInsert& q = m_insertMeting;
    q.bindValue(0, meetmomentId);
    q.bindValue(1, inwonerId);
    q.bindValue(2, nummer);
    q.bindValue(3, perspectiefCode(meting.perspectief));
    q.bindValue(4, m_instrument.id());
    q.bindValue(5, sql::optional(s.competenties.score));
    q.bindValue(6, sql::optional(s.sociaalKapitaal.score));
    q.bindValue(7, s.competenties.beantwoord);
    q.bindValue(8, s.sociaalKapitaal.beantwoord);
    q.bindValue(9, sql::text(kwadrantCode(s.kwadrant)));
    q.bindValue(10, s.probleemgebieden);
    q.bindValue(11, meting.zelfIngevuld ? 1 : 0);
    q.bindValue(
        12, meting.zelfIngevuld && meting.invulduurSeconden > 0 ? QVariant(meting.invulduurSeconden) : QVariant());
    q.bindValue(13, gecodeerd->antwoorden);
    q.bindValue(14, gecodeerd->draaglast);
    if (!q.exec())
        return q.failed(QStringLiteral("meting kan niet worden opgeslagen"));
    return {};
}

Status MetingRepository::insertMeetmomenten(qint64 inwonerId, QVector<Meetmoment>& meetmomenten)
{
    for (Meetmoment& m : meetmomenten) {
        PreparedInsert& q = m_insertMeetmoment;
        q.bindValue(0, inwonerId);
        q.bindValue(1, sql::date(m.datum));
        q.bindValue(2, m.volgnummer);
        std::optional<MetingScore> scores[2];
        for (Perspectief p : allePerspectieven) {
            if (m.meting(p))
                scores[static_cast<int>(p)] = scoreMeting(m_instrument, *m.meting(p));
            const auto& score = scores[static_cast<int>(p)];
            q.bindValue(3 + static_cast<int>(p), sql::text(kwadrantCode(score ? score->kwadrant : Kwadrant::Onbekend)));
        }
        if (!q.exec())
            return q.failed(QStringLiteral("meetmoment kan niet worden opgeslagen"));
        m.id = q.insertedId();
        for (Perspectief p : allePerspectieven) {
            if (!m.meting(p))
                continue;
            const Status s = insertMeting(m.id, inwonerId, m.volgnummer, *m.meting(p), *scores[static_cast<int>(p)]);
            if (!s.ok())
                return s;
        }
    }
    return {};
}

Status MetingRepository::renumber(qint64 inwonerId)
{
    // Two steps, because (inwoner_id, volgnummer) is unique at every moment: move out of the way, then number
    // by date with ties kept in the order of entry (id).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE meetmoment SET volgnummer = volgnummer + 1000000 WHERE inwoner_id = ?"));
    q.addBindValue(inwonerId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    q.prepare(QStringLiteral("SELECT id FROM meetmoment WHERE inwoner_id = ? ORDER BY datum, id"));
    q.addBindValue(inwonerId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QSqlQuery u(m_db.connection());
    QSqlQuery v(m_db.connection());
    u.prepare(QStringLiteral("UPDATE meetmoment SET volgnummer = ? WHERE id = ?"));
    v.prepare(QStringLiteral("UPDATE meting SET meetmoment_nr = ? WHERE meetmoment_id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        u.addBindValue(i + 1);
        u.addBindValue(ids.at(i));
        v.addBindValue(i + 1);
        v.addBindValue(ids.at(i));
        if (!u.exec() || !v.exec())
            return Error::failure(sqlError(u) + sqlError(v));
    }
    return {};
}

Result<qint64> MetingRepository::addMeetmoment(qint64 inwonerId, const Meetmoment& meetmoment)
{
    for (Perspectief p : allePerspectieven) {
        if (meetmoment.meting(p)) {
            const Status valid = validateMeting(m_instrument, *meetmoment.meting(p));
            if (!valid.ok())
                return valid.error();
        }
    }
    if (!meetmoment.datum.isValid())
        return Error::badInput(QStringLiteral("Vul een geldige datum in voor het meetmoment."));
    return m_db.retrying([&]() -> Result<qint64> {
        TransactionGuard tx(m_db);
        QVector<Meetmoment> one {meetmoment};
        one[0].volgnummer = 1000000 - 1; // renumbered below
        Status s = insertMeetmomenten(inwonerId, one);
        if (s.ok())
            s = renumber(inwonerId);
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return s.error();
        return one[0].id;
    });
}

Status MetingRepository::saveMeting(qint64 meetmomentId, const Meting& meting)
{
    const Status valid = validateMeting(m_instrument, meting);
    if (!valid.ok())
        return valid;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT inwoner_id, volgnummer FROM meetmoment WHERE id = ?"));
        q.addBindValue(meetmomentId);
        if (!q.exec() || !q.next())
            return Error::badInput(QStringLiteral("meetmoment %1 bestaat niet (meer)").arg(meetmomentId));
        const qint64 inwonerId = q.value(0).toLongLong();
        const int nummer = q.value(1).toInt();
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM meting WHERE meetmoment_id = ? AND perspectief = ?"));
        q.addBindValue(meetmomentId);
        q.addBindValue(perspectiefCode(meting.perspectief));
        if (!q.exec())
            return sqlerror::statementFailed(q);
        const MetingScore score = scoreMeting(m_instrument, meting);
        const Status s = insertMeting(meetmomentId, inwonerId, nummer, meting, score);
        if (!s.ok())
            return s;
        log::info("meting_opgeslagen", {{"inwoner_id", inwonerId}, {"meetmoment_id", meetmomentId}});
        q.prepare(QStringLiteral("UPDATE meetmoment SET %1 = ? WHERE id = ?")
                      .arg(meting.perspectief == Perspectief::Inwoner ? QStringLiteral("kwadrant_inwoner")
                                                                      : QStringLiteral("kwadrant_professional")));
        q.addBindValue(sql::text(kwadrantCode(score.kwadrant)));
        q.addBindValue(meetmomentId);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        return tx.commit();
    });
}

Status MetingRepository::removeMeetmoment(qint64 meetmomentId)
{
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT inwoner_id FROM meetmoment WHERE id = ?"));
        q.addBindValue(meetmomentId);
        if (!q.exec() || !q.next())
            return Error::badInput(QStringLiteral("meetmoment %1 bestaat niet (meer)").arg(meetmomentId));
        const qint64 inwonerId = q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM meetmoment WHERE id = ?"));
        q.addBindValue(meetmomentId);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        const Status s = renumber(inwonerId);
        if (!s.ok())
            return s;
        return tx.commit();
    });
}

Status MetingRepository::replaceMeting(
    qint64 meetmomentId, Perspectief p, const std::optional<Meting>& meting, const std::optional<Meting>& expected)
{
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM meting WHERE meetmoment_id = ? AND perspectief = ?"));
        q.addBindValue(meetmomentId);
        q.addBindValue(perspectiefCode(p));
        if (!q.exec())
            return sqlerror::statementFailed(q);
        std::optional<Meting> stored;
        if (q.next()) {
            auto loaded = loadMeting(q.value(0).toLongLong(), p);
            if (!loaded.ok())
                return loaded.error();
            stored = loaded.value();
        }
        q.finish();
        if (stored != expected)
            return Error::badInput(QStringLiteral("De meting is intussen door iemand anders gewijzigd. "
                                                  "Laad het dossier opnieuw en bekijk de wijziging."));
        const Status s = meting ? saveMeting(meetmomentId, *meting) : removeMeting(meetmomentId, p);
        if (!s.ok())
            return s;
        return tx.commit();
    });
}

Status MetingRepository::removeMeting(qint64 meetmomentId, Perspectief perspectief)
{
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM meting WHERE meetmoment_id = ? AND perspectief = ?"));
        q.addBindValue(meetmomentId);
        q.addBindValue(perspectiefCode(perspectief));
        if (!q.exec())
            return sqlerror::statementFailed(q);
        q.prepare(QStringLiteral("UPDATE meetmoment SET %1 = NULL WHERE id = ?")
                      .arg(perspectief == Perspectief::Inwoner ? QStringLiteral("kwadrant_inwoner")
                                                               : QStringLiteral("kwadrant_professional")));
        q.addBindValue(meetmomentId);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        return tx.commit();
    });
}

Result<Meting> MetingRepository::loadMeting(qint64 metingId, Perspectief perspectief)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT instrument, antwoorden, draaglast, zelf_ingevuld, invulduur_seconden FROM meting WHERE id = ?"));
    q.addBindValue(metingId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    if (!q.next())
        return Error::badInput(QStringLiteral("meting %1 bestaat niet (meer)").arg(metingId));
    Meting m;
    m.perspectief = perspectief;
    const Status s = leesMeting(metingId, q, 0, m);
    if (!s.ok())
        return s.error();
    return m;
}

Status MetingRepository::leesMeting(qint64 metingId, const QSqlQuery& q, int column, Meting& m) const
{
    if (q.value(column).toString() != m_instrument.id())
        return Error::failure(QStringLiteral("meting %1 is afgenomen met instrumentversie '%2', die dit programma "
                                             "niet kent")
                                  .arg(metingId)
                                  .arg(q.value(column).toString()));
    const Status s = decodeerMeting(m_instrument, q.value(column + 1).toString(), q.value(column + 2).toString(), m);
    if (!s.ok())
        return Error::failure(QStringLiteral("meting %1: %2").arg(metingId).arg(s.errorMessage()));
    m.zelfIngevuld = q.value(column + 3).toInt() != 0;
    m.invulduurSeconden = q.value(column + 4).toInt();
    return {};
}

Result<QVector<Meetmoment>> MetingRepository::load(qint64 inwonerId)
{
    auto range = loadRange(inwonerId, inwonerId);
    if (!range.ok())
        return range.error();
    return range->value(inwonerId);
}

Result<QHash<qint64, QVector<Meetmoment>>> MetingRepository::loadRange(qint64 fromId, qint64 toId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT mm.inwoner_id, mm.id, mm.datum, mm.volgnummer, m.id, m.perspectief, "
                       "m.instrument, m.antwoorden, m.draaglast, m.zelf_ingevuld, m.invulduur_seconden "
                       "FROM meetmoment mm LEFT JOIN meting m ON m.meetmoment_id = mm.id "
                       "WHERE mm.inwoner_id BETWEEN ? AND ? ORDER BY mm.inwoner_id, mm.volgnummer, m.perspectief"));
    q.addBindValue(fromId);
    q.addBindValue(toId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    QHash<qint64, QVector<Meetmoment>> out;
    while (q.next()) {
        QVector<Meetmoment>& list = out[q.value(0).toLongLong()];
        const qint64 id = q.value(1).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            Meetmoment m;
            m.id = id;
            m.datum = sql::toDate(q.value(2));
            m.volgnummer = q.value(3).toInt();
            list.append(m);
        }
        if (q.value(4).isNull())
            continue;
        if (const auto p = perspectiefFromCode(q.value(5).toString())) {
            Meting meting;
            meting.perspectief = *p;
            const Status s = leesMeting(q.value(4).toLongLong(), q, 6, meting);
            if (!s.ok())
                return s.error();
            list.last().meting(*p) = std::move(meting);
        }
    }
    return out;
}

Result<QVector<OpgeslagenMeting>> MetingRepository::storedFigures(qint64 inwonerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sqlText = QStringLiteral(
        "SELECT id, inwoner_id, meetmoment_id, meetmoment_nr, perspectief, instrument, competenties, sociaal_kapitaal, "
        "competenties_beantwoord, sociaal_kapitaal_beantwoord, kwadrant, probleemgebieden FROM meting");
    if (inwonerId > 0)
        sqlText += QStringLiteral(" WHERE inwoner_id = ?");
    q.prepare(sqlText + QStringLiteral(" ORDER BY id"));
    if (inwonerId > 0)
        q.addBindValue(inwonerId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    QVector<OpgeslagenMeting> out;
    while (q.next()) {
        OpgeslagenMeting m;
        m.metingId = q.value(0).toLongLong();
        m.inwonerId = q.value(1).toLongLong();
        m.meetmomentId = q.value(2).toLongLong();
        m.meetmomentNr = q.value(3).toInt();
        m.perspectief = perspectiefFromCode(q.value(4).toString()).value_or(Perspectief::Inwoner);
        m.instrument = q.value(5).toString();
        m.score.competenties.score = sql::toOptionalDouble(q.value(6));
        m.score.sociaalKapitaal.score = sql::toOptionalDouble(q.value(7));
        m.score.competenties.beantwoord = q.value(8).toInt();
        m.score.sociaalKapitaal.beantwoord = q.value(9).toInt();
        m.score.kwadrant = kwadrantFromCode(q.value(10).toString());
        m.score.probleemgebieden = q.value(11).toInt();
        out.append(m);
    }
    return out;
}

} // namespace dw
