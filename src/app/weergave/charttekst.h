#pragma once

#include <QString>

class QChart;
class QChartView;

namespace dw {

// Issue 20, point 1: a chart's figures as text, for a screen reader (the chart view's accessible description) and
// for anyone who wants the numbers rather than the picture. It reads what the chart itself shows: each series in the
// chart with its values per category or per point, so the text cannot tell another story than the picture.
QString grafiekAlsTekst(const QChart* chart);

// Shows `chart` in `view` as every chart of the app is shown: in the scheme's colours (kleurGrafiek), named by its
// title and described by its figures for a screen reader. Deletes the chart the view showed before.
void toonGrafiek(QChartView* view, QChart* chart);

// Makes `view` a Tab stop with a visible focus border, so that a screen reader reads its chart and the menu key
// (Shift+F10) opens its actions, such as saving.
void maakGrafiekBereikbaar(QChartView* view);

// The property that marks a series as a helper (a threshold line, a placeholder for the legend): left out of the text.
constexpr const char* hulpSerie = "dw_hulpserie";
// The property that marks a bar series whose values are percentages: read as the chart writes them ("14,0 %").
constexpr const char* procentSerie = "dw_procentserie";

} // namespace dw
