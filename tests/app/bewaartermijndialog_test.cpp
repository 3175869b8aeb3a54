// Account -> Bewaartermijn (beheerder): the setting, the list past it, and anonymising from it with a typed
// confirmation. Offscreen.
#include "levenscyclus/bewaartermijndialog.h"

#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/auditretention.h"
#include "storage/database.h"
#include "storage/inwonerrepository.h"
#include "support/fakeclock.h"
#include "support/teamfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

class BewaartermijnDialogTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(QDialog& d, const char* name) { return d.findChild<T*>(QLatin1String(name)); }
    const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");
    void as(const char* naam) { QVERIFY(AccountStore(*m_db).login(QString::fromUtf8(naam), wachtwoord, {}).ok()); }
    Inwoner inwoner(const char* ref) { return InwonerRepository(*m_db).findByRef(QString::fromUtf8(ref)).value(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        test::makeTeam(*m_db, wachtwoord);
        // N-1 closed in 2010, N-2 in 2012, N-3 stays open; today is 25 November 2026 (15 years: only N-1 passed).
        as("M. Jansen");
        DossierLifecycle lifecycle(*m_db, m_clock);
        DossierStatus s;
        s.reden = Afsluitreden::Verhuisd;
        s.afgeslotenOp = QDate(2010, 6, 1);
        QVERIFY(lifecycle.close(inwoner("N-1").id, s).ok());
        s.afgeslotenOp = QDate(2012, 6, 1);
        QVERIFY(lifecycle.close(inwoner("N-2").id, s).ok());
        as("B. Heer");
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theAuditLogsTermIsAtLeastFiveYearsAndAYoungLogHasNothingToCleanUp()
    {
        BewaartermijnDialog dialog(*m_db, m_clock);
        auto* spin = child<QSpinBox>(dialog, "auditSpin");
        QCOMPARE(spin->value(), 5);
        QCOMPARE(spin->minimum(), 5);
        spin->setValue(8);
        QTest::mouseClick(child<QPushButton>(dialog, "auditOpslaanButton"), Qt::LeftButton);
        QCOMPARE(dialog.melding(), QStringLiteral("Auditregels worden nu 8 jaar bewaard."));
        QCOMPARE(AuditRetention(*m_db).bewaartermijnJaren().value(), 8);
        // Everything in this log was written today.
        QVERIFY(dialog.cleanUpAudit(false));
        QVERIFY2(dialog.melding().startsWith(QStringLiteral("Er zijn geen auditregels van voor ")),
            qPrintable(dialog.melding()));
    }

    void theOldestAuditRowsAreRemovedOnAWorkerAndTheChainHolds()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("oud.sqlite")));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        // A desk used since 2018: three rows from then, and the team's accounts from today.
        const test::FakeClock then(QDateTime(QDate(2018, 4, 3), QTime(9, 0), Qt::UTC));
        for (int i = 0; i < 3; ++i)
            QVERIFY(AuditLog(db, then).record(QStringLiteral("dossier gelezen"), 7).ok());
        test::makeTeam(db, wachtwoord);
        QVERIFY(AccountStore(db).login(QStringLiteral("B. Heer"), wachtwoord, {}).ok());
        BewaartermijnDialog dialog(db, m_clock);
        QVERIFY(dialog.cleanUpAudit(false));
        QVERIFY2(
            dialog.melding().startsWith(QStringLiteral("3 auditregel(s) van voor ")), qPrintable(dialog.melding()));
        const auto anchor = AuditRetention::laatsteAnker(db);
        QVERIFY(anchor.ok() && anchor.value());
        QCOMPARE(anchor.value()->aantal, qint64(3));
        QCOMPARE(anchor.value()->gebruiker, QStringLiteral("B. Heer"));
        const auto broken = AuditLog::firstBrokenRow(db);
        QVERIFY(broken.ok() && !broken.value());
    }

    void listsTheDossiersPastTheTermAndChangesWithIt()
    {
        BewaartermijnDialog dialog(*m_db, m_clock);
        QCOMPARE(child<QSpinBox>(dialog, "jarenSpin")->value(), 15);
        QCOMPARE(dialog.rijen(), 1);
        QCOMPARE(child<QTableWidget>(dialog, "lijst")->item(0, 0)->text(), QStringLiteral("N-1"));
        QCOMPARE(child<QTableWidget>(dialog, "lijst")->item(0, 1)->text(), QStringLiteral("M. Jansen"));
        child<QSpinBox>(dialog, "jarenSpin")->setValue(10);
        QVERIFY(dialog.saveTermijn());
        QCOMPARE(dialog.rijen(), 2);
        QCOMPARE(dialog.melding(), QStringLiteral("De bewaartermijn is nu 10 jaar."));
        QCOMPARE(DossierLifecycle(*m_db, m_clock).bewaartermijnJaren().value(), 10);
    }

    void aWrongConfirmationAnonymisesNothingAndTheRightOneAll()
    {
        QVERIFY(DossierLifecycle(*m_db, m_clock).setBewaartermijnJaren(10).ok());
        BewaartermijnDialog dialog(*m_db, m_clock);
        dialog.selectAll();
        QVERIFY(!dialog.anonymizeSelected(QStringLiteral("N-1"))); // two selected: their number is asked
        QCOMPARE(dialog.melding(), QStringLiteral("De bevestiging klopt niet; er is niets geanonimiseerd."));
        as("M. Jansen");
        QCOMPARE(inwoner("N-1").naam, QStringLiteral("Inwoner N-1"));
        as("B. Heer");
        QVERIFY(dialog.anonymizeSelected(QStringLiteral("2")));
        QCOMPARE(dialog.melding(), QStringLiteral("2 dossier(s) geanonimiseerd."));
        QCOMPARE(dialog.rijen(), 0);
        as("M. Jansen");
        QCOMPARE(inwoner("N-1").naam, QStringLiteral("Geanonimiseerd"));
        QCOMPARE(inwoner("N-2").naam, QStringLiteral("Geanonimiseerd"));
        QCOMPARE(inwoner("N-3").naam, QStringLiteral("Inwoner N-3"));
    }

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(BewaartermijnDialogTest)
#include "bewaartermijndialog_test.moc"
