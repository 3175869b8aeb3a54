#pragma once

#include "core/result.h"
#include "core/vervolg.h" // vervolgDatum: when the next meetmoment is due

#include <QDate>
#include <QStringList>
#include <QVector>

#include <optional>

namespace dw {

class Database;

// An inwoner without any meetmoment needs a nulmeting, not a follow-up, and is not listed.
// The latest date of a last meetmoment whose follow-up is due on `peildatum`: due means
// vervolgDatum(laatste) <= peildatum, and this turns that into one comparison on the stored date.
QDate laatsteMetingVoorVervolg(const QDate& peildatum, int maanden);

struct VervolgFilter
{
    // The list's order, each column's ties broken by the due date, naam and id (VervolgOp: only naam and id).
    enum class Sort { VervolgOp, Ref, Naam, Gemeente, Professional, Meetmomenten };

    QString gemeente; // exact; empty = all
    QString professional; // exact; empty = all
    bool zonderProfessional = false; // only the inwoners without a professional (the counts' last group)
    QDate peildatum; // "today", from the Clock
    int maanden = 6;
    Sort sort = Sort::VervolgOp; // the longest overdue first; the counts ignore the order
    bool descending = false; // the whole order reversed

    bool operator==(const VervolgFilter& o) const
    {
        return gemeente == o.gemeente && professional == o.professional && zonderProfessional == o.zonderProfessional
            && peildatum == o.peildatum && maanden == o.maanden && sort == o.sort && descending == o.descending;
    }
    bool operator!=(const VervolgFilter& o) const { return !(*this == o); }
};

// One inwoner whose next meetmoment is due.
struct VervolgRij
{
    qint64 id = 0;
    QString ref;
    QString naam;
    QString gemeente;
    QString professional; // may be empty
    int meetmomenten = 0;
    QDate laatsteMeting;
    QDate vervolgOp;
};

// Per professional (and for the team): the inwoners, those with at least one meetmoment, and those due.
struct VervolgTelling
{
    QString professional; // empty: inwoners without a professional
    int inwoners = 0;
    int metMeetmoment = 0;
    int vervolgNodig = 0;
};

VervolgTelling teamTotaal(const QVector<VervolgTelling>& perProfessional); // the sum; professional empty

struct VervolgOverzicht
{
    VervolgFilter filter;
    QVector<VervolgTelling> perProfessional; // by name; the inwoners without a professional last
    VervolgTelling team; // the sum
    QVector<VervolgRij> inwoners; // the longest overdue first, then by naam
};

// The follow-up due list: two queries over the inwoners and their last meetmoment.
class VervolgQuery
{
public:
    explicit VervolgQuery(Database& db)
        : m_db(db)
    { }

    // The counts; vervolgNodig of the team (or of one professional) is the length of that list.
    Result<QVector<VervolgTelling>> tellingen(const VervolgFilter& filter);
    Result<QVector<VervolgRij>> inwoners(const VervolgFilter& filter); // the whole list, in the filter's order
    // Up to `limit` rows (0: all) of the list that follow `na` (a row of the page before) in the filter's order, or its
    // first rows without `na`. By key, not by offset: a page deep in the list costs what the first one costs.
    Result<QVector<VervolgRij>> pagina(const VervolgFilter& filter, const std::optional<VervolgRij>& na, int limit);
    Result<VervolgOverzicht> run(const VervolgFilter& filter); // both, and the team total

private:
    Database& m_db;
};

} // namespace dw
