#include "cohortquery.h"

#include "database.h"
#include "readerthread.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <future>
#include <memory>
#include <optional>

namespace dw {

namespace {

// WHERE clause over the inwoner table aliased `i`, with its bind values.
struct Where
{
    QString join;
    QString clause;
    QVariantList values;
};

Where whereFor(const CohortFilter& f, const QString& inwonerColumn, const Sessie& sessie)
{
    Where w;
    if (f.gemeente.isEmpty() && f.professional.isEmpty() && sessie.zietAlles() && !f.zonderAfgesloten)
        return w;
    w.join = QStringLiteral(" JOIN inwoner i ON i.id = %1").arg(inwonerColumn);
    QStringList parts;
    sql::inwonerFilter(parts, w.values, sessie, f.gemeente, f.professional);
    if (f.zonderAfgesloten)
        parts << QStringLiteral("i.afgesloten_op IS NULL");
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
    m.kwadrant = static_cast<Kwadrant>(q.value(first + 3).toInt()); // a kwadrantNummer() column
    return m;
}

// The quadrant as the number of its Kwadrant value (0 = Onbekend), computed in SQL: 175,000 pairs then come back
// as numbers instead of four strings each, which Qt Sql would convert from UTF-8 one by one.
QString kwadrantNummer(const QString& column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (Kwadrant k : bekendeKwadranten)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(kwadrantCode(k)).arg(static_cast<int>(k));
    return sql + QStringLiteral(" ELSE 0 END");
}

struct Paar
{
    Perspectief perspectief;
    MetingCijfers eerste;
    MetingCijfers laatste;
};

// Step 2's pairs. Without a period, eerste is always 1 and laatste the inwoner's last meetmoment (numbering is
// 1..n, checked by verify), so one query serves both cases. Grouping the meetmomenten first reads each inwoner's
// metingen once, from the covering index meting_paar (migration 4), instead of a correlated max() per meting.
Status leesParen(Database& db, const CohortFilter& filter, QVector<Paar>& uit)
{
    const Where w = metPeriode(
        whereFor(filter, QStringLiteral("mm.inwoner_id"), db.sessie()), filter, QStringLiteral("mm.datum"));
    const QString text = QStringLiteral(
        "SELECT f.perspectief = 'professional', f.competenties, f.sociaal_kapitaal, f.probleemgebieden, "
        "%3, l.competenties, l.sociaal_kapitaal, l.probleemgebieden, %4 "
        "FROM (SELECT mm.inwoner_id, min(mm.volgnummer) AS eerste, max(mm.volgnummer) AS laatste "
        "  FROM meetmoment mm%1%2 GROUP BY mm.inwoner_id HAVING count(*) >= 2) p "
        "JOIN meting f ON f.inwoner_id = p.inwoner_id AND f.meetmoment_nr = p.eerste "
        "JOIN meting l ON l.inwoner_id = p.inwoner_id AND l.perspectief = f.perspectief "
        " AND l.meetmoment_nr = p.laatste")
                             .arg(w.join,
                                 whereClause(w, QStringLiteral(" WHERE ")),
                                 kwadrantNummer(QStringLiteral("f.kwadrant")),
                                 kwadrantNummer(QStringLiteral("l.kwadrant")));
    QSqlQuery q(db.connection());
    if (!sql::exec(q, text, w.values))
        return sqlerror::statementFailed(q);
    while (q.next())
        uit.append(
            {q.value(0).toInt() == 1 ? Perspectief::Professional : Perspectief::Inwoner, cijfers(q, 1), cijfers(q, 5)});
    return {};
}

} // namespace

Result<CohortRapport> CohortQuery::run(const CohortFilter& filter, const Voortgang& voortgang, ReaderThread* paren)
{
    const auto verder = [&voortgang](int stap) { return !voortgang || voortgang(stap, stappen); };
    const Error gestopt = Error::failure(QStringLiteral("berekening gestopt"));
    const bool periode = filter.heeftPeriode();
    if (!verder(0))
        return gestopt;
    // The pairs, the longest step, run on a second connection on another core while steps 1 and 3 run here: on the
    // caller's reader thread (the Teamoverzicht keeps one), or without a progress callback (report cohort) on a
    // thread and connection of this run's own. The job owns what it fills, so that a stopped run may return
    // without waiting for it.
    std::optional<ReaderThread> eigen;
    if (!paren && !voortgang)
        paren = &eigen.emplace(m_db.connector());
    auto gelezenParen = std::make_shared<QVector<Paar>>();
    std::future<Status> parenKlaar;
    if (paren)
        parenKlaar = paren->run([gelezenParen, filter](Database& db) { return leesParen(db, filter, *gelezenParen); });
    CohortAccumulator acc;
    QSqlQuery q(m_db.connection());

    // 1. Per perspective, meetmoment and quadrant: counts and sums. With a period, the meting's meetmoment gives
    // the date.
    Where w = whereFor(filter, QStringLiteral("m.inwoner_id"), m_db.sessie());
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
    const Dialect& d = m_db.dialect();
    // Exact sums, in any order (CohortAccumulator::somSchaal).
    const QString schaal = QString::number(CohortAccumulator::somSchaal, 'f', 0);
    QString text
        = QStringLiteral("SELECT m.perspectief, m.meetmoment_nr, m.kwadrant, count(*), %1, count(m.competenties), "
                         "%2, count(m.sociaal_kapitaal), %3, count(m.probleemgebieden) FROM meting m%4%5 "
                         "GROUP BY m.perspectief, m.meetmoment_nr, m.kwadrant")
              .arg(d.total(QStringLiteral("round(m.competenties * %1)").arg(schaal)),
                  d.total(QStringLiteral("round(m.sociaal_kapitaal * %1)").arg(schaal)),
                  d.total(QStringLiteral("m.probleemgebieden")),
                  w1.join,
                  whereClause(w1, QStringLiteral(" WHERE ")));
    if (!sql::exec(q, text, w1.values))
        return sqlerror::statementFailed(q);
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

    // 3. Quadrant pairs (inwoner x professional) per meetmoment, both known; kept on the meetmoment (migration 2).
    // Before waiting for the pairs: it does not need them.
    if (!verder(1))
        return gestopt;
    const Where w3 = metPeriode(
        whereFor(filter, QStringLiteral("mm.inwoner_id"), m_db.sessie()), filter, QStringLiteral("mm.datum"));
    text = QStringLiteral(
        "SELECT mm.volgnummer, mm.kwadrant_inwoner, mm.kwadrant_professional, count(*) FROM meetmoment mm%1 "
        "WHERE mm.kwadrant_inwoner IS NOT NULL AND mm.kwadrant_professional IS NOT NULL%2 "
        "GROUP BY mm.volgnummer, mm.kwadrant_inwoner, mm.kwadrant_professional")
               .arg(w3.join, whereClause(w3, QStringLiteral(" AND ")));
    if (!sql::exec(q, text, w3.values))
        return sqlerror::statementFailed(q);
    while (q.next())
        acc.addKwadrantPaar(q.value(0).toInt(),
            kwadrantFromCode(q.value(1).toString()),
            kwadrantFromCode(q.value(2).toString()),
            q.value(3).toInt());

    // 2. First and last meetmoment of every inwoner with at least two, per perspective; with a period, the first
    // and the last within it, of the inwoners with at least two there.
    if (!verder(2))
        return gestopt;
    const Status gelezen = paren ? parenKlaar.get() : leesParen(m_db, filter, *gelezenParen);
    if (!gelezen.ok())
        return gelezen.error();
    for (const Paar& p : std::as_const(*gelezenParen))
        acc.addPaar(p.perspectief, p.eerste, p.laatste);
    return acc.rapport();
}

} // namespace dw
