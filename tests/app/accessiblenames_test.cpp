// Issue 20, point 1: every focusable widget a professional can reach has an accessible name, as a screen reader
// reads it (QAccessible, the interface AT-SPI gets). Walks the main window with a dossier open, tab by tab.
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

// The focusable, visible widgets of `root` that a screen reader would announce without a name.
QStringList naamloos(QWidget* root)
{
    QStringList uit;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget())) // a spin box's own line edit: the box is named
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
            continue; // a view's viewport: the view is named

        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        uit << QStringLiteral("%1 (%2 in %3)")
                   .arg(w->objectName(),
                       QLatin1String(w->metaObject()->className()),
                       QLatin1String(w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-"));
    }
    uit.removeDuplicates();
    return uit;
}

} // namespace

class AccessibleNamesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFocusableWidgetOfTheMainWindowAndTheDossierHasAName()
    {
        setApplicationIdentity();
        QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const DemoGenerator g(Instrument::standaard(), 3);
            QVERIFY(DossierStore(*db.value(), Instrument::standaard())
                        .importGenerated(20, [&g](int i) { return g.dossier(i); })
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value(), Instrument::standaard(), Clock::system());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("zoekEdit"));
        QTest::keyClicks(search, QStringLiteral("WSL-000003"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("tableView"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(window.dossierWidget());
        QStringList alle;
        auto* tabs = window.dossierWidget()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            window.dossierWidget()->showTab(i);
            QCoreApplication::processEvents();
            for (const QString& w : naamloos(&window))
                alle << QStringLiteral("%1: %2").arg(tabs->tabText(i), w);
        }
        alle.removeDuplicates();
        for (const QString& a : std::as_const(alle))
            qWarning("naamloos: %s", qPrintable(a));
        QVERIFY2(alle.isEmpty(), qPrintable(QStringLiteral("%1 focusable widgets without a name").arg(alle.size())));
    }
};

QTEST_MAIN(AccessibleNamesTest)
#include "accessiblenames_test.moc"
