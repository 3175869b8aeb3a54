#pragma once

#include "dossierdocument.h"

#include <QUndoCommand>

namespace dw {

// Undo commands of a dossier (as Tiled's changevalue.h): each stores old and new, and calls the document, which
// writes through storage in one transaction. A command whose write fails marks itself obsolete.
enum UndoCommandId { EditInwonerId = 1, EditConceptId };

class EditInwonerCommand : public QUndoCommand
{
public:
    EditInwonerCommand(DossierDocument* doc, DossierDocument::Field field, QString oldValue, QString newValue);
    void undo() override;
    void redo() override;
    int id() const override { return EditInwonerId; }
    // Typing in one field is one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    DossierDocument* m_doc;
    DossierDocument::Field m_field;
    QString m_old;
    QString m_new;
};

// The first step of a new dossier: registering the inwoner, already done when the dossier opens. Undone, the
// registration goes again (while nothing was measured or planned) and the dossier closes.
class RegistreerInwonerCommand : public QUndoCommand
{
public:
    explicit RegistreerInwonerCommand(DossierDocument* doc);
    void undo() override;
    void redo() override { }

private:
    DossierDocument* m_doc;
};

// Closing the dossier; undone, it is reopened ("afsluiten ongedaan gemaakt" in the audit log).
class AfsluitenCommand : public QUndoCommand
{
public:
    AfsluitenCommand(DossierDocument* doc, DossierStatus status);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    DossierStatus m_status;
};

// Reopening with a reason; undone, it is closed again with the date and reason it had.
class HeropenenCommand : public QUndoCommand
{
public:
    HeropenenCommand(DossierDocument* doc, DossierStatus was, QString reden);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    DossierStatus m_was;
    QString m_reden;
};

class AddMeetmomentCommand : public QUndoCommand
{
public:
    AddMeetmomentCommand(DossierDocument* doc, Meetmoment meetmoment);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    Meetmoment m_meetmoment;
    qint64 m_id = 0;
};

class RemoveMeetmomentCommand : public QUndoCommand
{
public:
    RemoveMeetmomentCommand(DossierDocument* doc, Meetmoment meetmoment);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    Meetmoment m_meetmoment;
};

class SaveMetingCommand : public QUndoCommand
{
public:
    SaveMetingCommand(DossierDocument* doc, qint64 meetmomentId, std::optional<Meting> oldMeting, Meting newMeting);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    qint64 m_meetmomentId;
    std::optional<Meting> m_old;
    Meting m_new;
};

// A journal entry added (no `before`), changed (both) or removed (no `after`). An entry brought back by undo gets a
// new id, which the command keeps for its next redo.
class JournaalCommand : public QUndoCommand
{
public:
    JournaalCommand(DossierDocument* doc, std::optional<JournaalRegel> before, std::optional<JournaalRegel> after);
    void undo() override;
    void redo() override;

private:
    // Makes the document hold `to` where it holds `from` now; false when storage refused.
    bool apply(const std::optional<JournaalRegel>& from, std::optional<JournaalRegel>& to);

    DossierDocument* m_doc;
    std::optional<JournaalRegel> m_before;
    std::optional<JournaalRegel> m_after;
};

// A reminder marked done or moved (after), and undone back to what it was (before; none: as computed).
class HerinneringCommand : public QUndoCommand
{
public:
    HerinneringCommand(DossierDocument* doc,
        QString sleutel,
        std::optional<HerinneringStatus> before,
        HerinneringStatus after,
        const QString& tekst);
    void undo() override;
    void redo() override;

private:
    DossierDocument* m_doc;
    QString m_sleutel;
    std::optional<HerinneringStatus> m_before;
    HerinneringStatus m_after;
};

// An edit of the plan concept: whole before/after snapshots (a plan is small), merged while the same field is typed.
class EditConceptCommand : public QUndoCommand
{
public:
    EditConceptCommand(DossierDocument* doc, Plan oldPlan, Plan newPlan, const QString& actie, QString mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : EditConceptId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    DossierDocument* m_doc;
    Plan m_old;
    Plan m_new;
    QString m_mergeKey;
};

} // namespace dw
