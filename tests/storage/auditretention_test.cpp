// How long the audit log is kept, and removing what is older without breaking its chain (issue 14), on both
// engines.
#include "storage/auditretention.h"

#include "core/instrument.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/verifier.h"

#include "support/fakeclock.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

// Rows written on a given day (in UTC), by a session without accounts, which may do everything.
struct Log
{
    test::TempDatabase t;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    void write(const QDate& day, int rows)
    {
        test::FakeClock then {QDateTime(day, QTime(12, 0), Qt::UTC)};
        for (int i = 0; i < rows; ++i)
            ASSERT_TRUE(AuditLog(t.db(), then).record(QStringLiteral("dossier gelezen"), 7).ok());
    }
    QList<qint64> ids()
    {
        QList<qint64> out;
        QSqlQuery q(t.db().connection());
        if (q.exec(QStringLiteral("SELECT id FROM audit ORDER BY id")))
            while (q.next())
                out << q.value(0).toLongLong();
        return out;
    }
    QString last(const char* column)
    {
        QSqlQuery q(t.db().connection());
        if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY id DESC LIMIT 1").arg(QLatin1String(column)))
            || !q.next())
            return QStringLiteral("(geen)");
        return q.value(0).toString();
    }
    bool chainHolds()
    {
        const auto broken = AuditLog::firstBrokenRow(t.db());
        return broken.ok() && !broken.value().has_value();
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(t.db().connection());
        return q.exec(sql);
    }
};

} // namespace

TEST(AuditRetention, FiveYearsUnlessTheBeheerderSetsMoreNeverLess)
{
    Log log;
    AuditRetention retention(log.t.db(), log.clock);
    EXPECT_EQ(retention.bewaartermijnJaren().value(), 5);
    const Status tooShort = retention.setBewaartermijnJaren(4);
    ASSERT_FALSE(tooShort.ok());
    EXPECT_EQ(tooShort.errorMessage(),
        QStringLiteral("het auditlog wordt minstens 5 jaar bewaard (NEN 7513); kies 5 tot en met 100 jaar"));
    ASSERT_TRUE(retention.setBewaartermijnJaren(7).ok());
    EXPECT_EQ(retention.bewaartermijnJaren().value(), 7);
    EXPECT_EQ(log.last("actie"), QStringLiteral("bewaartermijn gewijzigd"));
    EXPECT_EQ(log.last("details"), QStringLiteral("auditlog: 7 jaar"));
}

TEST(AuditRetention, TheOldestRowsGoAndTheChainGoesOnFromTheAnchor)
{
    Log log;
    log.write(QDate(2019, 6, 1), 3);
    log.write(QDate(2020, 3, 1), 2);
    log.write(QDate(2026, 11, 25), 1);
    const auto ids = log.ids();
    ASSERT_EQ(ids.size(), 6);
    AuditRetention retention(log.t.db(), log.clock);
    // 25-11-2026 minus 5 years: everything before 25-11-2021, so the first five rows.
    const auto voorstel = retention.voorstel();
    ASSERT_TRUE(voorstel.ok()) << voorstel.errorMessage().toStdString();
    EXPECT_EQ(voorstel->grens, QDate(2021, 11, 25));
    EXPECT_EQ(voorstel->aantal, 5);
    EXPECT_EQ(voorstel->totId, ids[4]);
    EXPECT_EQ(log.ids(), ids) << "a proposal removes nothing";

    const auto done = retention.opschonen();
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(done->aantal, 5);
    const auto left = log.ids();
    ASSERT_EQ(left.size(), 2);
    EXPECT_EQ(left[0], ids[5]);
    EXPECT_EQ(log.last("actie"), QStringLiteral("auditlog opgeschoond"));
    EXPECT_EQ(log.last("details"), QStringLiteral("5 regels van voor 25-11-2021"));
    const auto anchor = AuditRetention::laatsteAnker(log.t.db());
    ASSERT_TRUE(anchor.ok() && anchor.value());
    EXPECT_EQ(anchor.value()->totId, ids[4]);
    EXPECT_EQ(anchor.value()->grens, QStringLiteral("2021-11-25"));
    EXPECT_EQ(anchor.value()->aantal, 5);
    EXPECT_TRUE(log.chainHolds());
    // And a new row chains on as before.
    log.write(QDate(2026, 11, 26), 1);
    EXPECT_TRUE(log.chainHolds());
    const auto report = Verifier(log.t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->healthy()) << report->problems.join(QLatin1Char('\n')).toStdString();
    // A second clean-up the same day finds nothing and writes nothing.
    const QString lastBefore = log.last("id");
    const auto again = retention.opschonen();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->aantal, 0);
    EXPECT_EQ(log.last("id"), lastBefore);
}

TEST(AuditRetention, TheSettingDecidesWhatIsOldEnough)
{
    Log log;
    log.write(QDate(2019, 6, 1), 3);
    log.write(QDate(2020, 3, 1), 2);
    log.write(QDate(2026, 11, 25), 1);
    AuditRetention retention(log.t.db(), log.clock);
    ASSERT_TRUE(retention.setBewaartermijnJaren(7).ok());
    // Before 25-11-2019: only the three rows of June 2019.
    const auto done = retention.opschonen();
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(done->grens, QDate(2019, 11, 25));
    EXPECT_EQ(done->aantal, 3);
    EXPECT_TRUE(log.chainHolds());
}

TEST(AuditRetention, TheNewestRowStaysHoweverOld)
{
    Log log;
    log.write(QDate(2018, 1, 2), 4);
    AuditRetention retention(log.t.db(), log.clock);
    const auto done = retention.opschonen();
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->aantal, 3);
    EXPECT_EQ(log.ids().size(), 2); // the newest old row and "auditlog opgeschoond"
    EXPECT_TRUE(log.chainHolds());
}

TEST(AuditRetention, TheEngineRefusesRowsYoungerThanFiveYearsWhateverTheClockSays)
{
    // A desk whose clock runs ten years ahead: its clean-up would take last year's rows. The engine measures from its
    // own "now" and refuses; nothing changes.
    Log log;
    const QDate lastYear = QDateTime::currentDateTimeUtc().date().addYears(-1);
    log.write(lastYear, 3);
    log.write(lastYear.addDays(1), 1);
    log.clock.set(QDateTime::currentDateTimeUtc().addYears(10));
    AuditRetention retention(log.t.db(), log.clock);
    ASSERT_EQ(retention.voorstel()->aantal, 3);
    const auto done = retention.opschonen();
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(log.ids().size(), 4);
    EXPECT_FALSE(AuditRetention::laatsteAnker(log.t.db()).value().has_value());
    EXPECT_TRUE(log.chainHolds());
}

TEST(AuditRetention, RemovingByHandIsRefusedWithoutAnAnchorAndAnchorsStayAsTheyAre)
{
    Log log;
    log.write(QDate(2018, 1, 2), 3);
    const auto ids = log.ids();
    EXPECT_FALSE(log.exec(QStringLiteral("DELETE FROM audit WHERE id = %1").arg(ids[0])));
    ASSERT_TRUE(AuditRetention(log.t.db(), log.clock).opschonen().ok());
    EXPECT_FALSE(log.exec(QStringLiteral("UPDATE audit_anker SET aantal = 1")));
    EXPECT_FALSE(log.exec(QStringLiteral("DELETE FROM audit_anker")));
    EXPECT_EQ(AuditRetention::laatsteAnker(log.t.db()).value()->aantal, 2);
}

TEST(AuditRetention, AnAnchorThatRemovedTooYoungRowsIsNamedByVerify)
{
    Log log;
    log.write(QDate(2018, 1, 2), 3);
    // Written by hand, as someone with the file could: a boundary one year before its own day.
    ASSERT_TRUE(log.exec(QStringLiteral("INSERT INTO audit_anker (tot_id, hash, grens, tijdstip, gebruiker, aantal) "
                                        "VALUES (0, '', '2025-01-01', '2026-01-01T10:00:00.000Z', 'iemand', 1)")));
    const auto report = Verifier(log.t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 1) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report->problems.first(),
        QStringLiteral("auditlog: tot regel 0 is op 2026-01-01 opgeschoond met grens 2025-01-01, korter dan 5 jaar "
                       "bewaard"));
}

TEST(AuditRetention, OnlyABeheerderCleansUpOrSetsIt)
{
    Log log;
    const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");
    test::makeTeam(log.t.db(), wachtwoord);
    AccountStore accounts(log.t.db());
    ASSERT_TRUE(accounts.login(QStringLiteral("M. Jansen"), wachtwoord, {}).ok());
    AuditRetention retention(log.t.db(), log.clock);
    const auto done = retention.opschonen();
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().cause, Error::Cause::Denied);
    EXPECT_EQ(log.last("actie"), QStringLiteral("auditlog opgeschoond"));
    EXPECT_EQ(log.last("uitkomst"), QStringLiteral("geweigerd"));
    EXPECT_FALSE(retention.setBewaartermijnJaren(8).ok());
    EXPECT_EQ(log.last("uitkomst"), QStringLiteral("geweigerd"));
    EXPECT_EQ(retention.bewaartermijnJaren().value(), 5);
}
