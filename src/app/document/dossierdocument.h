#pragma once

#include "core/dossier.h"
#include "core/herinneringen.h"
#include "core/result.h"
#include "core/socialekaart.h"
#include "core/validation.h"
#include "storage/dossierlifecycle.h"
#include "storage/dossierstore.h"

#include <QObject>
#include <QSet>

#include <functional>

class QUndoStack;

namespace dw {

class Clock;
class Database;
class Instrument;

// One open dossier: its data, its undo stack, and the storage calls the undo commands make. Widgets edit the
// dossier only through the edit…/add…/save…/remove… methods, which push a QUndoCommand.
class DossierDocument : public QObject
{
    Q_OBJECT
public:
    // A field of the inwoner: the same list the rules use (core/validation.h), so that a field and its check
    // cannot drift apart. The Gegevens tab edits all but the ref.
    using Field = validation::InwonerVeld;

    DossierDocument(
        Database& db, const Instrument& instrument, QObject* parent = nullptr, const Clock* clock = nullptr);
    ~DossierDocument() override;

    Status open(const QString& ref);
    Status reload();
    // A read of this dossier other than opening it (the Trends or Vergelijking tab, a plan PDF or print) in the
    // audit log. `oncePerOpen`: looking at the same tab again while the dossier stays open is no new row.
    // `details`: for a disclosure, to whom ("aan: Humanitas").
    Status noteRead(const QString& actie, bool oncePerOpen, const QString& details = {});
    const Dossier& dossier() const { return m_dossier; }
    const Instrument& instrument() const { return m_instrument; }
    const Clock& clock() const { return m_clock; }
    // For what keeps its own storage beside the dossier (the bijlagen, which are streamed, never held here).
    Database& database() const { return m_db; }
    // The team's sociale kaart, read with the dossier: the plan editor suggests from it.
    const QVector<Voorziening>& socialeKaart() const { return m_socialeKaart; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Undoable edits.
    void editField(Field field, const QString& value);
    void addMeetmoment(const Meetmoment& meetmoment);
    void saveMeting(qint64 meetmomentId, const Meting& meting);
    void removeMeetmoment(qint64 meetmomentId);
    // Right after "Nieuwe inwoner": the registration as the first undo step of the new dossier.
    void markRegistered();
    // While on, every change of the personal data and of metingen is a "correctie op verzoek van de inwoner" (AVG
    // art. 16): audited as such, with the earlier value kept for the beheerder, not shown in the dossier.
    void setCorrectie(bool aan, const QString& toelichting);
    bool correctie() const { return m_correctie; }
    static QString fieldName(Field field); // "naam", "geboortedatum", …

    // The journal (issue 17; journaaledits.cpp): adding, changing and removing an entry are undo steps, each
    // audited as "journaal gewijzigd". An entry journaal::probleem refuses is not stored: false, and the reason is
    // said (errorOccurred).
    bool addJournaal(const JournaalRegel& regel);
    bool editJournaal(const JournaalRegel& regel); // by id
    void removeJournaal(qint64 id);
    QString journaalProbleem(const JournaalRegel& regel) const;
    const JournaalRegel* journaalRegel(qint64 id) const;
    // What is coming (issue 17; herinneringedits.cpp): the reminders of this dossier with what was done with them.
    // Marking one done or moving it is an undo step, audited as "herinnering bijgewerkt".
    QVector<Herinnering> herinneringen(int vervolgNaMaanden) const;
    void herinneringGedaan(const QString& sleutel);
    void herinneringVerzetten(const QString& sleutel, const QDate& naar, const QString& reden);
    Status applyHerinnering(const QString& sleutel, const std::optional<HerinneringStatus>& status);
    // The logged-in professional's password again, to leave samen invullen; counted like a failed login.
    Status bevestigProfessional(const QString& wachtwoord);

    // Closing and reopening the dossier (issue 15), each an undo step: undoing a closing reopens it, undoing a
    // reopening closes it again with the earlier date and reason. Both audited by storage.
    void closeDossier(const DossierStatus& status);
    void reopenDossier(const QString& reden);

    // The plan van aanpak being written: a concept in memory until it is stored as the next versie. Edits of the
    // concept are undo steps too; typing in one field (the same mergeKey) merges into one step.
    const Plan& concept() const { return m_concept; }
    bool conceptGewijzigd() const { return m_concept != m_conceptBasis; }
    void editConcept(const Plan& plan, const QString& actie, const QString& mergeKey = {});
    // Validates and stores the concept as the next versie. Not undoable: see withdrawRevision().
    Status saveConcept();
    // Withdraws a stored versie (confirmed by the user beforehand): it stays readable, marked as ingetrokken.
    Status withdrawRevision(int versie, const QString& reden);
    // Starts again from the latest stored versie (or the prefilled new plan).
    void discardConcept();

    // What the commands call; each change is one transaction in storage.
    static QString fieldValue(const Inwoner& inwoner, Field field);
    Status applyField(Field field, const QString& value);
    Result<qint64> insertMeetmoment(const Meetmoment& meetmoment);
    Status deleteMeetmoment(qint64 meetmomentId);
    Status removeRegistration();
    Status applyClose(const DossierStatus& status);
    Status applyReopen(const QString& reden);
    Status replaceMeting(qint64 meetmomentId,
        Perspectief perspectief,
        const std::optional<Meting>& meting,
        const std::optional<Meting>& expected);
    const Meetmoment* meetmoment(qint64 id) const;
    Result<qint64> insertJournaal(const JournaalRegel& regel);
    Status updateJournaal(const JournaalRegel& regel);
    Status deleteJournaal(qint64 id);
    void setConcept(const Plan& plan);
    Result<int> storeRevision(const Plan& plan);

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString& message);
    // Saved as handed over to `naar`, whose dossiers this session may not see (on a team server it cannot even
    // read it back): the dossier is no longer this session's to show.
    void handedOver(const QString& ref, const QString& naar);
    // The registration was undone: the inwoner is no longer stored.
    void registrationRemoved(const QString& ref);
    void conceptChanged();

private:
    QSet<QString> m_notedReads; // since open()
    // A change of the stored dossier with its audit row, in one transaction; then the dossier as now stored.
    Status change(const QString& actie, const std::function<Status()>& write);
    // The same for a write that gives a value back: a new id, a versie.
    template<typename T> Result<T> changeWith(const QString& actie, const std::function<Result<T>()>& write)
    {
        T value {};
        const Status s = change(actie, [&]() -> Status {
            auto written = write();
            if (!written.ok())
                return written.error();
            value = written.value();
            return {};
        });
        if (!s.ok())
            return s.error();
        return value;
    }
    // The write and its audit row, in one transaction; a refusal is said (errorOccurred) and what is stored shown.
    Status write(const QString& actie, const std::function<Status()>& write);
    Status loadAgain(DossierStore::Audit audit);
    Status lifecycle(const std::function<Status()>& step);
    DossierLifecycle::Correctie metingCorrectie(qint64 meetmomentId,
        Perspectief perspectief,
        const std::optional<Meting>& meting,
        const std::optional<Meting>& expected) const;
    void startConcept();
    void loadSocialeKaart();

    Database& m_db;
    const Instrument& m_instrument;
    const Clock& m_clock;
    Dossier m_dossier;
    QVector<Voorziening> m_socialeKaart;
    QVector<HerinneringStatus> m_herinneringStatussen;
    Plan m_concept;
    Plan m_conceptBasis; // what the concept started from: unchanged means nothing to save
    QUndoStack* m_undoStack = nullptr;
    bool m_correctie = false;
    QString m_correctieToelichting;
    std::optional<DossierLifecycle::Correctie> m_pendingCorrectie; // for the next write()
};

} // namespace dw
