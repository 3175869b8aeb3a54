#pragma once

#include "core/trend.h"

#include <QColor>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace dw {

class Instrument;

// The figures of the Trends tab, in the order of the tab.
enum class TrendGrafiek { Competenties, SociaalKapitaal, Probleemgebieden, KwadrantPad, Draaglast };
inline constexpr TrendGrafiek alleTrendGrafieken[] = {TrendGrafiek::Competenties,
    TrendGrafiek::SociaalKapitaal,
    TrendGrafiek::Probleemgebieden,
    TrendGrafiek::KwadrantPad,
    TrendGrafiek::Draaglast};

QString trendGrafiekTitel(TrendGrafiek grafiek, const Instrument& instrument);
// The part of a default file name that names the figure: "competenties", "kwadrantpad", …
QString trendGrafiekBestandsnaam(TrendGrafiek grafiek);
QString perspectiefNaam(Perspectief perspectief);

// Series carry an objectName, so that tests (and the export) can find them: "inwoner", "professional" (one series
// per unbroken run of meetmomenten; the legend shows the first), "drempel", "drempel-x", "drempel-y", and for the
// quadrant path one "inwoner-punt" / "professional-punt" per meetmoment, labelled with its number.

// A line chart of one figure over the meetmomenten, both perspectives. x = meetmoment number (1 = nulmeting),
// labelled with the number and date; for the component scores the threshold from the instrument as a dashed line.
// The caller owns the chart.
QChart* createTrendChart(const Trend& trend, Trend::Maat maat, const Instrument& instrument);

// The path through the four quadrants: x = persoonlijke competenties, y = sociaal kapitaal, the threshold lines
// dividing the quadrants, the quadrants named as the instrument names them, the points numbered per meetmoment
// and connected in order, one path per perspective. The caller owns the chart.
QChart* createKwadrantChart(const Trend& trend, const Instrument& instrument);

} // namespace dw
