#include "trendcharts.h"

#include "core/instrument.h"
#include "weergave/charttekst.h"
#include "weergave/weergave.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QStringList>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::TrendCharts", text);
}

QString getal(double v)
{
    return QLocale().toString(v, 'g', 3);
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    series->setProperty(hulpSerie, true); // a threshold or an empty placeholder: not read out (weergave/charttekst.h)
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QPen drempelPen()
{
    QPen pen(QColor(0x70, 0x70, 0x70));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    return pen;
}

QLineSeries* lijn(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& name, QPointF a, QPointF b)
{
    auto* s = new QLineSeries;
    s->setObjectName(name);
    s->append(a);
    s->append(b);
    s->setPen(drempelPen());
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    return s;
}

// A note on the plot, right-aligned just above (or below) a data position (the end of a threshold line), kept in place
// when the plot area moves. Used to label the threshold lines on the plot itself rather than only in the legend.
void addPlotText(QChart* chart, QAbstractSeries* series, QPointF value, const QString& text, bool boven = true)
{
    auto* item = new QGraphicsSimpleTextItem(text, chart);
    item->setBrush(kleuren().gedempt);
    QFont f = item->font();
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    item->setFont(f);
    const auto place = [chart, series, value, item, boven] {
        const QPointF at = chart->mapToPosition(value, series);
        const QRectF r = item->boundingRect();
        item->setPos(at.x() - r.width() - 4, boven ? at.y() - r.height() - 1 : at.y() + 1);
        item->setVisible(chart->plotArea().height() > r.height() * 3);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

void styleChart(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
}

// x = meetmoment number, labelled "1 (14-06-2016)", from half a step before the first to half after the last.
QCategoryAxis* meetmomentAxis(const Trend& trend)
{
    // The more meetmomenten, the shorter the date under the number, so that the labels keep fitting.
    const int n = static_cast<int>(trend.meetmomenten.size());
    const QString format = n <= 5 ? QStringLiteral("dd-MM-yy") : QStringLiteral("MM-yy");
    auto* x = new QCategoryAxis;
    x->setTitleText(n <= 10 ? tr("Meetmoment (datum)") : tr("Meetmoment"));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(0.5);
    for (const Trend::MeetmomentLabel& m : trend.meetmomenten) {
        const QString label = n <= 10
            ? tr("<p align=\"center\">%1<br>%2</p>").arg(m.meetmoment).arg(QLocale().toString(m.datum, format))
            : QString::number(m.meetmoment);
        x->append(label, m.meetmoment);
    }
    x->setRange(0.5, n + 0.5);
    x->setGridLineVisible(false);
    return x;
}

void addPerspectief(QChart* chart,
    QAbstractAxis* x,
    QAbstractAxis* y,
    Perspectief p,
    const QVector<Trend::Punt>& punten,
    bool perspectiefGemeten)
{
    const QString code = perspectiefCode(p);
    const QVector<QVector<Trend::Punt>> runs = Trend::aaneengesloten(punten);
    if (runs.isEmpty()) {
        // Keep the perspective in the legend, saying why it has no line.
        auto* leeg = new QLineSeries;
        leeg->setObjectName(code);
        leeg->setName(perspectiefGemeten ? tr("%1 (onvoldoende ingevuld)").arg(perspectiefNaam(p))
                                         : tr("%1 (niet gemeten)").arg(perspectiefNaam(p)));
        leeg->setColor(perspectiefKleur(p));
        chart->addSeries(leeg);
        leeg->attachAxis(x);
        leeg->attachAxis(y);
        return;
    }
    for (int r = 0; r < runs.size(); ++r) {
        auto* s = new QLineSeries;
        s->setObjectName(code);
        s->setName(perspectiefNaam(p));
        QPen pen(perspectiefKleur(p));
        pen.setWidthF(2.5);
        s->setPen(pen);
        s->setPointsVisible(true);
        s->setMarkerSize(p == Perspectief::Inwoner ? 4.5 : 5);
        for (const Trend::Punt& punt : runs.at(r))
            s->append(punt.meetmoment, punt.waarde);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (r > 0)
            hideFromLegend(chart, s);
    }
}

bool gemeten(const Trend& trend, Perspectief p)
{
    return !trend.reeks(Trend::Maat::Probleemgebieden, p).isEmpty(); // every meting has this figure
}

} // namespace

QString trendGrafiekTitel(TrendGrafiek grafiek, const Instrument& instrument)
{
    switch (grafiek) {
    case TrendGrafiek::Competenties:
        return instrument.componentNaam(Component::PersoonlijkeCompetenties);
    case TrendGrafiek::SociaalKapitaal:
        return instrument.componentNaam(Component::SociaalKapitaal);
    case TrendGrafiek::Probleemgebieden:
        return tr("Aantal probleemgebieden");
    case TrendGrafiek::KwadrantPad:
        return tr("Pad door de kwadranten");
    case TrendGrafiek::Draaglast:
        return tr("Draaglast per levensgebied");
    }
    return {};
}

QString trendGrafiekBestandsnaam(TrendGrafiek grafiek)
{
    switch (grafiek) {
    case TrendGrafiek::Competenties:
        return QStringLiteral("competenties");
    case TrendGrafiek::SociaalKapitaal:
        return QStringLiteral("sociaal-kapitaal");
    case TrendGrafiek::Probleemgebieden:
        return QStringLiteral("probleemgebieden");
    case TrendGrafiek::KwadrantPad:
        return QStringLiteral("kwadrantpad");
    case TrendGrafiek::Draaglast:
        return QStringLiteral("draaglast");
    }
    return {};
}

QString perspectiefNaam(Perspectief perspectief)
{
    return perspectief == Perspectief::Inwoner ? tr("Inwoner") : tr("Professional");
}

QChart* createTrendChart(const Trend& trend, Trend::Maat maat, const Instrument& instrument)
{
    auto* chart = new QChart;
    const bool score = maat != Trend::Maat::Probleemgebieden;
    styleChart(chart,
        trendGrafiekTitel(maat == Trend::Maat::Competenties ? TrendGrafiek::Competenties
                : maat == Trend::Maat::SociaalKapitaal      ? TrendGrafiek::SociaalKapitaal
                                                            : TrendGrafiek::Probleemgebieden,
            instrument));
    QCategoryAxis* x = meetmomentAxis(trend);
    auto* y = new QValueAxis;
    if (score) {
        y->setRange(trend.schaalMin, trend.schaalMax);
        y->setTickCount(static_cast<int>((trend.schaalMax - trend.schaalMin) * 2) + 1);
        y->setLabelFormat(QStringLiteral("%.1f"));
        y->setTitleText(tr("Score (%1–%2)").arg(getal(trend.schaalMin), getal(trend.schaalMax)));
    } else {
        y->setRange(0, trend.maxProbleemgebieden);
        y->setTickCount(trend.maxProbleemgebieden + 1);
        y->setLabelFormat(QStringLiteral("%d"));
        y->setTitleText(tr("Aantal (0–%1)").arg(trend.maxProbleemgebieden));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (score) {
        QLineSeries* drempel
            = lijn(chart, x, y, QStringLiteral("drempel"), {x->min(), trend.drempel}, {x->max(), trend.drempel});
        drempel->setName(tr("Drempel %1").arg(getal(trend.drempel)));
        hideFromLegend(chart, drempel);
        // Above the line, unless a point of the last meetmoment sits just there.
        bool boven = true;
        for (Perspectief p : allePerspectieven) {
            for (const Trend::Punt& punt : trend.reeks(maat, p)) {
                if (punt.meetmoment == trend.meetmomenten.constLast().meetmoment && punt.waarde >= trend.drempel - 0.1
                    && punt.waarde <= trend.drempel + 0.6)
                    boven = false;
            }
        }
        addPlotText(chart, drempel, {x->max(), trend.drempel}, tr("drempel %1").arg(getal(trend.drempel)), boven);
    }
    for (Perspectief p : allePerspectieven)
        addPerspectief(chart, x, y, p, trend.reeks(maat, p), gemeten(trend, p));
    return chart;
}

QChart* createKwadrantChart(const Trend& trend, const Instrument& instrument)
{
    auto* chart = new QChart;
    styleChart(chart, trendGrafiekTitel(TrendGrafiek::KwadrantPad, instrument));
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    for (QValueAxis* a : {x, y}) {
        a->setRange(trend.schaalMin, trend.schaalMax);
        a->setTickCount(static_cast<int>(trend.schaalMax - trend.schaalMin) + 1);
        a->setLabelFormat(QStringLiteral("%.0f"));
    }
    x->setTitleText(instrument.componentNaam(Component::PersoonlijkeCompetenties));
    y->setTitleText(instrument.componentNaam(Component::SociaalKapitaal));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const double d = trend.drempel;
    QLineSeries* dx = lijn(chart, x, y, QStringLiteral("drempel-x"), {d, trend.schaalMin}, {d, trend.schaalMax});
    dx->setName(tr("Drempel %1").arg(getal(d)));
    hideFromLegend(chart, dx);
    QLineSeries* dy = lijn(chart, x, y, QStringLiteral("drempel-y"), {trend.schaalMin, d}, {trend.schaalMax, d});
    dy->setName(dx->name());
    hideFromLegend(chart, dy);
    addPlotText(chart, dy, {trend.schaalMax, d}, tr("drempel %1").arg(getal(d)));

    for (Perspectief p : allePerspectieven) {
        const QString code = perspectiefCode(p);
        const QVector<Trend::KwadrantPunt>& pad = trend.kwadrantPad(p);
        auto* s = new QLineSeries;
        s->setObjectName(code);
        s->setName(pad.isEmpty() ? tr("%1 (geen kwadrant bekend)").arg(perspectiefNaam(p)) : perspectiefNaam(p));
        QPen pen(perspectiefKleur(p));
        pen.setWidthF(2);
        s->setPen(pen);
        for (const Trend::KwadrantPunt& k : pad)
            s->append(k.competenties, k.sociaalKapitaal);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        // Each point a series of its own, so that its label can be its meetmoment number.
        for (int i = 0; i < pad.size(); ++i) {
            const Trend::KwadrantPunt& k = pad.at(i);
            // Points on (nearly) the same spot share one label, "1, 2", on the first of them.
            QStringList nummers;
            bool eerder = false;
            for (int j = 0; j < pad.size(); ++j) {
                const bool samen = qAbs(pad.at(j).competenties - k.competenties) < 0.08
                    && qAbs(pad.at(j).sociaalKapitaal - k.sociaalKapitaal) < 0.08;
                if (samen && j < i)
                    eerder = true;
                if (samen)
                    nummers.append(QString::number(pad.at(j).meetmoment));
            }
            auto* punt = new QScatterSeries;
            punt->setObjectName(code + QStringLiteral("-punt"));
            punt->setName(QString::number(k.meetmoment));
            punt->append(k.competenties, k.sociaalKapitaal);
            punt->setColor(perspectiefKleur(p));
            punt->setBorderColor(Qt::white);
            punt->setMarkerShape(
                p == Perspectief::Inwoner ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle);
            punt->setMarkerSize(11);
            punt->setPointLabelsFormat(nummers.join(QStringLiteral(", ")));
            punt->setPointLabelsVisible(!eerder);
            punt->setPointLabelsColor(perspectiefKleur(p).darker(130));
            QFont f = punt->pointLabelsFont();
            f.setBold(true);
            punt->setPointLabelsFont(f);
            punt->setPointLabelsClipping(false);
            chart->addSeries(punt);
            punt->attachAxis(x);
            punt->attachAxis(y);
            hideFromLegend(chart, punt);
        }
    }

    // The quadrants' names in their outer corners, where the path rarely runs; kept in place when the plot moves.
    struct Hoek
    {
        Kwadrant kwadrant;
        bool rechts;
        bool boven;
    };
    const Hoek hoeken[] = {{Kwadrant::Zwak, false, false},
        {Kwadrant::EnkelCompetenties, true, false},
        {Kwadrant::EnkelSociaalKapitaal, false, true},
        {Kwadrant::Dubbel, true, true}};
    QVector<QGraphicsTextItem*> labels;
    for (const Hoek& h : hoeken) {
        auto* label = new QGraphicsTextItem(instrument.kwadrantNaam(h.kwadrant), chart);
        label->setObjectName(QStringLiteral("kwadrant-") + kwadrantCode(h.kwadrant));
        label->setDefaultTextColor(kleuren().gedempt);
        QFont f = label->font();
        f.setItalic(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        label->setFont(f);
        label->setZValue(-1);
        labels.append(label);
    }
    const auto place = [chart, labels, hoeken, d, dx] {
        const QRectF plot = chart->plotArea();
        const QPointF mid = chart->mapToPosition(QPointF(d, d), dx);
        for (int i = 0; i < labels.size(); ++i) {
            QGraphicsTextItem* label = labels.at(i);
            const Hoek& h = hoeken[i];
            const double width = (h.rechts ? plot.right() - mid.x() : mid.x() - plot.left()) - 8;
            label->setVisible(width > 30 && plot.height() > 40);
            label->setTextWidth(width);
            QTextOption o = label->document()->defaultTextOption();
            o.setAlignment(h.rechts ? Qt::AlignRight : Qt::AlignLeft);
            o.setWrapMode(QTextOption::WordWrap); // never inside a word
            label->document()->setDefaultTextOption(o);
            const double lx = h.rechts ? plot.right() - width - 4 : plot.left() + 4;
            const double ly = h.boven ? plot.top() + 2 : plot.bottom() - label->boundingRect().height() - 2;
            label->setPos(lx, ly);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
    return chart;
}

} // namespace dw
