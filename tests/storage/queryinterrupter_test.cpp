#include "storage/queryinterrupter.h"

#include "storage/database.h"

#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <thread>

using namespace dw;

namespace {
// Counts to a billion: tens of seconds unless interrupted.
const QString slowQuery = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c");
} // namespace

TEST(QueryInterrupter, StopsAQueryRunningOnAnotherThread)
{
    test::TempDatabase t;
    QueryInterrupter interrupter;
    interrupter.attach(t.db());
    std::thread stopper([&interrupter] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        interrupter.interrupt();
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(t.db().connection());
    const bool ok = q.exec(slowQuery) && q.next();
    stopper.join();
    EXPECT_FALSE(ok);
    EXPECT_LT(timer.elapsed(), 5000);
    interrupter.detach();
}

TEST(QueryInterrupter, AnInterruptWhileIdleDoesNotStopTheNextQuery)
{
    test::TempDatabase t;
    QueryInterrupter interrupter;
    interrupter.attach(t.db());
    interrupter.interrupt();
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM inwoner")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(QueryInterrupter, DetachedItDoesNothing)
{
    QueryInterrupter interrupter;
    interrupter.interrupt(); // no connection: no crash
    SUCCEED();
}
