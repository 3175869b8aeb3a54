#include "inwonerdialog.h"

#include "storage/inwonerrepository.h"
#include "ui_inwonerdialog.h"

#include <QPushButton>

namespace dw {

InwonerDialog::InwonerDialog(const QStringList& gemeenten, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InwonerDialog>())
{
    m_ui->setupUi(this);
    m_ui->gemeenteCombo->addItems(gemeenten);
    m_ui->gemeenteCombo->setCurrentIndex(-1);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Opslaan"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Annuleren"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

InwonerDialog::~InwonerDialog() = default;

QDate InwonerDialog::parseDutchDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

Inwoner InwonerDialog::inwoner() const
{
    Inwoner i;
    i.ref = m_ui->refEdit->text().trimmed();
    i.naam = m_ui->naamEdit->text().trimmed();
    i.geboortedatum = parseDutchDate(m_ui->geboortedatumEdit->text());
    i.gemeente = m_ui->gemeenteCombo->currentText().trimmed();
    i.contact = m_ui->contactEdit->text().trimmed();
    i.professional = m_ui->professionalEdit->text().trimmed();
    return i;
}

void InwonerDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
}

void InwonerDialog::accept()
{
    const Inwoner i = inwoner();
    if (!m_ui->geboortedatumEdit->text().trimmed().isEmpty() && !i.geboortedatum.isValid()) {
        showError(tr("'%1' is geen geldige datum. Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 02-03-1971.")
                      .arg(m_ui->geboortedatumEdit->text()));
        m_ui->geboortedatumEdit->setFocus();
        return;
    }
    if (i.geboortedatum.isValid() && i.geboortedatum > QDate::currentDate()) {
        showError(tr("De geboortedatum ligt in de toekomst."));
        m_ui->geboortedatumEdit->setFocus();
        return;
    }
    const Status valid = validateInwoner(i);
    if (!valid.ok()) {
        showError(valid.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace dw
