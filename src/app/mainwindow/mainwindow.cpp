#include "mainwindow.h"

#include "aanmelden/schermslot.h"

#include "autobackup.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "common/noticebanner.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "dashboard/dashboardwidget.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "help/handleiding.h"
#include "instellingen/instellingen.h"
#include "integritycheck.h"
#include "inwoner/inwonerdialog.h"
#include "plan/planeditor.h"
#include "reporting/planpdf.h"
#include "reporting/safefile.h"
#include "serverwatch.h"
#include "socialekaart/socialekaartdialog.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/voorzieningrepository.h"
#include "weergave/schermpassing.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace dw {

QList<QKeySequence> redoToetsen(const QList<QKeySequence>& platform)
{
    QList<QKeySequence> keys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : platform) {
        if (!keys.contains(k))
            keys << k;
    }
    return keys;
}

MainWindow::MainWindow(
    std::unique_ptr<Database> database, const Instrument& instrument, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(database))
    , m_instrument(instrument)
    , m_clock(clock)
    , m_undoGroup(new QUndoGroup(this))
{
    // Qt adds " — Draagwijzer" (the application display name) to a title of its own.
    setWindowTitle(m_db->readOnly() ? tr("alleen lezen") : tr("Draagwijzer"));
    m_caseload = new CaseloadWidget(m_db->connector(), instrument, clock);
    auto* welcome
        = new QLabel(tr("<h2>Draagwijzer</h2><p>Kies een inwoner in de caseload (↑↓ en Enter) of registreer een "
                        "nieuwe inwoner met <b>Ctrl+N</b>.</p><p>Zoeken: <b>Ctrl+F</b> · Nieuw meetmoment: "
                        "<b>Ctrl+M</b> · Ongedaan maken: <b>Ctrl+Z</b> · Caseload wegzetten of tonen: <b>F9</b></p>"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(welcome);
    // Above the dossier: the note that a colleague saved it meanwhile (team mode).
    m_colleagueBanner = new NoticeBanner(QStringLiteral("collegaBanner"), NoticeBanner::Tone::Note);
    m_colleagueBanner->setAction(tr("&Opnieuw laden"), QStringLiteral("opnieuwLadenButton"));
    m_splitter = new QSplitter;
    // Each pane scrolls when the window is narrower than its controls (a small screen at 150-200 %).
    m_splitter->addWidget(scrollbaarPaneel(m_caseload));
    m_splitter->addWidget(scrollbaarPaneel(m_colleagueBanner->above(m_stack)));
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 840});
    // Across the whole window: the team server is away, and nothing can be saved until it is back.
    m_serverBanner = new NoticeBanner(QStringLiteral("serverBanner"), NoticeBanner::Tone::Warning);
    m_serverBanner->setText(tr("<b>Geen verbinding met de teamserver.</b> U kunt bekijken wat op het scherm staat; "
                               "wijzigen en opslaan kan pas weer als de verbinding terug is. Draagwijzer probeert "
                               "het elke %1 seconden opnieuw.")
                                .arg(ServerWatch::retryMs / 1000));
    m_serverBanner->setAction(tr("Nu &verbinden"), QStringLiteral("nuVerbindenButton"));
    setCentralWidget(m_serverBanner->above(m_splitter));

    m_databaseLabel = new QLabel(m_db->readOnly() ? tr("%1 (alleen lezen)").arg(m_db->connector().displayName())
                                                  : m_db->connector().displayName());
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(m_caseload, &CaseloadWidget::inwonerActivated, this, &MainWindow::openDossier);
    connect(m_caseload, &CaseloadWidget::statusMessage, this, &MainWindow::showStatus);
    createMenus();
    createDossierMenu();
    createAccountMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("venster/geometrie")).toByteArray()))
        pasInScherm(this, QSize(1400, 860));
    restoreState(settings.value(QStringLiteral("venster/staat")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("venster/splitter")).toByteArray());
    restoreCaseloadShown(settings);
    const Instellingen instellingen = Instellingen::load();
    m_caseload->setFollowUpMonths(instellingen.vervolgNaMaanden);
    m_caseload->setEigenProfessional(instellingen.eigenProfessional);
    m_caseload->focusSearch();
    if (m_db->readOnly()) {
        // Nothing can be written, not even an audit row: said once, and the editing actions are off.
        for (QAction* action : std::as_const(m_editActions))
            action->setEnabled(false);
        showStatus(tr("Alleen lezen: wijzigen kan niet. Wat u inziet, staat niet in het auditlog van dit bestand, "
                      "wel in het logbestand van deze computer."));
    } else {
        showStatus(tr("Klaar."));
    }

    m_integrityCheck = new IntegrityCheck(m_db->connector(), this);
    connect(m_integrityCheck, &IntegrityCheck::finished, this, [this](const QStringList& problems, qint64 ms) {
        if (problems.isEmpty()) {
            showStatus(tr("Databasecontrole: in orde (%1 s).").arg(QLocale().toString(ms / 1000.0, 'f', 1)));
            return;
        }
        QMessageBox::warning(this,
            tr("De database is niet in orde"),
            tr("De controle van de database vond een probleem:\n\n%1\n\nMaak geen wijzigingen meer, "
               "zet een backup terug (draagwijzer-cli restore) en neem contact op met de beheerder.")
                .arg(problems.first()));
    });
    m_integrityCheck->start();

    m_autoBackup = new AutoBackup(m_db->connector(), m_clock, this);
    m_autoBackup->configure(instellingen.backupElkeUren, instellingen.backupsBewaren);
    connect(m_autoBackup, &AutoBackup::finished, this, [this](bool ok, const QString& message) {
        if (ok)
            showStatus(tr("Automatische backup gemaakt: %1").arg(QDir::toNativeSeparators(message)));
        else
            QMessageBox::warning(this, tr("Automatische backup mislukt"), message);
    });
    m_autoBackup->start();
    followColleagues();
    // What is due today and this week, when the window is up: there is no tray daemon to remind anyone.
    QTimer::singleShot(0, this, [this] { weekoverzicht(false); });
}

void MainWindow::followColleagues()
{
    // Team mode: another desk's save shows in the caseload within a second, and an open dossier says it changed.
    m_serverWatch = new ServerWatch(m_db->connector(), *m_db, this);
    auto* refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(300); // an import of many dossiers is one refresh, not thousands
    connect(refresh, &QTimer::timeout, m_caseload, &CaseloadWidget::reload);
    connect(m_serverWatch, &ServerWatch::inwonerChanged, this, [this, refresh](qint64 inwonerId, bool byThisDesk) {
        refresh->start();
        if (!byThisDesk && m_document && m_document->dossier().inwoner.id == inwonerId)
            showColleagueBanner(tr("Dit dossier is intussen gewijzigd door een collega. Wat u ziet, is niet meer "
                                   "wat er op de teamserver staat."));
    });
    connect(m_colleagueBanner, &NoticeBanner::actionTriggered, this, [this] {
        if (!m_document || !maybeSavePlan())
            return;
        const Status s = m_document->reload();
        if (!s.ok()) {
            QMessageBox::warning(this, tr("Dossier niet opnieuw geladen"), s.errorMessage());
            return;
        }
        m_colleagueBanner->hide();
        showStatus(tr("Dossier opnieuw geladen van de teamserver."));
    });
    connect(m_serverBanner, &NoticeBanner::actionTriggered, m_serverWatch, &ServerWatch::retryNow);
    connect(m_serverWatch, &ServerWatch::awayChanged, this, &MainWindow::serverAway);
}

void MainWindow::showColleagueBanner(const QString& text)
{
    m_colleagueBanner->setText(text);
    m_colleagueBanner->show();
}

void MainWindow::serverAway(bool away)
{
    // While the server is away the desk is read-only, as a read-only file is; what is on screen stays.
    m_serverBanner->setVisible(away);
    for (QAction* action : std::as_const(m_editActions))
        action->setEnabled(!away);
    applyRoles();
    if (m_dossierWidget)
        m_dossierWidget->setReadOnly(dossierReadOnly(), readOnlyReason());
    if (away) {
        showStatus(tr("Geen verbinding met de teamserver: alleen lezen."));
        return;
    }
    // What other desks saved meanwhile was not announced to this one.
    m_caseload->reload();
    if (m_document)
        showColleagueBanner(tr("De verbinding met de teamserver was even weg. Een collega kan dit dossier intussen "
                               "hebben gewijzigd; laad het opnieuw om dat te zien."));
    showStatus(tr("De verbinding met de teamserver is terug; u kunt weer opslaan."));
}

MainWindow::~MainWindow()
{
    // The workers' reader connections go before the session's own (m_db), so that the last connection to close is
    // the writer, which folds the WAL back into the file and removes the -wal and -shm. Child widgets would
    // otherwise be destroyed by QWidget's destructor, after m_db.
    delete m_dashboard;
    delete m_autoBackup;
    delete m_integrityCheck;
    delete takeCentralWidget();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Bestand"));
    m_editActions << file->addAction(tr("&Nieuwe inwoner…"), QKeySequence::New, this, &MainWindow::newInwoner);
    m_newMeetmomentAction = file->addAction(tr("Nieuw &meetmoment…"), QKeySequence(Qt::CTRL | Qt::Key_M), this, [this] {
        // Without an open dossier: the inwoner the list is on, else say what to do (a status line alone went unseen).
        if (!m_dossierWidget) {
            const QString ref = m_caseload->geselecteerdeRef();
            if (ref.isEmpty() || !openDossier(ref)) {
                QMessageBox::information(this,
                    tr("Nieuw meetmoment"),
                    tr("Een meetmoment hoort bij een inwoner, en er is nog geen inwoner gekozen.\n\nZoek de inwoner "
                       "in de caseload (Ctrl+F), open het dossier met Enter en kies dan opnieuw Nieuw meetmoment "
                       "(Ctrl+M). Een nieuwe inwoner maakt u met Ctrl+N."));
                m_caseload->focusSearch();
                return;
            }
        }
        m_dossierWidget->newMeetmoment();
    });
    m_editActions << m_newMeetmomentAction;
    file->addSeparator();
    m_editActions << file->addAction(
        tr("&Importeren…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importFile);
    m_editActions << file->addAction(tr("Importeren uit &spreadsheet…"), this, &MainWindow::importSpreadsheet);
    file->addAction(tr("&Exporteren…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportFile);
    addBackupActions(file);
    file->addSeparator();
    const auto withPlan = [this](void (PlanEditor::*action)()) {
        return [this, action] {
            if (m_dossierWidget)
                (m_dossierWidget->planEditor()->*action)();
            else
                showStatus(tr("Open eerst een dossier."));
        };
    };
    m_editActions << file->addAction(
        tr("Plan van aanpak &vastleggen"), QKeySequence::Save, this, withPlan(&PlanEditor::saveVersie));
    file->addAction(tr("Plan van aanpak als &PDF…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        this,
        withPlan(&PlanEditor::exportPdf));
    file->addAction(tr("Plan van aanpak af&drukken…"), QKeySequence::Print, this, withPlan(&PlanEditor::print));
    file->addSeparator();
    file->addAction(tr("&Afsluiten"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("B&ewerken"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Ongedaan maken"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Op&nieuw"));
    redo->setShortcuts(redoToetsen(QKeySequence::keyBindings(QKeySequence::Redo)));
    edit->addAction(undo);
    edit->addAction(redo);
    if (m_db->readOnly()) {
        // QUndoGroup enables these itself; in a read-only session there is nothing to undo.
        undo->setVisible(false);
        redo->setVisible(false);
    }
    edit->addSeparator();
    edit->addAction(tr("&Zoeken in caseload"), QKeySequence::Find, this, &MainWindow::zoekInCaseload);
    edit->addSeparator();
    m_socialeKaartAction = edit->addAction(tr("&Sociale kaart…"), this, [this] {
        SocialeKaartDialog dialog(*m_db, m_instrument, this);
        if (m_document)
            dialog.setGemeente(m_document->dossier().inwoner.gemeente);
        dialog.exec();
        if (dialog.changed() && m_document)
            (void)m_document->reload(); // the plan's suggestions read the kaart with the dossier
    });
    m_editActions << m_socialeKaartAction;
    edit->addAction(tr("&Instellingen…"), QKeySequence::Preferences, this, [this] {
        Instellingen instellingen = Instellingen::load();
        if (!editInstellingen(instellingen, m_caseload->professionals(), this))
            return;
        m_caseload->setFollowUpMonths(instellingen.vervolgNaMaanden);
        m_caseload->setEigenProfessional(instellingen.eigenProfessional);
        if (m_dashboard)
            m_dashboard->setVervolgNaMaanden(instellingen.vervolgNaMaanden);
        m_autoBackup->configure(instellingen.backupElkeUren, instellingen.backupsBewaren);
        if (m_slot)
            m_slot->setIdleMinutes(instellingen.vergrendelNaMinuten);
        pasKleurenschemaToe(instellingen.kleurenschema);
    });

    QMenu* view = menuBar()->addMenu(tr("Bee&ld"));
    view->addAction(tr("Caseload ver&nieuwen"), QKeySequence::Refresh, m_caseload, &CaseloadWidget::reload);
    view->addAction(tr("&Teamoverzicht…"), QKeySequence(Qt::CTRL | Qt::Key_T), this, &MainWindow::showDashboard);
    view->addAction(tr("Vandaag en deze &week…"), this, [this] { weekoverzicht(true); });
    createCaseloadToggle(view);
    view->addSeparator();
    for (int i = 0; i < 7; ++i) {
        static const char* names[]
            = {"&Gegevens", "&Meetmomenten", "&Vergelijking", "T&rends", "&Plan van aanpak", "&Journaal", "&Bijlagen"};
        view->addAction(tr(names[i]), QKeySequence(Qt::ALT | (Qt::Key_1 + i)), this, [this, i] {
            if (m_dossierWidget)
                m_dossierWidget->showTab(i);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1: the manual at the page of the screen in use; in other windows and dialogs the Handleiding's event filter.
    auto* handleiding = new Handleiding(this);
    help->addAction(tr("&Handleiding"), QKeySequence(Qt::Key_F1), handleiding, &Handleiding::toonBijFocus);
    help->addSeparator();
    help->addAction(tr("&Over Draagwijzer"), this, &MainWindow::about);
    help->addAction(tr("Over &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::maybeSavePlan()
{
    // What is on screen first: a field or table cell still being edited is taken. A value that was refused
    // stays at its field; the user decides whether to go back to it or to let it go.
    const QString refused = m_dossierWidget && !m_db->readOnly() ? m_dossierWidget->commitPendingEdits() : QString();
    if (!refused.isEmpty()) {
        QMessageBox box(QMessageBox::Warning,
            tr("Niet alles is opgeslagen"),
            tr("Deze waarde is niet opgeslagen:\n\n%1\n\nGa terug om haar te verbeteren, of laat haar vervallen.")
                .arg(refused),
            QMessageBox::NoButton,
            this);
        QPushButton* back = box.addButton(tr("&Terug naar het veld"), QMessageBox::RejectRole);
        box.addButton(tr("&Laten vervallen"), QMessageBox::DestructiveRole);
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() == back)
            return false;
    }
    if (!m_document || !m_document->conceptGewijzigd())
        return true;
    const auto answer = QMessageBox::question(this,
        tr("Plan van aanpak niet vastgelegd"),
        tr("Het plan van aanpak van %1 is gewijzigd maar nog niet vastgelegd. Vastleggen als versie %2?")
            .arg(m_document->dossier().inwoner.naam)
            .arg(m_document->concept().versie),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const Status s = m_document->saveConcept();
    if (!s.ok())
        QMessageBox::warning(this, tr("Plan niet vastgelegd"), s.errorMessage());
    return s.ok();
}

void MainWindow::closeDossier()
{
    removeDossier();
    if (!caseloadShown())
        setCaseloadShown(true);
}

void MainWindow::removeDossier()
{
    if (!m_dossierWidget)
        return;
    m_stack->removeWidget(m_dossierWidget);
    m_dossierWidget->deleteLater();
    m_dossierWidget = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document->deleteLater();
    m_document = nullptr;
}

bool MainWindow::openDossier(const QString& ref)
{
    if (m_document && m_document->dossier().inwoner.ref == ref)
        return true;
    if (!maybeSavePlan())
        return false;
    auto* doc = new DossierDocument(*m_db, m_instrument, this, &m_clock);
    const Status s = doc->open(ref);
    if (!s.ok()) {
        delete doc;
        QMessageBox::warning(this, tr("Dossier niet geopend"), s.errorMessage());
        return false;
    }
    removeDossier();
    m_document = doc;
    m_colleagueBanner->hide();
    m_dossierWidget = new DossierWidget(doc);
    m_dossierWidget->setVervolgNaMaanden(Instellingen::load().vervolgNaMaanden);
    m_dossierWidget->setReadOnly(dossierReadOnly(), readOnlyReason());
    connect(m_dossierWidget, &DossierWidget::statusMessage, this, &MainWindow::showStatus);
    connect(doc, &DossierDocument::changed, m_caseload, &CaseloadWidget::reload);
    // After a hand-over the dossier is a colleague's: what stays on screen can no longer be changed.
    connect(doc, &DossierDocument::changed, this, [this] {
        if (m_dossierWidget)
            m_dossierWidget->setReadOnly(dossierReadOnly(), readOnlyReason());
    });
    // Handed over to a colleague this session may not see: the dossier leaves the screen as it left the caseload.
    connect(doc, &DossierDocument::handedOver, this, [this](const QString& handed, const QString& naar) {
        closeDossier();
        showStatus(tr("Dossier %1 is overgedragen aan %2.").arg(handed, naar));
    });
    connect(doc, &DossierDocument::registrationRemoved, this, [this](const QString& removed) {
        closeDossier();
        m_caseload->reload();
        showStatus(tr("De registratie van %1 is verwijderd; het auditlog houdt dat bij.").arg(removed));
    });
    m_stack->addWidget(m_dossierWidget);
    m_stack->setCurrentWidget(m_dossierWidget);
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
    showStatus(tr("Dossier %1 geopend.").arg(ref));
    return true;
}

DashboardWidget* MainWindow::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWidget(m_db->connector(), m_instrument, m_clock, this);
        m_dashboard->setWindowFlag(Qt::Window);
        pasInScherm(m_dashboard, QSize(1400, 900));
        connect(m_dashboard, &DashboardWidget::inwonerActivated, this, &MainWindow::openDossier);
        connect(m_dashboard, &DashboardWidget::statusMessage, this, &MainWindow::showStatus);
    }
    m_dashboard->setVervolgNaMaanden(Instellingen::load().vervolgNaMaanden);
    if (!m_db->readOnly() || m_db->mode() == Database::Mode::ReadOnlyFile)
        (void)AuditLog(*m_db).record(QStringLiteral("rapport"), 0, QStringLiteral("teamoverzicht"));
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void MainWindow::newInwoner()
{
    InwonerDialog dialog(m_caseload->gemeenten(), this);
    dialog.setToday(m_clock.today());
    dialog.setProfessionals(professionalsTeKiezen(), m_db->sessie().aangemeld());
    const QString patroon = Instellingen::load().refPatroon;
    dialog.setRefVoorstel([this, patroon](const QString& gemeente) {
        const auto ref = InwonerRepository(*m_db).voorgesteldeRef(patroon, gemeente);
        return ref.ok() ? ref.value() : QString(); // without a proposal the ref is typed, as before
    });
    while (dialog.exec() == QDialog::Accepted) {
        Inwoner inwoner = dialog.inwoner();
        if (inwoner.professional.isEmpty() && m_db->sessie().aangemeld())
            inwoner.professional = m_db->sessie().gebruiker; // a professional registers into their own caseload
        inwoner.aangemaaktOp = m_clock.today(); // the 30 days to delete a mistake count from the same clock
        const auto id = DossierStore(*m_db, m_instrument).createInwoner(inwoner);
        if (id.ok()) {
            m_caseload->reload();
            if (openDossier(dialog.inwoner().ref))
                m_document->markRegistered(); // Ctrl+Z takes a mistaken registration back
            return;
        }
        if (id.error().cause == Error::Cause::Taken)
            dialog.showFieldError(validation::InwonerVeld::Ref, id.errorMessage());
        else
            dialog.showError(id.errorMessage());
    }
}

QStringList MainWindow::professionalsTeKiezen() const
{
    // Once there are accounts: the professionals among them (an inwoner can go to no one else). Before: the names
    // in use in the caseload.
    if (!m_db->sessie().aangemeld())
        return m_caseload->professionals();
    QStringList namen;
    const auto accounts = AccountStore(*m_db).list();
    for (const Account& a : accounts.ok() ? accounts.value() : QVector<Account>()) {
        if (a.rollen.testFlag(Rol::Professional) && !a.geblokkeerd)
            namen << a.naam;
    }
    namen.sort(Qt::CaseInsensitive);
    return namen;
}

void MainWindow::about()
{
    QMessageBox::about(this,
        tr("Over Draagwijzer"),
        tr("<h3>Draagwijzer %1</h3>"
           "<p>Casusregie met de draagkracht/draaglast-aanpak uit het onderzoek <i>De kracht van "
           "draagkracht</i> (BMC en Universiteit Twente, 2016–2018).</p>"
           "<p>Meetinstrument: %2.</p>"
           "<p>Uitgegeven onder de European Union Public Licence (EUPL) v. 1.2.</p>")
            .arg(QApplication::applicationVersion(), m_instrument.id()));
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSavePlan()) {
        event->ignore();
        return;
    }
    // A backup being written is finished first, and the user is told why quitting takes a moment.
    if (m_autoBackup->isRunning()) {
        QProgressDialog wait(tr("Even wachten: de automatische backup wordt afgemaakt…"), QString(), 0, 0, this);
        wait.setWindowModality(Qt::WindowModal);
        wait.setMinimumDuration(0);
        wait.show();
        while (m_autoBackup->isRunning())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("venster/geometrie"), saveGeometry());
    settings.setValue(QStringLiteral("venster/staat"), saveState());
    settings.setValue(QStringLiteral("venster/splitter"), m_splitter->saveState());
    saveCaseloadShown(settings);
    logOut();
    event->accept();
}

} // namespace dw
