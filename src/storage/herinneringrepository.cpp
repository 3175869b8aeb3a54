#include "herinneringrepository.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QHash>

namespace dw {

namespace {

HerinneringStatus statusVan(const QSqlQuery& q, int kolom)
{
    HerinneringStatus s;
    s.sleutel = q.value(kolom).toString();
    s.gedaan = q.value(kolom + 1).toInt() != 0;
    s.verzetNaar = sql::toDate(q.value(kolom + 2));
    s.reden = q.value(kolom + 3).toString();
    return s;
}

// The open dossiers of a professional, and of those the current plan: the newest versie not withdrawn.
const char* eigenOpen = "i.professional = ? AND i.afgesloten_op IS NULL";
const char* huidigPlan = "p.ingetrokken_op IS NULL AND p.versie = (SELECT max(p2.versie) FROM plan p2 "
                         "WHERE p2.inwoner_id = p.inwoner_id AND p2.ingetrokken_op IS NULL)";

} // namespace

HerinneringRepository::HerinneringRepository(Database& db)
    : m_db(db)
{ }

Result<QVector<HerinneringStatus>> HerinneringRepository::voor(qint64 inwonerId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT sleutel, gedaan, verzet_naar, reden FROM herinnering WHERE inwoner_id = ? "
                           "ORDER BY sleutel"),
            {inwonerId}))
        return sqlerror::statementFailed(q);
    QVector<HerinneringStatus> uit;
    while (q.next())
        uit.append(statusVan(q, 0));
    return uit;
}

Status HerinneringRepository::zet(qint64 inwonerId, const HerinneringStatus& s, const QString& door, const QDate& op)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("INSERT INTO herinnering (inwoner_id, sleutel, gedaan, verzet_naar, reden, gewijzigd_op, "
                           "gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (inwoner_id, sleutel) DO UPDATE "
                           "SET gedaan = excluded.gedaan, verzet_naar = excluded.verzet_naar, reden = excluded.reden, "
                           "gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door"),
            {inwonerId,
                s.sleutel,
                s.gedaan ? 1 : 0,
                sql::date(s.verzetNaar),
                sql::nonNull(s.reden),
                sql::date(op),
                sql::nonNull(door)}))
        return sqlerror::statementFailed(q, QStringLiteral("de herinnering kan niet worden bijgewerkt"));
    return {};
}

Status HerinneringRepository::wis(qint64 inwonerId, const QString& sleutel)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(
            q, QStringLiteral("DELETE FROM herinnering WHERE inwoner_id = ? AND sleutel = ?"), {inwonerId, sleutel}))
        return sqlerror::statementFailed(q, QStringLiteral("de herinnering kan niet worden bijgewerkt"));
    return {};
}

Result<QVector<HerinneringRepository::Dossierbron>> HerinneringRepository::bronnenVan(const QString& professional)
{
    QVector<Dossierbron> uit;
    QHash<qint64, int> plek; // inwoner id -> index in uit
    QHash<qint64, int> plannen; // plan id -> index in uit
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString eigen = QLatin1String(eigenOpen);
    if (!sql::exec(q,
            QStringLiteral("SELECT i.id, i.ref, i.naam, mm.volgnummer, mm.datum FROM inwoner i "
                           "LEFT JOIN meetmoment mm ON mm.inwoner_id = i.id AND mm.volgnummer = "
                           "(SELECT max(m2.volgnummer) FROM meetmoment m2 WHERE m2.inwoner_id = i.id) "
                           "WHERE %1 ORDER BY i.naam, i.id")
                .arg(eigen),
            {professional}))
        return sqlerror::statementFailed(q);
    while (q.next()) {
        Dossierbron d;
        d.bron.inwonerId = q.value(0).toLongLong();
        d.bron.ref = q.value(1).toString();
        d.bron.naam = q.value(2).toString();
        d.bron.laatsteVolgnummer = q.value(3).toInt();
        d.bron.laatsteMeting = sql::toDate(q.value(4));
        plek.insert(d.bron.inwonerId, int(uit.size()));
        uit.append(d);
    }
    const QString planVan = QStringLiteral("FROM plan p JOIN inwoner i ON i.id = p.inwoner_id WHERE %1 AND %2")
                                .arg(eigen, QLatin1String(huidigPlan));
    // One query; each row goes to the dossier that `waar` finds for its first column (an inwoner or plan id).
    const auto lees = [&](const QString& text, const QHash<qint64, int>& waar, const auto& zet) -> Status {
        if (!sql::exec(q, text, {professional}))
            return sqlerror::statementFailed(q);
        while (q.next()) {
            const int i = waar.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                zet(i, q);
        }
        return {};
    };
    Status s = lees(QStringLiteral("SELECT p.inwoner_id, p.id, p.versie %1").arg(planVan), plek, [&](int i, auto& r) {
        uit[i].bron.planVersie = r.value(2).toInt();
        plannen.insert(r.value(1).toLongLong(), i);
    });
    if (s.ok())
        s = lees(QStringLiteral("SELECT x.plan_id, x.omschrijving, x.wie, x.wanneer FROM afspraak x "
                                "WHERE x.plan_id IN (SELECT p.id %1) ORDER BY x.plan_id, x.nummer")
                     .arg(planVan),
            plannen,
            [&](int i, auto& r) {
                uit[i].bron.afspraken.append({r.value(1).toString(), r.value(2).toString(), sql::toDate(r.value(3))});
            });
    if (s.ok())
        s = lees(QStringLiteral("SELECT x.plan_id, x.omschrijving, x.horizon, x.uitkomst FROM doel x "
                                "WHERE x.plan_id IN (SELECT p.id %1) ORDER BY x.plan_id, x.nummer")
                     .arg(planVan),
            plannen,
            [&](int i, auto& r) {
                Doel d;
                d.omschrijving = r.value(1).toString();
                d.horizon = sql::toDate(r.value(2));
                d.uitkomst = uitkomstFromCode(r.value(3).toString()).value_or(Uitkomst::Onbekend);
                uit[i].bron.doelen.append(d);
            });
    if (s.ok())
        s = lees(QStringLiteral("SELECT h.inwoner_id, h.sleutel, h.gedaan, h.verzet_naar, h.reden FROM herinnering h "
                                "JOIN inwoner i ON i.id = h.inwoner_id WHERE %1")
                     .arg(eigen),
            plek,
            [&](int i, auto& r) { uit[i].statussen.append(statusVan(r, 1)); });
    if (!s.ok())
        return s.error();
    return uit;
}

} // namespace dw
