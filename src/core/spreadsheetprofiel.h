#pragma once

#include "domain.h"
#include "instrument.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace dw {

// What one column of a team's sheet holds (issue 19). The kinds of field a column can be mapped to.
enum class SpreadsheetVeldSoort {
    Negeren, // the column is left alone
    Inwoner, // one of the inwoner's own fields (validation::InwonerVeld)
    Datum, // the meetmoment's date
    Perspectief, // "inwoner" or "professional": whose answers this row holds (for draaglast columns)
    Item, // an item of Tabel 1 or 2, e.g. inw.pc.3
    Draaglast, // a levensgebied's draaglast, 0-2 or n.v.t.
};

// A column's field, parsed from its code: "ref", "naam", "geboortedatum", ... (the inwoner's fields as
// validation::InwonerVeld, lower case), "datum", "perspectief", an item code ("inw.pc.3"), "draaglast.financien",
// or "negeren".
struct SpreadsheetVeld
{
    SpreadsheetVeldSoort soort = SpreadsheetVeldSoort::Negeren;
    validation::InwonerVeld inwonerVeld = validation::InwonerVeld::Ref; // Inwoner
    QString code; // Item: the item code; Draaglast: the levensgebied code

    // The field of `code`, or nothing when the code is unknown to `instrument`.
    static std::optional<SpreadsheetVeld> fromCode(const QString& code, const Instrument& instrument);
    QString toCode() const;
    // How the wizard names it: "Geboortedatum", "Tabel 1, item pc.3", "Draaglast: Wonen / opvang".
    QString label(const Instrument& instrument) const;
    bool operator==(const SpreadsheetVeld& o) const
    {
        return soort == o.soort && (soort != SpreadsheetVeldSoort::Inwoner || inwonerVeld == o.inwonerVeld)
            && code == o.code;
    }
};

// One column's mapping. The column is found by its header text ("Geb.datum"; trimmed, case and runs of spaces
// ignored) or, when the header is empty, by its letter. When several columns have the same header (repeated groups),
// the mappings take them in order.
struct SpreadsheetKolom
{
    QString kop; // header text; empty when `letter` is used
    QString letter; // "C"
    SpreadsheetVeld veld;
    int meetmoment = 1; // per-inwoner sheets: which repeated group (1, 2, ...); per-meetmoment sheets: always 1
    QString waarden; // the name of a value list in the profile, or empty for the built-in reading
    std::optional<Perspectief> perspectief; // draaglast: whose; empty: the row's perspective
};

// A value list: the sheet's words or numbers (as text, lower case, trimmed) to an answer. An empty optional is
// "no answer": an open answer for an item, n.v.t. for draaglast.
using SpreadsheetWaarden = QMap<QString, std::optional<int>>;

// A saved column mapping: how to read one kind of team sheet. Stored as JSON (docs/spreadsheetprofiel.md), in a
// file or by name in the database; "sjabloon" is built in, for resources/spreadsheet/sjabloon.csv/.xlsx.
struct SpreadsheetProfiel
{
    enum class Indeling { PerMeetmoment, PerInwoner };

    QString naam;
    QString blad; // the sheet's name; empty: the first
    int kopregel = 1; // the header row; data start below it
    Indeling indeling = Indeling::PerMeetmoment;
    Perspectief perspectief = Perspectief::Inwoner; // of draaglast columns when no column gives the perspective
    QVector<SpreadsheetKolom> kolommen;
    QMap<QString, SpreadsheetWaarden> waardelijsten;

    static constexpr const char* formatNaam = "draagwijzer-spreadsheetprofiel/1";
    static Result<SpreadsheetProfiel> fromJson(const QByteArray& json, const Instrument& instrument);
    QByteArray toJson() const;
    // Where each of `kolommen` stands in a header row: at its letter, or in the first column not yet taken whose header
    // is its `kop` (trimmed, case and runs of spaces ignored); -1 when the header row has no such column.
    QVector<int> kolomIndexen(const QStringList& koppen) const;
    // Why this profile cannot read a sheet (no ref or date column, an unknown value list, ...); empty when it can.
    QString probleem() const;
    // The built-in profile for Draagwijzer's own template.
    static SpreadsheetProfiel sjabloon(const Instrument& instrument);
    static QString sjabloonNaam() { return QStringLiteral("sjabloon"); }
};

// The value lists the wizard offers ready-made: "eens" (the scale's words of Tabel 1 and 2 to 1-5), "kruisje"
// ("x", "ja" to 2, "nee" to 0, "n.v.t." to n.v.t.).
QMap<QString, SpreadsheetWaarden> standaardWaardelijsten(const Instrument& instrument);

} // namespace dw
