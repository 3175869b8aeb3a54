#pragma once

#include "core/socialekaart.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SocialeKaartDialog;
}

namespace dw {

class Database;
class Instrument;

// Where the beheerder keeps the sociale kaart: a list to search and a form to add, change or remove a voorziening.
// Every change is stored at once, in its own transaction; a refused entry keeps the form filled and says why.
class SocialeKaartDialog : public QDialog
{
    Q_OBJECT
public:
    SocialeKaartDialog(Database& db, const Instrument& instrument, QWidget* parent = nullptr);
    ~SocialeKaartDialog() override;

    bool changed() const { return m_changed; }

private:
    void load(qint64 select = 0);
    void filter();
    void show(int row);
    void nieuw();
    void opslaan();
    void verwijder();
    Voorziening fromForm() const;

    std::unique_ptr<Ui::SocialeKaartDialog> m_ui;
    Database& m_db;
    const Instrument& m_instrument;
    QVector<Voorziening> m_kaart;
    qint64 m_current = 0; // id in the form; 0 for a new one
    bool m_changed = false;
};

} // namespace dw
