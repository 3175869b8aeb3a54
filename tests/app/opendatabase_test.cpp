// How the app starts on a file it cannot open (issue 12): the reason and a way on (read-only, another file, a new
// database, quit), never a half-written or "repaired" file. The choices are given by stand-ins for the dialogs.
#include "core/clock.h"
#include "core/instrument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/opendatabase.h"
#include "support/mountnamespace.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace dw;

class OpenDatabaseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTextFileIsExplainedAndANewDatabaseCanBeMadeInstead()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notities.txt"));
        QVERIFY(test::writeFileBytes(text, "boodschappen\n"));
        OpenDatabase open;
        QStringList asked;
        bool readOnlyOffered = true;
        open.setAsk([&](const Error& error, bool readOnlyPossible) {
            asked << error.message;
            readOnlyOffered = readOnlyPossible;
            return OpenDatabase::Choice::NewFile;
        });
        const QString fresh = dir.filePath(QStringLiteral("nieuw.sqlite"));
        open.setAskPath([&](bool newFile) { return newFile ? fresh : QString(); });
        auto db = open.run(text);
        QVERIFY(db);
        QCOMPARE(db->path(), fresh);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("geen Draagwijzer-database")), qPrintable(asked.first()));
        QVERIFY(!readOnlyOffered);
        QCOMPARE(test::fileBytes(text), QByteArray("boodschappen\n")); // left as it was
    }

    void aNewDatabaseNeverOverwritesAFileThatIsThere()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notities.txt"));
        QVERIFY(test::writeFileBytes(text, "x"));
        OpenDatabase open;
        int rounds = 0;
        open.setAsk([&](const Error&, bool) {
            return ++rounds == 1 ? OpenDatabase::Choice::NewFile : OpenDatabase::Choice::Quit;
        });
        open.setAskPath([&](bool) { return text; }); // the user picks the text file itself as "new"
        QTimer::singleShot(0, this, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close(); // "… bestaat al. Kies … een naam die nog niet bestaat."
        });
        QVERIFY(!open.run(text));
        QCOMPARE(rounds, 2);
        QCOMPARE(test::fileBytes(text), QByteArray("x"));
    }

    void aReadOnlyFolderOpensReadOnlyWithEditingOffAndNothingBesideTheFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("alleen-lezen"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("d.sqlite"));
        QVERIFY(Database::open(path).ok()); // a database, closed again
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        if (test::MountNamespace::entered())
            QCOMPARE(test::MountNamespace::bindReadOnly(folder), QString());
        else if (::geteuid() != 0)
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        else
            QSKIP("root zonder eigen mount-namespace: een map is dan niet alleen-lezen te maken");

        OpenDatabase open;
        bool readOnlyOffered = false;
        open.setAsk([&](const Error& error, bool readOnlyPossible) {
            readOnlyOffered = readOnlyPossible && error.cause == Error::Cause::ReadOnly;
            return OpenDatabase::Choice::ReadOnly;
        });
        auto db = open.run(path);
        QVERIFY(readOnlyOffered);
        QVERIFY(db);
        QVERIFY(db->readOnly());
        {
            MainWindow window(std::move(db), Instrument::standaard(), Clock::system());
            window.show();
            QCOMPARE(window.windowTitle(), QStringLiteral("alleen lezen"));
            for (QAction* action : window.menuBar()->actions().first()->menu()->actions()) {
                if (action->text().contains(QStringLiteral("Nieuwe inwoner"))
                    || action->text().contains(QStringLiteral("Importeren"))
                    || action->text().contains(QStringLiteral("vastleggen")))
                    QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            }
            QTest::qWait(300); // the caseload and the integrity check read meanwhile
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), before); // no -wal, -shm or backups/
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("backups"))));
        if (test::MountNamespace::entered())
            test::MountNamespace::unmount(folder);
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

int main(int argc, char** argv)
{
    test::MountNamespace::enter(); // before any thread; as root only
    QApplication app(argc, argv);
    OpenDatabaseTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "opendatabase_test.moc"
