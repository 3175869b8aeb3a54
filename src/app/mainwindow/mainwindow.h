#pragma once

#include "core/result.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace dw {

class CaseloadWidget;
class Clock;
class DashboardWidget;
class Database;
class DossierDocument;
class DossierWidget;
class Instrument;

// Redo's keys: the platform's, with Ctrl+Shift+Z once. Listed twice in one action, Qt finds the key ambiguous and
// Redo by keyboard does nothing (the X11 and Gnome bindings already hold Ctrl+Shift+Z).
QList<QKeySequence> redoToetsen(const QList<QKeySequence>& platform);

// Only assembles: the caseload on the left, the open dossier on the right, menus, status bar, settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> database,
        const Instrument& instrument,
        const Clock& clock,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseloadWidget* caseload() const { return m_caseload; }
    class AutoBackup* autoBackup() const { return m_autoBackup; }
    DossierWidget* dossierWidget() const { return m_dossierWidget; }
    bool openDossier(const QString& ref);
    // Takes the dossier off the screen; a caseload that was put away comes back, to choose the next one.
    void closeDossier();
    // Beeld -> Caseload tonen (F9, caseloadpaneel.cpp): put away, the dossier gets the whole width.
    bool caseloadShown() const;
    void setCaseloadShown(bool shown);
    DashboardWidget* showDashboard(); // Beeld -> Teamoverzicht, a window of its own
    class Schermslot* schermslot() const { return m_slot; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // Offers to store a changed plan concept before the dossier goes; false when the user cancels.
    bool maybeSavePlan();

private:
    void createMenus();
    // accountmenu.cpp: Account (password, lock, log out) and Beheer (accounts, audit log) for a logged-in session.
    void createAccountMenu();
    void createDossierMenu(); // dossiermenu.cpp
    void createCaseloadToggle(QMenu* view); // caseloadpaneel.cpp
    void restoreCaseloadShown(const QSettings& settings);
    void saveCaseloadShown(QSettings& settings) const;
    void zoekInCaseload(); // Ctrl+F: shows a caseload that was put away
    void removeDossier(); // closeDossier() without bringing the caseload back (another dossier follows)
    void afsluiten();
    void heropenen();
    void inzage();
    // "Vandaag en deze week" of the own caseload (dossiermenu.cpp); at start only when there is something.
    void weekoverzicht(bool altijd);
    void vragenlijstOpPapier(bool voorInwoner);
    void verwijderRegistratie();
    void logOut();
    // Turns off what this session's roles may not do (after the server came back as well).
    void applyRoles();
    // The open dossier cannot be changed: a read-only session, the server away, or not this account's inwoner.
    bool dossierReadOnly() const;
    QString readOnlyReason() const; // said in the dossier: whose it is, when that is the reason
    void newInwoner();
    QStringList professionalsTeKiezen() const;
    void importFile();
    void importSpreadsheet(); // exchangemenu.cpp: the mapping wizard of issue 19
    void exportFile();
    // backupmenu.cpp: Bestand -> Back-up maken / terugzetten, for a beheerder.
    void addBackupActions(class QMenu* file);
    void makeBackup();
    void restoreBackup();
    QString askBackupFile(const QString& title, const QString& name);
    Status writeBackup(const QString& path);
    Result<QString> restoreAlone(const QString& path);
    void about();
    void showStatus(const QString& message);
    void followColleagues();
    void serverAway(bool away);
    void showColleagueBanner(const QString& text);

    std::unique_ptr<Database> m_db;
    const Instrument& m_instrument;
    const Clock& m_clock;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_stack = nullptr;
    CaseloadWidget* m_caseload = nullptr;
    DossierDocument* m_document = nullptr;
    DossierWidget* m_dossierWidget = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QAction* m_newMeetmomentAction = nullptr;
    QAction* m_caseloadAction = nullptr;
    QAction* m_socialeKaartAction = nullptr; // the beheerder's, once there are accounts
    class AutoBackup* m_autoBackup = nullptr;
    class IntegrityCheck* m_integrityCheck = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    QList<QAction*> m_editActions; // off in a read-only session
    class ServerWatch* m_serverWatch = nullptr;
    class NoticeBanner* m_colleagueBanner = nullptr;
    class NoticeBanner* m_serverBanner = nullptr;
    class Schermslot* m_slot = nullptr;
};

} // namespace dw
