#pragma once

#include <QDate>
#include <QDialog>
#include <QGroupBox>

#include <memory>

namespace Ui {
class HerinneringenWidget;
class VerzetDialog;
} // namespace Ui

namespace dw {

class DossierDocument;

// "Wat komt eraan" in a dossier (issue 17): the planned vervolgmeting, afspraken near or past, doelen past their
// horizon without an uitkomst; late ones say so in words. A reminder is marked done or moved with a reason, each an
// undo step of the dossier.
class HerinneringenWidget : public QGroupBox
{
    Q_OBJECT
public:
    explicit HerinneringenWidget(DossierDocument* document, QWidget* parent = nullptr);
    ~HerinneringenWidget() override;

    void setVervolgNaMaanden(int maanden);
    void setReadOnly(bool readOnly);
    void verzetten(); // asks for the new date and the reason

private:
    void vernieuw();
    QString gekozen() const; // the chosen reminder's key

    std::unique_ptr<Ui::HerinneringenWidget> m_ui;
    DossierDocument* m_doc;
    int m_vervolgNaMaanden = 6;
    bool m_readOnly = false;
};

// The new date (after today) and the reason for moving a reminder.
class VerzetDialog : public QDialog
{
    Q_OBJECT
public:
    VerzetDialog(const QString& wat, const QDate& was, const QDate& vandaag, QWidget* parent = nullptr);
    ~VerzetDialog() override;
    QDate naar() const;
    QString reden() const;
    void accept() override;

private:
    std::unique_ptr<Ui::VerzetDialog> m_ui;
};

} // namespace dw
