#include "caseload/caseloadmodel.h"
#include "core/instrument.h"
#include "storage/database.h"

#include "support/demofile.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

class CaseloadModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("caseload.sqlite"));
        QVERIFY(test::makeDemoFile(m_path, 1200, 5));
    }

    void loadsTheCountAndPagesOffTheUiThread()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(CaseloadFilter {});
        // The first page, and the count: first up to its cap of 1,000, then exact.
        QTRY_COMPARE(model.telling(), (CaseloadTelling {1200, false}));
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(model.canFetchMore({}));
    }

    void fetchesTheNextPageAfterTheLastRowAtTheEnd()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        model.setFilter(CaseloadFilter {});
        QTRY_COMPARE(model.rowCount(), 500);
        QVERIFY(model.canFetchMore({}));
        // The view asks at the end of the rows it has: the next 500 follow the last one.
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1000);
        // Showing a row near the end asks for the next page before the view gets there.
        QVERIFY(!model.data(model.index(950, CaseloadModel::Ref)).toString().isEmpty());
        QTRY_COMPARE(model.rowCount(), 1200);
        QVERIFY(!model.canFetchMore({}));
        // In name order with every inwoner once, across both page boundaries.
        QSet<QString> refs;
        for (int r = 1; r < model.rowCount(); ++r) {
            const QString before = model.data(model.index(r - 1, CaseloadModel::Naam)).toString();
            const QString naam = model.data(model.index(r, CaseloadModel::Naam)).toString();
            QVERIFY2(before <= naam, qPrintable(QStringLiteral("rij %1: %2 > %3").arg(r).arg(before, naam)));
            refs.insert(model.data(model.index(r, CaseloadModel::Ref)).toString());
        }
        refs.insert(model.data(model.index(0, CaseloadModel::Ref)).toString());
        QCOMPARE(refs.size(), 1200);
        // Nothing more to fetch at the end: asking again changes nothing.
        model.fetchMore({});
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1200);
    }

    void saysTheCountIsCappedUntilTheExactOneArrives()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        QVector<CaseloadTelling> seen;
        connect(&model, &CaseloadModel::tellingChanged, &model, [&] { seen << model.telling(); });
        CaseloadFilter f;
        f.zoek = QStringLiteral("e"); // one letter: most of the 1,200
        model.setFilter(f);
        QTRY_VERIFY(!seen.isEmpty() && !seen.constLast().meer);
        QCOMPARE(seen.constFirst(), (CaseloadTelling {1000, true}));
        QVERIFY(seen.constLast().aantal > 1000);
        // A filter that finds fewer than the cap is counted exactly at once.
        seen.clear();
        f.zoek = QStringLiteral("venlo");
        model.setFilter(f);
        QTRY_VERIFY(!seen.isEmpty());
        QCOMPARE(seen, (QVector<CaseloadTelling> {{200, false}}));
    }

    void sortsByName()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        model.setFilter(CaseloadFilter {});
        QTRY_COMPARE(model.rowCount(), 500);
        const QString first = model.data(model.index(0, CaseloadModel::Naam)).toString();
        const QString second = model.data(model.index(1, CaseloadModel::Naam)).toString();
        QVERIFY2(first <= second, qPrintable(first + QStringLiteral(" > ") + second));
        model.sort(CaseloadModel::Naam, Qt::DescendingOrder);
        QTRY_VERIFY(model.data(model.index(0, CaseloadModel::Naam)).toString() >= second);
    }

    void filtersAndSearch()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseloadFilter f;
        f.gemeente = QStringLiteral("Venlo");
        model.setFilter(f);
        QTRY_COMPARE(model.telling(), (CaseloadTelling {200, false})); // every sixth of 1200
        QCOMPARE(model.rowCount(), 200);
        f = CaseloadFilter {};
        f.zoek = QStringLiteral("vnl-000007");
        model.setFilter(f);
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.data(model.index(0, CaseloadModel::Ref)).toString(), QStringLiteral("VNL-000007"));
        f.zoek = QStringLiteral("bestaat-niet");
        model.setFilter(f);
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void quadrantAndFollowUpFilters()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        CaseloadFilter f;
        f.kwadrantInwoner = Kwadrant::Dubbel;
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading() && !model.telling().meer);
        const int dubbel = model.telling().aantal;
        QVERIFY(dubbel > 50 && dubbel < 900);
        QTRY_COMPARE(model.data(model.index(0, CaseloadModel::KwadrantInwoner)).toString(),
            QStringLiteral("Dubbele draagkracht"));
        // Every demo inwoner's last meetmoment is in 2016-2018: on 2026-11-25 all are due; on 2016-01-01 none.
        f = CaseloadFilter {};
        f.alleenVervolgNodig = true;
        f.peildatum = QDate(2026, 11, 25);
        model.setFilter(f);
        QTRY_COMPARE(model.telling(), (CaseloadTelling {1200, false}));
        f.peildatum = QDate(2016, 1, 1);
        model.setFilter(f);
        QTRY_COMPARE(model.rowCount(), 0);
    }

    // Issue 18: a column narrower than its longest value shows it whole in a tooltip; short headers say what they mean.
    void aLongGemeenteIsWholeInItsTooltipAndTheHeadersAreExplained()
    {
        CaseloadModel model(Connector::forFile(m_path), Instrument::standaard());
        CaseloadFilter f;
        f.gemeente = QStringLiteral("Súdwest-Fryslân");
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        const QModelIndex gemeente = model.index(0, CaseloadModel::Gemeente);
        QTRY_COMPARE(model.data(gemeente).toString(), QStringLiteral("Súdwest-Fryslân"));
        QCOMPARE(model.data(gemeente, Qt::ToolTipRole).toString(), QStringLiteral("Súdwest-Fryslân"));
        const QModelIndex naam = model.index(0, CaseloadModel::Naam);
        QCOMPARE(model.data(naam, Qt::ToolTipRole).toString(), model.data(naam).toString());
        QCOMPARE(model.headerData(CaseloadModel::Meetmomenten, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Aantal meetmomenten"));
        QCOMPARE(model.headerData(CaseloadModel::KwadrantProfessional, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Kwadrant professional: bij het laatste meetmoment"));
        QCOMPARE(model.headerData(CaseloadModel::Gemeente, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Gemeente"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(CaseloadModelTest)
#include "caseloadmodel_test.moc"
