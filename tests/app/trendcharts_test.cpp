#include "core/instrument.h"
#include "core/trend.h"
#include "support/trenddossier.h"
#include "trend/trendcharts.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace dw;

namespace {

QList<QXYSeries*> seriesNamed(QChart* chart, const QString& objectName)
{
    QList<QXYSeries*> out;
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == objectName)
            out.append(static_cast<QXYSeries*>(s));
    }
    return out;
}

QList<QPointF> points(QXYSeries* s)
{
    return s->points();
}

// A legend marker reports itself visible only once its chart is on screen (in a shown view).
bool inLegend(QChart* chart, QAbstractSeries* s)
{
    const auto markers = chart->legend()->markers(s);
    return !markers.isEmpty() && markers.first()->isVisible();
}

QStringList plotTexts(QChart* chart)
{
    QStringList out;
    for (QGraphicsItem* item : chart->childItems()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            out.append(text->toPlainText());
        if (auto* simple = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
            out.append(simple->text());
    }
    return out;
}

} // namespace

class TrendChartsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void competentiesHaveOnePointPerKnownScoreAndBreakAtTheGap()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        QChartView view(createTrendChart(t, Trend::Maat::Competenties, Instrument::standaard()));
        view.show();
        QChart* chart = view.chart();
        QCOMPARE(chart->title(), QStringLiteral("Persoonlijke competenties"));
        // Meetmoment 2 has too few PC answers: no point there, so the inwoner's line is two runs: 1 and 3.
        const auto inw = seriesNamed(chart, QStringLiteral("inwoner"));
        QCOMPARE(inw.size(), 2);
        QCOMPARE(points(inw.at(0)), (QList<QPointF> {{1, 3.0}}));
        QCOMPARE(points(inw.at(1)), (QList<QPointF> {{3, 4.25}}));
        QVERIFY(inw.at(0)->pointsVisible()); // a single point still shows
        QVERIFY(inLegend(chart, inw.at(0)));
        QVERIFY(!inLegend(chart, inw.at(1))); // one legend entry per perspective
        QCOMPARE(inw.at(0)->name(), QStringLiteral("Inwoner"));
        const auto pro = seriesNamed(chart, QStringLiteral("professional"));
        QCOMPARE(pro.size(), 2); // not measured at 2
        QCOMPARE(points(pro.at(0)), (QList<QPointF> {{1, 4.0}}));
        QCOMPARE(points(pro.at(1)), (QList<QPointF> {{3, 5.0}}));
        QCOMPARE(pro.at(0)->name(), QStringLiteral("Professional"));
    }

    void sociaalKapitaalIsOneUnbrokenLineForTheInwoner()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        std::unique_ptr<QChart> chart(createTrendChart(t, Trend::Maat::SociaalKapitaal, Instrument::standaard()));
        QCOMPARE(chart->title(), QStringLiteral("Sociaal kapitaal"));
        const auto inw = seriesNamed(chart.get(), QStringLiteral("inwoner"));
        QCOMPARE(inw.size(), 1);
        const QList<QPointF> p = points(inw.first());
        QCOMPARE(p.size(), 3);
        QCOMPARE(p.at(0), QPointF(1, 2.0));
        QCOMPARE(p.at(1), QPointF(2, 4.0));
        QCOMPARE(p.at(2).x(), 3.0);
        QVERIFY(qAbs(p.at(2).y() - 25.0 / 7.0) < 1e-12);
    }

    void thresholdLineSpansTheChartAtTheInstrumentsDrempel()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        QChartView view(createTrendChart(t, Trend::Maat::Competenties, Instrument::standaard()));
        view.show();
        QChart* chart = view.chart();
        const auto drempel = seriesNamed(chart, QStringLiteral("drempel"));
        QCOMPARE(drempel.size(), 1);
        QCOMPARE(points(drempel.first()), (QList<QPointF> {{0.5, 3.5}, {3.5, 3.5}}));
        QCOMPARE(drempel.first()->name(), QStringLiteral("Drempel 3,5"));
        QVERIFY(!inLegend(chart, drempel.first())); // labelled on the plot instead
        QVERIFY(plotTexts(chart).contains(QStringLiteral("drempel 3,5")));
    }

    void axesAreLabelledInDutchWithNumberAndDate()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        std::unique_ptr<QChart> chart(createTrendChart(t, Trend::Maat::Competenties, Instrument::standaard()));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QCOMPARE(x->titleText(), QStringLiteral("Meetmoment (datum)"));
        QCOMPARE(x->categoriesLabels(),
            (QStringList {QStringLiteral("<p align=\"center\">1<br>14-06-16</p>"),
                QStringLiteral("<p align=\"center\">2<br>10-01-17</p>"),
                QStringLiteral("<p align=\"center\">3<br>10-01-17</p>")})); // equal dates keep their own number
        QCOMPARE(x->min(), 0.5);
        QCOMPARE(x->max(), 3.5);
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(y);
        QCOMPARE(y->min(), 1.0);
        QCOMPARE(y->max(), 5.0);
        QCOMPARE(y->tickCount(), 9); // 1, 1.5, …, 5: 3.5 is a tick
        QCOMPARE(y->titleText(), QStringLiteral("Score (1–5)"));
    }

    void manyMeetmomentenGetShorterLabels()
    {
        Dossier d = test::trendDossier();
        for (int i = 0; i < 4; ++i) { // 3 + 4 = 7 meetmomenten: month and year only
            Meetmoment m = d.meetmomenten.constLast();
            m.datum = QDate(2018, 2 + i, 1);
            d.meetmomenten.append(m);
        }
        nummerOpDatum(d.meetmomenten);
        std::unique_ptr<QChart> chart(createTrendChart(
            Trend::build(Instrument::standaard(), d), Trend::Maat::Competenties, Instrument::standaard()));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->count(), 7);
        QCOMPARE(x->categoriesLabels().first(), QStringLiteral("<p align=\"center\">1<br>06-16</p>"));
        QCOMPARE(x->categoriesLabels().last(), QStringLiteral("<p align=\"center\">7<br>05-18</p>"));
        for (int i = 0; i < 4; ++i) { // 11: the number only
            Meetmoment m = d.meetmomenten.constLast();
            m.datum = QDate(2019, 1 + i, 1);
            d.meetmomenten.append(m);
        }
        nummerOpDatum(d.meetmomenten);
        chart.reset(createTrendChart(
            Trend::build(Instrument::standaard(), d), Trend::Maat::Competenties, Instrument::standaard()));
        x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->categoriesLabels().last(), QStringLiteral("11"));
        QCOMPARE(x->titleText(), QStringLiteral("Meetmoment"));
    }

    void probleemgebiedenRunFromZeroToEightWithoutThreshold()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        std::unique_ptr<QChart> chart(createTrendChart(t, Trend::Maat::Probleemgebieden, Instrument::standaard()));
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 8.0);
        QVERIFY(seriesNamed(chart.get(), QStringLiteral("drempel")).isEmpty());
        const auto inw = seriesNamed(chart.get(), QStringLiteral("inwoner"));
        QCOMPARE(inw.size(), 1);
        QCOMPARE(points(inw.first()), (QList<QPointF> {{1, 2}, {2, 0}, {3, 1}}));
        const auto pro = seriesNamed(chart.get(), QStringLiteral("professional"));
        QCOMPARE(pro.size(), 2);
        QCOMPARE(points(pro.at(0)), (QList<QPointF> {{1, 1}}));
        QCOMPARE(points(pro.at(1)), (QList<QPointF> {{3, 0}}));
    }

    void aMissingPerspectiveStaysInTheLegendWithoutPoints()
    {
        Dossier d = test::trendDossier();
        for (Meetmoment& m : d.meetmomenten)
            m.professional.reset();
        const Trend t = Trend::build(Instrument::standaard(), d);
        std::unique_ptr<QChart> chart(createTrendChart(t, Trend::Maat::Competenties, Instrument::standaard()));
        const auto pro = seriesNamed(chart.get(), QStringLiteral("professional"));
        QCOMPARE(pro.size(), 1);
        QVERIFY(pro.first()->points().isEmpty());
        QCOMPARE(pro.first()->name(), QStringLiteral("Professional (niet gemeten)"));
    }

    void oneMeetmomentIsOnePointInTheMiddle()
    {
        Dossier d = test::trendDossier();
        d.meetmomenten.resize(1);
        const Trend t = Trend::build(Instrument::standaard(), d);
        std::unique_ptr<QChart> chart(createTrendChart(t, Trend::Maat::SociaalKapitaal, Instrument::standaard()));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->min(), 0.5);
        QCOMPARE(x->max(), 1.5);
        const auto inw = seriesNamed(chart.get(), QStringLiteral("inwoner"));
        QCOMPARE(inw.size(), 1);
        QCOMPARE(points(inw.first()), (QList<QPointF> {{1, 2.0}}));
        QVERIFY(inw.first()->pointsVisible());
    }

    void kwadrantPathConnectsTheNumberedPointsInOrder()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        std::unique_ptr<QChart> chart(createKwadrantChart(t, Instrument::standaard()));
        QCOMPARE(chart->title(), QStringLiteral("Pad door de kwadranten"));
        const auto inw = seriesNamed(chart.get(), QStringLiteral("inwoner"));
        QCOMPARE(inw.size(), 1);
        const QList<QPointF> p = points(inw.first());
        QCOMPARE(p.size(), 2); // meetmoment 2 has no PC score
        QCOMPARE(p.at(0), QPointF(3.0, 2.0));
        QCOMPARE(p.at(1).x(), 4.25);
        QVERIFY(qAbs(p.at(1).y() - 25.0 / 7.0) < 1e-12);
        const auto labels = seriesNamed(chart.get(), QStringLiteral("inwoner-punt"));
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0)->pointLabelsFormat(), QStringLiteral("1"));
        QCOMPARE(labels.at(1)->pointLabelsFormat(), QStringLiteral("3"));
        QVERIFY(labels.at(0)->pointLabelsVisible());
        const auto pro = seriesNamed(chart.get(), QStringLiteral("professional"));
        QCOMPARE(points(pro.first()), (QList<QPointF> {{4.0, 3.5}, {5.0, 2.0}}));
        QCOMPARE(seriesNamed(chart.get(), QStringLiteral("professional-punt")).size(), 2);
    }

    void kwadrantPointsOnTheSameSpotShareOneLabel()
    {
        Dossier d = test::trendDossier();
        d.meetmomenten[1].inwoner = d.meetmomenten[0].inwoner; // meetmoment 2 = meetmoment 1: PC 3.0, SK 2.0
        const Trend t = Trend::build(Instrument::standaard(), d);
        std::unique_ptr<QChart> chart(createKwadrantChart(t, Instrument::standaard()));
        const auto labels = seriesNamed(chart.get(), QStringLiteral("inwoner-punt"));
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels.at(0)->pointLabelsFormat(), QStringLiteral("1, 2"));
        QVERIFY(labels.at(0)->pointLabelsVisible());
        QVERIFY(!labels.at(1)->pointLabelsVisible());
        QCOMPARE(labels.at(2)->pointLabelsFormat(), QStringLiteral("3"));
        QVERIFY(labels.at(2)->pointLabelsVisible());
    }

    void kwadrantThresholdLinesDivideTheQuadrantsWhichAreNamedAsInTheInstrument()
    {
        const Trend t = Trend::build(Instrument::standaard(), test::trendDossier());
        std::unique_ptr<QChart> chart(createKwadrantChart(t, Instrument::standaard()));
        QCOMPARE(points(seriesNamed(chart.get(), QStringLiteral("drempel-x")).first()),
            (QList<QPointF> {{3.5, 1}, {3.5, 5}}));
        QCOMPARE(points(seriesNamed(chart.get(), QStringLiteral("drempel-y")).first()),
            (QList<QPointF> {{1, 3.5}, {5, 3.5}}));
        QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Persoonlijke competenties"));
        QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Sociaal kapitaal"));
        const QStringList names = plotTexts(chart.get());
        QVERIFY(names.contains(QStringLiteral("drempel 3,5")));
        for (Kwadrant k : bekendeKwadranten)
            QVERIFY2(names.contains(Instrument::standaard().kwadrantNaam(k)), qPrintable(names.join(u'|')));
    }
};

QTEST_MAIN(TrendChartsTest)
#include "trendcharts_test.moc"
