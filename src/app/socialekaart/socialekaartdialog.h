#pragma once

#include "core/socialekaart.h"

#include <QDialog>

#include <QHash>

#include <memory>
#include <optional>

class QCheckBox;
class QUndoStack;

namespace Ui {
class SocialeKaartDialog;
}

namespace dw {

class Database;
class Instrument;

// Where the beheerder keeps the sociale kaart: a list to search and a form to add, change or remove a voorziening.
// Every change is stored at once, in its own transaction, and is an undo step; a refused entry keeps the form filled
// and says why.
class SocialeKaartDialog : public QDialog
{
    Q_OBJECT
public:
    SocialeKaartDialog(Database& db, const Instrument& instrument, QWidget* parent = nullptr);
    ~SocialeKaartDialog() override;
    // Shows only the services for this gemeente (and the landelijke ones), with a choice to see them all.
    void setGemeente(const QString& gemeente);

    bool changed() const { return m_changed; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // What an undo step does: from one state of a voorziening to another (empty: not on the kaart). The row that
    // holds `to` afterwards (0 when removed), or nothing when storage refused, which is said.
    std::optional<qint64> apply(const std::optional<Voorziening>& from, std::optional<Voorziening> to);

private:
    void load(qint64 select = 0);
    void filter();
    void show(int row);
    void nieuw();
    void opslaan();
    void verwijder();
    Voorziening fromForm() const;
    const Voorziening* stored(qint64 id) const;
    qint64 currentId(qint64 id) const;

    std::unique_ptr<Ui::SocialeKaartDialog> m_ui;
    Database& m_db;
    const Instrument& m_instrument;
    QVector<Voorziening> m_kaart;
    qint64 m_current = 0; // id in the form; 0 for a new one
    bool m_changed = false;
    QUndoStack* m_undoStack = nullptr;
    QHash<qint64, qint64> m_rowOf; // a removed voorziening's row -> the row an undo brought it back in
    QString m_gemeente;
    QCheckBox* m_gemeenteCheck = nullptr;
};

} // namespace dw
