// Issue 18: the form beside the short Doelen list edits one doel through the same cells as the table: one undo step
// per field, dates in words as in the table, and a refused value kept at its field with the reason. Offscreen.
#include "common/fieldmessage.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "plan/doelform.h"
#include "plan/plantablemodel.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dw;

class DoelFormTest : public QObject
{
    Q_OBJECT
private:
    template<typename T> T* child(const char* name) { return m_form->findChild<T*>(QLatin1String(name)); }
    // Types `text` over what the field holds and leaves it with Enter, as a user does.
    void typeIn(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("d.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        const DemoGenerator g(Instrument::standaard(), 8);
        QVERIFY(
            DossierStore(*m_db, Instrument::standaard()).importGenerated(1, [&g](int i) { return g.dossier(i); }).ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard(), nullptr, &m_clock);
        QVERIFY(m_doc->open(g.dossier(0).inwoner.ref).ok());
        // Two doelen of our own, so that every value below is known.
        Plan p = m_doc->concept();
        p.doelen = {Doel {}, Doel {}};
        p.doelen[0].omschrijving = QStringLiteral("Weer zelf de post lezen");
        p.doelen[0].wat = QStringLiteral("Post samen openen");
        p.doelen[1].omschrijving = QStringLiteral("Schulden op een rij");
        m_doc->editConcept(p, QStringLiteral("test"));
        m_doc->undoStack()->clear();
        m_model = std::make_unique<PlanTableModel>(m_doc.get(), PlanTableModel::Lijst::Doelen);
        m_form = std::make_unique<DoelForm>();
        m_form->setModel(m_model.get());
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }
    void cleanup()
    {
        m_form.reset();
        m_model.reset();
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
    }

    void withoutAChosenDoelTheFieldsAreOff()
    {
        QCOMPARE(m_form->row(), -1);
        QVERIFY(!child<QLineEdit>("watEdit")->isEnabled());
        QVERIFY(child<QLineEdit>("watEdit")->text().isEmpty());
        m_form->setRow(1);
        QVERIFY(child<QLineEdit>("watEdit")->isEnabled());
        QCOMPARE(child<QLineEdit>("omschrijvingEdit")->text(), QStringLiteral("Schulden op een rij"));
        QCOMPARE(child<QLabel>("kopLabel")->text(), QStringLiteral("<b>Doel 2</b>"));
        m_form->setRow(7); // no such doel
        QCOMPARE(m_form->row(), -1);
        QVERIFY(!child<QLineEdit>("omschrijvingEdit")->isEnabled());
    }

    void aFieldEditIsOneUndoStepOfTheDossier()
    {
        m_form->setRow(0);
        auto* wat = child<QLineEdit>("watEdit");
        QCOMPARE(wat->text(), QStringLiteral("Post samen openen"));
        typeIn(wat, QStringLiteral("Elke maandag de post met de buurvrouw"));
        QCOMPARE(m_doc->concept().doelen.at(0).wat, QStringLiteral("Elke maandag de post met de buurvrouw"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        // Leaving the field again without typing is no second step.
        QTest::keyClick(wat, Qt::Key_Return);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->concept().doelen.at(0).wat, QStringLiteral("Post samen openen"));
        QCOMPARE(wat->text(), QStringLiteral("Post samen openen")); // the field follows the undo
        m_doc->undoStack()->redo();
        QCOMPARE(wat->text(), QStringLiteral("Elke maandag de post met de buurvrouw"));
        QCOMPARE(m_model->index(0, PlanTableModel::DWat).data().toString(),
            QStringLiteral("Elke maandag de post met de buurvrouw")); // the table shows the same cell
    }

    void ctrlZInAFieldTakesBackWhatWasJustTyped()
    {
        m_form->setRow(1);
        auto* hoe = child<QLineEdit>("hoeEdit");
        hoe->setFocus();
        QTest::keyClicks(hoe, QStringLiteral("met de schuldhulp"));
        QCOMPARE(m_doc->undoStack()->count(), 0); // still being typed
        // The window's Undo action has the key; here the stack stands in for it. The field first gives up what it
        // holds (ShortcutOverride), then the undo takes exactly that back.
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
        QApplication::sendEvent(hoe, &override);
        QCOMPARE(m_doc->concept().doelen.at(1).hoe, QStringLiteral("met de schuldhulp"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(hoe->text(), QString());
    }

    void aCodeIsChosenFromItsList()
    {
        m_form->setRow(1);
        auto* gebied = child<QComboBox>("levensgebiedCombo");
        QCOMPARE(gebied->currentText(), QStringLiteral("—"));
        const int financien = gebied->findData(QStringLiteral("financien"));
        QVERIFY(financien > 0);
        gebied->setCurrentIndex(financien);
        Q_EMIT gebied->activated(financien);
        QCOMPARE(m_doc->concept().doelen.at(1).levensgebied, QStringLiteral("financien"));
        QCOMPARE(m_model->index(1, PlanTableModel::DLevensgebied).data().toString(), gebied->currentText());
        m_doc->undoStack()->undo();
        QCOMPARE(gebied->currentText(), QStringLiteral("—"));
    }

    void aTermijnInWordsIsReadFromTheDossiersToday()
    {
        m_form->setRow(0);
        auto* termijn = child<QLineEdit>("termijnEdit");
        // The fake clock's today is Wednesday 25 November 2026; next week is done by its Friday, 4 December.
        typeIn(termijn, QStringLiteral("volgende week"));
        QCOMPARE(m_doc->concept().doelen.at(0).horizon, QDate(2026, 12, 4));
        QCOMPARE(termijn->text(), QStringLiteral("04-12-2026"));
    }

    void aRefusedDateStaysAtItsFieldWithTheReason()
    {
        m_form->setRow(0);
        auto* termijn = child<QLineEdit>("termijnEdit");
        auto* message = m_form->findChild<FieldMessage*>(QStringLiteral("termijnEditMessage"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        typeIn(termijn, QStringLiteral("31-02-2027"));
        QVERIFY(!m_doc->concept().doelen.at(0).horizon.isValid()); // not taken …
        QCOMPARE(termijn->text(), QStringLiteral("31-02-2027")); // … and not put back either
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("'31-02-2027' is geen geldige datum (dd-mm-jjjj)."));
        QCOMPARE(termijn->accessibleDescription(), message->text());
        QCOMPARE(m_model->refusedCell(),
            QStringLiteral("Doelen, rij 1, termijn: '31-02-2027' is geen geldige datum (dd-mm-jjjj)."));
        // Another doel and back: the refused value is still there, with its reason.
        m_form->setRow(1);
        QVERIFY(!message->isVisible());
        m_form->setRow(0);
        QCOMPARE(termijn->text(), QStringLiteral("31-02-2027"));
        QVERIFY(message->isVisible());
        typeIn(termijn, QStringLiteral("1-3-2027"));
        QCOMPARE(m_doc->concept().doelen.at(0).horizon, QDate(2027, 3, 1));
        QCOMPARE(termijn->text(), QStringLiteral("01-03-2027"));
        QVERIFY(!message->isVisible());
        QVERIFY(m_model->refusedCell().isEmpty());
    }

private:
    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<PlanTableModel> m_model;
    std::unique_ptr<DoelForm> m_form;
};

QTEST_MAIN(DoelFormTest)
#include "doelform_test.moc"
