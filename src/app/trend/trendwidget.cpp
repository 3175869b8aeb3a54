#include "trendwidget.h"

#include "common/bestandskeuze.h"

#include "core/instrument.h"
#include "document/dossierdocument.h"
#include "draaglasttrendmodel.h"
#include "trend/chartexport.h"
#include "weergave/charttekst.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace dw {

namespace {

int viewIndex(TrendGrafiek g)
{
    return static_cast<int>(g); // Competenties .. KwadrantPad are 0..3
}

QChart* createChart(const Trend& trend, TrendGrafiek grafiek, const Instrument& instrument)
{
    switch (grafiek) {
    case TrendGrafiek::Competenties:
        return createTrendChart(trend, Trend::Maat::Competenties, instrument);
    case TrendGrafiek::SociaalKapitaal:
        return createTrendChart(trend, Trend::Maat::SociaalKapitaal, instrument);
    case TrendGrafiek::Probleemgebieden:
        return createTrendChart(trend, Trend::Maat::Probleemgebieden, instrument);
    case TrendGrafiek::KwadrantPad:
    case TrendGrafiek::Draaglast:
        break;
    }
    return createKwadrantChart(trend, instrument);
}

QTableView* makeDraaglastTable(DraaglastTrendModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab moves on, the arrows move between cells (docs/toegankelijkheid.md)
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setShowGrid(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(56);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setMinimumSectionSize(22);
    return view;
}

QString draaglastLegenda(const Instrument& instrument, bool scherm)
{
    QString html;
    for (const SchaalLabel& niveau : instrument.draaglastNiveaus()) {
        const QColor c = DraaglastTrendModel::niveauKleur(niveau.waarde);
        html += QCoreApplication::translate("dw::TrendWidget",
            "<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>&nbsp;%4&nbsp;&nbsp;&nbsp; ")
                    .arg(c.name(), niveau.waarde == 2 ? QStringLiteral("#ffffff") : QStringLiteral("#000000"))
                    .arg(niveau.waarde)
                    .arg(niveau.label.toHtmlEscaped());
    }
    html += scherm
        ? QCoreApplication::translate("dw::TrendWidget",
            "Zonder kleur: n.v.t., – niet gemeten, leeg niet beoordeeld (de tooltip zegt het per vak).")
        : QCoreApplication::translate("dw::TrendWidget", "Zonder kleur: n.v.t., – niet gemeten, leeg niet beoordeeld.");
    return html;
}

} // namespace

TrendWidget::TrendWidget(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_saveButton(new QToolButton(this))
    , m_draaglastModel(new DraaglastTrendModel(document->instrument(), this))
    , m_perspectiefCombo(new QComboBox(this))
{
    const Instrument& instrument = m_doc->instrument();
    auto* top = new QHBoxLayout;
    m_hintLabel->setWordWrap(true);
    top->addWidget(m_hintLabel, 1);
    m_saveButton->setText(tr("Grafiek &opslaan…"));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_saveButton);
    for (TrendGrafiek g : alleTrendGrafieken)
        menu->addAction(tr("%1…").arg(trendGrafiekTitel(g, instrument)), this, [this, g] { saveGrafiekAs(g); });
    m_saveButton->setMenu(menu);
    top->addWidget(m_saveButton);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("<h3>Nog geen meetmomenten</h3><p>Zodra de nulmeting is vastgelegd (tabblad "
                             "<b>Meetmomenten</b>, <b>Nieuw meetmoment</b>, Ctrl+M), ziet u hier het verloop.</p>"));
    m_stack->addWidget(m_emptyLabel);

    auto* charts = new QWidget;
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(makeChartView(TrendGrafiek::Competenties), 0, 0);
    grid->addWidget(makeChartView(TrendGrafiek::SociaalKapitaal), 0, 1);
    grid->addWidget(makeChartView(TrendGrafiek::Probleemgebieden), 1, 0);
    grid->addWidget(makeChartView(TrendGrafiek::KwadrantPad), 1, 1);

    auto* draaglast = new QWidget;
    auto* dl = new QVBoxLayout(draaglast);
    dl->setContentsMargins(4, 4, 4, 4);
    auto* dlTop = new QHBoxLayout;
    dlTop->addWidget(
        new QLabel(tr("<b>%1</b>").arg(trendGrafiekTitel(TrendGrafiek::Draaglast, instrument).toHtmlEscaped())), 1);
    auto* perspectiefLabel = new QLabel(tr("Pe&rspectief:"));
    perspectiefLabel->setBuddy(m_perspectiefCombo);
    dlTop->addWidget(perspectiefLabel);
    m_perspectiefCombo->addItem(tr("Inwoner en professional"));
    m_perspectiefCombo->addItem(perspectiefNaam(Perspectief::Inwoner));
    m_perspectiefCombo->addItem(perspectiefNaam(Perspectief::Professional));
    dlTop->addWidget(m_perspectiefCombo);
    dl->addLayout(dlTop);
    m_draaglastView = makeDraaglastTable(m_draaglastModel, draaglast);
    m_draaglastView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* saveDraaglast = new QAction(tr("Grafiek opslaan…"), m_draaglastView);
    connect(saveDraaglast, &QAction::triggered, this, [this] { saveGrafiekAs(TrendGrafiek::Draaglast); });
    m_draaglastView->addAction(saveDraaglast);
    dl->addWidget(m_draaglastView, 1);
    auto* legenda = new QLabel(draaglastLegenda(instrument, true));
    legenda->setWordWrap(true);
    dl->addWidget(legenda);
    draaglast->setMinimumHeight(300);
    grid->addWidget(draaglast, 2, 0, 1, 2);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, 1);

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Trends: grafieken van draagkracht en draaglast"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_perspectiefCombo, &QComboBox::currentIndexChanged, this, &TrendWidget::showDraaglastPerspectief);
    connect(m_doc, &DossierDocument::changed, this, &TrendWidget::refresh);
    refresh();
}

TrendWidget::~TrendWidget() = default;

QChartView* TrendWidget::makeChartView(TrendGrafiek grafiek)
{
    auto* view = new QChartView;
    view->setAccessibleName(trendGrafiekTitel(grafiek, m_doc->instrument())); // until its chart is shown
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 300);
    maakGrafiekBereikbaar(view);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* save = new QAction(tr("Grafiek opslaan…"), view);
    connect(save, &QAction::triggered, this, [this, grafiek] { saveGrafiekAs(grafiek); });
    view->addAction(save);
    m_views[viewIndex(grafiek)] = view;
    return view;
}

void TrendWidget::refresh()
{
    m_trend = Trend::build(m_doc->instrument(), m_doc->dossier());
    const bool leeg = m_trend.isLeeg();
    m_stack->setCurrentIndex(leeg ? 0 : 1);
    m_hintLabel->setText(m_trend.meetmomenten.size() == 1
            ? tr("Het verloop van draagkracht en draaglast over de meetmomenten, volgens de inwoner en volgens de "
                 "professional. Er is nog één meetmoment: een lijn verschijnt na de eerste vervolgmeting.")
            : tr("Het verloop van draagkracht en draaglast over de meetmomenten, volgens de inwoner en volgens de "
                 "professional. Rechtsklik op een grafiek om hem op te slaan."));
    m_saveButton->setEnabled(!leeg);
    for (TrendGrafiek g : alleTrendGrafieken) {
        if (g == TrendGrafiek::Draaglast)
            continue;
        QChartView* view = m_views[viewIndex(g)];
        toonGrafiek(view, createChart(m_trend, g, m_doc->instrument()));
    }
    m_draaglastModel->setTrend(m_trend);
}

void TrendWidget::showDraaglastPerspectief()
{
    switch (m_perspectiefCombo->currentIndex()) {
    case 1:
        m_draaglastModel->setPerspectieven({Perspectief::Inwoner});
        break;
    case 2:
        m_draaglastModel->setPerspectieven({Perspectief::Professional});
        break;
    default:
        m_draaglastModel->setPerspectieven({Perspectief::Inwoner, Perspectief::Professional});
        break;
    }
}

QString TrendWidget::hint() const
{
    return m_hintLabel->text();
}

bool TrendWidget::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QChartView* TrendWidget::chartView(TrendGrafiek grafiek) const
{
    return grafiek == TrendGrafiek::Draaglast ? nullptr : m_views[viewIndex(grafiek)];
}

QSize TrendWidget::exportSize(TrendGrafiek grafiek) const
{
    if (grafiek == TrendGrafiek::KwadrantPad)
        return {800, 720};
    if (grafiek == TrendGrafiek::Draaglast) {
        const int columns = m_draaglastModel->columnCount();
        return {qMax(760, 280 + columns * 80), 420};
    }
    return {900, 560};
}

QWidget* TrendWidget::makeExportWidget(TrendGrafiek grafiek) const
{
    if (grafiek != TrendGrafiek::Draaglast) {
        QChart* chart = createChart(m_trend, grafiek, m_doc->instrument());
        chart->layout()->setContentsMargins(8, 8, 8, 8);
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setBackgroundBrush(Qt::white);
        return view;
    }
    auto* panel = new QWidget;
    panel->setAutoFillBackground(true);
    QPalette pal = panel->palette();
    pal.setColor(QPalette::Window, Qt::white);
    panel->setPalette(pal);
    auto* layout = new QVBoxLayout(panel);
    auto* title = new QLabel(tr("<b>%1</b> — %2 (%3)")
                                 .arg(trendGrafiekTitel(grafiek, m_doc->instrument()).toHtmlEscaped(),
                                     m_trend.ref.toHtmlEscaped(),
                                     m_perspectiefCombo->currentText().toHtmlEscaped()));
    layout->addWidget(title);
    layout->addWidget(makeDraaglastTable(m_draaglastModel, panel), 1);
    auto* legenda = new QLabel(draaglastLegenda(m_doc->instrument(), false));
    legenda->setWordWrap(true);
    layout->addWidget(legenda);
    return panel;
}

Status TrendWidget::saveGrafiek(TrendGrafiek grafiek, const QString& path) const
{
    if (m_trend.isLeeg())
        return Error::badInput(tr("Er is nog niets om op te slaan: dit dossier heeft nog geen meetmomenten."));
    std::unique_ptr<QWidget> widget(makeExportWidget(grafiek));
    return saveWidgetImage(widget.get(),
        exportSize(grafiek),
        path,
        tr("%1 — %2").arg(trendGrafiekTitel(grafiek, m_doc->instrument()), m_trend.ref));
}

QString TrendWidget::defaultFileName(TrendGrafiek grafiek, const QString& suffix) const
{
    QString ref = m_trend.ref;
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2.%3").arg(ref, trendGrafiekBestandsnaam(grafiek), suffix);
}

void TrendWidget::saveGrafiekAs(TrendGrafiek grafiek)
{
    const QString png = tr("PNG-afbeelding (*.png)");
    const QString svg = tr("SVG-tekening (*.svg)");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString filter = png;
    QString path = bestandskeuze::opslaanAls(this,
        tr("Grafiek opslaan — %1").arg(trendGrafiekTitel(grafiek, m_doc->instrument())),
        QDir(folder).filePath(defaultFileName(grafiek)),
        tr("%1;;%2").arg(png, svg),
        &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const Status s = saveGrafiek(grafiek, path);
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Grafiek niet opgeslagen"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Grafiek opgeslagen in %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace dw
