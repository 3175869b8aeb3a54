#pragma once

#include "core/clock.h"
#include "storage/dossierlifecycle.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BewaartermijnDialog;
}

namespace dw {

class Database;

// Account -> Bewaartermijn (beheerder): the organisation's bewaartermijn and the closed dossiers past it, by ref
// and dates only (a beheerder sees no content). Anonymising from the list, one or many, asks for a typed
// confirmation (the ref, or the number of dossiers) and says that it cannot be undone and that older backups keep
// the data until they rotate out.
class BewaartermijnDialog : public QDialog
{
    Q_OBJECT
public:
    BewaartermijnDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~BewaartermijnDialog() override;

    QString melding() const;
    int rijen() const;
    bool saveTermijn();
    // Anonymises the selected rows after `bevestiging` matched; the dialog asks for it when empty.
    bool anonymizeSelected(const QString& bevestiging = {});
    void selectAll();

private:
    void reload();
    QStringList selectedRefs() const;

    std::unique_ptr<Ui::BewaartermijnDialog> m_ui;
    Database& m_db;
    DossierLifecycle m_lifecycle;
};

} // namespace dw
