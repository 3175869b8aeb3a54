// Issue 20, point 1: every focusable widget a professional can reach has an accessible name, as a screen reader
// reads it (QAccessible, the interface AT-SPI gets), and every label with an Alt letter is the buddy of its field.
// Walks the main window with a dossier open, tab by tab, the Teamoverzicht tab by tab, every dialog and the lock
// screen.
#include "core/appidentity.h"
#include "support/fakeclock.h"

#include "alledialogen.h"
#include "widgetwalk.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;
using dw::test::naamloos;

namespace {

// The nameless controls of each page of `tabs`, as the user opens them one by one.
QStringList naamloosPerTab(QWidget* window, QTabWidget* tabs, const std::function<void(int)>& toon)
{
    QStringList uit;
    for (int i = 0; i < tabs->count(); ++i) {
        toon(i);
        QCoreApplication::processEvents();
        for (const QString& w : naamloos(window) + test::labelsZonderBuddy(window))
            uit << QStringLiteral("%1: %2").arg(tabs->tabText(i).remove(QLatin1Char('&')), w);
    }
    uit.removeDuplicates();
    return uit;
}

void meld(const QStringList& alle)
{
    for (const QString& a : alle)
        qWarning("naamloos: %s", qPrintable(a));
}

} // namespace

class AccessibleNamesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
        m_path = m_dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(test::maakDemoBestand(m_path));
    }

    void everyFocusableWidgetOfTheMainWindowAndTheDossierHasAName()
    {
        const auto window = test::hoofdvensterMetDossier(m_path, QStringLiteral("WSL-000003"));
        QVERIFY(window);
        DossierWidget* dossier = window->dossierWidget();
        const QStringList alle = naamloosPerTab(window.get(),
            dossier->findChild<QTabWidget*>(QStringLiteral("tabs")),
            [dossier](int i) { dossier->showTab(i); });
        meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

    void everyFocusableWidgetOfTheTeamoverzichtHasAName()
    {
        const auto w = test::teamoverzicht(m_path, m_clock);
        QVERIFY(w);
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        const QStringList alle = naamloosPerTab(w.get(), tabs, [tabs](int i) { tabs->setCurrentIndex(i); });
        meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

    void everyFocusableWidgetOfEveryDialogHasAName()
    {
        test::AlleDialogen dialogen;
        QVERIFY(dialogen.ok());
        QStringList alle;
        for (const auto& d : dialogen.lijst()) {
            const std::unique_ptr<QWidget> w = d.maak();
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            for (const QString& naam : naamloos(w.get()) + test::labelsZonderBuddy(w.get()))
                alle << QStringLiteral("%1: %2").arg(d.naam, naam);
        }
        QWidget window;
        window.show();
        QWidget* slot = dialogen.slotscherm(&window);
        QVERIFY(slot);
        for (const QString& naam : naamloos(slot))
            alle << QStringLiteral("Slotscherm: %1").arg(naam);
        meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
};

QTEST_MAIN(AccessibleNamesTest)
#include "accessiblenames_test.moc"
