// "Vandaag en deze week" for M. Jansen on Tuesday 1 December 2026: only their own open dossiers, what is due up to
// Sunday 6 December, late first; Enter asks for the dossier. Offscreen.
#include "core/instrument.h"
#include "herinneringen/herinneringenwidget.h"
#include "herinneringen/weekoverzichtdialog.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/handcohort.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dw;

class WeekoverzichtDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownDossiersDueThisWeekLateFirst()
    {
        QTemporaryDir dir;
        auto db = std::move(Database::open(dir.filePath(QStringLiteral("w.sqlite")))).value();
        // vervolgmeting due 1 June + 6 months = 1 December (today). B-1: due 20 November (late) and an afspraak
        // on 10 December (next week: not listed). C-1 is another professional's.
        Dossier a = test::handDossier(QStringLiteral("A-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
        test::addMeetmoment(a, QDate(2026, 6, 1), 3, 3);
        Dossier b = test::handDossier(QStringLiteral("B-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
        test::addMeetmoment(b, QDate(2026, 5, 20), 3, 3);
        Plan p;
        p.versie = 1;
        p.datum = QDate(2026, 5, 27);
        p.afspraken = {{QStringLiteral("Huisbezoek"), {}, QDate(2026, 12, 10)}};
        b.plannen = {p};
        Dossier c = test::handDossier(QStringLiteral("C-1"), QStringLiteral("Hengelo"), QStringLiteral("P. de Boer"));
        test::addMeetmoment(c, QDate(2026, 1, 1), 3, 3);
        QVERIFY(DossierStore(*db, Instrument::standaard()).importDossiers({a, b, c}).ok());

        WeekoverzichtDialog dialog;
        QCOMPARE(dialog.laad(*db, QStringLiteral("M. Jansen"), 6, QDate(2026, 12, 1)), 2);
        auto* lijst = dialog.findChild<QTreeWidget*>(QStringLiteral("lijst"));
        QCOMPARE(lijst->topLevelItem(0)->text(0), QStringLiteral("20-11-2026"));
        QCOMPARE(lijst->topLevelItem(0)->text(1), QStringLiteral("Inwoner B-1 (B-1)"));
        QCOMPARE(lijst->topLevelItem(0)->text(3), QStringLiteral("te laat"));
        QCOMPARE(lijst->topLevelItem(1)->text(3), QStringLiteral("vandaag"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("kopLabel"))->text(),
            QStringLiteral("2 herinnering(en) voor M. Jansen tot en met zondag 06-12-2026, waarvan 1 te laat."));
        QSignalSpy gekozen(&dialog, &WeekoverzichtDialog::dossierGekozen);
        dialog.findChild<QPushButton*>(QStringLiteral("openenButton"))->click();
        QCOMPARE(gekozen.count(), 1);
        QCOMPARE(gekozen.at(0).at(0).toString(), QStringLiteral("B-1"));
        // Nobody's caseload: nothing, and the dialog says how to set the name.
        QCOMPARE(dialog.laad(*db, QString(), 6, QDate(2026, 12, 1)), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("kopLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Wie bent u als professional?")));
    }

    void movingNeedsAReasonAndADateAfterToday()
    {
        VerzetDialog dialog(QStringLiteral("Vervolgmeting"), QDate(2026, 11, 20), QDate(2026, 12, 1));
        auto* datum = dialog.findChild<QDateEdit*>(QStringLiteral("naarEdit"));
        QCOMPARE(datum->minimumDate(), QDate(2026, 12, 2));
        QCOMPARE(datum->date(), QDate(2026, 12, 8)); // a week from today, as the late date is in the past
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed: no reason
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("meldingLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Geef de reden")));
        dialog.findChild<QLineEdit*>(QStringLiteral("redenEdit"))->setText(QStringLiteral("  vakantie "));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.reden(), QStringLiteral("vakantie"));
    }
};

QTEST_MAIN(WeekoverzichtDialogTest)
#include "weekoverzichtdialog_test.moc"
