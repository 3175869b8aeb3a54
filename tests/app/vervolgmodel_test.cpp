#include "dashboard/vervolgmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {

// A list of `n` due inwoners in the list's order, as the database would give it.
QVector<VervolgRij> lijst(int n)
{
    QVector<VervolgRij> out;
    for (int i = 0; i < n; ++i) {
        VervolgRij r;
        r.id = i + 1;
        r.ref = QStringLiteral("ENS-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        r.naam = QStringLiteral("Inwoner %1").arg(i);
        r.meetmomenten = 1 + i % 3;
        r.laatsteMeting = QDate(2025, 1, 1).addDays(i / 7);
        r.vervolgOp = r.laatsteMeting.addMonths(6);
        out << r;
    }
    return out;
}

// The page after `na` (by its id), as the loader's keyset query gives it.
QVector<VervolgRij> paginaNa(const QVector<VervolgRij>& alle, const std::optional<VervolgRij>& na)
{
    int begin = 0;
    if (na) {
        while (begin < alle.size() && alle[begin].id != na->id)
            ++begin;
        ++begin;
    }
    return alle.mid(begin, VervolgModel::pageSize);
}

} // namespace

class VervolgModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsDatesTheDutchWay()
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
        model.setLijst({}, 2, {b, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(VervolgModel::ColumnCount));
        QCOMPARE(model.index(1, VervolgModel::VervolgOp).data().toString(), QStringLiteral("01-09-2026"));
        QCOMPARE(model.index(0, VervolgModel::LaatsteMeting).data().toString(), QStringLiteral("31-12-2025"));
        QCOMPARE(
            model.index(0, VervolgModel::Naam).data(VervolgModel::RefRole).toString(), QStringLiteral("ENS-000002"));
        QCOMPARE(model.headerData(VervolgModel::VervolgOp, Qt::Horizontal).toString(),
            QStringLiteral("Vervolg nodig sinds"));
        QVERIFY(!model.canFetchMore({})); // all there
        model.setLijst({}, 0, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchesThePageAfterItsLastRowUntilTheEnd()
    {
        const QVector<VervolgRij> alle = lijst(1234);
        VervolgModel model; // no QAbstractItemModelTester here: it fetches more itself (see the next test)
        QVector<std::optional<VervolgRij>> gevraagd;
        QVector<int> lijsten;
        connect(&model,
            &VervolgModel::pageRequested,
            this,
            [&](int l, const VervolgFilter&, const std::optional<VervolgRij>& na) {
                lijsten << l;
                gevraagd << na;
            });
        model.setLijst({}, static_cast<int>(alle.size()), alle.mid(0, VervolgModel::pageSize));
        const int lijstNr = model.lijst();
        QVERIFY(gevraagd.isEmpty());
        QCOMPARE(model.rowCount(), VervolgModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(gevraagd.size(), 1);
        QCOMPARE(gevraagd.last()->id, alle[VervolgModel::pageSize - 1].id); // after the last row shown
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one page at a time
        model.fetchMore({});
        QCOMPARE(gevraagd.size(), 1);
        model.onPage(lijstNr, paginaNa(alle, gevraagd.last()));
        QCOMPARE(model.rowCount(), 2 * VervolgModel::pageSize);
        QCOMPARE(
            model.index(VervolgModel::pageSize, VervolgModel::Ref).data().toString(), alle[VervolgModel::pageSize].ref);
        model.fetchMore({});
        model.onPage(lijstNr, paginaNa(alle, gevraagd.last()));
        QCOMPARE(model.rowCount(), 1234);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(1233, VervolgModel::Ref).data().toString(), alle.last().ref);
        QVERIFY(std::all_of(lijsten.begin(), lijsten.end(), [lijstNr](int l) { return l == lijstNr; }));
    }

    void staysConsistentWhileAViewFetchesEveryPage()
    {
        // The tester fetches more after every change, as a view scrolled to the end would; pages come queued.
        const QVector<VervolgRij> alle = lijst(1234);
        VervolgModel model;
        connect(
            &model,
            &VervolgModel::pageRequested,
            this,
            [&](int l, const VervolgFilter&, const std::optional<VervolgRij>& na) {
                model.onPage(l, paginaNa(alle, na));
            },
            Qt::QueuedConnection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLijst({}, static_cast<int>(alle.size()), alle.mid(0, VervolgModel::pageSize));
        QTRY_COMPARE(model.rowCount(), 1234);
        QVERIFY(!model.canFetchMore({}));
        for (int r : {0, 499, 500, 999, 1000, 1233})
            QCOMPARE(model.index(r, VervolgModel::Ref).data().toString(), alle[r].ref);
    }

    void dropsAPageOfAnOlderListAndAsksAgainAfterAFailure()
    {
        const QVector<VervolgRij> alle = lijst(1200);
        VervolgModel model;
        QSignalSpy requests(&model, &VervolgModel::pageRequested);
        QSignalSpy failed(&model, &VervolgModel::failed);
        model.setLijst({}, 1200, alle.mid(0, VervolgModel::pageSize));
        const int oud = model.lijst();
        model.fetchMore({});
        model.setLijst({}, 1200, alle.mid(0, VervolgModel::pageSize)); // a new run's list meanwhile
        model.onPage(oud, paginaNa(alle, alle[VervolgModel::pageSize - 1]));
        QCOMPARE(model.rowCount(), VervolgModel::pageSize);
        requests.clear();
        model.fetchMore({});
        QCOMPARE(requests.count(), 1);
        model.onPageFailed(model.lijst(), QStringLiteral("verbinding weg"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(model.canFetchMore({})); // scrolling asks again
        model.fetchMore({});
        QCOMPARE(requests.count(), 2);
    }

    void aHeaderClickAsksForTheWholeListInThatOrder()
    {
        const QVector<VervolgRij> alle = lijst(800);
        VervolgModel model;
        VervolgFilter f;
        f.gemeente = QStringLiteral("Enschede");
        model.setLijst(f, 800, alle.mid(0, VervolgModel::pageSize));
        QSignalSpy requests(&model, &VervolgModel::pageRequested);
        QSignalSpy reset(&model, &VervolgModel::modelReset);
        model.sort(VervolgModel::Naam, Qt::DescendingOrder);
        QCOMPARE(requests.count(), 1);
        const auto gevraagd = requests.first().at(1).value<VervolgFilter>();
        QCOMPARE(gevraagd.sort, VervolgFilter::Sort::Naam);
        QVERIFY(gevraagd.descending);
        QCOMPARE(gevraagd.gemeente, QStringLiteral("Enschede"));
        QVERIFY(!requests.first().at(2).value<std::optional<VervolgRij>>().has_value()); // from the top
        // The old rows stay until the new first page comes, which replaces them.
        QCOMPARE(model.rowCount(), VervolgModel::pageSize);
        QCOMPARE(reset.count(), 0);
        QVector<VervolgRij> omgekeerd(alle.rbegin(), alle.rend());
        model.onPage(requests.first().at(0).toInt(), omgekeerd.mid(0, VervolgModel::pageSize));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(0, VervolgModel::Ref).data().toString(), alle.last().ref);
        QCOMPARE(model.totaal(), 800);
        QVERIFY(model.canFetchMore({}));
        // The same order again asks nothing; no header (-1) is the list's own order.
        model.sort(VervolgModel::Naam, Qt::DescendingOrder);
        QCOMPARE(requests.count(), 1);
        model.sort(-1, Qt::AscendingOrder);
        QCOMPARE(requests.count(), 2);
        QCOMPARE(requests.last().at(1).value<VervolgFilter>().sort, VervolgFilter::Sort::VervolgOp);
        QVERIFY(!requests.last().at(1).value<VervolgFilter>().descending);
    }
};

QTEST_MAIN(VervolgModelTest)
#include "vervolgmodel_test.moc"
