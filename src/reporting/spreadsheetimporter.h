#pragma once

#include "core/instrument.h"
#include "core/result.h"
#include "core/spreadsheet.h"
#include "core/spreadsheetconversie.h"
#include "core/spreadsheetprofiel.h"

#include <functional>
#include <memory>

namespace dw {

class Database;

// Brings a team's CSV or XLSX sheet into Draagwijzer through a profile (issue 19): first the whole sheet is read
// and checked, also against what the database holds; only then, and only when asked, is anything written, in one
// transaction. The wizard and `draagwijzer-cli import-spreadsheet` both use this.
class SpreadsheetImporter
{
public:
    // Called every few hundred rows with the rows done; returning false cancels (an Error "afgebroken").
    using Voortgang = std::function<bool(int rijen)>;

    SpreadsheetImporter(Database& db, const Instrument& instrument, const QDate& today);
    ~SpreadsheetImporter();

    // Reads the profile's sheet of the file at `path` (CSV or XLSX) to its end and checks every row. Writes nothing.
    // An Error is a sheet that cannot be read at all (not the profile's columns, a damaged file); rows that cannot be
    // taken are in conversie().weigeringen().
    Status controleer(const QString& path, const SpreadsheetProfiel& profiel, const Voortgang& voortgang = {});
    // The same for a sheet already open.
    Status controleer(SpreadsheetSource& bron, const SpreadsheetProfiel& profiel, const Voortgang& voortgang = {});
    // The outcome of controleer(): counts and refused rows.
    const SpreadsheetConversie& conversie() const;

    struct Resultaat
    {
        int nieuweInwoners = 0;
        int aangevuldeInwoners = 0; // existing refs that got new meetmomenten
        int meetmomenten = 0;
    };
    // Writes what controleer() accepted, in one transaction with one audit row. Without `alleenGeldige` nothing is
    // written when any row was refused; with it, the inwoners without a refused row go in.
    Result<Resultaat> importeer(bool alleenGeldige, const Voortgang& voortgang = {});

    // The profile `naamOfPad`: a JSON file when that path exists, else the built-in "sjabloon" or a profile saved in
    // the database under that name.
    static Result<SpreadsheetProfiel> laadProfiel(Database& db, const Instrument& instrument, const QString& naamOfPad);
    // The refused rows as a CSV report (rij;kolom;ref;reden, UTF-8 with BOM, for Dutch Excel).
    static Status schrijfWeigeringen(const QString& path, const QVector<SpreadsheetWeigering>& weigeringen);

private:
    Database& m_db;
    const Instrument& m_instrument;
    QDate m_today;
    std::unique_ptr<SpreadsheetConversie> m_conversie;
};

} // namespace dw
