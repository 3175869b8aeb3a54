#pragma once

#include "core/dossierstatus.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AfsluitDialog;
}

namespace dw {

// Dossier -> Afsluiten: the date (today by default, never later) and one of the fixed reasons; "anders" needs a
// text. OK stays off until the choice is complete, and the label under the form says why.
class AfsluitDialog : public QDialog
{
    Q_OBJECT
public:
    AfsluitDialog(const QString& ref, const QDate& today, QWidget* parent = nullptr);
    ~AfsluitDialog() override;

    DossierStatus status() const;
    void setStatus(const DossierStatus& status); // for tests and a second try

private:
    void check();

    std::unique_ptr<Ui::AfsluitDialog> m_ui;
    QDate m_today;
};

} // namespace dw
