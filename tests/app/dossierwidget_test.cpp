#include "bijlagen/bijlagenwidget.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "support/tempdatabase.h"
#include "support/trenddossier.h"
#include "trend/trendwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
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

    // Issue 18: the BSN is masked until "Tonen", which is audited once; the address is edited at its field, stored
    // in its normal form, and undone like any edit.
    void theBsnIsMaskedUntilShownAndTheAddressIsEditedAtItsField()
    {
        Inwoner i = m_doc->dossier().inwoner;
        i.bsn = QStringLiteral("123456782");
        QVERIFY(InwonerRepository(m_db->db()).update(i).ok());
        QVERIFY(m_doc->open(QStringLiteral("ENS-0001")).ok());
        DossierWidget w(m_doc.get());
        w.show();
        auto* bsn = w.findChild<QLineEdit*>(QStringLiteral("bsnEdit"));
        auto* toon = w.findChild<QPushButton*>(QStringLiteral("toonBsnButton"));
        QCOMPARE(bsn->text(), QStringLiteral("*****6782"));
        QVERIFY(bsn->isReadOnly());
        const auto getoond = [this] {
            QSqlQuery q(m_db->db().connection());
            q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE actie = 'bsn getoond'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(getoond(), 0);
        toon->click();
        QCOMPARE(bsn->text(), QStringLiteral("123456782"));
        QVERIFY(!bsn->isReadOnly());
        QCOMPARE(getoond(), 1);
        toon->click(); // hidden again, shown again: one read while the dossier is open
        QCOMPARE(bsn->text(), QStringLiteral("*****6782"));
        toon->click();
        QCOMPARE(getoond(), 1);

        auto* postcode = w.findChild<QLineEdit*>(QStringLiteral("postcodeEdit"));
        postcode->setFocus();
        QTest::keyClicks(postcode, QStringLiteral("7511ab"));
        QTest::keyClick(postcode, Qt::Key_Return);
        QCOMPARE(m_doc->dossier().inwoner.adres.postcode, QStringLiteral("7511 AB"));
        QCOMPARE(postcode->text(), QStringLiteral("7511 AB"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->dossier().inwoner.adres.postcode, QString());
        postcode->setFocus();
        QTest::keyClicks(postcode, QStringLiteral("75 AB"));
        QTest::keyClick(postcode, Qt::Key_Return);
        QCOMPARE(m_doc->dossier().inwoner.adres.postcode, QString()); // refused, at the field
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("postcodeEditMessage"))->isVisible());
        // Before closing the dossier the refusal is named with its field (the list of names once had five).
        QVERIFY2(w.commitPendingEdits().startsWith(QStringLiteral("Gegevens, postcode: Is geen postcode")),
            qPrintable(w.commitPendingEdits()));
    }

    void trendsTabFollowsVergelijking()
    {
        DossierWidget dossier(m_doc.get());
        auto* tabs = dossier.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 7);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Vergelijking"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Trends"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Plan van aanpak"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Journaal")); // issue 17: after the plan, as in the werkproces
        QCOMPARE(tabs->tabText(6), QStringLiteral("Bijlagen")); // issue 18: the files, last
        QCOMPARE(tabs->tabToolTip(6), QStringLiteral("Bijlagen (Alt+7)"));
        QCOMPARE(qobject_cast<QWidget*>(dossier.bijlagen()), tabs->widget(6));
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
