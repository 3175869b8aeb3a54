#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WachtwoordDialog;
}

namespace dw {

class Database;

// Account -> Wachtwoord wijzigen: the logged-in account's own password, after the current one.
class WachtwoordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WachtwoordDialog(Database& db, QWidget* parent = nullptr);
    ~WachtwoordDialog() override;
    QString melding() const;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::WachtwoordDialog> m_ui;
    Database& m_db;
};

} // namespace dw
