#include "inwonerdialog.h"

#include "common/fieldmessage.h"
#include "ui_inwonerdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace dw {

using validation::InwonerVeld;

InwonerDialog::InwonerDialog(const QStringList& gemeenten, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InwonerDialog>())
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->gemeenteCombo->addItems(gemeenten);
    m_ui->gemeenteCombo->setCurrentIndex(-1);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Opslaan"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Annuleren"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const std::pair<InwonerVeld, QWidget*> fields[] = {{InwonerVeld::Ref, m_ui->refEdit},
        {InwonerVeld::Naam, m_ui->naamEdit},
        {InwonerVeld::Geboortedatum, m_ui->geboortedatumEdit},
        {InwonerVeld::Gemeente, m_ui->gemeenteCombo},
        {InwonerVeld::Contact, m_ui->contactEdit},
        {InwonerVeld::Professional, m_ui->professionalEdit}};
    for (const auto& [veld, widget] : fields) {
        FieldMessage* message = FieldMessage::attach(m_ui->form, widget);
        m_messages.append({veld, message});
        auto* line = qobject_cast<QLineEdit*>(widget);
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            line = combo->lineEdit();
        if (line)
            connect(line, &QLineEdit::textChanged, this, [this, veld = veld, message] { fieldEdited(veld, message); });
    }
}

void InwonerDialog::fieldEdited(InwonerVeld veld, FieldMessage* message)
{
    // A message goes as soon as its field is right (or, for a ref found taken, as soon as it changes); a new one
    // waits for Opslaan, so typing is not interrupted.
    if (!message->hasProblem())
        return;
    if (m_takenRef && veld == InwonerVeld::Ref)
        m_takenRef = false;
    else if (!fieldProblem(veld, typedText(veld), m_today).isEmpty())
        return;
    message->clearProblem();
    const bool anyLeft
        = std::any_of(m_messages.cbegin(), m_messages.cend(), [](const auto& m) { return m.second->hasProblem(); });
    if (!anyLeft)
        showError(QString());
}

void InwonerDialog::showFieldError(InwonerVeld veld, const QString& message)
{
    for (const auto& [v, fieldMessage] : std::as_const(m_messages)) {
        if (v != veld)
            continue;
        fieldMessage->showProblem(message);
        fieldMessage->field()->setFocus();
        m_takenRef = veld == InwonerVeld::Ref;
    }
    showError(tr("Verbeter wat onder de velden staat en kies dan Opslaan."));
}

InwonerDialog::~InwonerDialog() = default;

void InwonerDialog::setToday(const QDate& today)
{
    m_today = today;
}

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

QString InwonerDialog::fieldProblem(InwonerVeld veld, const QString& typed, const QDate& today, QString* stored)
{
    QString value = typed.trimmed();
    if (veld == InwonerVeld::Geboortedatum) {
        const QDate d = parseDutchDate(value);
        if (!d.isValid())
            return value.isEmpty()
                ? tr("vul de geboortedatum in (dd-mm-jjjj)")
                : tr("'%1' is geen geldige datum; schrijf dd-mm-jjjj, bijvoorbeeld 02-03-1971").arg(value);
        value = d.toString(Qt::ISODate);
    }
    if (stored)
        *stored = value;
    return validation::inwonerVeldProblem(veld, value, today);
}

QString InwonerDialog::typedText(InwonerVeld veld) const
{
    switch (veld) {
    case InwonerVeld::Ref:
        return m_ui->refEdit->text();
    case InwonerVeld::Naam:
        return m_ui->naamEdit->text();
    case InwonerVeld::Geboortedatum:
        return m_ui->geboortedatumEdit->text();
    case InwonerVeld::Gemeente:
        return m_ui->gemeenteCombo->currentText();
    case InwonerVeld::Contact:
        return m_ui->contactEdit->text();
    case InwonerVeld::Professional:
        return m_ui->professionalEdit->text();
    }
    return {};
}

Inwoner InwonerDialog::inwoner() const
{
    Inwoner i;
    i.ref = typedText(InwonerVeld::Ref).trimmed();
    i.naam = typedText(InwonerVeld::Naam).trimmed();
    i.geboortedatum = parseDutchDate(typedText(InwonerVeld::Geboortedatum));
    i.gemeente = typedText(InwonerVeld::Gemeente).trimmed();
    i.contact = typedText(InwonerVeld::Contact).trimmed();
    i.professional = typedText(InwonerVeld::Professional).trimmed();
    return i;
}

void InwonerDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
}

void InwonerDialog::accept()
{
    // The same rules as the Gegevens tab and the import (core/validation.h): every refused field keeps its text
    // and says why underneath; the first one gets the focus.
    QWidget* first = nullptr;
    for (const auto& [veld, message] : std::as_const(m_messages)) {
        const QString problem = fieldProblem(veld, typedText(veld), m_today);
        if (problem.isEmpty()) {
            message->clearProblem();
            continue;
        }
        message->showProblem(FieldMessage::sentence(problem));
        if (!first)
            first = message->field();
    }
    if (first) {
        showError(tr("Verbeter wat onder de velden staat en kies dan Opslaan."));
        first->setFocus();
        return;
    }
    showError(QString());
    QDialog::accept();
}

} // namespace dw
