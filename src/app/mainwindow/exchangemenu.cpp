// Bestand → Importeren / Exporteren: draagwijzer/1 files, read and written one dossier at a time (issue 16), so a
// file of any size takes little memory and the progress dialog can follow the file.
#include "mainwindow.h"

#include "common/bestandskeuze.h"

#include "caseload/caseloadwidget.h"
#include "core/clock.h"
#include "core/exchangereader.h"
#include "reporting/safefile.h"
#include "spreadsheetimport/spreadsheetwizard.h"
#include "storage/database.h"
#include "storage/dossierimport.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/voorzieningrepository.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace dw {

void MainWindow::importFile()
{
    const QString path
        = bestandskeuze::openBestand(this, tr("Dossiers importeren"), {}, tr("Draagwijzer-bestanden (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this,
            tr("Import mislukt"),
            tr("%1 kan niet worden gelezen: %2.")
                .arg(QDir::toNativeSeparators(path), fileErrorSentence(file, QIODevice::ReadOnly)));
        return;
    }
    // Progress follows the file in kilobytes: how many inwoners it holds is known only at its end.
    QProgressDialog progress(tr("Dossiers importeren…"), tr("Annuleren"), 0, int(file.size() / 1024), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DossierImport import(*m_db, m_instrument);
    ExchangeReader reader(m_instrument, m_clock);
    bool cancelled = false;
    int read = 0; // import.added() moves a batch at a time
    Status s = import.begin(ExchangeReader::estimatedInwoners(file.size()));
    if (s.ok()) {
        s = reader.readAhead(file, [&](Dossier&& d) {
            const Status added = import.add(std::move(d));
            if (added.ok() && ++read % 100 == 0) {
                progress.setValue(int(reader.bytesRead() / 1024));
                cancelled = progress.wasCanceled();
                if (cancelled)
                    return Status(Error::badInput(tr("afgebroken; er is niets opgeslagen")));
            }
            return added;
        });
    }
    if (s.ok())
        s = import.finish(reader.socialeKaart());
    progress.reset();
    if (cancelled) {
        showStatus(tr("Import afgebroken; er is niets opgeslagen."));
        return;
    }
    if (!s.ok()) {
        QMessageBox::warning(this,
            tr("Import geweigerd"),
            tr("Het bestand is niet ingelezen; er is niets opgeslagen.\n\n%1").arg(s.errorMessage()));
        return;
    }
    m_caseload->reload();
    showStatus(tr("%n inwoner(s) geïmporteerd.", nullptr, reader.inwonerCount()));
}

void MainWindow::importSpreadsheet()
{
    SpreadsheetWizard wizard(*m_db, m_instrument, m_clock.today(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    // As after the JSON import: the new inwoners show in the caseload at once.
    m_caseload->reload();
    showStatus(wizard.samenvatting());
    QMessageBox::information(this, tr("Spreadsheet ingelezen"), wizard.samenvatting());
}

void MainWindow::exportFile()
{
    const QString path = bestandskeuze::opslaanAls(this,
        tr("Dossiers exporteren"),
        QStringLiteral("draagwijzer-export.json"),
        tr("Draagwijzer-bestanden (*.json)"));
    if (path.isEmpty())
        return;
    const auto kaart = VoorzieningRepository(*m_db, m_instrument).all();
    const auto totaal = InwonerRepository(*m_db).count();
    // 100,000 dossiers take half a minute: progress and Annuleren, as with importing. A cancelled export leaves
    // the chosen file as it was (saveFileFrom commits only a whole file).
    QProgressDialog progress(tr("Dossiers exporteren…"), tr("Annuleren"), 0, totaal.ok() ? totaal.value() : 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool cancelled = false;
    int count = 0;
    const Status written = !kaart.ok() ? Status(kaart.error()) : saveFileFrom(path, [&](QIODevice& out) -> Status {
        const auto exported = DossierStore(*m_db, m_instrument).exportTo(out, {}, kaart.value(), [&](int gelezen) {
            if (gelezen % 100 == 0) {
                progress.setValue(gelezen);
                cancelled = progress.wasCanceled();
            }
            return !cancelled;
        });
        if (!exported.ok())
            return exported.error();
        count = exported.value();
        return Status();
    });
    progress.reset();
    if (cancelled) {
        showStatus(tr("Export afgebroken; er is niets geschreven."));
        return;
    }
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Export mislukt"), written.errorMessage());
        return;
    }
    showStatus(tr("%n inwoner(s) geëxporteerd naar %1.", nullptr, count).arg(path));
}

} // namespace dw
