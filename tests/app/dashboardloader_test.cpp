#include "dashboard/dashboardloader.h"

#include "storage/cohortquery.h"
#include "storage/database.h"

#include "loaderthread.h"
#include "support/teamcohort.h"

#include <QJsonDocument>
#include <QTest>

using namespace dw;

namespace {

QByteArray json(const CohortRapport& r)
{
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

// The cohort loader on a thread of its own, as the controller runs it, with its answers collected on this thread.
class DashboardLoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cohort.status().ok());
        auto db = Database::open(m_cohort.path());
        QVERIFY(db.ok());
        // report cohort's figures: the same queries, the pairs on a connection of that run's own.
        const auto rapport = CohortQuery(*db.value()).run();
        QVERIFY(rapport.ok());
        m_verwacht = json(rapport.value());
        CohortFilter venlo;
        venlo.gemeente = QStringLiteral("Venlo");
        m_verwachtVenlo = json(CohortQuery(*db.value()).run(venlo).value());
        QVERIFY(m_verwacht != m_verwachtVenlo);
    }

    void init()
    {
        m_op = std::make_unique<test::LoaderThread<DashboardLoader>>(Connector::forFile(m_cohort.path()));
        DashboardLoader* loader = m_op->loader();
        connect(
            loader, &DashboardLoader::ready, this, [this](int g, const CohortRapport& r, const QVector<qint64>& ms) {
                m_ready << g;
                m_rapport = json(r);
                m_stapMs = ms;
            });
        connect(loader, &DashboardLoader::stopped, this, [this](int g) { m_stopped << g; });
        connect(loader, &DashboardLoader::failed, this, [this](int g, const QString& m) {
            m_failed << g;
            qWarning("%s", qPrintable(m));
        });
        connect(
            loader, &DashboardLoader::progress, this, [this](int g, int klaar) { m_progress << qMakePair(g, klaar); });
        m_ready.clear();
        m_stopped.clear();
        m_failed.clear();
        m_progress.clear();
    }
    void cleanup() { m_op.reset(); }

    void givesTheFiguresOfReportCohort()
    {
        run(1, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {1}, 20000);
        QCOMPARE(m_rapport, m_verwacht);
        QCOMPARE(m_stapMs.size(), CohortQuery::stappen);
        QCOMPARE(m_progress.last(), qMakePair(1, CohortQuery::stappen));
        // The connections stay for the next run, which gives the same again; and a filter its own.
        run(2, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_ready.size(), 2, 20000);
        QCOMPARE(m_rapport, m_verwacht);
        CohortFilter venlo;
        venlo.gemeente = QStringLiteral("Venlo");
        run(3, venlo);
        QTRY_COMPARE_WITH_TIMEOUT(m_ready.size(), 3, 20000);
        QCOMPARE(m_rapport, m_verwachtVenlo);
        QVERIFY(m_stopped.isEmpty() && m_failed.isEmpty());
    }

    void aStopDuringTheRunEndsItAndTheNextRunIsRight()
    {
        // Stopped on the loader's thread right after step 1, while the pairs are read on the second connection.
        connect(
            m_op->loader(),
            &DashboardLoader::progress,
            m_op->loader(),
            [stop = m_op->stop](int g, int klaar) {
                if (g == 1 && klaar == 1)
                    stop->stop(1);
            },
            Qt::DirectConnection);
        run(1, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_stopped, QVector<int> {1}, 20000);
        QVERIFY(m_ready.isEmpty());
        QVERIFY(m_failed.isEmpty());
        run(2, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {2}, 20000);
        QCOMPARE(m_rapport, m_verwacht);
    }

    void aRunStoppedBeforeItStartsDoesNothing()
    {
        m_op->stop->stop(1);
        run(1, {});
        QTRY_COMPARE(m_stopped, QVector<int> {1});
        QVERIFY(m_progress.isEmpty());
        run(2, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_ready, QVector<int> {2}, 20000);
        QCOMPARE(m_rapport, m_verwacht);
    }

    void aMissingDatabaseFails()
    {
        test::LoaderThread<DashboardLoader> geen(Connector::forFile(m_cohort.filePath(QStringLiteral("geen.sqlite"))));
        QVector<int> failed;
        connect(geen.loader(), &DashboardLoader::failed, this, [&failed](int g, const QString&) { failed << g; });
        geen.send([](DashboardLoader& l) { l.runRequested(4, {}); });
        QTRY_COMPARE(failed, QVector<int> {4});
    }

private:
    void run(int generation, const CohortFilter& filter)
    {
        m_op->send([generation, filter](DashboardLoader& l) { l.runRequested(generation, filter); });
    }

    test::TeamCohort m_cohort {1200};
    QByteArray m_verwacht;
    QByteArray m_verwachtVenlo;
    std::unique_ptr<test::LoaderThread<DashboardLoader>> m_op;
    QVector<int> m_ready;
    QVector<int> m_stopped;
    QVector<int> m_failed;
    QVector<QPair<int, int>> m_progress;
    QByteArray m_rapport;
    QVector<qint64> m_stapMs;
};

QTEST_GUILESS_MAIN(DashboardLoaderTest)
#include "dashboardloader_test.moc"
