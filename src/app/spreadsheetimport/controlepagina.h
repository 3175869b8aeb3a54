#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ControlePagina;
}

namespace dw {

struct ImportStaat;
class WeigeringenModel;

// Step 4 of the spreadsheet wizard: the whole sheet read and checked (SpreadsheetImporter::controleer), with
// progress and Annuleren. Shows the counts and every refused row, which can be saved as CSV. When a row is
// refused, going on needs the explicit choice to read in only the inwoners without a refused row.
class ControlePagina : public QWizardPage
{
    Q_OBJECT
public:
    explicit ControlePagina(ImportStaat& staat, QWidget* parent = nullptr);
    ~ControlePagina() override;

    void initializePage() override;
    bool isComplete() const override;

    void controleer();
    bool alleenGeldige() const;
    WeigeringenModel* weigeringen() const { return m_model; }
    QString telling() const;
    QString melding() const;

private:
    void slaWeigeringenOp();

    std::unique_ptr<Ui::ControlePagina> m_ui;
    ImportStaat& m_staat;
    WeigeringenModel* m_model = nullptr;
};

} // namespace dw
