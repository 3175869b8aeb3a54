#pragma once

#include "core/bijlage.h"

#include <QDialog>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Ui {
class BijlagenWidget;
class BijlageDialog;
} // namespace Ui

namespace dw {

class BijlagenModel;
class DossierDocument;

// The Bijlagen tab of a dossier (issue 18, point 4): the files kept with it, newest document first, with adding (a
// file chosen or dropped on the list, then a description and date), opening in the desktop's viewer, saving a copy
// and removing after a question. Storage is BijlageRepository on a connection of its own in a worker thread, with a
// bar and Annuleren for a large file; not undo steps (a file is not kept in memory to bring back), each audited.
//
// Opening writes a temporary copy into a folder only this user can read (0700, the file 0600), which is removed with
// this widget: when the dossier closes or the app quits. The viewer may still have it open by then; the manual says
// so.
class BijlagenWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BijlagenWidget(DossierDocument* document, QWidget* parent = nullptr);
    ~BijlagenWidget() override;

    // A read-only session (a teamleider, a read-only database): list, open and save a copy, but no adding or removing.
    void setReadOnly(bool readOnly);

    // Asks for a file, then its description and date, and adds it.
    void toevoegen();
    // Asks for the description and date of the file at `pad` (a dropped one), and adds it.
    void toevoegenVan(const QString& pad);
    // Stores the file at `pad` without asking (the dialogs' end, and the tests' hook). False, with the reason said,
    // when refused.
    bool voegToe(const QString& pad, const QString& omschrijving, const QDate& datum);
    void openen();
    void opslaanAls();
    void verwijderen(); // asks first
    void vernieuw(); // the list as stored now

    // How a temporary copy is shown; QDesktopServices::openUrl unless a test sets another.
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }
    QString tijdelijkeMap() const; // empty until a bijlage was opened
    qint64 gekozen() const; // the chosen bijlage's id, 0 for none

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void meld(const QString& text);
    void knoppenBijwerken();
    const Bijlage* gekozenBijlage() const;

    std::unique_ptr<Ui::BijlagenWidget> m_ui;
    DossierDocument* m_doc;
    BijlagenModel* m_model;
    std::unique_ptr<QTemporaryDir> m_tijdelijk;
    std::function<bool(const QUrl&)> m_opener;
    bool m_readOnly = false;
};

// The description and date of a file being added: the date of the document itself, today by default.
class BijlageDialog : public QDialog
{
    Q_OBJECT
public:
    BijlageDialog(const QString& bestandsnaam, qint64 grootte, const QDate& vandaag, QWidget* parent = nullptr);
    ~BijlageDialog() override;
    QString omschrijving() const;
    QDate datum() const;
    void accept() override;

private:
    std::unique_ptr<Ui::BijlageDialog> m_ui;
    QDate m_vandaag;
};

} // namespace dw
