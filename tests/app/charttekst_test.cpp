// Issue 20, point 1: a chart's text alternative gives the figures the chart shows, and only those.
#include "weergave/charttekst.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPointer>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace dw;

class ChartTekstTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void barsAreReadPerSetWithTheirCategories()
    {
        QChart chart;
        chart.setTitle(QStringLiteral("Met draagkracht"));
        auto* series = new QBarSeries;
        auto* inwoner = new QBarSet(QStringLiteral("Inwoner"));
        *inwoner << 40.0 << 62.5;
        auto* professional = new QBarSet(QStringLiteral("Professional"));
        *professional << 33.333 << 0.0;
        series->append(inwoner);
        series->append(professional);
        chart.addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append({QStringLiteral("1"), QStringLiteral("2")});
        auto* y = new QValueAxis;
        y->setTitleText(QStringLiteral("%"));
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        QCOMPARE(grafiekAlsTekst(&chart),
            QStringLiteral("Met draagkracht\n"
                           "Waarden: %.\n"
                           "Inwoner — 1: 40; 2: 62,5\n"
                           "Professional — 1: 33,33; 2: 0"));
    }

    void linesOnACategoryAxisAreReadByItsLabelsAndHiddenHelpersAreLeftOut()
    {
        QChart chart;
        chart.setTitle(QStringLiteral("Competenties"));
        auto* x = new QCategoryAxis;
        x->append(QStringLiteral("1 · 01-03-2026"), 1);
        x->append(QStringLiteral("<p align=\"center\">2<br>01-09-2026</p>"), 2); // as the trend charts write it
        x->setRange(0.5, 2.5);
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto* y = new QValueAxis;
        y->setTitleText(QStringLiteral("Score (1–5)"));
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        auto* lijn = new QLineSeries;
        lijn->setName(QStringLiteral("Inwoner"));
        lijn->append(1, 3.25);
        lijn->append(2, 4);
        auto* drempel = new QLineSeries;
        drempel->setName(QStringLiteral("drempel"));
        drempel->append(0.5, 3.5);
        drempel->append(2.5, 3.5);
        for (QLineSeries* s : {lijn, drempel}) {
            chart.addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        drempel->setProperty(hulpSerie, true); // as the trend charts mark their threshold lines
        QCOMPARE(grafiekAlsTekst(&chart),
            QStringLiteral("Competenties\n"
                           "Waarden: Score (1–5).\n"
                           "Inwoner — 1 · 01-03-2026: 3,25; 2 01-09-2026: 4"));
    }

    void pointsOnAPlaneNameBothCoordinates()
    {
        QChart chart;
        chart.setTitle(QStringLiteral("Kwadrant"));
        auto* x = new QValueAxis;
        x->setTitleText(QStringLiteral("Competenties"));
        auto* y = new QValueAxis;
        y->setTitleText(QStringLiteral("Sociaal kapitaal"));
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        auto* punten = new QScatterSeries;
        punten->setName(QStringLiteral("Professional"));
        punten->append(3.5, 2.75);
        chart.addSeries(punten);
        punten->attachAxis(x);
        punten->attachAxis(y);
        QCOMPARE(grafiekAlsTekst(&chart),
            QStringLiteral("Kwadrant\nProfessional — Competenties 3,5, Sociaal kapitaal 2,75"));
    }

    void aShownChartIsNamedAndDescribedAndReplacesTheOldOne()
    {
        QChartView view;
        auto* eerste = new QChart;
        view.setChart(eerste);
        const QPointer<QChart> oud(eerste);
        auto* nieuw = new QChart;
        nieuw->setTitle(QStringLiteral("Sociaal kapitaal"));
        toonGrafiek(&view, nieuw);
        QCOMPARE(view.chart(), nieuw);
        QVERIFY(oud.isNull()); // the old chart is gone, not leaked
        QCOMPARE(view.accessibleName(), QStringLiteral("Sociaal kapitaal"));
        QCOMPARE(view.accessibleDescription(), QStringLiteral("Sociaal kapitaal\nGeen cijfers om te tonen."));
        maakGrafiekBereikbaar(&view);
        QVERIFY(view.focusPolicy() & Qt::TabFocus);
    }

    void aChartWithoutSeriesSaysSo()
    {
        QChart chart;
        chart.setTitle(QStringLiteral("Leeg"));
        QCOMPARE(grafiekAlsTekst(&chart), QStringLiteral("Leeg\nGeen cijfers om te tonen."));
        QCOMPARE(grafiekAlsTekst(nullptr), QString());
    }
};

QTEST_MAIN(ChartTekstTest)
#include "charttekst_test.moc"
