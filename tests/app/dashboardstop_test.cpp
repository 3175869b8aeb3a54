#include "dashboard/dashboardstop.h"

#include "storage/database.h"

#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

using namespace dw;

namespace {

// Counts to `n`: a billion takes tens of seconds unless interrupted (as queryinterrupter_test).
QString countTo(qint64 n)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
                          "SELECT count(*) FROM c")
        .arg(n);
}

// A loader's connection on a thread of its own, attached to its interrupter, working for `generation` while it runs
// `sql`; `ok` says whether the query ran to its end.
struct Werker
{
    Werker(const Connector& connector, DashboardStop& stop, DashboardStop::Verbinding v, int generation, QString sql)
        : thread([this, connector, &stop, v, generation, sql] {
            auto db = connector.openReader();
            if (!db.ok())
                return;
            stop.interrupter(v).attach(*db.value());
            stop.werktVoor(v, generation);
            QSqlQuery q(db.value()->connection());
            started = true;
            ok = q.exec(sql) && q.next();
            stop.werktVoor(v, 0);
            stop.interrupter(v).detach();
            done = true;
        })
    { }
    ~Werker() { thread.join(); }
    std::atomic<bool> started {false};
    std::atomic<bool> done {false};
    std::atomic<bool> ok {false};
    std::thread thread; // last: starts once the flags exist
};

// Calls `stop` every `pauzeMs` until every werker has ended, or a minute has gone: an interrupt that comes before a
// statement starts does nothing (QueryInterrupter), so one call may not be enough.
bool stopTotKlaar(const std::function<void()>& stop, std::initializer_list<const Werker*> werkers, int pauzeMs)
{
    const auto klaar = [&werkers] {
        return std::all_of(werkers.begin(), werkers.end(), [](const Werker* w) { return w->done.load(); });
    };
    QElapsedTimer sinds;
    sinds.start();
    while (!klaar() && sinds.elapsed() < 60000) {
        stop();
        QTest::qWait(pauzeMs);
    }
    return klaar();
}

} // namespace

class DashboardStopTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopInterruptsTheRunsQueryOnEveryConnection()
    {
        test::TempDatabase t;
        DashboardStop stop;
        const QString slow = countTo(1000000000);
        Werker cohort(t.connector(), stop, DashboardStop::Cohort, 3, slow);
        Werker paren(t.connector(), stop, DashboardStop::Paren, 3, slow);
        Werker vervolg(t.connector(), stop, DashboardStop::Vervolg, 2, slow);
        QTRY_VERIFY(cohort.started && paren.started && vervolg.started);
        QVERIFY(!stop.gestopt(3));
        QVERIFY(stopTotKlaar([&stop] { stop.stop(3); }, {&cohort, &paren, &vervolg}, 20));
        QVERIFY(!cohort.ok);
        QVERIFY(!paren.ok);
        QVERIFY(!vervolg.ok); // an older run on the follow-up connection: stopped as well
        QVERIFY(stop.gestopt(3));
        QVERIFY(stop.gestopt(1));
        QVERIFY(!stop.gestopt(4));
    }

    void aConnectionWorkingForNoRunOrANewerOneIsLeftAlone()
    {
        test::TempDatabase t;
        DashboardStop stop;
        // A page of the list (generation 0: no run) and the next run (5) go on while run 4 is stopped, repeatedly.
        const QString medium = countTo(2000000);
        Werker pagina(t.connector(), stop, DashboardStop::Vervolg, 0, medium);
        Werker nieuw(t.connector(), stop, DashboardStop::Cohort, 5, medium);
        QTRY_VERIFY(pagina.started && nieuw.started);
        QVERIFY(stopTotKlaar([&stop] { stop.stop(4); }, {&pagina, &nieuw}, 5));
        QVERIFY(pagina.ok);
        QVERIFY(nieuw.ok);
        QVERIFY(!stop.gestopt(5));
    }

    void stopAllesInterruptsWhateverRuns()
    {
        test::TempDatabase t;
        DashboardStop stop;
        Werker pagina(t.connector(), stop, DashboardStop::Vervolg, 0, countTo(1000000000));
        QTRY_VERIFY(pagina.started);
        QVERIFY(stopTotKlaar([&stop] { stop.stopAlles(); }, {&pagina}, 20));
        QVERIFY(!pagina.ok);
    }
};

QTEST_GUILESS_MAIN(DashboardStopTest)
#include "dashboardstop_test.moc"
