#pragma once

#include "storage/backup.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace dw {

// Bestand -> Back-up terugzetten: what the chosen backup holds (when it was made, how many inwoners and
// meetmomenten), that restoring replaces everything in the database, and whether to make a backup of the current
// state first (yes unless unticked). Cancel is the default: nothing happens by pressing Enter.
class BackupTerugzettenDialog : public QDialog
{
    Q_OBJECT
public:
    BackupTerugzettenDialog(
        const BackupSummary& summary, const QString& backupPath, const QString& database, QWidget* parent = nullptr);

    bool eerstBackup() const;
    // The summary as shown, one "name: value" per line; for tests and screen readers.
    QString samenvatting() const { return m_samenvatting; }

    // "25 november 2026 om 21:05", the way the app writes a moment.
    static QString moment(const QDateTime& when);

private:
    QCheckBox* m_eerstBackup = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_samenvatting;
};

} // namespace dw
