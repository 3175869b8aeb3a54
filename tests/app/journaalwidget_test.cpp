// The Journaal tab as a professional uses it: writing a note with the keyboard, finding it back with the filters and
// the search, changing and removing it, and undoing each step; every step one audit row. Offscreen.
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "journaal/journaalmodel.h"
#include "journaal/journaalwidget.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace dw;

class JournaalWidgetTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(const char* name) { return m_widget->findChild<T*>(QLatin1String(name)); }
    JournaalModel* model() { return static_cast<JournaalModel*>(child<QTreeView>("lijstView")->model()); }
    int auditRows()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE actie = 'journaal gewijzigd'")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }
    // Fills in the form as a user would and stores it with Ctrl+Enter (...and Ctrl+Enter stores).
    void schrijf(const QString& tekst, bool aanname, int soort)
    {
        child<QPushButton>("nieuwButton")->click();
        child<QComboBox>("soortCombo")->setCurrentIndex(soort);
        (aanname ? child<QRadioButton>("aannameRadio") : child<QRadioButton>("feitRadio"))->setChecked(true);
        auto* tekstEdit = child<QPlainTextEdit>("tekstEdit");
        tekstEdit->setFocus();
        tekstEdit->insertPlainText(tekst); // QTest::keyClicks types ASCII only
        QTest::keyClick(tekstEdit, Qt::Key_Return); // Enter alone is a new line...
        QTest::keyClick(tekstEdit, Qt::Key_Backspace);
        QTest::keyClick(tekstEdit, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("j.sqlite")))).value();
        // Demo inwoner 0 of seed 8: its journal has a note per meetmoment (and one after the plan).
        const DemoGenerator g(Instrument::standaard(), 8);
        m_demo = g.dossier(0);
        QVERIFY(DossierStore(*m_db, Instrument::standaard()).importDossiers({m_demo}).ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard(), nullptr, &m_clock);
        QVERIFY(m_doc->open(m_demo.inwoner.ref).ok());
        m_widget = std::make_unique<JournaalWidget>(m_doc.get());
    }
    void cleanup()
    {
        m_widget.reset();
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theTimelineShowsTheDemoJournalNewestFirst()
    {
        QCOMPARE(model()->rowCount(), int(m_demo.journaal.size()));
        QVERIFY(model()->rowCount() >= 2);
        const QDate first = QDate::fromString(
            model()->index(0, JournaalModel::Datum).data().toString(), QStringLiteral("dd-MM-yyyy"));
        QCOMPARE(first, m_demo.journaal.constLast().datum);
        QCOMPARE(child<QLabel>("aantalLabel")->text(), QStringLiteral("%1 notitie(s)").arg(m_demo.journaal.size()));
    }

    void aNoteWrittenWithTheKeyboardIsStoredAuditedAndUndone()
    {
        const int before = model()->rowCount();
        schrijf(QStringLiteral("Buurvrouw belde: de inwoner lijkt de deur niet meer open te doen."), true, 2);
        QCOMPARE(model()->rowCount(), before + 1);
        QCOMPARE(auditRows(), 1);
        // Dated today by the clock, so on top of the timeline.
        QCOMPARE(model()->index(0, JournaalModel::Datum).data().toString(), QStringLiteral("25-11-2026"));
        QCOMPARE(model()->index(0, JournaalModel::Aard).data().toString(), QStringLiteral("Aanname"));
        QCOMPARE(model()->index(0, JournaalModel::Soort).data().toString(), QStringLiteral("Telefonisch"));
        QCOMPARE(child<QPlainTextEdit>("tekstEdit")->toPlainText(), QString()); // ready for the next
        const auto stored = DossierStore(*m_db, Instrument::standaard()).load(m_demo.inwoner.ref);
        QCOMPARE(stored->journaal.size(), m_demo.journaal.size() + 1);

        m_doc->undoStack()->undo();
        QCOMPARE(model()->rowCount(), before);
        QCOMPARE(auditRows(), 2); // the undo is a change of its own
        m_doc->undoStack()->redo();
        QCOMPARE(model()->rowCount(), before + 1);
    }

    void theFiltersAndTheSearchNarrowTheTimeline()
    {
        schrijf(QStringLiteral("Aanmaning van de Energieleverancier gezien; de Financiën staan onder druk."), false, 0);
        schrijf(QStringLiteral("Vermoedelijk eenzaam sinds de verhuizing."), true, 3);
        const int total = model()->rowCount();
        child<QLineEdit>("zoekEdit")->setText(QStringLiteral("financien")); // without the accent
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(model()->index(0, JournaalModel::Tekst).data().toString().contains(QStringLiteral("Aanmaning")));
        QCOMPARE(child<QLabel>("aantalLabel")->text(), QStringLiteral("1 van %1 notities").arg(total));
        child<QLineEdit>("zoekEdit")->setText(QStringLiteral("ontslag"));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(child<QLabel>("aantalLabel")->text().startsWith(QStringLiteral("Geen notitie past bij dit filter")));
        child<QLineEdit>("zoekEdit")->clear();
        child<QComboBox>("aardFilter")->setCurrentIndex(2); // alleen aannames
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, JournaalModel::Aard).data().toString(), QStringLiteral("Aanname"));
        child<QComboBox>("aardFilter")->setCurrentIndex(0);
        child<QComboBox>("soortFilter")->setCurrentIndex(4); // Overleg met netwerk of partner
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, JournaalModel::Tekst).data().toString(),
            QStringLiteral("Vermoedelijk eenzaam sinds de verhuizing."));
    }

    void aChosenNoteIsChangedAndRemovedAndBothUndo()
    {
        auto* lijst = child<QTreeView>("lijstView");
        lijst->setCurrentIndex(model()->index(0, 0));
        const JournaalRegel gekozen = *model()->regel(0);
        QCOMPARE(child<QPlainTextEdit>("tekstEdit")->toPlainText(), gekozen.tekst);
        child<QPlainTextEdit>("tekstEdit")->setPlainText(QStringLiteral("Aangevuld na overleg met de huisarts."));
        child<QSpinBox>("duurSpin")->setValue(25);
        QVERIFY(m_widget->opslaan());
        const JournaalRegel* nu = m_doc->journaalRegel(gekozen.id);
        QVERIFY(nu);
        QCOMPARE(nu->tekst, QStringLiteral("Aangevuld na overleg met de huisarts."));
        QCOMPARE(nu->duurMinuten, 25);
        QCOMPARE(nu->datum, gekozen.datum); // the rest as it was
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->journaalRegel(gekozen.id)->tekst, gekozen.tekst);

        const int before = model()->rowCount();
        m_doc->removeJournaal(gekozen.id);
        QCOMPARE(model()->rowCount(), before - 1);
        m_doc->undoStack()->undo(); // back, under a new id
        QCOMPARE(model()->rowCount(), before);
        QCOMPARE(m_doc->dossier().journaal.size(), m_demo.journaal.size());
        QCOMPARE(auditRows(), 4);
    }

    void aRefusedNoteSaysWhyAndStoresNothing()
    {
        child<QPushButton>("nieuwButton")->click();
        QTest::keyClick(child<QPlainTextEdit>("tekstEdit"), Qt::Key_Return, Qt::ControlModifier); // empty text
        QVERIFY(child<QLabel>("meldingLabel")->text().contains(QStringLiteral("tekst: vul in wat er gebeurde")));
        QCOMPARE(auditRows(), 0);
        QCOMPARE(model()->rowCount(), int(m_demo.journaal.size()));
        // The date cannot be set after today in the form; the document refuses it anyway.
        JournaalRegel morgen;
        morgen.datum = m_clock.today().addDays(1);
        morgen.tekst = QStringLiteral("x");
        QSignalSpy fout(m_doc.get(), &DossierDocument::errorOccurred);
        QVERIFY(!m_doc->addJournaal(morgen));
        QCOMPARE(fout.count(), 1);
        QCOMPARE(fout.at(0).at(0).toString(), QStringLiteral("datum: 26-11-2026 ligt in de toekomst"));
        QCOMPARE(child<QDateEdit>("datumEdit")->maximumDate(), m_clock.today());
    }

    void tabLeavesTheTextFieldAndReadOnlyLocksTheForm()
    {
        m_widget->show();
        auto* tekst = child<QPlainTextEdit>("tekstEdit");
        tekst->setFocus();
        QTest::keyClick(tekst, Qt::Key_Tab);
        QVERIFY(!tekst->hasFocus()); // no keyboard trap
        QCOMPARE(tekst->toPlainText(), QString());
        m_widget->setReadOnly(true);
        QVERIFY(!child<QPushButton>("opslaanButton")->isEnabled());
        QVERIFY(!m_widget->opslaan());
        QCOMPARE(auditRows(), 0);
    }

private:
    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<JournaalWidget> m_widget;
    Dossier m_demo;
};

QTEST_MAIN(JournaalWidgetTest)
#include "journaalwidget_test.moc"
