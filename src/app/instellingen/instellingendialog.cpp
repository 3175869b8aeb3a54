#include "instellingendialog.h"

#include "ui_instellingendialog.h"

#include "common/fieldmessage.h"

namespace dw {

InstellingenDialog::InstellingenDialog(
    const Instellingen& instellingen, const QStringList& professionals, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InstellingenDialog>())
{
    m_ui->setupUi(this);
    // Tall enough for every wrapped hint at the user's font; a fixed size from the form cut them off.
    resize(sizeHint().expandedTo(QSize(560, 0)));
    m_ui->professionalCombo->addItems(professionals);
    m_ui->professionalCombo->setCurrentText(instellingen.eigenProfessional);
    m_ui->vervolgSpin->setValue(instellingen.vervolgNaMaanden);
    m_ui->refPatroonEdit->setText(instellingen.refPatroon);
    m_refPatroonMessage = FieldMessage::attach(m_ui->form, m_ui->refPatroonEdit);
    m_ui->backupUrenSpin->setValue(instellingen.backupElkeUren);
    m_ui->backupBewarenSpin->setValue(instellingen.backupsBewaren);
    m_ui->vergrendelSpin->setValue(instellingen.vergrendelNaMinuten);
    (instellingen.teamserver ? m_ui->serverRadio : m_ui->bestandRadio)->setChecked(true);
    m_ui->hostEdit->setText(instellingen.serverHost);
    m_ui->poortSpin->setValue(instellingen.serverPoort);
    m_ui->databasenaamEdit->setText(instellingen.serverDatabase);
    m_ui->gebruikerEdit->setText(instellingen.serverGebruiker);
    m_ui->tlsCombo->setCurrentIndex(instellingen.serverCertificaatControleren ? 1 : 0);
    m_ui->kleurenCombo->setCurrentIndex(instellingen.kleurenschema == Kleurenschema::HoogContrast ? 1 : 0);
    enableServerFields(instellingen.teamserver);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, &InstellingenDialog::enableServerFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InstellingenDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

InstellingenDialog::~InstellingenDialog() = default;

void InstellingenDialog::enableServerFields(bool on)
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->hostEdit,
             m_ui->poortSpin,
             m_ui->databasenaamEdit,
             m_ui->gebruikerEdit,
             m_ui->tlsCombo,
             m_ui->hostLabel,
             m_ui->poortLabel,
             m_ui->databasenaamLabel,
             m_ui->gebruikerLabel,
             m_ui->tlsLabel})
        w->setEnabled(on);
}

void InstellingenDialog::accept()
{
    // A pattern that cannot make refs stays in its field with the reason; nothing is saved until it can.
    const QString problem = refpatroon::probleem(m_ui->refPatroonEdit->text());
    if (!problem.isEmpty()) {
        m_refPatroonMessage->showProblem(FieldMessage::sentence(problem));
        m_ui->refPatroonEdit->setFocus();
        return;
    }
    m_refPatroonMessage->clearProblem();
    QDialog::accept();
}

Instellingen InstellingenDialog::instellingen() const
{
    Instellingen i;
    i.eigenProfessional = m_ui->professionalCombo->currentText().trimmed();
    i.vervolgNaMaanden = m_ui->vervolgSpin->value();
    i.refPatroon = m_ui->refPatroonEdit->text();
    i.backupElkeUren = m_ui->backupUrenSpin->value();
    i.backupsBewaren = m_ui->backupBewarenSpin->value();
    i.vergrendelNaMinuten = m_ui->vergrendelSpin->value();
    i.teamserver = m_ui->serverRadio->isChecked();
    i.serverHost = m_ui->hostEdit->text().trimmed();
    i.serverPoort = m_ui->poortSpin->value();
    i.serverDatabase = m_ui->databasenaamEdit->text().trimmed();
    i.serverGebruiker = m_ui->gebruikerEdit->text().trimmed();
    i.serverCertificaatControleren = m_ui->tlsCombo->currentIndex() == 1;
    i.kleurenschema = m_ui->kleurenCombo->currentIndex() == 1 ? Kleurenschema::HoogContrast : Kleurenschema::Systeem;
    return i;
}

} // namespace dw
