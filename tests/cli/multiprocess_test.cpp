// The app and other programs on one database file at the same time, as people use them: a process that holds a
// read-write connection and opens worker connections as the app does (dw-testdesk), beside draagwijzer-cli runs.
// Every write must be visible to a third process and survive the writer's exit (issue 12: a QFile open/close in
// one process dropped its SQLite locks, and the next CLI run deleted the WAL with everything saved after it).
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

using namespace dw::test;

QT_BEGIN_NAMESPACE
// Readable QString values in GoogleTest's failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

// One dw-testdesk process and its line protocol (tests/tools/testdesk.cpp).
class Desk
{
public:
    explicit Desk(const QString& database)
    {
        m_process.start(QStringLiteral(DW_TESTDESK), {QStringLiteral("--database"), database});
        m_started = m_process.waitForStarted() && line() == QLatin1String("klaar");
    }
    ~Desk()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() const { return m_started; }
    void send(const QString& command) { m_process.write((command + QLatin1Char('\n')).toUtf8()); }
    QString ask(const QString& command)
    {
        send(command);
        return line();
    }
    QString line()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(120000))
                return QStringLiteral("(geen antwoord)");
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    // Lines until "klaar", after a burst.
    QStringList linesUntilDone()
    {
        QStringList lines;
        for (QString l = line(); l != QLatin1String("klaar") && l != QLatin1String("(geen antwoord)"); l = line())
            lines << l;
        return lines;
    }
    int quit()
    {
        send(QStringLiteral("quit"));
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(60000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    bool m_started = false;
};

// The refs in a draagwijzer/1 export, as another process reads the file.
QSet<QString> refsIn(const CliFixture& f, const QString& database)
{
    const CliResult r = runCli({QStringLiteral("--database"), database, QStringLiteral("export"), QStringLiteral("-")});
    QSet<QString> refs;
    if (r.exitCode != 0)
        return {QStringLiteral("export mislukt: %1").arg(r.errLine())};
    for (const QJsonValue& i : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("inwoners")).toArray())
        refs.insert(i.toObject().value(QStringLiteral("ref")).toString());
    Q_UNUSED(f);
    return refs;
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// A refusal must say why in Dutch: no SQLite or Qt English.
bool looksEnglish(const QString& message)
{
    for (const char* word : {"locked", "Unable", "constraint", "database is", "disk", "failed", "row"}) {
        if (message.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

} // namespace

TEST(AppAndCliTogether, EveryWriteOfTheAppSurvivesOtherProgramsOnTheSameFile)
{
    CliFixture f;
    ASSERT_EQ(f.run({QStringLiteral("init")}).exitCode, 0);
    Desk desk(f.db());
    ASSERT_TRUE(desk.started());
    ASSERT_EQ(desk.ask(QStringLiteral("add APP-0")), QStringLiteral("ok APP-0"));
    QStringList saved {QStringLiteral("APP-0")};

    const QString backup = f.file(QStringLiteral("tijdens.sqlite"));
    const QList<QStringList> others = {{QStringLiteral("count")},
        {QStringLiteral("export"), f.file(QStringLiteral("export.json"))},
        {QStringLiteral("backup"), QStringLiteral("--out"), backup},
        {QStringLiteral("verify")},
        {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--json")},
        {QStringLiteral("report"), QStringLiteral("inwoner"), QStringLiteral("APP-0")},
        {QStringLiteral("count")}};
    QStringList savedBeforeBackup;
    for (int i = 0; i < others.size(); ++i) {
        // The app's workers open and close their connections while the app's own connection stays open.
        ASSERT_EQ(desk.ask(QStringLiteral("readers 3")), QStringLiteral("ok"));
        const CliResult other = f.run(others.at(i));
        ASSERT_EQ(other.exitCode, 0) << others.at(i).join(QLatin1Char(' ')).toStdString() << ": "
                                     << other.errLine().toStdString();
        if (others.at(i).first() == QLatin1String("backup"))
            savedBeforeBackup = saved;
        const QString ref = QStringLiteral("APP-%1").arg(i + 1);
        ASSERT_EQ(desk.ask(QStringLiteral("add %1").arg(ref)), QStringLiteral("ok %1").arg(ref));
        saved << ref;
        // A third process sees every write at once.
        EXPECT_EQ(refsIn(f, f.db()), toSet(saved)) << "after " << others.at(i).join(QLatin1Char(' ')).toStdString();
    }
    ASSERT_EQ(desk.quit(), 0);

    // After the app has gone: everything it saved is in the file, and the file is sound.
    EXPECT_EQ(refsIn(f, f.db()), toSet(saved));
    const CliResult verified = f.run({QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.errLine().toStdString();
    // The backup made while the app was open holds what had been saved before it.
    EXPECT_EQ(refsIn(f, backup), toSet(savedBeforeBackup));
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral(".deel")));
}

TEST(AppAndCliTogether, TwoWritingDesksAndACliImportLoseNothing)
{
    CliFixture f;
    ASSERT_EQ(f.run({QStringLiteral("init")}).exitCode, 0);
    const QString importFile = f.file(QStringLiteral("drie.json"));
    {
        QJsonArray inwoners;
        for (int i = 1; i <= 3; ++i)
            inwoners.append(QJsonObject {{QStringLiteral("ref"), QStringLiteral("CLI-%1").arg(i)},
                {QStringLiteral("naam"), QStringLiteral("Import %1").arg(i)},
                {QStringLiteral("geboortedatum"), QStringLiteral("1980-01-0%1").arg(i)},
                {QStringLiteral("gemeente"), QStringLiteral("Hengelo")},
                {QStringLiteral("meetmomenten"), QJsonArray()}});
        QFile out(importFile);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("draagwijzer/1")},
                                    {QStringLiteral("inwoners"), inwoners}})
                      .toJson());
    }
    Desk a(f.db());
    Desk b(f.db());
    ASSERT_TRUE(a.started());
    ASSERT_TRUE(b.started());
    // Rounds of writes by both desks, each time with short-lived programs on the same file while they write: the
    // programs that set the loss off.
    CliResult imported;
    QStringList saved, refused;
    for (int round = 1; round <= 5; ++round) {
        a.send(QStringLiteral("burst A%1 12").arg(round));
        b.send(QStringLiteral("burst B%1 12").arg(round));
        const CliResult counted = f.run({QStringLiteral("count")});
        EXPECT_EQ(counted.exitCode, 0) << counted.errLine().toStdString();
        if (round == 3)
            imported = f.run({QStringLiteral("import"), importFile});
        const CliResult backedUp
            = f.run({QStringLiteral("backup"), QStringLiteral("--out"), f.file(QStringLiteral("b.sqlite"))});
        EXPECT_EQ(backedUp.exitCode, 0) << backedUp.errLine().toStdString();
        const CliResult verified = f.run({QStringLiteral("verify"), QStringLiteral("--quick")});
        EXPECT_EQ(verified.exitCode, 0) << verified.errLine().toStdString();
        for (Desk* desk : {&a, &b}) {
            for (const QString& l : desk->linesUntilDone()) {
                const QStringList words = l.split(QLatin1Char(' '));
                if (words.value(0) == QLatin1String("ok")) {
                    saved << words.value(1);
                } else {
                    refused << words.value(1);
                    EXPECT_FALSE(looksEnglish(l)) << l.toStdString();
                }
            }
        }
    }
    if (imported.exitCode == 0)
        saved << QStringLiteral("CLI-1") << QStringLiteral("CLI-2") << QStringLiteral("CLI-3");
    else
        EXPECT_FALSE(looksEnglish(imported.errLine())) << imported.errLine().toStdString();
    EXPECT_GE(saved.size(), 100) << "refused: " << refused.join(QLatin1Char(',')).toStdString();

    // Every write that was reported saved is there, for a third process now and after both desks have gone.
    EXPECT_EQ(refsIn(f, f.db()), toSet(saved));
    ASSERT_EQ(a.quit(), 0);
    ASSERT_EQ(b.quit(), 0);
    EXPECT_EQ(refsIn(f, f.db()), toSet(saved));
}

TEST(AppAndCliTogether, RestoreIsRefusedWhileTheAppHasTheDatabaseOpen)
{
    CliFixture f;
    ASSERT_EQ(f.run({QStringLiteral("init")}).exitCode, 0);
    const QString backup = f.file(QStringLiteral("leeg.sqlite"));
    ASSERT_EQ(f.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    Desk desk(f.db());
    ASSERT_TRUE(desk.started());
    ASSERT_EQ(desk.ask(QStringLiteral("add APP-1")), QStringLiteral("ok APP-1"));

    const CliResult refused = f.run({QStringLiteral("restore"), backup});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errLine().contains(QLatin1String("in gebruik door een ander programma")))
        << refused.errLine().toStdString();
    // Nothing was restored under the app: its next save lands, and all of it is there for others.
    ASSERT_EQ(desk.ask(QStringLiteral("add APP-2")), QStringLiteral("ok APP-2"));
    EXPECT_EQ(refsIn(f, f.db()), toSet({QStringLiteral("APP-1"), QStringLiteral("APP-2")}));
    ASSERT_EQ(desk.quit(), 0);

    // With the app closed, the restore goes ahead.
    const CliResult restored = f.run({QStringLiteral("restore"), backup});
    EXPECT_EQ(restored.exitCode, 0) << restored.errLine().toStdString();
    EXPECT_TRUE(refsIn(f, f.db()).isEmpty());
}
