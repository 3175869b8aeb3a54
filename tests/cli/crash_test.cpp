// Crash safety: SIGKILL draagwijzer-cli at random moments during a large import, many times. After every kill
// the database must open, verify, and hold either none or all of the file's inwoners.
#include "clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <random>

#include <gtest/gtest.h>

using namespace dw::test;

namespace {
constexpr int inwoners = 800;
constexpr int kills = 25;
} // namespace

TEST(CrashSafety, KilledMidImportTheDatabaseHoldsNothingOrEverything)
{
    CliFixture source;
    ASSERT_EQ(
        source.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QString::number(inwoners)}).exitCode, 0);
    const QString file = source.file(QStringLiteral("import.json"));
    ASSERT_EQ(source.run({QStringLiteral("export"), file}).exitCode, 0);

    CliFixture target;
    ASSERT_EQ(target.run({QStringLiteral("init")}).exitCode, 0);
    // How long one full import takes here, to spread the kills over it.
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(target.run({QStringLiteral("import"), file}).exitCode, 0);
    const qint64 fullMs = timer.elapsed();
    ASSERT_TRUE(QFile::remove(target.db()));
    QFile::remove(target.db() + QStringLiteral("-wal"));
    QFile::remove(target.db() + QStringLiteral("-shm"));
    ASSERT_EQ(target.run({QStringLiteral("init")}).exitCode, 0);

    std::mt19937 rng(2016); // reproducible kill moments
    std::uniform_int_distribution<qint64> when(20, fullMs * 9 / 10);
    int none = 0, all = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess p;
        p.start(QStringLiteral(DW_CLI), {QStringLiteral("--database"), target.db(), QStringLiteral("import"), file});
        ASSERT_TRUE(p.waitForStarted());
        const qint64 delay = when(rng);
        p.waitForFinished(static_cast<int>(delay));
        if (p.state() != QProcess::NotRunning)
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(10000);

        const CliResult counted = target.run({QStringLiteral("count")});
        ASSERT_EQ(counted.exitCode, 0) << "kill " << k << " after " << delay
                                       << " ms: " << counted.errLine().toStdString();
        const int n = counted.out.trimmed().toInt();
        ASSERT_TRUE(n == 0 || n == inwoners) << "kill " << k << " after " << delay << " ms left " << n << " inwoners";
        const CliResult verified = target.run({QStringLiteral("verify")});
        ASSERT_EQ(verified.exitCode, 0) << "kill " << k << ": " << verified.out.toStdString();
        if (n == inwoners) {
            ++all;
            // Start the next round from an empty database again.
            ASSERT_EQ(
                target.run({QStringLiteral("backup"), QStringLiteral("--out"), target.file(QStringLiteral("b.sqlite"))})
                    .exitCode,
                0);
            ASSERT_TRUE(QFile::remove(target.db()));
            QFile::remove(target.db() + QStringLiteral("-wal"));
            QFile::remove(target.db() + QStringLiteral("-shm"));
            ASSERT_EQ(target.run({QStringLiteral("init")}).exitCode, 0);
        } else {
            ++none;
        }
    }
    std::printf("%d kills during a %lld ms import of %d inwoners: %d left nothing, %d completed first\n",
        kills,
        static_cast<long long>(fullMs),
        inwoners,
        none,
        all);
    EXPECT_GT(none, kills / 2); // most kills really landed mid-import
}
