#include "instellingen.h"

#include "ui_instellingendialog.h"

#include <QDialog>
#include <QSettings>

namespace dw {

Instellingen Instellingen::load()
{
    QSettings s;
    Instellingen i;
    i.eigenProfessional = s.value(QStringLiteral("gebruiker/professional")).toString();
    i.vervolgNaMaanden = std::clamp(s.value(QStringLiteral("vervolg/maanden"), 6).toInt(), 1, 36);
    i.backupElkeUren = std::clamp(s.value(QStringLiteral("backup/elke_uren"), 24).toInt(), 1, 24 * 30);
    i.backupsBewaren = std::clamp(s.value(QStringLiteral("backup/bewaren"), 7).toInt(), 1, 365);
    i.vergrendelNaMinuten = std::clamp(s.value(QStringLiteral("scherm/vergrendelen_na_minuten"), 15).toInt(), 1, 120);
    i.teamserver = s.value(QStringLiteral("database/soort")).toString() == QLatin1String("teamserver");
    i.serverHost = s.value(QStringLiteral("database/server")).toString();
    i.serverPoort = std::clamp(s.value(QStringLiteral("database/poort"), 5432).toInt(), 1, 65535);
    i.serverDatabase = s.value(QStringLiteral("database/naam"), QStringLiteral("draagwijzer")).toString();
    i.serverGebruiker = s.value(QStringLiteral("database/gebruiker")).toString();
    i.serverCertificaatControleren = s.value(QStringLiteral("database/tls")).toString() == QLatin1String("verify-full");
    return i;
}

void Instellingen::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("gebruiker/professional"), eigenProfessional);
    s.setValue(QStringLiteral("vervolg/maanden"), vervolgNaMaanden);
    s.setValue(QStringLiteral("backup/elke_uren"), backupElkeUren);
    s.setValue(QStringLiteral("backup/bewaren"), backupsBewaren);
    s.setValue(QStringLiteral("scherm/vergrendelen_na_minuten"), vergrendelNaMinuten);
    // The password is asked at every start and never stored (docs/teammode.md).
    s.setValue(QStringLiteral("database/soort"), teamserver ? QStringLiteral("teamserver") : QStringLiteral("bestand"));
    s.setValue(QStringLiteral("database/server"), serverHost);
    s.setValue(QStringLiteral("database/poort"), serverPoort);
    s.setValue(QStringLiteral("database/naam"), serverDatabase);
    s.setValue(QStringLiteral("database/gebruiker"), serverGebruiker);
    s.setValue(QStringLiteral("database/tls"),
        serverCertificaatControleren ? QStringLiteral("verify-full") : QStringLiteral("standaard"));
}

ServerAddress Instellingen::serverAddress() const
{
    return ServerAddress::fromParts(serverHost,
        serverPoort,
        serverDatabase,
        serverGebruiker,
        serverCertificaatControleren ? QStringLiteral("verify-full") : QString());
}

bool editInstellingen(Instellingen& instellingen, const QStringList& professionals, QWidget* parent)
{
    QDialog dialog(parent);
    Ui::InstellingenDialog ui;
    ui.setupUi(&dialog);
    ui.professionalCombo->addItems(professionals);
    ui.professionalCombo->setCurrentText(instellingen.eigenProfessional);
    ui.vervolgSpin->setValue(instellingen.vervolgNaMaanden);
    ui.backupUrenSpin->setValue(instellingen.backupElkeUren);
    ui.backupBewarenSpin->setValue(instellingen.backupsBewaren);
    ui.vergrendelSpin->setValue(instellingen.vergrendelNaMinuten);
    (instellingen.teamserver ? ui.serverRadio : ui.bestandRadio)->setChecked(true);
    ui.hostEdit->setText(instellingen.serverHost);
    ui.poortSpin->setValue(instellingen.serverPoort);
    ui.databasenaamEdit->setText(instellingen.serverDatabase);
    ui.gebruikerEdit->setText(instellingen.serverGebruiker);
    ui.tlsCombo->setCurrentIndex(instellingen.serverCertificaatControleren ? 1 : 0);
    const auto enableServerFields = [&ui](bool on) {
        for (QWidget* w : std::initializer_list<QWidget*> {ui.hostEdit,
                 ui.poortSpin,
                 ui.databasenaamEdit,
                 ui.gebruikerEdit,
                 ui.tlsCombo,
                 ui.hostLabel,
                 ui.poortLabel,
                 ui.databasenaamLabel,
                 ui.gebruikerLabel,
                 ui.tlsLabel})
            w->setEnabled(on);
    };
    enableServerFields(instellingen.teamserver);
    QObject::connect(ui.serverRadio, &QRadioButton::toggled, &dialog, enableServerFields);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    instellingen.eigenProfessional = ui.professionalCombo->currentText().trimmed();
    instellingen.vervolgNaMaanden = ui.vervolgSpin->value();
    instellingen.backupElkeUren = ui.backupUrenSpin->value();
    instellingen.backupsBewaren = ui.backupBewarenSpin->value();
    instellingen.vergrendelNaMinuten = ui.vergrendelSpin->value();
    instellingen.teamserver = ui.serverRadio->isChecked();
    instellingen.serverHost = ui.hostEdit->text().trimmed();
    instellingen.serverPoort = ui.poortSpin->value();
    instellingen.serverDatabase = ui.databasenaamEdit->text().trimmed();
    instellingen.serverGebruiker = ui.gebruikerEdit->text().trimmed();
    instellingen.serverCertificaatControleren = ui.tlsCombo->currentIndex() == 1;
    instellingen.save();
    return true;
}

} // namespace dw
