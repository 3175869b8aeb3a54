#pragma once

#include "core/spreadsheetprofiel.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class BestandPagina;
}

namespace dw {

struct ImportStaat;

// Step 1 of the spreadsheet wizard: the file, its sheet, a saved profile or a new mapping, the header row and the
// layout. Going on reads the first rows; the mapping is proposed again only when one of these changed.
class BestandPagina : public QWizardPage
{
    Q_OBJECT
public:
    explicit BestandPagina(ImportStaat& staat, QWidget* parent = nullptr);
    ~BestandPagina() override;

    bool isComplete() const override;
    bool validatePage() override;
    QString melding() const;

private:
    void openBestand();
    void kiesBestand();
    void bewaarSjabloon();
    void kiesProfiel();

    std::unique_ptr<Ui::BestandPagina> m_ui;
    ImportStaat& m_staat;
    QStringList m_bladen;
    std::optional<SpreadsheetProfiel> m_profiel;
    QString m_gelezen; // what the preview was read for
};

} // namespace dw
