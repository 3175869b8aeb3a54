#include "storage/transactionguard.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

int count(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit"));
    q.next();
    return q.value(0).toInt();
}

void insert(Database& db, const char* actie)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (tijdstip, gebruiker, actie) VALUES ('t', 'test', ?)"));
    q.addBindValue(QLatin1String(actie));
    ASSERT_TRUE(q.exec());
}

} // namespace

TEST(TransactionGuard, RollsBackWithoutCommit)
{
    test::TempDatabase t;
    {
        TransactionGuard tx(t.db());
        insert(t.db(), "a");
        EXPECT_EQ(count(t.db()), 1);
    }
    EXPECT_EQ(count(t.db()), 0);
    EXPECT_EQ(t.db().transactionDepth(), 0);
}

TEST(TransactionGuard, CommitKeepsTheRows)
{
    test::TempDatabase t;
    {
        TransactionGuard tx(t.db());
        insert(t.db(), "a");
        insert(t.db(), "b");
        ASSERT_TRUE(tx.commit().ok());
    }
    t.reopen();
    EXPECT_EQ(count(t.db()), 2);
}

TEST(TransactionGuard, NestedGuardRollsBackOnlyItsOwnPart)
{
    test::TempDatabase t;
    {
        TransactionGuard outer(t.db());
        insert(t.db(), "outer");
        {
            TransactionGuard inner(t.db());
            insert(t.db(), "inner");
            EXPECT_EQ(t.db().transactionDepth(), 2);
        } // inner rolled back to its savepoint
        EXPECT_EQ(count(t.db()), 1);
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(count(t.db()), 1);
}

TEST(TransactionGuard, InnerCommitIsUndoneByOuterRollback)
{
    test::TempDatabase t;
    {
        TransactionGuard outer(t.db());
        {
            TransactionGuard inner(t.db());
            insert(t.db(), "inner");
            ASSERT_TRUE(inner.commit().ok());
        }
    }
    EXPECT_EQ(count(t.db()), 0);
}
