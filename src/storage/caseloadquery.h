#pragma once

#include <optional>

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

// The caseload list: counts and pages of inwoners for a filter. Runs on the loader thread's own connection.
class CaseloadQuery
{
public:
    explicit CaseloadQuery(Database& db)
        : m_db(db)
    { }

    Result<int> count(const CaseloadFilter& filter);
    Result<QVector<CaseloadRij>> page(const CaseloadFilter& filter, int offset, int limit);
    Result<QStringList> gemeenten();
    Result<QStringList> professionals();

private:
    // Whether the file has its search index (migration 14); a file opened read-only may be older. Asked once.
    bool searchIndexed();

    Database& m_db;
    std::optional<bool> m_searchIndexed;
};

} // namespace dw
