#include "dashboardcharts.h"

#include "core/instrument.h"
#include "reporting/cohorttext.h"
#include "weergave/charttekst.h"
#include "weergave/weergave.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <functional>
#include <memory>

namespace dw::dashboardcharts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dw::dashboardcharts", text);
}

QString perspectiefNaam(Perspectief p)
{
    return p == Perspectief::Inwoner ? tr("Inwoner") : tr("Professional");
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// Every meetmoment number that occurs in either perspective, ascending.
QVector<int> meetmomenten(const CohortRapport& r)
{
    QVector<int> out;
    for (Perspectief p : allePerspectieven) {
        for (const MeetmomentCijfers& m : r.perspectief(p).meetmomenten) {
            if (!out.contains(m.meetmoment))
                out.append(m.meetmoment);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList categorieen(const QVector<int>& nummers)
{
    QStringList out;
    for (int k : nummers)
        out << QString::number(k);
    return out;
}

const MeetmomentCijfers* zoek(const PerspectiefCijfers& c, int meetmoment)
{
    for (const MeetmomentCijfers& m : c.meetmomenten) {
        if (m.meetmoment == meetmoment)
            return &m;
    }
    return nullptr;
}

QValueAxis* yAxis(QChart* chart, double min, double max, const QString& title, const QString& format, int ticks)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    axis->setTickCount(ticks);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QBarCategoryAxis* xAxis(QChart* chart, const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(tr("Meetmoment (1 = nulmeting)"));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// Grouped bars per meetmoment, one set per perspective; a missing figure is a gap (0 height).
QChart* perspectiefStaven(const CohortRapport& r,
    const QString& title,
    const std::function<std::optional<double>(const MeetmomentCijfers&)>& waarde,
    double max,
    const QString& asTitel,
    const QString& format,
    const QStringList& categorieLabels = {})
{
    QChart* chart = newChart(title);
    const QVector<int> nummers = meetmomenten(r);
    auto* series = new QBarSeries;
    for (Perspectief p : allePerspectieven) {
        auto* set = new QBarSet(perspectiefNaam(p));
        set->setColor(perspectiefKleur(p));
        for (int k : nummers) {
            const MeetmomentCijfers* m = zoek(r.perspectief(p), k);
            const std::optional<double> v = m ? waarde(*m) : std::nullopt;
            *set << v.value_or(0.0);
        }
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(xAxis(chart, categorieLabels.isEmpty() ? categorieen(nummers) : categorieLabels));
    series->attachAxis(yAxis(chart, 0, max, asTitel, format, 5));
    return chart;
}

// QtCharts writes a bar label's '@value' in its 'g' format: "14" beside "21,3" in one chart (issue 18). So the chart
// carries its own labels, in the one percentage style of the Teamoverzicht (reporting/cohorttext.h), in the middle of
// each part of a bar that has room for one, placed again whenever the plot area changes. A part too small for its
// label shows none; the table beside the chart has every figure.
void procentLabels(QChart* chart, QStackedBarSeries* series)
{
    series->setLabelsVisible(false);
    series->setProperty(procentSerie, true); // its figures read as percentages too (charttekst.h)
    struct Label
    {
        QGraphicsSimpleTextItem* item;
        int set;
        int index;
    };
    auto labels = std::make_shared<QVector<Label>>();
    const QList<QBarSet*> sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        for (int i = 0; i < sets.at(s)->count(); ++i) {
            auto* item = new QGraphicsSimpleTextItem(procent(sets.at(s)->at(i)), chart);
            item->setBrush(sets.at(s)->labelColor());
            item->setFont(sets.at(s)->labelFont());
            item->setData(0, QString::fromLatin1(procentSerie));
            item->setZValue(100); // above the bars
            labels->append({item, s, i});
        }
    }
    const auto plaats = [chart, series, sets, labels] {
        for (const Label& l : *labels) {
            double onder = 0;
            for (int s = 0; s < l.set; ++s)
                onder += sets.at(s)->at(l.index);
            const double waarde = sets.at(l.set)->at(l.index);
            const QPointF laag = chart->mapToPosition(QPointF(l.index, onder), series);
            const QPointF hoog = chart->mapToPosition(QPointF(l.index, onder + waarde), series);
            const double breedte = chart->mapToPosition(QPointF(l.index + 0.5, 0), series).x()
                - chart->mapToPosition(QPointF(l.index - 0.5, 0), series).x();
            const QRectF tekst = l.item->boundingRect();
            l.item->setPos(laag.x() - tekst.width() / 2, (laag.y() + hoog.y() - tekst.height()) / 2);
            l.item->setVisible(waarde > 0 && laag.y() - hoog.y() >= tekst.height() && breedte >= tekst.width());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, plaats);
    plaats();
}

} // namespace

QChart* kwadranten(const PerspectiefCijfers& c, Perspectief p, const Instrument& instrument)
{
    QChart* chart = newChart(tr("Kwadranten per meetmoment – %1").arg(perspectiefNaam(p).toLower()));
    // From weak to double, red to green.
    // Short names in the legend, so that all four fit; the table beside it has the instrument's full names.
    const QString namen[] = {tr("Zwak"), tr("Enkel competenties"), tr("Enkel sociaal kapitaal"), tr("Dubbel")};
    auto* series = new QStackedBarSeries;
    // Each meetmoment with the number of metingen its percentages are of (issue 18).
    QStringList categorieLabels;
    for (const MeetmomentCijfers& m : c.meetmomenten)
        categorieLabels << tr("%1 (%2)").arg(m.meetmoment).arg(nTekst(m.n));
    for (Kwadrant k : bekendeKwadranten) {
        const int i = static_cast<int>(k) - 1;
        auto* set = new QBarSet(namen[i]);
        set->setProperty("kwadrant", instrument.kwadrantNaam(k));
        set->setColor(kleuren().kwadrant.at(std::size_t(i)));
        set->setBrush(kwadrantVulling(i)); // the colour with a hatch of its own, in the legend too
        set->setLabelColor(kleuren().kwadrantLabel.at(std::size_t(i)));
        for (const MeetmomentCijfers& m : c.meetmomenten)
            *set << (m.n > 0 ? std::round(m.kwadrantPct[i] * 10) / 10 : 0.0); // the label shows one decimal
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(xAxis(chart, categorieLabels));
    series->attachAxis(yAxis(chart, 0, 100, tr("% van de metingen"), QStringLiteral("%.0f"), 6));
    procentLabels(chart, series);
    chart->legend()->setShowToolTips(true);
    return chart;
}

QChart* scores(const CohortRapport& r)
{
    QChart* chart = newChart(tr("Gemiddelde scores per meetmoment (1–5)"));
    const QVector<int> nummers = meetmomenten(r);
    QBarCategoryAxis* x = xAxis(chart, categorieen(nummers));
    QValueAxis* y = yAxis(chart, 1, 5, tr("Score"), QStringLiteral("%.1f"), 5);
    for (Perspectief p : allePerspectieven) {
        for (int component = 0; component < 2; ++component) {
            auto* line = new QLineSeries;
            line->setName(QStringLiteral("%1 – %2").arg(
                perspectiefNaam(p), component == 0 ? tr("competenties") : tr("sociaal kapitaal")));
            // Competenties dark, sociaal kapitaal light and dashed: the legend shows the colour.
            const QColor kleur = perspectiefKleur(p);
            QPen pen(component == 0 ? kleur.darker(130) : kleur.lighter(150));
            pen.setWidth(3);
            if (component == 1)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            for (int i = 0; i < nummers.size(); ++i) {
                const MeetmomentCijfers* m = zoek(r.perspectief(p), nummers[i]);
                const std::optional<double> v
                    = m ? (component == 0 ? m->gemCompetenties : m->gemSociaalKapitaal) : std::nullopt;
                if (v)
                    line->append(i, *v);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* metDraagkracht(const CohortRapport& r)
{
    // The n of each perspective beside its meetmoment: "1 (n = 12 / 9)", inwoner first as in the legend.
    QStringList categorieLabels;
    for (int k : meetmomenten(r)) {
        int n[2] = {0, 0};
        for (Perspectief p : allePerspectieven) {
            if (const MeetmomentCijfers* m = zoek(r.perspectief(p), k))
                n[p == Perspectief::Inwoner ? 0 : 1] = m->n;
        }
        categorieLabels << (n[0] == n[1] ? tr("%1 (%2)").arg(k).arg(nTekst(n[0]))
                                         : tr("%1 (%2 / %3)").arg(k).arg(nTekst(n[0])).arg(n[1]));
    }
    QChart* chart = perspectiefStaven(
        r,
        tr("Met één of beide vormen van draagkracht"),
        [](const MeetmomentCijfers& m) { return m.metDraagkrachtPct; },
        100,
        tr("% van de metingen"),
        QStringLiteral("%.0f"),
        categorieLabels);
    chart->axes(Qt::Horizontal)
        .constFirst()
        ->setTitleText(tr("Meetmoment (1 = nulmeting; n = inwoner / professional)"));
    chart->series().constFirst()->setProperty(procentSerie, true);
    return chart;
}

QChart* probleemgebieden(const CohortRapport& r)
{
    return perspectiefStaven(
        r,
        tr("Gemiddeld aantal probleemgebieden"),
        [](const MeetmomentCijfers& m) { return m.gemProbleemgebieden; },
        8,
        tr("Aantal (0–8)"),
        QStringLiteral("%.0f"));
}

QChart* verandering(const CohortRapport& r)
{
    QChart* chart = newChart(tr("Gemiddelde verandering, eerste → laatste meetmoment"));
    const QStringList maten = {tr("Persoonlijke competenties"), tr("Sociaal kapitaal"), tr("Probleemgebieden")};
    auto* series = new QBarSeries;
    double grootste = 0.5;
    for (Perspectief p : allePerspectieven) {
        const PerspectiefCijfers& c = r.perspectief(p);
        auto* set = new QBarSet(perspectiefNaam(p));
        set->setColor(perspectiefKleur(p));
        for (const Verandering* v : {&c.competenties, &c.sociaalKapitaal, &c.probleemgebieden}) {
            const double waarde = v->gemVerschil.value_or(0); // the table says "te weinig gegevens"
            set->append(waarde);
            grootste = std::max(grootste, std::abs(waarde));
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPrecision(2);
    chart->addSeries(series);
    const double grens = std::ceil(grootste * 2) / 2; // symmetric around 0, in halves
    QBarCategoryAxis* x = xAxis(chart, maten);
    x->setTitleText(QString()); // the categories are measures, not meetmomenten
    series->attachAxis(x);
    series->attachAxis(yAxis(chart, -grens, grens, tr("Laatste min eerste"), QStringLiteral("%.1f"), 5));
    return chart;
}

QChart* kappa(const CohortRapport& r)
{
    QChart* chart = newChart(tr("Overeenstemming over het kwadrant (kappa)"));
    QStringList categorieenLijst;
    auto* set = new QBarSet(tr("Kappa"));
    set->setColor(perspectiefKleur(Perspectief::Professional));
    double laagste = 0;
    for (const KappaCijfer& k : r.kwadrantKappa) {
        categorieenLijst << QString::number(k.meetmoment);
        set->append(k.kappa.value_or(0));
        laagste = std::min(laagste, k.kappa.value_or(0));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(2);
    chart->addSeries(series);
    series->attachAxis(xAxis(chart, categorieenLijst));
    series->attachAxis(yAxis(chart, laagste < 0 ? -1 : 0, 1, tr("Kappa"), QStringLiteral("%.1f"), laagste < 0 ? 5 : 6));
    chart->legend()->hide();
    return chart;
}

} // namespace dw::dashboardcharts
