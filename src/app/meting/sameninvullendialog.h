#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class SamenInvullenDialog;
}

namespace dw {

class Clock;
class Instrument;

// Samen invullen (issue 17): the inwoner fills in Tabel 1 and the draaglast on the professional's screen. Full
// screen, large type, one statement at a time with big buttons labelled with the scale's own words, "Weet ik niet",
// "vraag 5 van 23", back and forward; by mouse, touch or keyboard (1-5 and W; 0, 1, 2 and N for the draaglast; the
// arrows to go back and on). The inwoner reaches nothing else: no menus, no other dossier, no other window, and
// leaving (Esc, closing, finishing) needs the professional's password. What the inwoner answered is the result, as
// the inwoner's perspective marked "zelf ingevuld" with the time it took.
class SamenInvullenDialog : public QDialog
{
    Q_OBJECT
public:
    // `bevestig` checks the professional's password (AccountStore::confirm through the document).
    using Bevestiging = std::function<Status(const QString& wachtwoord)>;
    SamenInvullenDialog(
        const Instrument& instrument, const Clock& clock, Bevestiging bevestig, QWidget* parent = nullptr);
    ~SamenInvullenDialog() override;

    // What was answered so far, marked zelf ingevuld; the time counts from construction to leaving.
    Meting meting() const;
    bool leeg() const;
    int vraag() const { return m_index; } // 0-based; stappen() when past the last one
    int stappen() const;
    bool opTerugScherm() const;
    // The professional's password: true when it opens the way out (then the dialog is accepted).
    bool afronden(const QString& wachtwoord);

    void reject() override; // Esc: asks for the password instead of closing

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Stap
    {
        bool draaglast = false;
        QString code; // item or levensgebied code
        QString tekst;
        QString uitleg;
    };
    void toon(int index);
    void kies(int waarde); // a scale value; for the draaglast 0-2, or -1 for n.v.t.
    void weetNiet();
    void naarTerugScherm();
    void knop(const QString& tekst, int waarde, bool gekozen);

    std::unique_ptr<Ui::SamenInvullenDialog> m_ui;
    const Instrument& m_instrument;
    const Clock& m_clock;
    Bevestiging m_bevestig;
    QVector<Stap> m_stappen;
    QVector<QPushButton*> m_knoppen;
    Antwoorden m_antwoorden;
    DraaglastNiveaus m_draaglast;
    QDateTime m_begin;
    QDateTime m_eind;
    int m_index = 0;
    bool m_vrij = false; // the professional's password was given: the dialog may close
};

} // namespace dw
