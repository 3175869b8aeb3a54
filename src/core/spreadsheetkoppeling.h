#pragma once

#include "instrument.h"
#include "spreadsheet.h"
#include "spreadsheetprofiel.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace dw {

// What the mapping wizard (issue 19) holds for one column of a sheet, A first: its field, for a sheet with one row
// per inwoner the meetmoment of its group, and the value list its cells are read with (empty: numbers and the
// scale's own words).
struct SpreadsheetKeuze
{
    SpreadsheetVeld veld;
    int meetmoment = 1;
    QString waarden;

    bool operator==(const SpreadsheetKeuze& o) const
    {
        return veld == o.veld && meetmoment == o.meetmoment && waarden == o.waarden;
    }
    bool isWaarde() const
    {
        return veld.soort == SpreadsheetVeldSoort::Item || veld.soort == SpreadsheetVeldSoort::Draaglast;
    }
};

// The part of the wizard that is not about widgets: guessing, turning choices into a profile and back, and finding
// the sheet's own words. Proposals only; the user confirms every one.
namespace spreadsheetkoppeling {

struct Gok
{
    SpreadsheetVeld veld;
    int meetmoment = 0; // a group number the header itself gives ("Datum 2", "V1 (2)"); 0 when it gives none
};

// The field a header text most likely names: "Naam", "Geb.datum", "Datum meting", an item code, "V3" (the third
// item of Tabel 1), "Financiën" (a levensgebied's draaglast). Capitals, accents, dots and spaces do not matter.
std::optional<Gok> raad(const QString& kop, const Instrument& instrument);

// A proposal for every column of a header row. A field is proposed for one column only; on a sheet with one row per
// inwoner a field comes once per meetmoment, the n-th time as meetmoment n unless the header numbers it.
QVector<SpreadsheetKeuze> stelVoor(
    const QStringList& koppen, SpreadsheetProfiel::Indeling indeling, const Instrument& instrument);

// A saved profile applied to a header row, finding its columns as SpreadsheetConversie::header does. The profile's
// columns that the row does not have go to `ontbrekend` (their header or letter).
QVector<SpreadsheetKeuze> uitProfiel(
    const SpreadsheetProfiel& profiel, const QStringList& koppen, QStringList* ontbrekend = nullptr);

// The profile's columns for the choices: by header, or by letter when the header is empty. An ignored column is
// left out, unless a later column has the same header (the profile's columns take equal headers in order).
QVector<SpreadsheetKolom> kolommen(const QStringList& koppen, const QVector<SpreadsheetKeuze>& keuzes);

// Columns that repeat the field of an earlier column in the same meetmoment, as (earlier, later) pairs: two answers
// to one question in one row, which no import can take.
QVector<std::pair<int, int>> dubbel(const QVector<SpreadsheetKeuze>& keuzes);

// Whether a value column reads `cel` without a word of its own: empty, a whole number, a word of its value list,
// or the instrument's own words (the scale's labels, "n.v.t." for draaglast).
bool leesbaar(const SpreadsheetCell& cel,
    const SpreadsheetKeuze& keuze,
    const QMap<QString, SpreadsheetWaarden>& lijsten,
    const Instrument& instrument);

// The value list that reads the most of `cellen` ("eens" for "Mee eens", "kruisje" for "x"), or empty when the
// numbers and the scale's words read them all or no list reads more.
QString lijstVoor(const QVector<SpreadsheetCell>& cellen,
    const SpreadsheetKeuze& keuze,
    const QMap<QString, SpreadsheetWaarden>& lijsten,
    const Instrument& instrument);

} // namespace spreadsheetkoppeling
} // namespace dw
