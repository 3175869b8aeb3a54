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
    return i;
}

void Instellingen::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("gebruiker/professional"), eigenProfessional);
    s.setValue(QStringLiteral("vervolg/maanden"), vervolgNaMaanden);
    s.setValue(QStringLiteral("backup/elke_uren"), backupElkeUren);
    s.setValue(QStringLiteral("backup/bewaren"), backupsBewaren);
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
    QObject::connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    instellingen.eigenProfessional = ui.professionalCombo->currentText().trimmed();
    instellingen.vervolgNaMaanden = ui.vervolgSpin->value();
    instellingen.backupElkeUren = ui.backupUrenSpin->value();
    instellingen.backupsBewaren = ui.backupBewarenSpin->value();
    instellingen.save();
    return true;
}

} // namespace dw
