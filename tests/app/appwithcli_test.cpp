// The app itself and draagwijzer-cli on one database file at the same time, as a team uses them (issue 12): the
// real MainWindow with its worker threads (caseload, integrity check, automatic backup), saving through its own
// dialogs and shortcuts, while the CLI counts, exports and makes a backup. After the app has quit, the database
// and the backup hold everything that was saved before them.
#include "core/appidentity.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(DW_CLI), arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

// Name per ref in a database, as another program reads it.
QMap<QString, QString> namen(const QString& database)
{
    const Run r = cli({QStringLiteral("--database"), database, QStringLiteral("export"), QStringLiteral("-")});
    QMap<QString, QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("inwoners")).toArray())
        out.insert(v[QStringLiteral("ref")].toString(), v[QStringLiteral("naam")].toString());
    return out;
}

} // namespace

class AppWithCliTest : public QObject
{
    Q_OBJECT
private:
    // Registers an inwoner through Bestand -> Nieuwe inwoner (Ctrl+N), typing in the dialog.
    void newInwonerThroughTheDialog(MainWindow& w, const QString& ref, const QString& naam)
    {
        QApplication::setActiveWindow(&w); // Ctrl+N is a shortcut of the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // Armed only now, and polling until the dialog is there: a timer that fired while the window was still
        // being activated (a loaded machine) would find no dialog, and the dialog would then wait for ever.
        auto* fill = new QTimer(this);
        fill->setInterval(20);
        connect(fill, &QTimer::timeout, this, [fill, ref, naam] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            fill->stop();
            fill->deleteLater();
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refEdit")), ref);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("naamEdit")), naam);
            QTest::keyClicks(
                dialog->findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("02-03-1971"));
            QTest::keyClicks(
                dialog->findChild<QComboBox*>(QStringLiteral("gemeenteCombo"))->lineEdit(), QStringLiteral("Enschede"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        fill->start();
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    }
    void rename(MainWindow& w, const QString& naam)
    {
        auto* edit = w.dossierWidget()->findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, naam);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test-appcli"));
        m_path = m_dir.filePath(QStringLiteral("team.sqlite"));
        QCOMPARE(cli({QStringLiteral("--database"),
                         m_path,
                         QStringLiteral("demo"),
                         QStringLiteral("--inwoners"),
                         QStringLiteral("40")})
                     .exitCode,
            0);
    }

    void nothingSavedInTheAppIsLostWhileTheCliWorksOnTheSameFile()
    {
        const QString backup = m_dir.filePath(QStringLiteral("tijdens-de-sessie.sqlite"));
        QMap<QString, QString> expected = namen(m_path);
        QCOMPARE(expected.size(), 40);
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            MainWindow w(std::move(db).value(), Instrument::standaard(), m_clock);
            w.show();
            QApplication::setActiveWindow(&w);
            QVERIFY(QTest::qWaitForWindowActive(&w));
            // The app's own workers open and close their connections: the caseload and the integrity check.
            QTest::qWait(300);

            newInwonerThroughTheDialog(w, QStringLiteral("APP-0001"), QStringLiteral("Eerste Nieuw"));
            QTRY_VERIFY(w.dossierWidget()
                && w.dossierWidget()->document()->dossier().inwoner.ref == QStringLiteral("APP-0001"));
            expected.insert(QStringLiteral("APP-0001"), QStringLiteral("Eerste Nieuw"));

            for (const QStringList& other : {QStringList {QStringLiteral("count")},
                     QStringList {QStringLiteral("export"), m_dir.filePath(QStringLiteral("e.json"))},
                     QStringList {QStringLiteral("verify"), QStringLiteral("--quick")}}) {
                const Run r = cli(QStringList {QStringLiteral("--database"), m_path} + other);
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            }
            const QString first
                = expected.firstKey() == QStringLiteral("APP-0001") ? expected.lastKey() : expected.firstKey();
            QVERIFY(w.openDossier(first));
            rename(w, QStringLiteral("Na Telling Hernoemd"));
            expected[first] = QStringLiteral("Na Telling Hernoemd");
            QCOMPARE(namen(m_path), expected); // a third program sees it at once

            // A backup while the app is open, as the README says is safe.
            const Run b = cli(
                {QStringLiteral("--database"), m_path, QStringLiteral("backup"), QStringLiteral("--out"), backup});
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            m_beforeBackup = expected;

            newInwonerThroughTheDialog(w, QStringLiteral("APP-0002"), QStringLiteral("Na De Backup"));
            QTRY_VERIFY(w.dossierWidget()->document()->dossier().inwoner.ref == QStringLiteral("APP-0002"));
            expected.insert(QStringLiteral("APP-0002"), QStringLiteral("Na De Backup"));
            rename(w, QStringLiteral("Na De Backup Hernoemd"));
            expected[QStringLiteral("APP-0002")] = QStringLiteral("Na De Backup Hernoemd");
            QCOMPARE(namen(m_path), expected);
            QVERIFY(w.close());
        }
        // The app has quit, its writer connection last: the WAL is folded back into the file and removed.
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        // Everything is in the file, the file is sound, and the backup holds what came before it.
        QCOMPARE(namen(m_path), expected);
        const Run verified = cli({QStringLiteral("--database"), m_path, QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(namen(backup), m_beforeBackup);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QMap<QString, QString> m_beforeBackup;
    test::FakeClock m_clock;
};

QTEST_MAIN(AppWithCliTest)
#include "appwithcli_test.moc"
