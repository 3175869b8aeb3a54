#include "dashboard/dashboardcontroller.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/vervolgquery.h"

#include "support/teamcohort.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dw;

class DashboardControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cohort.status().ok());
        m_path = m_cohort.path();
    }

    void computesOffTheUiThreadWhileTheEventLoopTurns()
    {
        DashboardController c(Connector::forFile(m_path));
        QSignalSpy progress(&c, &DashboardController::progressChanged);
        // A timer on the UI thread: it keeps firing while the loader works.
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer timer;
        timer.setInterval(2);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        timer.start();
        c.run(vraag());
        QCOMPARE(c.toestand(), DashboardController::Toestand::Bezig); // run() returned at once
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QVERIFY(ticks > 0);
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), DashboardController::stappen);
        QCOMPARE(c.cijfers().rapport.inwoner.meetmomenten.first().nMetingen > 1000, true);
        QCOMPARE(c.cijfers().vervolg.team.inwoners, 1200);
    }

    void anAnswerToAnOlderFilterIsDropped()
    {
        DashboardController c(Connector::forFile(m_path));
        QSignalSpy changed(&c, &DashboardController::cijfersChanged);
        DashboardVraag venlo = vraag();
        venlo.cohort.gemeente = QStringLiteral("Venlo");
        venlo.vervolg.gemeente = QStringLiteral("Venlo");
        c.run(vraag());
        c.run(venlo); // before the first answer: the first run is stopped and its answer would be dropped
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(c.cijfers().vraag.cohort.gemeente, QStringLiteral("Venlo"));
        QCOMPARE(c.cijfers().vervolg.team.inwoners, 200); // every sixth inwoner
    }

    void cancelStopsTheRunAndANewRunStillWorks()
    {
        DashboardController c(Connector::forFile(m_path));
        c.run(vraag());
        c.cancel();
        QCOMPARE(c.toestand(), DashboardController::Toestand::Geannuleerd);
        QTest::qWait(300);
        QCOMPARE(c.toestand(), DashboardController::Toestand::Geannuleerd);
        QVERIFY(!c.heeftCijfers());
        c.cancel(); // nothing to cancel: no change
        QCOMPARE(c.toestand(), DashboardController::Toestand::Geannuleerd);
        c.run(vraag());
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QVERIFY(c.heeftCijfers());
    }

    void theParallelLoadersGiveTheFiguresOfReportCohort()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const auto rapport = CohortQuery(*db.value()).run();
        QVERIFY(rapport.ok());
        const auto lijst = VervolgQuery(*db.value()).inwoners(vraag().vervolg);
        QVERIFY(lijst.ok());
        QVERIFY(lijst->size() > VervolgLoader::pageSize);

        DashboardController c(Connector::forFile(m_path));
        for (int keer = 0; keer < 2; ++keer) { // the second time on the connections the first one opened
            c.run(vraag());
            QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
            QCOMPARE(json(c.cijfers().rapport), json(rapport.value()));
            QCOMPARE(c.cijfers().vervolg.team.vervolgNodig, lijst->size());
            // With the figures, the follow-up list's first page only; VervolgModel asks for the rest.
            QCOMPARE(c.cijfers().vervolg.inwoners.size(), VervolgLoader::pageSize);
            QCOMPARE(c.cijfers().vervolg.inwoners.last().id, lijst->at(VervolgLoader::pageSize - 1).id);
            QCOMPARE(c.cijfers().stapMs.size(), DashboardController::stappen);
        }
    }

    void aCancelAfterTheFirstStepStopsBothLoaders()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const QByteArray verwacht = json(CohortQuery(*db.value()).run().value());
        DashboardController c(Connector::forFile(m_path));
        QSignalSpy changed(&c, &DashboardController::cijfersChanged);
        // Cancelled as soon as one step is reported done, with both loaders under way.
        const auto annuleren = connect(&c, &DashboardController::progressChanged, &c, [&c](int stap) {
            if (stap > 0)
                c.cancel();
        });
        c.run(vraag());
        QTRY_COMPARE(c.toestand(), DashboardController::Toestand::Geannuleerd);
        QTest::qWait(300); // answers that still come are dropped
        QCOMPARE(c.toestand(), DashboardController::Toestand::Geannuleerd);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!c.heeftCijfers());
        disconnect(annuleren);
        c.run(vraag());
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(json(c.cijfers().rapport), verwacht);
    }

    void pagesComeFromTheFollowUpLoader()
    {
        DashboardController c(Connector::forFile(m_path));
        c.run(vraag());
        QTRY_COMPARE_WITH_TIMEOUT(c.toestand(), DashboardController::Toestand::Klaar, 20000);
        QSignalSpy pages(&c, &DashboardController::pageReady);
        c.requestPage(42, c.cijfers().vraag.vervolg, c.cijfers().vervolg.inwoners.last());
        QTRY_COMPARE(pages.count(), 1);
        QCOMPARE(pages.first().at(0).toInt(), 42);
        const auto rows = pages.first().at(1).value<QVector<VervolgRij>>();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.first().laatsteMeting >= c.cijfers().vervolg.inwoners.last().laatsteMeting);
        QVERIFY(rows.first().id != c.cijfers().vervolg.inwoners.last().id);
    }

    void anExportBeforeAnyFiguresIsRefused()
    {
        DashboardController c(Connector::forFile(m_cohort.filePath(QStringLiteral("bestaat-niet.sqlite"))));
        QVERIFY(!c.exporteer(m_cohort.filePath(QStringLiteral("x.csv")), false).ok());
    }

    void fillsTheFilterChoices()
    {
        DashboardController c(Connector::forFile(m_path));
        QSignalSpy choices(&c, &DashboardController::choicesReady);
        c.requestChoices();
        QTRY_COMPARE(choices.count(), 1);
        QCOMPARE(choices.first().at(0).toStringList().size(), 6); // six gemeenten
    }

    void aMissingDatabaseFails()
    {
        DashboardController c(Connector::forFile(m_cohort.filePath(QStringLiteral("bestaat-niet.sqlite"))));
        QSignalSpy failed(&c, &DashboardController::failed);
        c.run(vraag());
        QTRY_COMPARE(c.toestand(), DashboardController::Toestand::Mislukt);
        QCOMPARE(failed.count(), 1);
    }

private:
    static QByteArray json(const CohortRapport& r) { return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact); }
    static DashboardVraag vraag()
    {
        DashboardVraag v;
        v.vervolg.peildatum = QDate(2026, 11, 25);
        return v;
    }

    test::TeamCohort m_cohort {1200};
    QString m_path;
};

QTEST_MAIN(DashboardControllerTest)
#include "dashboardcontroller_test.moc"
