// Issue 20, point 2: a keyboard user reaches every control with Tab, in reading order, and Tab always leaves a
// control again (no keyboard trap; in tables the arrow keys move between cells, Tab moves on). Walks the main window
// with a dossier open, tab by tab, the Teamoverzicht tab by tab, and every dialog.
#include "support/fakeclock.h"

#include "alledialogen.h"
#include "widgetwalk.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace dw;

namespace {

// What is wrong with one round of Tab through `window`, in words, each after `waar`; empty when nothing is.
QStringList fouten(const QString& waar, QWidget* window)
{
    const test::TabRonde r = test::tabRonde(window);
    QStringList uit;
    if (!r.val.isEmpty())
        uit << QStringLiteral("%1Tab blijft hangen in %2").arg(waar, r.val);
    else if (!r.rond)
        uit << QStringLiteral("%1Tab komt niet terug bij het begin").arg(waar);
    for (const QString& w : test::gemist(window, r))
        uit << QStringLiteral("%1Tab bereikt %2 niet").arg(waar, w);
    for (const QString& w : test::tegenLeesvolgorde(window, r))
        uit << QStringLiteral("%1tegen de leesvolgorde in: %2").arg(waar, w);
    return uit;
}

// One round on the current page, starting at the tab bar as a user who just chose the page.
QStringList foutenOpPagina(QWidget* window, QTabWidget* tabs)
{
    tabs->tabBar()->setFocus(Qt::TabFocusReason);
    return fouten(QString(), window);
}

} // namespace

class TabOrderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::wandelBestand(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    // The walk itself finds what it is meant to find, on small windows made wrong on purpose.
    void theWalkFindsATrapAControlNeverReachedAndAJumpBack()
    {
        QWidget venster;
        auto* layout = new QVBoxLayout(&venster);
        auto* boven = new QLineEdit;
        auto* onder = new QLineEdit;
        auto* tekst = new QPlainTextEdit; // Tab inserts a tab here: a trap
        layout->addWidget(boven);
        layout->addWidget(onder);
        layout->addWidget(tekst);
        venster.show();
        QVERIFY(QTest::qWaitForWindowActive(&venster));
        tekst->setFocus(Qt::TabFocusReason);
        const test::TabRonde vast = test::tabRonde(&venster);
        QVERIFY(!vast.val.isEmpty());
        QCOMPARE(test::gemist(&venster, vast).size(), 2); // behind the trap: boven and onder

        tekst->setTabChangesFocus(true);
        QWidget::setTabOrder(onder, boven); // the order now runs bottom to top
        QWidget::setTabOrder(boven, tekst);
        onder->setFocus(Qt::TabFocusReason);
        const test::TabRonde r = test::tabRonde(&venster);
        QVERIFY(r.rond && r.val.isEmpty());
        QCOMPARE(test::tegenLeesvolgorde(&venster, r).size(), 1); // onder -> boven
        QVERIFY(test::gemist(&venster, r).isEmpty());
    }

    void tabReachesEveryControlOfTheMainWindowAndComesBack()
    {
        const QStringList alle = test::hoofdvensterPerTab(m_path, foutenOpPagina);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 problems with the Tab order").arg(alle.size())));
    }

    void tabReachesEveryControlOfTheTeamoverzichtAndComesBack()
    {
        const QStringList alle = test::teamoverzichtPerTab(m_path, m_clock, foutenOpPagina);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 problems with the Tab order").arg(alle.size())));
    }

    void tabReachesEveryControlOfEveryDialogAndComesBack()
    {
        test::AlleDialogen dialogen;
        QVERIFY(dialogen.ok());
        QStringList alle;
        for (const auto& d : dialogen.lijst()) {
            const std::unique_ptr<QWidget> w = d.maak();
            w->show();
            QVERIFY(QTest::qWaitForWindowActive(w.get()));
            alle << fouten(d.naam + QStringLiteral(": "), w.get());
        }
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 problems with the Tab order").arg(alle.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
};

QTEST_MAIN(TabOrderTest)
#include "taborder_test.moc"
