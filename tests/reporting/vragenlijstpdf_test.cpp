// The paper questionnaire (issue 17) as poppler reads it back. The counts come from the instrument draagkracht-1:
// Tabel 1 has 15 statements (8 PC, 7 SK) with a 5-point scale and "Weet niet", the draaglast 8 levensgebieden with
// 3 levels and "N.v.t.".
#include "reporting/vragenlijstpdf.h"

#include "core/instrument.h"

#include "guipdf.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

class VragenlijstPdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    // Laid out as on paper (`flow` false) or in reading order, where a wrapped statement stays one phrase.
    static QString pdf(const QString& ref, bool flow = false)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vragenlijst.pdf"));
        const Status s = writeVragenlijstPdf(Instrument::standaard(), ref, QDate(2026, 12, 1), path);
        EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
        return flow ? test::pdfFlowText(path) : test::pdfText(path);
    }
};

} // namespace

TEST_F(VragenlijstPdf, EveryStatementWordForWordInTheQuestionnairesOrder)
{
    // Compared without white space: poppler reads a line wrapped after "vrienden/" as "vrienden/ bekenden".
    const auto bare = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString t = bare(pdf(QStringLiteral("ENS-0042"), true));
    const PerspectiefDefinitie& tabel = Instrument::standaard().perspectief(Perspectief::Inwoner);
    ASSERT_EQ(tabel.items.size(), 15);
    qsizetype from = 0;
    for (int i = 0; i < tabel.items.size(); ++i) {
        const QString numbered = bare(QStringLiteral("%1. %2").arg(i + 1).arg(tabel.items.at(i).tekst));
        const qsizetype at = t.indexOf(numbered, from);
        EXPECT_GE(at, from) << numbered.toStdString();
        from = std::max(from, at);
    }
    EXPECT_TRUE(t.contains(bare(QStringLiteral("Tabel 1. Zelfbeeld inwoner van de eigen draagkracht"))));
    const QString flow = pdf(QStringLiteral("ENS-0042"), true).simplified();
    EXPECT_TRUE(flow.contains(QStringLiteral("1. Ik kan mijn problemen zelf oplossen.")));
}

TEST_F(VragenlijstPdf, ACheckBoxForEveryAnswerUnderTheScalesWords)
{
    const QString t = pdf(QStringLiteral("ENS-0042"));
    // 15 statements x (5 + Weet niet) + 8 levensgebieden x (3 + N.v.t.) = 90 + 32.
    EXPECT_EQ(t.count(QChar(0x2610)), 122) << t.toStdString();
    const QString s = pdf(QStringLiteral("ENS-0042"), true).simplified();
    for (const char* word : {"Helemaal mee oneens",
             "Mee oneens",
             "Niet mee eens, niet mee oneens",
             "Mee eens",
             "Helemaal mee eens",
             "Weet niet",
             "Geen problemen",
             "Enigszins problemen",
             "Ernstige problemen",
             "N.v.t."})
        EXPECT_TRUE(s.contains(QLatin1String(word))) << word;
    for (const LevensgebiedDefinitie& lg : Instrument::standaard().levensgebieden())
        EXPECT_TRUE(s.contains(lg.naam)) << lg.naam.toStdString();
}

TEST_F(VragenlijstPdf, TheRefAndDateInTheHeaderAndRoomToSign)
{
    const QString t = pdf(QStringLiteral("ENS-0042"));
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Uw nummer")).contains(QStringLiteral("ENS-0042"))) << t.toStdString();
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Datum")).contains(QStringLiteral("01-12-2026")));
    EXPECT_TRUE(t.contains(QStringLiteral("Handtekening")));
    EXPECT_TRUE(t.contains(QStringLiteral("Ingevuld door")));
    EXPECT_TRUE(
        t.contains(QStringLiteral("Vragenlijst draagkracht (draagkracht-1) — ENS-0042 — afgedrukt 01-12-2026")));
    EXPECT_FALSE(t.contains(QStringLiteral("Naam"))); // a form with a ref carries no name: it may get lost
}

TEST_F(VragenlijstPdf, ABlankFormHasLinesForNameAndDate)
{
    const QString t = pdf({});
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Naam")).contains(QStringLiteral("_____"))) << t.toStdString();
    EXPECT_TRUE(test::lineWith(t, QStringLiteral("Datum")).contains(QStringLiteral("_____")));
    EXPECT_FALSE(t.contains(QStringLiteral("Uw nummer")));
    EXPECT_TRUE(t.contains(QStringLiteral("Vragenlijst draagkracht (draagkracht-1) — blanco formulier")));
    EXPECT_EQ(t.count(QChar(0x2610)), 122);
}
