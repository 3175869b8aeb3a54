#pragma once

#include "core/result.h"
#include "core/vervolg.h" // vervolgDatum: when the next meetmoment is due

#include <QDate>
#include <QStringList>
#include <QVector>

namespace dw {

class Database;

// An inwoner without any meetmoment needs a nulmeting, not a follow-up, and is not listed.
// The latest date of a last meetmoment whose follow-up is due on `peildatum`: due means
// vervolgDatum(laatste) <= peildatum, and this turns that into one comparison on the stored date.
QDate laatsteMetingVoorVervolg(const QDate& peildatum, int maanden);

struct VervolgFilter
{
    QString gemeente; // exact; empty = all
    QString professional; // exact; empty = all
    QDate peildatum; // "today", from the Clock
    int maanden = 6;
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

    Result<QVector<VervolgTelling>> tellingen(const VervolgFilter& filter);
    Result<QVector<VervolgRij>> inwoners(const VervolgFilter& filter);
    Result<VervolgOverzicht> run(const VervolgFilter& filter); // both, and the team total

private:
    Database& m_db;
};

} // namespace dw
