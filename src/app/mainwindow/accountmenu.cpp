// The main window's account side (issue 14): who is logged in, the idle lock, the password, and for a beheerder
// the accounts and the audit log.
#include "mainwindow.h"

#include "aanmelden/schermslot.h"
#include "aanmelden/wachtwoorddialog.h"
#include "beheer/accountsdialog.h"
#include "beheer/auditviewer.h"
#include "caseload/caseloadwidget.h"
#include "dashboard/dashboardwidget.h"
#include "document/dossierdocument.h"
#include "instellingen/instellingen.h"
#include "levenscyclus/bewaartermijndialog.h"
#include "serverwatch.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace dw {

bool MainWindow::dossierReadOnly() const
{
    return m_db->readOnly() || (m_serverWatch && m_serverWatch->away())
        || (m_document && !m_db->sessie().kanWijzigen(m_document->dossier().inwoner.professional));
}

QString MainWindow::readOnlyReason() const
{
    if (!m_document || m_db->sessie().kanWijzigen(m_document->dossier().inwoner.professional))
        return {};
    const QString owner = m_document->dossier().inwoner.professional;
    return owner.isEmpty() ? tr("Alleen lezen: dit dossier heeft geen professional; u kunt het inzien, niet wijzigen.")
                           : tr("Alleen lezen: dit dossier hoort bij %1; u kunt het inzien, niet wijzigen.").arg(owner);
}

void MainWindow::createAccountMenu()
{
    const Sessie& sessie = m_db->sessie();
    if (!sessie.aangemeld())
        return; // a database without accounts (tests, or one opened before its first beheerder)
    setWindowTitle(tr("%1 — %2").arg(sessie.gebruiker, rollen::text(sessie.rollen)));
    auto* who = new QLabel(tr("Ingelogd: %1 (%2%3)")
                               .arg(sessie.gebruiker,
                                   rollen::text(sessie.rollen),
                                   sessie.team.isEmpty() ? QString() : tr(", team %1").arg(sessie.team)));
    who->setObjectName(QStringLiteral("ingelogdLabel"));
    statusBar()->addPermanentWidget(who);

    connect(m_caseload, &CaseloadWidget::searched, this, [this](const CaseloadTelling& found) {
        if (!m_db->readOnly())
            (void)AuditLog(*m_db).record(QStringLiteral("zoeken"),
                0,
                (found.meer ? QStringLiteral("meer dan %1 gevonden") : QStringLiteral("%1 gevonden"))
                    .arg(found.aantal));
    });

    m_slot = new Schermslot(*m_db, this);
    m_slot->setIdleMinutes(Instellingen::load().vergrendelNaMinuten);
    connect(m_slot, &Schermslot::lockedChanged, this, [this](bool locked) {
        if (m_dashboard && locked)
            m_dashboard->hide(); // its charts are inwoner data too
    });
    connect(m_slot, &Schermslot::afmelden, this, [this] {
        // From the lock nobody may see or decide anything about the open dossier: a plan concept not yet stored
        // is not stored (docs/privacy.md).
        logOut();
        QApplication::exit(0);
    });

    QMenu* account = new QMenu(tr("&Account"), this);
    menuBar()->insertMenu(menuBar()->actions().value(menuBar()->actions().size() - 1), account);
    account->addAction(tr("&Wachtwoord wijzigen…"), this, [this] {
        WachtwoordDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            showStatus(tr("Uw wachtwoord is gewijzigd."));
    });
    account->addAction(tr("Scherm &vergrendelen"), QKeySequence(Qt::CTRL | Qt::Key_L), m_slot, &Schermslot::lock);
    if (sessie.heeft(Rol::Beheerder)) {
        account->addSeparator();
        account->addAction(tr("&Accounts beheren…"), this, [this] {
            AccountsDialog dialog(*m_db, this);
            dialog.exec();
        });
        account->addAction(tr("Audit&log…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
            AuditViewer viewer(*m_db, this);
            viewer.exec();
        });
        account->addAction(tr("&Bewaartermijn…"), this, [this] {
            BewaartermijnDialog dialog(*m_db, m_clock, this);
            dialog.exec();
            m_caseload->reload();
        });
    }
    account->addSeparator();
    account->addAction(tr("&Uitloggen en afsluiten"), this, &QWidget::close);

    applyRoles();
}

void MainWindow::applyRoles()
{
    // Only a professional registers inwoners and changes dossiers; the sociale kaart is the beheerder's (DESIGN.md).
    const Sessie& sessie = m_db->sessie();
    if (!sessie.aangemeld())
        return;
    if (!sessie.heeft(Rol::Professional)) {
        for (QAction* action : std::as_const(m_editActions))
            action->setEnabled(false);
    }
    m_socialeKaartAction->setEnabled(
        sessie.heeft(Rol::Beheerder) && !m_db->readOnly() && !(m_serverWatch && m_serverWatch->away()));
}

void MainWindow::logOut()
{
    if (m_db && m_db->sessie().aangemeld() && !m_db->readOnly())
        (void)AccountStore(*m_db).logout();
}

} // namespace dw
