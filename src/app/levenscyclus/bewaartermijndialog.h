#pragma once

#include "core/clock.h"
#include "storage/auditretention.h"
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
// the data until they rotate out. Below the dossiers' termijn, the audit log's: at least 5 years, and a clean-up of
// the rows older than that (AuditRetention), after a confirmation that says how many rows go.
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
    bool saveAuditTermijn();
    // Removes the audit rows past their termijn; asks first (with the number of rows) unless `askFirst` is false.
    bool cleanUpAudit(bool askFirst = true);

private:
    void reload();
    QStringList selectedRefs() const;

    std::unique_ptr<Ui::BewaartermijnDialog> m_ui;
    Database& m_db;
    DossierLifecycle m_lifecycle;
    AuditRetention m_retention;
    const Clock& m_clock;
};

} // namespace dw
