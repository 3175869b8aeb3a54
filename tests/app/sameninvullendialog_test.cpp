// Samen invullen as the inwoner does it, by keyboard and by mouse, and the way out that only the professional's
// password opens. Offscreen; the password check is a stand-in with the same answers as AccountStore::confirm.
#include "core/instrument.h"
#include "meting/sameninvullendialog.h"
#include "support/fakeclock.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace dw;

class SamenInvullenDialogTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SamenInvullenDialog> maak()
    {
        m_pogingen = 0;
        return std::make_unique<SamenInvullenDialog>(Instrument::standaard(), m_clock, [this](const QString& w) {
            ++m_pogingen;
            return w == QLatin1String("geheim-van-de-professional")
                ? Status()
                : Status(Error::because(Error::Cause::Denied, Error::Kind::BadInput, QStringLiteral("nee")));
        });
    }
    static QString tekst(SamenInvullenDialog& d, const char* label)
    {
        return d.findChild<QLabel*>(QLatin1String(label))->text();
    }
    // The answer button whose text starts with `begin`, on the question shown.
    static QPushButton* knop(SamenInvullenDialog& d, const QString& begin)
    {
        for (QPushButton* b : d.findChildren<QPushButton*>()) {
            if (b->property("antwoord").toBool() && b->isVisible() && b->text().startsWith(begin))
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void everyStatementThenEveryLevensgebiedOneAtATime()
    {
        auto d = maak();
        d->show();
        QCOMPARE(d->stappen(), 15 + 8);
        QCOMPARE(tekst(*d, "voortgangLabel"), QStringLiteral("Vraag 1 van 23"));
        QCOMPARE(tekst(*d, "stellingLabel"), QStringLiteral("Ik kan mijn problemen zelf oplossen."));
        QVERIFY(knop(*d, QStringLiteral("Helemaal\nmee oneens\n(1)")));
        QVERIFY(knop(*d, QStringLiteral("Weet ik niet")));
        QTest::keyClick(d.get(), Qt::Key_4);
        QCOMPARE(tekst(*d, "voortgangLabel"), QStringLiteral("Vraag 2 van 23"));
        // Statement 7 carries an explanation in easier words; the statement itself is word for word.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(d.get(), Qt::Key_Right);
        QCOMPARE(
            tekst(*d, "stellingLabel"), QStringLiteral("Ik heb geen problemen met het begrijpen van formulieren."));
        QVERIFY(tekst(*d, "uitlegLabel").startsWith(QStringLiteral("Bijvoorbeeld een brief van de gemeente")));
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(d.get(), Qt::Key_Right);
        QCOMPARE(tekst(*d, "voortgangLabel"), QStringLiteral("Vraag 16 van 23"));
        QCOMPARE(tekst(*d, "stellingLabel"), QStringLiteral("Financiën (incl. schulden)"));
        QVERIFY(knop(*d, QStringLiteral("Ernstige\nproblemen\n(2)")));
        QVERIFY(knop(*d, QStringLiteral("N.v.t.\n(N)")));
    }

    void answersByKeyboardAndMouseWithWeetNietAndBack()
    {
        auto d = maak();
        d->show();
        QTest::keyClick(d.get(), Qt::Key_5); // inw.pc.1
        QTest::keyClick(d.get(), Qt::Key_W); // inw.pc.2: weet ik niet
        knop(*d, QStringLiteral("Mee oneens\n(2)"))->click(); // inw.pc.3 by mouse: 2
        QTest::keyClick(d.get(), Qt::Key_Left); // back to inw.pc.3: its answer shows as chosen
        QVERIFY(knop(*d, QStringLiteral("Mee oneens\n(2)"))->isChecked());
        QTest::keyClick(d.get(), Qt::Key_3); // changed to 3
        for (int i = 3; i < 15; ++i)
            QTest::keyClick(d.get(), Qt::Key_Right);
        QTest::keyClick(d.get(), Qt::Key_2); // financien: ernstig
        QTest::keyClick(d.get(), Qt::Key_N); // wonen: n.v.t.
        QTest::keyClick(d.get(), Qt::Key_0); // tijdsbesteding: geen
        m_clock.set(m_clock.now().addSecs(372));
        const Meting m = d->meting();
        QCOMPARE(m.perspectief, Perspectief::Inwoner);
        QVERIFY(m.zelfIngevuld);
        QCOMPARE(m.invulduurSeconden, 372);
        QCOMPARE(m.antwoorden, (Antwoorden {{QStringLiteral("inw.pc.1"), 5}, {QStringLiteral("inw.pc.3"), 3}}));
        QCOMPARE(m.draaglast.size(), 3);
        QCOMPARE(m.draaglast.value(QStringLiteral("financien")), std::optional<int>(2));
        QVERIFY(m.draaglast.contains(QStringLiteral("wonen")));
        QCOMPARE(m.draaglast.value(QStringLiteral("wonen")), std::nullopt);
        QCOMPARE(m.draaglast.value(QStringLiteral("tijdsbesteding")), std::optional<int>(0));
    }

    void noKeyAndNoCloseLeavesWithoutThePassword()
    {
        auto d = maak();
        d->show();
        QTest::keyClick(d.get(), Qt::Key_Escape);
        QVERIFY(d->opTerugScherm());
        QVERIFY(d->isVisible());
        QTest::keyClick(d.get(), Qt::Key_Escape); // back to the questions
        QVERIFY(!d->opTerugScherm());
        QCloseEvent close;
        QCoreApplication::sendEvent(d.get(), &close); // Alt+F4, the window manager's close
        QVERIFY(!close.isAccepted());
        QVERIFY(d->isVisible());
        QVERIFY(d->opTerugScherm());
        d->reject();
        d->reject();
        QVERIFY(d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(d->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(d->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(d->isModal());
    }

    void theWrongPasswordKeepsItLockedAndTheRightOneFinishes()
    {
        auto d = maak();
        d->show();
        for (int i = 0; i < 15; ++i)
            QTest::keyClick(d.get(), Qt::Key_4);
        QTest::keyClick(d.get(), Qt::Key_4); // no draaglast level: nothing happens
        QCOMPARE(tekst(*d, "voortgangLabel"), QStringLiteral("Vraag 16 van 23"));
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(d.get(), Qt::Key_Right); // the levensgebieden skipped
        QVERIFY(d->opTerugScherm());
        QCOMPARE(tekst(*d, "terugKopLabel"), QStringLiteral("Klaar. Dank u wel!"));
        auto* wachtwoord = d->findChild<QLineEdit*>(QStringLiteral("wachtwoordEdit"));
        QTest::keyClicks(wachtwoord, QStringLiteral("raden"));
        QTest::keyClick(wachtwoord, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QCOMPARE(tekst(*d, "meldingLabel"), QStringLiteral("Onjuist wachtwoord."));
        QCOMPARE(wachtwoord->text(), QString());
        QTest::keyClicks(wachtwoord, QStringLiteral("geheim-van-de-professional"));
        QTest::keyClick(wachtwoord, Qt::Key_Return);
        QCOMPARE(m_pogingen, 2);
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Accepted));
        // 15 statements answered 4, the 8 levensgebieden skipped: not rated.
        QCOMPARE(d->meting().antwoorden.size(), 15);
        QVERIFY(d->meting().draaglast.isEmpty());
    }

private:
    test::FakeClock m_clock;
    int m_pogingen = 0;
};

QTEST_MAIN(SamenInvullenDialogTest)
#include "sameninvullendialog_test.moc"
