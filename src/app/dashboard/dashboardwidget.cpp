#include "dashboardwidget.h"

#include "common/bestandskeuze.h"

#include "chartpanel.h"
#include "common/noticebanner.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "dashboardcharts.h"
#include "dashboardcontroller.h"
#include "dashboardtabellen.h"
#include "reporting/cohorttext.h"
#include "ui_dashboardwidget.h"
#include "vervolgmodel.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dw {

namespace {

QLocale dutch()
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString datum(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

DashboardWidget::DashboardWidget(
    const Connector& connector, const Instrument& instrument, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWidget>())
    , m_instrument(instrument)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setLocale(dutch()); // the date edits' calendar and anything else that formats by locale
    m_controller = new DashboardController(connector, this);

    m_ui->gemeenteCombo->addItem(tr("Alle gemeenten"));
    m_ui->professionalCombo->addItem(tr("Iedereen"));
    const QDate today = m_clock.today();
    m_ui->vanEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->totEdit->setDate(today);

    // Above the tabs, so it is seen on each of them; hidden until the figures rest on too few inwoners.
    m_kleineAantallen = new NoticeBanner(QStringLiteral("kleineAantallenBanner"), NoticeBanner::Tone::Note, this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->tabWidget), m_kleineAantallen);

    // Charts left, the table with the same figures beside them.
    const auto addCharts = [this](QWidget* host, const QStringList& namen) {
        auto* layout = new QVBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const QString& naam : namen) {
            auto* panel = new ChartPanel(naam);
            connect(panel, &ChartPanel::statusMessage, this, &DashboardWidget::statusMessage);
            layout->addWidget(panel, 1);
            m_charts << panel;
        }
    };
    addCharts(
        m_ui->kwadrantenCharts, {QStringLiteral("kwadranten-inwoner"), QStringLiteral("kwadranten-professional")});
    addCharts(m_ui->gemiddeldenCharts,
        {QStringLiteral("gemiddelde-scores"), QStringLiteral("met-draagkracht"), QStringLiteral("probleemgebieden")});
    addCharts(m_ui->veranderingCharts, {QStringLiteral("verandering")});
    addCharts(m_ui->kappaCharts, {QStringLiteral("kappa")});
    // Tab order in reading order: each chart (a screen reader reads its figures), its save button, then the table
    // beside the charts.
    const auto grafiek = [this](int i) { return QList<QWidget*> {m_charts[i]->view(), m_charts[i]->saveButton()}; };
    const QList<QWidget*> volgorde = QList<QWidget*> {m_ui->tabWidget} + grafiek(0) + grafiek(1)
        + QList<QWidget*> {m_ui->kwadrantenTable} + grafiek(2) + grafiek(3) + grafiek(4)
        + QList<QWidget*> {m_ui->gemiddeldenTable} + grafiek(5) + QList<QWidget*> {m_ui->veranderingTable} + grafiek(6)
        + QList<QWidget*> {m_ui->kappaTable, m_ui->vervolgProfessionalTable, m_ui->vervolgView};
    for (qsizetype i = 1; i < volgorde.size(); ++i)
        QWidget::setTabOrder(volgorde.at(i - 1), volgorde.at(i));

    // The list comes in pages: the first with the figures, the next ones as the view scrolls near the end, each read
    // on the follow-up loader's connection. A click on a header asks the database for the whole list in that order
    // (the model cannot sort rows it has not loaded); no header chosen is the longest overdue first.
    m_vervolgModel = new VervolgModel(this);
    m_ui->vervolgView->setModel(m_vervolgModel);
    m_ui->vervolgView->verticalHeader()->hide();
    m_ui->vervolgView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->vervolgView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_vervolgModel, &VervolgModel::pageRequested, m_controller, &DashboardController::requestPage);
    connect(m_controller, &DashboardController::pageReady, m_vervolgModel, &VervolgModel::onPage);
    connect(m_controller, &DashboardController::pageFailed, m_vervolgModel, &VervolgModel::onPageFailed);
    connect(m_vervolgModel, &VervolgModel::failed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("De vervolglijst kan niet verder worden geladen: %1").arg(message));
    });
    connect(m_vervolgModel, &VervolgModel::modelReset, this, &DashboardWidget::toonVervolgAantal);
    // Widths from the header and a typical value: sizing to contents would read up to 100,000 rows.
    const QString voorbeeld[] = {QStringLiteral("ENS-000000"),
        QStringLiteral("M. van den Berg-Jansen"),
        QStringLiteral("Súdwest-Fryslân"),
        QStringLiteral("P. Haverkamp-de Vries"),
        QStringLiteral("00"),
        QStringLiteral("00-00-0000"),
        QStringLiteral("00-00-0000")};
    for (int c = 0; c < VervolgModel::ColumnCount; ++c) {
        const QString header = m_vervolgModel->headerData(c, Qt::Horizontal).toString();
        const int w = std::max(fontMetrics().horizontalAdvance(header), fontMetrics().horizontalAdvance(voorbeeld[c]));
        m_ui->vervolgView->setColumnWidth(c, w + 4 * fontMetrics().horizontalAdvance(QLatin1Char('M')) / 2);
    }
    connect(m_ui->vervolgView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT inwonerActivated(index.data(VervolgModel::RefRole).toString());
    });
    // A professional in the counts shows only their inwoners in the list; the team row shows everyone.
    connect(m_ui->vervolgProfessionalTable, &QTableWidget::currentCellChanged, this, &DashboardWidget::toonVervolgVan);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &DashboardWidget::refresh);
    for (QComboBox* combo : {m_ui->gemeenteCombo, m_ui->professionalCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardWidget::scheduleRefresh);
    connect(m_ui->vanCheck, &QCheckBox::toggled, m_ui->vanEdit, &QWidget::setEnabled);
    connect(m_ui->totCheck, &QCheckBox::toggled, m_ui->totEdit, &QWidget::setEnabled);
    for (QCheckBox* check : {m_ui->vanCheck, m_ui->totCheck, m_ui->afgeslotenCheck})
        connect(check, &QCheckBox::toggled, this, &DashboardWidget::scheduleRefresh);
    for (QDateEdit* edit : {m_ui->vanEdit, m_ui->totEdit})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardWidget::scheduleRefresh);
    connect(m_ui->vernieuwenButton, &QPushButton::clicked, this, &DashboardWidget::refresh);
    connect(m_ui->annulerenButton, &QPushButton::clicked, m_controller, &DashboardController::cancel);
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_ui->xlsxButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    auto* f5 = new QShortcut(QKeySequence::Refresh, this, this, &DashboardWidget::refresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, m_controller, &DashboardController::cancel);
    esc->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_controller, &DashboardController::choicesReady, this, &DashboardWidget::fillChoices);
    connect(m_controller, &DashboardController::toestandChanged, this, &DashboardWidget::showToestand);
    connect(m_controller, &DashboardController::cijfersChanged, this, &DashboardWidget::showCijfers);
    connect(m_controller, &DashboardController::progressChanged, this, [this](int stap, int stappen) {
        m_ui->progressBar->setRange(0, stappen);
        m_ui->progressBar->setValue(stap);
    });
    connect(m_controller, &DashboardController::exportFinished, this, &DashboardWidget::onExportFinished);
    connect(m_controller, &DashboardController::failed, this, [this](const QString& message) {
        m_ui->statusLabel->setText(tr("Mislukt: %1").arg(message));
        Q_EMIT statusMessage(tr("Teamoverzicht kan niet worden berekend: %1").arg(message));
    });
    m_ui->kopLabel->setText(tr("Nog geen cijfers."));
    showToestand();
    m_controller->requestChoices();
    refresh();
}

DashboardWidget::~DashboardWidget() = default;

DashboardVraag DashboardWidget::vraag() const
{
    DashboardVraag v;
    if (m_ui->gemeenteCombo->currentIndex() > 0)
        v.cohort.gemeente = m_ui->gemeenteCombo->currentText();
    if (m_ui->professionalCombo->currentIndex() > 0)
        v.cohort.professional = m_ui->professionalCombo->currentText();
    if (m_ui->vanCheck->isChecked())
        v.cohort.van = m_ui->vanEdit->date();
    if (m_ui->totCheck->isChecked())
        v.cohort.tot = m_ui->totEdit->date();
    v.cohort.zonderAfgesloten = !m_ui->afgeslotenCheck->isChecked();
    v.vervolg.gemeente = v.cohort.gemeente;
    v.vervolg.professional = v.cohort.professional;
    v.vervolg.peildatum = m_clock.today();
    v.vervolg.maanden = m_vervolgNaMaanden;
    v.vervolg.sort = m_vervolgModel->filter().sort; // the order the user chose stays
    v.vervolg.descending = m_vervolgModel->filter().descending;
    return v;
}

void DashboardWidget::setVervolgNaMaanden(int maanden)
{
    if (maanden == m_vervolgNaMaanden)
        return;
    m_vervolgNaMaanden = maanden;
    scheduleRefresh();
}

void DashboardWidget::setFilter(
    const QString& gemeente, const QString& professional, const QDate& van, const QDate& tot)
{
    const QSignalBlocker b1(m_ui->gemeenteCombo), b2(m_ui->professionalCombo), b3(m_ui->vanCheck), b4(m_ui->totCheck),
        b5(m_ui->vanEdit), b6(m_ui->totEdit);
    const auto select = [](QComboBox* combo, const QString& text) {
        if (text.isEmpty()) {
            combo->setCurrentIndex(0);
            return;
        }
        if (combo->findText(text) < 0)
            combo->addItem(text);
        combo->setCurrentIndex(combo->findText(text));
    };
    select(m_ui->gemeenteCombo, gemeente);
    select(m_ui->professionalCombo, professional);
    m_ui->vanCheck->setChecked(van.isValid());
    m_ui->vanEdit->setEnabled(van.isValid());
    if (van.isValid())
        m_ui->vanEdit->setDate(van);
    m_ui->totCheck->setChecked(tot.isValid());
    m_ui->totEdit->setEnabled(tot.isValid());
    if (tot.isValid())
        m_ui->totEdit->setDate(tot);
    refresh();
}

void DashboardWidget::scheduleRefresh()
{
    m_filterTimer->start();
}

void DashboardWidget::refresh()
{
    m_filterTimer->stop();
    m_controller->run(vraag());
}

void DashboardWidget::selectTab(int index)
{
    m_ui->tabWidget->setCurrentIndex(index);
}

void DashboardWidget::fillChoices(const QStringList& gemeenten, const QStringList& professionals)
{
    for (const auto& [combo, items] :
        {std::make_pair(m_ui->gemeenteCombo, gemeenten), std::make_pair(m_ui->professionalCombo, professionals)}) {
        const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        combo->addItems(items);
        if (!current.isEmpty()) {
            if (combo->findText(current) < 0)
                combo->addItem(current);
            combo->setCurrentIndex(combo->findText(current));
        }
    }
}

QString DashboardWidget::filterTekst(const DashboardVraag& v) const
{
    const CohortFilter& f = v.cohort;
    const QString gemeente = f.gemeente.isEmpty() ? tr("alle gemeenten") : tr("gemeente %1").arg(f.gemeente);
    const QString professional = f.professional.isEmpty() ? tr("alle professionals") : f.professional;
    QString periode = tr("alle meetmomenten");
    if (f.van.isValid() && f.tot.isValid())
        periode = tr("meetmomenten van %1 tot en met %2").arg(datum(f.van), datum(f.tot));
    else if (f.van.isValid())
        periode = tr("meetmomenten vanaf %1").arg(datum(f.van));
    else if (f.tot.isValid())
        periode = tr("meetmomenten tot en met %1").arg(datum(f.tot));
    // Whether closed dossiers count is said with the figures, not only in the check box (issue 15).
    const QString dossiers
        = f.zonderAfgesloten ? tr("zonder afgesloten dossiers") : tr("alle dossiers, ook afgesloten");
    return tr("%1 · %2 · %3 · %4").arg(gemeente, professional, periode, dossiers).toHtmlEscaped();
}

void DashboardWidget::showToestand()
{
    using T = DashboardController::Toestand;
    const T t = m_controller->toestand();
    const bool bezig = t == T::Bezig;
    m_ui->annulerenButton->setEnabled(bezig);
    m_ui->progressBar->setVisible(bezig);
    const bool cijfers = m_controller->heeftCijfers();
    m_ui->csvButton->setEnabled(cijfers);
    m_ui->xlsxButton->setEnabled(cijfers);
    switch (t) {
    case T::Leeg:
        m_ui->statusLabel->clear();
        break;
    case T::Bezig:
        m_ui->statusLabel->setText(tr("Bezig met berekenen…"));
        break;
    case T::Klaar:
        m_ui->statusLabel->setText(tr("Klaar."));
        break;
    case T::Geannuleerd:
        m_ui->statusLabel->setText(cijfers ? tr("Geannuleerd; de cijfers hieronder horen bij het filter ernaast.")
                                           : tr("Geannuleerd; nog geen cijfers."));
        break;
    case T::Mislukt:
        break; // the message comes with failed()
    }
}

void DashboardWidget::showCijfers()
{
    const DashboardCijfers& c = m_controller->cijfers();
    const CohortRapport& r = c.rapport;
    m_ui->kopLabel->setText(tr("Cijfers voor <b>%1</b> (berekend in %2 s)")
                                .arg(filterTekst(c.vraag), dutch().toString(c.ms / 1000.0, 'f', 2)));
    m_charts[0]->setChart(dashboardcharts::kwadranten(r.inwoner, Perspectief::Inwoner, m_instrument));
    m_charts[1]->setChart(dashboardcharts::kwadranten(r.professional, Perspectief::Professional, m_instrument));
    m_charts[2]->setChart(dashboardcharts::scores(r));
    m_charts[3]->setChart(dashboardcharts::metDraagkracht(r));
    m_charts[4]->setChart(dashboardcharts::probleemgebieden(r));
    m_charts[5]->setChart(dashboardcharts::verandering(r));
    m_charts[6]->setChart(dashboardcharts::kappa(r));
    dashboardtabellen::kwadranten(m_ui->kwadrantenTable, r, m_instrument);
    dashboardtabellen::gemiddelden(m_ui->gemiddeldenTable, r);
    dashboardtabellen::verandering(m_ui->veranderingTable, r);
    dashboardtabellen::kappa(m_ui->kappaTable, r);
    m_vervolgModel->setLijst(c.vraag.vervolg, c.vervolg.team.vervolgNodig, c.vervolg.inwoners);
    {
        // The counts anew, with no professional chosen: the list above is the team's.
        const QSignalBlocker stil(m_ui->vervolgProfessionalTable);
        dashboardtabellen::vervolgPerProfessional(m_ui->vervolgProfessionalTable, c.vervolg);
    }
    toonSortering();
    toonKleineAantallen(r);
    const int maanden = c.vraag.vervolg.maanden;
    m_ui->vervolgUitleg->setText(
        tr("Een vervolgmeting is nodig %1 na het laatste meetmoment (Bewerken → Instellingen); peildatum %2. "
           "Inwoners zonder meetmoment hebben eerst een nulmeting nodig en staan hier niet. Kies een professional "
           "om alleen diens inwoners te zien, of een kolomkop om de hele lijst daarop te sorteren; Enter opent het "
           "dossier.")
            .arg(maanden == 1 ? tr("1 maand") : tr("%1 maanden").arg(maanden), datum(c.vraag.vervolg.peildatum)));
    toonVervolgAantal();
    showToestand();
}

void DashboardWidget::toonVervolgVan(int row)
{
    const DashboardCijfers& c = m_controller->cijfers();
    VervolgFilter f = c.vraag.vervolg;
    f.sort = m_vervolgModel->filter().sort;
    f.descending = m_vervolgModel->filter().descending;
    int totaal = c.vervolg.team.vervolgNodig;
    const auto& per = c.vervolg.perProfessional;
    if (row >= 0 && row < per.size()) { // the last row is the team
        f.professional = per.at(row).professional;
        f.zonderProfessional = per.at(row).professional.isEmpty();
        totaal = per.at(row).vervolgNodig;
    }
    if (f != m_vervolgModel->filter())
        m_vervolgModel->laadLijst(f, totaal);
}

void DashboardWidget::toonVervolgAantal()
{
    if (!m_controller->heeftCijfers())
        return;
    const VervolgOverzicht& v = m_controller->cijfers().vervolg;
    const VervolgFilter& f = m_vervolgModel->filter();
    const QString aantal = dutch().toString(m_vervolgModel->totaal());
    if (f.zonderProfessional)
        m_ui->vervolgAantalLabel->setText(
            tr("Zonder professional: %1 inwoners toe aan een vervolgmeting.").arg(aantal));
    else if (f.professional != v.filter.professional)
        m_ui->vervolgAantalLabel->setText(
            tr("%1: %2 inwoners toe aan een vervolgmeting.").arg(f.professional.toHtmlEscaped(), aantal));
    else
        m_ui->vervolgAantalLabel->setText(tr("%1 inwoners toe aan een vervolgmeting, van %2 met een meetmoment.")
                                              .arg(aantal, dutch().toString(v.team.metMeetmoment)));
}

void DashboardWidget::toonSortering()
{
    // The header shows the order of the list as it came; a click during the run may have asked for another.
    QHeaderView* header = m_ui->vervolgView->horizontalHeader();
    const VervolgFilter& f = m_vervolgModel->filter();
    const int section = header->sortIndicatorSection();
    const bool zelfde = section >= 0 && section < VervolgModel::ColumnCount
        ? VervolgModel::sortFor(section) == f.sort
            && (header->sortIndicatorOrder() == Qt::DescendingOrder) == f.descending
        : f.sort == VervolgFilter::Sort::VervolgOp && !f.descending;
    if (zelfde)
        return;
    const bool standaard = f.sort == VervolgFilter::Sort::VervolgOp && !f.descending;
    header->setSortIndicator(
        standaard ? -1 : VervolgModel::columnFor(f.sort), f.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void DashboardWidget::toonKleineAantallen(const CohortRapport& r)
{
    const QVector<KleineGroep> klein = kleineGroepen(r);
    m_kleineAantallen->setVisible(!klein.isEmpty());
    if (klein.isEmpty())
        return;
    QStringList waar;
    for (const KleineGroep& g : klein)
        waar << tr("meetmoment %1 (%2, %3)")
                    .arg(g.meetmoment)
                    .arg(g.perspectief == Perspectief::Inwoner ? tr("inwoner") : tr("professional"), nTekst(g.n));
    const QString lijst = waar.size() == 1
        ? waar.constFirst()
        : tr("%1 en %2").arg(waar.mid(0, waar.size() - 1).join(QStringLiteral(", ")), waar.constLast());
    m_kleineAantallen->setText(tr("<b>Let op:</b> minder dan %1 inwoners bij %2; percentages zeggen dan weinig.")
                                   .arg(minimumNVoorPercentages)
                                   .arg(lijst.toHtmlEscaped()));
}

Status DashboardWidget::exportCsv(const QString& path)
{
    return m_controller->exporteer(path, false);
}

Status DashboardWidget::exportXlsx(const QString& path)
{
    return m_controller->exporteer(path, true);
}

void DashboardWidget::exportAs(bool xlsx)
{
    const QString path = bestandskeuze::opslaanAls(this,
        xlsx ? tr("Exporteren als Excel") : tr("Exporteren als CSV"),
        xlsx ? QStringLiteral("teamoverzicht.xlsx") : QStringLiteral("teamoverzicht.csv"),
        xlsx ? tr("Excel-werkmap (*.xlsx)") : tr("CSV, puntkomma's (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = xlsx ? exportXlsx(path) : exportCsv(path);
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Export mislukt"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Teamoverzicht wordt geëxporteerd naar %1…").arg(QDir::toNativeSeparators(path)));
}

void DashboardWidget::onExportFinished(const QString& path, const QString& error)
{
    if (!error.isEmpty()) {
        if (isVisible())
            QMessageBox::warning(this, tr("Export mislukt"), error);
        Q_EMIT statusMessage(tr("Export naar %1 mislukt: %2").arg(QDir::toNativeSeparators(path), error));
    } else {
        Q_EMIT statusMessage(tr("Teamoverzicht geëxporteerd naar %1.").arg(QDir::toNativeSeparators(path)));
    }
    Q_EMIT exportFinished(path, error);
}

} // namespace dw
