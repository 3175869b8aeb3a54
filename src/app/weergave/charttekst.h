#pragma once

#include <QString>

class QChart;

namespace dw {

// Issue 20, point 1: a chart's figures as text, for a screen reader (the chart view's accessible description) and
// for anyone who wants the numbers rather than the picture. It reads what the chart itself shows: each series in the
// chart with its values per category or per point, so the text cannot tell another story than the picture.
QString grafiekAlsTekst(const QChart* chart);

// The property that marks a series as a helper (a threshold line, a placeholder for the legend): left out of the text.
constexpr const char* hulpSerie = "dw_hulpserie";

} // namespace dw
