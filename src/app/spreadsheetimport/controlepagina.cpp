#include "controlepagina.h"

#include "ui_controlepagina.h"

#include "common/bestandskeuze.h"
#include "importstaat.h"
#include "weigeringenmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>

namespace dw {

ControlePagina::ControlePagina(ImportStaat& staat, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ControlePagina>())
    , m_staat(staat)
    , m_model(new WeigeringenModel(this))
{
    m_ui->setupUi(this);
    m_ui->weigeringenView->setModel(m_model);
    m_ui->weigeringenView->verticalHeader()->hide();
    m_ui->weigeringenView->horizontalHeader()->setStretchLastSection(true);
    m_ui->weigeringenView->setColumnWidth(WeigeringenModel::Rij, 70);
    m_ui->weigeringenView->setColumnWidth(WeigeringenModel::Kolom, 70);
    m_ui->weigeringenView->setColumnWidth(WeigeringenModel::Ref, 130);
    connect(m_ui->controlerenButton, &QPushButton::clicked, this, &ControlePagina::controleer);
    connect(m_ui->opslaanButton, &QPushButton::clicked, this, &ControlePagina::slaWeigeringenOp);
    connect(m_ui->alleenGeldigeCheck, &QCheckBox::toggled, this, &ControlePagina::completeChanged);
    registerField(QStringLiteral("alleenGeldige"), m_ui->alleenGeldigeCheck);
}

ControlePagina::~ControlePagina() = default;

void ControlePagina::initializePage()
{
    if (!m_staat.gecontroleerd)
        controleer();
}

void ControlePagina::controleer()
{
    m_staat.gecontroleerd = false;
    m_model->setWeigeringen({});
    m_ui->alleenGeldigeCheck->setChecked(false);
    m_ui->alleenGeldigeCheck->setEnabled(false);
    m_ui->opslaanButton->setEnabled(false);
    m_ui->telling->clear();
    m_ui->melding->clear();

    // How many rows the sheet has is known only at its end: the dialog counts them.
    QProgressDialog voortgang(tr("Het blad wordt gelezen en gecontroleerd…"), tr("Annuleren"), 0, 0, this);
    voortgang.setWindowTitle(tr("Controle"));
    voortgang.setWindowModality(Qt::WindowModal);
    voortgang.setMinimumDuration(300);
    const QString naam = m_staat.basis.naam.isEmpty() ? tr("nieuwe indeling") : m_staat.basis.naam;
    const Status s = m_staat.importer.controleer(m_staat.pad, m_staat.profiel(naam), [&voortgang](int rijen) {
        voortgang.setLabelText(tr("Het blad wordt gelezen en gecontroleerd: %L1 rijen…").arg(rijen));
        voortgang.setValue(rijen);
        return !voortgang.wasCanceled();
    });
    voortgang.reset();
    if (!s.ok()) {
        m_ui->melding->setText(tr("Het blad is niet gecontroleerd: %1").arg(s.errorMessage()));
        Q_EMIT completeChanged();
        return;
    }
    m_staat.gecontroleerd = true;
    const SpreadsheetConversie& c = m_staat.importer.conversie();
    m_model->setWeigeringen(c.weigeringen());
    const int inwoners = c.inwoners(false);
    const int bestaand = c.bestaandeInwoners(false);
    QString telling = tr("%L1 rijen gelezen: %L2 inwoner(s), waarvan %L3 nieuw en %L4 al in Draagwijzer.")
                          .arg(c.rijen())
                          .arg(inwoners)
                          .arg(inwoners - bestaand)
                          .arg(bestaand);
    // A refused row makes no meetmoment, so a count of all of them is only exact when none is refused.
    if (c.weigeringen().isEmpty()) {
        telling += QLatin1Char(' ')
            + tr("Alle rijen kunnen worden ingelezen: %L1 meetmoment(en).").arg(c.meetmomenten(false));
    } else {
        const int geldig = c.inwoners(true);
        telling += QLatin1String("<br><b>")
            + tr("%L1 rij(en) kunnen niet worden ingelezen (%L2 weigering(en) hieronder).")
                  .arg(c.geweigerdeRijen().size())
                  .arg(c.weigeringen().size())
            + QLatin1String("</b> ")
            + tr("Zonder de inwoners met een geweigerde rij blijven %L1 inwoner(s) (%L2 nieuw, %L3 aangevuld) met %L4 "
                 "meetmoment(en) over. Verbeter het blad en controleer opnieuw, of kies hieronder voor alleen die "
                 "inwoners.")
                  .arg(geldig)
                  .arg(geldig - c.bestaandeInwoners(true))
                  .arg(c.bestaandeInwoners(true))
                  .arg(c.meetmomenten(true));
        m_ui->alleenGeldigeCheck->setEnabled(geldig > 0);
        m_ui->opslaanButton->setEnabled(true);
    }
    m_ui->telling->setText(telling);
    if (c.inwoners(true) == 0)
        m_ui->melding->setText(tr("Er is geen inwoner die kan worden ingelezen."));
    Q_EMIT completeChanged();
}

bool ControlePagina::isComplete() const
{
    if (!m_staat.gecontroleerd || m_staat.importer.conversie().inwoners(true) == 0)
        return false;
    return m_staat.importer.conversie().weigeringen().isEmpty() || m_ui->alleenGeldigeCheck->isChecked();
}

bool ControlePagina::alleenGeldige() const
{
    return m_ui->alleenGeldigeCheck->isChecked();
}

QString ControlePagina::telling() const
{
    return m_ui->telling->text();
}

QString ControlePagina::melding() const
{
    return m_ui->melding->text();
}

void ControlePagina::slaWeigeringenOp()
{
    const QFileInfo blad(m_staat.pad);
    const QString pad = bestandskeuze::opslaanAls(this,
        tr("Weigeringen opslaan"),
        blad.dir().filePath(blad.completeBaseName() + tr("-weigeringen.csv")),
        tr("CSV-bestanden (*.csv)"));
    if (pad.isEmpty())
        return;
    const Status s = SpreadsheetImporter::schrijfWeigeringen(pad, m_staat.importer.conversie().weigeringen());
    m_ui->melding->setText(s.ok() ? tr("De weigeringen staan in %1.").arg(QDir::toNativeSeparators(pad))
                                  : tr("De weigeringen zijn niet opgeslagen: %1").arg(s.errorMessage()));
}

} // namespace dw
