#include "core/demogenerator.h"
#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dw;

class DossierDocumentTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("d.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        const DemoGenerator g(Instrument::standaard(), 8);
        QVERIFY(
            DossierStore(*m_db, Instrument::standaard()).importGenerated(6, [&g](int i) { return g.dossier(i); }).ok());
        m_doc = std::make_unique<DossierDocument>(*m_db, Instrument::standaard());
        QVERIFY(m_doc->open(QStringLiteral("ARN-000001")).ok());
    }
    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
        m_dir.reset();
    }

    // The audit rows after the one with id `after`, as "actie" per row.
    QStringList auditSince(qint64 after)
    {
        QStringList rows;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT actie FROM audit WHERE id > ? ORDER BY id"));
        q.addBindValue(after);
        if (q.exec())
            while (q.next())
                rows << q.value(0).toString();
        return rows;
    }
    qint64 lastAuditId()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT max(id) FROM audit")) && q.next() ? q.value(0).toLongLong() : 0;
    }

    QString storedNaam() { return InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value().naam; }

    void undoingARegistrationRemovesTheNewInwonerAndSaysSo()
    {
        Inwoner i;
        i.ref = QStringLiteral("NW-9");
        i.naam = QStringLiteral("Per Ongeluk");
        i.geboortedatum = QDate(1990, 1, 2);
        i.gemeente = QStringLiteral("Arnhem");
        QVERIFY(DossierStore(*m_db, Instrument::standaard()).createInwoner(i).ok());
        DossierDocument doc(*m_db, Instrument::standaard());
        QVERIFY(doc.open(QStringLiteral("NW-9")).ok());
        doc.markRegistered();
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("inwoner NW-9 registreren"));
        doc.editField(DossierDocument::Field::Contact, QStringLiteral("06-12345678"));
        QSignalSpy removed(&doc, &DossierDocument::registrationRemoved);
        const qint64 before = lastAuditId();
        doc.undoStack()->undo(); // the contact
        doc.undoStack()->undo(); // the registration
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("NW-9"));
        QVERIFY(!InwonerRepository(*m_db).findByRef(QStringLiteral("NW-9")).ok());
        QCOMPARE(auditSince(before),
            (QStringList {QStringLiteral("inwoner gewijzigd"), QStringLiteral("inwoner verwijderd")}));
    }

    void editUndoRedoRoundTrip()
    {
        const QString before = storedNaam();
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Zoë de Vries"));
        QCOMPARE(storedNaam(), QStringLiteral("Zoë de Vries"));
        m_doc->undoStack()->undo();
        QCOMPARE(storedNaam(), before);
        QCOMPARE(m_doc->dossier().inwoner.naam, before);
        m_doc->undoStack()->redo();
        QCOMPARE(storedNaam(), QStringLiteral("Zoë de Vries"));
    }

    void editsOfOneFieldMergeIntoOneStep()
    {
        const QString before = storedNaam();
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Z"));
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Zo"));
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Zoë"));
        m_doc->editField(DossierDocument::Field::Contact, QStringLiteral("06-1"));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo(); // contact
        m_doc->undoStack()->undo(); // the three name edits at once
        QCOMPARE(storedNaam(), before);
    }

    void addAndRemoveMeetmomentAreUndoable()
    {
        const int before = m_doc->dossier().meetmomenten.size();
        Meetmoment m;
        m.datum = QDate(2015, 1, 1); // before the others: becomes the nulmeting
        Meting inw;
        inw.perspectief = Perspectief::Inwoner;
        inw.antwoorden.insert(QStringLiteral("inw.pc.1"), 3);
        m.inwoner = inw;
        m_doc->addMeetmoment(m);
        QCOMPARE(m_doc->dossier().meetmomenten.size(), before + 1);
        QCOMPARE(m_doc->dossier().meetmomenten.first().datum, QDate(2015, 1, 1));
        QCOMPARE(m_doc->dossier().meetmomenten.at(1).volgnummer, 2);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->dossier().meetmomenten.size(), before);
        QCOMPARE(m_doc->dossier().meetmomenten.first().volgnummer, 1);

        const Meetmoment last = m_doc->dossier().meetmomenten.last();
        m_doc->removeMeetmoment(last.id);
        QCOMPARE(m_doc->dossier().meetmomenten.size(), before - 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->dossier().meetmomenten.size(), before);
        QCOMPARE(m_doc->dossier().meetmomenten.last().inwoner, last.inwoner);
    }

    void savingAMetingIsUndoable()
    {
        const Meetmoment first = m_doc->dossier().meetmomenten.first();
        Meting changed = *first.inwoner;
        changed.antwoorden.insert(QStringLiteral("inw.pc.1"), 5);
        changed.antwoorden.insert(QStringLiteral("inw.pc.2"), 5);
        m_doc->saveMeting(first.id, changed);
        QCOMPARE(*m_doc->dossier().meetmomenten.first().inwoner, changed);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->dossier().meetmomenten.first().inwoner, first.inwoner);
    }

    void aStaleEditIsRefusedNotOverwritten()
    {
        // Another window (or process) changes the same inwoner after this one loaded it.
        Inwoner other = InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value();
        other.contact = QStringLiteral("gewijzigd elders");
        QVERIFY(InwonerRepository(*m_db).update(other).ok());
        QSignalSpy errors(m_doc.get(), &DossierDocument::errorOccurred);
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Mijn versie"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("intussen door iemand anders gewijzigd")));
        QCOMPARE(InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value().contact,
            QStringLiteral("gewijzigd elders"));
        QCOMPARE(m_doc->dossier().inwoner.contact, QStringLiteral("gewijzigd elders")); // reloaded
        QCOMPARE(m_doc->undoStack()->count(), 0); // the failed edit is not on the stack
    }

    void aMetingChangedElsewhereIsNotOverwritten()
    {
        // Another window saves the first meetmoment's inwoner meting after this one loaded the dossier.
        const Meetmoment first = m_doc->dossier().meetmomenten.first();
        Meting theirs = *first.inwoner;
        theirs.antwoorden.insert(QStringLiteral("inw.sk.1"), 1);
        DossierDocument other(*m_db, Instrument::standaard());
        QVERIFY(other.open(QStringLiteral("ARN-000001")).ok());
        other.saveMeting(first.id, theirs);

        Meting mine = *first.inwoner;
        mine.antwoorden.insert(QStringLiteral("inw.sk.1"), 5);
        QSignalSpy errors(m_doc.get(), &DossierDocument::errorOccurred);
        m_doc->saveMeting(first.id, mine);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("intussen door iemand anders gewijzigd")));
        QCOMPARE(*m_doc->dossier().meetmomenten.first().inwoner, theirs); // reloaded: theirs is kept
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void aChangeWritesExactlyItsOwnAuditRowAndNoRead()
    {
        // The change's row goes in with the change; seeing the saved dossier again is no new "dossier gelezen".
        const qint64 before = lastAuditId();
        m_doc->editField(DossierDocument::Field::Contact, QStringLiteral("06-24681357"));
        QCOMPARE(auditSince(before), QStringList {QStringLiteral("inwoner gewijzigd")});
        // Opening it anew is a read.
        const qint64 opened = lastAuditId();
        QVERIFY(m_doc->open(QStringLiteral("ARN-000001")).ok());
        QCOMPARE(auditSince(opened), QStringList {QStringLiteral("dossier gelezen")});
    }

    void closingIsAnUndoStepThatReopensAndEachStepIsAudited()
    {
        DossierStatus s;
        s.afgeslotenOp = QDate::currentDate().addDays(-2);
        s.reden = Afsluitreden::Verhuisd;
        const qint64 before = lastAuditId();
        m_doc->closeDossier(s);
        QCOMPARE(m_doc->dossier().inwoner.status.afgeslotenOp, s.afgeslotenOp);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("dossier afsluiten"));
        m_doc->closeDossier(s); // already closed: no second step
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->dossier().inwoner.status.afgesloten());
        QVERIFY(!InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value().status.afgesloten());
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->dossier().inwoner.status.afgesloten());

        // Reopening, undone, closes it again with the date and reason it had.
        m_doc->reopenDossier(QStringLiteral("nieuwe hulpvraag"));
        QVERIFY(!m_doc->dossier().inwoner.status.afgesloten());
        m_doc->undoStack()->undo();
        const DossierStatus again = InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value().status;
        QCOMPARE(again.afgeslotenOp, s.afgeslotenOp);
        QCOMPARE(again.reden, Afsluitreden::Verhuisd);
        QCOMPARE(auditSince(before),
            (QStringList {QStringLiteral("dossier afgesloten"),
                QStringLiteral("dossier heropend"),
                QStringLiteral("dossier afgesloten"),
                QStringLiteral("dossier heropend"),
                QStringLiteral("dossier afgesloten")}));
    }

    void aClosingInTheFutureIsRefusedAndNoStepRemains()
    {
        DossierStatus s;
        s.afgeslotenOp = QDate::currentDate().addDays(1);
        QSignalSpy error(m_doc.get(), &DossierDocument::errorOccurred);
        m_doc->closeDossier(s);
        QCOMPARE(error.count(), 1);
        QCOMPARE(error.first().first().toString(), QStringLiteral("de datum van afsluiten ligt in de toekomst"));
        QVERIFY(!m_doc->dossier().inwoner.status.afgesloten());
        QCOMPARE(m_doc->undoStack()->count(), 0); // the obsolete step is gone
    }

    void aCorrectionOnRequestKeepsTheEarlierValueForTheAuditNotTheDossier()
    {
        const QString before = storedNaam();
        const qint64 start = lastAuditId();
        m_doc->setCorrectie(true, QStringLiteral("naam verkeerd gespeld"));
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Gecorrigeerde Naam"));
        QCOMPARE(storedNaam(), QStringLiteral("Gecorrigeerde Naam"));
        // An answer of the nulmeting corrected too: the earlier value of just that item.
        const Meetmoment first = m_doc->dossier().meetmomenten.first();
        Meting meting = *first.inwoner;
        const QString item = meting.antwoorden.firstKey();
        const int was = meting.antwoorden.value(item);
        meting.antwoorden[item] = was == 5 ? 4 : 5;
        m_doc->saveMeting(first.id, meting);
        m_doc->setCorrectie(false, {});
        m_doc->editField(DossierDocument::Field::Contact, QStringLiteral("06-1"));
        QCOMPARE(auditSince(start),
            (QStringList {QStringLiteral("correctie op verzoek"),
                QStringLiteral("correctie op verzoek"),
                QStringLiteral("inwoner gewijzigd")}));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.wat, c.oude_waarde, c.toelichting, a.actie FROM correctie c "
                                      "JOIN audit a ON a.id = c.audit_id ORDER BY c.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("naam"));
        QCOMPARE(q.value(1).toString(), before);
        QCOMPARE(q.value(2).toString(), QStringLiteral("naam verkeerd gespeld"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("correctie op verzoek"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("meting inwoner, meetmoment 1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("%1 %2").arg(item).arg(was));
        QVERIFY(!q.next()); // the contact change was no correction
    }

    void aRefusedChangeLeavesNoAuditRow()
    {
        Inwoner other = InwonerRepository(*m_db).findByRef(QStringLiteral("ARN-000001")).value();
        other.contact = QStringLiteral("gewijzigd elders");
        QVERIFY(InwonerRepository(*m_db).update(other).ok());
        const qint64 before = lastAuditId();
        m_doc->editField(DossierDocument::Field::Naam, QStringLiteral("Mijn versie"));
        QCOMPARE(auditSince(before), QStringList());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierDocument> m_doc;
};

QTEST_MAIN(DossierDocumentTest)
#include "dossierdocument_test.moc"
