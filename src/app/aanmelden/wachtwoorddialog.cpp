#include "wachtwoorddialog.h"
#include "ui_wachtwoorddialog.h"

#include "storage/accountstore.h"
#include "storage/database.h"

#include <QGuiApplication>

namespace dw {

WachtwoordDialog::WachtwoordDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WachtwoordDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    connect(m_ui->knoppen, &QDialogButtonBox::accepted, this, &WachtwoordDialog::accept);
    connect(m_ui->knoppen, &QDialogButtonBox::rejected, this, &WachtwoordDialog::reject);
    setWindowTitle(tr("Wachtwoord wijzigen voor %1").arg(m_db.sessie().gebruiker));
}

WachtwoordDialog::~WachtwoordDialog() = default;

QString WachtwoordDialog::melding() const
{
    return m_ui->meldingLabel->text();
}

void WachtwoordDialog::accept()
{
    if (m_ui->nieuwEdit->text() != m_ui->herhaalEdit->text()) {
        m_ui->meldingLabel->setText(tr("De twee nieuwe wachtwoorden zijn niet gelijk."));
        m_ui->herhaalEdit->clear();
        m_ui->herhaalEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s
        = AccountStore(m_db).changePassword(m_db.sessie().gebruiker, m_ui->oudEdit->text(), m_ui->nieuwEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!s.ok()) {
        QString text = s.errorMessage();
        text[0] = text[0].toUpper();
        m_ui->meldingLabel->setText(text + QLatin1Char('.'));
        return;
    }
    QDialog::accept();
}

} // namespace dw
