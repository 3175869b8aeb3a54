// Issue 18, point 6: no window has two controls on one shortcut or one Alt letter. Seen in use: Alt+T was both
// "&Trends" and "Doel &toevoegen", and Ctrl+Shift+Z was registered twice, so Redo by keyboard did nothing. Walks
// the main window with a dossier open, tab by tab, the Teamoverzicht tab by tab, and every dialog.
#include "support/fakeclock.h"

#include "alledialogen.h"
#include "sneltoetsen.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

QStringList dubbel(QWidget* window, QTabWidget*)
{
    return test::dubbeleSneltoetsen(window) + test::dubbeleAltLetters(window);
}

} // namespace

class SneltoetsenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::wandelBestand(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void theHelpersFindWhatTheyShould()
    {
        QCOMPARE(test::altLetter(QStringLiteral("Ge&meente")), QLatin1Char('m'));
        QCOMPARE(test::altLetter(QStringLiteral("Jansen && Zn. &Opslaan")), QLatin1Char('o'));
        QVERIFY(test::altLetter(QStringLiteral("Geen letter")).isNull());
        QWidget w;
        auto* a = new QAction(QStringLiteral("&Trends"), &w);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        auto* b = new QAction(QStringLiteral("&Teamoverzicht"), &w);
        b->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_T)});
        QCOMPARE(test::dubbeleSneltoetsen(&w).size(), 1);
        auto* redo = new QAction(QStringLiteral("Opnieuw"), &w);
        redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
        QCOMPARE(test::dubbeleSneltoetsen(&w).size(), 2);
        QWidget v;
        new QPushButton(QStringLiteral("&Plan"), &v);
        new QPushButton(QStringLiteral("&Professional"), &v);
        new QPushButton(QStringLiteral("&Opslaan"), &v);
        QCOMPARE(test::dubbeleAltLetters(&v), QStringList {QStringLiteral("Alt+P: &Plan / &Professional")});
    }

    void theMainWindowHasNoDoubleShortcutsOnAnyTab()
    {
        const QStringList alle = test::hoofdvensterPerTab(m_path, dubbel);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 doubles").arg(alle.size())));
    }

    void theTeamoverzichtHasNoDoubleShortcuts()
    {
        const QStringList alle = test::teamoverzichtPerTab(m_path, m_clock, dubbel);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 doubles").arg(alle.size())));
    }

    void noDialogHasDoubleShortcuts()
    {
        bool ok = false;
        const QStringList alle = test::inElkeDialoog([](QWidget* w) { return dubbel(w, nullptr); }, &ok);
        QVERIFY(ok);
        test::meld(alle);
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 doubles").arg(alle.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
};

QTEST_MAIN(SneltoetsenTest)
#include "sneltoetsen_test.moc"
