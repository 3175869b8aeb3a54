#include "dossierdocument.h"

#include "core/clock.h"
#include "core/planconcept.h"
#include "dossiercommands.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/dossierlifecycle.h"
#include "storage/dossierstore.h"
#include "storage/herinneringrepository.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"
#include "storage/planrepository.h"
#include "storage/transactionguard.h"
#include "storage/voorzieningrepository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace dw {

DossierDocument::DossierDocument(Database& db, const Instrument& instrument, QObject* parent, const Clock* clock)
    : QObject(parent)
    , m_db(db)
    , m_instrument(instrument)
    , m_clock(clock ? *clock : Clock::system())
    , m_undoStack(new QUndoStack(this))
{ }

DossierDocument::~DossierDocument() = default;

Status DossierDocument::open(const QString& ref)
{
    auto loaded = DossierStore(m_db, m_instrument).load(ref);
    if (!loaded.ok())
        return loaded.error();
    m_dossier = loaded.value();
    m_notedReads.clear();
    loadSocialeKaart();
    m_undoStack->clear();
    startConcept();
    Q_EMIT changed();
    return {};
}

Status DossierDocument::noteRead(const QString& actie, bool oncePerOpen, const QString& details)
{
    if (m_db.readOnly() && m_db.mode() != Database::Mode::ReadOnlyFile)
        return {};
    if (oncePerOpen && m_notedReads.contains(actie))
        return {};
    const Status s = AuditLog(m_db).record(actie, m_dossier.inwoner.id, details);
    if (s.ok())
        m_notedReads.insert(actie);
    return s;
}

Status DossierDocument::reload()
{
    return loadAgain(DossierStore::Audit::Read);
}

Status DossierDocument::loadAgain(DossierStore::Audit audit)
{
    auto loaded = DossierStore(m_db, m_instrument).load(m_dossier.inwoner.ref, audit);
    if (!loaded.ok())
        return loaded.error();
    m_dossier = loaded.value();
    auto statussen = HerinneringRepository(m_db).voor(m_dossier.inwoner.id);
    m_herinneringStatussen = statussen.ok() ? statussen.value() : QVector<HerinneringStatus>();
    if (!statussen.ok()) // the dossier still opens; its reminders show as if nothing was done with them
        Q_EMIT errorOccurred(statussen.errorMessage());
    loadSocialeKaart();
    // An untouched concept follows the dossier (a new meetmoment refreshes the prefilled vraagverheldering).
    if (!conceptGewijzigd())
        startConcept();
    Q_EMIT changed();
    return {};
}

void DossierDocument::loadSocialeKaart()
{
    auto kaart = VoorzieningRepository(m_db, m_instrument).all();
    if (kaart.ok())
        m_socialeKaart = std::move(kaart).value();
    else
        Q_EMIT errorOccurred(kaart.errorMessage()); // the plan still works, without voorzieningen
}

void DossierDocument::startConcept()
{
    m_concept = conceptPlan(m_instrument, m_dossier, m_clock.today());
    m_conceptBasis = m_concept;
    Q_EMIT conceptChanged();
}

void DossierDocument::setConcept(const Plan& plan)
{
    m_concept = plan;
    // An undo step from before the last Vastleggen carries that versie's number; the concept is always the next.
    m_concept.versie = m_conceptBasis.versie;
    Q_EMIT conceptChanged();
}

void DossierDocument::editConcept(const Plan& plan, const QString& actie, const QString& mergeKey)
{
    if (plan == m_concept)
        return;
    m_undoStack->push(new EditConceptCommand(this, m_concept, plan, actie, mergeKey));
}

Status DossierDocument::saveConcept()
{
    const Status valid = validatePlan(m_instrument, m_concept);
    if (!valid.ok())
        return valid;
    // Not an undo step: a vastgelegde versie is history (it may have been printed or sent). Undo keeps working
    // on the concept; a versie is withdrawn with withdrawRevision(), never removed.
    const auto versie = storeRevision(m_concept);
    return versie.ok() ? Status() : Status(versie.error());
}

void DossierDocument::discardConcept()
{
    m_undoStack->clear(); // the concept's undo steps point at a concept that is gone
    startConcept();
}

Result<int> DossierDocument::storeRevision(const Plan& plan)
{
    const auto versie = changeWith<int>(QStringLiteral("plan opgeslagen"),
        [&] { return PlanRepository(m_db).saveRevision(m_dossier.inwoner.id, plan); });
    if (versie.ok())
        startConcept(); // the next concept starts from the versie just stored
    return versie;
}

Status DossierDocument::withdrawRevision(int versie, const QString& reden)
{
    // Audited by the repository, in the same transaction as the change.
    const Status s = PlanRepository(m_db).withdraw(m_dossier.inwoner.id, versie, m_clock.today(), reden);
    if (!s.ok())
        return s;
    return loadAgain(DossierStore::Audit::AlreadyOpen); // a concept being written stays as it is
}

QString DossierDocument::fieldValue(const Inwoner& i, Field field)
{
    return validation::inwonerVeldWaarde(i, field);
}

QString DossierDocument::fieldName(Field f)
{
    switch (f) {
    case Field::Ref:
        return QCoreApplication::translate("dw::Undo", "ref");
    case Field::Naam:
        return QCoreApplication::translate("dw::Undo", "naam");
    case Field::Geboortedatum:
        return QCoreApplication::translate("dw::Undo", "geboortedatum");
    case Field::Gemeente:
        return QCoreApplication::translate("dw::Undo", "gemeente");
    case Field::Contact:
        return QCoreApplication::translate("dw::Undo", "contact");
    case Field::Professional:
        return QCoreApplication::translate("dw::Undo", "professional");
    case Field::Bsn:
        return QCoreApplication::translate("dw::Undo", "BSN");
    case Field::Straat:
        return QCoreApplication::translate("dw::Undo", "straat");
    case Field::Huisnummer:
        return QCoreApplication::translate("dw::Undo", "huisnummer");
    case Field::Postcode:
        return QCoreApplication::translate("dw::Undo", "postcode");
    case Field::Woonplaats:
        return QCoreApplication::translate("dw::Undo", "woonplaats");
    case Field::Telefoon:
        return QCoreApplication::translate("dw::Undo", "telefoon");
    case Field::Email:
        return QCoreApplication::translate("dw::Undo", "e-mail");
    }
    return {};
}

void DossierDocument::setCorrectie(bool aan, const QString& toelichting)
{
    m_correctie = aan;
    m_correctieToelichting = toelichting;
}

Status DossierDocument::write(const QString& actie, const std::function<Status()>& write)
{
    std::optional<DossierLifecycle::Correctie> correctie;
    std::swap(correctie, m_pendingCorrectie);
    Status status;
    if (correctie) {
        // A correction on the inwoner's request: its own audit action, and the earlier value beside it for the
        // beheerder, in the same transaction as the change.
        TransactionGuard tx(m_db);
        status = AuditLog(m_db).withChange(QStringLiteral("correctie op verzoek"), m_dossier.inwoner.id, write);
        if (status.ok())
            status = DossierLifecycle::recordCorrectie(m_db, m_dossier.inwoner.id, *correctie);
        if (status.ok())
            status = tx.commit();
    } else {
        status = AuditLog(m_db).withChange(actie, m_dossier.inwoner.id, write);
    }
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.errorMessage());
        (void)loadAgain(DossierStore::Audit::AlreadyOpen); // show what is really stored, e.g. after a conflict
    }
    return status;
}

Status DossierDocument::change(const QString& actie, const std::function<Status()>& write)
{
    const Status written = this->write(actie, write);
    if (!written.ok())
        return written;
    return loadAgain(DossierStore::Audit::AlreadyOpen);
}

Status DossierDocument::applyField(Field field, const QString& value)
{
    Inwoner i = m_dossier.inwoner;
    validation::zetInwonerVeld(i, field, value);
    // A new professional is a hand-over (overdracht): its own action in the audit log, with the date in its time.
    const bool overdracht = field == Field::Professional && i.professional != m_dossier.inwoner.professional;
    if (m_correctie && !overdracht)
        m_pendingCorrectie = DossierLifecycle::Correctie {
            fieldName(field), fieldValue(m_dossier.inwoner, field), m_correctieToelichting};
    const Status written
        = write(overdracht ? QStringLiteral("overdracht") : QStringLiteral("inwoner gewijzigd"), [&]() -> Status {
              const auto updated = InwonerRepository(m_db).update(i);
              return updated.ok() ? Status() : Status(updated.error());
          });
    if (!written.ok())
        return written;
    const Status reloaded = loadAgain(DossierStore::Audit::AlreadyOpen);
    const Inwoner& now = m_dossier.inwoner;
    if (overdracht && (!reloaded.ok() || !m_db.sessie().kanZien(now.professional, now.team))) {
        Q_EMIT handedOver(i.ref, i.professional);
        return {};
    }
    return reloaded;
}

Result<qint64> DossierDocument::insertMeetmoment(const Meetmoment& meetmoment)
{
    return changeWith<qint64>(QStringLiteral("meetmoment toegevoegd"),
        [&] { return MetingRepository(m_db, m_instrument).addMeetmoment(m_dossier.inwoner.id, meetmoment); });
}

Status DossierDocument::deleteMeetmoment(qint64 meetmomentId)
{
    return change(QStringLiteral("meetmoment verwijderd"),
        [&] { return MetingRepository(m_db, m_instrument).removeMeetmoment(meetmomentId); });
}

Status DossierDocument::replaceMeting(qint64 meetmomentId,
    Perspectief perspectief,
    const std::optional<Meting>& meting,
    const std::optional<Meting>& expected)
{
    if (m_correctie)
        m_pendingCorrectie = metingCorrectie(meetmomentId, perspectief, meting, expected);
    return change(QStringLiteral("meting opgeslagen"), [&] {
        return MetingRepository(m_db, m_instrument).replaceMeting(meetmomentId, perspectief, meting, expected);
    });
}

DossierLifecycle::Correctie DossierDocument::metingCorrectie(qint64 meetmomentId,
    Perspectief perspectief,
    const std::optional<Meting>& meting,
    const std::optional<Meting>& expected) const
{
    // The answers and levels that changed, with their earlier value ("open" for none, "n.v.t." for not applicable).
    const Meetmoment* m = meetmoment(meetmomentId);
    const Antwoorden oud = expected ? expected->antwoorden : Antwoorden();
    const Antwoorden nieuw = meting ? meting->antwoorden : Antwoorden();
    const DraaglastNiveaus oudLast = expected ? expected->draaglast : DraaglastNiveaus();
    const DraaglastNiveaus nieuwLast = meting ? meting->draaglast : DraaglastNiveaus();
    QStringList was;
    QSet<QString> items(oud.keyBegin(), oud.keyEnd());
    items.unite(QSet<QString>(nieuw.keyBegin(), nieuw.keyEnd()));
    QStringList sorted(items.begin(), items.end());
    sorted.sort();
    for (const QString& item : std::as_const(sorted)) {
        if (oud.value(item) != nieuw.value(item))
            was << QStringLiteral("%1 %2").arg(
                item, oud.contains(item) ? QString::number(oud.value(item)) : tr("open"));
    }
    QSet<QString> gebieden(oudLast.keyBegin(), oudLast.keyEnd());
    gebieden.unite(QSet<QString>(nieuwLast.keyBegin(), nieuwLast.keyEnd()));
    QStringList sortedGebieden(gebieden.begin(), gebieden.end());
    sortedGebieden.sort();
    for (const QString& gebied : std::as_const(sortedGebieden)) {
        if (oudLast.contains(gebied) == nieuwLast.contains(gebied) && oudLast.value(gebied) == nieuwLast.value(gebied))
            continue;
        const QString level = !oudLast.contains(gebied) ? tr("open")
            : oudLast.value(gebied)                     ? QString::number(*oudLast.value(gebied))
                                                        : tr("n.v.t.");
        was << QStringLiteral("%1 %2").arg(gebied, level);
    }
    return {tr("meting %1, meetmoment %2").arg(perspectiefCode(perspectief)).arg(m ? m->volgnummer : 0),
        was.join(QStringLiteral(", ")),
        m_correctieToelichting};
}

const Meetmoment* DossierDocument::meetmoment(qint64 id) const
{
    for (const Meetmoment& m : m_dossier.meetmomenten) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void DossierDocument::editField(Field field, const QString& value)
{
    if (fieldValue(m_dossier.inwoner, field) == value)
        return;
    m_undoStack->push(new EditInwonerCommand(this, field, fieldValue(m_dossier.inwoner, field), value));
}

void DossierDocument::markRegistered()
{
    m_undoStack->push(new RegistreerInwonerCommand(this));
}

Status DossierDocument::removeRegistration()
{
    const Status removed = DossierLifecycle(m_db, m_clock).removeRegistration(m_dossier.inwoner.id);
    if (!removed.ok()) {
        Q_EMIT errorOccurred(removed.errorMessage());
        return removed;
    }
    Q_EMIT registrationRemoved(m_dossier.inwoner.ref);
    return {};
}

void DossierDocument::closeDossier(const DossierStatus& status)
{
    if (!m_dossier.inwoner.status.afgesloten())
        m_undoStack->push(new AfsluitenCommand(this, status));
}

void DossierDocument::reopenDossier(const QString& reden)
{
    if (m_dossier.inwoner.status.afgesloten())
        m_undoStack->push(new HeropenenCommand(this, m_dossier.inwoner.status, reden));
}

Status DossierDocument::applyClose(const DossierStatus& status)
{
    return lifecycle([&] { return DossierLifecycle(m_db, m_clock).close(m_dossier.inwoner.id, status); });
}

Status DossierDocument::applyReopen(const QString& reden)
{
    return lifecycle([&] { return DossierLifecycle(m_db, m_clock).reopen(m_dossier.inwoner.id, reden); });
}

Status DossierDocument::lifecycle(const std::function<Status()>& step)
{
    // DossierLifecycle writes the change and its audit row in one transaction itself.
    const Status done = step();
    if (!done.ok()) {
        Q_EMIT errorOccurred(done.errorMessage());
        (void)loadAgain(DossierStore::Audit::AlreadyOpen);
        return done;
    }
    return loadAgain(DossierStore::Audit::AlreadyOpen);
}

void DossierDocument::addMeetmoment(const Meetmoment& meetmoment)
{
    m_undoStack->push(new AddMeetmomentCommand(this, meetmoment));
}

void DossierDocument::saveMeting(qint64 meetmomentId, const Meting& meting)
{
    const Meetmoment* m = meetmoment(meetmomentId);
    if (!m)
        return;
    m_undoStack->push(new SaveMetingCommand(this, meetmomentId, m->meting(meting.perspectief), meting));
}

void DossierDocument::removeMeetmoment(qint64 meetmomentId)
{
    const Meetmoment* m = meetmoment(meetmomentId);
    if (!m)
        return;
    m_undoStack->push(new RemoveMeetmomentCommand(this, *m));
}

Status DossierDocument::bevestigProfessional(const QString& wachtwoord)
{
    return AccountStore(m_db).confirm(wachtwoord);
}

} // namespace dw
