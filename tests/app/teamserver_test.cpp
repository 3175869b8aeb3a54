// Two desks on one team server: the app sees a colleague's save in its caseload and in the open dossier.
// Label postgres only (DW_TEST_SERVER): the test schema of support/tempdatabase.h.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "dossier/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"

#include "support/tempdatabase.h"

#include <QFrame>
#include <QPushButton>
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

    void cleanupTestCase() { m_schema.reset(); }

private:
    std::unique_ptr<test::TestSchema> m_schema;
};

QTEST_MAIN(TeamServerTest)
#include "teamserver_test.moc"
