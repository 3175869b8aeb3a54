#pragma once

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class WaardenPagina;
}

namespace dw {

struct ImportStaat;

// Step 3 of the spreadsheet wizard: the value lists, word by word. The ready-made ones ("eens", "kruisje") and the
// words of the preview's value columns that no reading knows yet; a column with such words and no list gets a list
// of its own ("eigen", "eigen draaglast"). Every word found needs a value (1-5 for items, 0-2 for draaglast, or no
// answer / n.v.t.) before the sheet is checked.
class WaardenPagina : public QWizardPage
{
    Q_OBJECT
public:
    explicit WaardenPagina(ImportStaat& staat, QWidget* parent = nullptr);
    ~WaardenPagina() override;

    void initializePage() override;
    bool isComplete() const override;

    QString lijst() const; // the list shown
    void kiesLijst(const QString& naam);
    void kiesWoord(const QString& woord);
    // The value of the chosen word: a number, or empty for no answer / n.v.t.
    void zetWaarde(std::optional<int> waarde);
    QString melding() const;

private:
    void vindWoorden();
    void toonLijst();
    void toonWoord();
    void waardeGekozen();
    void voegToe();
    void verwijder();
    QString gekozenWoord() const;
    void bijwerken();

    std::unique_ptr<Ui::WaardenPagina> m_ui;
    ImportStaat& m_staat;
    bool m_tonen = false;
};

} // namespace dw
