#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class WeekoverzichtDialog;
}

namespace dw {

class Database;

// "Vandaag en deze week" (issue 17): the reminders of the professional's own open dossiers that are due up to and
// including Sunday, late ones first and in words. Shown when the app starts if there are any (there is no tray
// daemon), and from Beeld. Opening a dossier is where a reminder is marked done or moved.
class WeekoverzichtDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WeekoverzichtDialog(QWidget* parent = nullptr);
    ~WeekoverzichtDialog() override;

    // Reads them (five queries, whatever the caseload's size); returns how many there are, or -1 with the reason
    // shown in the dialog.
    int laad(Database& db, const QString& professional, int vervolgNaMaanden, const QDate& vandaag);
    int aantal() const;

Q_SIGNALS:
    void dossierGekozen(const QString& ref);

private:
    void openen();

    std::unique_ptr<Ui::WeekoverzichtDialog> m_ui;
};

} // namespace dw
