// Dossier -> Afsluiten: the choice is complete before OK can be pressed. Offscreen.
#include "levenscyclus/afsluitdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace dw;

class AfsluitDialogTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(QDialog& d, const char* name) { return d.findChild<T*>(QLatin1String(name)); }
    QPushButton* ok(QDialog& d) { return child<QDialogButtonBox>(d, "buttons")->button(QDialogButtonBox::Ok); }

private Q_SLOTS:
    void startsTodayWithTheFirstReasonAndNeverAllowsALaterDate()
    {
        AfsluitDialog dialog(QStringLiteral("ENS-1"), QDate(2026, 11, 25));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Dossier ENS-1 afsluiten"));
        QCOMPARE(dialog.status().afgeslotenOp, QDate(2026, 11, 25));
        QCOMPARE(dialog.status().reden, Afsluitreden::DoelenBereikt);
        QCOMPARE(child<QComboBox>(dialog, "redenCombo")->itemText(4), QStringLiteral("Op eigen verzoek"));
        QCOMPARE(child<QComboBox>(dialog, "redenCombo")->count(), 6);
        QVERIFY(ok(dialog)->isEnabled());
        child<QDateEdit>(dialog, "datumEdit")->setDate(QDate(2026, 12, 1));
        QCOMPARE(dialog.status().afgeslotenOp, QDate(2026, 11, 25)); // the maximum holds
    }

    void andersNeedsATextBeforeOkWorks()
    {
        AfsluitDialog dialog(QStringLiteral("ENS-1"), QDate(2026, 11, 25));
        auto* reden = child<QComboBox>(dialog, "redenCombo");
        reden->setCurrentIndex(reden->findData(static_cast<int>(Afsluitreden::Anders)));
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "melding")->text(), QStringLiteral("Bij reden 'anders' hoort een toelichting."));
        QTest::keyClicks(child<QLineEdit>(dialog, "toelichtingEdit"), QStringLiteral("naar familie in Spanje"));
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "melding")->text(), QString());
        QCOMPARE(dialog.status().toelichting, QStringLiteral("naar familie in Spanje"));
        QCOMPARE(dialog.status().reden, Afsluitreden::Anders);
    }
};

QTEST_MAIN(AfsluitDialogTest)
#include "afsluitdialog_test.moc"
