#include "dossierdocument.h"

#include "core/clock.h"
#include "core/planconcept.h"
#include "dossiercommands.h"
#include "storage/auditlog.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"
#include "storage/planrepository.h"
#include "storage/voorzieningrepository.h"

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
    loadSocialeKaart();
    m_undoStack->clear();
    startConcept();
    Q_EMIT changed();
    return {};
}

Status DossierDocument::reload()
{
    auto loaded = DossierStore(m_db, m_instrument).load(m_dossier.inwoner.ref);
    if (!loaded.ok())
        return loaded.error();
    m_dossier = loaded.value();
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
    const auto versie = PlanRepository(m_db).saveRevision(m_dossier.inwoner.id, plan);
    const Status s = afterChange(versie.ok() ? Status() : Status(versie.error()), QStringLiteral("plan opgeslagen"));
    if (!s.ok())
        return s.error();
    startConcept(); // the next concept starts from the versie just stored
    return versie.value();
}

Status DossierDocument::withdrawRevision(int versie, const QString& reden)
{
    // Audited by the repository, in the same transaction as the change.
    const Status s = PlanRepository(m_db).withdraw(m_dossier.inwoner.id, versie, m_clock.today(), reden);
    if (!s.ok())
        return s;
    return reload(); // a concept being written stays as it is
}

QString DossierDocument::fieldValue(const Inwoner& i, Field field)
{
    switch (field) {
    case Field::Naam:
        return i.naam;
    case Field::Geboortedatum:
        return i.geboortedatum.toString(Qt::ISODate);
    case Field::Gemeente:
        return i.gemeente;
    case Field::Contact:
        return i.contact;
    case Field::Professional:
        return i.professional;
    }
    return {};
}

Status DossierDocument::afterChange(const Status& status, const QString& actie)
{
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.errorMessage());
        (void)reload(); // show what is really stored, e.g. after a conflict with another window
        return status;
    }
    const Status audit = AuditLog(m_db).record(actie, m_dossier.inwoner.id);
    if (!audit.ok())
        Q_EMIT errorOccurred(audit.errorMessage());
    return reload();
}

Status DossierDocument::applyField(Field field, const QString& value)
{
    Inwoner i = m_dossier.inwoner;
    switch (field) {
    case Field::Naam:
        i.naam = value;
        break;
    case Field::Geboortedatum:
        i.geboortedatum = QDate::fromString(value, Qt::ISODate);
        break;
    case Field::Gemeente:
        i.gemeente = value;
        break;
    case Field::Contact:
        i.contact = value;
        break;
    case Field::Professional:
        i.professional = value;
        break;
    }
    const auto updated = InwonerRepository(m_db).update(i);
    return afterChange(updated.ok() ? Status() : Status(updated.error()), QStringLiteral("inwoner gewijzigd"));
}

Result<qint64> DossierDocument::insertMeetmoment(const Meetmoment& meetmoment)
{
    const auto id = MetingRepository(m_db, m_instrument).addMeetmoment(m_dossier.inwoner.id, meetmoment);
    const Status s = afterChange(id.ok() ? Status() : Status(id.error()), QStringLiteral("meetmoment toegevoegd"));
    if (!s.ok())
        return s.error();
    return id.value();
}

Status DossierDocument::deleteMeetmoment(qint64 meetmomentId)
{
    return afterChange(
        MetingRepository(m_db, m_instrument).removeMeetmoment(meetmomentId), QStringLiteral("meetmoment verwijderd"));
}

Status DossierDocument::replaceMeting(qint64 meetmomentId,
    Perspectief perspectief,
    const std::optional<Meting>& meting,
    const std::optional<Meting>& expected)
{
    const Status s = MetingRepository(m_db, m_instrument).replaceMeting(meetmomentId, perspectief, meting, expected);
    return afterChange(s, QStringLiteral("meting opgeslagen"));
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

} // namespace dw
