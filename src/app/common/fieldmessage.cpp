#include "fieldmessage.h"

#include "weergave/weergave.h"

#include <QFormLayout>

namespace dw {

FieldMessage::FieldMessage(QFormLayout* form, QWidget* field)
    : QLabel(field->parentWidget())
    , m_form(form)
    , m_field(field)
{
    setObjectName(field->objectName() + QStringLiteral("Message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: %1;").arg(kleuren().afwijking.name()));
}

FieldMessage* FieldMessage::attach(QFormLayout* form, QWidget* field)
{
    auto* message = new FieldMessage(form, field);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    form->insertRow(row + 1, QString(), message);
    message->setRowShown(false);
    return message;
}

QString FieldMessage::sentence(const QString& fragment)
{
    if (fragment.isEmpty())
        return fragment;
    QString s = fragment.at(0).toUpper() + fragment.mid(1);
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s;
}

void FieldMessage::setRowShown(bool shown)
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(this, &row, &role);
    if (row >= 0)
        m_form->setRowVisible(row, shown);
}

void FieldMessage::showProblem(const QString& sentence)
{
    m_problem = true;
    setText(sentence);
    setRowShown(true);
    m_field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(kleuren().afwijking.name()));
    m_field->setAccessibleDescription(sentence);
}

void FieldMessage::clearProblem()
{
    if (!m_problem)
        return;
    m_problem = false;
    clear();
    setRowShown(false);
    m_field->setStyleSheet(QString());
    m_field->setAccessibleDescription(QString());
}

} // namespace dw
