#pragma once

#include <QDate>
#include <QWizard>

#include <memory>

namespace dw {

class Database;
class Instrument;
struct ImportStaat;
class BestandPagina;
class KolommenPagina;
class WaardenPagina;
class ControlePagina;
class OpslaanPagina;

// Bestand -> Importeren uit spreadsheet… (issue 19): a team's CSV or XLSX sheet into Draagwijzer in five steps.
// The file and a saved profile; the first rows and a field per column; the sheet's words as values; the check of
// the whole sheet, with every row that cannot be taken; and saving the mapping as a profile before the import.
// Only calls the importer and the profile store; nothing is written before the last step.
class SpreadsheetWizard : public QWizard
{
    Q_OBJECT
public:
    enum Pagina { BestandId, KolommenId, WaardenId, ControleId, OpslaanId };

    SpreadsheetWizard(Database& db, const Instrument& instrument, const QDate& today, QWidget* parent = nullptr);
    ~SpreadsheetWizard() override;

    ImportStaat& staat() const { return *m_staat; }
    BestandPagina* bestandPagina() const { return m_bestand; }
    KolommenPagina* kolommenPagina() const { return m_kolommen; }
    WaardenPagina* waardenPagina() const { return m_waarden; }
    ControlePagina* controlePagina() const { return m_controle; }
    OpslaanPagina* opslaanPagina() const { return m_opslaan; }
    // After Voltooien: what was read in, in a sentence or two.
    QString samenvatting() const;

private:
    std::unique_ptr<ImportStaat> m_staat;
    BestandPagina* m_bestand = nullptr;
    KolommenPagina* m_kolommen = nullptr;
    WaardenPagina* m_waarden = nullptr;
    ControlePagina* m_controle = nullptr;
    OpslaanPagina* m_opslaan = nullptr;
};

} // namespace dw
