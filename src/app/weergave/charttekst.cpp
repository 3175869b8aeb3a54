#include "charttekst.h"

#include "reporting/cohorttext.h"
#include "weergave.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace dw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::GrafiekAlsTekst", text);
}

QString getal(double v)
{
    // At most two decimals, no trailing zeros: 3,25 and 40 rather than 40,00.
    return QLocale().toString(std::round(v * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

QAbstractAxis* as(const QChart* chart, QAbstractSeries* series, Qt::Orientation o)
{
    for (QAbstractAxis* a : series->attachedAxes())
        if (a->orientation() == o)
            return a;
    const QList<QAbstractAxis*> axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : axes.first();
}

// The label of an x value: a bar category, the category axis label placed at that value, or the number itself.
QString xLabel(QAbstractAxis* axis, double x)
{
    if (auto* c = qobject_cast<QCategoryAxis*>(axis)) {
        for (const QString& label : c->categoriesLabels())
            if (qFuzzyCompare(c->endValue(label) + 1, x + 1)) // a label may be rich text: "1<br>31-08-16"
                return QTextDocumentFragment::fromHtml(label).toPlainText().simplified();
    }
    if (auto* b = qobject_cast<QBarCategoryAxis*>(axis)) {
        const int i = qRound(x);
        if (i >= 0 && i < b->count())
            return b->at(i);
    }
    return getal(x);
}

// Two value axes make a plane (a QCategoryAxis is a value axis too, but with a label per value).
bool isVlak(QAbstractAxis* x)
{
    return qobject_cast<QValueAxis*>(x) && !qobject_cast<QCategoryAxis*>(x);
}

QString titel(QAbstractAxis* axis)
{
    return axis ? axis->titleText() : QString();
}

QString barSeriesTekst(const QChart* chart, QAbstractBarSeries* series)
{
    auto* x = qobject_cast<QBarCategoryAxis*>(as(chart, series, Qt::Horizontal));
    const bool procenten = series->property(procentSerie).toBool();
    QStringList regels;
    for (QBarSet* set : series->barSets()) {
        QStringList waarden;
        for (int i = 0; i < set->count(); ++i)
            waarden << QStringLiteral("%1: %2").arg(x && i < x->count() ? x->at(i) : QString::number(i + 1),
                procenten ? procent(set->at(i)) : getal(set->at(i)));
        regels << QStringLiteral("%1 — %2").arg(set->label(), waarden.join(QStringLiteral("; ")));
    }
    return regels.join(QLatin1Char('\n'));
}

QString xySeriesTekst(const QChart* chart, QXYSeries* series)
{
    QAbstractAxis* x = as(chart, series, Qt::Horizontal);
    const bool tweeWaarden = isVlak(x); // a plane: name both coordinates
    QStringList waarden;
    for (const QPointF& p : series->points()) {
        if (tweeWaarden)
            waarden << QStringLiteral("%1 %2, %3 %4")
                           .arg(titel(x), getal(p.x()), titel(as(chart, series, Qt::Vertical)), getal(p.y()));
        else
            waarden << QStringLiteral("%1: %2").arg(xLabel(x, p.x()), getal(p.y()));
    }
    if (waarden.isEmpty())
        waarden << tr("geen waarden");
    return QStringLiteral("%1 — %2").arg(series->name(), waarden.join(QStringLiteral("; ")));
}

} // namespace

QString grafiekAlsTekst(const QChart* chart)
{
    if (!chart)
        return {};
    QStringList regels;
    regels << chart->title();
    QAbstractAxis* y = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (s->property(hulpSerie).toBool() || !s->isVisible())
            continue;
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            regels << barSeriesTekst(chart, bars);
        else if (auto* xy = qobject_cast<QXYSeries*>(s))
            regels << xySeriesTekst(chart, xy);
        // On a plane both coordinates are named with each point already.
        if (!y && !isVlak(as(chart, s, Qt::Horizontal)))
            y = as(chart, s, Qt::Vertical);
    }
    if (regels.size() == 1)
        regels << tr("Geen cijfers om te tonen.");
    else if (y && !y->titleText().isEmpty())
        regels.insert(1, tr("Waarden: %1.").arg(y->titleText()));
    regels.removeAll(QString());
    return regels.join(QLatin1Char('\n'));
}

void toonGrafiek(QChartView* view, QChart* chart)
{
    QChart* oud = view->chart();
    kleurGrafiek(chart);
    view->setChart(chart);
    view->setAccessibleName(chart->title());
    view->setAccessibleDescription(grafiekAlsTekst(chart));
    delete oud; // setChart() hands the old chart back to its caller
}

void maakGrafiekBereikbaar(QChartView* view)
{
    view->setFocusPolicy(Qt::TabFocus);
    view->setStyleSheet(QStringLiteral("QChartView:focus { border: 2px solid palette(highlight); }"));
}

} // namespace dw
