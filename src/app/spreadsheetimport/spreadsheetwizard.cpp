#include "spreadsheetwizard.h"

#include "bestandpagina.h"
#include "controlepagina.h"
#include "importstaat.h"
#include "kolommenpagina.h"
#include "opslaanpagina.h"
#include "waardenpagina.h"

#include <QFileInfo>

namespace dw {

SpreadsheetWizard::SpreadsheetWizard(Database& db, const Instrument& instrument, const QDate& today, QWidget* parent)
    : QWizard(parent)
    , m_staat(std::make_unique<ImportStaat>(db, instrument, today))
{
    setObjectName(QStringLiteral("SpreadsheetWizard"));
    setWindowTitle(tr("Importeren uit spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Dutch whatever translation is loaded, with Alt letters that no page uses.
    setButtonText(QWizard::BackButton, tr("< &Terug"));
    setButtonText(QWizard::NextButton, tr("&Volgende >"));
    setButtonText(QWizard::FinishButton, tr("&Inlezen"));
    setButtonText(QWizard::CancelButton, tr("Annuleren"));
    m_bestand = new BestandPagina(*m_staat);
    m_kolommen = new KolommenPagina(*m_staat);
    m_waarden = new WaardenPagina(*m_staat);
    m_controle = new ControlePagina(*m_staat);
    m_opslaan = new OpslaanPagina(*m_staat);
    setPage(BestandId, m_bestand);
    setPage(KolommenId, m_kolommen);
    setPage(WaardenId, m_waarden);
    setPage(ControleId, m_controle);
    setPage(OpslaanId, m_opslaan);
    setStartId(BestandId);
    resize(1100, 760);
}

SpreadsheetWizard::~SpreadsheetWizard() = default;

QString SpreadsheetWizard::samenvatting() const
{
    if (!m_staat->resultaat)
        return tr("Er is niets ingelezen.");
    const SpreadsheetImporter::Resultaat& r = *m_staat->resultaat;
    QString tekst = tr("Uit %1 ingelezen: %2 nieuwe inwoner(s), %3 bestaande inwoner(s) aangevuld, %4 meetmoment(en).")
                        .arg(QFileInfo(m_staat->pad).fileName())
                        .arg(r.nieuweInwoners)
                        .arg(r.aangevuldeInwoners)
                        .arg(r.meetmomenten);
    const qsizetype geweigerd = m_staat->importer.conversie().geweigerdeRijen().size();
    if (geweigerd > 0)
        tekst += QLatin1Char(' ')
            + tr("%1 rij(en) zijn niet ingelezen; hun inwoners staan niet in Draagwijzer.").arg(geweigerd);
    return tekst;
}

} // namespace dw
