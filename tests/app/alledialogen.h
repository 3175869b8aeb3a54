#pragma once

// Every dialog of the app, made as the app makes it, on a database with a team and a beheerder logged in: for the
// walks of issue 20 (names, Tab order). A new dialog belongs in this list.
#include "aanmelden/aanmelddialog.h"
#include "aanmelden/schermslot.h"
#include "aanmelden/wachtwoorddialog.h"
#include "backup/backupterugzettendialog.h"
#include "beheer/accountsdialog.h"
#include "beheer/auditviewer.h"
#include "bijlagen/bijlagenwidget.h"
#include "core/appidentity.h"
#include "core/demogenerator.h"
#include "core/instrument.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "dossier/dossierwidget.h"
#include "help/handleidingvenster.h"
#include "herinneringen/herinneringenwidget.h"
#include "herinneringen/weekoverzichtdialog.h"
#include "instellingen/instellingendialog.h"
#include "inwoner/inwonerdialog.h"
#include "levenscyclus/afsluitdialog.h"
#include "levenscyclus/bewaartermijndialog.h"
#include "mainwindow/mainwindow.h"
#include "meting/metingdialog.h"
#include "meting/sameninvullendialog.h"
#include "socialekaart/socialekaartdialog.h"
#include "spreadsheetimport/spreadsheetwizard.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "support/fakeclock.h"
#include "support/teamfixture.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace dw::test {

// A file with 20 demo inwoners.
inline bool maakDemoBestand(const QString& path)
{
    auto db = Database::open(path);
    if (!db.ok())
        return false;
    const DemoGenerator g(Instrument::standaard(), 3);
    return DossierStore(*db.value(), Instrument::standaard())
        .importGenerated(20, [&g](int i) { return g.dossier(i); })
        .ok();
}

// The app's identity (its settings apart from a user's) and a demo file in `dir`; empty when it cannot be made.
inline QString wandelBestand(const QTemporaryDir& dir)
{
    setApplicationIdentity();
    QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer-test"));
    const QString path = dir.filePath(QStringLiteral("wandeling.sqlite"));
    return maakDemoBestand(path) ? path : QString();
}

// The main window on `path` with the dossier of `ref` opened as a user does: search, Return, Return.
inline std::unique_ptr<MainWindow> hoofdvensterMetDossier(const QString& path, const QString& ref)
{
    auto db = Database::open(path);
    if (!db.ok())
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db).value(), Instrument::standaard(), Clock::system());
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("zoekEdit"));
    QTest::keyClicks(search, ref);
    auto* table = window->findChild<QTableView*>(QStringLiteral("tableView"));
    if (!QTest::qWaitFor([table] { return table->model()->rowCount() == 1; }))
        return nullptr;
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Return);
    return window->dossierWidget() ? std::move(window) : nullptr;
}

// Beeld -> Teamoverzicht on `path`, once its figures are shown.
inline std::unique_ptr<DashboardWidget> teamoverzicht(const QString& path, const Clock& clock)
{
    auto w = std::make_unique<DashboardWidget>(Connector::forFile(path), Instrument::standaard(), clock);
    w->setVervolgNaMaanden(6);
    w->resize(1400, 900);
    w->show();
    const bool klaar
        = QTest::qWaitFor([&w] { return w->controller()->toestand() == DashboardController::Toestand::Klaar; }, 20000);
    return klaar && QTest::qWaitForWindowActive(w.get()) ? std::move(w) : nullptr;
}

// What `vind` finds in a window, on each page of its tabs as the user opens them one by one, with the page's title.
using Vinder = std::function<QStringList(QWidget* window, QTabWidget* tabs)>;
inline QStringList perTabblad(
    QWidget* window, QTabWidget* tabs, const std::function<void(int)>& toon, const Vinder& vind)
{
    QStringList uit;
    for (int i = 0; i < tabs->count(); ++i) {
        toon(i);
        QCoreApplication::processEvents();
        for (const QString& f : vind(window, tabs))
            uit << QStringLiteral("%1: %2").arg(tabs->tabText(i).remove(QLatin1Char('&')), f);
    }
    uit.removeDuplicates();
    return uit;
}

// The main window with the dossier of WSL-000003 open, page by page; {"niet geopend"} when it cannot be opened.
inline QStringList hoofdvensterPerTab(const QString& path, const Vinder& vind)
{
    const auto window = hoofdvensterMetDossier(path, QStringLiteral("WSL-000003"));
    if (!window)
        return {QStringLiteral("hoofdvenster: dossier niet geopend")};
    DossierWidget* dossier = window->dossierWidget();
    return perTabblad(
        window.get(),
        dossier->findChild<QTabWidget*>(QStringLiteral("tabs")),
        [dossier](int i) { dossier->showTab(i); },
        vind);
}

// The Teamoverzicht, page by page.
inline QStringList teamoverzichtPerTab(const QString& path, const Clock& clock, const Vinder& vind)
{
    const auto w = teamoverzicht(path, clock);
    if (!w)
        return {QStringLiteral("teamoverzicht: geen cijfers")};
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    return perTabblad(
        w.get(), tabs, [tabs](int i) { tabs->setCurrentIndex(i); }, vind);
}

// Each line of `alle` as a warning, so a failing walk says what it found.
inline void meld(const QStringList& alle)
{
    for (const QString& a : alle)
        qWarning("%s", qPrintable(a));
}

class AlleDialogen
{
public:
    struct Dialoog
    {
        QString naam;
        std::function<std::unique_ptr<QWidget>()> maak;
    };

    AlleDialogen()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite")));
        if (db.ok()) {
            m_db = std::move(db).value();
            makeTeam(*m_db, m_wachtwoord); // leaves "beheer" (all roles) logged in
        }
        auto leeg = Database::open(m_dir.filePath(QStringLiteral("leeg.sqlite")));
        if (leeg.ok())
            m_leeg = std::move(leeg).value();
    }

    bool ok() const { return m_db && m_leeg; }

    QList<Dialoog> lijst()
    {
        Database& db = *m_db;
        const Instrument& ins = Instrument::standaard();
        const auto gewoon = [](auto maak) { return std::function<std::unique_ptr<QWidget>()>(maak); };
        return {
            {QStringLiteral("AanmeldDialog (inloggen)"), gewoon([&db] { return std::make_unique<AanmeldDialog>(db); })},
            {QStringLiteral("AanmeldDialog (eerste beheerder)"),
                gewoon([this] { return std::make_unique<AanmeldDialog>(*m_leeg); })},
            {QStringLiteral("WachtwoordDialog"), gewoon([&db] { return std::make_unique<WachtwoordDialog>(db); })},
            {QStringLiteral("AccountsDialog"), gewoon([&db] { return std::make_unique<AccountsDialog>(db); })},
            {QStringLiteral("AuditViewer"), gewoon([&db] { return std::make_unique<AuditViewer>(db); })},
            {QStringLiteral("BewaartermijnDialog"),
                gewoon([this, &db] { return std::make_unique<BewaartermijnDialog>(db, m_clock); })},
            {QStringLiteral("SocialeKaartDialog"),
                gewoon([&db, &ins] { return std::make_unique<SocialeKaartDialog>(db, ins); })},
            {QStringLiteral("InwonerDialog"), gewoon([] {
                 return std::make_unique<InwonerDialog>(
                     QStringList {QStringLiteral("Enschede"), QStringLiteral("Arnhem")});
             })},
            {QStringLiteral("AfsluitDialog"),
                gewoon([] { return std::make_unique<AfsluitDialog>(QStringLiteral("N-1"), QDate(2026, 11, 25)); })},
            {QStringLiteral("MetingDialog"), gewoon([&ins] { return std::make_unique<MetingDialog>(ins); })},
            {QStringLiteral("SamenInvullenDialog"), gewoon([this, &ins] {
                 return std::make_unique<SamenInvullenDialog>(ins, m_clock, [](const QString&) { return Status {}; });
             })},
            {QStringLiteral("VerzetDialog"), gewoon([] {
                 return std::make_unique<VerzetDialog>(
                     QStringLiteral("Vervolgmeting"), QDate(2026, 11, 20), QDate(2026, 11, 25));
             })},
            {QStringLiteral("WeekoverzichtDialog"), gewoon([this, &db] {
                 auto d = std::make_unique<WeekoverzichtDialog>();
                 d->laad(db, QStringLiteral("M. Jansen"), 6, m_clock.today());
                 return d;
             })},
            {QStringLiteral("Handleiding"), gewoon([] { return std::make_unique<HandleidingVenster>(); })},
            {QStringLiteral("BackupTerugzettenDialog"), gewoon([] {
                 BackupSummary s;
                 s.made = QDateTime(QDate(2026, 11, 25), QTime(21, 5));
                 s.lastActivity = QDateTime(QDate(2026, 11, 25), QTime(17, 42));
                 s.schemaVersion = 20;
                 s.inwoners = 200;
                 s.meetmomenten = 512;
                 s.bytes = 3 * 1024 * 1024;
                 return std::make_unique<BackupTerugzettenDialog>(s,
                     QStringLiteral("/media/usb/draagwijzer-backup.sqlite"),
                     QStringLiteral("/data/draagwijzer.sqlite"));
             })},
            {QStringLiteral("InstellingenDialog"), gewoon([] {
                 return std::make_unique<InstellingenDialog>(
                     Instellingen {}, QStringList {QStringLiteral("M. Jansen"), QStringLiteral("S. Öztürk")});
             })},
            {QStringLiteral("SpreadsheetWizard"),
                gewoon([this, &db, &ins] { return std::make_unique<SpreadsheetWizard>(db, ins, m_clock.today()); })},
            // Its second page, where most of the controls are: a team's sheet chosen, the columns proposed.
            {QStringLiteral("SpreadsheetWizard (kolommen)"), gewoon([this, &db, &ins] {
                 auto w = std::make_unique<SpreadsheetWizard>(db, ins, m_clock.today());
                 const QString pad = m_dir.filePath(QStringLiteral("team.csv"));
                 QFile csv(pad);
                 if (csv.open(QIODevice::WriteOnly))
                     csv.write(
                         "Ref;Naam;Geb.datum;Datum meting;V1;Financi\xC3\xABn\r\nT-1;An;1-2-1980;1-2-2025;4;x\r\n");
                 csv.close();
                 w->findChild<QLineEdit*>(QStringLiteral("bestandEdit"))->setText(pad);
                 w->button(QWizard::NextButton)->click();
                 return w;
             })},
            {QStringLiteral("BijlageDialog"), gewoon([] {
                 return std::make_unique<BijlageDialog>(QStringLiteral("toestemming.pdf"), 412000, QDate(2026, 11, 25));
             })},
        };
    }

    // The lock screen is made by the lock, not by anyone else; the lock belongs to `window`.
    QWidget* slotscherm(QWidget* window)
    {
        auto* slot = new Schermslot(*m_db, window);
        slot->lock();
        return slot->dialog();
    }

private:
    QTemporaryDir m_dir;
    const QString m_wachtwoord = QStringLiteral("fiets-boom-lamp-42");
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_leeg;
};

// What `vind` finds in every dialog of the app, shown as the app shows it; each line with the dialog's name.
// Empty plus `ok` false when the dialogs cannot be made.
inline QStringList inElkeDialoog(const std::function<QStringList(QWidget*)>& vind, bool* ok = nullptr)
{
    AlleDialogen dialogen;
    if (ok)
        *ok = dialogen.ok();
    QStringList alle;
    if (!dialogen.ok())
        return alle;
    for (const auto& d : dialogen.lijst()) {
        const std::unique_ptr<QWidget> w = d.maak();
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            alle << QStringLiteral("%1: niet getoond").arg(d.naam);
        for (const QString& f : vind(w.get()))
            alle << QStringLiteral("%1: %2").arg(d.naam, f);
    }
    return alle;
}

} // namespace dw::test
