// Issue 20, point 4: at 150-200 % scaling a dialog larger than the screen scrolls its contents and keeps its buttons
// in view; a dialog that fits is left as it is. Offscreen (its screen is 800x600).
#include "weergave/schermpassing.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace dw;

namespace dw {
// Only widgets of Draagwijzer's own namespace are fitted: Qt's own dialogs (a file dialog) keep their behaviour.
class ProefDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProefDialog(QSize inhoud)
    {
        auto* layout = new QVBoxLayout(this);
        auto* groot = new QLabel(QStringLiteral("inhoud"));
        groot->setObjectName(QStringLiteral("groot"));
        groot->setMinimumSize(inhoud);
        layout->addWidget(groot);
        auto* knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        knoppen->setObjectName(QStringLiteral("knoppen"));
        layout->addWidget(knoppen);
    }
};
} // namespace dw

class SchermPassingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qApp->installEventFilter(&m_passing); }

    void aDialogTallerThanTheScreenScrollsAndKeepsItsButtonsInView()
    {
        const QSize scherm = QGuiApplication::primaryScreen()->availableGeometry().size();
        ProefDialog dialog(QSize(300, scherm.height() * 2));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.height() <= scherm.height());
        auto* groot = dialog.findChild<QLabel*>(QStringLiteral("groot"));
        auto* scroll = dialog.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY(scroll->isAncestorOf(groot));
        auto* knoppen = dialog.findChild<QDialogButtonBox*>(QStringLiteral("knoppen"));
        QVERIFY(!scroll->isAncestorOf(knoppen)); // OK and Annuleren stay in view
        QVERIFY(knoppen->isVisible());
        QVERIFY(knoppen->geometry().bottom() <= dialog.height());
        QVERIFY(scroll->verticalScrollBar()->isVisible());
    }

    void aDialogThatFitsIsLeftAlone()
    {
        ProefDialog dialog(QSize(200, 100));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QScrollArea*>());
    }

    void aWindowIsOpenedNoLargerThanTheScreen()
    {
        const QSize scherm = QGuiApplication::primaryScreen()->availableGeometry().size();
        QWidget venster;
        pasInScherm(&venster, QSize(4000, 3000));
        QVERIFY(venster.width() <= scherm.width() && venster.height() <= scherm.height());
        pasInScherm(&venster, QSize(300, 200)); // a smaller wish is kept
        QCOMPARE(venster.size(), QSize(300, 200));
    }

private:
    SchermPassing m_passing;
};

QTEST_MAIN(SchermPassingTest)
#include "schermpassing_test.moc"
