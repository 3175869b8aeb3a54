#pragma once

#include "core/account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace dw {

class Database;

// Beheer -> Accounts (beheerder): who may work in this database and with which roles. A new account and a reset
// get a temporary password, which the person replaces at their first login. Blocking is undone the same way.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(Database& db, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    QString melding() const;
    bool add(); // from the form
    bool saveRollen();
    bool resetPassword();
    bool toggleBlocked();
    void select(const QString& naam);

private:
    void reload();
    void fill(int row);
    Rollen rollenInForm() const;
    bool report(const Status& s, const QString& done);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    Database& m_db;
};

} // namespace dw
