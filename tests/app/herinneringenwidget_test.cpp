// "Wat komt eraan" in a dossier: done and moved, each an undo step with its audit row. Offscreen, with a clock on
// 1 December 2026 so that every date below is worked out by hand.
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "herinneringen/herinneringenwidget.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"
#include "support/handcohort.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dw;

class HerinneringenWidgetTest : public QObject
{
    Q_OBJECT
private:
    QTreeWidget* lijst() { return m_widget->findChild<QTreeWidget*>(QStringLiteral("lijst")); }
    QStringList rijen()
    {
        QStringList uit;
        for (int i = 0; i < lijst()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = lijst()->topLevelItem(i);
            uit << QStringLiteral("%1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
        }
        return uit;
    }
    int auditRows()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE actie = 'herinnering bijgewerkt'")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("h.sqlite")))).value();
        Dossier d = test::handDossier(QStringLiteral("H-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
        test::addMeetmoment(d, QDate(2026, 5, 20), 3, 3, 0, true); // vervolgmeting due 20 November: late
        Plan p;
        p.versie = 1;
        p.datum = QDate(2026, 5, 27);
        p.afspraken = {{QStringLiteral("Huisbezoek"), QStringLiteral("M. Jansen"), QDate(2026, 12, 4)}};
        d.plannen = {p};
        QVERIFY(DossierStore(*m_db, Instrument::standaard()).importDossiers({d}).ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard(), nullptr, &m_clock);
        QVERIFY(m_doc->open(QStringLiteral("H-1")).ok());
        m_widget = std::make_unique<HerinneringenWidget>(m_doc.get());
    }
    void cleanup()
    {
        m_widget.reset();
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
    }

    void showsWhatIsComingLateOnesInWords()
    {
        QCOMPARE(rijen(),
            (QStringList {QStringLiteral("20-11-2026 | Vervolgmeting (meetmoment 2) | te laat"),
                QStringLiteral("04-12-2026 | Afspraak: Huisbezoek (M. Jansen) | ")}));
    }

    void doneAndMovedAreUndoStepsWithTheirAuditRow()
    {
        lijst()->setCurrentItem(lijst()->topLevelItem(1));
        m_widget->findChild<QPushButton*>(QStringLiteral("gedaanButton"))->click();
        QCOMPARE(rijen(), QStringList {QStringLiteral("20-11-2026 | Vervolgmeting (meetmoment 2) | te laat")});
        QCOMPARE(auditRows(), 1);
        m_doc->herinneringVerzetten(QStringLiteral("vervolgmeting:1"), QDate(2027, 1, 11), QStringLiteral("ziek"));
        QCOMPARE(rijen(), QStringList {QStringLiteral("11-01-2027 | Vervolgmeting (meetmoment 2) | verzet: ziek")});
        QCOMPARE(auditRows(), 2);
        m_doc->undoStack()->undo(); // back to late
        QCOMPARE(rijen().first(), QStringLiteral("20-11-2026 | Vervolgmeting (meetmoment 2) | te laat"));
        m_doc->undoStack()->undo(); // the afspraak back
        QCOMPARE(rijen().size(), 2);
        QCOMPARE(auditRows(), 4);
        // Stored: another document on the same file sees no status left.
        DossierDocument ander(*m_db, Instrument::standaard(), nullptr, &m_clock);
        QVERIFY(ander.open(QStringLiteral("H-1")).ok());
        QCOMPARE(ander.herinneringen(6).size(), 2);
    }

    void readOnlyOffersNoButtons()
    {
        m_widget->setReadOnly(true);
        lijst()->setCurrentItem(lijst()->topLevelItem(0));
        QVERIFY(!m_widget->findChild<QPushButton*>(QStringLiteral("gedaanButton"))->isEnabled());
        QVERIFY(!m_widget->findChild<QPushButton*>(QStringLiteral("verzetButton"))->isEnabled());
    }

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 1), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<HerinneringenWidget> m_widget;
};

QTEST_MAIN(HerinneringenWidgetTest)
#include "herinneringenwidget_test.moc"
