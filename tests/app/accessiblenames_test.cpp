// Issue 20, point 1: every focusable widget a professional can reach has an accessible name, as a screen reader
// reads it (QAccessible, the interface AT-SPI gets), and every label with an Alt letter is the buddy of its field.
// Walks the main window with a dossier open, tab by tab, the Teamoverzicht tab by tab, every dialog and the lock
// screen.
#include "support/fakeclock.h"

#include "alledialogen.h"
#include "widgetwalk.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;
using dw::test::naamloos;

namespace {

QStringList naamloosOfZonderBuddy(QWidget* window, QTabWidget*)
{
    return naamloos(window) + test::labelsZonderBuddy(window);
}

} // namespace

class AccessibleNamesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::wandelBestand(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void everyFocusableWidgetOfTheMainWindowAndTheDossierHasAName()
    {
        const QStringList alle = test::hoofdvensterPerTab(m_path, naamloosOfZonderBuddy);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

    void everyFocusableWidgetOfTheTeamoverzichtHasAName()
    {
        const QStringList alle = test::teamoverzichtPerTab(m_path, m_clock, naamloosOfZonderBuddy);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

    void everyFocusableWidgetOfEveryDialogHasAName()
    {
        bool ok = false;
        QStringList alle = test::inElkeDialoog([](QWidget* w) { return naamloosOfZonderBuddy(w, nullptr); }, &ok);
        QVERIFY(ok);
        test::AlleDialogen dialogen;
        QWidget window;
        window.show();
        QWidget* slot = dialogen.slotscherm(&window);
        QVERIFY(slot);
        for (const QString& naam : naamloos(slot))
            alle << QStringLiteral("Slotscherm: %1").arg(naam);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
};

QTEST_MAIN(AccessibleNamesTest)
#include "accessiblenames_test.moc"
