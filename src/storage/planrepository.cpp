#include "planrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include "core/validation.h"

#include <QSqlError>

namespace dw {

PlanRepository::PlanRepository(Database& db)
    : m_db(db)
    , m_insertPlan(db,
          QStringLiteral("INSERT INTO plan (inwoner_id, versie, datum, hulpvraag, draaglast_bepaald, "
                         "draagkracht_bepaald, inwoner_eens, visie_toelichting, verschil_besproken, ingetrokken_op, "
                         "intrek_reden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertDoel(db,
          QStringLiteral("INSERT INTO doel (plan_id, nummer, omschrijving, horizon, wat, hoe, met_wie, levensgebied, "
                         "component, uitkomst, uitkomst_datum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          PreparedInsert::NewId::NotWanted)
    , m_insertInterventie(db,
          QStringLiteral("INSERT INTO interventie (plan_id, nummer, type, omschrijving, doel_nummer, wie, wanneer, "
                         "partner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          PreparedInsert::NewId::NotWanted)
    , m_insertAfspraak(db,
          QStringLiteral("INSERT INTO afspraak (plan_id, nummer, omschrijving, wie, wanneer) VALUES (?, ?, ?, ?, ?)"),
          PreparedInsert::NewId::NotWanted)
{ }

Result<qint64> PlanRepository::insert(qint64 inwonerId, const Plan& p)
{
    if (!p.datum.isValid())
        return Error::badInput(QStringLiteral("Het plan heeft geen geldige datum."));
    PreparedInsert& q = m_insertPlan;
    q.bindValue(0, inwonerId);
    q.bindValue(1, p.versie);
    q.bindValue(2, sql::date(p.datum));
    q.bindValue(3, sql::nonNull(p.hulpvraag));
    q.bindValue(4, sql::nonNull(p.draaglastBepaald));
    q.bindValue(5, sql::nonNull(p.draagkrachtBepaald));
    q.bindValue(6, sql::text(instemmingCode(p.inwonerEens)));
    q.bindValue(7, sql::nonNull(p.visieToelichting));
    q.bindValue(8, p.verschilBesproken ? 1 : 0);
    q.bindValue(9, sql::date(p.ingetrokkenOp));
    q.bindValue(10, sql::nonNull(p.intrekReden));
    if (!q.exec())
        return q.failed(QStringLiteral("plan kan niet worden opgeslagen"));
    const qint64 planId = q.insertedId();
    for (int i = 0; i < p.doelen.size(); ++i) {
        const Doel& d = p.doelen.at(i);
        PreparedInsert& dq = m_insertDoel;
        dq.bindValue(0, planId);
        dq.bindValue(1, i + 1);
        dq.bindValue(2, d.omschrijving);
        dq.bindValue(3, sql::date(d.horizon));
        dq.bindValue(4, sql::nonNull(d.wat));
        dq.bindValue(5, sql::nonNull(d.hoe));
        dq.bindValue(6, sql::nonNull(d.metWie));
        dq.bindValue(7, sql::text(d.levensgebied));
        dq.bindValue(8, sql::text(d.component));
        dq.bindValue(9, sql::text(uitkomstCode(d.uitkomst)));
        dq.bindValue(10, sql::date(d.uitkomstDatum));
        if (!dq.exec())
            return Error::badInput(
                QStringLiteral("doel %1 kan niet worden opgeslagen: %2").arg(i + 1).arg(sqlError(dq.lastError())));
    }
    for (int i = 0; i < p.interventies.size(); ++i) {
        const Interventie& iv = p.interventies.at(i);
        PreparedInsert& iq = m_insertInterventie;
        iq.bindValue(0, planId);
        iq.bindValue(1, i + 1);
        iq.bindValue(2, iv.type);
        iq.bindValue(3, iv.omschrijving);
        iq.bindValue(4, iv.doel > 0 ? QVariant(iv.doel) : QVariant());
        iq.bindValue(5, sql::nonNull(iv.wie));
        iq.bindValue(6, sql::date(iv.wanneer));
        iq.bindValue(7, sql::nonNull(iv.partner));
        if (!iq.exec())
            return Error::badInput(QStringLiteral("interventie %1 kan niet worden opgeslagen: %2")
                                       .arg(i + 1)
                                       .arg(sqlError(iq.lastError())));
    }
    for (int i = 0; i < p.afspraken.size(); ++i) {
        const Afspraak& a = p.afspraken.at(i);
        PreparedInsert& aq = m_insertAfspraak;
        aq.bindValue(0, planId);
        aq.bindValue(1, i + 1);
        aq.bindValue(2, a.omschrijving);
        aq.bindValue(3, sql::nonNull(a.wie));
        aq.bindValue(4, sql::date(a.wanneer));
        if (!aq.exec())
            return Error::badInput(
                QStringLiteral("afspraak %1 kan niet worden opgeslagen: %2").arg(i + 1).arg(sqlError(aq.lastError())));
    }
    return planId;
}

Result<int> PlanRepository::saveRevision(qint64 inwonerId, Plan plan)
{
    return m_db.retrying([&]() -> Result<int> {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT coalesce(max(versie), 0) FROM plan WHERE inwoner_id = ?"));
        q.addBindValue(inwonerId);
        if (!q.exec() || !q.next())
            return sqlerror::statementFailed(q);
        plan.versie = q.value(0).toInt() + 1;
        q.finish();
        const auto id = insert(inwonerId, plan);
        if (!id.ok())
            return id.error();
        const Status s = tx.commit();
        if (!s.ok())
            return s.error();
        return plan.versie;
    });
}

Status PlanRepository::withdraw(qint64 inwonerId, int versie, const QDate& op, const QString& reden)
{
    if (reden.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("Geef de reden waarom versie %1 wordt ingetrokken.").arg(versie));
    const QString problem = validation::textProblem(reden, validation::CellLength);
    if (!problem.isEmpty())
        return Error::badInput(QStringLiteral("reden: %1").arg(problem));
    const Status allowed = AuditLog(m_db).mayChange(QStringLiteral("plan versie ingetrokken"), inwonerId);
    if (!allowed.ok())
        return allowed;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                QStringLiteral("UPDATE plan SET ingetrokken_op = ?, intrek_reden = ? "
                               "WHERE inwoner_id = ? AND versie = ? AND ingetrokken_op IS NULL"),
                {sql::date(op), reden.trimmed(), inwonerId, versie}))
            return sqlerror::failure(
                q.lastError(), QStringLiteral("versie %1 kan niet worden ingetrokken").arg(versie));
        if (q.numRowsAffected() != 1)
            return Error::badInput(QStringLiteral("Versie %1 bestaat niet of is al ingetrokken.").arg(versie));
        const Status audit = AuditLog(m_db).record(
            QStringLiteral("plan versie ingetrokken"), inwonerId, QStringLiteral("versie %1").arg(versie));
        if (!audit.ok())
            return audit;
        return tx.commit();
    });
}

Result<QVector<Plan>> PlanRepository::load(qint64 inwonerId)
{
    auto range = loadRange(inwonerId, inwonerId);
    if (!range.ok())
        return range.error();
    return range->value(inwonerId);
}

Result<QHash<qint64, QVector<Plan>>> PlanRepository::loadRange(qint64 fromId, qint64 toId)
{
    QHash<qint64, QVector<Plan>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT inwoner_id, id, versie, datum, hulpvraag, draaglast_bepaald, draagkracht_bepaald, inwoner_eens, "
        "visie_toelichting, verschil_besproken, ingetrokken_op, intrek_reden FROM plan "
        "WHERE inwoner_id BETWEEN ? AND ? ORDER BY inwoner_id, versie"));
    q.addBindValue(fromId);
    q.addBindValue(toId);
    if (!q.exec())
        return sqlerror::statementFailed(q);
    while (q.next()) {
        Plan p;
        p.id = q.value(1).toLongLong();
        p.versie = q.value(2).toInt();
        p.datum = sql::toDate(q.value(3));
        p.hulpvraag = q.value(4).toString();
        p.draaglastBepaald = q.value(5).toString();
        p.draagkrachtBepaald = q.value(6).toString();
        p.inwonerEens = instemmingFromCode(q.value(7).toString()).value_or(Instemming::Onbekend);
        p.visieToelichting = q.value(8).toString();
        p.verschilBesproken = q.value(9).toInt() != 0;
        p.ingetrokkenOp = sql::toDate(q.value(10));
        p.intrekReden = q.value(11).toString();
        out[q.value(0).toLongLong()].append(p);
    }
    // `out` is complete now, so pointers into it stay valid (a QHash moves its values when it grows).
    QHash<qint64, Plan*> plannen;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (Plan& p : *it)
            plannen.insert(p.id, &p);
    }
    // Each part of every plan in the range in one query, in plan order: four queries for the whole range.
    const auto fill = [&](const char* columns, const char* table, const auto& put) -> Status {
        q.prepare(QStringLiteral("SELECT x.plan_id, %1 FROM plan p JOIN %2 x ON x.plan_id = p.id "
                                 "WHERE p.inwoner_id BETWEEN ? AND ? ORDER BY x.plan_id, x.nummer")
                      .arg(QLatin1String(columns), QLatin1String(table)));
        q.addBindValue(fromId);
        q.addBindValue(toId);
        if (!q.exec())
            return sqlerror::statementFailed(q);
        while (q.next()) {
            if (Plan* p = plannen.value(q.value(0).toLongLong()))
                put(*p, q);
        }
        return {};
    };
    Status s = fill("x.omschrijving, x.horizon, x.wat, x.hoe, x.met_wie, x.levensgebied, x.component, x.uitkomst, "
                    "x.uitkomst_datum",
        "doel",
        [](Plan& p, const QSqlQuery& row) {
            Doel d;
            d.omschrijving = row.value(1).toString();
            d.horizon = sql::toDate(row.value(2));
            d.wat = row.value(3).toString();
            d.hoe = row.value(4).toString();
            d.metWie = row.value(5).toString();
            d.levensgebied = row.value(6).toString();
            d.component = row.value(7).toString();
            d.uitkomst = uitkomstFromCode(row.value(8).toString()).value_or(Uitkomst::Onbekend);
            d.uitkomstDatum = sql::toDate(row.value(9));
            p.doelen.append(d);
        });
    if (!s.ok())
        return s.error();
    s = fill("x.type, x.omschrijving, x.doel_nummer, x.wie, x.wanneer, x.partner",
        "interventie",
        [](Plan& p, const QSqlQuery& row) {
            p.interventies.append({row.value(1).toString(),
                row.value(2).toString(),
                row.value(3).isNull() ? 0 : row.value(3).toInt(),
                row.value(4).toString(),
                sql::toDate(row.value(5)),
                row.value(6).toString()});
        });
    if (!s.ok())
        return s.error();
    s = fill("x.omschrijving, x.wie, x.wanneer", "afspraak", [](Plan& p, const QSqlQuery& row) {
        p.afspraken.append({row.value(1).toString(), row.value(2).toString(), sql::toDate(row.value(3))});
    });
    if (!s.ok())
        return s.error();
    return out;
}

} // namespace dw
