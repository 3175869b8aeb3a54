#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class KolommenPagina;
}

namespace dw {

struct ImportStaat;
class VoorbeeldModel;

// Step 2 of the spreadsheet wizard: the first rows in a table, and below it the field of the column chosen there
// (for a sheet with one row per inwoner also its meetmoment) and the value list its cells are read with. The next
// step is open once one column is the ref, one the date, and no question has two columns.
class KolommenPagina : public QWizardPage
{
    Q_OBJECT
public:
    explicit KolommenPagina(ImportStaat& staat, QWidget* parent = nullptr);
    ~KolommenPagina() override;

    void initializePage() override;
    bool isComplete() const override;

    int kolom() const; // the column chosen in the preview, A = 0; -1 when none
    void kiesKolom(int kolom);
    QString overzicht() const;
    QString melding() const;

private:
    void toonKolom();
    void veldGekozen();
    void meetmomentGekozen();
    void lijstGekozen();
    void wijziging();

    std::unique_ptr<Ui::KolommenPagina> m_ui;
    ImportStaat& m_staat;
    VoorbeeldModel* m_model = nullptr;
    bool m_tonen = false; // the editor is being filled, not changed by the user
    QString m_probleem;
};

} // namespace dw
