// Issue 20, point 2: a keyboard user reaches every control with Tab, in reading order, and Tab always leaves a
// control again (no keyboard trap; in tables the arrow keys move between cells, Tab moves on). Walks the main window
// with a dossier open, tab by tab, the Teamoverzicht tab by tab, and every dialog.
#include "core/appidentity.h"
#include "support/fakeclock.h"

#include "alledialogen.h"
#include "widgetwalk.h"

#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

// What is wrong with one round of Tab through `window`, in words; empty when nothing is.
QStringList fouten(const QString& waar, QWidget* window)
{
    const test::TabRonde r = test::tabRonde(window);
    QStringList uit;
    if (!r.val.isEmpty())
        uit << QStringLiteral("%1: Tab blijft hangen in %2").arg(waar, r.val);
    else if (!r.rond)
        uit << QStringLiteral("%1: Tab komt niet terug bij het begin").arg(waar);
    for (const QString& w : test::gemist(window, r))
        uit << QStringLiteral("%1: Tab bereikt %2 niet").arg(waar, w);
    for (const QString& w : test::tegenLeesvolgorde(window, r))
        uit << QStringLiteral("%1: tegen de leesvolgorde in: %2").arg(waar, w);
    return uit;
}

// One round per page of `tabs`, starting at its tab bar as a user who just chose the page.
QStringList foutenPerTab(QWidget* window, QTabWidget* tabs, const std::function<void(int)>& toon)
{
    QStringList uit;
    for (int i = 0; i < tabs->count(); ++i) {
        toon(i);
        QCoreApplication::processEvents();
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
        uit << fouten(tabs->tabText(i).remove(QLatin1Char('&')), window);
    }
    return uit;
}

void meld(const QStringList& alle)
{
    for (const QString& a : alle)
        qWarning("%s", qPrintable(a));
}

} // namespace

class TabOrderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
        m_path = m_dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(test::maakDemoBestand(m_path));
    }

    void tabReachesEveryControlOfTheMainWindowAndComesBack()
    {
        const auto window = test::hoofdvensterMetDossier(m_path, QStringLiteral("WSL-000003"));
        QVERIFY(window);
        DossierWidget* dossier = window->dossierWidget();
        const QStringList alle = foutenPerTab(window.get(),
            dossier->findChild<QTabWidget*>(QStringLiteral("tabs")),
            [dossier](int i) { dossier->showTab(i); });
        meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 problems with the Tab order").arg(alle.size())));
    }

    void tabReachesEveryControlOfTheTeamoverzichtAndComesBack()
    {
        const auto w = test::teamoverzicht(m_path, m_clock);
        QVERIFY(w);
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        const QStringList alle = foutenPerTab(w.get(), tabs, [tabs](int i) { tabs->setCurrentIndex(i); });
        meld(alle);
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
            alle << fouten(d.naam, w.get());
        }
        meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 problems with the Tab order").arg(alle.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
};

QTEST_MAIN(TabOrderTest)
#include "taborder_test.moc"
