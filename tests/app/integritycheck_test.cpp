#include "core/demogenerator.h"
#include "core/instrument.h"
#include "mainwindow/integritycheck.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

class IntegrityCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("c.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const DemoGenerator g(Instrument::standaard(), 2);
        QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                    .importGenerated(300, [&g](int i) { return g.dossier(i); })
                    .ok());
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    void aHealthyDatabaseReportsNothing()
    {
        IntegrityCheck check(Connector::forFile(m_path));
        QSignalSpy spy(&check, &IntegrityCheck::finished);
        check.start();
        QVERIFY(spy.wait(60000));
        QVERIFY2(spy.first().first().toStringList().isEmpty(),
            qPrintable(spy.first().first().toStringList().join(QLatin1Char('\n'))));
    }

    void aDamagedDatabaseIsReported()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_path, damaged));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(64 * 1024, '\x5a')); // 16 pages of b-tree overwritten in the middle of the file
        f.close();
        IntegrityCheck check(Connector::forFile(damaged));
        QSignalSpy spy(&check, &IntegrityCheck::finished);
        check.start();
        QVERIFY(spy.wait(60000));
        QVERIFY(!spy.first().first().toStringList().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(IntegrityCheckTest)
#include "integritycheck_test.moc"
