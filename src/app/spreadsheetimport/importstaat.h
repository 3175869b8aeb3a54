#pragma once

#include "core/instrument.h"
#include "core/spreadsheetkoppeling.h"
#include "core/spreadsheetprofiel.h"
#include "reporting/spreadsheetfile.h"
#include "reporting/spreadsheetimporter.h"

#include <QDate>
#include <QMap>
#include <QStringList>

#include <optional>

namespace dw {

class Database;

// What the pages of the spreadsheet wizard (issue 19) share: the file and the profile chosen on the first page,
// the preview and the choices per column, the value lists, and the importer that checks and writes.
struct ImportStaat
{
    ImportStaat(Database& database, const Instrument& ins, const QDate& today);

    Database& db;
    const Instrument& instrument;
    QString pad;
    // The profile chosen on the first page (empty naam: a new mapping), with the sheet, header row and layout as
    // chosen there; and its JSON as it was loaded, to see whether the mapping was changed since.
    SpreadsheetProfiel basis;
    QByteArray basisJson;

    QStringList koppen; // the header row, A first
    QVector<NumberedRow> rijen; // up to 20 rows below it
    QStringList ontbrekend; // columns the chosen profile names that this sheet lacks
    QVector<SpreadsheetKeuze> keuzes; // one per column of `koppen`
    QMap<QString, SpreadsheetWaarden> lijsten;
    QMap<QString, QStringList> open; // per value list: words of the preview that have no value yet

    SpreadsheetImporter importer;
    bool gecontroleerd = false; // the importer's check of the whole sheet ran to its end
    std::optional<SpreadsheetImporter::Resultaat> resultaat;

    static constexpr int voorbeeldRijen = 20;

    // The profile the choices make, named `naam`.
    SpreadsheetProfiel profiel(const QString& naam) const;
    // "C (Geb.datum)", or "C" for a column without a header.
    QString kolomNaam(int kolom) const;
    // The preview's cells of one column.
    QVector<SpreadsheetCell> cellen(int kolom) const;
    // The value columns that read their cells with `lijst`, as kolomNaam.
    QStringList kolommenMet(const QString& lijst) const;
    // Reads the preview of the chosen file and proposes (or, from the chosen profile, restores) the choices.
    Status leesVoorbeeld();
};

} // namespace dw
