#include "dossierdocument.h"

#include "dossiercommands.h"
#include "storage/auditlog.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"

#include <QUndoStack>

namespace dw {

DossierDocument::DossierDocument(Database& db, const Instrument& instrument, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_instrument(instrument)
    , m_undoStack(new QUndoStack(this))
{ }

DossierDocument::~DossierDocument() = default;

Status DossierDocument::open(const QString& ref)
{
    auto loaded = DossierStore(m_db, m_instrument).load(ref);
    if (!loaded.ok())
        return loaded.error();
    m_dossier = loaded.value();
    m_undoStack->clear();
    Q_EMIT changed();
    return {};
}

Status DossierDocument::reload()
{
    auto loaded = DossierStore(m_db, m_instrument).load(m_dossier.inwoner.ref);
    if (!loaded.ok())
        return loaded.error();
    m_dossier = loaded.value();
    Q_EMIT changed();
    return {};
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
