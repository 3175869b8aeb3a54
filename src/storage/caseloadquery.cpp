#include "caseloadquery.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "vervolgquery.h"

#include "core/zoekvraag.h"

#include <QSqlQuery>

#include <algorithm>

namespace dw {

namespace {

using Plan = CaseloadQuery::Plan;

// The inwoner's last meetmoment is kept on the inwoner row (migration 23): no join, and its date has an index.
const QString columns
    = QStringLiteral("SELECT i.id, i.ref, i.naam, i.gemeente, i.professional, i.laatste_volgnummer, i.laatste_datum, "
                     "i.laatste_kwadrant_inwoner, i.laatste_kwadrant_professional, i.afgesloten_op");

// The user's % and _ are escaped so that they match themselves.
QString likePattern(const QString& tekst)
{
    QString pattern = tekst;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

bool isText(const CaseloadFilter& f)
{
    const QString zoek = f.zoek.trimmed();
    return !zoek.isEmpty() && leesZoekvraag(zoek).soort == Zoekvraag::Soort::Tekst;
}

// Whether a search that walks the inwoners finds everything it tests in the index inwoner_naam_open_zoek (migration
// 23): open dossiers, and no condition on the last meetmoment. For a page also: in name order.
bool walkCovered(const CaseloadFilter& f, bool ordered)
{
    return f.status == CaseloadFilter::Status::Open && f.kwadrantInwoner == Kwadrant::Onbekend
        && f.kwadrantProfessional == Kwadrant::Onbekend && !f.alleenVervolgNodig
        && (!ordered || f.sort == CaseloadFilter::Sort::Naam);
}

struct Query
{
    QString from = QStringLiteral("inwoner i");
    QStringList parts;
    QVariantList values;

    QString where() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

// Text: part of naam, ref or gemeente, by the plan. A birth date, postcode or BSN (core/zoekvraag.h): exact, by its
// index (migration 19); a year also as text, since a ref may hold it.
void zoekConditie(const Zoekvraag& z, Query& q, const Dialect& dialect, Plan plan, bool indexed, int schema)
{
    const auto tekst = [&]() { return dialect.inwonerContains(likePattern(z.tekst), q.values, indexed); };
    switch (z.soort) {
    case Zoekvraag::Soort::Geboortedatum:
        q.values << sql::date(z.datum);
        q.parts << QStringLiteral("i.geboortedatum = ?");
        return;
    case Zoekvraag::Soort::Geboortejaar: {
        q.values << sql::date(QDate(z.jaar, 1, 1)) << sql::date(QDate(z.jaar + 1, 1, 1));
        const QString jaar = QStringLiteral("(i.geboortedatum >= ? AND i.geboortedatum < ?)");
        q.parts << QStringLiteral("(%1 OR %2)").arg(jaar, tekst());
        return;
    }
    case Zoekvraag::Soort::Postcode:
    case Zoekvraag::Soort::Bsn: {
        if (schema < 19) {
            q.parts << QStringLiteral("1 = 0");
            return;
        }
        const bool postcode = z.soort == Zoekvraag::Soort::Postcode;
        q.values << (postcode ? z.postcode : z.bsn);
        q.parts << (postcode ? QStringLiteral("i.postcode = ?") : QStringLiteral("i.bsn = ?"));
        return;
    }
    case Zoekvraag::Soort::Tekst:
        break;
    }
    if (plan == Plan::SearchIndex) {
        if (const auto first = dialect.inwonerSearchFirst(likePattern(z.tekst), q.values)) {
            q.from = first->from;
            q.parts << first->condition;
            return;
        }
    }
    // Walking the sort order tests each inwoner's three columns; the trigram index would collect every match first.
    q.parts << dialect.inwonerContains(likePattern(z.tekst), q.values, indexed && plan != Plan::SortOrder);
}

Query build(const CaseloadFilter& f, Plan plan, Database& db, int schema, bool ordered)
{
    Query q;
    if (plan == Plan::SortOrder && walkCovered(f, ordered))
        q.from = db.dialect().inwonerThroughIndex(QStringLiteral("inwoner_naam_open_zoek"));
    const QString zoek = f.zoek.trimmed();
    if (!zoek.isEmpty())
        zoekConditie(leesZoekvraag(zoek), q, db.dialect(), plan, schema >= 14, schema);
    sql::inwonerFilter(q.parts, q.values, db.sessie(), f.gemeente, f.professional);
    if (f.status == CaseloadFilter::Status::Open) {
        // Without a search, the partial index inwoner_naam_open (migration 12) serves a page by name from the index
        // alone; a search that walks the names uses inwoner_naam_open_zoek (migration 23), with the same condition.
        // A search read from the trigram index is written so that it matches neither, or SQLite would walk one and
        // look up every row for the search.
        q.parts << (zoek.isEmpty() || plan == Plan::SortOrder ? QStringLiteral("i.afgesloten_op IS NULL")
                                                              : QStringLiteral("coalesce(i.afgesloten_op, '') = ''"));
    } else if (f.status == CaseloadFilter::Status::Afgesloten)
        q.parts << QStringLiteral("i.afgesloten_op IS NOT NULL");
    if (f.kwadrantInwoner != Kwadrant::Onbekend) {
        q.parts << QStringLiteral("i.laatste_kwadrant_inwoner = ?");
        q.values << kwadrantCode(f.kwadrantInwoner);
    }
    if (f.kwadrantProfessional != Kwadrant::Onbekend) {
        q.parts << QStringLiteral("i.laatste_kwadrant_professional = ?");
        q.values << kwadrantCode(f.kwadrantProfessional);
    }
    if (f.alleenVervolgNodig && f.peildatum.isValid()) {
        // Due: the last meetmoment is at least `vervolgNaMaanden` months before the peildatum, by the same rule as
        // the Teamoverzicht's follow-up list (vervolgquery.h: 31 August + 6 months is 28 February). No meetmoment
        // ('') is not due.
        q.parts << QStringLiteral("i.laatste_datum <> '' AND i.laatste_datum <= ?");
        q.values << sql::date(laatsteMetingVoorVervolg(f.peildatum, f.vervolgNaMaanden));
    }
    return q;
}

// The sort's columns, ending in the id that makes each row's place unique, and the last row's values in them.
struct SortKey
{
    QStringList columns;
    QVariantList after;
};

SortKey sortKey(const CaseloadFilter& f, const CaseloadRij& r)
{
    const QVariant id = r.id;
    switch (f.sort) {
    case CaseloadFilter::Sort::Ref:
        return {{QStringLiteral("i.ref"), QStringLiteral("i.id")}, {r.ref, id}};
    case CaseloadFilter::Sort::Gemeente:
        return {
            {QStringLiteral("i.gemeente"), QStringLiteral("i.naam"), QStringLiteral("i.id")}, {r.gemeente, r.naam, id}};
    case CaseloadFilter::Sort::LaatsteMeting:
        // '' for no meetmoment, as stored: before every date.
        return {{QStringLiteral("i.laatste_datum"), QStringLiteral("i.id")},
            {sql::nonNull(r.laatsteMeting.isValid() ? r.laatsteMeting.toString(Qt::ISODate) : QString()), id}};
    case CaseloadFilter::Sort::Naam:
        break;
    }
    return {{QStringLiteral("i.naam"), QStringLiteral("i.id")}, {r.naam, id}};
}

// Whether walking the sort order finds a page sooner than reading every match from the trigram index and sorting
// them. The walk reads about limit × inwoners / matches rows, the index every match; a match from the index costs as
// much as some 16 rows of a walk that the index inwoner_naam_open_zoek answers alone (at 100,000 inwoners 3.9 µs
// against 0.25 µs; migration 23), or 2 rows of a walk that looks each one up. When the count stopped at its cap, the
// matches are estimated from how far into the ids it got (the trigram index returns them in id order). The cheaper
// of the two then costs at most about √(limit × inwoners / ratio) matches from the index.
bool walkIsCheaper(const CaseloadFilter& f, int gevonden, int grens, qint64 laatsteId, qint64 hoogsteId, int limit)
{
    const double ratio = walkCovered(f, true) ? 16 : 2;
    const double matches
        = gevonden > grens ? double(grens + 1) * double(hoogsteId) / double(std::max<qint64>(laatsteId, 1)) : gevonden;
    return matches * matches * ratio > double(limit) * double(hoogsteId);
}

} // namespace

int CaseloadQuery::schema()
{
    if (!m_schema)
        m_schema = m_db.schemaVersion();
    return *m_schema;
}

bool CaseloadQuery::searchesByIndex(const CaseloadFilter& f)
{
    QVariantList unused;
    return isText(f) && schema() >= 14
        && m_db.dialect().inwonerSearchFirst(likePattern(f.zoek.trimmed()), unused).has_value();
}

Result<CaseloadQuery::Probe> CaseloadQuery::probe(const CaseloadFilter& f, int grens)
{
    Query query = build(f, Plan::SearchIndex, m_db, schema(), false);
    query.values << grens + 1;
    QSqlQuery q(m_db.connection());
    const QString text
        = QStringLiteral("SELECT count(*), max(c.id), (SELECT max(id) FROM inwoner) FROM (SELECT i.id FROM ")
        + query.from + query.where() + QStringLiteral(" LIMIT ?) c");
    if (!sql::exec(q, text, query.values) || !q.next())
        return sqlerror::statementFailed(q);
    Probe p {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), grens};
    m_probe = std::make_pair(f, p);
    return p;
}

Result<CaseloadQuery::Plan> CaseloadQuery::plan(const CaseloadFilter& f, int limit)
{
    if (!searchesByIndex(f))
        return isText(f) ? Plan::SortOrder : Plan::Default;
    if (!m_probe || !(m_probe->first == f)) {
        const auto p = probe(f, telGrens);
        if (!p.ok())
            return p.error();
    }
    const Probe& p = m_probe->second;
    return walkIsCheaper(f, p.gevonden, p.grens, p.laatsteId, p.hoogsteId, limit) ? Plan::SortOrder : Plan::SearchIndex;
}

Result<int> CaseloadQuery::count(const CaseloadFilter& f)
{
    const Plan plan = searchesByIndex(f) ? Plan::SearchIndex : isText(f) ? Plan::SortOrder : Plan::Default;
    const Query query = build(f, plan, m_db, schema(), false);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT count(*) FROM ") + query.from + query.where(), query.values) || !q.next())
        return sqlerror::statementFailed(q);
    return q.value(0).toInt();
}

Result<CaseloadTelling> CaseloadQuery::countUpTo(const CaseloadFilter& f, int grens)
{
    if (searchesByIndex(f)) {
        const auto p = probe(f, grens);
        if (!p.ok())
            return p.error();
        return CaseloadTelling {std::min(p.value().gevonden, grens), p.value().gevonden > grens};
    }
    Query query = build(f, isText(f) ? Plan::SortOrder : Plan::Default, m_db, schema(), false);
    query.values << grens + 1;
    QSqlQuery q(m_db.connection());
    const QString text = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + query.from + query.where()
        + QStringLiteral(" LIMIT ?) c");
    if (!sql::exec(q, text, query.values) || !q.next())
        return sqlerror::statementFailed(q);
    const int n = q.value(0).toInt();
    return CaseloadTelling {std::min(n, grens), n > grens};
}

namespace {

QString orderBy(const CaseloadFilter& f, const SortKey& key)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") + key.columns.join(dir + QStringLiteral(", ")) + dir;
}

QVector<CaseloadRij> readRows(QSqlQuery& q)
{
    QVector<CaseloadRij> rows;
    while (q.next()) {
        CaseloadRij r;
        r.id = q.value(0).toLongLong();
        r.ref = q.value(1).toString();
        r.naam = q.value(2).toString();
        r.gemeente = q.value(3).toString();
        r.professional = q.value(4).toString();
        r.meetmomenten = q.value(5).toInt();
        r.laatsteMeting = sql::toDate(q.value(6)); // '' without a meetmoment: no date
        r.kwadrantInwoner = kwadrantFromCode(q.value(7).toString());
        r.kwadrantProfessional = kwadrantFromCode(q.value(8).toString());
        r.afgeslotenOp = sql::toDate(q.value(9));
        rows.append(r);
    }
    return rows;
}

} // namespace

Result<QVector<CaseloadRij>> CaseloadQuery::page(
    const CaseloadFilter& f, const std::optional<CaseloadRij>& after, int limit)
{
    const auto plan = this->plan(f, limit);
    if (!plan.ok())
        return plan.error();
    Query query = build(f, plan.value(), m_db, schema(), true);
    const SortKey key = sortKey(f, after.value_or(CaseloadRij {}));
    if (after) {
        // One comparison of the whole key: on both engines an index range that starts right after the last row.
        QStringList marks;
        for (int k = 0; k < key.columns.size(); ++k)
            marks << QStringLiteral("?");
        query.parts << QStringLiteral("(%1) %2 (%3)")
                           .arg(key.columns.join(QStringLiteral(", ")),
                               f.descending ? QStringLiteral("<") : QStringLiteral(">"),
                               marks.join(QStringLiteral(", ")));
        query.values << key.after;
    }
    query.values << limit;
    const QString text = columns + QStringLiteral(" FROM ") + query.from + query.where() + orderBy(f, key)
        + QStringLiteral(" LIMIT ?");
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, text, query.values))
        return sqlerror::statementFailed(q);
    return readRows(q);
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
