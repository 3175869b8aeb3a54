// reporting/spreadsheetimporter.h: a team's sheet checked whole, then written in one transaction or not at all
// (issue 19), against a real database.
#include "reporting/spreadsheetimporter.h"

#include "storage/auditquery.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"
#include "storage/spreadsheetopslag.h"

#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

const QDate today(2026, 11, 30);

// Tabel 1 as a team keeps it: V1..V8 the competenties, V9..V15 het sociaal kapitaal, in words; crosses for
// Financiën.
const QByteArray header = "Ref;Naam;Geb.datum;Gemeente;Datum meting;V1;V2;V3;V4;V5;V6;V7;V8;V9;V10;V11;V12;V13;V14;"
                          "V15;Financi\xC3\xAB"
                          "n\r\n";

QByteArray profielJson()
{
    QByteArray kolommen = R"([{"kop": "Ref", "veld": "ref"}, {"kop": "Naam", "veld": "naam"},
        {"kop": "Geb.datum", "veld": "geboortedatum"}, {"kop": "Gemeente", "veld": "gemeente"},
        {"kop": "Datum meting", "veld": "datum"})";
    for (int i = 1; i <= 15; ++i)
        kolommen += QStringLiteral(R"(, {"kop": "V%1", "veld": "inw.%2.%3", "waarden": "eens"})")
                        .arg(i)
                        .arg(i <= 8 ? QStringLiteral("pc") : QStringLiteral("sk"))
                        .arg(i <= 8 ? i : i - 8)
                        .toUtf8();
    kolommen += R"(, {"kop": "Financiën", "veld": "draaglast.financien", "waarden": "kruisje"}])";
    return R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "wijkteam", "kolommen": )" + kolommen
        + R"(, "waarden": {"eens": {"mee eens": 4, "neutraal": 3, "mee oneens": 2}, "kruisje": {"x": 2}}})";
}

// Competenties: four times 4 and four times 3, a mean of exactly 3.5 (present); sociaal kapitaal all 2 (absent).
QByteArray rij(const char* ref, const char* naam, const char* datum, const char* v1 = "mee eens")
{
    QByteArray r = QByteArray(ref) + ';' + naam + ";02-03-1971;Enschede;" + datum + ';' + v1;
    for (int i = 2; i <= 15; ++i)
        r += i <= 4 ? ";mee eens" : i <= 8 ? ";neutraal" : ";mee oneens";
    return r + ";x\r\n";
}

class SpreadsheetImporterTest : public ::testing::Test
{
protected:
    test::TempDatabase t;
    QString sheet(const QByteArray& rows)
    {
        const QString path = QDir(t.dir()).filePath(QStringLiteral("blad.csv"));
        EXPECT_TRUE(test::writeFileBytes(path, "\xEF\xBB\xBF" + header + rows));
        return path;
    }
    SpreadsheetProfiel profiel() { return SpreadsheetProfiel::fromJson(profielJson(), ins()).value(); }
    int inwoners() { return InwonerRepository(t.db()).count().value(); }
};

} // namespace

TEST_F(SpreadsheetImporterTest, TheImportedMetingScoresAsTheSameAnswersTypedByHand)
{
    SpreadsheetImporter importer(t.db(), ins(), today);
    ASSERT_TRUE(
        importer
            .controleer(sheet(rij("ENS-1", "A. de Vries", "14-06-2016") + rij("ENS-1", "A. de Vries", "01-12-2016")
                            + rij("HGL-2", "B. Smit", "2016-06-14")),
                profiel())
            .ok());
    EXPECT_TRUE(importer.conversie().weigeringen().isEmpty());
    const auto result = importer.importeer(false);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(result->nieuweInwoners, 2);
    EXPECT_EQ(result->aangevuldeInwoners, 0);
    EXPECT_EQ(result->meetmomenten, 3);

    // The same answers typed in by hand, for another inwoner.
    Inwoner hand;
    hand.ref = QStringLiteral("HAND-1");
    hand.naam = QStringLiteral("C. Hand");
    hand.geboortedatum = QDate(1971, 3, 2);
    hand.gemeente = QStringLiteral("Enschede");
    const qint64 handId = InwonerRepository(t.db()).insert(hand).value();
    Meetmoment m;
    m.datum = QDate(2016, 6, 14);
    Meting meting;
    for (int i = 1; i <= 8; ++i)
        meting.antwoorden.insert(QStringLiteral("inw.pc.%1").arg(i), i <= 4 ? 4 : 3);
    for (int i = 1; i <= 7; ++i)
        meting.antwoorden.insert(QStringLiteral("inw.sk.%1").arg(i), 2);
    meting.draaglast.insert(QStringLiteral("financien"), 2);
    m.inwoner = meting;
    MetingRepository repo(t.db(), ins());
    ASSERT_TRUE(repo.addMeetmoment(handId, m).ok());

    const qint64 importedId = InwonerRepository(t.db()).idOf(QStringLiteral("ENS-1")).value();
    const auto imported = repo.load(importedId).value();
    ASSERT_EQ(imported.size(), 2);
    EXPECT_EQ(imported.first().inwoner->antwoorden, meting.antwoorden);
    EXPECT_EQ(imported.first().inwoner->draaglast, meting.draaglast);
    const auto scoreOf = [&repo](qint64 id) { return repo.storedFigures(id).value().first().score; };
    const MetingScore viaSheet = scoreOf(importedId);
    const MetingScore byHand = scoreOf(handId);
    EXPECT_EQ(viaSheet.competenties.score, 3.5);
    EXPECT_EQ(viaSheet.sociaalKapitaal.score, 2.0);
    EXPECT_EQ(viaSheet.kwadrant, Kwadrant::EnkelCompetenties); // 3.5 exactly counts as present
    EXPECT_EQ(viaSheet.competenties.score, byHand.competenties.score);
    EXPECT_EQ(viaSheet.sociaalKapitaal.score, byHand.sociaalKapitaal.score);
    EXPECT_EQ(viaSheet.kwadrant, byHand.kwadrant);
    EXPECT_EQ(viaSheet.ernstig, byHand.ernstig);
}

TEST_F(SpreadsheetImporterTest, ARefusedRowStopsEverythingUnlessOnlyTheValidInwonersAreAskedFor)
{
    const QString path = sheet(rij("ENS-1", "A. de Vries", "14-06-2016") + rij("ENS-2", "B. Smit", "14-06-2016", "6")
        + rij("ENS-2", "B. Smit", "01-12-2016"));
    SpreadsheetImporter importer(t.db(), ins(), today);
    ASSERT_TRUE(importer.controleer(path, profiel()).ok());
    ASSERT_EQ(importer.conversie().weigeringen().size(), 1);
    EXPECT_EQ(importer.conversie().weigeringen().first().tekst(),
        QStringLiteral("rij 3, kolom F: 'V1' is 6: verwacht 1 t/m 5"));
    EXPECT_EQ(importer.conversie().geweigerdeRijen(), (QVector<int> {3, 4})); // all of ENS-2 stays out

    const auto refused = importer.importeer(false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), QStringLiteral("2 rij(en) kunnen niet worden ingelezen; er is niets opgeslagen"));
    EXPECT_EQ(inwoners(), 0);

    const auto valid = importer.importeer(true);
    ASSERT_TRUE(valid.ok()) << valid.errorMessage().toStdString();
    EXPECT_EQ(valid->nieuweInwoners, 1);
    EXPECT_EQ(inwoners(), 1);
    EXPECT_TRUE(InwonerRepository(t.db()).idOf(QStringLiteral("ENS-1")).ok());
    const auto audit = AuditQuery(t.db()).page({}, 0, 5).value();
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.first().actie, QStringLiteral("import spreadsheet"));
    EXPECT_EQ(
        audit.first().details, QStringLiteral("1 nieuwe inwoners, 0 aangevuld, 1 meetmomenten, 2 rijen geweigerd"));
}

TEST_F(SpreadsheetImporterTest, AnExistingInwonerGetsTheNewDateNumberedWithWhatItHas)
{
    SpreadsheetImporter first(t.db(), ins(), today);
    ASSERT_TRUE(first.controleer(sheet(rij("ENS-1", "A. de Vries", "14-06-2016")), profiel()).ok());
    ASSERT_TRUE(first.importeer(false).ok());

    // A later sheet: one row repeats the known date, one brings an earlier measurement (the new nulmeting).
    SpreadsheetImporter again(t.db(), ins(), today);
    ASSERT_TRUE(again.controleer(sheet(rij("ENS-1", "", "14-06-2016")), profiel()).ok());
    ASSERT_EQ(again.conversie().weigeringen().size(), 1);
    EXPECT_EQ(again.conversie().weigeringen().first().tekst(),
        QStringLiteral("rij 2, kolom E: 'Datum meting' 14-06-2016: dubbel, ref ENS-1 heeft in Draagwijzer al een "
                       "meetmoment op deze datum"));

    SpreadsheetImporter later(t.db(), ins(), today);
    ASSERT_TRUE(later.controleer(sheet(rij("ENS-1", "", "01-01-2016")), profiel()).ok());
    EXPECT_TRUE(later.conversie().weigeringen().isEmpty());
    const auto result = later.importeer(false);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(result->nieuweInwoners, 0);
    EXPECT_EQ(result->aangevuldeInwoners, 1);
    const qint64 id = InwonerRepository(t.db()).idOf(QStringLiteral("ENS-1")).value();
    const auto meetmomenten = MetingRepository(t.db(), ins()).load(id).value();
    ASSERT_EQ(meetmomenten.size(), 2);
    EXPECT_EQ(meetmomenten.at(0).datum, QDate(2016, 1, 1));
    EXPECT_EQ(meetmomenten.at(0).volgnummer, 1);
    EXPECT_EQ(meetmomenten.at(1).volgnummer, 2);
    EXPECT_EQ(InwonerRepository(t.db()).findById(id).value().naam, QStringLiteral("A. de Vries"));
}

TEST_F(SpreadsheetImporterTest, CancellingTheImportHalfwayWritesNothing)
{
    QByteArray rows;
    for (int i = 1; i <= 1200; ++i)
        rows += rij(QStringLiteral("ENS-%1").arg(i).toUtf8().constData(), "A. de Vries", "14-06-2016");
    SpreadsheetImporter importer(t.db(), ins(), today);
    ASSERT_TRUE(importer.controleer(sheet(rows), profiel()).ok());
    EXPECT_EQ(importer.conversie().inwoners(true), 1200);
    int calls = 0;
    const auto result = importer.importeer(false, [&calls](int done) {
        ++calls;
        return done < 1000;
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorMessage(), QStringLiteral("afgebroken; er is niets opgeslagen"));
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(inwoners(), 0);
}

TEST_F(SpreadsheetImporterTest, TheRefusedRowsGoToACsvReportForExcel)
{
    const QString path = QDir(t.dir()).filePath(QStringLiteral("weigeringen.csv"));
    ASSERT_TRUE(SpreadsheetImporter::schrijfWeigeringen(
        path, {{3, QStringLiteral("F"), QStringLiteral("ENS-2"), QStringLiteral("'V1' is 6; verwacht 1 t/m 5")}})
                    .ok());
    EXPECT_EQ(test::fileBytes(path),
        QByteArray("\xEF\xBB\xBFrij;kolom;ref;reden\r\n3;F;ENS-2;\"'V1' is 6; verwacht 1 t/m 5\"\r\n"));
}

TEST_F(SpreadsheetImporterTest, AProfileIsAFileTheTemplateOrOneSavedInTheDatabase)
{
    EXPECT_EQ(SpreadsheetImporter::laadProfiel(t.db(), ins(), QStringLiteral("sjabloon")).value().kolommen.size(), 42);
    const auto unknown = SpreadsheetImporter::laadProfiel(t.db(), ins(), QStringLiteral("noord"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.errorMessage(),
        QStringLiteral("onbekend profiel 'noord': geen bestand en geen bewaard profiel (bewaard: sjabloon)"));
    const Status builtIn = spreadsheetopslag::bewaarProfiel(t.db(), QStringLiteral("sjabloon"), profielJson());
    EXPECT_EQ(builtIn.errorMessage(),
        QStringLiteral("'sjabloon' is de naam van het ingebouwde profiel; kies een andere naam"));
    ASSERT_TRUE(spreadsheetopslag::bewaarProfiel(t.db(), QStringLiteral("noord"), profielJson()).ok());
    const auto saved = SpreadsheetImporter::laadProfiel(t.db(), ins(), QStringLiteral("noord"));
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(saved->naam, QStringLiteral("wijkteam"));
    EXPECT_EQ(spreadsheetopslag::profielNamen(t.db()).value(), QStringList {QStringLiteral("noord")});
    const QString file = QDir(t.dir()).filePath(QStringLiteral("profiel.json"));
    ASSERT_TRUE(test::writeFileBytes(file, profielJson()));
    EXPECT_TRUE(SpreadsheetImporter::laadProfiel(t.db(), ins(), file).ok());
}

TEST_F(SpreadsheetImporterTest, TheShippedTemplatesAreReadByTheBuiltInProfile)
{
    const SpreadsheetProfiel sjabloon = SpreadsheetProfiel::sjabloon(ins());
    for (const char* name : {"sjabloon.csv", "sjabloon.xlsx"}) {
        SpreadsheetImporter importer(t.db(), ins(), today);
        const Status s = importer.controleer(
            QStringLiteral(DW_SOURCE_DIR "/resources/spreadsheet/%1").arg(QLatin1String(name)), sjabloon);
        ASSERT_TRUE(s.ok()) << name << ": " << s.errorMessage().toStdString();
        EXPECT_EQ(importer.conversie().rijen(), 0) << name;
    }
}

// A team's own workbook from Excel (written by libxlsxwriter in tests/tools/make_xlsx_sheets.cpp): a cover sheet
// first, a merged title row above the header, date cells, a date typed as text, a bare Excel serial, a formula with
// its cached value, an empty row, a trailing space in a header and a name, and a 6 in a 1-5 column.
TEST_F(SpreadsheetImporterTest, ATeamsWorkbookWithMergedTitlesFormulasAndDateCellsIsReadThroughItsProfile)
{
    const QByteArray json = R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "noord", "blad": "Metingen 2016",
        "kopregel": 2, "kolommen": [
        {"kop": "Ref", "veld": "ref"}, {"kop": "Naam", "veld": "naam"}, {"kop": "Geb.datum", "veld": "geboortedatum"},
        {"kop": "Gemeente", "veld": "gemeente"}, {"kop": "Datum meting", "veld": "datum"},
        {"kop": "Wie", "veld": "perspectief"}, {"kop": "V1", "veld": "inw.pc.1", "waarden": "eens"},
        {"kop": "V2", "veld": "inw.pc.2", "waarden": "eens"}, {"kop": "V3", "veld": "inw.sk.1", "waarden": "eens"},
        {"kop": "Financiën", "veld": "draaglast.financien", "waarden": "kruisje"}],
        "waarden": {"eens": {"mee eens": 4}, "kruisje": {"x": 2, "nee": 0}}})";
    const auto profiel = SpreadsheetProfiel::fromJson(json, ins());
    ASSERT_TRUE(profiel.ok()) << profiel.errorMessage().toStdString();
    SpreadsheetImporter importer(t.db(), ins(), today);
    const Status s = importer.controleer(QStringLiteral(DW_TEST_SHEETS "/teamblad.xlsx"), *profiel);
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
    const SpreadsheetConversie& c = importer.conversie();
    EXPECT_EQ(c.rijen(), 4); // rows 3, 5, 6 and 7; the title, the header and the empty row 4 are not data
    ASSERT_EQ(c.weigeringen().size(), 1);
    EXPECT_EQ(c.weigeringen().first().tekst(), QStringLiteral("rij 7, kolom G: 'V1' is 6: verwacht 1 t/m 5"));
    const auto result = importer.importeer(true);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(result->nieuweInwoners, 1);
    EXPECT_EQ(result->meetmomenten, 2);

    const Inwoner vries = InwonerRepository(t.db()).findByRef(QStringLiteral("ENS-1")).value();
    EXPECT_EQ(vries.naam, QStringLiteral("A. de Vries"));
    EXPECT_EQ(vries.geboortedatum, QDate(1971, 3, 2));
    const auto meetmomenten = MetingRepository(t.db(), ins()).load(vries.id).value();
    ASSERT_EQ(meetmomenten.size(), 2);
    EXPECT_EQ(meetmomenten.at(0).datum, QDate(2016, 6, 14));
    const Antwoorden first {{QStringLiteral("inw.pc.1"), 4},
        {QStringLiteral("inw.pc.2"), 4},
        {QStringLiteral("inw.sk.1"), 3}}; // "Mee eens", a number, and the formula's cached 3
    EXPECT_EQ(meetmomenten.at(0).inwoner->antwoorden, first);
    EXPECT_EQ(meetmomenten.at(0).inwoner->draaglast.value(QStringLiteral("financien")), 2);
    EXPECT_EQ(meetmomenten.at(1).datum, QDate(2016, 12, 1)); // typed as text
    EXPECT_EQ(meetmomenten.at(1).inwoner->draaglast.value(QStringLiteral("financien")), 0);
    EXPECT_FALSE(InwonerRepository(t.db()).idOf(QStringLiteral("HGL-2")).ok()); // its row 7 was refused
}
