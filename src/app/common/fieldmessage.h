#pragma once

#include <QLabel>

class QFormLayout;

namespace dw {

// The reason a value was refused, shown directly under its field in a form. The field keeps the text the user
// typed, gets a red frame and the reason as its accessible description, until the value is right or the edit is
// given up; nothing is silently put back (issue 12, "one validation, at the field").
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    // Adds a hidden message row under `field`, which must be in `form`.
    static FieldMessage* attach(QFormLayout* form, QWidget* field);

    void showProblem(const QString& sentence);
    void clearProblem();
    bool hasProblem() const { return m_problem; }
    QWidget* field() const { return m_field; }

    // "ligt in de toekomst" -> "Ligt in de toekomst." for a message under a field.
    static QString sentence(const QString& fragment);

private:
    FieldMessage(QFormLayout* form, QWidget* field);
    void setRowShown(bool shown);

    QFormLayout* m_form;
    QWidget* m_field;
    bool m_problem = false;
};

} // namespace dw
