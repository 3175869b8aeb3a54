// What each role may see and change, enforced by storage for every screen and command (issue 14).
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/caseloadquery.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/voorzieningrepository.h"

#include "support/handcohort.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");

// test::makeTeam: team Noord with M. Jansen (N-1, N-2) and S. Öztürk (N-3), team Zuid with P. Haverkamp (Z-1).
struct Team
{
    test::TempDatabase t;
    AccountStore accounts {t.db()};

    Team() { test::makeTeam(t.db(), wachtwoord); }

    void as(const char* naam) { ASSERT_TRUE(accounts.login(QString::fromUtf8(naam), wachtwoord, {}).ok()) << naam; }
    int caseload() { return CaseloadQuery(t.db()).count({}).value(); }
    int cohortN() { return CohortQuery(t.db()).run().value().inwoner.meetmomenten.value(0).n; }
    qint64 id(const char* ref) { return InwonerRepository(t.db()).findByRef(QString::fromUtf8(ref)).value().id; }
    int auditRows(const QString& actie, const QString& uitkomst)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE actie = ? AND uitkomst = ?"));
        q.addBindValue(actie);
        q.addBindValue(uitkomst);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

Status change(Database& db, qint64 inwonerId)
{
    return AuditLog(db).withChange(QStringLiteral("inwoner gewijzigd"), inwonerId, []() { return Status(); });
}

} // namespace

TEST(Toegang, AnInwonerTakesTheTeamOfTheirProfessionalsAccount)
{
    Team team;
    EXPECT_EQ(InwonerRepository(team.t.db()).findByRef(QStringLiteral("N-3"))->team, QStringLiteral("Noord"));
    EXPECT_EQ(InwonerRepository(team.t.db()).findByRef(QStringLiteral("Z-1"))->team, QStringLiteral("Zuid"));
}

TEST(Toegang, AProfessionalSeesOnlyTheirOwnCaseload)
{
    Team team;
    team.as("M. Jansen");
    EXPECT_EQ(team.caseload(), 2);
    EXPECT_EQ(team.cohortN(), 2);
    EXPECT_EQ(InwonerRepository(team.t.db()).count().value(), 2);
    EXPECT_EQ(DossierStore(team.t.db(), ins()).exportDossiers().value().size(), 2);
    EXPECT_TRUE(DossierStore(team.t.db(), ins()).load(QStringLiteral("N-1")).ok());
}

TEST(Toegang, AProfessionalCannotOpenAColleaguesDossierAndTheTryIsLogged)
{
    Team team;
    team.as("M. Jansen");
    const auto refused = DossierStore(team.t.db(), ins()).load(QStringLiteral("N-3"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().cause, Error::Cause::Denied);
    EXPECT_EQ(team.auditRows(QStringLiteral("dossier gelezen"), QStringLiteral("geweigerd")), 1);
    EXPECT_EQ(team.auditRows(QStringLiteral("dossier gelezen"), QStringLiteral("gelukt")), 0);
    EXPECT_FALSE(DossierStore(team.t.db(), ins()).exportDossiers(QStringLiteral("Z-1")).ok());
    EXPECT_FALSE(change(team.t.db(), team.id("N-3")).ok());
    EXPECT_TRUE(change(team.t.db(), team.id("N-1")).ok());
}

TEST(Toegang, ATeamleiderReadsTheTeamButCannotEdit)
{
    Team team;
    team.as("T. Leider");
    EXPECT_EQ(team.caseload(), 3); // Noord: N-1, N-2, N-3
    EXPECT_EQ(team.cohortN(), 3);
    EXPECT_TRUE(DossierStore(team.t.db(), ins()).load(QStringLiteral("N-3")).ok());
    EXPECT_FALSE(DossierStore(team.t.db(), ins()).load(QStringLiteral("Z-1")).ok());
    const Status refused = change(team.t.db(), team.id("N-3"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().cause, Error::Cause::Denied);
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("niet wijzigen")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(team.auditRows(QStringLiteral("inwoner gewijzigd"), QStringLiteral("geweigerd")), 1);
    EXPECT_EQ(team.auditRows(QStringLiteral("inwoner gewijzigd"), QStringLiteral("gelukt")), 0);
}

TEST(Toegang, ABeheerderSeesNoDossierContents)
{
    Team team;
    team.as("B. Heer");
    EXPECT_EQ(team.caseload(), 0);
    EXPECT_EQ(team.cohortN(), 0);
    const auto refused = DossierStore(team.t.db(), ins()).load(QStringLiteral("N-1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("beheerder"))) << refused.errorMessage().toStdString();
    EXPECT_TRUE(AccountStore(team.t.db()).list().ok()); // but does manage the accounts
}

TEST(Toegang, TheFirstAccountSeesTheWholeDeskSoOldScriptsKeepWorking)
{
    Team team;
    team.as("beheer");
    EXPECT_EQ(team.caseload(), 4);
    EXPECT_EQ(DossierStore(team.t.db(), ins()).exportDossiers().value().size(), 4);
}

TEST(Toegang, AWorkerConnectionCarriesTheSession)
{
    Team team;
    team.as("M. Jansen");
    auto reader = team.t.db().connector().openReader();
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(CaseloadQuery(*reader.value()).count({}).value(), 2);
}

TEST(Toegang, AHandOverMovesTheInwonerToTheColleagueAndTheirTeam)
{
    Team team;
    team.as("M. Jansen");
    Inwoner n1 = InwonerRepository(team.t.db()).findByRef(QStringLiteral("N-1")).value();
    n1.professional = QStringLiteral("P. Haverkamp");
    const Status handed = AuditLog(team.t.db()).withChange(QStringLiteral("overdracht"), n1.id, [&]() -> Status {
        const auto updated = InwonerRepository(team.t.db()).update(n1);
        return updated.ok() ? Status() : Status(updated.error());
    });
    ASSERT_TRUE(handed.ok()) << handed.errorMessage().toStdString();
    EXPECT_EQ(team.caseload(), 1); // N-2 stays
    EXPECT_EQ(team.auditRows(QStringLiteral("overdracht"), QStringLiteral("gelukt")), 1);
    EXPECT_FALSE(DossierStore(team.t.db(), ins()).load(QStringLiteral("N-1")).ok());
    team.as("P. Haverkamp");
    EXPECT_EQ(team.caseload(), 2);
    EXPECT_EQ(InwonerRepository(team.t.db()).findByRef(QStringLiteral("N-1"))->team, QStringLiteral("Zuid"));
    team.as("T. Leider"); // Noord no longer sees it
    EXPECT_EQ(team.caseload(), 2);
}

TEST(Toegang, AHandOverGoesOnlyToAColleagueWithAProfessionalAccount)
{
    Team team;
    team.as("M. Jansen");
    for (const char* to : {"Iemand Zonder Account", "T. Leider"}) {
        Inwoner n1 = InwonerRepository(team.t.db()).findByRef(QStringLiteral("N-1")).value();
        n1.professional = QString::fromUtf8(to);
        const auto updated = InwonerRepository(team.t.db()).update(n1);
        ASSERT_FALSE(updated.ok()) << to;
        EXPECT_TRUE(updated.errorMessage().contains(QStringLiteral("geen professional"))) << to;
    }
    EXPECT_EQ(team.caseload(), 2);
}

TEST(Toegang, OnlyABeheerderChangesTheSocialeKaart)
{
    Team team;
    Voorziening v;
    v.naam = QStringLiteral("Schuldhulp Noord");
    v.type = QStringLiteral("draaglast_verminderen");
    v.levensgebied = QStringLiteral("financien");
    team.as("M. Jansen");
    const auto refused = VoorzieningRepository(team.t.db(), ins()).insert(v);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().cause, Error::Cause::Denied);
    team.as("B. Heer");
    const auto stored = VoorzieningRepository(team.t.db(), ins()).insert(v);
    EXPECT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
}
