// Two desks on one team server: the app sees a colleague's save in its caseload and in the open dossier.
// Label postgres only (DW_TEST_SERVER): the test schema of support/tempdatabase.h.
#include "aanmelden/schermslot.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "dashboard/dashboardcontroller.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/accountstore.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/serveraddress.h"

#include "idlelock.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace dw;

class TeamServerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!test::testingServer())
            QSKIP("alleen op een teamserver (DW_TEST_SERVER, label postgres)");
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test-team"));
        m_schema = std::make_unique<test::TestSchema>();
        auto db = Database::openServer(m_schema->address());
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const DemoGenerator g(Instrument::standaard(), 5);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(30, [&g](int i) { return g.dossier(i); })
                    .ok());
    }

    void aColleaguesSaveShowsInTheCaseloadAndTheOpenDossier()
    {
        auto db = Database::openServer(m_schema->address());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 30);
        QTRY_VERIFY(!window.caseload()->model()->data(window.caseload()->model()->index(0, 0)).toString().isEmpty());
        const QString ref = window.caseload()->model()->data(window.caseload()->model()->index(0, 0)).toString();
        QVERIFY(window.openDossier(ref));
        auto* banner = window.findChild<QFrame*>(QStringLiteral("collegaBanner"));
        QVERIFY(banner && !banner->isVisible());

        // The colleague's desk: another connection, another process in real life.
        auto colleague = Database::openServer(m_schema->address());
        QVERIFY(colleague.ok());
        InwonerRepository repo(*colleague.value());
        Inwoner changed = repo.findByRef(ref).value();
        changed.naam = QStringLiteral("Door Collega Hernoemd");
        QVERIFY(repo.update(changed).ok());
        QVERIFY(repo.insert([] {
                        Inwoner i;
                        i.ref = QStringLiteral("COL-0001");
                        i.naam = QStringLiteral("Nieuw Bij Collega");
                        i.geboortedatum = QDate(1990, 1, 1);
                        i.gemeente = QStringLiteral("Venlo");
                        return i;
                    }())
                    .ok());

        // Within two seconds: the caseload has the new row, the open dossier says it changed.
        QTRY_COMPARE_WITH_TIMEOUT(window.caseload()->model()->rowCount(), 31, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 2000);
        // What is on screen is still what was loaded, until the user reloads.
        QVERIFY(window.dossierWidget()->document()->dossier().inwoner.naam != QStringLiteral("Door Collega Hernoemd"));
        window.findChild<QPushButton*>(QStringLiteral("opnieuwLadenButton"))->click();
        QCOMPARE(window.dossierWidget()->document()->dossier().inwoner.naam, QStringLiteral("Door Collega Hernoemd"));
        QVERIFY(!banner->isVisible());
    }

    // The server ends every connection of this desk (a restart, a beheerder): the desk says so and turns read-only,
    // keeps what is on screen, and connects again by itself; the next save then goes ahead.
    void whenTheServerDropsTheDeskTheDeskTurnsReadOnlyAndConnectsAgain()
    {
        // Its own application_name, so that only this desk's connections are ended (other tests share the server).
        const QString app = QStringLiteral("dw-test-%1").arg(QCoreApplication::applicationPid());
        const auto address = ServerAddress::parse(m_schema->uri() + QStringLiteral("&application_name=") + app);
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        auto db = Database::openServer(address.value());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The count comes before the page: wait for the row itself, or the ref is still empty.
        QTRY_VERIFY(!window.caseload()->model()->data(window.caseload()->model()->index(1, 0)).toString().isEmpty());
        const QString ref = window.caseload()->model()->data(window.caseload()->model()->index(1, 0)).toString();
        QVERIFY(window.openDossier(ref));
        const QString naamOnScreen = window.dossierWidget()->document()->dossier().inwoner.naam;
        auto* banner = window.findChild<QFrame*>(QStringLiteral("serverBanner"));
        auto* naam = window.findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        QVERIFY(banner && naam && !banner->isVisible() && !naam->isReadOnly());

        auto admin = Database::openServer(m_schema->address());
        QVERIFY(admin.ok());
        QSqlQuery end(admin.value()->connection());
        QVERIFY(end.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE application_name = '%1'")
                             .arg(app)));
        QVERIFY(end.next() && end.value(0).toInt() >= 2); // the session's own and the listener at least

        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 3000);
        QVERIFY(naam->isReadOnly());
        QCOMPARE(naam->text(), naamOnScreen);
        // The server is still there: the next attempt, at most five seconds on, connects again.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 8000);
        QVERIFY(!naam->isReadOnly());
        window.dossierWidget()->document()->editField(
            DossierDocument::Field::Naam, QStringLiteral("Na De Onderbreking"));
        auto check = Database::openServer(m_schema->address());
        QVERIFY(check.ok());
        QCOMPARE(InwonerRepository(*check.value()).findByRef(ref)->naam, QStringLiteral("Na De Onderbreking"));
    }

    // The idle lock on a personal server login (issue 14): the server checks the password again, not Draagwijzer's
    // own hash, which a server account does not have.
    void theIdleLockOnAPersonalServerLoginAsksTheServer()
    {
        test::TestSchema schema;
        const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");
        {
            auto owner = Database::openServer(schema.address());
            QVERIFY2(owner.ok(), qPrintable(owner.errorMessage()));
            test::makeTeam(*owner.value(), wachtwoord);
        }
        ServerAddress address
            = schema.address().with(QStringLiteral("user"), schema.name() + QStringLiteral(".M. Jansen"));
        address.setPassword(wachtwoord);
        auto db = Database::openServer(address);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const auto in = AccountStore(*db.value()).loginAsServerUser(QStringLiteral("pc-test"));
        QVERIFY(in.ok() && in->has_value());
        MainWindow window(std::move(db).value(), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 2); // N-1 and N-2, through row-level security
        QVERIFY(test::idleLockHoldsUntil(window, wachtwoord));
    }

    // The Teamoverzicht on a team server: its three connections (the cohort's, its pairs', the follow-up list's)
    // give report cohort's figures; when the server ends them (a restart), the next run opens each anew, once.
    void theTeamoverzichtReopensItsConnectionsAfterARestart()
    {
        const QString app = QStringLiteral("dw-dash-%1").arg(QCoreApplication::applicationPid());
        const auto address = ServerAddress::parse(m_schema->uri() + QStringLiteral("&application_name=") + app);
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        auto admin = Database::openServer(m_schema->address());
        QVERIFY(admin.ok());
        const auto verwacht = CohortQuery(*admin.value()).run();
        QVERIFY(verwacht.ok());
        DashboardController c(Connector::forServer(address.value()));
        DashboardVraag vraag;
        vraag.vervolg.peildatum = QDate(2026, 11, 25);
        c.run(vraag);
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QCOMPARE(c.cijfers().rapport.toJson(), verwacht->toJson());
        const int nodig = c.cijfers().vervolg.team.vervolgNodig;
        QVERIFY(nodig > 0);

        QSqlQuery end(admin.value()->connection());
        QVERIFY(end.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE application_name = '%1'")
                             .arg(app)));
        QVERIFY(end.next() && end.value(0).toInt() >= 3);
        c.run(vraag);
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QCOMPARE(c.cijfers().rapport.toJson(), verwacht->toJson());
        QCOMPARE(c.cijfers().vervolg.team.vervolgNodig, nodig);
    }

    void cleanupTestCase() { m_schema.reset(); }

private:
    std::unique_ptr<test::TestSchema> m_schema;
};

QTEST_MAIN(TeamServerTest)
#include "teamserver_test.moc"
