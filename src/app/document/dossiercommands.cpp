#include "dossiercommands.h"

#include "core/exchangeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw {

EditInwonerCommand::EditInwonerCommand(
    DossierDocument* doc, DossierDocument::Field field, QString oldValue, QString newValue)
    : m_doc(doc)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("dw::Undo", "%1 wijzigen").arg(DossierDocument::fieldName(field)));
}

void EditInwonerCommand::redo()
{
    if (!m_doc->applyField(m_field, m_new).ok())
        setObsolete(true);
}

void EditInwonerCommand::undo()
{
    (void)m_doc->applyField(m_field, m_old); // a failure is shown by the document, which reloads
}

bool EditInwonerCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditInwonerCommand*>(other);
    if (o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

RegistreerInwonerCommand::RegistreerInwonerCommand(DossierDocument* doc)
    : m_doc(doc)
{
    setText(QCoreApplication::translate("dw::Undo", "inwoner %1 registreren").arg(doc->dossier().inwoner.ref));
}

void RegistreerInwonerCommand::undo()
{
    if (!m_doc->removeRegistration().ok())
        setObsolete(true); // a failure is shown by the document
}

AfsluitenCommand::AfsluitenCommand(DossierDocument* doc, DossierStatus status)
    : m_doc(doc)
    , m_status(std::move(status))
{
    setText(QCoreApplication::translate("dw::Undo", "dossier afsluiten"));
}

void AfsluitenCommand::redo()
{
    if (!m_doc->applyClose(m_status).ok())
        setObsolete(true);
}

void AfsluitenCommand::undo()
{
    (void)m_doc->applyReopen(QCoreApplication::translate("dw::Undo", "afsluiten ongedaan gemaakt"));
}

HeropenenCommand::HeropenenCommand(DossierDocument* doc, DossierStatus was, QString reden)
    : m_doc(doc)
    , m_was(std::move(was))
    , m_reden(std::move(reden))
{
    setText(QCoreApplication::translate("dw::Undo", "dossier heropenen"));
}

void HeropenenCommand::redo()
{
    if (!m_doc->applyReopen(m_reden).ok())
        setObsolete(true);
}

void HeropenenCommand::undo()
{
    (void)m_doc->applyClose(m_was);
}

AddMeetmomentCommand::AddMeetmomentCommand(DossierDocument* doc, Meetmoment meetmoment)
    : m_doc(doc)
    , m_meetmoment(std::move(meetmoment))
{
    setText(QCoreApplication::translate("dw::Undo", "meetmoment van %1 toevoegen")
                .arg(QLocale().toString(m_meetmoment.datum, QLocale::ShortFormat)));
}

void AddMeetmomentCommand::redo()
{
    const auto id = m_doc->insertMeetmoment(m_meetmoment);
    if (!id.ok()) {
        setObsolete(true);
        return;
    }
    m_id = id.value();
}

void AddMeetmomentCommand::undo()
{
    (void)m_doc->deleteMeetmoment(m_id); // a failure is shown by the document
}

RemoveMeetmomentCommand::RemoveMeetmomentCommand(DossierDocument* doc, Meetmoment meetmoment)
    : m_doc(doc)
    , m_meetmoment(std::move(meetmoment))
{
    setText(QCoreApplication::translate("dw::Undo", "meetmoment van %1 verwijderen")
                .arg(QLocale().toString(m_meetmoment.datum, QLocale::ShortFormat)));
}

void RemoveMeetmomentCommand::redo()
{
    if (!m_doc->deleteMeetmoment(m_meetmoment.id).ok())
        setObsolete(true);
}

void RemoveMeetmomentCommand::undo()
{
    // Restored as a new row; its id changes, so a later redo removes the restored one.
    const auto id = m_doc->insertMeetmoment(m_meetmoment);
    if (id.ok())
        m_meetmoment.id = id.value();
}

SaveMetingCommand::SaveMetingCommand(
    DossierDocument* doc, qint64 meetmomentId, std::optional<Meting> oldMeting, Meting newMeting)
    : m_doc(doc)
    , m_meetmomentId(meetmomentId)
    , m_old(std::move(oldMeting))
    , m_new(std::move(newMeting))
{
    setText(QCoreApplication::translate("dw::Undo", "meting %1 opslaan").arg(perspectiefCode(m_new.perspectief)));
}

void SaveMetingCommand::redo()
{
    if (!m_doc->replaceMeting(m_meetmomentId, m_new.perspectief, m_new, m_old).ok())
        setObsolete(true);
}

void SaveMetingCommand::undo()
{
    (void)m_doc->replaceMeting(m_meetmomentId, m_new.perspectief, m_old, m_new); // failure shown by the document
}

EditConceptCommand::EditConceptCommand(
    DossierDocument* doc, Plan oldPlan, Plan newPlan, const QString& actie, QString mergeKey)
    : m_doc(doc)
    , m_old(std::move(oldPlan))
    , m_new(std::move(newPlan))
    , m_mergeKey(std::move(mergeKey))
{
    setText(actie);
}

void EditConceptCommand::redo()
{
    m_doc->setConcept(m_new);
}

void EditConceptCommand::undo()
{
    m_doc->setConcept(m_old);
}

bool EditConceptCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditConceptCommand*>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace dw
