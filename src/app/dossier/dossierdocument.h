#pragma once

#include "core/dossier.h"
#include "core/result.h"

#include <QObject>

class QUndoStack;

namespace dw {

class Database;
class Instrument;

// One open dossier: its data, its undo stack, and the storage calls the undo commands make. Widgets edit the
// dossier only through the edit…/add…/save…/remove… methods, which push a QUndoCommand.
class DossierDocument : public QObject
{
    Q_OBJECT
public:
    enum class Field { Naam, Geboortedatum, Gemeente, Contact, Professional };

    DossierDocument(Database& db, const Instrument& instrument, QObject* parent = nullptr);
    ~DossierDocument() override;

    Status open(const QString& ref);
    Status reload();
    const Dossier& dossier() const { return m_dossier; }
    const Instrument& instrument() const { return m_instrument; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Undoable edits.
    void editField(Field field, const QString& value);
    void addMeetmoment(const Meetmoment& meetmoment);
    void saveMeting(qint64 meetmomentId, const Meting& meting);
    void removeMeetmoment(qint64 meetmomentId);

    // What the commands call; each change is one transaction in storage.
    static QString fieldValue(const Inwoner& inwoner, Field field);
    Status applyField(Field field, const QString& value);
    Result<qint64> insertMeetmoment(const Meetmoment& meetmoment);
    Status deleteMeetmoment(qint64 meetmomentId);
    Status replaceMeting(qint64 meetmomentId,
        Perspectief perspectief,
        const std::optional<Meting>& meting,
        const std::optional<Meting>& expected);
    const Meetmoment* meetmoment(qint64 id) const;

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString& message);

private:
    Status afterChange(const Status& status, const QString& actie);

    Database& m_db;
    const Instrument& m_instrument;
    Dossier m_dossier;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace dw
