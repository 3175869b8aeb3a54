#pragma once

#include "instellingen.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InstellingenDialog;
}

namespace dw {

// Bewerken -> Instellingen: the user's preferences, the database and the colours.
class InstellingenDialog : public QDialog
{
    Q_OBJECT
public:
    InstellingenDialog(const Instellingen& instellingen, const QStringList& professionals, QWidget* parent = nullptr);
    ~InstellingenDialog() override;

    // What the fields say now.
    Instellingen instellingen() const;
    void accept() override;

private:
    void enableServerFields(bool on);

    std::unique_ptr<Ui::InstellingenDialog> m_ui;
    class FieldMessage* m_refPatroonMessage = nullptr;
};

} // namespace dw
