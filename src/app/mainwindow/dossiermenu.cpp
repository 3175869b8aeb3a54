// The main window's Dossier menu (issue 15): closing and reopening a dossier, the inzage for the inwoner, the
// paper questionnaire (issue 17), and deleting a registration made by mistake.
#include "mainwindow.h"

#include "common/bestandskeuze.h"

#include "caseload/caseloadwidget.h"
#include "document/dossierdocument.h"
#include "herinneringen/weekoverzichtdialog.h"
#include "instellingen/instellingen.h"
#include "levenscyclus/afsluitdialog.h"
#include "reporting/inzage.h"
#include "reporting/vragenlijstpdf.h"
#include "storage/database.h"
#include "storage/dossierlifecycle.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace dw {

void MainWindow::createDossierMenu()
{
    QMenu* menu = new QMenu(tr("Dos&sier"), this); // Alt+D is the Geboortedatum field
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu); // before Help
    QAction* afsluiten = menu->addAction(tr("Dossier &afsluiten…"), this, &MainWindow::afsluiten);
    QAction* heropenen = menu->addAction(tr("Dossier &heropenen…"), this, &MainWindow::heropenen);
    menu->addSeparator();
    QAction* inzage = menu->addAction(
        tr("&Inzage voor de inwoner…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, &MainWindow::inzage);
    QAction* vragenlijst = menu->addAction(tr("&Vragenlijst op papier…"), this, [this] { vragenlijstOpPapier(true); });
    vragenlijst->setToolTip(tr("Tabel 1 en de draaglast als PDF, met het nummer van deze inwoner, om thuis in te "
                               "vullen"));
    QAction* blanco
        = menu->addAction(tr("&Blanco vragenlijst op papier…"), this, [this] { vragenlijstOpPapier(false); });
    blanco->setToolTip(tr("Dezelfde vragenlijst zonder nummer, voor een eerste bezoek"));
    menu->addSeparator();
    QAction* verwijderen = menu->addAction(tr("Registratie ver&wijderen…"), this, &MainWindow::verwijderRegistratie);
    afsluiten->setObjectName(QStringLiteral("afsluitenAction"));
    heropenen->setObjectName(QStringLiteral("heropenenAction"));
    inzage->setObjectName(QStringLiteral("inzageAction"));
    vragenlijst->setObjectName(QStringLiteral("vragenlijstAction"));
    blanco->setObjectName(QStringLiteral("blancoVragenlijstAction"));
    verwijderen->setObjectName(QStringLiteral("verwijderenAction"));
    // What applies to the open dossier, worked out when the menu opens (and by the shortcut's own check).
    connect(menu, &QMenu::aboutToShow, this, [=] {
        const bool open = m_document != nullptr;
        const bool editable = open && !dossierReadOnly();
        const bool afgesloten = open && m_document->dossier().inwoner.status.afgesloten();
        afsluiten->setEnabled(editable && !afgesloten);
        heropenen->setEnabled(editable && afgesloten && !m_document->dossier().inwoner.geanonimiseerd);
        inzage->setEnabled(open);
        vragenlijst->setEnabled(open);
        verwijderen->setEnabled(editable && m_document->dossier().meetmomenten.isEmpty());
    });
}

void MainWindow::afsluiten()
{
    if (!m_document || dossierReadOnly())
        return showStatus(tr("Open eerst een dossier dat u mag wijzigen."));
    const Inwoner& inwoner = m_document->dossier().inwoner;
    if (inwoner.status.afgesloten())
        return showStatus(tr("Dit dossier is al %1.").arg(inwoner.status.beschrijving()));
    AfsluitDialog dialog(inwoner.ref, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->closeDossier(dialog.status());
    if (!m_document->dossier().inwoner.status.afgesloten())
        return;
    showStatus(tr("Dossier %1 is %2. Ongedaan maken (Ctrl+Z) opent het weer.")
                   .arg(inwoner.ref, m_document->dossier().inwoner.status.beschrijving()));
    setCaseloadShown(true); // done with this inwoner: the caseload, put away or not, is where the next one is
}

void MainWindow::heropenen()
{
    if (!m_document || dossierReadOnly())
        return showStatus(tr("Open eerst een dossier dat u mag wijzigen."));
    const QString ref = m_document->dossier().inwoner.ref;
    bool ok = false;
    const QString reden = QInputDialog::getText(this,
        tr("Dossier %1 heropenen").arg(ref),
        tr("Waarom gaat het dossier weer open? (komt in het auditlog)"),
        QLineEdit::Normal,
        {},
        &ok);
    if (!ok)
        return;
    if (reden.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Dossier heropenen"), tr("Geef een reden om het dossier te heropenen."));
        return;
    }
    m_document->reopenDossier(reden.trimmed());
    if (!m_document->dossier().inwoner.status.afgesloten())
        showStatus(tr("Dossier %1 is weer open.").arg(ref));
}

void MainWindow::inzage()
{
    if (!m_document)
        return showStatus(tr("Open eerst een dossier."));
    const QString ref = m_document->dossier().inwoner.ref;
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(start).exists())
        start = QDir::homePath();
    const QString dir = bestandskeuze::kiesMap(this, tr("Map voor de inzage van %1").arg(ref), start);
    if (dir.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status made = makeInzage(*m_db, m_instrument, ref, dir, m_clock.today());
    QApplication::restoreOverrideCursor();
    if (!made.ok()) {
        QMessageBox::warning(this, tr("Inzage niet gemaakt"), made.errorMessage());
        return;
    }
    const QString naam = inzageBestandsnaam(ref);
    QMessageBox box(QMessageBox::Information,
        tr("Inzage gemaakt"),
        tr("De inzage van %1 staat in %2:\n\n• %3.pdf — om te lezen of af te drukken\n• %3.json — dezelfde gegevens "
           "voor een ander programma (draagwijzer/1)\n\nGeef ze alleen aan de inwoner zelf; het maken van de inzage "
           "staat in het auditlog.")
            .arg(ref, QDir::toNativeSeparators(dir), naam),
        QMessageBox::Ok,
        this);
    QPushButton* openen = box.addButton(tr("Map &openen"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(openen))
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void MainWindow::vragenlijstOpPapier(bool voorInwoner)
{
    if (voorInwoner && !m_document)
        return showStatus(tr("Open eerst een dossier, of kies de blanco vragenlijst."));
    const QString ref = voorInwoner ? m_document->dossier().inwoner.ref : QString();
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(start).exists())
        start = QDir::homePath();
    const QString naam
        = ref.isEmpty() ? tr("vragenlijst-draagkracht-blanco.pdf") : tr("vragenlijst-draagkracht-%1.pdf").arg(ref);
    const QString path
        = bestandskeuze::opslaanAls(this, tr("Vragenlijst op papier"), QDir(start).filePath(naam), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeVragenlijstPdf(m_instrument, ref, m_clock.today(), path);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Vragenlijst niet gemaakt"), written.errorMessage());
        return;
    }
    if (m_document && voorInwoner)
        (void)m_document->noteRead(QStringLiteral("vragenlijst afgedrukt"), false);
    QMessageBox box(QMessageBox::Information,
        tr("Vragenlijst gemaakt"),
        tr("De vragenlijst staat in %1.\n\nDruk hem af en geef hem mee. De ingevulde vragenlijst voert u in met de "
           "gewone vragenlijst van een nieuw meetmoment, van boven naar beneden in dezelfde volgorde.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok,
        this);
    QPushButton* openen = box.addButton(tr("PDF &openen"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(openen))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::weekoverzicht(bool altijd)
{
    // Whose caseload: the logged-in professional's, or the name set for "Mijn caseload".
    const Sessie& sessie = m_db->sessie();
    const QString professional = sessie.aangemeld() && sessie.rollen.testFlag(Rol::Professional)
        ? sessie.gebruiker
        : Instellingen::load().eigenProfessional;
    auto* dialog = findChild<WeekoverzichtDialog*>();
    if (!dialog) {
        dialog = new WeekoverzichtDialog(this);
        connect(dialog, &WeekoverzichtDialog::dossierGekozen, this, &MainWindow::openDossier);
    }
    const int aantal = dialog->laad(*m_db, professional, Instellingen::load().vervolgNaMaanden, m_clock.today());
    if (altijd || aantal > 0) {
        dialog->show();
        dialog->raise();
    }
}

void MainWindow::verwijderRegistratie()
{
    if (!m_document || dossierReadOnly())
        return showStatus(tr("Open eerst een dossier dat u mag wijzigen."));
    const Inwoner& inwoner = m_document->dossier().inwoner;
    const auto answer = QMessageBox::question(this,
        tr("Registratie verwijderen"),
        tr("Inwoner %1 (%2) helemaal verwijderen, omdat de registratie een vergissing was?\n\nDat kan alleen binnen "
           "%3 dagen na het aanmaken, door wie de inwoner registreerde, en zolang er geen meetmoment is. Anders sluit "
           "u het dossier af. Het verwijderen komt in het auditlog en kan niet ongedaan worden gemaakt.")
            .arg(inwoner.ref, inwoner.naam)
            .arg(DossierLifecycle::verwijderenBinnenDagen),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    (void)m_document->removeRegistration(); // a refusal is shown by the document; success closes the dossier
}

} // namespace dw
