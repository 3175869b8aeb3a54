// The plan editor as a professional uses it: typing, the live kwaliteitscheck, suggestions, storing a versie and
// undoing every step. Offscreen.
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "plan/planeditor.h"
#include "plan/plantablemodel.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/planrepository.h"
#include "support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace dw;

class PlanEditorTest : public QObject
{
    Q_OBJECT
private:
    QVector<Plan> stored()
    {
        const qint64 id = InwonerRepository(*m_db).findByRef(m_ref).value().id;
        return PlanRepository(*m_db).load(id).value();
    }
    template<typename T> T* child(const char* name) { return m_editor->findChild<T*>(QLatin1String(name)); }
    PlanTableModel* model(const char* view) { return static_cast<PlanTableModel*>(child<QTableView>(view)->model()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        const DemoGenerator g(Instrument::standaard(), 8);
        QVERIFY(DossierStore(*m_db, Instrument::standaard())
                    .importGenerated(
                        3, [&g](int i) { return g.dossier(i); }, {}, DemoGenerator::socialeKaart())
                    .ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard(), nullptr, &m_clock);
        // An inwoner whose demo dossier has a plan already (most have).
        for (int i = 0; i < 3 && m_ref.isEmpty(); ++i)
            if (!g.dossier(i).plannen.isEmpty())
                m_ref = g.dossier(i).inwoner.ref;
        QVERIFY(!m_ref.isEmpty());
        QVERIFY(m_doc->open(m_ref).ok());
        m_editor = std::make_unique<PlanEditor>(m_doc.get());
    }
    void cleanup()
    {
        m_editor.reset();
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
        m_ref.clear();
    }

    void theConceptContinuesTheLatestVersie()
    {
        const QVector<Plan> plannen = stored();
        QVERIFY(!plannen.isEmpty());
        QCOMPARE(m_doc->concept().versie, plannen.last().versie + 1);
        QCOMPARE(m_doc->concept().datum, QDate(2026, 11, 25)); // the fake clock's today
        QCOMPARE(m_doc->concept().doelen, plannen.last().doelen);
        QVERIFY(!m_doc->conceptGewijzigd());
        QCOMPARE(child<QPlainTextEdit>("hulpvraagEdit")->toPlainText(), plannen.last().hulpvraag);
    }

    void typingIsOneUndoStep()
    {
        auto* edit = child<QPlainTextEdit>("hulpvraagEdit");
        const QString before = edit->toPlainText();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" Nu!"));
        QCOMPARE(m_doc->concept().hulpvraag, before + QStringLiteral(" Nu!"));
        QVERIFY(m_doc->conceptGewijzigd());
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->concept().hulpvraag, before);
        QCOMPARE(edit->toPlainText(), before);
        QVERIFY(!m_doc->conceptGewijzigd());
        m_doc->undoStack()->redo();
        QCOMPARE(edit->toPlainText(), before + QStringLiteral(" Nu!"));
    }

    void theCheckUpdatesWhileTheDoelIsTyped()
    {
        PlanTableModel* doelen = model("doelenView");
        QAbstractItemModelTester tester(doelen, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = doelen->rowCount();
        doelen->addRow();
        QCOMPARE(doelen->rowCount(), rows + 1);
        QVERIFY(doelen->setData(doelen->index(rows, 0), QStringLiteral("Huishoudelijke hulp inzetten"), Qt::EditRole));
        const QString check = child<QTextBrowser>("checkBrowser")->toPlainText();
        QVERIFY2(check.contains(QStringLiteral("Doel %1 is geschreven als een interventie").arg(rows + 1)),
            qPrintable(check));
        QVERIFY(check.contains(QStringLiteral("Doel %1 heeft geen termijn").arg(rows + 1)));
        // A termijn typed as dd-mm-jjjj removes that finding; a wrong date is refused with a message, and stays in
        // its cell, red, with the reason, until it is corrected (never silently replaced by the old value).
        QSignalSpy invalid(doelen, &PlanTableModel::invalidInput);
        QVERIFY(doelen->setData(doelen->index(rows, 1), QStringLiteral("31-02-2027"), Qt::EditRole));
        QCOMPARE(invalid.count(), 1);
        QCOMPARE(doelen->index(rows, 1).data().toString(), QStringLiteral("31-02-2027"));
        QCOMPARE(doelen->index(rows, 1).data(Qt::ToolTipRole).toString(),
            QStringLiteral("'31-02-2027' is geen geldige datum (dd-mm-jjjj)."));
        QVERIFY(!m_doc->concept().doelen.last().horizon.isValid());
        QCOMPARE(doelen->refusedCell(),
            QStringLiteral("Doelen, rij %1, termijn: '31-02-2027' is geen geldige datum (dd-mm-jjjj).").arg(rows + 1));
        QVERIFY(doelen->setData(doelen->index(rows, 1), QStringLiteral("1-3-2027"), Qt::EditRole));
        QVERIFY(doelen->refusedCell().isEmpty());
        QCOMPARE(m_doc->concept().doelen.last().horizon, QDate(2027, 3, 1));
        QCOMPARE(doelen->index(rows, 1).data().toString(), QStringLiteral("01-03-2027"));
        QVERIFY(!child<QTextBrowser>("checkBrowser")
                     ->toPlainText()
                     .contains(QStringLiteral("Doel %1 heeft geen termijn").arg(rows + 1)));
    }

    void removingADoelRenumbersInterventiesAndUndoes()
    {
        Plan p = m_doc->concept();
        p.doelen = {Doel {}, Doel {}};
        p.doelen[0].omschrijving = QStringLiteral("Eerste");
        p.doelen[1].omschrijving = QStringLiteral("Tweede");
        p.interventies = {Interventie {QStringLiteral("netwerk_versterken"), QStringLiteral("x"), 2, {}, {}, {}}};
        m_doc->editConcept(p, QStringLiteral("test"));
        model("doelenView")->removeRow(0);
        QCOMPARE(m_doc->concept().doelen.size(), 1);
        QCOMPARE(m_doc->concept().interventies.first().doel, 1);
        QCOMPARE(model("interventiesView")->index(0, 2).data().toString(), QStringLiteral("1. Tweede"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->concept().interventies.first().doel, 2);
    }

    void aSuggestedVoorzieningBecomesAnInterventie()
    {
        const QString html = child<QTextBrowser>("suggestieBrowser")->toHtml();
        QVERIFY2(html.contains(QStringLiteral("dw:voorziening/")), qPrintable(html));
        const int index = html.indexOf(QStringLiteral("dw:voorziening/"));
        const int kaartIndex = html.mid(index + 15, 3).section(QLatin1Char('"'), 0, 0).toInt();
        const Voorziening v = m_doc->socialeKaart().at(kaartIndex);
        const int before = m_doc->concept().interventies.size();
        Q_EMIT child<QTextBrowser>("suggestieBrowser")
            ->anchorClicked(QUrl(QStringLiteral("dw:voorziening/%1").arg(kaartIndex)));
        QCOMPARE(m_doc->concept().interventies.size(), before + 1);
        QCOMPARE(m_doc->concept().interventies.last().type, v.type);
        QVERIFY(m_doc->concept().interventies.last().omschrijving.contains(v.naam));
        QCOMPARE(m_doc->concept().interventies.last().partner, v.naam); // for the partnerversie
    }

    void thePartnerIsChosenFromTheSocialeKaartAndUndoes()
    {
        PlanTableModel* interventies = model("interventiesView");
        QVERIFY(interventies->rowCount() > 0);
        const int column = 5;
        QCOMPARE(
            interventies->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Partner"));
        QVERIFY(interventies->isCodeColumn(column));
        // "— geen partner —" and the 16 organisations of the demo's kaart, in alphabetical order.
        const auto choices = interventies->choices(column);
        QCOMPARE(choices.size(), 17);
        QCOMPARE(choices.at(0).second.toString(), QString());
        QCOMPARE(choices.at(1).first, QStringLiteral("Buurthuis De Kolk"));
        const QString before = m_doc->concept().interventies.at(0).partner;
        QVERIFY(interventies->setData(
            interventies->index(0, column), QStringLiteral("Maatjesproject Twente"), Qt::EditRole));
        QCOMPARE(m_doc->concept().interventies.at(0).partner, QStringLiteral("Maatjesproject Twente"));
        QCOMPARE(interventies->data(interventies->index(0, column), Qt::DisplayRole).toString(),
            QStringLiteral("Maatjesproject Twente"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->concept().interventies.at(0).partner, before);
    }

    // Seen in use: "Deze week" in an interventie's Wanneer was dropped with only a status-bar message.
    void aWhenInWordsIsReadFromTheDossiersTodayAndNonsenseStaysInTheCellWithTheReason()
    {
        PlanTableModel* interventies = model("interventiesView");
        QVERIFY(interventies->rowCount() > 0);
        const int column = 4;
        QCOMPARE(
            interventies->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Wanneer"));
        // The fake clock's today is Wednesday 25 November 2026: this week is done by Friday the 27th.
        QVERIFY(interventies->setData(interventies->index(0, column), QStringLiteral("Deze week"), Qt::EditRole));
        QCOMPARE(m_doc->concept().interventies.at(0).wanneer, QDate(2026, 11, 27));
        QCOMPARE(interventies->data(interventies->index(0, column), Qt::DisplayRole).toString(),
            QStringLiteral("27-11-2026"));
        QVERIFY(interventies->setData(interventies->index(0, column), QStringLiteral("over 2 weken"), Qt::EditRole));
        QCOMPARE(m_doc->concept().interventies.at(0).wanneer, QDate(2026, 12, 9));
        QVERIFY(interventies->setData(interventies->index(0, column), QStringLiteral("gauw"), Qt::EditRole));
        QCOMPARE(m_doc->concept().interventies.at(0).wanneer, QDate(2026, 12, 9)); // not taken …
        QCOMPARE(interventies->data(interventies->index(0, column), Qt::DisplayRole).toString(),
            QStringLiteral("gauw")); // … kept
        QVERIFY(interventies->data(interventies->index(0, column), Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("'gauw' is geen datum: typ een datum (dd-mm-jjjj) of bijvoorbeeld")));
    }

    void storingAVersieKeepsTheOldOneAndUndoNeverRemovesIt()
    {
        const QVector<Plan> before = stored();
        Plan p = m_doc->concept();
        p.hulpvraag = QStringLiteral("Ik wil weer zelf mijn post kunnen lezen.");
        m_doc->editConcept(p, QStringLiteral("hulpvraag"));
        m_editor->saveVersie();
        QVector<Plan> after = stored();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.last().versie, before.last().versie + 1);
        QCOMPARE(after.last().hulpvraag, QStringLiteral("Ik wil weer zelf mijn post kunnen lezen."));
        QCOMPARE(after.at(after.size() - 2), before.last()); // the earlier versie is untouched
        QCOMPARE(m_doc->concept().versie, after.last().versie + 1);
        QVERIFY(!m_doc->conceptGewijzigd());

        // Undo works on the concept: the hulpvraag edit is undone there; the stored versie stays as it is.
        m_doc->undoStack()->undo();
        QCOMPARE(stored(), after);
        QCOMPARE(m_doc->concept().hulpvraag, before.last().hulpvraag);
        QCOMPARE(m_doc->concept().versie, after.last().versie + 1);
        QVERIFY(m_doc->conceptGewijzigd());
    }

    void aWithdrawnVersieStaysReadableMarkedAndAudited()
    {
        const QVector<Plan> before = stored();
        const int versie = before.last().versie;
        m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
        QVERIFY(m_doc->withdrawRevision(versie, QStringLiteral("verkeerde inwoner")).ok());
        const QVector<Plan> after = stored();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.last().ingetrokkenOp, QDate(2026, 11, 30));
        QCOMPARE(after.last().intrekReden, QStringLiteral("verkeerde inwoner"));
        // Twice is refused; the text of the versie itself is unchanged.
        QVERIFY(!m_doc->withdrawRevision(versie, QStringLiteral("nog eens")).ok());
        Plan unchanged = after.last();
        unchanged.ingetrokkenOp = {};
        unchanged.intrekReden.clear();
        QCOMPARE(unchanged, before.last());
        auto* combo = child<QComboBox>("versieCombo");
        QVERIFY(combo->itemText(1).endsWith(QStringLiteral("(ingetrokken)")));
        combo->setCurrentIndex(1);
        const QString shown = child<QTextBrowser>("versieBrowser")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Deze versie is ingetrokken op %1. Reden: verkeerde inwoner.")
                                    .arg(QLocale().toString(QDate(2026, 11, 30), QStringLiteral("d MMMM yyyy")))),
            qPrintable(shown.left(300)));
        QVERIFY(!child<QWidget>("intrekButton")->isEnabled());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE actie = 'plan versie ingetrokken'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void anIncompletePlanIsRefusedWithAMessageAndNothingStored()
    {
        const int before = stored().size();
        Plan p = m_doc->concept();
        p.doelen.append(Doel {});
        m_doc->editConcept(p, QStringLiteral("doel"));
        const Status s = m_doc->saveConcept();
        QVERIFY(!s.ok());
        QCOMPARE(s.errorMessage(), QStringLiteral("Doel %1 heeft nog geen omschrijving.").arg(p.doelen.size()));
        QCOMPARE(stored().size(), before);
    }

    void anOlderVersieIsReadOnly()
    {
        auto* combo = child<QComboBox>("versieCombo");
        QCOMPARE(combo->count(), stored().size() + 1);
        combo->setCurrentIndex(1);
        QVERIFY(!child<QWidget>("saveButton")->isEnabled());
        const QString shown = child<QTextBrowser>("versieBrowser")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Plan van aanpak — versie %1").arg(stored().last().versie)),
            qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("1. Originele hulpvraag")));
        combo->setCurrentIndex(0);
        QVERIFY(child<QWidget>("saveButton")->isEnabled());
    }

private:
    QString m_ref;
    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierDocument> m_doc;
    std::unique_ptr<PlanEditor> m_editor;
};

QTEST_MAIN(PlanEditorTest)
#include "planeditor_test.moc"
