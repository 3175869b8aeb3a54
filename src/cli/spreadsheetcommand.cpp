// `draagwijzer-cli import-spreadsheet BESTAND --profiel NAAM|PAD [--droog] [--alleen-geldige [--weigeringen CSV]]`
// (issue 19, DESIGN.md): a team's CSV or XLSX sheet through a profile. The whole sheet is checked first; every row
// that cannot be taken is listed as "rij N, kolom K: reden" and nothing is written (exit 2), unless --alleen-geldige
// asks for the inwoners without a refused row, in one transaction.
#include "cli.h"

#include "reporting/spreadsheetimporter.h"
#include "storage/database.h"

namespace dw::cli {

int Cli::importSpreadsheet(const Arguments& a)
{
    if (a.words.size() != 2)
        return finish(Error::badInput(QStringLiteral("geef één bestand; bedoeld is: import-spreadsheet BESTAND "
                                                     "--profiel NAAM|PAD [--droog] [--alleen-geldige]")));
    const QStringList allowed {QStringLiteral("--profiel"),
        QStringLiteral("--droog"),
        QStringLiteral("--alleen-geldige"),
        QStringLiteral("--weigeringen")};
    Status s = onlyOptions(a, allowed, 2);
    if (!s.ok())
        return finish(s);
    if (a.value(QStringLiteral("--profiel")).isEmpty())
        return finish(Error::badInput(QStringLiteral(
            "--profiel ontbreekt: de naam van een bewaard profiel, 'sjabloon' of het pad van een JSON-bestand")));
    const bool droog = a.has(QStringLiteral("--droog"));
    const bool alleenGeldige = a.has(QStringLiteral("--alleen-geldige"));
    const QString rapport = a.value(QStringLiteral("--weigeringen"));
    if (!rapport.isEmpty() && !alleenGeldige && !droog)
        return finish(Error::badInput(QStringLiteral("--weigeringen hoort bij --alleen-geldige of --droog")));
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const Instrument& instrument = Instrument::standaard();
    const auto profiel
        = SpreadsheetImporter::laadProfiel(*db.value(), instrument, a.value(QStringLiteral("--profiel")));
    if (!profiel.ok())
        return finish(profiel.error());
    const QString path = a.words.at(1);
    SpreadsheetImporter importer(*db.value(), instrument, QDate::currentDate());
    s = importer.controleer(path, *profiel);
    if (!s.ok())
        return finish(Error {s.error().kind, QStringLiteral("%1: %2").arg(path, s.errorMessage())});
    const SpreadsheetConversie& c = importer.conversie();
    const auto& weigeringen = c.weigeringen();
    for (const SpreadsheetWeigering& w : weigeringen)
        m_err << w.tekst() << '\n';
    if (!rapport.isEmpty() && !weigeringen.isEmpty()) {
        s = SpreadsheetImporter::schrijfWeigeringen(rapport, weigeringen);
        if (!s.ok())
            return finish(s);
    }
    const int geweigerd = static_cast<int>(c.geweigerdeRijen().size());
    if (droog) {
        m_out << "Gecontroleerd: " << c.rijen() << " rij(en) van " << c.inwoners(false) << " inwoner(s); " << geweigerd
              << " rij(en) geweigerd; " << c.inwoners(true) << " inwoner(s) met " << c.meetmomenten(true)
              << " meetmoment(en) kunnen erin. Er is niets opgeslagen (--droog).\n";
        return weigeringen.isEmpty()
            ? Success
            : finish(Error::badInput(QStringLiteral("%1 rij(en) kunnen niet worden ingelezen").arg(geweigerd)));
    }
    if (!weigeringen.isEmpty() && !alleenGeldige)
        return finish(Error::badInput(
            QStringLiteral("%1 rij(en) kunnen niet worden ingelezen; er is niets opgeslagen (met --alleen-geldige gaan "
                           "de inwoners zonder geweigerde rij erin)")
                .arg(geweigerd)));
    const auto resultaat = importer.importeer(alleenGeldige);
    if (!resultaat.ok())
        return finish(resultaat.error());
    m_out << resultaat->nieuweInwoners << " nieuwe inwoner(s), " << resultaat->aangevuldeInwoners
          << " bestaande aangevuld, " << resultaat->meetmomenten << " meetmoment(en) ingelezen";
    if (geweigerd > 0)
        m_out << "; " << geweigerd << " rij(en) overgeslagen";
    m_out << ".\n";
    return Success;
}

} // namespace dw::cli
