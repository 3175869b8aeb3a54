#pragma once

#include "dossier.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace dw {

// What is coming for an inwoner (issue 17, "blijf iemand ook in de tijd volgen"): the planned vervolgmeting, the
// afspraken of the current plan whose date is near or past, and its doelen past their horizon without an
// uitkomst. A reminder can be marked done, or moved to another date with a reason; that is kept per reminder key.

enum class HerinneringSoort { Vervolgmeting, Afspraak, Doel };

struct Herinnering
{
    HerinneringSoort soort = HerinneringSoort::Vervolgmeting;
    // Stable while the thing it is about stays: "vervolgmeting:3" (after meetmoment 3), "afspraak:2:1" (plan versie
    // 2, afspraak 1), "doel:2:1".
    QString sleutel;
    QDate datum; // when it is due: computed, or the date it was moved to
    QString omschrijving; // in Dutch, for the list
    bool verzet = false;
    QString reden; // why it was moved

    bool teLaat(const QDate& vandaag) const { return datum < vandaag; }
};

// What the professional did with a reminder.
struct HerinneringStatus
{
    QString sleutel;
    bool gedaan = false;
    QDate verzetNaar; // valid when moved
    QString reden;
};

// The parts of a dossier the reminders come from; the caseload's week view fills these with a few queries instead
// of loading every dossier.
struct HerinneringBron
{
    qint64 inwonerId = 0;
    QString ref;
    QString naam;
    int laatsteVolgnummer = 0; // 0: no meetmoment yet, so no vervolgmeting
    QDate laatsteMeting;
    int planVersie = 0; // the current plan: the newest versie not withdrawn; 0 when none
    QVector<Afspraak> afspraken; // of that versie, numbered from 1 in this order
    QVector<Doel> doelen; // of that versie, numbered from 1
};

namespace herinneringen {

inline constexpr int dagenVooruit = 14; // an afspraak is "near" from two weeks before its date

HerinneringBron bronVan(const Dossier& dossier);

// Every reminder of one inwoner that is not done, soonest first: the vervolgmeting whatever its date (it is what
// comes next), afspraken from `dagenVooruit` days before their date, doelen from the day after their horizon.
// A closed dossier has none.
QVector<Herinnering> voor(const HerinneringBron& bron,
    int vervolgNaMaanden,
    const QVector<HerinneringStatus>& statussen,
    const QDate& vandaag);

// The same, limited to what is due up to and including `tot` (the week view: today and this week).
QVector<Herinnering> totEnMet(const QVector<Herinnering>& alle, const QDate& tot);

// Sunday of the week of `dag` (a Dutch week starts on Monday).
QDate eindeVanDeWeek(const QDate& dag);

} // namespace herinneringen

} // namespace dw
