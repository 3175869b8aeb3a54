#include "core/instrument.h"
#include "core/trend.h"
#include "support/trenddossier.h"
#include "trend/draaglasttrendmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace dw;

class DraaglastTrendModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void rowsAreLevensgebiedenColumnsMeetmomentenTimesPerspectives()
    {
        DraaglastTrendModel model(Instrument::standaard());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no trend yet
        model.setTrend(Trend::build(Instrument::standaard(), test::trendDossier()));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 6); // 3 meetmomenten × 2 perspectives
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Financiën (incl. schulden)"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("1 · inw.\n14-06-16"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("3 · prof.\n10-01-17"));
    }

    void levelsAreColouredAndGapsAreEmpty()
    {
        DraaglastTrendModel model(Instrument::standaard());
        model.setTrend(Trend::build(Instrument::standaard(), test::trendDossier()));
        const auto niveau
            = [&model](int row, int col) { return model.index(row, col).data(DraaglastTrendModel::NiveauRole); };
        // Financiën: inwoner 2, professional 1 at meetmoment 1; inwoner not rated and professional not measured
        // at 2; inwoner 1, professional 0 at 3.
        QCOMPARE(niveau(0, 0), QVariant(2));
        QCOMPARE(niveau(0, 1), QVariant(1));
        QVERIFY(!niveau(0, 2).isValid());
        QVERIFY(!niveau(0, 3).isValid());
        QCOMPARE(niveau(0, 4), QVariant(1));
        QCOMPARE(niveau(0, 5), QVariant(0));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2"));
        QCOMPARE(
            model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), DraaglastTrendModel::niveauKleur(2));
        QVERIFY(!model.index(0, 2).data(Qt::BackgroundRole).isValid()); // a gap has no colour
        QCOMPARE(model.index(0, 2).data().toString(), QString()); // not rated: empty
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("–")); // not measured
        QVERIFY(!model.index(0, 3).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("niet beoordeeld")));
        QVERIFY(
            model.index(0, 3).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("Professional niet gemeten")));
        // Opvoeding (row 3) is n.v.t. for the inwoner at meetmoment 1: a gap, marked as such.
        QVERIFY(!niveau(3, 0).isValid());
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("n.v.t."));
        QVERIFY(!model.index(3, 0).data(Qt::BackgroundRole).isValid());
        // Wonen (row 1) is 1 for the inwoner and not rated by the professional at meetmoment 1.
        QCOMPARE(niveau(1, 0), QVariant(1));
        QVERIFY(!niveau(1, 1).isValid());
    }

    void onePerspectiveShowsOneColumnPerMeetmoment()
    {
        DraaglastTrendModel model(Instrument::standaard());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(Trend::build(Instrument::standaard(), test::trendDossier()));
        model.setPerspectieven({Perspectief::Professional});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 0).data(DraaglastTrendModel::NiveauRole), QVariant(1));
        QVERIFY(!model.index(0, 1).data(DraaglastTrendModel::NiveauRole).isValid());
        QCOMPARE(model.index(0, 2).data(DraaglastTrendModel::NiveauRole), QVariant(0));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2\n10-01-17"));
    }
};

QTEST_MAIN(DraaglastTrendModelTest)
#include "draaglasttrendmodel_test.moc"
