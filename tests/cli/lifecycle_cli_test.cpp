// close, reopen, anonymize and bewaartermijn on the command line (issue 15, DESIGN.md contract), on both engines.
#include "clirunner.h"

#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/dossierlifecycle.h"
#include "storage/inwonerrepository.h"
#include "support/exchangejson.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

void expectRefused(const CliResult& r, const QString& reason)
{
    EXPECT_EQ(r.exitCode, 2) << r.errLine().toStdString();
    EXPECT_EQ(r.errLine(), reason);
}

QJsonObject statusOf(const CliFixture& fx, const char* ref)
{
    const QString file = fx.file(QStringLiteral("status.json"));
    EXPECT_EQ(fx.run(args({"export"}) << file << QStringLiteral("--inwoner") << QString::fromUtf8(ref)).exitCode, 0);
    return eersteInwoner(readFile(file)).value(QStringLiteral("status")).toObject();
}

// Every dossier as draagwijzer/1: what "nothing changed" means (the file itself gains audit rows with every login).
QByteArray exported(const CliFixture& fx)
{
    const QString file = fx.file(QStringLiteral("alles.json"));
    EXPECT_EQ(fx.run(args({"export"}) << file).exitCode, 0);
    return readFile(file);
}

QStringList refs(dw::Database& db)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT ref FROM inwoner ORDER BY id")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace

TEST(CliLifecycle, CloseAndReopenWithTheirReasonsAndTheStatusInTheExport)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"demo", "--inwoners", "5", "--seed", "3"})).exitCode, 0);
    expectRefused(fx.run(args({"close", "ENS-000001"})),
        QStringLiteral(
            "draagwijzer-cli: optie --reden ontbreekt; kies uit doelen-bereikt, verhuisd, overleden, elders-geholpen, "
            "eigen-verzoek, anders"));
    expectRefused(fx.run(args({"close", "ENS-000001", "--reden", "weg"})),
        QStringLiteral(
            "draagwijzer-cli: onbekende reden 'weg'; kies uit doelen-bereikt, verhuisd, overleden, elders-geholpen, "
            "eigen-verzoek, anders"));
    expectRefused(fx.run(args({"close", "ENS-000001", "--reden", "anders"})),
        QStringLiteral("draagwijzer-cli: bij reden 'anders' hoort een toelichting"));
    expectRefused(fx.run(args({"close", "ENS-000001", "--reden", "verhuisd", "--datum", "2999-01-01"})),
        QStringLiteral("draagwijzer-cli: de datum van afsluiten ligt in de toekomst"));
    expectRefused(fx.run(args({"close", "NIEMAND", "--reden", "verhuisd"})),
        QStringLiteral("draagwijzer-cli: onbekende inwoner 'NIEMAND'"));
    EXPECT_TRUE(statusOf(fx, "ENS-000001").isEmpty()); // open: no status key, as in older files

    const CliResult closed = fx.run(args({"close", "ENS-000001", "--reden", "verhuisd", "--datum", "2026-03-04"}));
    ASSERT_EQ(closed.exitCode, 0) << closed.errLine().toStdString();
    EXPECT_EQ(
        QString::fromUtf8(closed.out), QStringLiteral("Dossier ENS-000001 afgesloten op 4 maart 2026: verhuisd.\n"));
    const QJsonObject status = statusOf(fx, "ENS-000001");
    EXPECT_EQ(status.value(QStringLiteral("afgesloten")), QJsonValue(true));
    EXPECT_EQ(status.value(QStringLiteral("datum")), QJsonValue(QStringLiteral("2026-03-04")));
    EXPECT_EQ(status.value(QStringLiteral("reden")), QJsonValue(QStringLiteral("verhuisd")));
    expectRefused(fx.run(args({"close", "ENS-000001", "--reden", "overleden"})),
        QStringLiteral("draagwijzer-cli: dit dossier is al afgesloten (of bestaat niet meer)"));

    expectRefused(fx.run(args({"reopen", "ENS-000001"})),
        QStringLiteral("draagwijzer-cli: optie --reden ontbreekt: waarom gaat het dossier weer open?"));
    ASSERT_EQ(fx.run(args({"reopen", "ENS-000001", "--reden", "nieuwe hulpvraag"})).exitCode, 0);
    EXPECT_TRUE(statusOf(fx, "ENS-000001").isEmpty());
}

TEST(CliLifecycle, AnonymizeRefusesEachBadCaseAndChangesNothing)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"demo", "--inwoners", "5", "--seed", "3"})).exitCode, 0);
    const QByteArray before = exported(fx);
    expectRefused(fx.run(args({"anonymize", "ENS-000001", "--bevestig", "ENS-000001"})),
        QStringLiteral("draagwijzer-cli: dit dossier is nog open; sluit het eerst af"));
    EXPECT_EQ(exported(fx), before);
    ASSERT_EQ(fx.run(args({"close", "ENS-000001", "--reden", "eigen-verzoek"})).exitCode, 0);
    const QByteArray closed = exported(fx);
    expectRefused(fx.run(args({"anonymize", "ENS-000001"})),
        QStringLiteral("draagwijzer-cli: optie --bevestig ontbreekt: anonimiseren kan niet ongedaan worden gemaakt; "
                       "herhaal de ref "
                       "na --bevestig"));
    expectRefused(fx.run(args({"anonymize", "ENS-000001", "--bevestig", "ENS-000002"})),
        QStringLiteral(
            "draagwijzer-cli: de bevestiging klopt niet: typ precies de ref 'ENS-000001' om te anonimiseren"));
    expectRefused(fx.run(args({"anonymize", "GEEN-REF", "--bevestig", "GEEN-REF"})),
        QStringLiteral("draagwijzer-cli: onbekende inwoner 'GEEN-REF'"));
    // A professional of the demo (every demo account has its role's password, printed by demo).
    const CliResult professional = fx.runAs(QStringLiteral("M. Jansen"),
        QStringLiteral("demo-professional-2026"),
        args({"anonymize", "ENS-000001", "--bevestig", "ENS-000001"}));
    expectRefused(professional, QStringLiteral("draagwijzer-cli: alleen een beheerder anonimiseert een dossier"));
    EXPECT_EQ(exported(fx), closed);
    EXPECT_EQ(statusOf(fx, "ENS-000001").value(QStringLiteral("reden")), QJsonValue(QStringLiteral("eigen-verzoek")));

    const CliResult done = fx.run(args({"anonymize", "ENS-000001", "--bevestig", "ENS-000001"}));
    ASSERT_EQ(done.exitCode, 0) << done.errLine().toStdString();
    EXPECT_TRUE(QString::fromUtf8(done.out).contains(QStringLiteral("kan niet ongedaan worden gemaakt")));
    expectRefused(fx.run(args({"reopen", "ENS-000001", "--reden", "toch"})),
        QStringLiteral(
            "draagwijzer-cli: alleen een afgesloten dossier dat niet is geanonimiseerd kan worden heropend"));
}

TEST(CliLifecycle, TheCohortJsonIsByteIdenticalAfterAnonymisingAHundredInwoners)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"demo", "--inwoners", "100", "--seed", "15"})).exitCode, 0);
    QStringList all;
    {
        auto desk = fx.openDesk();
        ASSERT_TRUE(desk.ok()) << desk.errorMessage().toStdString();
        dw::Database& db = *desk.value();
        ASSERT_TRUE(dw::AccountStore(db)
                        .login(QString::fromLatin1(testAccountName), QString::fromLatin1(testAccountPassword), {})
                        .ok());
        all = refs(db);
        ASSERT_EQ(all.size(), 100);
        dw::DossierLifecycle lifecycle(db);
        for (const QString& ref : std::as_const(all)) {
            dw::DossierStatus s;
            s.afgeslotenOp = QDate(2026, 1, 15);
            s.reden = dw::Afsluitreden::DoelenBereikt;
            ASSERT_TRUE(lifecycle.close(dw::InwonerRepository(db).idOf(ref).value(), s).ok()) << qPrintable(ref);
        }
    }
    const CliResult before = fx.run(args({"report", "cohort", "--json"}));
    ASSERT_EQ(before.exitCode, 0);
    const CliResult beforeGemeente = fx.run(args({"report", "cohort", "--json", "--gemeente", "Enschede"}));
    {
        auto desk = fx.openDesk();
        ASSERT_TRUE(desk.ok());
        dw::Database& db = *desk.value();
        ASSERT_TRUE(dw::AccountStore(db)
                        .login(QString::fromLatin1(testAccountName), QString::fromLatin1(testAccountPassword), {})
                        .ok());
        for (const QString& ref : std::as_const(all))
            ASSERT_TRUE(dw::DossierLifecycle(db).anonymize(ref, ref).ok()) << qPrintable(ref);
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM inwoner WHERE naam = 'Geanonimiseerd'")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 100);
    }
    const CliResult after = fx.run(args({"report", "cohort", "--json"}));
    ASSERT_EQ(after.exitCode, 0);
    EXPECT_GT(before.out.size(), 1000);
    EXPECT_EQ(after.out, before.out);
    EXPECT_EQ(fx.run(args({"report", "cohort", "--json", "--gemeente", "Enschede"})).out, beforeGemeente.out);
    // Leaving the closed dossiers out leaves none here.
    const CliResult open = fx.run(args({"report", "cohort", "--json", "--zonder-afgesloten"}));
    ASSERT_EQ(open.exitCode, 0);
    EXPECT_NE(open.out, before.out);
}

TEST(CliLifecycle, TheBeheerderSetsTheBewaartermijnAndListsWhatHasPassed)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"demo", "--inwoners", "3", "--seed", "3"})).exitCode, 0);
    ASSERT_EQ(fx.run(args({"close", "ENS-000001", "--reden", "verhuisd", "--datum", "2020-06-30"})).exitCode, 0);
    expectRefused(fx.run(args({"bewaartermijn", "--jaren", "nul"})),
        QStringLiteral("draagwijzer-cli: --jaren verwacht een geheel aantal jaren"));
    const CliResult set = fx.run(args({"bewaartermijn", "--jaren", "2", "--json"}));
    ASSERT_EQ(set.exitCode, 0) << set.errLine().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(set.out).object();
    EXPECT_EQ(o.value(QStringLiteral("jaren")).toInt(), 2);
    const QJsonArray verlopen = o.value(QStringLiteral("verlopen")).toArray();
    ASSERT_EQ(verlopen.size(), 1);
    EXPECT_EQ(verlopen.first().toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("ENS-000001"));
    EXPECT_EQ(
        verlopen.first().toObject().value(QStringLiteral("verlopen_op")).toString(), QStringLiteral("2022-06-30"));
    expectRefused(
        fx.runAs(QStringLiteral("M. Jansen"), QStringLiteral("demo-professional-2026"), args({"bewaartermijn"})),
        QStringLiteral("draagwijzer-cli: 'bewaartermijn' is voor een beheerder; u bent professional"));
}

TEST(CliLifecycle, InzageWritesThePdfAndTheExchangeCopyIntoTheFolder)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"demo", "--inwoners", "3", "--seed", "3"})).exitCode, 0);
    const QString map = fx.file(QStringLiteral("inzage"));
    expectRefused(fx.run(args({"inzage", "ENS-000001"})),
        QStringLiteral("draagwijzer-cli: optie --out ontbreekt (de map voor de inzage)"));
    expectRefused(fx.run(args({"inzage", "NIEMAND", "--out"}) << map),
        QStringLiteral("draagwijzer-cli: onbekende inwoner 'NIEMAND'"));
    const CliResult r = fx.run(args({"inzage", "ENS-000001", "--out"}) << map);
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    EXPECT_TRUE(readFile(map + QStringLiteral("/inzage-ENS-000001.pdf")).startsWith("%PDF"));
    const QJsonObject copy
        = QJsonDocument::fromJson(readFile(map + QStringLiteral("/inzage-ENS-000001.json"))).object();
    EXPECT_EQ(copy.value(QStringLiteral("format")).toString(), QStringLiteral("draagwijzer/1"));
    EXPECT_EQ(
        copy.value(QStringLiteral("inwoners")).toArray().first().toObject().value(QStringLiteral("ref")).toString(),
        QStringLiteral("ENS-000001"));
}
