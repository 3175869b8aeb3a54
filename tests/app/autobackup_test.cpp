#include "core/demogenerator.h"
#include "core/instrument.h"
#include "mainwindow/autobackup.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include "support/fakeclock.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

class AutoBackupTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test-autobackup"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("a.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const DemoGenerator g(Instrument::standaard(), 4);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(20, [&g](int i) { return g.dossier(i); })
                    .ok());
    }

    void makesVerifiedBackupsAndKeepsTheNewest()
    {
        test::FakeClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        AutoBackup backup(Connector::forFile(m_path), clock);
        backup.configure(24, 2);
        for (int day = 0; day < 3; ++day) {
            QSignalSpy spy(&backup, &AutoBackup::finished);
            backup.runNow();
            QVERIFY(spy.wait(30000));
            QVERIFY2(spy.first().first().toBool(), qPrintable(spy.first().at(1).toString()));
            QVERIFY(Backup::verify(spy.first().at(1).toString()).ok());
            QTRY_VERIFY(!backup.isRunning());
            clock.advanceDays(1);
        }
        const QStringList files
            = QDir(backup.folder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList {QStringLiteral("draagwijzer-20261126-090000.sqlite"),
                QStringLiteral("draagwijzer-20261127-090000.sqlite")}));
        QCOMPARE(QSettings().value(QStringLiteral("backup/laatste")).toDateTime(), clock.now().addDays(-1));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(AutoBackupTest)
#include "autobackup_test.moc"
