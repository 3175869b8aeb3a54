// The CLI's side of issue 14: who is working, the user commands and the audit command (DESIGN.md contract).
#include "clirunner.h"

#include "storage/database.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {

const QString beheer = QString::fromLatin1(testAccountName);
const QString sleutel = QString::fromLatin1(testAccountPassword);
const QString jansen = QStringLiteral("A. de Nieuwe"); // not one of the demo professionals
const QString jansenSleutel = QStringLiteral("vuurtoren-kade-19");

// A database with the test account as its first account, a demo cohort of 30 and a new professional, A. de Nieuwe of
// team Oost, who has no inwoners yet.
struct Desk : CliFixture
{
    Desk()
    {
        EXPECT_EQ(run(args({"demo", "--inwoners", "30"})).exitCode, 0);
        const CliResult added = runAs(beheer,
            sleutel,
            args({"user", "add", "A. de Nieuwe", "--rol", "professional", "--team", "Oost"}),
            jansenSleutel);
        EXPECT_EQ(added.exitCode, 0) << added.errLine().toStdString();
    }
};

} // namespace

TEST(CliAccounts, InitWithoutAnAccountIsRefusedWithExitTwo)
{
    CliFixture fx;
    const CliResult r = fx.runAs({}, {}, args({"init"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("DRAAGWIJZER_GEBRUIKER"))) << r.errLine().toStdString();
    EXPECT_EQ(r.errLine().count(QLatin1Char('\n')), 0);
}

TEST(CliAccounts, ADatabaseWithAccountsRefusesACommandWithoutOne)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"init"})).exitCode, 0);
    const CliResult r = fx.runAs({}, {}, args({"count"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("heeft accounts"))) << r.errLine().toStdString();
}

TEST(CliAccounts, AWrongPasswordIsExitTwoAndTheFifthLocksTheAccount)
{
    CliFixture fx;
    ASSERT_EQ(fx.run(args({"init"})).exitCode, 0);
    for (int i = 1; i <= 4; ++i) {
        const CliResult r = fx.runAs(beheer, QStringLiteral("niet-het-goede-1"), args({"count"}));
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.errLine().contains(QStringLiteral("onjuist wachtwoord"))) << r.errLine().toStdString();
    }
    const CliResult fifth = fx.runAs(beheer, QStringLiteral("niet-het-goede-1"), args({"count"}));
    EXPECT_TRUE(fifth.errLine().contains(QStringLiteral("vergrendeld"))) << fifth.errLine().toStdString();
    const CliResult right = fx.run(args({"count"}));
    EXPECT_EQ(right.exitCode, 2);
    EXPECT_TRUE(right.errLine().contains(QStringLiteral("vergrendeld tot"))) << right.errLine().toStdString();
}

TEST(CliAccounts, ANewProfessionalWithNoInwonersSeesNone)
{
    Desk fx;
    EXPECT_EQ(fx.run(args({"count"})).out.trimmed(), QByteArray("30")); // the first account: the whole desk
    EXPECT_EQ(fx.runAs(jansen, jansenSleutel, args({"count"})).out.trimmed(), QByteArray("0"));
    const CliResult exported = fx.runAs(jansen, jansenSleutel, args({"export", "-"}));
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("inwoners")).toArray().size(), 0);
    const CliResult report = fx.runAs(jansen, jansenSleutel, args({"report", "cohort", "--json"}));
    ASSERT_EQ(report.exitCode, 0) << report.errLine().toStdString();
    const QJsonObject cohort = QJsonDocument::fromJson(report.out).object();
    const QJsonArray mm
        = cohort[QStringLiteral("perspectieven")][QStringLiteral("inwoner")][QStringLiteral("meetmomenten")].toArray();
    for (const QJsonValue& m : mm)
        EXPECT_EQ(m[QStringLiteral("n")].toInt(), 0);
}

TEST(CliAccounts, DemoMakesAnAccountPerRoleAndTheProfessionalSeesTheirOwnCaseload)
{
    Desk fx;
    const CliResult all = fx.run(args({"export", "-"}));
    int own = 0;
    for (const QJsonValue& i : QJsonDocument::fromJson(all.out).object().value(QStringLiteral("inwoners")).toArray())
        own += i[QStringLiteral("professional")].toString() == QStringLiteral("S. Öztürk");
    ASSERT_GT(own, 0);
    ASSERT_LT(own, 30);
    const CliResult count
        = fx.runAs(QStringLiteral("S. Öztürk"), QStringLiteral("demo-professional-2026"), args({"count"}));
    ASSERT_EQ(count.exitCode, 0) << count.errLine().toStdString();
    EXPECT_EQ(count.out.trimmed().toInt(), own);
    const CliResult users = fx.run(args({"user", "list", "--json"}));
    ASSERT_EQ(users.exitCode, 0);
    QStringList rollen;
    for (const QJsonValue& u : QJsonDocument::fromJson(users.out).array())
        rollen << u[QStringLiteral("rollen")].toVariant().toStringList();
    EXPECT_TRUE(rollen.contains(QStringLiteral("professional")));
    EXPECT_TRUE(rollen.contains(QStringLiteral("teamleider")));
    EXPECT_TRUE(rollen.contains(QStringLiteral("beheerder")));
}

TEST(CliAccounts, OnlyABeheerderManagesUsersAndReadsTheAuditLog)
{
    Desk fx;
    for (const QStringList& command : {args({"user", "list"}),
             args({"audit"}),
             args({"user", "block", "beheer-test"}),
             args({"backup", "--out", "x.sqlite"})}) {
        const CliResult r = fx.runAs(jansen, jansenSleutel, command);
        EXPECT_EQ(r.exitCode, 2) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.errLine().isEmpty());
    }
}

TEST(CliAccounts, ABlockedAccountCanNoLongerLogIn)
{
    Desk fx;
    ASSERT_EQ(fx.run(args({"gebruiker", "blokkeren", "A. de Nieuwe"})).exitCode, 0); // the Dutch words of issue 14
    const CliResult r = fx.runAs(jansen, jansenSleutel, args({"count"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("geblokkeerd"))) << r.errLine().toStdString();
}

TEST(CliAccounts, TheAuditLogAsJsonNamesWhoWithWhichRoleWhatWhichInwonerAndWhere)
{
    Desk fx;
    ASSERT_EQ(fx.run(args({"export", "uit.json", "--inwoner", "ENS-000001"})).exitCode, 0)
        << fx.run(args({"export", "-"})).out.left(300).toStdString();
    fx.runAs(jansen, QStringLiteral("fout-fout-fout-1"), args({"count"}));
    const CliResult r = fx.run(args({"audit", "--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.errLine().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    ASSERT_GT(rows.size(), 5);
    for (const QJsonValue& row : rows) {
        for (const char* key : {"tijdstip", "gebruiker", "rol", "actie", "inwoner", "werkplek"})
            EXPECT_TRUE(row.toObject().contains(QString::fromLatin1(key))) << key;
    }
    // Newest first: the look itself, then the failed login, then the export of one inwoner.
    EXPECT_EQ(rows.at(0)[QStringLiteral("actie")].toString(), QStringLiteral("auditlog bekeken"));
    EXPECT_EQ(rows.at(0)[QStringLiteral("rol")].toString(), QStringLiteral("professional,teamleider,beheerder"));
    EXPECT_TRUE(rows.at(0)[QStringLiteral("inwoner")].isNull());
    bool failed = false, exported = false;
    for (const QJsonValue& row : rows) {
        failed = failed
            || (row[QStringLiteral("actie")].toString() == QStringLiteral("inloggen mislukt")
                && row[QStringLiteral("gebruiker")].toString() == jansen
                && row[QStringLiteral("uitkomst")].toString() == QStringLiteral("mislukt"));
        exported = exported
            || (row[QStringLiteral("actie")].toString() == QStringLiteral("export")
                && row[QStringLiteral("inwoner")].toString() == QStringLiteral("ENS-000001"));
    }
    EXPECT_TRUE(failed);
    EXPECT_TRUE(exported);
}

TEST(CliAccounts, TheAuditLogFiltersByUserAndInwonerAndWritesCsv)
{
    Desk fx;
    ASSERT_EQ(fx.run(args({"export", "uit.json", "--inwoner", "ENS-000001"})).exitCode, 0);
    ASSERT_EQ(fx.runAs(jansen, jansenSleutel, args({"count"})).exitCode, 0);
    const CliResult byUser = fx.run(args({"audit", "--json", "--gebruiker", "A. de Nieuwe"}));
    const QJsonArray his = QJsonDocument::fromJson(byUser.out).array();
    ASSERT_EQ(his.size(), 2); // the one command: its login and its logout
    EXPECT_EQ(his.at(0)[QStringLiteral("actie")].toString(), QStringLiteral("uitgelogd"));
    EXPECT_EQ(his.at(1)[QStringLiteral("actie")].toString(), QStringLiteral("ingelogd"));
    EXPECT_EQ(his.at(0)[QStringLiteral("rol")].toString(), QStringLiteral("professional"));
    const CliResult byInwoner = fx.run(args({"audit", "--json", "--inwoner", "ENS-000001"}));
    const QJsonArray rows = QJsonDocument::fromJson(byInwoner.out).array();
    ASSERT_GE(rows.size(), 1);
    for (const QJsonValue& row : rows)
        EXPECT_EQ(row[QStringLiteral("inwoner")].toString(), QStringLiteral("ENS-000001"));
    const QString csv = fx.file(QStringLiteral("audit.csv"));
    ASSERT_EQ(fx.run({QStringLiteral("audit"), QStringLiteral("--csv"), csv}).exitCode, 0);
    const QByteArray text = readFile(csv);
    EXPECT_TRUE(
        text.startsWith("\xEF\xBB\xBFid;tijdstip;gebruiker;rol;actie;inwoner;details;werkplek;uitkomst;namens\r\n"));
    EXPECT_TRUE(text.contains(";A. de Nieuwe;professional;ingelogd;;"));
    EXPECT_EQ(fx.run(args({"audit", "--van", "2026-13-01"})).exitCode, 2);
}

TEST(CliAccounts, EveryReadPathWritesExactlyOneRow)
{
    Desk fx;
    auto desk = fx.openDesk();
    ASSERT_TRUE(desk.ok());
    const auto rows = [&desk](const char* actie) {
        QSqlQuery q(desk.value()->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit a JOIN inwoner i ON i.id = a.inwoner_id "
                                 "WHERE i.ref = 'ENS-000001' AND a.actie = ?"));
        q.addBindValue(QString::fromUtf8(actie));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const auto all = [&desk]() {
        QSqlQuery q(desk.value()->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next() ? q.value(0).toInt() : -1;
    };
    int before = all();
    ASSERT_EQ(fx.run(args({"report", "inwoner", "ENS-000001"})).exitCode, 0);
    EXPECT_EQ(rows("rapport"), 1);
    EXPECT_EQ(all() - before, 3); // the login, the read and the logout
    before = all();
    ASSERT_EQ(fx.run({QStringLiteral("plan"),
                         QStringLiteral("pdf"),
                         QStringLiteral("ENS-000001"),
                         QStringLiteral("--out"),
                         fx.file(QStringLiteral("plan.pdf"))})
                  .exitCode,
        0);
    EXPECT_EQ(rows("plan afgedrukt"), 1);
    EXPECT_EQ(all() - before, 3);
    before = all();
    ASSERT_EQ(fx.run(args({"export", "uit.json", "--inwoner", "ENS-000001"})).exitCode, 0);
    EXPECT_EQ(rows("export"), 1);
    EXPECT_EQ(all() - before, 3);
    before = all();
    ASSERT_EQ(fx.run(args({"report", "cohort", "--json"})).exitCode, 0);
    EXPECT_EQ(all() - before, 3);
    EXPECT_EQ(rows("dossier gelezen"), 0); // none of these counted as opening the dossier
}

TEST(CliAccounts, EveryCommandLogsOutAsItLoggedIn)
{
    Desk fx;
    ASSERT_EQ(fx.run(args({"count"})).exitCode, 0);
    ASSERT_EQ(fx.run(args({"report", "inwoner", "ENS-000001"})).exitCode, 0);
    EXPECT_EQ(fx.run(args({"report", "inwoner", "GEEN-REF"})).exitCode, 2);
    const CliResult r = fx.run(args({"audit", "--json", "--gebruiker", testAccountName}));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    int in = 0, out = 0;
    for (const QJsonValue& row : rows) {
        in += row[QStringLiteral("actie")].toString() == QStringLiteral("ingelogd");
        out += row[QStringLiteral("actie")].toString() == QStringLiteral("uitgelogd");
    }
    // demo, user add, count, two reports: five logouts; the audit command itself is still logged in.
    EXPECT_EQ(out, 5);
    EXPECT_EQ(in, out + 1);
}

TEST(CliAccounts, OnWhoseBehalfIsInEveryRowOfTheRun)
{
    Desk fx;
    ASSERT_EQ(fx.run(args({"--namens", "A. de Nieuwe", "export", "uit.json", "--inwoner", "ENS-000001"})).exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(fx.run(args({"audit", "--json"})).out).array();
    ASSERT_GE(rows.size(), 5);
    // Newest first: this look and its login, then the export run's logout, its export and its login (on its own
    // behalf).
    EXPECT_TRUE(rows.at(0)[QStringLiteral("namens")].isNull());
    EXPECT_EQ(rows.at(2)[QStringLiteral("actie")].toString(), QStringLiteral("uitgelogd"));
    EXPECT_EQ(rows.at(2)[QStringLiteral("namens")].toString(), QStringLiteral("A. de Nieuwe"));
    EXPECT_EQ(rows.at(3)[QStringLiteral("actie")].toString(), QStringLiteral("export"));
    EXPECT_EQ(rows.at(3)[QStringLiteral("gebruiker")].toString(), beheer);
    EXPECT_EQ(rows.at(3)[QStringLiteral("namens")].toString(), QStringLiteral("A. de Nieuwe"));
    EXPECT_EQ(rows.at(4)[QStringLiteral("actie")].toString(), QStringLiteral("ingelogd"));
    EXPECT_TRUE(rows.at(4)[QStringLiteral("namens")].isNull());
    const QString text = QString::fromUtf8(fx.run(args({"audit"})).out);
    EXPECT_TRUE(text.contains(QStringLiteral(" namens A. de Nieuwe  export  ENS-000001"))) << text.toStdString();

    const CliResult unknown = fx.run(args({"--namens", "Niemand", "count"}));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.errLine(), QStringLiteral("draagwijzer-cli: --namens: er is geen account 'Niemand'"));
    const CliResult self = fx.run({QStringLiteral("--namens"), beheer, QStringLiteral("count")});
    EXPECT_EQ(self.exitCode, 2);
    EXPECT_TRUE(self.errLine().contains(QStringLiteral("is het account zelf"))) << self.errLine().toStdString();
}

TEST(CliAccounts, TheAuditBewaartermijnIsAtLeastFiveYearsAndACleanUpOfAYoungLogRemovesNothing)
{
    Desk fx;
    const CliResult tooShort = fx.run(args({"bewaartermijn", "--audit-jaren", "3"}));
    EXPECT_EQ(tooShort.exitCode, 2);
    EXPECT_EQ(tooShort.errLine(),
        QStringLiteral(
            "draagwijzer-cli: het auditlog wordt minstens 5 jaar bewaard (NEN 7513); kies 5 tot en met 100 jaar"));
    const CliResult set = fx.run(args({"bewaartermijn", "--audit-jaren", "7", "--json"}));
    ASSERT_EQ(set.exitCode, 0) << set.errLine().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(set.out)[QStringLiteral("audit_jaren")].toInt(), 7);
    EXPECT_EQ(QJsonDocument::fromJson(set.out)[QStringLiteral("jaren")].toInt(), 15);
    // Everything here was written today: nothing is past seven years.
    const CliResult dry = fx.run(args({"audit", "opschonen", "--droog"}));
    ASSERT_EQ(dry.exitCode, 0) << dry.errLine().toStdString();
    EXPECT_TRUE(dry.out.startsWith("Geen auditregels van voor ")) << dry.out.toStdString();
    EXPECT_EQ(fx.run(args({"audit", "opschonen"})).exitCode, 0);
    const CliResult professional = fx.runAs(jansen, jansenSleutel, args({"audit", "opschonen"}));
    EXPECT_EQ(professional.exitCode, 2);
    EXPECT_EQ(professional.errLine(), QStringLiteral("draagwijzer-cli: alleen een beheerder schoont het auditlog op"));
    EXPECT_EQ(fx.run(args({"verify"})).exitCode, 0);
}
