// Bestand -> Back-up maken / Back-up terugzetten: the CLI's `backup` and `restore` (storage/backup.h,
// storage/serverbackup.h) for a beheerder, with what the backup holds shown before anything is replaced.
#include "mainwindow.h"

#include "common/bestandskeuze.h"

#include "autobackup.h"
#include "backup/backupterugzettendialog.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "common/busywork.h"
#include "core/clock.h"
#include "dashboard/dashboardwidget.h"
#include "integritycheck.h"
#include "serverwatch.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/serverbackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

namespace dw {

namespace {
const QString folderKey = QStringLiteral("backup/handmatig_map");
}

void MainWindow::addBackupActions(QMenu* file)
{
    // As the CLI: a beheerder's; a desk without accounts yet may (Sessie::heeft).
    if (!m_db->sessie().heeft(Rol::Beheerder))
        return;
    file->addAction(tr("&Back-up maken…"), this, &MainWindow::makeBackup);
    // Not one of m_editActions: those are a professional's, and a beheerder need not be one.
    file->addAction(tr("Back-up &terugzetten…"), this, &MainWindow::restoreBackup)->setEnabled(!m_db->readOnly());
}

QString MainWindow::askBackupFile(const QString& title, const QString& name)
{
    const QString suffix = m_db->isServer() ? QStringLiteral("dump") : QStringLiteral("sqlite");
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString path = bestandskeuze::opslaanAls(this,
        title,
        QDir(folder).filePath(
            QStringLiteral("%1-%2.%3").arg(name, m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix)),
        tr("Draagwijzer-back-ups (*.%1)").arg(suffix));
    if (!path.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

Status MainWindow::writeBackup(const QString& path)
{
    // On a worker with its own reader connection, as the automatic backup: a consistent copy of what is saved (a
    // plan concept not yet vastgelegd is not in it), while the window keeps painting.
    const Status made = runBusy(this, tr("Back-up maken…"), [connector = m_db->connector(), path]() -> Status {
        auto db = connector.openReader();
        if (!db.ok())
            return db.error();
        return db.value()->isServer() ? serverbackup::create(*db.value(), path) : Backup::create(*db.value(), path);
    });
    if (made.ok() && (!m_db->readOnly() || m_db->mode() == Database::Mode::ReadOnlyFile))
        (void)AuditLog(*m_db).record(QStringLiteral("backup"), 0, QDir::toNativeSeparators(path));
    return made;
}

void MainWindow::makeBackup()
{
    const QString path = askBackupFile(tr("Back-up maken"), QStringLiteral("draagwijzer-backup"));
    if (path.isEmpty())
        return;
    const Status made = writeBackup(path);
    if (!made.ok()) {
        QMessageBox::warning(
            this, tr("Back-up mislukt"), tr("Er is geen back-up gemaakt.\n\n%1.").arg(made.errorMessage()));
        return;
    }
    showStatus(tr("Back-up gemaakt en gecontroleerd: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreBackup()
{
    if (m_serverWatch && m_serverWatch->away()) {
        showStatus(tr("Geen verbinding met de teamserver: terugzetten kan pas als de verbinding terug is."));
        return;
    }
    const QString filter = m_db->isServer() ? tr("Back-ups van een teamserver (*.dump);;Alle bestanden (*)")
                                            : tr("Draagwijzer-back-ups (*.sqlite *.db);;Alle bestanden (*)");
    const QString path = bestandskeuze::openBestand(
        this, tr("Back-up terugzetten"), QSettings().value(folderKey, QDir::homePath()).toString(), filter);
    if (path.isEmpty())
        return;
    // First what the CLI checks before it opens the database, then what the backup holds: nothing is changed yet.
    const bool server = m_db->isServer();
    const auto summary = runBusy(this, tr("Back-up controleren…"), [path, server]() -> Result<BackupSummary> {
        if (server)
            return serverbackup::summary(path);
        const Status valid = Backup::verify(path);
        if (!valid.ok())
            return valid.error();
        return Backup::summary(path);
    });
    if (!summary.ok()) {
        QMessageBox::warning(this,
            tr("Back-up niet bruikbaar"),
            tr("Deze back-up kan niet worden teruggezet; er is niets gewijzigd.\n\n%1.").arg(summary.errorMessage()));
        return;
    }
    BackupTerugzettenDialog confirm(summary.value(), path, m_db->displayName(), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    // A changed plan concept is stored first (or let go): the dossier closes, and what is stored now is what a
    // backup of the current state holds.
    if (!maybeSavePlan())
        return;
    if (confirm.eerstBackup()) {
        const QString current
            = askBackupFile(tr("Back-up van de huidige gegevens"), QStringLiteral("draagwijzer-voor-terugzetten"));
        if (current.isEmpty()) {
            showStatus(tr("Er is niets teruggezet."));
            return;
        }
        const Status made = writeBackup(current);
        if (!made.ok()) {
            QMessageBox::warning(this,
                tr("Back-up mislukt"),
                tr("De back-up van de huidige gegevens is mislukt; er is niets teruggezet.\n\n%1.")
                    .arg(made.errorMessage()));
            return;
        }
    }
    closeDossier();
    const auto kept = restoreAlone(path);
    // The caseload's reader opens again and shows what is there now, restored or not.
    m_caseload->reload();
    if (!kept.ok()) {
        QMessageBox::warning(this, tr("Terugzetten mislukt"), tr("%1.").arg(kept.errorMessage()));
        return;
    }
    // Into the restored log: from here on it says who put this state back, and from which file.
    (void)AuditLog(*m_db).record(QStringLiteral("restore"), 0, QDir::toNativeSeparators(path));
    QMessageBox::information(this,
        tr("Back-up teruggezet"),
        tr("De back-up is teruggezet: %n inwoner(s).\n\nDe gegevens van vóór het terugzetten zijn bewaard als %1.",
            nullptr,
            int(summary->inwoners))
            .arg(QDir::toNativeSeparators(kept.value())));
    showStatus(tr("Back-up teruggezet uit %1.").arg(QDir::toNativeSeparators(path)));
}

Result<QString> MainWindow::restoreAlone(const QString& path)
{
    // The restore needs the database for the session's connection alone (Database::lockExclusively): this
    // window's other connections let go first. The Teamoverzicht opens again on request.
    delete m_dashboard;
    m_dashboard = nullptr;
    QProgressDialog busy(tr("Back-up terugzetten…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr); // one transaction: an interrupted restore leaves the database as it was
    busy.setMinimumDuration(0);
    busy.show();
    while (m_autoBackup->isRunning() || m_integrityCheck->isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    // No events from here to the end of the restore: a repaint of the caseload would open its reader again.
    m_caseload->model()->closeConnection();
    if (m_serverWatch)
        m_serverWatch->pause();
    const auto kept = m_db->isServer() ? serverbackup::restore(*m_db, path, m_clock.now())
                                       : Backup::restore(*m_db, path, m_clock.now());
    if (m_serverWatch)
        m_serverWatch->resume();
    return kept;
}

} // namespace dw
