#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class OpslaanPagina;
}

namespace dw {

struct ImportStaat;

// Step 5 of the spreadsheet wizard: what goes in, the mapping saved as a named profile if wanted (offered on the
// first page next time), and Inlezen: the accepted inwoners written in one transaction, with progress.
class OpslaanPagina : public QWizardPage
{
    Q_OBJECT
public:
    explicit OpslaanPagina(ImportStaat& staat, QWidget* parent = nullptr);
    ~OpslaanPagina() override;

    void initializePage() override;
    bool validatePage() override;
    QString samenvatting() const;
    QString melding() const;

private:
    bool bewaarProfiel();

    std::unique_ptr<Ui::OpslaanPagina> m_ui;
    ImportStaat& m_staat;
};

} // namespace dw
