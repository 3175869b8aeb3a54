#include "clirunner.h"
#include "storage/database.h"
#include "storage/inwonerrepository.h"
#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <csignal>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dw::test;

namespace {

const QString data = QStringLiteral(DW_TEST_DATA);

QJsonObject json(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Every key of `expected` must be in `actual` with the same value (numbers to 1e-9); extra keys are allowed.
void expectContains(const QJsonValue& expected, const QJsonValue& actual, const QString& path)
{
    if (expected.isObject()) {
        ASSERT_TRUE(actual.isObject()) << path.toStdString();
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            ASSERT_TRUE(a.contains(it.key())) << (path + QLatin1Char('.') + it.key()).toStdString();
            expectContains(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
        }
    } else if (expected.isArray()) {
        ASSERT_TRUE(actual.isArray()) << path.toStdString();
        ASSERT_EQ(expected.toArray().size(), actual.toArray().size()) << path.toStdString();
        for (int i = 0; i < expected.toArray().size(); ++i)
            expectContains(expected.toArray().at(i), actual.toArray().at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
    } else if (expected.isDouble()) {
        ASSERT_TRUE(actual.isDouble()) << path.toStdString();
        EXPECT_NEAR(actual.toDouble(), expected.toDouble(), 1e-9) << path.toStdString();
    } else {
        EXPECT_EQ(expected, actual) << path.toStdString();
    }
}

} // namespace

TEST(Cli, WithoutACommandItPrintsUsageAndExitsTwo)
{
    const CliResult r = runCli({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Gebruik: draagwijzer-cli"));
}

TEST(Cli, HelpExitsZero)
{
    const CliResult r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("report cohort"));
}

TEST(Cli, VersionPrintsTheProjectVersionAndTheCommit)
{
    const CliResult r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    // DW_PROJECT_VERSION is CMake's project(VERSION), passed to this test, not taken from the code under test.
    const QRegularExpression line(QStringLiteral("^draagwijzer-cli %1( \\(commit [0-9a-f]{7,}(-dirty)?\\))?\n$")
                                      .arg(QRegularExpression::escape(QStringLiteral(DW_PROJECT_VERSION))));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(r.out));
    ASSERT_TRUE(m.hasMatch()) << r.out.toStdString();
    // Built from a git checkout with git at hand: the commit is there.
    if (QFileInfo::exists(QStringLiteral(DW_SOURCE_DIR "/.git"))
        && !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()) {
        EXPECT_FALSE(m.captured(1).isEmpty()) << r.out.toStdString();
    }
}

TEST(Cli, UnknownCommandOptionOrMissingValueExitTwoWithOneLine)
{
    CliFixture fx;
    for (const QStringList& args : {QStringList {QStringLiteral("opruimen")},
             QStringList {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--pdf")},
             QStringList {QStringLiteral("demo")},
             QStringList {QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("veel")},
             QStringList {QStringLiteral("report"), QStringLiteral("team")},
             QStringList {QStringLiteral("import")},
             QStringList {QStringLiteral("export"), QStringLiteral("--inwoner")}}) {
        const CliResult r = fx.run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith("draagwijzer-cli: "));
    }
}

TEST(Cli, InitCreatesTheSchema)
{
    CliFixture fx;
    const CliResult r = fx.run({QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("schemaversie 23"));
    if (!dw::test::testingServer()) {
        EXPECT_TRUE(QFile::exists(fx.db()));
    }
    EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("0"));
}

TEST(Cli, ATextFileAsDatabaseIsRefusedAndLeftAlone)
{
    CliFixture fx;
    const QString path = fx.file(QStringLiteral("notities.txt"));
    ASSERT_TRUE(writeFileBytes(path, "boodschappen: brood, melk\n"));
    const CliResult r = runCli({QStringLiteral("--database"), path, QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("geen Draagwijzer-database")));
    EXPECT_EQ(readFile(path), QByteArray("boodschappen: brood, melk\n"));
}

TEST(Cli, TextFilesOfAnySizeAreRefusedLeftAloneAndExplainedInDutchOnly)
{
    // Below 512 bytes SQLite would take the file for an empty database and write over it; from 512 bytes on it
    // says "not a database" itself. Either way: refused, byte-identical, one Dutch line and nothing else.
    CliFixture fx;
    for (const int size : {1, 13, 511, 512, 600, 5000}) {
        const QString path = fx.file(QStringLiteral("tekst-%1.txt").arg(size));
        const QByteArray bytes(size, 'x');
        ASSERT_TRUE(writeFileBytes(path, bytes));
        for (const char* command : {"count", "init", "export"}) {
            QStringList arguments {QStringLiteral("--database"), path, QLatin1String(command)};
            if (QLatin1String(command) == QLatin1String("export"))
                arguments << fx.file(QStringLiteral("uit.json"));
            const CliResult r = runCli(arguments);
            EXPECT_EQ(r.exitCode, 2) << size << " " << command;
            EXPECT_EQ(r.errLine(),
                QStringLiteral("draagwijzer-cli: %1 is geen Draagwijzer-database (geen SQLite-bestand). Het bestand "
                               "is niet gewijzigd")
                    .arg(path))
                << size << " " << command;
            EXPECT_EQ(readFile(path), bytes) << size << " " << command;
        }
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST(Cli, DemoIsReproducibleAndOnlyFillsAnEmptyDatabase)
{
    CliFixture a, b;
    ASSERT_EQ(a.run({QStringLiteral("demo"),
                        QStringLiteral("--inwoners"),
                        QStringLiteral("40"),
                        QStringLiteral("--seed"),
                        QStringLiteral("9")})
                  .exitCode,
        0);
    ASSERT_EQ(b.run({QStringLiteral("demo"), QStringLiteral("--inwoners=40"), QStringLiteral("--seed=9")}).exitCode, 0);
    ASSERT_EQ(a.run({QStringLiteral("export"), a.file(QStringLiteral("a.json"))}).exitCode, 0);
    ASSERT_EQ(b.run({QStringLiteral("export"), b.file(QStringLiteral("b.json"))}).exitCode, 0);
    EXPECT_EQ(readFile(a.file(QStringLiteral("a.json"))), readFile(b.file(QStringLiteral("b.json"))));
    const QJsonObject exported = json(readFile(a.file(QStringLiteral("a.json"))));
    EXPECT_EQ(exported[QStringLiteral("inwoners")].toArray().size(), 40);
    EXPECT_TRUE(exported[QStringLiteral("inwoners")].toArray().at(0).toObject().contains(QStringLiteral("plannen")));

    const CliResult again = a.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errLine().contains(QStringLiteral("40 inwoner")));
    EXPECT_EQ(a.run({QStringLiteral("count")}).out.trimmed(), QByteArray("40"));
}

TEST(Cli, ExportOfOneInwonerAndAnUnknownRef)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("12")}).exitCode, 0);
    const QString out = fx.file(QStringLiteral("een.json"));
    ASSERT_EQ(
        fx.run({QStringLiteral("export"), out, QStringLiteral("--inwoner"), QStringLiteral("VNL-000001")}).exitCode, 0);
    const QJsonArray inwoners = json(readFile(out))[QStringLiteral("inwoners")].toArray();
    ASSERT_EQ(inwoners.size(), 1);
    EXPECT_EQ(inwoners.at(0)[QStringLiteral("ref")].toString(), QStringLiteral("VNL-000001"));
    const CliResult unknown
        = fx.run({QStringLiteral("export"), out, QStringLiteral("--inwoner"), QStringLiteral("VNL-999999")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.errLine().contains(QStringLiteral("VNL-999999")));
}

TEST(Cli, ImportingTheSameFileTwiceIsRefusedTheSecondTime)
{
    CliFixture fx;
    const QString file = data + QStringLiteral("/import/good/11-many-inwoners-order.json");
    ASSERT_EQ(fx.run({QStringLiteral("import"), file}).exitCode, 0);
    const QByteArray before = readFile(fx.db());
    const CliResult r = fx.run({QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("bestaat al")));
    EXPECT_EQ(readFile(fx.db()), before);
}

TEST(Cli, ReportInwonerJson)
{
    CliFixture fx;
    ASSERT_EQ(
        fx.run({QStringLiteral("import"), data + QStringLiteral("/import/good/07-thresholds-3-5-two-thirds.json")})
            .exitCode,
        0);
    const QJsonObject all = json(readFile(data + QStringLiteral("/import/good/07-thresholds-3-5-two-thirds.json")));
    const QString ref = all[QStringLiteral("inwoners")].toArray().at(0)[QStringLiteral("ref")].toString();
    const CliResult r = fx.run({QStringLiteral("report"), QStringLiteral("inwoner"), ref, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QJsonObject rep = json(r.out);
    EXPECT_EQ(rep[QStringLiteral("ref")].toString(), ref);
    const QJsonArray mm = rep[QStringLiteral("meetmomenten")].toArray();
    ASSERT_FALSE(mm.isEmpty());
    EXPECT_EQ(mm.at(0)[QStringLiteral("meetmoment")].toInt(), 1);
    EXPECT_TRUE(mm.at(0)[QStringLiteral("inwoner")].toObject().contains(QStringLiteral("kwadrant")));

    const CliResult unknown = fx.run({QStringLiteral("report"), QStringLiteral("inwoner"), QStringLiteral("NIEMAND")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.errLine().contains(QStringLiteral("NIEMAND")));
}

TEST(Cli, StudyCohortGivesTheStudysFigures)
{
    // tests/data/make_study_cohort.py builds 100 inwoners to the study's figures (dubbel 34 -> 44 %, zwak
    // 26 -> 22 %, probleemgebieden 2.2 -> 1.8 and 2.45 -> 2.05), with exact 3.5 scores and exactly two thirds
    // answered, and computes the expected report independently (SciPy for the p-values).
    CliFixture fx;
    const CliResult imported = fx.run({QStringLiteral("import"), data + QStringLiteral("/study-cohort.json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.errLine().toStdString();
    const CliResult r = fx.run({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QJsonObject actual = json(r.out);
    const QJsonObject expected = json(readFile(data + QStringLiteral("/study-cohort.expected.json")));
    ASSERT_FALSE(expected.isEmpty());
    expectContains(expected, actual, QStringLiteral("$"));

    const QJsonObject m1
        = actual[QStringLiteral("perspectieven")][QStringLiteral("inwoner")][QStringLiteral("meetmomenten")]
              .toArray()
              .at(0)
              .toObject();
    EXPECT_DOUBLE_EQ(m1[QStringLiteral("kwadrant_pct")][QStringLiteral("dubbel")].toDouble(), 34.0);
    EXPECT_DOUBLE_EQ(m1[QStringLiteral("kwadrant_pct")][QStringLiteral("zwak")].toDouble(), 26.0);
    EXPECT_DOUBLE_EQ(m1[QStringLiteral("met_draagkracht_pct")].toDouble(), 74.0);
    EXPECT_NEAR(m1[QStringLiteral("gem_probleemgebieden")].toDouble(), 2.2, 1e-12);
}

TEST(Cli, ReportCohortOnAnEmptyDatabase)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("init")}).exitCode, 0);
    const CliResult r = fx.run({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = json(r.out);
    EXPECT_TRUE(o[QStringLiteral("perspectieven")][QStringLiteral("inwoner")][QStringLiteral("meetmomenten")]
                    .toArray()
                    .isEmpty());
    const CliResult text = fx.run({QStringLiteral("report"), QStringLiteral("cohort")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("te weinig gegevens"));
}

TEST(Cli, ReportCohortWithAPeriod)
{
    // The study cohort: every inwoner has a nulmeting in June 2016 and a second meetmoment in June 2018.
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), data + QStringLiteral("/study-cohort.json")}).exitCode, 0);
    const auto inwoner = [](const QByteArray& out) {
        return json(out)[QStringLiteral("perspectieven")][QStringLiteral("inwoner")].toObject();
    };
    // From 2017: only the second meetmomenten, still numbered 2; no inwoner has two in the period.
    CliResult r = fx.run({QStringLiteral("report"),
        QStringLiteral("cohort"),
        QStringLiteral("--json"),
        QStringLiteral("--van"),
        QStringLiteral("2017-01-01")});
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    QJsonObject o = inwoner(r.out);
    ASSERT_EQ(o[QStringLiteral("meetmomenten")].toArray().size(), 1);
    EXPECT_EQ(o[QStringLiteral("meetmomenten")].toArray().at(0)[QStringLiteral("meetmoment")].toInt(), 2);
    EXPECT_EQ(o[QStringLiteral("meetmomenten")].toArray().at(0)[QStringLiteral("n")].toInt(), 100);
    EXPECT_EQ(o[QStringLiteral("verandering")][QStringLiteral("competenties")][QStringLiteral("n")].toInt(), 0);
    EXPECT_TRUE(o[QStringLiteral("verandering")][QStringLiteral("competenties")][QStringLiteral("p_ttest")].isNull());
    // 2016 up to and including 2018-06-30: everything, the same as without a period.
    r = fx.run({QStringLiteral("report"),
        QStringLiteral("cohort"),
        QStringLiteral("--json"),
        QStringLiteral("--van"),
        QStringLiteral("2016-06-01"),
        QStringLiteral("--tot"),
        QStringLiteral("2018-06-30")});
    ASSERT_EQ(r.exitCode, 0);
    const CliResult all = fx.run({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--json")});
    // The same figures; sums may differ in the last bit (another scan order), hence 1e-9.
    expectContains(json(all.out), json(r.out), QStringLiteral("$"));
    expectContains(json(r.out), json(all.out), QStringLiteral("$"));
    // Bad dates are refused with exit code 2.
    r = fx.run(
        {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--van"), QStringLiteral("1-1-2017")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("JJJJ-MM-DD")));
    r = fx.run({QStringLiteral("report"),
        QStringLiteral("cohort"),
        QStringLiteral("--van"),
        QStringLiteral("2018-01-01"),
        QStringLiteral("--tot"),
        QStringLiteral("2017-01-01")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Cli, ReportCohortPerGemeente)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("60")}).exitCode, 0);
    const CliResult r = fx.run({QStringLiteral("report"),
        QStringLiteral("cohort"),
        QStringLiteral("--json"),
        QStringLiteral("--gemeente"),
        QStringLiteral("Súdwest-Fryslân")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray mm
        = json(r.out)[QStringLiteral("perspectieven")][QStringLiteral("inwoner")][QStringLiteral("meetmomenten")]
              .toArray();
    ASSERT_FALSE(mm.isEmpty());
    EXPECT_EQ(mm.at(0)[QStringLiteral("n_metingen")].toInt(), 10);
}

TEST(Cli, ReportCohortCsvOpensInDutchExcel)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), data + QStringLiteral("/study-cohort.json")}).exitCode, 0);
    const QString csv = fx.file(QStringLiteral("cohort.csv"));
    const CliResult r = fx.run({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QByteArray bytes = readFile(csv);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark
    const QString text = QString::fromUtf8(bytes.mid(3));
    // Inwoner meetmoment 1 of the study cohort: n 100, 26 % zwak, 34 % dubbel, 74 % with draagkracht, 2,2 problems.
    EXPECT_TRUE(text.contains(QStringLiteral("inwoner;1;100;100;26;20;20;34;74;2,2;"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("perspectief;maat;n;gem_verschil;p_ttest;p_wilcoxon")));
    EXPECT_TRUE(text.contains(QStringLiteral("inwoner;probleemgebieden;100;-0,4;")));
}

TEST(Cli, ReportCohortXlsxHasNumbersAsNumbers)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), data + QStringLiteral("/study-cohort.json")}).exitCode, 0);
    const QString xlsx = fx.file(QStringLiteral("cohort.xlsx"));
    ASSERT_EQ(fx.run({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--xlsx"), xlsx}).exitCode, 0);
    // Read back by another program: Python's zipfile, as any spreadsheet reader would unpack the workbook.
    QProcess py;
    py.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "names = sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet'))\n"
                           "print(len(names))\n"
                           "print(z.read('xl/workbook.xml').decode())\n"
                           "print(z.read(names[0]).decode())\n"),
            xlsx});
    ASSERT_TRUE(py.waitForFinished(30000));
    const QString out = QString::fromUtf8(py.readAllStandardOutput());
    ASSERT_EQ(py.exitCode(), 0) << py.readAllStandardError().toStdString();
    EXPECT_TRUE(out.startsWith(QStringLiteral("4\n"))) << out.toStdString(); // one sheet per table
    EXPECT_TRUE(out.contains(QStringLiteral("Kwadranten per meetmoment")));
    EXPECT_TRUE(out.contains(QStringLiteral("Overeenstemming kappa")));
    // A numeric cell (no t="s" string type) holding 34 for dubbel at inwoner meetmoment 1.
    EXPECT_TRUE(out.contains(QStringLiteral("<v>34</v>"))) << out.toStdString();
}

TEST(Cli, PlanPdfHasTheWerkprocesSignatureLinesPagesAndEmbeddedFonts)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), data + QStringLiteral("/import/good/08-full-plan.json")}).exitCode, 0);
    const QString pdf = fx.file(QStringLiteral("plan.pdf"));
    const CliResult r = fx.run(
        {QStringLiteral("plan"), QStringLiteral("pdf"), QStringLiteral("ENS-0001"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    ASSERT_TRUE(readFile(pdf).startsWith("%PDF"));
    // Read back with poppler, as a reader of the printed plan would see it.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    for (const char* expected : {"Plan van aanpak",
             "1. Originele hulpvraag",
             "2. Vraagverheldering",
             "3. Doelen",
             "5. Afspraken en uitvoering",
             "6. Uitkomst en gedeelde visie",
             "Handtekening inwoner",
             "Handtekening professional",
             "pagina 1 van",
             "A. de Vries"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(expected))) << expected << "\n" << t.toStdString();
    // Sections appear in the order of the werkproces.
    EXPECT_LT(t.indexOf(QStringLiteral("1. Originele hulpvraag")), t.indexOf(QStringLiteral("2. Vraagverheldering")));
    EXPECT_LT(t.indexOf(QStringLiteral("2. Vraagverheldering")), t.indexOf(QStringLiteral("5. Afspraken")));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    const QString f = QString::fromUtf8(fonts.readAllStandardOutput());
    EXPECT_TRUE(f.contains(QStringLiteral("DejaVu"))) << f.toStdString();
    // pdffonts columns, counted from the right: emb sub uni object-id generation.
    const QStringList lines = f.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 6);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << "not embedded: " << line.toStdString();
    }

    const CliResult none = fx.run(
        {QStringLiteral("plan"), QStringLiteral("pdf"), QStringLiteral("NIEMAND"), QStringLiteral("--out"), pdf});
    EXPECT_EQ(none.exitCode, 2);
}

TEST(Cli, MigrateCopiesADeskIntoTheServerAllOrNothing)
{
    if (!dw::test::testingServer())
        GTEST_SKIP() << "migrate kopieert naar een teamserver (label postgres)";
    CliFixture server;
    QTemporaryDir desk;
    const QString deskFile = demoDesk(desk, 25);
    ASSERT_FALSE(deskFile.isEmpty());
    const CliResult first = server.run({QStringLiteral("migrate"), QStringLiteral("--van"), deskFile});
    ASSERT_EQ(first.exitCode, 0) << first.errLine().toStdString();
    EXPECT_TRUE(first.out.contains("25 inwoner(s)")) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains("Controle: in orde")) << first.out.toStdString();
    EXPECT_EQ(server.run({QStringLiteral("count")}).out.trimmed(), QByteArray("25"));
    EXPECT_EQ(
        runCli({QStringLiteral("--database"), deskFile, QStringLiteral("count")}).out.trimmed(), QByteArray("25"));
    // The same dossiers on both sides: the exports are equal.
    const CliResult fromDesk
        = runCli({QStringLiteral("--database"), deskFile, QStringLiteral("export"), QStringLiteral("-")});
    EXPECT_EQ(server.run({QStringLiteral("export"), QStringLiteral("-")}).out, fromDesk.out);

    // A second time every ref is there already: refused whole, with the refs named, nothing added.
    const QByteArray serverBefore = server.snapshot();
    const CliResult again = server.run({QStringLiteral("migrate"), QStringLiteral("--van"), deskFile});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errLine().contains(QStringLiteral("er is niets gekopieerd: 25 ref(s)")))
        << again.errLine().toStdString();
    EXPECT_EQ(again.err.count('\n'), 1);
    EXPECT_EQ(server.snapshot(), serverBefore);
    EXPECT_EQ(
        runCli({QStringLiteral("--database"), deskFile, QStringLiteral("migrate"), QStringLiteral("--van"), deskFile})
            .exitCode,
        2); // to a file, not a server
}

TEST(Cli, TheStudysFiguresOnTheServerEqualThoseOfTheSameCohortInAFile)
{
    if (!dw::test::testingServer())
        GTEST_SKIP() << "vergelijkt met de teamserver (label postgres)";
    CliFixture server;
    QTemporaryDir desk;
    const QStringList file = {QStringLiteral("--database"), desk.filePath(QStringLiteral("bureau.sqlite"))};
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("150")};
    ASSERT_EQ(runCli(file + demo).exitCode, 0);
    ASSERT_EQ(server.run(demo).exitCode, 0);
    for (const QStringList& report :
        {QStringList {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--json")},
            QStringList {QStringLiteral("report"),
                QStringLiteral("cohort"),
                QStringLiteral("--json"),
                QStringLiteral("--gemeente"),
                QStringLiteral("Venlo"),
                QStringLiteral("--van"),
                QStringLiteral("2017-01-01")}}) {
        const CliResult fromFile = runCli(file + report);
        const CliResult fromServer = server.run(report);
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile.errLine().toStdString();
        ASSERT_EQ(fromServer.exitCode, 0) << fromServer.errLine().toStdString();
        const QJsonDocument a = QJsonDocument::fromJson(fromFile.out), b = QJsonDocument::fromJson(fromServer.out);
        ASSERT_TRUE(a.isObject() && b.isObject());
        QString where;
        EXPECT_TRUE(sameJson(a.object(), b.object(), where)) << where.toStdString();
    }
}

TEST(Cli, KillNineInTheMiddleOfAnImportLeavesTheServerWhole)
{
    if (!dw::test::testingServer())
        GTEST_SKIP() << "een teamserver (label postgres)";
    CliFixture server;
    QTemporaryDir desk;
    const QString file = demoDesk(desk, 1500);
    ASSERT_FALSE(file.isEmpty());
    const QString json = desk.filePath(QStringLiteral("groot.json"));
    ASSERT_EQ(runCli({QStringLiteral("--database"), file, QStringLiteral("export"), json}).exitCode, 0);
    ASSERT_EQ(server.run({QStringLiteral("init")}).exitCode, 0);
    QProcess importing;
    importing.start(QStringLiteral(DW_CLI), server.target() + QStringList {QStringLiteral("import"), json});
    ASSERT_TRUE(importing.waitForStarted());
    // Killed once the server shows a Draagwijzer transaction writing dossiers (the file has been read by then).
    EXPECT_TRUE(aDeskIsWriting(20000)) << "no writing transaction seen";
    ASSERT_EQ(importing.state(), QProcess::Running) << "the import ended before it could be killed";
    ::kill(static_cast<pid_t>(importing.processId()), SIGKILL);
    importing.waitForFinished();
    // The server rolls the dead desk's transaction back: nothing of it, and the database checks out.
    EXPECT_EQ(server.run({QStringLiteral("count")}).out.trimmed(), QByteArray("0"));
    const CliResult verified = server.run({QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    // And the same import, whole, afterwards.
    const CliResult again = server.run({QStringLiteral("import"), json});
    ASSERT_EQ(again.exitCode, 0) << again.errLine().toStdString();
    EXPECT_EQ(server.run({QStringLiteral("count")}).out.trimmed(), QByteArray("1500"));
}
