#include "spreadsheetimporter.h"

#include "csvfield.h"
#include "safefile.h"
#include "spreadsheetfile.h"

#include "storage/database.h"
#include "storage/dossierimport.h"
#include "storage/spreadsheetopslag.h"

#include <QFile>
#include <QFileInfo>

namespace dw {

namespace {
constexpr int voortgangElke = 500;

Error afgebroken()
{
    return Error::badInput(QStringLiteral("afgebroken; er is niets opgeslagen"));
}
} // namespace

SpreadsheetImporter::SpreadsheetImporter(Database& db, const Instrument& instrument, const QDate& today)
    : m_db(db)
    , m_instrument(instrument)
    , m_today(today)
{ }

SpreadsheetImporter::~SpreadsheetImporter() = default;

Status SpreadsheetImporter::controleer(
    const QString& path, const SpreadsheetProfiel& profiel, const Voortgang& voortgang)
{
    auto bron = openSpreadsheet(path, profiel.blad);
    if (!bron.ok())
        return bron.error();
    return controleer(**bron, profiel, voortgang);
}

Status SpreadsheetImporter::controleer(
    SpreadsheetSource& bron, const SpreadsheetProfiel& profiel, const Voortgang& voortgang)
{
    m_conversie = std::make_unique<SpreadsheetConversie>(m_instrument, profiel, m_today);
    SpreadsheetRow row;
    bool kopGelezen = false;
    int gelezen = 0;
    for (;;) {
        const auto more = bron.next(row);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        const int nummer = bron.rowNumber();
        if (nummer < profiel.kopregel)
            continue;
        if (!kopGelezen) {
            if (nummer > profiel.kopregel)
                return Error::badInput(QStringLiteral("rij %1 (de kopregel van profiel '%2') is leeg")
                                           .arg(profiel.kopregel)
                                           .arg(profiel.naam));
            const Status s = m_conversie->header(row);
            if (!s.ok())
                return s;
            kopGelezen = true;
            continue;
        }
        m_conversie->row(nummer, row);
        if (voortgang && ++gelezen % voortgangElke == 0 && !voortgang(gelezen))
            return afgebroken();
    }
    if (!kopGelezen)
        return Error::badInput(QStringLiteral("het blad heeft geen rij %1 (de kopregel van profiel '%2')")
                                   .arg(profiel.kopregel)
                                   .arg(profiel.naam));
    const auto bestaand = spreadsheetopslag::bestaand(m_db, m_instrument, m_conversie->refs());
    if (!bestaand.ok())
        return bestaand.error();
    m_conversie->check(*bestaand);
    return {};
}

const SpreadsheetConversie& SpreadsheetImporter::conversie() const
{
    return *m_conversie;
}

Result<SpreadsheetImporter::Resultaat> SpreadsheetImporter::importeer(bool alleenGeldige, const Voortgang& voortgang)
{
    if (!m_conversie)
        return Error::failure(QStringLiteral("het blad is nog niet gecontroleerd"));
    const auto& weigeringen = m_conversie->weigeringen();
    if (!weigeringen.isEmpty() && !alleenGeldige)
        return Error::badInput(QStringLiteral("%1 rij(en) kunnen niet worden ingelezen; er is niets opgeslagen")
                                   .arg(m_conversie->geweigerdeRijen().size()));
    Resultaat resultaat;
    DossierImport import(m_db, m_instrument);
    Status s = import.begin(m_conversie->inwoners(true));
    int gedaan = 0;
    if (s.ok())
        s = m_conversie->forEachDossier([&](Dossier&& dossier, bool bestaand) -> Status {
            resultaat.meetmomenten += static_cast<int>(dossier.meetmomenten.size());
            const Status added
                = bestaand ? import.extend(dossier.inwoner.ref, dossier.meetmomenten) : import.add(std::move(dossier));
            if (added.ok() && voortgang && ++gedaan % voortgangElke == 0 && !voortgang(gedaan))
                return afgebroken();
            return added;
        });
    if (s.ok()) {
        resultaat.nieuweInwoners = m_conversie->inwoners(true) - import.extended();
        resultaat.aangevuldeInwoners = import.extended();
        import.setAudit(QStringLiteral("import spreadsheet"),
            QStringLiteral("%1 nieuwe inwoners, %2 aangevuld, %3 meetmomenten, %4 rijen geweigerd")
                .arg(resultaat.nieuweInwoners)
                .arg(resultaat.aangevuldeInwoners)
                .arg(resultaat.meetmomenten)
                .arg(m_conversie->geweigerdeRijen().size()));
        s = import.finish();
    }
    if (!s.ok())
        return s.error();
    return resultaat;
}

Result<SpreadsheetProfiel> SpreadsheetImporter::laadProfiel(
    Database& db, const Instrument& instrument, const QString& naamOfPad)
{
    if (QFileInfo(naamOfPad).isFile()) {
        QFile file(naamOfPad);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(QStringLiteral("het profiel %1 kan niet worden gelezen: %2")
                                       .arg(naamOfPad, fileErrorSentence(file, QIODevice::ReadOnly)));
        const auto profiel = SpreadsheetProfiel::fromJson(file.read(1 << 20), instrument);
        if (!profiel.ok())
            return Error::badInput(QStringLiteral("profiel %1: %2").arg(naamOfPad, profiel.errorMessage()));
        return profiel;
    }
    if (naamOfPad == SpreadsheetProfiel::sjabloonNaam())
        return SpreadsheetProfiel::sjabloon(instrument);
    const auto json = spreadsheetopslag::profiel(db, naamOfPad);
    if (!json.ok())
        return json.error();
    if (!json->has_value()) {
        const auto namen = spreadsheetopslag::profielNamen(db);
        QStringList bekend {SpreadsheetProfiel::sjabloonNaam()};
        if (namen.ok())
            bekend += *namen;
        return Error::badInput(
            QStringLiteral("onbekend profiel '%1': geen bestand en geen bewaard profiel (bewaard: %2)")
                .arg(naamOfPad, bekend.join(QStringLiteral(", "))));
    }
    const auto profiel = SpreadsheetProfiel::fromJson(**json, instrument);
    if (!profiel.ok())
        return Error::badInput(QStringLiteral("profiel '%1': %2").arg(naamOfPad, profiel.errorMessage()));
    return profiel;
}

Status SpreadsheetImporter::schrijfWeigeringen(const QString& path, const QVector<SpreadsheetWeigering>& weigeringen)
{
    QByteArray data("\xEF\xBB\xBF");
    data += "rij;kolom;ref;reden\r\n";
    for (const SpreadsheetWeigering& w : weigeringen)
        data += QStringLiteral("%1;%2;%3;%4\r\n")
                    .arg(w.rij)
                    .arg(csvField(w.kolom), csvField(w.ref), csvField(w.reden))
                    .toUtf8();
    return saveFile(path, data);
}

} // namespace dw
