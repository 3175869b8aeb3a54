#pragma once

#include "core/domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MetingDialog;
}

namespace dw {

class Instrument;
class MetingForm;

// An intake or follow-up meetmoment: the date and the two generated questionnaires (inwoner, professional).
// A perspective left entirely empty was not measured and is not saved.
class MetingDialog : public QDialog
{
    Q_OBJECT
public:
    MetingDialog(const Instrument& instrument, QWidget* parent = nullptr);
    ~MetingDialog() override;

    void setMeetmoment(const Meetmoment& meetmoment); // to edit an existing one
    Meetmoment meetmoment() const;
    MetingForm* form(Perspectief p) const;
    void setDatum(const QDate& datum);

    void accept() override;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void focusFirstItem();

    std::unique_ptr<Ui::MetingDialog> m_ui;
    MetingForm* m_forms[2] = {nullptr, nullptr};
    Meetmoment m_origineel; // the meetmoment being edited, if any
};

} // namespace dw
