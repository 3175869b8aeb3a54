// The app as each role uses it (issue 14): the login, the first beheerder, the idle lock, and what a professional,
// a teamleider and a beheerder see and may change.
#include "aanmelden/aanmelddialog.h"
#include "aanmelden/schermslot.h"
#include "beheer/auditmodel.h"
#include "beheer/auditviewer.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/accountstore.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include "idlelock.h"
#include "support/handcohort.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dw;

namespace {
const QString sleutel = QStringLiteral("fiets-boom-lamp-42");
}

class RollenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
        m_path = m_dir.filePath(QStringLiteral("team.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        AccountStore accounts(*db.value());
        QVERIFY(accounts.createFirst(QStringLiteral("beheer"), sleutel).ok());
        QVERIFY(accounts.login(QStringLiteral("beheer"), sleutel, {}).ok());
        QVERIFY(
            accounts.add(QStringLiteral("M. Jansen"), Rol::Professional, QStringLiteral("Noord"), sleutel, false).ok());
        QVERIFY(
            accounts.add(QStringLiteral("S. Öztürk"), Rol::Professional, QStringLiteral("Noord"), sleutel, false).ok());
        QVERIFY(
            accounts.add(QStringLiteral("T. Leider"), Rol::Teamleider, QStringLiteral("Noord"), sleutel, false).ok());
        QVERIFY(accounts.add(QStringLiteral("B. Heer"), Rol::Beheerder, {}, sleutel, false).ok());
        QVERIFY(accounts.add(QStringLiteral("V. Vergeten"), Rol::Professional, {}, sleutel, false).ok());
        QVector<Dossier> dossiers {
            test::handDossier(QStringLiteral("N-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen")),
            test::handDossier(QStringLiteral("N-2"), QStringLiteral("Hengelo"), QStringLiteral("M. Jansen")),
            test::handDossier(QStringLiteral("N-3"), QStringLiteral("Enschede"), QStringLiteral("S. Öztürk"))};
        QVERIFY(DossierStore(*db.value(), Instrument::standaard()).importDossiers(dossiers).ok());
    }

    void aWrongPasswordIsSaidInTheDialogAndTheFifthLocks()
    {
        auto db = open();
        AanmeldDialog dialog(*db);
        QCOMPARE(dialog.stap(), AanmeldDialog::Stap::Inloggen);
        auto* naam = dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        auto* wachtwoord = dialog.findChild<QLineEdit*>(QStringLiteral("wachtwoordEdit"));
        naam->setText(QStringLiteral("V. Vergeten"));
        for (int i = 1; i <= 5; ++i) {
            wachtwoord->setText(QStringLiteral("niet-het-goede-%1").arg(i));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        }
        QVERIFY2(dialog.melding().contains(QStringLiteral("vergrendeld")), qPrintable(dialog.melding()));
        wachtwoord->setText(sleutel);
        dialog.accept();
        QVERIFY(!db->sessie().aangemeld()); // locked: the right password waits 15 minutes
        QVERIFY2(dialog.melding().contains(QStringLiteral("vergrendeld tot")), qPrintable(dialog.melding()));
    }

    void theFirstStartMakesTheFirstBeheerder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("nieuw.sqlite")));
        QVERIFY(db.ok());
        AanmeldDialog dialog(*db.value());
        QCOMPARE(dialog.stap(), AanmeldDialog::Stap::EersteBeheerder);
        dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit"))->setText(QStringLiteral("Eerste"));
        dialog.findChild<QLineEdit*>(QStringLiteral("wachtwoordEdit"))->setText(QStringLiteral("kort"));
        dialog.findChild<QLineEdit*>(QStringLiteral("herhaalEdit"))->setText(QStringLiteral("kort"));
        dialog.accept();
        QVERIFY2(dialog.melding().contains(QStringLiteral("minstens 12")), qPrintable(dialog.melding()));
        dialog.findChild<QLineEdit*>(QStringLiteral("wachtwoordEdit"))->setText(sleutel);
        dialog.findChild<QLineEdit*>(QStringLiteral("herhaalEdit"))->setText(sleutel);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.value()->sessie().gebruiker, QStringLiteral("Eerste"));
        QCOMPARE(db.value()->sessie().rollen, rollen::alle);
    }

    void theIdleLockHidesTheWindowUntilThePasswordIsGiven()
    {
        MainWindow window(as("M. Jansen"), Instrument::standaard(), Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::idleLockHoldsUntil(window, sleutel));
    }

    void aProfessionalSeesOnlyTheirOwnAndCannotOpenAColleaguesDossier()
    {
        MainWindow window(as("M. Jansen"), Instrument::standaard(), Clock::system());
        window.show();
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 2);
        // A search that settles is one audit row with its count, never the typed text.
        auto* zoek = window.findChild<QLineEdit*>(QStringLiteral("zoekEdit"));
        const int searches = auditRows(QStringLiteral("zoeken"));
        QTest::keyClicks(zoek, QStringLiteral("Hengelo"));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(auditRows(QStringLiteral("zoeken")), searches + 1, 4000);
        QTest::qWait(1700);
        QCOMPARE(auditRows(QStringLiteral("zoeken")), searches + 1);
        QCOMPARE(lastDetails(), QStringLiteral("1 gevonden"));
        zoek->clear();
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 2);
        QString said;
        QTimer::singleShot(0, this, [&said] { closeMessageBox(said); });
        QVERIFY(!window.openDossier(QStringLiteral("N-3")));
        QVERIFY2(said.contains(QStringLiteral("geen toegang")), qPrintable(said));
        QVERIFY(window.openDossier(QStringLiteral("N-1")));
        auto* naam = window.dossierWidget()->findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        QVERIFY(!naam->isReadOnly());
        // Looking at the trends is a read of its own, once while the dossier is open.
        const int before = auditRows(QStringLiteral("trend bekeken"));
        window.dossierWidget()->showTab(3);
        window.dossierWidget()->showTab(0);
        window.dossierWidget()->showTab(3);
        QCOMPARE(auditRows(QStringLiteral("trend bekeken")), before + 1);
    }

    void aHandOverTakesTheDossierOffTheScreenAndOutOfTheCaseload()
    {
        MainWindow window(as("M. Jansen"), Instrument::standaard(), Clock::system());
        window.show();
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 2);
        QVERIFY(window.openDossier(QStringLiteral("N-1")));
        const int before = auditRows(QStringLiteral("overdracht"));
        auto* professional = window.dossierWidget()->findChild<QLineEdit*>(QStringLiteral("professionalEdit"));
        professional->setText(QStringLiteral("S. Öztürk"));
        Q_EMIT professional->editingFinished();
        QTRY_VERIFY(!window.dossierWidget());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Dossier N-1 is overgedragen aan S. Öztürk."));
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 1);
        QCOMPARE(auditRows(QStringLiteral("overdracht")), before + 1);
    }

    void aTeamleiderReadsTheTeamsDossiersButCannotEdit()
    {
        MainWindow window(as("T. Leider"), Instrument::standaard(), Clock::system());
        window.show();
        QTRY_COMPARE(window.caseload()->model()->rowCount(), 3);
        QVERIFY(window.openDossier(QStringLiteral("N-3")));
        auto* naam = window.dossierWidget()->findChild<QLineEdit*>(QStringLiteral("naamEdit"));
        QVERIFY(naam->isReadOnly());
        auto* hint = window.dossierWidget()->findChild<QLabel*>(QStringLiteral("gegevensHint"));
        QVERIFY(hint && hint->text().contains(QStringLiteral("hoort bij S. Öztürk")));
    }

    void aBeheerderSeesNoDossierButReadsWhoReadOne()
    {
        {
            MainWindow window(as("T. Leider"), Instrument::standaard(), Clock::system());
            QVERIFY(window.openDossier(QStringLiteral("N-2")));
        }
        MainWindow window(as("B. Heer"), Instrument::standaard(), Clock::system());
        window.show();
        QTest::qWait(300);
        QCOMPARE(window.caseload()->model()->rowCount(), 0);
        // The beheerder keeps the sociale kaart and registers no inwoners.
        bool kaart = false, nieuw = true;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Sociale kaart…"))
                kaart = action->isEnabled();
            if (action->text() == QStringLiteral("&Nieuwe inwoner…"))
                nieuw = action->isEnabled();
        }
        QVERIFY(kaart);
        QVERIFY(!nieuw);
        auto db = as("B. Heer");
        AuditViewer viewer(*db);
        QVERIFY(viewer.model()->rowCount() > 0);
        viewer.showWhoRead(QStringLiteral("N-2"));
        QCOMPARE(viewer.model()->rowCount(), 1);
        QCOMPARE(viewer.model()->rows().first().gebruiker, QStringLiteral("T. Leider"));
        QCOMPARE(viewer.model()->rows().first().rol, QStringLiteral("teamleider"));
        const QString csv = m_dir.filePath(QStringLiteral("ingezien.csv"));
        QVERIFY(viewer.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the one row, and the empty piece after the last CRLF
        QVERIFY(lines.at(1).contains(";T. Leider;teamleider;dossier gelezen;N-2;"));
    }

private:
    int auditRows(const QString& actie)
    {
        auto db = open();
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE actie = ?"));
        q.addBindValue(actie);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    QString lastDetails()
    {
        auto db = open();
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT details FROM audit ORDER BY id DESC LIMIT 1")) && q.next()
            ? q.value(0).toString()
            : QString();
    }
    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_path);
        return db.ok() ? std::move(db).value() : nullptr;
    }
    std::unique_ptr<Database> as(const char* naam)
    {
        auto db = open();
        const auto in = AccountStore(*db).login(QString::fromUtf8(naam), sleutel, QStringLiteral("test-pc"));
        if (!in.ok())
            qWarning("%s", qPrintable(in.errorMessage()));
        return db;
    }
    static void closeMessageBox(QString& said)
    {
        for (int i = 0; i < 100; ++i) {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->close();
                return;
            }
            QTest::qWait(20);
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(RollenTest)
#include "rollen_test.moc"
