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
    void addRow(QTableView* view, PlanTableModel* model);
    void suggestieGekozen(const QUrl& link);
    // The stored plan to print: the versie chosen, or the latest after offering to store a changed concept.
    const Plan* planVoorAfdruk();

    std::unique_ptr<Ui::PlanEditor> m_ui;
    DossierDocument* m_doc;
    PlanTableModel* m_doelen;
    PlanTableModel* m_interventies;
    PlanTableModel* m_afspraken;
};

} // namespace dw
