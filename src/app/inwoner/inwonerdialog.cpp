#include "inwonerdialog.h"

#include "common/fieldmessage.h"
#include "core/persoonsgegevens.h"
#include "ui_inwonerdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
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
    m_ui->professionalCombo->setCurrentIndex(-1);
    m_ui->professionalCombo->setInsertPolicy(QComboBox::NoInsert);
    const std::tuple<InwonerVeld, QWidget*, QFormLayout*> fields[] = {{InwonerVeld::Ref, m_ui->refEdit, m_ui->form},
        {InwonerVeld::Naam, m_ui->naamEdit, m_ui->form},
        {InwonerVeld::Geboortedatum, m_ui->geboortedatumEdit, m_ui->form},
        {InwonerVeld::Gemeente, m_ui->gemeenteCombo, m_ui->form},
        {InwonerVeld::Professional, m_ui->professionalCombo, m_ui->form},
        {InwonerVeld::Bsn, m_ui->bsnEdit, m_ui->form},
        {InwonerVeld::Straat, m_ui->straatEdit, m_ui->adresForm},
        {InwonerVeld::Huisnummer, m_ui->huisnummerEdit, m_ui->adresForm},
        {InwonerVeld::Postcode, m_ui->postcodeEdit, m_ui->adresForm},
        {InwonerVeld::Woonplaats, m_ui->woonplaatsEdit, m_ui->adresForm},
        {InwonerVeld::Telefoon, m_ui->telefoonEdit, m_ui->adresForm},
        {InwonerVeld::Email, m_ui->emailEdit, m_ui->adresForm},
        {InwonerVeld::Contact, m_ui->contactEdit, m_ui->adresForm}};
    for (const auto& [veld, widget, form] : fields) {
        m_fields.insert(veld, widget);
        FieldMessage* message = FieldMessage::attach(form, widget);
        m_messages.append({veld, message});
        auto* line = qobject_cast<QLineEdit*>(widget);
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            line = combo->lineEdit();
        if (line)
            connect(line, &QLineEdit::textChanged, this, [this, veld = veld, message] { fieldEdited(veld, message); });
    }
    // A new ref follows the pattern of Instellingen for the gemeente chosen, unless one was typed.
    connect(m_ui->gemeenteCombo, &QComboBox::currentTextChanged, this, &InwonerDialog::proposeRef);
}

void InwonerDialog::setRefVoorstel(std::function<QString(const QString& gemeente)> voorstel)
{
    m_refVoorstel = std::move(voorstel);
    proposeRef();
}

void InwonerDialog::proposeRef()
{
    const QString typed = m_ui->refEdit->text();
    if (!m_refVoorstel || (!typed.isEmpty() && typed != m_proposedRef))
        return;
    const QString gemeente = m_ui->gemeenteCombo->currentText().trimmed();
    m_proposedRef = gemeente.isEmpty() ? QString() : m_refVoorstel(gemeente); // the code comes from the gemeente
    m_ui->refEdit->setText(m_proposedRef);
}

void InwonerDialog::setProfessionals(const QStringList& namen, bool alleenUitDeLijst)
{
    // With accounts, an inwoner goes to an account with the professional role (the database refuses anything else):
    // a list to choose from. Before accounts, the names used so far with a completer, so that a typo does not make a
    // second "professional" that splits the team's figures.
    const QString current = m_ui->professionalCombo->currentText();
    m_ui->professionalCombo->clear();
    m_ui->professionalCombo->addItems(namen);
    m_ui->professionalCombo->setEditable(!alleenUitDeLijst);
    if (auto* completer = m_ui->professionalCombo->completer()) {
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
    }
    m_ui->professionalCombo->setCurrentIndex(static_cast<int>(namen.indexOf(current)));
    if (!alleenUitDeLijst && namen.indexOf(current) < 0)
        m_ui->professionalCombo->setEditText(current);
    m_professionals = namen;
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
    if (veld == InwonerVeld::Bsn)
        value = persoonsgegevens::normaliseerBsn(value);
    if (veld == InwonerVeld::Postcode)
        value = persoonsgegevens::normaliseerPostcode(value);
    if (stored)
        *stored = value;
    return validation::inwonerVeldProblem(veld, value, today);
}

QString InwonerDialog::typedText(InwonerVeld veld) const
{
    QWidget* w = m_fields.value(veld);
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentText();
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
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
    // A name typed in other capitals or with spaces around it is the colleague already in the list.
    for (const QString& naam : m_professionals) {
        if (naam.compare(i.professional, Qt::CaseInsensitive) == 0)
            i.professional = naam;
    }
    i.bsn = typedText(InwonerVeld::Bsn);
    i.adres = {typedText(InwonerVeld::Straat),
        typedText(InwonerVeld::Huisnummer),
        typedText(InwonerVeld::Postcode),
        typedText(InwonerVeld::Woonplaats)};
    i.telefoon = typedText(InwonerVeld::Telefoon);
    i.email = typedText(InwonerVeld::Email);
    persoonsgegevens::normaliseer(i);
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
