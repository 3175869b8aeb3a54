#include "cohortquery.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace dw {

namespace {

// WHERE clause over the inwoner table aliased `i`, with its bind values.
struct Where
{
    QString join;
    QString clause;
    QVariantList values;
};

Where whereFor(const CohortFilter& f, const QString& inwonerColumn)
{
    Where w;
    if (f.gemeente.isEmpty() && f.professional.isEmpty())
        return w;
    w.join = QStringLiteral(" JOIN inwoner i ON i.id = %1").arg(inwonerColumn);
    QStringList parts;
    if (!f.gemeente.isEmpty()) {
        parts << QStringLiteral("i.gemeente = ?");
        w.values << f.gemeente;
    }
    if (!f.professional.isEmpty()) {
        parts << QStringLiteral("i.professional = ?");
        w.values << f.professional;
    }
    w.clause = parts.join(QStringLiteral(" AND "));
    return w;
}

// Adds the period on `datumColumn` (a meetmoment's datum) to a Where; nothing without a period, so that the
// queries without one stay exactly as they were.
Where metPeriode(Where w, const CohortFilter& f, const QString& datumColumn)
{
    QStringList parts;
    if (!w.clause.isEmpty())
        parts << w.clause;
    if (f.van.isValid()) {
        parts << QStringLiteral("%1 >= ?").arg(datumColumn);
        w.values << sql::date(f.van);
    }
    if (f.tot.isValid()) {
        parts << QStringLiteral("%1 <= ?").arg(datumColumn);
        w.values << sql::date(f.tot);
    }
    w.clause = parts.join(QStringLiteral(" AND "));
    return w;
}

QString whereClause(const Where& w, const QString& keyword)
{
    return w.clause.isEmpty() ? QString() : keyword + w.clause;
}

MetingCijfers cijfers(const QSqlQuery& q, int first)
{
    MetingCijfers m;
    m.competenties = sql::toOptionalDouble(q.value(first));
    m.sociaalKapitaal = sql::toOptionalDouble(q.value(first + 1));
    m.probleemgebieden = sql::toOptionalInt(q.value(first + 2));
    m.kwadrant = kwadrantFromCode(q.value(first + 3).toString());
    return m;
}

} // namespace

Result<CohortRapport> CohortQuery::run(const CohortFilter& filter, const Voortgang& voortgang)
{
    const auto verder = [&voortgang](int stap) { return !voortgang || voortgang(stap, stappen); };
    const Error gestopt = Error::failure(QStringLiteral("berekening gestopt"));
    const bool periode = filter.heeftPeriode();
    CohortAccumulator acc;
    QSqlQuery q(m_db.connection());

    // 1. Per perspective, meetmoment and quadrant: counts and sums. With a period, the meting's meetmoment gives
    // the date.
    if (!verder(0))
        return gestopt;
    Where w = whereFor(filter, QStringLiteral("m.inwoner_id"));
    Where w1 = w;
    if (periode) {
        // IN rather than a join: SQLite would scan meting by its covering index and look up every meetmoment
        // (3.3 s at 100,000 inwoners); this reads the meetmomenten once (0.7 s).
        const Where d = metPeriode({}, filter, QStringLiteral("d.datum"));
        QStringList parts;
        if (!w.clause.isEmpty())
            parts << w.clause;
        parts << QStringLiteral("m.meetmoment_id IN (SELECT d.id FROM meetmoment d WHERE %1)").arg(d.clause);
        w1.clause = parts.join(QStringLiteral(" AND "));
        w1.values << d.values;
    }
    QString text = QStringLiteral("SELECT m.perspectief, m.meetmoment_nr, m.kwadrant, count(*), total(m.competenties), "
                                  "count(m.competenties), total(m.sociaal_kapitaal), count(m.sociaal_kapitaal), "
                                  "total(m.probleemgebieden), count(m.probleemgebieden) FROM meting m%1%2 "
                                  "GROUP BY m.perspectief, m.meetmoment_nr, m.kwadrant")
                       .arg(w1.join, whereClause(w1, QStringLiteral(" WHERE ")));
    if (!sql::exec(q, text, w1.values))
        return Error::failure(sqlError(q));
    while (q.next()) {
        CohortAccumulator::Groep g;
        g.perspectief = perspectiefFromCode(q.value(0).toString()).value_or(Perspectief::Inwoner);
        g.meetmoment = q.value(1).toInt();
        g.kwadrant = kwadrantFromCode(q.value(2).toString());
        g.count = q.value(3).toInt();
        g.somCompetenties = q.value(4).toDouble();
        g.nCompetenties = q.value(5).toInt();
        g.somSociaalKapitaal = q.value(6).toDouble();
        g.nSociaalKapitaal = q.value(7).toInt();
        g.somProbleemgebieden = q.value(8).toDouble();
        g.nProbleemgebieden = q.value(9).toInt();
        acc.addGroep(g);
    }

    // 2. First and last meetmoment of every inwoner with at least two, per perspective; with a period, the first
    // and the last within it, of the inwoners with at least two there.
    if (!verder(1))
        return gestopt;
    Where w2 = w;
    if (!periode) {
        text = QStringLiteral(
            "SELECT f.perspectief, f.competenties, f.sociaal_kapitaal, f.probleemgebieden, f.kwadrant, "
            "l.competenties, l.sociaal_kapitaal, l.probleemgebieden, l.kwadrant "
            "FROM meting f%1 "
            "JOIN meting l ON l.inwoner_id = f.inwoner_id AND l.perspectief = f.perspectief "
            " AND l.meetmoment_nr = (SELECT max(mm.volgnummer) FROM meetmoment mm WHERE mm.inwoner_id = f.inwoner_id) "
            "WHERE f.meetmoment_nr = 1 AND l.meetmoment_nr > 1%2")
                   .arg(whereFor(filter, QStringLiteral("f.inwoner_id")).join, whereClause(w, QStringLiteral(" AND ")));
    } else {
        w2 = metPeriode(whereFor(filter, QStringLiteral("mm.inwoner_id")), filter, QStringLiteral("mm.datum"));
        text = QStringLiteral(
            "SELECT f.perspectief, f.competenties, f.sociaal_kapitaal, f.probleemgebieden, f.kwadrant, "
            "l.competenties, l.sociaal_kapitaal, l.probleemgebieden, l.kwadrant "
            "FROM (SELECT mm.inwoner_id, min(mm.volgnummer) AS eerste, max(mm.volgnummer) AS laatste "
            "  FROM meetmoment mm%1%2 GROUP BY mm.inwoner_id HAVING count(*) >= 2) p "
            "JOIN meting f ON f.inwoner_id = p.inwoner_id AND f.meetmoment_nr = p.eerste "
            "JOIN meting l ON l.inwoner_id = p.inwoner_id AND l.perspectief = f.perspectief "
            " AND l.meetmoment_nr = p.laatste")
                   .arg(w2.join, whereClause(w2, QStringLiteral(" WHERE ")));
    }
    if (!sql::exec(q, text, w2.values))
        return Error::failure(sqlError(q));
    while (q.next()) {
        const Perspectief p = perspectiefFromCode(q.value(0).toString()).value_or(Perspectief::Inwoner);
        acc.addPaar(p, cijfers(q, 1), cijfers(q, 5));
    }

    // 3. Quadrant pairs (inwoner x professional) per meetmoment, both known; kept on the meetmoment (migration 2).
    if (!verder(2))
        return gestopt;
    const Where w3 = metPeriode(whereFor(filter, QStringLiteral("mm.inwoner_id")), filter, QStringLiteral("mm.datum"));
    text = QStringLiteral(
        "SELECT mm.volgnummer, mm.kwadrant_inwoner, mm.kwadrant_professional, count(*) FROM meetmoment mm%1 "
        "WHERE mm.kwadrant_inwoner IS NOT NULL AND mm.kwadrant_professional IS NOT NULL%2 "
        "GROUP BY mm.volgnummer, mm.kwadrant_inwoner, mm.kwadrant_professional")
               .arg(w3.join, whereClause(w3, QStringLiteral(" AND ")));
    if (!sql::exec(q, text, w3.values))
        return Error::failure(sqlError(q));
    while (q.next())
        acc.addKwadrantPaar(q.value(0).toInt(),
            kwadrantFromCode(q.value(1).toString()),
            kwadrantFromCode(q.value(2).toString()),
            q.value(3).toInt());
    return acc.rapport();
}

} // namespace dw
