#pragma once

#include "core/domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InwonerDialog;
}

namespace dw {

// Register a new inwoner. Checks the input with the same rules as storage and says in Dutch what is wrong;
// the dialog stays open until the input is right or the user cancels.
class InwonerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InwonerDialog(const QStringList& gemeenten, QWidget* parent = nullptr);
    ~InwonerDialog() override;

    Inwoner inwoner() const;
    void showError(const QString& message); // e.g. a ref that already exists, found on saving
    void accept() override;

    static QDate parseDutchDate(const QString& text); // dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd

private:
    std::unique_ptr<Ui::InwonerDialog> m_ui;
};

} // namespace dw
