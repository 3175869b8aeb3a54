#include "core/appidentity.h"
#include "core/instrument.h"
#include "meting/metingform.h"

#include <QTest>

using namespace dw;

class MetingFormTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void theFormIsGeneratedFromTheInstrument()
    {
        MetingForm inw(Instrument::standaard(), Perspectief::Inwoner);
        MetingForm pro(Instrument::standaard(), Perspectief::Professional);
        for (const auto& item : Instrument::standaard().perspectief(Perspectief::Inwoner).items)
            QVERIFY2(inw.itemRow(item.code), qPrintable(item.code));
        QVERIFY(!inw.itemRow(QStringLiteral("pro.pc.1")));
        QVERIFY(pro.itemRow(QStringLiteral("pro.sk.6")));
        QVERIFY(inw.levensgebiedRow(QStringLiteral("veiligheid")));
        QVERIFY(inw.isEmpty());
    }

    void digitsAnswerAndMoveOnToTheNextItem()
    {
        MetingForm form(Instrument::standaard(), Perspectief::Professional);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.itemRow(QStringLiteral("pro.pc.1"))->setFocus();
        // Six PC items 3,4,3,4,3,4 (= 3.5, "wel"), then six SK items with one "weet niet": 2,2,W,2,2,2.
        QTest::keyClicks(QApplication::focusWidget(), QString());
        for (const char key : QByteArray("343434"
                                         "22w222")) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, key);
        }
        const Meting m = form.meting();
        QCOMPARE(m.antwoorden.size(), 11);
        QCOMPARE(m.antwoorden.value(QStringLiteral("pro.pc.2")), 4);
        QCOMPARE(m.antwoorden.value(QStringLiteral("pro.sk.6")), 2);
        QVERIFY(!m.antwoorden.contains(QStringLiteral("pro.sk.3")));
        QVERIFY2(form.summaryText().contains(QStringLiteral("3,50")), qPrintable(form.summaryText()));
        QVERIFY(form.summaryText().contains(QStringLiteral("Enkele draagkracht (persoonlijke competenties)")));
    }

    void draaglastKeysIncludingNvt()
    {
        MetingForm form(Instrument::standaard(), Perspectief::Inwoner);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.levensgebiedRow(QStringLiteral("financien"))->setFocus();
        for (const char key : QByteArray("21n0"))
            QTest::keyClick(QApplication::focusWidget(), key);
        const Meting m = form.meting();
        QCOMPARE(m.draaglast.value(QStringLiteral("financien")), std::optional<int>(2));
        QCOMPARE(m.draaglast.value(QStringLiteral("wonen")), std::optional<int>(1));
        QVERIFY(m.draaglast.contains(QStringLiteral("tijdsbesteding")));
        QVERIFY(!m.draaglast.value(QStringLiteral("tijdsbesteding")).has_value()); // n.v.t.
        QCOMPARE(m.draaglast.value(QStringLiteral("opvoeding")), std::optional<int>(0));
        QVERIFY(!m.draaglast.contains(QStringLiteral("veiligheid"))); // not rated
        QVERIFY(form.summaryText().contains(QStringLiteral("2 probleemgebied")));
    }

    void underTwoThirdsShowsAWarning()
    {
        MetingForm form(Instrument::standaard(), Perspectief::Inwoner);
        Meting m;
        m.perspectief = Perspectief::Inwoner;
        for (int i = 1; i <= 5; ++i)
            m.antwoorden.insert(QStringLiteral("inw.pc.%1").arg(i), 4); // 5 of 8: one short
        form.setMeting(m);
        QVERIFY2(form.summaryText().contains(QStringLiteral("onvoldoende ingevuld (5 van 8; minstens 6 nodig)")),
            qPrintable(form.summaryText()));
        QCOMPARE(form.meting(), m);
    }
};

QTEST_MAIN(MetingFormTest)
#include "metingform_test.moc"
