// The CLI's side of issue 17's printed forms (DESIGN.md contract): `plan pdf REF --partner NAAM --out FILE` and
// `vragenlijst pdf [REF] --out FILE`. The plan is tests/data/import/good/13-plan-partners.json: partners
// Schuldhulpverlening Enschede (interventie 1), Humanitas Thuisadministratie (interventie 2 and an afspraak) and
// Buurthuis De Kolk (interventie 5).
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

const QString plan = QStringLiteral(DW_TEST_DATA "/import/good/13-plan-partners.json");

QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return text.waitForFinished(30000) ? QString::fromUtf8(text.readAllStandardOutput()).simplified() : QString();
}

// The audit rows of ENS-0001 with this actie, as `audit --json` gives them.
QJsonArray auditRows(const CliFixture& fx, const QString& actie)
{
    const CliResult r = fx.run(args({"audit", "--json", "--inwoner", "ENS-0001"}));
    QJsonArray out;
    for (const QJsonValue& row : QJsonDocument::fromJson(r.out).array()) {
        if (row[QStringLiteral("actie")].toString() == actie)
            out.append(row);
    }
    return out;
}

} // namespace

TEST(PrintCommands, ThePartnerVersionHoldsOnlyThatPartnersPartAndIsAuditedAsADisclosure)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), plan}).exitCode, 0);
    const QString out = fx.file(QStringLiteral("humanitas.pdf"));
    // The name as a script may type it: other case, spaces around.
    const CliResult r = fx.run(args({"plan", "pdf", "ENS-0001", "--partner", " humanitas thuisadministratie"})
        << QStringLiteral("--out") << out);
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out).trimmed(),
        QStringLiteral("Partnerversie van plan versie 1 van ENS-0001 voor Humanitas Thuisadministratie geschreven "
                       "naar ")
            + out);
    const QString t = pdfText(out);
    EXPECT_TRUE(t.contains(QStringLiteral("Voor Humanitas Thuisadministratie."))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Budgetcursus")));
    EXPECT_TRUE(t.contains(QStringLiteral("Eerste gesprek met de vrijwilliger")));
    EXPECT_TRUE(t.contains(QStringLiteral("Schulden in beeld en een betalingsregeling"))); // the doelen, all of them
    EXPECT_TRUE(t.contains(QStringLiteral("Iemand in de buurt om op terug te vallen")));
    for (const char* absent : {"Schuldhulpverlening Enschede",
             "Buurthuis",
             "Aanmelding schuldhulpverlening",
             "Post van schuldeisers",
             "Problematische schulden",
             "Zwakke draagkracht",
             "Enkele draagkracht",
             "Financiën"})
        EXPECT_FALSE(t.contains(QString::fromUtf8(absent))) << absent;

    const QJsonArray rows = auditRows(fx, QStringLiteral("plan gedeeld met partner"));
    ASSERT_EQ(rows.size(), 1);
    // The partner as the plan spells it, not as it was typed.
    EXPECT_EQ(rows.at(0)[QStringLiteral("details")].toString(), QStringLiteral("aan: Humanitas Thuisadministratie"));
    EXPECT_EQ(rows.at(0)[QStringLiteral("uitkomst")].toString(), QStringLiteral("gelukt"));
}

TEST(PrintCommands, APartnerNotInThePlanExitsTwoNamingThePartnersThatAre)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), plan}).exitCode, 0);
    const QString out = fx.file(QStringLiteral("kolk.pdf"));
    const CliResult r = fx.run(
        args({"plan", "pdf", "ENS-0001", "--partner", "Veilig Thuis Twente"}) << QStringLiteral("--out") << out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLine(),
        QStringLiteral("draagwijzer-cli: versie 1 van het plan van ENS-0001 heeft geen interventie van partner "
                       "'Veilig Thuis Twente'; partners in dit plan: Buurthuis De Kolk, Humanitas Thuisadministratie, "
                       "Schuldhulpverlening Enschede"));
    EXPECT_FALSE(QFile::exists(out));
    const QJsonArray rows = auditRows(fx, QStringLiteral("plan gedeeld met partner"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0)[QStringLiteral("uitkomst")].toString(), QStringLiteral("mislukt"));

    EXPECT_EQ(fx.run(args({"plan", "pdf", "ENS-0001", "--partner", ""}) << QStringLiteral("--out") << out).exitCode, 2);
    EXPECT_EQ(fx.run(args({"plan", "pdf", "ENS-0001", "--partner", "Buurthuis De Kolk", "--versie", "2"})
                    << QStringLiteral("--out") << out)
                  .exitCode,
        2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST(PrintCommands, ABlankQuestionnaireNeedsNoDatabase)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("blanco.pdf"));
    // No --database, no account: a blank form holds nothing about anyone.
    const CliResult r = runCliAs({}, {}, args({"vragenlijst", "pdf", "--out"}) << out);
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QString t = pdfText(out);
    EXPECT_TRUE(t.contains(QStringLiteral("1. Ik kan mijn problemen zelf oplossen."))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("blanco formulier")));
}

TEST(PrintCommands, AQuestionnaireForOneInwonerCarriesTheRefAndIsAudited)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("import"), plan}).exitCode, 0);
    const QString out = fx.file(QStringLiteral("vragenlijst.pdf"));
    const CliResult r = fx.run(args({"vragenlijst", "pdf", "ENS-0001", "--out"}) << out);
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QString t = pdfText(out);
    EXPECT_TRUE(t.contains(QStringLiteral("Uw nummer ENS-0001"))) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("de Vries"))); // the ref, never the name
    EXPECT_EQ(auditRows(fx, QStringLiteral("vragenlijst afgedrukt")).size(), 1);

    const QString none = fx.file(QStringLiteral("niemand.pdf"));
    const CliResult unknown = fx.run(args({"vragenlijst", "pdf", "NIEMAND", "--out"}) << none);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_FALSE(unknown.errLine().contains(QLatin1Char('\n')));
    EXPECT_FALSE(QFile::exists(none));
    EXPECT_EQ(fx.run(args({"vragenlijst", "pdf", "ENS-0001"})).exitCode, 2); // no --out
    EXPECT_EQ(fx.run(args({"vragenlijst", "papier", "--out"}) << none).exitCode, 2);
}
