#include "core/demogenerator.h"
#include "core/instrument.h"
#include "dashboard/dashboardcontroller.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

class DashboardControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("team.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const DemoGenerator g(Instrument::standaard(), 7);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(1200, [&g](int i) { return g.dossier(i); })
                    .ok());
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
        QCOMPARE(progress.last().at(0).toInt(), DashboardLoader::stappen);
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
        DashboardController c(Connector::forFile(m_dir.filePath(QStringLiteral("bestaat-niet.sqlite"))));
        QSignalSpy failed(&c, &DashboardController::failed);
        c.run(vraag());
        QTRY_COMPARE(c.toestand(), DashboardController::Toestand::Mislukt);
        QCOMPARE(failed.count(), 1);
    }

private:
    static DashboardVraag vraag()
    {
        DashboardVraag v;
        v.vervolg.peildatum = QDate(2026, 11, 25);
        return v;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(DashboardControllerTest)
#include "dashboardcontroller_test.moc"
