#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AanmeldDialog;
}

namespace dw {

class Database;

// Every session starts here (issue 14): the first beheerder of a database without accounts, or a login; after a
// reset by the beheerder, a new password before anything else. Refusals (wrong password, locked, blocked, a
// password that is too weak) are said in the dialog, which stays open.
class AanmeldDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stap { EersteBeheerder, Inloggen, NieuwWachtwoord };

    AanmeldDialog(Database& db, QWidget* parent = nullptr);
    ~AanmeldDialog() override;

    // Shows the dialog until someone is logged in (true) or the user cancels (false). A database without accounts
    // starts with its first beheerder. The session is set on `db`.
    static bool aanmelden(Database& db, QWidget* parent = nullptr);

    Stap stap() const { return m_stap; }
    QString melding() const; // what the dialog says is wrong, for tests

public Q_SLOTS:
    void accept() override;

private:
    void toon(Stap stap);
    bool voerUit();

    std::unique_ptr<Ui::AanmeldDialog> m_ui;
    Database& m_db;
    Stap m_stap = Stap::Inloggen;
    QString m_oudWachtwoord; // the temporary one, to change it after a reset
};

} // namespace dw
