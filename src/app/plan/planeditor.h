#pragma once

#include <QWidget>

#include <memory>

class QPlainTextEdit;
class QTableView;
class QUrl;
class QEvent;

namespace Ui {
class PlanEditor;
}

namespace dw {

class DoelForm;
class DossierDocument;
class PlanTableModel;
struct Plan;

// The plan van aanpak tab: the werkproces as a form (hulpvraag -> vraagverheldering -> doelen -> interventies ->
// afspraken -> gedeelde visie), the kwaliteitscheck and suggestions updating beside it while it is written, the
// stored versies readable, and PDF and Print with preview. Every edit is an undo step of the dossier.
class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlanEditor(DossierDocument* document, QWidget* parent = nullptr);
    ~PlanEditor() override;

    void saveVersie();
    void exportPdf();
    void print();
    // The partnerversie of the versie shown for one of its partners, as a PDF: asks which partner and where.
    void exportPartnerPdf();
    // Takes what is on screen into the concept: an open table cell, the toelichting being typed. Returns which
    // value was refused and why ("Doelen, rij 2, termijn: …"), or an empty string when everything was taken.
    QString commitPendingEdits();
    // Asks for the reason, then withdraws the versie shown; it stays readable as ingetrokken.
    void withdrawVersie();
    // Read-only session: the stored versies can be read, printed and saved as PDF; the concept cannot be edited.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void conceptChanged();
    void dossierChanged();
    void showVersie();
    void connectText(QPlainTextEdit* edit, QString Plan::*field, const QString& actie);
    void setupTable(QTableView* view, PlanTableModel* model);
    void setupDoelen(); // the short list and the form of the chosen doel (doelform.h)
    void addRow(QTableView* view, PlanTableModel* model);
    void suggestieGekozen(const QUrl& link);
    // The stored plan to print: the versie chosen, or the latest after offering to store a changed concept.
    const Plan* planVoorAfdruk();
    // commitPendingEdits(), and when a value was refused, says so; false then.
    bool takeWhatIsOnScreen();

    std::unique_ptr<Ui::PlanEditor> m_ui;
    DossierDocument* m_doc;
    PlanTableModel* m_doelen;
    PlanTableModel* m_interventies;
    PlanTableModel* m_afspraken;
    DoelForm* m_doelForm = nullptr;
    bool m_readOnly = false;
};

} // namespace dw
