#pragma once

#include <optional>
#include <utility>

#include "core/domain.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace dw {

class Database;

struct CaseloadFilter
{
    enum class Sort { Naam, Ref, Gemeente, LaatsteMeting };
    // Closed dossiers leave the active caseload (issue 15); the filter "Afgesloten" shows them.
    enum class Status { Open, Afgesloten, Alle };

    QString zoek; // part of naam, ref or gemeente, case-insensitive; or a birth date, year, postcode or BSN
    QString gemeente; // exact; empty = all
    QString professional; // exact; empty = all ("own caseload" = the user's name)
    Kwadrant kwadrantInwoner = Kwadrant::Onbekend; // at the last meetmoment; Onbekend = any
    Kwadrant kwadrantProfessional = Kwadrant::Onbekend;
    bool alleenVervolgNodig = false; // next meetmoment due on `peildatum`
    QDate peildatum;
    int vervolgNaMaanden = 6;
    Status status = Status::Open;
    Sort sort = Sort::Naam;
    bool descending = false;

    bool operator==(const CaseloadFilter& o) const
    {
        return zoek == o.zoek && gemeente == o.gemeente && professional == o.professional
            && kwadrantInwoner == o.kwadrantInwoner && kwadrantProfessional == o.kwadrantProfessional
            && alleenVervolgNodig == o.alleenVervolgNodig && peildatum == o.peildatum
            && vervolgNaMaanden == o.vervolgNaMaanden && status == o.status && sort == o.sort
            && descending == o.descending;
    }
};

struct CaseloadRij
{
    qint64 id = 0;
    QString ref;
    QString naam;
    QString gemeente;
    QString professional;
    int meetmomenten = 0;
    QDate laatsteMeting;
    Kwadrant kwadrantInwoner = Kwadrant::Onbekend; // at the last meetmoment
    Kwadrant kwadrantProfessional = Kwadrant::Onbekend;
    QDate afgeslotenOp; // invalid: open

    QDate vervolgOp(int maanden) const { return laatsteMeting.isValid() ? laatsteMeting.addMonths(maanden) : QDate(); }
};

// How many inwoners a filter finds, counted up to a cap: a count per keystroke costs what the matches up to the cap
// cost, not what all of them do.
struct CaseloadTelling
{
    int aantal = 0;
    bool meer = false; // the count stopped at its cap: there are more than `aantal`

    bool operator==(const CaseloadTelling& o) const { return aantal == o.aantal && meer == o.meer; }
};

// The caseload list: counts and pages of inwoners for a filter. Runs on the loader thread's own connection.
class CaseloadQuery
{
public:
    explicit CaseloadQuery(Database& db)
        : m_db(db)
    { }

    static constexpr int telGrens = 1000; // the count per keystroke
    static constexpr int paginaGrootte = 500; // the rows the caseload loads at a time

    // Exact: what every match costs (on the loader thread after the first page, or for a script).
    Result<int> count(const CaseloadFilter& filter);
    // At most `grens`, with `meer` set when there are more.
    Result<CaseloadTelling> countUpTo(const CaseloadFilter& filter, int grens = telGrens);
    // The `limit` rows that follow `after` in the filter's order, the first ones without it: a page starts after the
    // last row of the one before (keyset, STYLE.md §5), so it costs the same wherever it is in the list.
    Result<QVector<CaseloadRij>> page(const CaseloadFilter& filter, const std::optional<CaseloadRij>& after, int limit);
    Result<QStringList> gemeenten();
    Result<QStringList> professionals();

    // How a search is answered on SQLite (the server's planner chooses for itself): from the trigram index, each
    // match looked up and the matches sorted; or by walking the sort order and testing each inwoner, which stops
    // after a page of matches without reading them all.
    enum class Plan { Default, SearchIndex, SortOrder };
    // The plan a page of `limit` rows of this filter is read with (asked by page(); public for the tests).
    Result<Plan> plan(const CaseloadFilter& filter, int limit);

private:
    // What a text search found in the trigram index up to the cap, in id order: enough to choose the plan.
    struct Probe
    {
        int gevonden = 0; // at most the cap + 1
        qint64 laatsteId = 0; // the id of the last one found
        qint64 hoogsteId = 0; // the highest id of all inwoners
        int grens = 0;
    };
    Result<Probe> probe(const CaseloadFilter& filter, int grens);
    // Whether a file's search index can answer this filter's text first (SQLite, schema 14, a pattern it fits).
    bool searchesByIndex(const CaseloadFilter& filter);
    // The schema version, asked once: whether the file has its search index (migration 14) and the columns of
    // migration 19.
    int schema();

    Database& m_db;
    std::optional<int> m_schema;
    // The last probe, for the page that follows the count of the same filter.
    std::optional<std::pair<CaseloadFilter, Probe>> m_probe;
};

} // namespace dw
