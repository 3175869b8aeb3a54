#pragma once

#include "core/result.h"
#include "core/trend.h"
#include "trendcharts.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace dw {

class DossierDocument;
class DraaglastTrendModel;

// The Trends tab of a dossier: the inwoner's persoonlijke competenties, sociaal kapitaal and aantal
// probleemgebieden over the meetmomenten, the path through the quadrants, and the draaglast per levensgebied as a
// heat map, each from both perspectives; every figure can be saved as PNG or SVG. Redrawn on every change of the
// document (also undo/redo). The figures come from core (Trend); this widget only draws them.
class TrendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TrendWidget(DossierDocument* document, QWidget* parent = nullptr);
    ~TrendWidget() override;

    const Trend& trend() const { return m_trend; }
    bool showsEmptyState() const; // "Nog geen meetmomenten"
    QChartView* chartView(TrendGrafiek grafiek) const; // nullptr for the heat map
    QTableView* draaglastView() const { return m_draaglastView; }
    DraaglastTrendModel* draaglastModel() const { return m_draaglastModel; }
    QComboBox* draaglastPerspectiefCombo() const { return m_perspectiefCombo; }
    QString hint() const; // the line above the charts

    // Writes the figure as PNG or SVG (by the file's suffix), at exportSize(), drawn afresh so that the file does
    // not depend on the size of the window.
    Status saveGrafiek(TrendGrafiek grafiek, const QString& path) const;
    QSize exportSize(TrendGrafiek grafiek) const;
    // "ENS-000001-competenties.png"
    QString defaultFileName(TrendGrafiek grafiek, const QString& suffix = QStringLiteral("png")) const;
    // Asks for a file name (QFileDialog) and saves; reports an error in a message box.
    void saveGrafiekAs(TrendGrafiek grafiek);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();
    void showDraaglastPerspectief();
    QChartView* makeChartView(TrendGrafiek grafiek);
    QWidget* makeExportWidget(TrendGrafiek grafiek) const;

    DossierDocument* m_doc;
    Trend m_trend;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_hintLabel;
    QToolButton* m_saveButton;
    QChartView* m_views[4] = {}; // Competenties, SociaalKapitaal, Probleemgebieden, KwadrantPad
    QTableView* m_draaglastView;
    DraaglastTrendModel* m_draaglastModel;
    QComboBox* m_perspectiefCombo;
};

} // namespace dw
