#include "inwoner/inwonerdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace dw;

namespace {
// QTest::keyClicks handles only ASCII; a professional types "Zoë" and "Súdwest-Fryslân" too.
void typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

class InwonerDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedInputBecomesAnInwoner()
    {
        InwonerDialog dialog({QStringLiteral("Enschede"), QStringLiteral("Venlo")});
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("ENS-0042"));
        typeText(dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")), QStringLiteral("Zoë Çelik"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("29-02-1984"));
        typeText(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo"))->lineEdit(),
            QStringLiteral("Súdwest-Fryslân"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Inwoner i = dialog.inwoner();
        QCOMPARE(i.ref, QStringLiteral("ENS-0042"));
        QCOMPARE(i.naam, QStringLiteral("Zoë Çelik"));
        QCOMPARE(i.geboortedatum, QDate(1984, 2, 29));
        QCOMPARE(i.gemeente, QStringLiteral("Súdwest-Fryslân"));
    }

    void anImpossibleDateKeepsTheDialogOpenWithADutchMessage()
    {
        InwonerDialog dialog({});
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("X-1"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")), QStringLiteral("A. Bakker"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("29-02-2017"));
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo")), QStringLiteral("Venlo"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        // The reason stands under the field, which keeps what was typed and has the focus.
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"))->text(),
            QStringLiteral("'29-02-2017' is geen geldige datum; schrijf dd-mm-jjjj, bijvoorbeeld 02-03-1971."));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"))->isVisible());
        QCOMPARE(field->text(), QStringLiteral("29-02-2017"));
        QCOMPARE(dialog.focusWidget(), field);
    }

    void aBirthDateInTheFutureIsRefusedAtTheField()
    {
        InwonerDialog dialog({});
        dialog.setToday(QDate(2026, 11, 30));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("X-3"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")), QStringLiteral("B. Smit"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("01-12-2026"));
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo")), QStringLiteral("Venlo"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"))->text(),
            QStringLiteral("Ligt in de toekomst."));
        // Today itself is fine.
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("30-11-2026"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"))->isVisible());
    }

    // Seen in use: the message stayed under a field after it was put right, until Opslaan was chosen again.
    void aMessageGoesAsSoonAsItsFieldIsRight()
    {
        InwonerDialog dialog({});
        dialog.setToday(QDate(2026, 11, 30));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("X-4"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")), QStringLiteral("C. Dekker"));
        auto* datum = dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit"));
        QTest::keyClicks(datum, QStringLiteral("31-02-1980"));
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo")), QStringLiteral("Venlo"));
        dialog.accept();
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("geboortedatumEditMessage"));
        auto* algemeen = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(!algemeen->text().isEmpty());
        QCOMPARE(dialog.focusWidget(), datum);
        datum->selectAll();
        QTest::keyClicks(datum, QStringLiteral("28-02-19")); // on the way: still no date, the message stays
        QVERIFY(message->isVisible());
        QTest::keyClicks(datum, QStringLiteral("80"));
        QVERIFY(!message->isVisible()); // right now: gone without Opslaan
        QVERIFY(algemeen->text().isEmpty());
    }

    // A ref that exists already is found on saving, by the database: the message goes under the ref, which gets the
    // focus, and goes when the ref changes.
    void aRefFoundTakenOnSavingIsShownAtTheRef()
    {
        InwonerDialog dialog({});
        dialog.show();
        auto* ref = dialog.findChild<QLineEdit*>(QStringLiteral("refEdit"));
        QTest::keyClicks(ref, QStringLiteral("ENS-1"));
        dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit"))->setFocus();
        dialog.showFieldError(validation::InwonerVeld::Ref, QStringLiteral("Er is al een inwoner met ref ENS-1."));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("refEditMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Er is al een inwoner met ref ENS-1."));
        QCOMPARE(dialog.focusWidget(), ref);
        QTest::keyClicks(ref, QStringLiteral("2"));
        QVERIFY(!message->isVisible());
    }

    // Issue 18: a new ref from the pattern for the gemeente chosen; a typed ref is left alone.
    void theRefIsProposedForTheGemeenteUnlessOneWasTyped()
    {
        InwonerDialog dialog({QStringLiteral("Venlo"), QStringLiteral("Arnhem")});
        dialog.setRefVoorstel([](const QString& gemeente) {
            return gemeente == QLatin1String("Venlo") ? QStringLiteral("VNL-000013") : QStringLiteral("ARN-000001");
        });
        auto* ref = dialog.findChild<QLineEdit*>(QStringLiteral("refEdit"));
        auto* gemeente = dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo"));
        QCOMPARE(ref->text(), QString()); // no gemeente yet: no code to make one from
        gemeente->setCurrentText(QStringLiteral("Venlo"));
        QCOMPARE(ref->text(), QStringLiteral("VNL-000013"));
        gemeente->setCurrentText(QStringLiteral("Arnhem"));
        QCOMPARE(ref->text(), QStringLiteral("ARN-000001")); // the proposal follows the gemeente
        ref->setText(QStringLiteral("EIGEN-1"));
        gemeente->setCurrentText(QStringLiteral("Venlo"));
        QCOMPARE(ref->text(), QStringLiteral("EIGEN-1"));
    }

    // Issue 18: the professional is chosen from a list, so that a typo cannot split the team's figures.
    void theProfessionalComesFromTheList()
    {
        InwonerDialog dialog({});
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("professionalCombo"));
        dialog.setProfessionals({QStringLiteral("M. Jansen"), QStringLiteral("S. Öztürk")}, true);
        QVERIFY(!combo->isEditable()); // accounts: only who can work with the inwoner
        QCOMPARE(combo->count(), 2);
        dialog.setProfessionals({QStringLiteral("M. Jansen"), QStringLiteral("S. Öztürk")}, false);
        QVERIFY(combo->isEditable()); // before accounts: the names in use, with a completer
        combo->setEditText(QStringLiteral("m. jansen"));
        QCOMPARE(dialog.inwoner().professional, QStringLiteral("M. Jansen"));
        combo->setEditText(QStringLiteral("A. Nieuw"));
        QCOMPARE(dialog.inwoner().professional, QStringLiteral("A. Nieuw"));
    }

    // Issue 18: BSN, address, phone and e-mail are checked at their fields and kept in their normal form.
    void persoonsgegevensAreCheckedAtTheirFields()
    {
        InwonerDialog dialog({});
        dialog.setToday(QDate(2026, 11, 30));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("X-9"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")), QStringLiteral("D. Eisma"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("1-1-1990"));
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo")), QStringLiteral("Venlo"));
        auto* bsn = dialog.findChild<QLineEdit*>(QStringLiteral("bsnEdit"));
        QTest::keyClicks(bsn, QStringLiteral("123456789"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("postcodeEdit")), QStringLiteral("5911ab"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("telefoonEdit")), QStringLiteral("077-1234567"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("bsnEditMessage"))->text(),
            QStringLiteral("Is geen geldig BSN: het voldoet niet aan de elfproef; kijk het nummer na."));
        QCOMPARE(dialog.focusWidget(), bsn);
        bsn->clear();
        QTest::keyClicks(bsn, QStringLiteral("123456782"));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("bsnEditMessage"))->isVisible());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Inwoner i = dialog.inwoner();
        QCOMPARE(i.bsn, QStringLiteral("123456782"));
        QCOMPARE(i.adres.postcode, QStringLiteral("5911 AB"));
        QCOMPARE(i.telefoon, QStringLiteral("077-1234567"));
    }

    void aMissingNameIsNamed()
    {
        InwonerDialog dialog({});
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("refEdit")), QStringLiteral("X-2"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("geboortedatumEdit")), QStringLiteral("1-1-1990"));
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("gemeenteCombo")), QStringLiteral("Venlo"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(
            dialog.findChild<QLabel*>(QStringLiteral("naamEditMessage"))->text(), QStringLiteral("Vul de naam in."));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("naamEdit")));
    }

    void dutchDates()
    {
        QCOMPARE(InwonerDialog::parseDutchDate(QStringLiteral("2-3-1971")), QDate(1971, 3, 2));
        QCOMPARE(InwonerDialog::parseDutchDate(QStringLiteral("02-03-1971")), QDate(1971, 3, 2));
        QCOMPARE(InwonerDialog::parseDutchDate(QStringLiteral("1971-03-02")), QDate(1971, 3, 2));
        QVERIFY(!InwonerDialog::parseDutchDate(QStringLiteral("31-04-1971")).isValid());
    }
};

QTEST_MAIN(InwonerDialogTest)
#include "inwonerdialog_test.moc"
