#include "dashboard/vervolgmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dw;

class VervolgModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsDatesTheDutchWayAndSortsOnTheDate()
    {
        VervolgModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VervolgRij a;
        a.ref = QStringLiteral("ENS-000001");
        a.naam = QStringLiteral("A. de Vries");
        a.meetmomenten = 2;
        a.laatsteMeting = QDate(2026, 3, 1);
        a.vervolgOp = QDate(2026, 9, 1);
        VervolgRij b = a;
        b.ref = QStringLiteral("ENS-000002");
        b.laatsteMeting = QDate(2025, 12, 31);
        b.vervolgOp = QDate(2026, 6, 30);
        model.setRijen({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(VervolgModel::ColumnCount));
        QCOMPARE(model.index(0, VervolgModel::VervolgOp).data().toString(), QStringLiteral("01-09-2026"));
        // Sorting on the text would put 01-09-2026 before 30-06-2026; the sort role is the date.
        QVERIFY(model.index(1, VervolgModel::VervolgOp).data(VervolgModel::SortRole).toDate()
            < model.index(0, VervolgModel::VervolgOp).data(VervolgModel::SortRole).toDate());
        QCOMPARE(
            model.index(1, VervolgModel::Naam).data(VervolgModel::RefRole).toString(), QStringLiteral("ENS-000002"));
        QCOMPARE(model.headerData(VervolgModel::VervolgOp, Qt::Horizontal).toString(),
            QStringLiteral("Vervolg nodig sinds"));
        model.setRijen({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(VervolgModelTest)
#include "vervolgmodel_test.moc"
