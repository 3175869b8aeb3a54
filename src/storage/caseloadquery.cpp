#include "caseloadquery.h"

#include "database.h"
#include "sqlhelpers.h"
#include "vervolgquery.h"

#include "core/zoekvraag.h"

#include <QSqlQuery>

namespace dw {

namespace {

// The last meetmoment of each inwoner; its quadrants are kept on the meetmoment (migration 2).
const QString lastMeetmomentJoin
    = QStringLiteral(" LEFT JOIN meetmoment l ON l.inwoner_id = i.id"
                     "  AND l.volgnummer = (SELECT max(x.volgnummer) FROM meetmoment x WHERE x.inwoner_id = i.id)");
const QString fromClause = QStringLiteral(" FROM inwoner i") + lastMeetmomentJoin;

// Conditions on the last meetmoment, or sorting by it, need its join before LIMIT; the others do not.
bool needsLastMeetmoment(const CaseloadFilter& f)
{
    return f.kwadrantInwoner != Kwadrant::Onbekend || f.kwadrantProfessional != Kwadrant::Onbekend
        || f.alleenVervolgNodig || f.sort == CaseloadFilter::Sort::LaatsteMeting;
}

// Text: part of naam, ref or gemeente. A birth date, postcode or BSN (core/zoekvraag.h): exact, by its index
// (migration 19); a year also as text, since a ref may hold it.
QString zoekConditie(const Zoekvraag& z, const Dialect& dialect, QVariantList& values, bool indexed, int schema)
{
    const auto tekst = [&]() {
        // The user's % and _ are escaped so that they match themselves.
        QString pattern = z.tekst;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return dialect.inwonerContains(QLatin1Char('%') + pattern + QLatin1Char('%'), values, indexed);
    };
    switch (z.soort) {
    case Zoekvraag::Soort::Geboortedatum:
        values << sql::date(z.datum);
        return QStringLiteral("i.geboortedatum = ?");
    case Zoekvraag::Soort::Geboortejaar: {
        values << sql::date(QDate(z.jaar, 1, 1)) << sql::date(QDate(z.jaar + 1, 1, 1));
        const QString jaar = QStringLiteral("(i.geboortedatum >= ? AND i.geboortedatum < ?)");
        return QStringLiteral("(%1 OR %2)").arg(jaar, tekst());
    }
    case Zoekvraag::Soort::Postcode:
        if (schema < 19)
            return QStringLiteral("1 = 0");
        values << z.postcode;
        return QStringLiteral("i.postcode = ?");
    case Zoekvraag::Soort::Bsn:
        if (schema < 19)
            return QStringLiteral("1 = 0");
        values << z.bsn;
        return QStringLiteral("i.bsn = ?");
    case Zoekvraag::Soort::Tekst:
        break;
    }
    return tekst();
}

struct Where
{
    QString sql;
    QVariantList values;
};

Where where(const CaseloadFilter& f, const Dialect& dialect, const Sessie& sessie, bool indexed, int db)
{
    QStringList parts;
    Where w;
    const QString zoek = f.zoek.trimmed();
    if (!zoek.isEmpty())
        parts << zoekConditie(leesZoekvraag(zoek), dialect, w.values, indexed, db);
    sql::inwonerFilter(parts, w.values, sessie, f.gemeente, f.professional);
    if (f.status == CaseloadFilter::Status::Open) {
        // Without a search, the partial index inwoner_naam_open (migration 12) serves the page from the index alone.
        // With one, SQLite would walk that index and look up every row for the search; written so that it cannot
        // match the index, the search keeps its plan (19 ms a keystroke at 100,000 inwoners instead of 41-56 ms).
        parts << (zoek.isEmpty() ? QStringLiteral("i.afgesloten_op IS NULL")
                                 : QStringLiteral("coalesce(i.afgesloten_op, '') = ''"));
    } else if (f.status == CaseloadFilter::Status::Afgesloten)
        parts << QStringLiteral("i.afgesloten_op IS NOT NULL");
    if (f.kwadrantInwoner != Kwadrant::Onbekend) {
        parts << QStringLiteral("l.kwadrant_inwoner = ?");
        w.values << kwadrantCode(f.kwadrantInwoner);
    }
    if (f.kwadrantProfessional != Kwadrant::Onbekend) {
        parts << QStringLiteral("l.kwadrant_professional = ?");
        w.values << kwadrantCode(f.kwadrantProfessional);
    }
    if (f.alleenVervolgNodig && f.peildatum.isValid()) {
        // Due: the last meetmoment is at least `vervolgNaMaanden` months before the peildatum, by the same rule as
        // the Teamoverzicht's follow-up list (vervolgquery.h: 31 August + 6 months is 28 February).
        parts << QStringLiteral("l.datum <= ?");
        w.values << sql::date(laatsteMetingVoorVervolg(f.peildatum, f.vervolgNaMaanden));
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

QString orderBy(const CaseloadFilter& f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    switch (f.sort) {
    case CaseloadFilter::Sort::Ref:
        return QStringLiteral(" ORDER BY i.ref%1").arg(dir);
    case CaseloadFilter::Sort::Gemeente:
        return QStringLiteral(" ORDER BY i.gemeente%1, i.naam%1, i.id%1").arg(dir);
    case CaseloadFilter::Sort::LaatsteMeting:
        return QStringLiteral(" ORDER BY l.datum%1, i.id%1").arg(dir);
    case CaseloadFilter::Sort::Naam:
        break;
    }
    return QStringLiteral(" ORDER BY i.naam%1, i.id%1").arg(dir);
}

} // namespace

bool CaseloadQuery::searchIndexed()
{
    if (!m_searchIndexed)
        m_searchIndexed = m_db.schemaVersion() >= 14;
    return *m_searchIndexed;
}

Result<int> CaseloadQuery::count(const CaseloadFilter& f)
{
    const Where w = where(f, m_db.dialect(), m_db.sessie(), searchIndexed(), m_db.schemaVersion());
    QSqlQuery q(m_db.connection());
    const QString text = QStringLiteral("SELECT count(*)")
        + (needsLastMeetmoment(f) ? fromClause : QStringLiteral(" FROM inwoner i")) + w.sql;
    if (!sql::exec(q, text, w.values) || !q.next())
        return sqlerror::statementFailed(q);
    return q.value(0).toInt();
}

Result<QVector<CaseloadRij>> CaseloadQuery::page(const CaseloadFilter& f, int offset, int limit)
{
    const Where w = where(f, m_db.dialect(), m_db.sessie(), searchIndexed(), m_db.schemaVersion());
    QSqlQuery q(m_db.connection());
    QVariantList values = w.values;
    values << limit << offset;
    const QString columns
        = QStringLiteral("SELECT i.id, i.ref, i.naam, i.gemeente, i.professional, l.volgnummer, l.datum, "
                         "l.kwadrant_inwoner, l.kwadrant_professional, i.afgesloten_op");
    QString text;
    if (needsLastMeetmoment(f)) {
        text = columns + fromClause + w.sql + orderBy(f) + QStringLiteral(" LIMIT ? OFFSET ?");
    } else {
        // Pick the page's ids first and join the last meetmoment for those 500 only: with the join outside,
        // SQLite looks up the last meetmoment of every row it skips (227 ms -> 3 ms at offset 99,500).
        text = columns + QStringLiteral(" FROM (SELECT i.id FROM inwoner i") + w.sql + orderBy(f)
            + QStringLiteral(" LIMIT ? OFFSET ?) p JOIN inwoner i ON i.id = p.id") + lastMeetmomentJoin + orderBy(f);
    }
    if (!sql::exec(q, text, values))
        return sqlerror::statementFailed(q);
    QVector<CaseloadRij> rows;
    rows.reserve(limit);
    while (q.next()) {
        CaseloadRij r;
        r.id = q.value(0).toLongLong();
        r.ref = q.value(1).toString();
        r.naam = q.value(2).toString();
        r.gemeente = q.value(3).toString();
        r.professional = q.value(4).toString();
        r.meetmomenten = q.value(5).toInt();
        r.laatsteMeting = sql::toDate(q.value(6));
        r.kwadrantInwoner = kwadrantFromCode(q.value(7).toString());
        r.kwadrantProfessional = kwadrantFromCode(q.value(8).toString());
        r.afgeslotenOp = sql::toDate(q.value(9));
        rows.append(r);
    }
    return rows;
}

Result<QStringList> CaseloadQuery::gemeenten()
{
    QSqlQuery q(m_db.connection());
    sql::Where w;
    sql::zichtbaar(w.parts, w.values, m_db.sessie());
    if (!sql::exec(q,
            QStringLiteral("SELECT DISTINCT i.gemeente FROM inwoner i%1 ORDER BY i.gemeente").arg(w.sql()),
            w.values))
        return sqlerror::statementFailed(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> CaseloadQuery::professionals()
{
    QSqlQuery q(m_db.connection());
    sql::Where w;
    w.parts << QStringLiteral("i.professional <> ''");
    sql::zichtbaar(w.parts, w.values, m_db.sessie());
    if (!sql::exec(q,
            QStringLiteral("SELECT DISTINCT i.professional FROM inwoner i%1 ORDER BY i.professional").arg(w.sql()),
            w.values))
        return sqlerror::statementFailed(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace dw
