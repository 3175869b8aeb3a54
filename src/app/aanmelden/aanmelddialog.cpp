#include "aanmelddialog.h"
#include "ui_aanmelddialog.h"

#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>

namespace dw {

namespace {
const QString laatsteNaamKey = QStringLiteral("aanmelden/laatste_naam");
}

AanmeldDialog::AanmeldDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AanmeldDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    connect(m_ui->knoppen, &QDialogButtonBox::accepted, this, &AanmeldDialog::accept);
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &AanmeldDialog::reject);
    const auto n = AccountStore(m_db).count();
    toon(n.ok() && n.value() == 0 ? Stap::EersteBeheerder : Stap::Inloggen);
    if (!n.ok())
        m_ui->meldingLabel->setText(n.errorMessage());
}

AanmeldDialog::~AanmeldDialog() = default;

bool AanmeldDialog::aanmelden(Database& db, QWidget* parent)
{
    // On a team server with the account's own login the server has checked the password already (docs/teammode.md).
    const auto onServer = AccountStore(db).loginAsServerUser(AuditLog::werkplek());
    if (onServer.ok() && onServer->has_value() && !onServer->value().moetWijzigen)
        return true;
    AanmeldDialog dialog(db, parent);
    if (!onServer.ok()) {
        dialog.m_ui->meldingLabel->setText(onServer.errorMessage());
    } else if (onServer->has_value()) {
        // After a reset: the temporary password once more, then a new one; the login fixes the name.
        dialog.m_ui->naamEdit->setText(onServer->value().sessie.gebruiker);
        dialog.m_ui->naamEdit->setReadOnly(true);
        dialog.m_ui->wachtwoordEdit->setFocus();
        dialog.m_ui->meldingLabel->setText(
            tr("De beheerder heeft uw wachtwoord teruggezet. Vul het tijdelijke wachtwoord nog eens in en kies "
               "daarna een eigen wachtwoord."));
    }
    return dialog.exec() == QDialog::Accepted && db.sessie().aangemeld();
}

QString AanmeldDialog::melding() const
{
    return m_ui->meldingLabel->text();
}

void AanmeldDialog::toon(Stap stap)
{
    m_stap = stap;
    const bool herhaal = stap != Stap::Inloggen;
    m_ui->herhaalLabel->setVisible(herhaal);
    m_ui->herhaalEdit->setVisible(herhaal);
    m_ui->herhaalEdit->clear();
    m_ui->wachtwoordEdit->clear();
    m_ui->meldingLabel->clear();
    QPushButton* ok = m_ui->knoppen->button(QDialogButtonBox::Ok);
    switch (stap) {
    case Stap::EersteBeheerder:
        setWindowTitle(tr("Eerste beheerder"));
        m_ui->uitlegLabel->setText(tr("<b>Deze database heeft nog geen accounts.</b><br>Maak het eerste account. Het "
                                      "krijgt alle rollen: professional, teamleider en beheerder. Kies een "
                                      "wachtwoord van minstens %1 tekens, bijvoorbeeld een paar losse woorden.")
                                       .arg(12));
        ok->setText(tr("Account &maken"));
        m_ui->naamEdit->setFocus();
        break;
    case Stap::Inloggen:
        setWindowTitle(tr("Inloggen bij Draagwijzer"));
        m_ui->uitlegLabel->setText(tr("<b>Inloggen</b> op %1").arg(m_db.displayName().toHtmlEscaped()));
        ok->setText(tr("&Inloggen"));
        m_ui->naamEdit->setText(QSettings().value(laatsteNaamKey).toString());
        (m_ui->naamEdit->text().isEmpty() ? m_ui->naamEdit : m_ui->wachtwoordEdit)->setFocus();
        break;
    case Stap::NieuwWachtwoord:
        setWindowTitle(tr("Nieuw wachtwoord kiezen"));
        m_ui->uitlegLabel->setText(tr("<b>De beheerder heeft uw wachtwoord teruggezet.</b><br>Kies nu een eigen "
                                      "wachtwoord van minstens %1 tekens; het tijdelijke werkt daarna niet meer.")
                                       .arg(12));
        m_ui->wachtwoordLabel->setText(tr("Nieuw &wachtwoord:"));
        m_ui->naamEdit->setEnabled(false);
        ok->setText(tr("&Opslaan"));
        m_ui->wachtwoordEdit->setFocus();
        break;
    }
}

void AanmeldDialog::accept()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment, on purpose
    const bool done = voerUit();
    QGuiApplication::restoreOverrideCursor();
    if (done)
        QDialog::accept();
}

bool AanmeldDialog::voerUit()
{
    AccountStore accounts(m_db);
    const QString naam = m_ui->naamEdit->text().trimmed();
    const QString wachtwoord = m_ui->wachtwoordEdit->text();
    if (naam.isEmpty()) {
        m_ui->meldingLabel->setText(tr("Vul uw naam in."));
        m_ui->naamEdit->setFocus();
        return false;
    }
    if (m_stap != Stap::Inloggen && wachtwoord != m_ui->herhaalEdit->text()) {
        m_ui->meldingLabel->setText(tr("De twee wachtwoorden zijn niet gelijk."));
        m_ui->herhaalEdit->clear();
        m_ui->herhaalEdit->setFocus();
        return false;
    }
    Status s;
    if (m_stap == Stap::EersteBeheerder) {
        s = accounts.createFirst(naam, wachtwoord);
        if (s.ok())
            s = accounts.login(naam, wachtwoord, AuditLog::werkplek()).ok() ? Status()
                                                                            : Error::failure(tr("Inloggen mislukt."));
    } else if (m_stap == Stap::NieuwWachtwoord) {
        s = accounts.changePassword(naam, m_oudWachtwoord, wachtwoord);
    } else {
        const auto in = accounts.login(naam, wachtwoord, AuditLog::werkplek());
        if (in.ok() && in->moetWijzigen) {
            m_oudWachtwoord = wachtwoord;
            toon(Stap::NieuwWachtwoord);
            return false;
        }
        if (!in.ok())
            s = in.error();
    }
    if (!s.ok()) {
        QString text = s.errorMessage();
        text[0] = text[0].toUpper();
        m_ui->meldingLabel->setText(text + QLatin1Char('.'));
        m_ui->wachtwoordEdit->clear();
        m_ui->herhaalEdit->clear();
        m_ui->wachtwoordEdit->setFocus();
        return false;
    }
    QSettings().setValue(laatsteNaamKey, naam);
    return true;
}

} // namespace dw
