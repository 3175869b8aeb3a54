#pragma once

#include "dossier.h"
#include "instrument.h"
#include "spreadsheet.h"
#include "spreadsheetprofiel.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace dw {

// A row the import cannot take, as the wizard and the CLI show it: "rij 7, kolom K: 'V3' is 6, ...".
struct SpreadsheetWeigering
{
    int rij = 0;
    QString kolom; // the column's letter; empty when the reason is the whole row's
    QString ref; // the row's ref, when it has one
    QString reden;

    QString tekst() const;
};

// Turns a team's sheet, row by row, into dossiers through a profile (issue 19). Every row is checked as it comes;
// what is kept is small (a few bytes per answer), so a sheet of 100,000 rows is checked in little memory. Rows of
// one ref may stand anywhere in the sheet; rows of one ref and date with different perspectives make one meetmoment.
//
// Use: header() on the profile's header row, row() for every row below it, then check() with what the database
// already holds, then forEachDossier() to write.
class SpreadsheetConversie
{
public:
    SpreadsheetConversie(const Instrument& instrument, const SpreadsheetProfiel& profiel, const QDate& today);
    ~SpreadsheetConversie();

    // Finds the profile's columns in the header row. Fails (naming the headers that are missing) when the sheet is
    // not the one the profile describes.
    Status header(const SpreadsheetRow& row);
    // Reads one data row; a problem in it is kept as a Weigering. Empty rows are skipped.
    void row(int rijNummer, const SpreadsheetRow& row);

    // What the database holds for the sheet's refs, found by the caller.
    struct Bestaand
    {
        QSet<QString> refs;
        QHash<QString, QSet<QDate>> datums; // ref -> dates of its meetmomenten
        QHash<QString, QString> geweigerd; // ref -> why this session may not add to it (another's dossier)
    };
    // The sheet's refs, in order of first appearance.
    QStringList refs() const;
    // Checks each inwoner against the database: a new inwoner needs naam, geboortedatum and gemeente as the app
    // does; a meetmoment for an existing inwoner only on a date it does not have yet (else the row is a duplicate).
    void check(const Bestaand& bestaand);

    const QVector<SpreadsheetWeigering>& weigeringen() const;
    int rijen() const; // data rows read (empty rows not counted)
    int inwoners(bool alleenGeldige) const; // inwoners in the sheet, or only those without a refused row
    int bestaandeInwoners(bool alleenGeldige) const; // of those, the refs Draagwijzer already has (after check())
    // Meetmomenten of rows that were taken (a refused row makes none), of all inwoners or only the valid ones.
    int meetmomenten(bool alleenGeldige) const;
    // Rows of inwoners that would not be imported (their own refusals plus their other rows), by row number.
    QVector<int> geweigerdeRijen() const;

    // Each inwoner that has no refused row, in order of first appearance, as a dossier: a new inwoner with all its
    // meetmomenten numbered by date, or (`bestaand` true) an existing ref with only its new meetmomenten. A failed
    // Status from `sink` stops and is returned.
    using Sink = std::function<Status(Dossier&& dossier, bool bestaand)>;
    Status forEachDossier(const Sink& sink) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dw
