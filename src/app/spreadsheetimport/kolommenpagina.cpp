#include "kolommenpagina.h"

#include "ui_kolommenpagina.h"

#include "importstaat.h"
#include "voorbeeldmodel.h"

#include <QHeaderView>

namespace dw {

namespace {

constexpr int maxKolomBreedte = 240;

QString escapeAmpersands(QString tekst)
{
    return tekst.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

KolommenPagina::KolommenPagina(ImportStaat& staat, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::KolommenPagina>())
    , m_staat(staat)
    , m_model(new VoorbeeldModel(staat, this))
{
    m_ui->setupUi(this);
    m_ui->voorbeeldView->setModel(m_model);
    m_ui->voorbeeldView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->voorbeeldView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Every field a column can hold, in the order of the dossier: the inwoner, the meetmoment, Tabel 1 and 2,
    // the draaglast per levensgebied.
    const Instrument& ins = m_staat.instrument;
    QStringList codes {QStringLiteral("negeren")};
    for (const char* c : {"ref",
             "naam",
             "geboortedatum",
             "gemeente",
             "professional",
             "contact",
             "bsn",
             "straat",
             "huisnummer",
             "postcode",
             "woonplaats",
             "telefoon",
             "email",
             "datum",
             "perspectief"})
        codes << QLatin1String(c);
    for (Perspectief p : allePerspectieven) {
        for (const InstrumentItem& item : ins.perspectief(p).items)
            codes << item.code;
    }
    for (const LevensgebiedDefinitie& g : ins.levensgebieden())
        codes << QStringLiteral("draaglast.") + g.code;
    for (const QString& code : std::as_const(codes)) {
        const SpreadsheetVeld veld = *SpreadsheetVeld::fromCode(code, ins);
        QString label = veld.label(ins);
        if (const InstrumentItem* item = ins.item(code)) {
            const QString tekst = item->tekst.size() > 60 ? item->tekst.left(58) + QStringLiteral("…") : item->tekst;
            label += QStringLiteral(": ") + tekst;
        }
        m_ui->veldCombo->addItem(label, code);
    }
    m_ui->veldCombo->setMaxVisibleItems(20);

    connect(
        m_ui->voorbeeldView->selectionModel(), &QItemSelectionModel::currentChanged, this, &KolommenPagina::toonKolom);
    connect(m_ui->veldCombo, &QComboBox::currentIndexChanged, this, &KolommenPagina::veldGekozen);
    connect(m_ui->meetmomentSpin, &QSpinBox::valueChanged, this, &KolommenPagina::meetmomentGekozen);
    connect(m_ui->waardenCombo, &QComboBox::currentIndexChanged, this, &KolommenPagina::lijstGekozen);
}

KolommenPagina::~KolommenPagina() = default;

void KolommenPagina::initializePage()
{
    const int vorige = std::max(kolom(), 0);
    m_tonen = true;
    m_ui->waardenCombo->clear();
    m_ui->waardenCombo->addItem(tr("Getallen en de woorden van de schaal"), QString());
    for (auto it = m_staat.lijsten.cbegin(); it != m_staat.lijsten.cend(); ++it)
        m_ui->waardenCombo->addItem(it.key(), it.key());
    m_tonen = false;
    m_model->herlaad();
    QTableView* view = m_ui->voorbeeldView;
    view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), maxKolomBreedte));
    m_ui->kolomForm->setRowVisible(
        m_ui->meetmomentSpin, m_staat.basis.indeling == SpreadsheetProfiel::Indeling::PerInwoner);
    kiesKolom(std::min(vorige, m_model->columnCount() - 1));
    wijziging();
}

int KolommenPagina::kolom() const
{
    const QModelIndex i = m_ui->voorbeeldView->currentIndex();
    return i.isValid() ? i.column() : -1;
}

void KolommenPagina::kiesKolom(int kolom)
{
    if (kolom < 0 || kolom >= m_model->columnCount()) {
        toonKolom();
        return;
    }
    // A sheet with a header row only still has columns to choose: the header is the way in then.
    const QModelIndex i = m_model->index(0, kolom);
    if (i.isValid())
        m_ui->voorbeeldView->setCurrentIndex(i);
    else
        toonKolom();
    m_ui->voorbeeldView->scrollTo(i);
}

void KolommenPagina::toonKolom()
{
    const int k = kolom();
    m_ui->kolomGroep->setEnabled(k >= 0);
    if (k < 0) {
        m_ui->kolomGroep->setTitle(tr("Kolom"));
        return;
    }
    m_tonen = true;
    const SpreadsheetKeuze& keuze = m_staat.keuzes.at(k);
    m_ui->kolomGroep->setTitle(tr("Kolom %1").arg(escapeAmpersands(m_staat.kolomNaam(k))));
    m_ui->veldCombo->setCurrentIndex(m_ui->veldCombo->findData(keuze.veld.toCode()));
    m_ui->meetmomentSpin->setValue(keuze.meetmoment);
    m_ui->meetmomentSpin->setEnabled(
        keuze.veld.soort != SpreadsheetVeldSoort::Negeren && keuze.veld.soort != SpreadsheetVeldSoort::Inwoner);
    m_ui->waardenCombo->setCurrentIndex(std::max(0, m_ui->waardenCombo->findData(keuze.waarden)));
    m_ui->waardenCombo->setEnabled(keuze.isWaarde());
    m_tonen = false;
}

void KolommenPagina::veldGekozen()
{
    const int k = kolom();
    if (m_tonen || k < 0)
        return;
    SpreadsheetKeuze& keuze = m_staat.keuzes[k];
    const bool wasWaarde = keuze.isWaarde();
    keuze.veld = *SpreadsheetVeld::fromCode(m_ui->veldCombo->currentData().toString(), m_staat.instrument);
    if (!keuze.isWaarde())
        keuze.waarden.clear();
    else if (!wasWaarde) // a new value column: the list that reads its cells best
        keuze.waarden = spreadsheetkoppeling::lijstVoor(m_staat.cellen(k), keuze, m_staat.lijsten, m_staat.instrument);
    toonKolom();
    m_model->keuzeGewijzigd(k);
    wijziging();
}

void KolommenPagina::meetmomentGekozen()
{
    const int k = kolom();
    if (m_tonen || k < 0)
        return;
    m_staat.keuzes[k].meetmoment = m_ui->meetmomentSpin->value();
    m_model->keuzeGewijzigd(k);
    wijziging();
}

void KolommenPagina::lijstGekozen()
{
    const int k = kolom();
    if (m_tonen || k < 0 || !m_staat.keuzes.at(k).isWaarde())
        return;
    m_staat.keuzes[k].waarden = m_ui->waardenCombo->currentData().toString();
    wijziging();
}

void KolommenPagina::wijziging()
{
    m_staat.gecontroleerd = false;
    QStringList problemen;
    for (const auto& [eerder, later] : spreadsheetkoppeling::dubbel(m_staat.keuzes))
        problemen << tr("Kolom %1 en kolom %2 zijn allebei \"%3\"; kies voor één van beide iets anders.")
                         .arg(m_staat.kolomNaam(eerder),
                             m_staat.kolomNaam(later),
                             m_staat.keuzes.at(later).veld.label(m_staat.instrument));
    const QString profielProbleem = m_staat.profiel(QStringLiteral("-")).probleem();
    if (!profielProbleem.isEmpty())
        problemen << profielProbleem.left(1).toUpper() + profielProbleem.mid(1) + QLatin1Char('.');
    m_probleem = problemen.join(QLatin1Char('\n'));

    int ingelezen = 0;
    int waarden = 0;
    for (const SpreadsheetKeuze& k : std::as_const(m_staat.keuzes)) {
        ingelezen += k.veld.soort != SpreadsheetVeldSoort::Negeren;
        waarden += k.isWaarde();
    }
    QString overzicht = tr("%1 van de %2 kolommen worden ingelezen, waarvan %3 met antwoorden.")
                            .arg(ingelezen)
                            .arg(m_staat.keuzes.size())
                            .arg(waarden);
    if (!m_staat.ontbrekend.isEmpty())
        overzicht += QLatin1Char(' ')
            + tr("Het profiel noemt kolommen die dit blad niet heeft: %1.")
                  .arg(m_staat.ontbrekend.join(QStringLiteral(", ")));
    m_ui->overzicht->setText(overzicht);
    m_ui->melding->setText(m_probleem);
    Q_EMIT completeChanged();
}

bool KolommenPagina::isComplete() const
{
    return m_probleem.isEmpty() && !m_staat.keuzes.isEmpty();
}

QString KolommenPagina::overzicht() const
{
    return m_ui->overzicht->text();
}

QString KolommenPagina::melding() const
{
    return m_ui->melding->text();
}

} // namespace dw
