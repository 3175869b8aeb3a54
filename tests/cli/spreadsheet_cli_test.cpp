// `draagwijzer-cli import-spreadsheet BESTAND --profiel NAAM|PAD [--droog]` (issue 19, DESIGN.md): a team's sheet
// through a profile; exit 2 with every refused row as "rij N, kolom K: reden", and then nothing written.
#include "clirunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

// A row of Draagwijzer's own template (resources/spreadsheet/sjabloon.csv): the inwoner, the date, the perspective,
// then Tabel 1 (15), Tabel 2 (12) and the eight levensgebieden.
QByteArray sjabloonRij(const char* ref, const char* datum, const char* perspectief, const char* eersteAntwoord = "4")
{
    QByteArray r = QByteArray(ref) + ";A. de Vries;02-03-1971;Enschede;M. Jansen;" + datum + ';' + perspectief;
    const bool inwoner = QByteArray(perspectief) == "inwoner";
    for (int i = 0; i < 15; ++i)
        r += inwoner ? (i == 0 ? QByteArray(";") + eersteAntwoord : QByteArray(";3")) : QByteArray(";");
    for (int i = 0; i < 12; ++i)
        r += inwoner ? QByteArray(";") : QByteArray(";2");
    return r + ";2;1;0;n.v.t.;;;;\r\n";
}

QString blad(const CliFixture& fx, const QByteArray& rows)
{
    QFile sjabloon(QStringLiteral(DW_SOURCE_DIR "/resources/spreadsheet/sjabloon.csv"));
    EXPECT_TRUE(sjabloon.open(QIODevice::ReadOnly));
    QFile f(fx.file(QStringLiteral("blad.csv")));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(sjabloon.readAll() + rows);
    return f.fileName();
}

QStringList importeer(const QString& path, std::initializer_list<const char*> extra = {})
{
    QStringList a {QStringLiteral("import-spreadsheet"), path, QStringLiteral("--profiel"), QStringLiteral("sjabloon")};
    for (const char* e : extra)
        a.append(QString::fromUtf8(e));
    return a;
}

int count(const CliFixture& fx)
{
    return fx.run({QStringLiteral("count")}).out.trimmed().toInt();
}

} // namespace

TEST(SpreadsheetCli, TheTemplateWithBothPerspectivesOnOneDateIsOneMeetmoment)
{
    const CliFixture fx;
    const QString path = blad(fx,
        sjabloonRij("ENS-1", "14-06-2016", "inwoner") + sjabloonRij("ENS-1", "14-06-2016", "professional")
            + sjabloonRij("HGL-2", "2016-12-01", "inwoner"));
    const CliResult r = fx.run(importeer(path));
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, QByteArray("2 nieuwe inwoner(s), 0 bestaande aangevuld, 2 meetmoment(en) ingelezen.\n"));
    EXPECT_EQ(count(fx), 2);
    const CliResult report = fx.run(
        {QStringLiteral("report"), QStringLiteral("inwoner"), QStringLiteral("ENS-1"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0);
    EXPECT_NE(report.out.indexOf("\"professional\""), -1);
}

TEST(SpreadsheetCli, EveryRefusedRowIsListedAndNothingIsWritten)
{
    const CliFixture fx;
    const QString path = blad(fx,
        sjabloonRij("ENS-1", "14-06-2016", "inwoner") + sjabloonRij("ENS-2", "14-06-2016", "inwoner", "6")
            + sjabloonRij("ENS-3", "14-06-16", "inwoner"));
    const CliResult r = fx.run(importeer(path));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err,
        QByteArray("rij 3, kolom H: 'inw.pc.1' is 6: verwacht 1 t/m 5\n"
                   "rij 4, kolom F: 'datum' '14-06-16' heeft een jaartal van 2 cijfers; schrijf het jaar voluit "
                   "(dd-mm-jjjj)\n"
                   "draagwijzer-cli: 2 rij(en) kunnen niet worden ingelezen; er is niets opgeslagen (met "
                   "--alleen-geldige gaan de inwoners zonder geweigerde rij erin)\n"));
    EXPECT_EQ(count(fx), 0);

    const CliResult dry = fx.run(importeer(path, {"--droog"}));
    EXPECT_EQ(dry.exitCode, 2);
    EXPECT_EQ(dry.out,
        QByteArray("Gecontroleerd: 3 rij(en) van 3 inwoner(s); 2 rij(en) geweigerd; 1 inwoner(s) met 1 "
                   "meetmoment(en) kunnen erin. Er is niets opgeslagen (--droog).\n"));
    EXPECT_EQ(count(fx), 0);

    const CliResult valid = fx.run(
        importeer(path, {"--alleen-geldige", "--weigeringen"}) + QStringList {fx.file(QStringLiteral("w.csv"))});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.constData();
    EXPECT_EQ(valid.out,
        QByteArray(
            "1 nieuwe inwoner(s), 0 bestaande aangevuld, 1 meetmoment(en) ingelezen; 2 rij(en) overgeslagen.\n"));
    EXPECT_EQ(count(fx), 1);
    EXPECT_TRUE(readFile(fx.file(QStringLiteral("w.csv"))).startsWith("\xEF\xBB\xBFrij;kolom;ref;reden\r\n3;H;ENS-2;"));
}

TEST(SpreadsheetCli, ADryRunOfAGoodSheetSaysWhatItWouldTakeAndWritesNothing)
{
    const CliFixture fx;
    const CliResult r = fx.run(importeer(blad(fx, sjabloonRij("ENS-1", "14-06-2016", "inwoner")), {"--droog"}));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out,
        QByteArray("Gecontroleerd: 1 rij(en) van 1 inwoner(s); 0 rij(en) geweigerd; 1 inwoner(s) met 1 "
                   "meetmoment(en) kunnen erin. Er is niets opgeslagen (--droog).\n"));
    EXPECT_EQ(count(fx), 0);
}

TEST(SpreadsheetCli, AWrongProfileOrSheetIsOneLineAndExitTwo)
{
    const CliFixture fx;
    const QString path = blad(fx, sjabloonRij("ENS-1", "14-06-2016", "inwoner"));
    CliResult r
        = fx.run({QStringLiteral("import-spreadsheet"), path, QStringLiteral("--profiel"), QStringLiteral("noord")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLine(),
        QStringLiteral(
            "draagwijzer-cli: onbekend profiel 'noord': geen bestand en geen bewaard profiel (bewaard: sjabloon)"));
    r = fx.run({QStringLiteral("import-spreadsheet"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLine(),
        QStringLiteral("draagwijzer-cli: --profiel ontbreekt: de naam van een bewaard profiel, 'sjabloon' of het pad "
                       "van een JSON-bestand"));
    QFile other(fx.file(QStringLiteral("ander.csv")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("Naam;Datum\r\nA;1-1-2016\r\n");
    other.close();
    r = fx.run(importeer(other.fileName()));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().startsWith(QStringLiteral("draagwijzer-cli: ") + other.fileName()
        + QStringLiteral(": rij 1 (de kopregel) mist de kolommen 'ref', ")))
        << r.errLine().toStdString();
}
