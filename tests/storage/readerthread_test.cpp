#include "storage/readerthread.h"

#include "storage/database.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>

using namespace dw;

namespace {
// Counts to a billion: tens of seconds unless interrupted (as queryinterrupter_test).
const QString slowQuery = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c");
} // namespace

TEST(ReaderThread, RunsEveryJobOnOneThreadAndKeepsItsConnection)
{
    test::TempDatabase t;
    ReaderThread reader(t.connector());
    QThread* thread = nullptr;
    const Database* connection = nullptr;
    for (int i = 0; i < 3; ++i) {
        int inwoners = -1;
        const Status s = reader
                             .run([&](Database& db) -> Status {
                                 if (i == 0) {
                                     thread = QThread::currentThread();
                                     connection = &db;
                                 }
                                 EXPECT_EQ(QThread::currentThread(), thread);
                                 EXPECT_EQ(&db, connection); // opened once, not per job
                                 EXPECT_TRUE(db.readOnly());
                                 QSqlQuery q(db.connection());
                                 if (!q.exec(QStringLiteral("SELECT count(*) FROM inwoner")) || !q.next())
                                     return Error::failure(QStringLiteral("query"));
                                 inwoners = q.value(0).toInt();
                                 return {};
                             })
                             .get();
        EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
        EXPECT_EQ(inwoners, 0);
    }
    EXPECT_NE(thread, QThread::currentThread());
}

TEST(ReaderThread, AJobsErrorComesBackThroughItsFuture)
{
    test::TempDatabase t;
    ReaderThread reader(t.connector());
    const Status s = reader.run([](Database&) -> Status { return Error::badInput(QStringLiteral("fout")); }).get();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.errorMessage(), QStringLiteral("fout"));
    EXPECT_TRUE(reader.run([](Database&) -> Status { return {}; }).get().ok()); // and the thread goes on
}

TEST(ReaderThread, AConnectionThatCannotBeOpenedIsTheJobsError)
{
    DW_SQLITE_ONLY("a file that is not there");
    test::TempDatabase t;
    const Connector missing = Connector::forFile(t.dir() + QStringLiteral("/bestaat-niet.sqlite"));
    ReaderThread reader(missing);
    bool ran = false;
    const Status s = reader
                         .run([&ran](Database&) -> Status {
                             ran = true;
                             return {};
                         })
                         .get();
    EXPECT_FALSE(s.ok());
    EXPECT_FALSE(ran);
}

TEST(ReaderThread, ItsInterrupterStopsTheRunningJob)
{
    test::TempDatabase t;
    QueryInterrupter interrupter;
    ReaderThread reader(t.connector(), &interrupter);
    std::atomic<bool> started {false};
    auto future = reader.run([&started](Database& db) -> Status {
        QSqlQuery q(db.connection());
        started = true;
        if (!q.exec(slowQuery) || !q.next())
            return Error::failure(QStringLiteral("onderbroken"));
        return {};
    });
    // An interrupt that comes before the statement starts does nothing (QueryInterrupter): repeat it until the job
    // has ended.
    while (future.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (started)
            interrupter.interrupt();
    }
    EXPECT_FALSE(future.get().ok());
    // The connection is still there for the next job.
    EXPECT_TRUE(reader
                    .run([](Database& db) -> Status {
                        QSqlQuery q(db.connection());
                        return q.exec(QStringLiteral("SELECT 1")) && q.next() ? Status() : Error::failure({});
                    })
                    .get()
                    .ok());
}
