#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "storage/dossierstore.h"
#include "support/tempdatabase.h"
#include "support/trenddossier.h"
#include "trend/trendwidget.h"

#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dw;

class DossierWidgetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(DossierStore(m_db->db(), Instrument::standaard()).importDossiers({test::trendDossier()}).ok());
        m_doc = std::make_unique<DossierDocument>(m_db->db(), Instrument::standaard());
        QVERIFY(m_doc->open(QStringLiteral("ENS-0001")).ok());
    }
    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
    }

    void trendsTabFollowsVergelijking()
    {
        DossierWidget dossier(m_doc.get());
        auto* tabs = dossier.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Vergelijking"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Trends"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Plan van aanpak"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Journaal")); // issue 17: after the plan, as in the werkproces
        QVERIFY(qobject_cast<TrendWidget*>(tabs->widget(3)));
        dossier.showTab(3);
        QCOMPARE(tabs->currentIndex(), 3);
    }

    void trendsTabFollowsTheDocumentThroughUndo()
    {
        DossierWidget dossier(m_doc.get());
        auto* trends = dossier.findChild<TrendWidget*>();
        QVERIFY(trends);
        QCOMPARE(trends->trend().meetmomenten.size(), 3);
        m_doc->removeMeetmoment(m_doc->dossier().meetmomenten.constLast().id);
        QCOMPARE(trends->trend().meetmomenten.size(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(trends->trend().meetmomenten.size(), 3);
    }

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<DossierDocument> m_doc;
};

QTEST_MAIN(DossierWidgetTest)
#include "dossierwidget_test.moc"
