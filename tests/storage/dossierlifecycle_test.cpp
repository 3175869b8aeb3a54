// Closing, reopening, deleting a mistaken registration and anonymising a dossier (issue 15), on both engines.
#include "storage/dossierlifecycle.h"

#include "core/exchangeformat.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/auditquery.h"
#include "storage/caseloadquery.h"
#include "storage/cohortquery.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/transactionguard.h"

#include "support/exchangejson.h"
#include "support/fakeclock.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");

// test::makeTeam: M. Jansen (N-1, N-2), S. Öztürk (N-3), P. Haverkamp (Z-1), T. Leider, beheerder B. Heer.
struct Team
{
    test::TempDatabase t;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0))};
    AccountStore accounts {t.db()};
    DossierLifecycle lifecycle {t.db(), clock};

    Team() { test::makeTeam(t.db(), wachtwoord); }

    void as(const char* naam) { ASSERT_TRUE(accounts.login(QString::fromUtf8(naam), wachtwoord, {}).ok()) << naam; }
    qint64 id(const char* ref) { return InwonerRepository(t.db()).idOf(QString::fromUtf8(ref)).value(); }
    Inwoner inwoner(const char* ref) { return InwonerRepository(t.db()).findByRef(QString::fromUtf8(ref)).value(); }
    QStringList audit(const QString& actie)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT uitkomst || ' ' || details FROM audit WHERE actie = ? ORDER BY id"));
        q.addBindValue(actie);
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString().trimmed();
        return out;
    }
    DossierStatus closedOn(const QDate& d, Afsluitreden r = Afsluitreden::Verhuisd)
    {
        DossierStatus s;
        s.afgeslotenOp = d;
        s.reden = r;
        return s;
    }
    int openCaseload()
    {
        CaseloadFilter f;
        return CaseloadQuery(t.db()).count(f).value();
    }
};

} // namespace

TEST(DossierLifecycle, AProfessionalClosesAndReopensTheirDossierAndBothAreAudited)
{
    Team team;
    team.as("M. Jansen");
    EXPECT_EQ(team.openCaseload(), 2);
    ASSERT_TRUE(team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 20))).ok());

    const Inwoner closed = team.inwoner("N-1");
    EXPECT_EQ(closed.status.afgeslotenOp, QDate(2026, 11, 20));
    EXPECT_EQ(closed.status.reden, Afsluitreden::Verhuisd);
    EXPECT_EQ(closed.status.beschrijving(), QStringLiteral("afgesloten op 20 november 2026: verhuisd"));
    // It leaves the active caseload; the filter "afgesloten" shows it.
    EXPECT_EQ(team.openCaseload(), 1);
    CaseloadFilter afgesloten;
    afgesloten.status = CaseloadFilter::Status::Afgesloten;
    const auto rows = CaseloadQuery(team.t.db()).page(afgesloten, std::nullopt, 10).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().ref, QStringLiteral("N-1"));
    EXPECT_EQ(rows.first().afgeslotenOp, QDate(2026, 11, 20));
    EXPECT_EQ(team.audit(QStringLiteral("dossier afgesloten")), QStringList {QStringLiteral("gelukt reden: verhuisd")});

    const Status twice = team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 21)));
    EXPECT_FALSE(twice.ok());
    EXPECT_EQ(team.inwoner("N-1").status.afgeslotenOp, QDate(2026, 11, 20));

    EXPECT_FALSE(team.lifecycle.reopen(team.id("N-1"), QStringLiteral("  ")).ok()); // a reason is required
    ASSERT_TRUE(team.lifecycle.reopen(team.id("N-1"), QStringLiteral("terug in de wijk")).ok());
    EXPECT_FALSE(team.inwoner("N-1").status.afgesloten());
    EXPECT_EQ(team.openCaseload(), 2);
    EXPECT_EQ(
        team.audit(QStringLiteral("dossier heropend")), QStringList {QStringLiteral("gelukt reden: terug in de wijk")});
    EXPECT_FALSE(team.lifecycle.reopen(team.id("N-1"), QStringLiteral("nog eens")).ok()); // it is open
}

TEST(DossierLifecycle, AClosingNeedsAPastDateAndATextForAnders)
{
    Team team;
    team.as("M. Jansen");
    const Status future = team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 26)));
    EXPECT_EQ(future.errorMessage(), QStringLiteral("de datum van afsluiten ligt in de toekomst"));
    // Today itself is fine (the fake clock's 25 November), see below.
    const Status anders
        = team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 25), Afsluitreden::Anders));
    EXPECT_EQ(anders.errorMessage(), QStringLiteral("bij reden 'anders' hoort een toelichting"));
    EXPECT_FALSE(team.inwoner("N-1").status.afgesloten());
    DossierStatus metTekst = team.closedOn(QDate(2026, 11, 25), Afsluitreden::Anders);
    metTekst.toelichting = QStringLiteral("naar het buitenland");
    ASSERT_TRUE(team.lifecycle.close(team.id("N-1"), metTekst).ok());
    EXPECT_EQ(team.inwoner("N-1").status.beschrijving(),
        QStringLiteral("afgesloten op 25 november 2026: naar het buitenland"));
}

TEST(DossierLifecycle, OnlyTheOwnProfessionalClosesAndTheCohortCanLeaveClosedDossiersOut)
{
    Team team;
    team.as("S. Öztürk");
    const Status colleague = team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 20)));
    EXPECT_EQ(colleague.error().cause, Error::Cause::Denied);
    team.as("T. Leider");
    EXPECT_EQ(
        team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 20))).error().cause, Error::Cause::Denied);
    EXPECT_EQ(team.audit(QStringLiteral("dossier afgesloten")),
        (QStringList {QStringLiteral("geweigerd"), QStringLiteral("geweigerd")}));
    team.as("M. Jansen");
    ASSERT_TRUE(team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 20))).ok());

    // The teamleider's figures: four inwoners of whom N-1 closed; all by default, three without closed ones.
    team.as("beheer");
    CohortFilter alle;
    EXPECT_EQ(CohortQuery(team.t.db()).run(alle).value().inwoner.meetmomenten.value(0).n, 4);
    CohortFilter open;
    open.zonderAfgesloten = true;
    EXPECT_EQ(CohortQuery(team.t.db()).run(open).value().inwoner.meetmomenten.value(0).n, 3);
}

TEST(DossierLifecycle, AMistakenRegistrationIsDeletedByItsMakerWithinThirtyDays)
{
    Team team;
    team.as("M. Jansen");
    DossierStore store(team.t.db(), Instrument::standaard());
    Inwoner i;
    i.ref = QStringLiteral("FOUT-1");
    i.naam = QStringLiteral("Verkeerd Ingevoerd");
    i.geboortedatum = QDate(1980, 5, 5);
    i.gemeente = QStringLiteral("Enschede");
    i.professional = QStringLiteral("M. Jansen");
    i.aangemaaktOp = team.clock.today();
    const qint64 fout1 = store.createInwoner(i).value();
    i.ref = QStringLiteral("FOUT-2");
    const qint64 fout2 = store.createInwoner(i).value();

    // A colleague may not.
    team.as("S. Öztürk");
    EXPECT_EQ(team.lifecycle.removeRegistration(fout1).error().cause, Error::Cause::Denied);

    team.as("M. Jansen");
    team.clock.advanceDays(30); // day 30: still allowed
    ASSERT_TRUE(team.lifecycle.removeRegistration(fout1).ok());
    EXPECT_FALSE(InwonerRepository(team.t.db()).findByRef(QStringLiteral("FOUT-1")).ok());
    team.clock.advanceDays(1); // day 31: closed and later anonymised instead
    const Status late = team.lifecycle.removeRegistration(fout2);
    EXPECT_EQ(late.errorMessage(),
        QStringLiteral("een registratie kan tot 30 dagen na het aanmaken worden verwijderd; sluit het dossier af in "
                       "plaats daarvan"));
    // N-1 came by import with a meetmoment: never deleted.
    const Status measured = team.lifecycle.removeRegistration(team.id("N-1"));
    EXPECT_EQ(measured.errorMessage(),
        QStringLiteral("dit dossier heeft al meetmomenten en wordt niet verwijderd; sluit het dossier af in plaats "
                       "daarvan"));
    EXPECT_EQ(team.audit(QStringLiteral("inwoner verwijderd")),
        (QStringList {QStringLiteral("geweigerd"), QStringLiteral("gelukt")}));
}

TEST(DossierLifecycle, AnonymisingIsRefusedWithoutTheRoleForAnOpenDossierOrAWrongConfirmation)
{
    Team team;
    team.as("B. Heer");
    EXPECT_EQ(team.lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("N-1")).errorMessage(),
        QStringLiteral("dit dossier is nog open; sluit het eerst af"));
    EXPECT_EQ(team.lifecycle.anonymize(QStringLiteral("GEEN"), QStringLiteral("GEEN")).errorMessage(),
        QStringLiteral("onbekende inwoner 'GEEN'"));
    team.as("M. Jansen");
    ASSERT_TRUE(team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 11, 20))).ok());
    const Status professional = team.lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("N-1"));
    EXPECT_EQ(professional.error().cause, Error::Cause::Denied);
    EXPECT_EQ(professional.errorMessage(), QStringLiteral("alleen een beheerder anonimiseert een dossier"));
    team.as("B. Heer");
    EXPECT_EQ(team.lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("n-1")).errorMessage(),
        QStringLiteral("de bevestiging klopt niet: typ precies de ref 'N-1' om te anonimiseren"));
    team.as("M. Jansen");
    EXPECT_EQ(team.inwoner("N-1").naam, QStringLiteral("Inwoner N-1"));
    EXPECT_FALSE(team.inwoner("N-1").geanonimiseerd);
}

TEST(DossierLifecycle, AnonymisingReplacesNameBirthDayAndTextsAndKeepsTheFigures)
{
    Team team;
    team.as("M. Jansen");
    // A plan with texts on N-1, then closed.
    DossierStore store(team.t.db(), Instrument::standaard());
    Dossier withPlan
        = test::handDossier(QStringLiteral("P-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
    withPlan.inwoner.naam = QStringLiteral("Zwaantje Quirijnsdochter");
    withPlan.inwoner.geboortedatum = QDate(1966, 7, 19);
    withPlan.inwoner.contact = QStringLiteral("06-12345678");
    withPlan.inwoner.bsn = QStringLiteral("123456782");
    withPlan.inwoner.adres
        = {QStringLiteral("Quirijnslaan"), QStringLiteral("7"), QStringLiteral("7511 AB"), QStringLiteral("Enschede")};
    withPlan.inwoner.telefoon = QStringLiteral("06-87654321");
    withPlan.inwoner.email = QStringLiteral("zwaantje@voorbeeld.nl");
    test::addMeetmoment(withPlan, QDate(2026, 1, 5), 2, 4, 3, true);
    Plan p;
    p.datum = QDate(2026, 1, 6);
    p.hulpvraag = QStringLiteral("Schulden bij de Quirijnsbank");
    Doel doel;
    doel.omschrijving = QStringLiteral("Afbetalingsregeling Quirijnsbank");
    doel.wat = QStringLiteral("bellen");
    p.doelen = {doel};
    Interventie interventie;
    interventie.type = QStringLiteral("draaglast_verminderen");
    interventie.omschrijving = QStringLiteral("Schuldhulp Quirijnsbank");
    interventie.doel = 1;
    interventie.partner = QStringLiteral("Schuldhulpverlening Enschede"); // an organisation: it stays
    p.interventies = {interventie};
    withPlan.plannen = {p};
    JournaalRegel notitie;
    notitie.datum = QDate(2026, 1, 7);
    notitie.soort = ContactSoort::Telefonisch;
    notitie.duurMinuten = 10;
    notitie.tekst = QStringLiteral("Zwaantje belde over een brief van de Quirijnsbank.");
    notitie.aard = Aard::Feit;
    notitie.levensgebied = QStringLiteral("financien");
    withPlan.journaal = {notitie};
    ASSERT_TRUE(store.importDossiers({withPlan}).ok());
    const auto before = CohortQuery(team.t.db()).run().value().toJson();
    DossierStatus s;
    s.afgeslotenOp = QDate(2026, 11, 1);
    s.reden = Afsluitreden::EigenVerzoek;
    ASSERT_TRUE(team.lifecycle.close(team.id("P-1"), s).ok());

    team.as("B. Heer");
    ASSERT_TRUE(team.lifecycle.anonymize(QStringLiteral("P-1"), QStringLiteral("P-1")).ok());
    EXPECT_EQ(team.lifecycle.anonymize(QStringLiteral("P-1"), QStringLiteral("P-1")).errorMessage(),
        QStringLiteral("dit dossier is al geanonimiseerd"));
    EXPECT_EQ(team.audit(QStringLiteral("inwoner geanonimiseerd")), QStringList {QStringLiteral("gelukt")});

    team.as("M. Jansen");
    const Dossier after = store.load(QStringLiteral("P-1")).value();
    EXPECT_EQ(after.inwoner.naam, QStringLiteral("Geanonimiseerd"));
    EXPECT_EQ(after.inwoner.contact, QString());
    EXPECT_EQ(after.inwoner.bsn, QString()); // issue 18: BSN, address, phone and e-mail go whole
    EXPECT_TRUE(after.inwoner.adres.isEmpty());
    EXPECT_EQ(after.inwoner.telefoon, QString());
    EXPECT_EQ(after.inwoner.email, QString());
    EXPECT_EQ(after.inwoner.geboortedatum, QDate(1966, 1, 1)); // the year stays
    EXPECT_TRUE(after.inwoner.geanonimiseerd);
    EXPECT_EQ(after.inwoner.status.afgeslotenOp, QDate(2026, 11, 1));
    ASSERT_EQ(after.plannen.size(), 1);
    EXPECT_EQ(after.plannen.first().hulpvraag, QStringLiteral("[geanonimiseerd]"));
    EXPECT_EQ(after.plannen.first().draaglastBepaald, QString()); // empty stays empty
    EXPECT_EQ(after.plannen.first().doelen.first().omschrijving, QStringLiteral("[geanonimiseerd]"));
    EXPECT_EQ(after.plannen.first().doelen.first().wat, QStringLiteral("[geanonimiseerd]"));
    EXPECT_EQ(after.plannen.first().interventies.first().omschrijving, QStringLiteral("[geanonimiseerd]"));
    EXPECT_EQ(after.plannen.first().interventies.first().type, QStringLiteral("draaglast_verminderen"));
    EXPECT_EQ(after.plannen.first().interventies.first().partner, QStringLiteral("Schuldhulpverlening Enschede"));
    ASSERT_EQ(after.journaal.size(), 1); // the journal's text goes, when and what kind of contact stay
    EXPECT_EQ(after.journaal.first().tekst, QStringLiteral("[geanonimiseerd]"));
    EXPECT_EQ(after.journaal.first().datum, QDate(2026, 1, 7));
    EXPECT_EQ(after.journaal.first().soort, ContactSoort::Telefonisch);
    ASSERT_EQ(after.meetmomenten.size(), 1);
    EXPECT_EQ(after.meetmomenten.first().inwoner, withPlan.meetmomenten.first().inwoner);
    EXPECT_EQ(after.meetmomenten.first().professional, withPlan.meetmomenten.first().professional);
    EXPECT_FALSE(team.lifecycle.reopen(team.id("P-1"), QStringLiteral("toch")).ok()); // not after anonymising
    EXPECT_EQ(CohortQuery(team.t.db()).run().value().toJson(), before);
}

TEST(DossierLifecycle, NoByteOfTheOldNameOrTextsRemainsInTheFile)
{
    DW_SQLITE_ONLY("de bytes van het databasebestand");
    Team team;
    team.as("M. Jansen");
    DossierStore store(team.t.db(), Instrument::standaard());
    Dossier d = test::handDossier(QStringLiteral("B-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
    d.inwoner.naam = QStringLiteral("Zwaantje Quirijnsdochter van der Ypmaheerd");
    test::addMeetmoment(d, QDate(2026, 1, 5), 2, 4);
    Plan p;
    p.datum = QDate(2026, 1, 6);
    p.hulpvraag = QStringLiteral("Schulden bij de Xylofoonbank");
    d.plannen = {p};
    ASSERT_TRUE(store.importDossiers({d}).ok());
    // The name was also edited once, so an older copy of the row exists somewhere too.
    Inwoner edited = team.inwoner("B-1");
    edited.naam = QStringLiteral("Zwaantje Quirijnsdochter van der Ypmaheerd-Baas");
    ASSERT_TRUE(InwonerRepository(team.t.db()).update(edited).ok());
    DossierStatus s;
    s.afgeslotenOp = QDate(2026, 11, 1);
    s.reden = Afsluitreden::Overleden;
    ASSERT_TRUE(team.lifecycle.close(team.id("B-1"), s).ok());
    const auto contains = [&](const char* needle) {
        QByteArray all;
        for (const char* suffix : {"", "-wal", "-journal"})
            all += test::fileBytes(team.t.path() + QLatin1String(suffix));
        return all.contains(needle);
    };
    ASSERT_TRUE(contains("Ypmaheerd")); // the search itself works
    // The search index (migration 14) holds the name as lower-case trigrams: "ypm" is in no other text here.
    ASSERT_TRUE(contains("ypm"));

    team.as("B. Heer");
    ASSERT_TRUE(team.lifecycle.anonymize(QStringLiteral("B-1"), QStringLiteral("B-1")).ok());
    // Without secure_delete the tail of the longer old name stays in the page's free space (the placeholder is
    // shorter and overwrites only the start).
    for (const char* old : {"Quirijnsdochter", "Ypmaheerd", "Xylofoonbank", "ypm", "mah"})
        EXPECT_FALSE(contains(old)) << old;
    team.t.close();
    EXPECT_FALSE(contains("Ypmaheerd"));
}

TEST(DossierLifecycle, TheBeheerderSetsTheBewaartermijnAndSeesTheDossiersPastIt)
{
    Team team;
    team.as("M. Jansen");
    ASSERT_TRUE(team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2011, 11, 25))).ok());
    ASSERT_TRUE(team.lifecycle.close(team.id("N-2"), team.closedOn(QDate(2011, 11, 26))).ok());
    EXPECT_EQ(team.lifecycle.setBewaartermijnJaren(10).error().cause, Error::Cause::Denied);

    team.as("B. Heer");
    EXPECT_EQ(team.lifecycle.bewaartermijnJaren().value(), 15); // the example default until the organisation sets one
    // Closed 25 November 2011 + 15 years = 25 November 2026 = today: passed. The day after: not yet.
    auto list = team.lifecycle.verlopen().value();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().ref, QStringLiteral("N-1"));
    EXPECT_EQ(list.first().professional, QStringLiteral("M. Jansen"));
    EXPECT_EQ(list.first().verlopenOp, QDate(2026, 11, 25));

    EXPECT_FALSE(team.lifecycle.setBewaartermijnJaren(0).ok());
    ASSERT_TRUE(team.lifecycle.setBewaartermijnJaren(20).ok());
    EXPECT_EQ(team.lifecycle.bewaartermijnJaren().value(), 20);
    EXPECT_TRUE(team.lifecycle.verlopen().value().isEmpty());
    ASSERT_TRUE(team.lifecycle.setBewaartermijnJaren(1).ok());
    EXPECT_EQ(team.lifecycle.verlopen().value().size(), 2);
    EXPECT_EQ(team.audit(QStringLiteral("bewaartermijn gewijzigd")),
        (QStringList {QStringLiteral("geweigerd"), QStringLiteral("gelukt 20 jaar"), QStringLiteral("gelukt 1 jaar")}));
    // Anonymised dossiers leave the list.
    ASSERT_TRUE(team.lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("N-1")).ok());
    EXPECT_EQ(team.lifecycle.verlopen().value().size(), 1);
}

TEST(DossierLifecycle, TheStatusTravelsInTheExchangeFormat)
{
    Team team;
    team.as("M. Jansen");
    ASSERT_TRUE(
        team.lifecycle.close(team.id("N-1"), team.closedOn(QDate(2026, 2, 3), Afsluitreden::DoelenBereikt)).ok());
    DossierStore store(team.t.db(), Instrument::standaard());
    const QByteArray json
        = ExchangeFormat(Instrument::standaard()).write(store.exportDossiers(QStringLiteral("N-1")).value());
    const QJsonObject status = test::eersteInwoner(json).value(QStringLiteral("status")).toObject();
    EXPECT_EQ(status.value(QStringLiteral("afgesloten")).toBool(), true);
    EXPECT_EQ(status.value(QStringLiteral("datum")).toString(), QStringLiteral("2026-02-03"));
    EXPECT_EQ(status.value(QStringLiteral("reden")).toString(), QStringLiteral("doelen-bereikt"));
    EXPECT_FALSE(status.contains(QStringLiteral("toelichting")));
}

TEST(DossierLifecycle, ACorrectionsEarlierValueIsInTheBeheerdersAuditViewAndGoneAfterAnonymising)
{
    Team team;
    team.as("M. Jansen");
    Inwoner n1 = team.inwoner("N-1");
    n1.naam = QStringLiteral("Inwoner N-Een");
    {
        TransactionGuard tx(team.t.db());
        ASSERT_TRUE(AuditLog(team.t.db())
                        .withChange(QStringLiteral("correctie op verzoek"),
                            n1.id,
                            [&]() -> Status {
                                const auto updated = InwonerRepository(team.t.db()).update(n1);
                                return updated.ok() ? Status() : Status(updated.error());
                            })
                        .ok());
        ASSERT_TRUE(DossierLifecycle::recordCorrectie(
            team.t.db(), n1.id, {QStringLiteral("naam"), QStringLiteral("Inwoner N-1"), QStringLiteral("spelfout")})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    team.as("B. Heer");
    AuditFilter f;
    f.actie = QStringLiteral("correctie op verzoek");
    const auto rows = AuditQuery(team.t.db()).page(f, 0, 10);
    ASSERT_TRUE(rows.ok()) << rows.errorMessage().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().correctie, QStringLiteral("naam was 'Inwoner N-1' (spelfout)"));
    EXPECT_EQ(rows->first().inwonerRef, QStringLiteral("N-1"));

    team.as("M. Jansen");
    ASSERT_TRUE(team.lifecycle.close(n1.id, team.closedOn(QDate(2026, 11, 20))).ok());
    team.as("B. Heer");
    ASSERT_TRUE(team.lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("N-1")).ok());
    const auto after = AuditQuery(team.t.db()).page(f, 0, 10);
    ASSERT_EQ(after->size(), 1); // the audit row stays, its earlier value is gone
    EXPECT_EQ(after->first().correctie, QString());
}
