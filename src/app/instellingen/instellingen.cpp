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
    return i;
}

void Instellingen::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("gebruiker/professional"), eigenProfessional);
    s.setValue(QStringLiteral("vervolg/maanden"), vervolgNaMaanden);
}

bool editInstellingen(Instellingen& instellingen, const QStringList& professionals, QWidget* parent)
{
    QDialog dialog(parent);
    Ui::InstellingenDialog ui;
    ui.setupUi(&dialog);
    ui.professionalCombo->addItems(professionals);
    ui.professionalCombo->setCurrentText(instellingen.eigenProfessional);
    ui.vervolgSpin->setValue(instellingen.vervolgNaMaanden);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    instellingen.eigenProfessional = ui.professionalCombo->currentText().trimmed();
    instellingen.vervolgNaMaanden = ui.vervolgSpin->value();
    instellingen.save();
    return true;
}

} // namespace dw
