#include "opslaanpagina.h"

#include "ui_opslaanpagina.h"

#include "importstaat.h"
#include "storage/spreadsheetopslag.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace dw {

OpslaanPagina::OpslaanPagina(ImportStaat& staat, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::OpslaanPagina>())
    , m_staat(staat)
{
    m_ui->setupUi(this);
    connect(m_ui->bewarenCheck, &QCheckBox::toggled, m_ui->naamEdit, &QWidget::setEnabled);
    setFinalPage(true);
}

OpslaanPagina::~OpslaanPagina() = default;

void OpslaanPagina::initializePage()
{
    const SpreadsheetConversie& c = m_staat.importer.conversie();
    const bool alleenGeldige = field(QStringLiteral("alleenGeldige")).toBool();
    const int inwoners = c.inwoners(alleenGeldige);
    const int bestaand = c.bestaandeInwoners(alleenGeldige);
    QString tekst = tr("Klaar om in te lezen: %L1 inwoner(s), waarvan %L2 nieuw en %L3 aangevuld, met %L4 "
                       "meetmoment(en).")
                        .arg(inwoners)
                        .arg(inwoners - bestaand)
                        .arg(bestaand)
                        .arg(c.meetmomenten(alleenGeldige));
    if (alleenGeldige && !c.weigeringen().isEmpty())
        tekst += QLatin1Char(' ')
            + tr("De %L1 geweigerde rij(en) en de andere rijen van hun inwoners worden overgeslagen.")
                  .arg(c.geweigerdeRijen().size());
    m_ui->samenvatting->setText(tekst);

    // A new or changed mapping is worth keeping; an unchanged one is already kept.
    const QString naam = m_staat.basis.naam;
    const bool eigen = !naam.isEmpty() && naam != SpreadsheetProfiel::sjabloonNaam();
    const bool gewijzigd = naam.isEmpty() || m_staat.profiel(naam).toJson() != m_staat.basisJson;
    m_ui->naamEdit->setText(eigen ? naam : QFileInfo(m_staat.pad).completeBaseName());
    m_ui->bewarenCheck->setChecked(gewijzigd);
    m_ui->naamEdit->setEnabled(gewijzigd);
    m_ui->melding->clear();
}

bool OpslaanPagina::bewaarProfiel()
{
    const QString naam = m_ui->naamEdit->text().simplified();
    if (naam.isEmpty()) {
        m_ui->melding->setText(tr("Geef het profiel een naam, of zet het vinkje bij \"bewaren\" uit."));
        return false;
    }
    if (naam == SpreadsheetProfiel::sjabloonNaam()) {
        m_ui->melding->setText(
            tr("\"%1\" is het ingebouwde profiel van het sjabloon; kies een andere naam.").arg(naam));
        return false;
    }
    const Status s = spreadsheetopslag::bewaarProfiel(m_staat.db, naam, m_staat.profiel(naam).toJson());
    if (!s.ok()) {
        m_ui->melding->setText(tr("Het profiel is niet bewaard, en er is niets ingelezen: %1").arg(s.errorMessage()));
        return false;
    }
    return true;
}

bool OpslaanPagina::validatePage()
{
    if (m_ui->bewarenCheck->isChecked() && !bewaarProfiel())
        return false;
    const bool alleenGeldige = field(QStringLiteral("alleenGeldige")).toBool();
    QProgressDialog voortgang(tr("De inwoners worden ingelezen…"),
        tr("Annuleren"),
        0,
        m_staat.importer.conversie().inwoners(alleenGeldige),
        this);
    voortgang.setWindowTitle(tr("Inlezen"));
    voortgang.setWindowModality(Qt::WindowModal);
    voortgang.setMinimumDuration(300);
    const auto resultaat = m_staat.importer.importeer(alleenGeldige, [&voortgang](int inwoners) {
        voortgang.setValue(inwoners);
        return !voortgang.wasCanceled();
    });
    voortgang.reset();
    if (!resultaat.ok()) {
        m_ui->melding->setText(tr("Er is niets ingelezen: %1").arg(resultaat.errorMessage()));
        return false;
    }
    m_staat.resultaat = *resultaat;
    return true;
}

QString OpslaanPagina::samenvatting() const
{
    return m_ui->samenvatting->text();
}

QString OpslaanPagina::melding() const
{
    return m_ui->melding->text();
}

} // namespace dw
