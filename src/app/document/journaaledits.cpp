// DossierDocument's journal (issue 17): the undoable edits and the writes their command makes.
#include "dossiercommands.h"
#include "dossierdocument.h"

#include "core/clock.h"
#include "storage/journaalrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace dw {

namespace {

const QString actie = QStringLiteral("journaal gewijzigd");

QString undoText(const char* text, const JournaalRegel& r)
{
    return QCoreApplication::translate("dw::Undo", text).arg(QLocale().toString(r.datum, QLocale::ShortFormat));
}

} // namespace

QString DossierDocument::journaalProbleem(const JournaalRegel& regel) const
{
    const int doelen = m_dossier.plannen.isEmpty() ? 0 : int(m_dossier.plannen.constLast().doelen.size());
    return journaal::probleem(m_instrument, regel, doelen, int(m_dossier.meetmomenten.size()), m_clock.today());
}

const JournaalRegel* DossierDocument::journaalRegel(qint64 id) const
{
    for (const JournaalRegel& r : m_dossier.journaal) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool DossierDocument::addJournaal(const JournaalRegel& regel)
{
    const QString probleem = journaalProbleem(regel);
    if (!probleem.isEmpty()) {
        Q_EMIT errorOccurred(probleem);
        return false;
    }
    m_undoStack->push(new JournaalCommand(this, std::nullopt, regel));
    return true;
}

bool DossierDocument::editJournaal(const JournaalRegel& regel)
{
    const JournaalRegel* was = journaalRegel(regel.id);
    const QString probleem = was ? journaalProbleem(regel) : tr("Deze journaalregel bestaat niet meer.");
    if (!probleem.isEmpty()) {
        Q_EMIT errorOccurred(probleem);
        return false;
    }
    if (*was != regel)
        m_undoStack->push(new JournaalCommand(this, *was, regel));
    return true;
}

void DossierDocument::removeJournaal(qint64 id)
{
    if (const JournaalRegel* was = journaalRegel(id))
        m_undoStack->push(new JournaalCommand(this, *was, std::nullopt));
}

Result<qint64> DossierDocument::insertJournaal(const JournaalRegel& regel)
{
    return changeWith<qint64>(actie, [&] { return JournaalRepository(m_db).insert(m_dossier.inwoner.id, regel); });
}

Status DossierDocument::updateJournaal(const JournaalRegel& regel)
{
    return change(actie, [&] { return JournaalRepository(m_db).update(m_dossier.inwoner.id, regel); });
}

Status DossierDocument::deleteJournaal(qint64 id)
{
    return change(actie, [&] { return JournaalRepository(m_db).remove(m_dossier.inwoner.id, id); });
}

JournaalCommand::JournaalCommand(
    DossierDocument* doc, std::optional<JournaalRegel> before, std::optional<JournaalRegel> after)
    : m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (!m_before)
        setText(undoText("journaalregel van %1 toevoegen", *m_after));
    else if (!m_after)
        setText(undoText("journaalregel van %1 verwijderen", *m_before));
    else
        setText(undoText("journaalregel van %1 wijzigen", *m_after));
}

bool JournaalCommand::apply(const std::optional<JournaalRegel>& from, std::optional<JournaalRegel>& to)
{
    if (!to)
        return m_doc->deleteJournaal(from->id).ok();
    if (from) {
        to->id = from->id;
        return m_doc->updateJournaal(*to).ok();
    }
    const auto id = m_doc->insertJournaal(*to);
    if (!id.ok())
        return false;
    to->id = id.value();
    return true;
}

void JournaalCommand::redo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void JournaalCommand::undo()
{
    // An entry brought back gets a new id; the entry as it was before keeps it for the next redo.
    (void)apply(m_after, m_before); // a failure is shown by the document
}

} // namespace dw
