#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include "storage/accountstore.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QHeaderView>

namespace dw {

namespace {
enum Column { Naam, RollenKolom, Team, StatusKolom, ColumnCount };
}

AccountsDialog::AccountsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->tabel->setColumnCount(ColumnCount);
    m_ui->tabel->setHorizontalHeaderLabels({tr("Naam"), tr("Rollen"), tr("Team"), tr("Status")});
    m_ui->tabel->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tabel->verticalHeader()->hide();
    connect(m_ui->tabel, &QTableWidget::currentCellChanged, this, [this](int row) { fill(row); });
    connect(m_ui->nieuwButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_ui->rollenButton, &QPushButton::clicked, this, &AccountsDialog::saveRollen);
    connect(m_ui->terugzettenButton, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_ui->blokkerenButton, &QPushButton::clicked, this, &AccountsDialog::toggleBlocked);
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::melding() const
{
    return m_ui->meldingLabel->text();
}

void AccountsDialog::reload()
{
    const auto list = AccountStore(m_db).list();
    if (!list.ok()) {
        m_ui->meldingLabel->setText(list.errorMessage());
        return;
    }
    const QString current = m_ui->naamEdit->text();
    m_ui->tabel->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const Account& a = list->at(row);
        QString status = a.geblokkeerd ? tr("geblokkeerd") : tr("actief");
        if (a.moetWijzigen)
            status += tr(", kiest nieuw wachtwoord");
        if (a.vergrendeldTot.isValid() && a.vergrendeldTot > QDateTime::currentDateTimeUtc())
            status += tr(", vergrendeld tot %1").arg(a.vergrendeldTot.toLocalTime().toString(QStringLiteral("HH:mm")));
        const QStringList cells {a.naam, rollen::text(a.rollen), a.team, status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, c == RollenKolom ? QVariant(int(a.rollen)) : QVariant(a.geblokkeerd));
            m_ui->tabel->setItem(row, c, item);
        }
    }
    select(current);
}

void AccountsDialog::select(const QString& naam)
{
    for (int row = 0; row < m_ui->tabel->rowCount(); ++row) {
        if (m_ui->tabel->item(row, Naam)->text() == naam) {
            m_ui->tabel->setCurrentCell(row, Naam);
            fill(row);
            return;
        }
    }
}

void AccountsDialog::fill(int row)
{
    if (row < 0 || row >= m_ui->tabel->rowCount())
        return;
    const Rollen r = Rollen::fromInt(m_ui->tabel->item(row, RollenKolom)->data(Qt::UserRole).toInt());
    m_ui->naamEdit->setText(m_ui->tabel->item(row, Naam)->text());
    m_ui->professionalCheck->setChecked(r.testFlag(Rol::Professional));
    m_ui->teamleiderCheck->setChecked(r.testFlag(Rol::Teamleider));
    m_ui->beheerderCheck->setChecked(r.testFlag(Rol::Beheerder));
    m_ui->teamEdit->setText(m_ui->tabel->item(row, Team)->text());
    m_ui->wachtwoordEdit->clear();
    const bool blocked = m_ui->tabel->item(row, StatusKolom)->data(Qt::UserRole).toBool();
    m_ui->blokkerenButton->setText(blocked ? tr("&Vrijgeven") : tr("B&lokkeren"));
}

Rollen AccountsDialog::rollenInForm() const
{
    Rollen r;
    if (m_ui->professionalCheck->isChecked())
        r |= Rol::Professional;
    if (m_ui->teamleiderCheck->isChecked())
        r |= Rol::Teamleider;
    if (m_ui->beheerderCheck->isChecked())
        r |= Rol::Beheerder;
    return r;
}

bool AccountsDialog::report(const Status& s, const QString& done)
{
    QGuiApplication::restoreOverrideCursor();
    if (!s.ok()) {
        QString text = s.errorMessage();
        text[0] = text[0].toUpper();
        m_ui->meldingLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_ui->meldingLabel->setText(text + QLatin1Char('.'));
        return false;
    }
    m_ui->meldingLabel->setStyleSheet({});
    m_ui->meldingLabel->setText(done);
    reload();
    return true;
}

bool AccountsDialog::add()
{
    const QString naam = m_ui->naamEdit->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AccountStore(m_db).add(
        naam, rollenInForm(), m_ui->teamEdit->text().trimmed(), m_ui->wachtwoordEdit->text(), true);
    return report(s,
        tr("Account %1 gemaakt. Geef het tijdelijke wachtwoord persoonlijk door; bij de eerste keer inloggen kiest %1 "
           "een eigen.")
            .arg(naam));
}

bool AccountsDialog::saveRollen()
{
    const QString naam = m_ui->naamEdit->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AccountStore(m_db).setRollen(naam, rollenInForm(), m_ui->teamEdit->text().trimmed());
    return report(s, tr("Rollen en team van %1 opgeslagen; ze gelden vanaf de volgende keer inloggen.").arg(naam));
}

bool AccountsDialog::resetPassword()
{
    const QString naam = m_ui->naamEdit->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AccountStore(m_db).resetPassword(naam, m_ui->wachtwoordEdit->text());
    return report(s, tr("Wachtwoord van %1 teruggezet; bij het inloggen kiest %1 een nieuw.").arg(naam));
}

bool AccountsDialog::toggleBlocked()
{
    const QString naam = m_ui->naamEdit->text().trimmed();
    const auto account = AccountStore(m_db).find(naam);
    if (!account.ok())
        return report(account.error(), {});
    const bool block = !account->geblokkeerd;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AccountStore(m_db).setBlocked(naam, block);
    return report(
        s, block ? tr("%1 is geblokkeerd en kan niet meer inloggen.").arg(naam) : tr("%1 is vrijgegeven.").arg(naam));
}

} // namespace dw
