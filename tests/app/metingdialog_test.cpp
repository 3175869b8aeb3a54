#include "core/appidentity.h"
#include "core/instrument.h"
#include "meting/metingdialog.h"
#include "meting/metingform.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace dw;

class MetingDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }
    void theDialogOpensOnTheFirstStatementSoDigitsAreAnswers()
    {
        MetingDialog dialog(Instrument::standaard());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QDate today = QDate::currentDate();
        for (const char key : QByteArray("45"))
            QTest::keyClick(QApplication::focusWidget(), key);
        const Meetmoment mm = dialog.meetmoment();
        QCOMPARE(mm.datum, today); // the digits did not go into the date
        QVERIFY(mm.inwoner.has_value());
        QCOMPARE(mm.inwoner->antwoorden.value(QStringLiteral("inw.pc.1")), 4);
        QCOMPARE(mm.inwoner->antwoorden.value(QStringLiteral("inw.pc.2")), 5);
    }

    void theDialogSavesOnlyMeasuredPerspectives()
    {
        MetingDialog dialog(Instrument::standaard());
        dialog.setDatum(QDate(2016, 2, 29));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted); // both empty: refused with a message
        Meting m;
        m.perspectief = Perspectief::Inwoner;
        m.antwoorden.insert(QStringLiteral("inw.pc.1"), 5);
        dialog.form(Perspectief::Inwoner)->setMeting(m);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Meetmoment mm = dialog.meetmoment();
        QCOMPARE(mm.datum, QDate(2016, 2, 29));
        QVERIFY(mm.inwoner.has_value());
        QVERIFY(!mm.professional.has_value());
    }

    // Seen in use: a stray digit after the last draaglast row went into the date (30-11 became 04-11).
    void afterTheLastRowFocusGoesToSaveNotToTheDate_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("laatste");
        QTest::addColumn<int>("key");
        QTest::newRow("inwoner, answered with a digit") << 0 << QStringLiteral("veiligheid") << int(Qt::Key_1);
        QTest::newRow("inwoner, arrow down") << 0 << QStringLiteral("veiligheid") << int(Qt::Key_Down);
        QTest::newRow("inwoner, Tab") << 0 << QStringLiteral("veiligheid") << int(Qt::Key_Tab);
        QTest::newRow("professional, answered with N") << 1 << QStringLiteral("veiligheid") << int(Qt::Key_N);
        QTest::newRow("professional, Tab") << 1 << QStringLiteral("veiligheid") << int(Qt::Key_Tab);
    }

    void afterTheLastRowFocusGoesToSaveNotToTheDate()
    {
        QFETCH(int, tab);
        QFETCH(QString, laatste);
        QFETCH(int, key);
        MetingDialog dialog(Instrument::standaard());
        dialog.setDatum(QDate(2026, 11, 30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(tab);
        const Perspectief p = tab == 0 ? Perspectief::Inwoner : Perspectief::Professional;
        QWidget* last = dialog.form(p)->levensgebiedRow(laatste);
        QVERIFY(last);
        last->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), last);
        QTest::keyClick(last, Qt::Key(key));
        QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QCOMPARE(QApplication::focusWidget(), save);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4); // the stray digit
        QCOMPARE(dialog.meetmoment().datum, QDate(2026, 11, 30));
        QVERIFY(dialog.isVisible()); // a digit on the button does not save
    }
};

QTEST_MAIN(MetingDialogTest)
#include "metingdialog_test.moc"
