#include "core/instrument.h"
#include "dashboard/chartpanel.h"

#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/vervolgmodel.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include <QBarSeries>
#include <QBarSet>
#include <QChart>

#include "common/noticebanner.h"
#include "support/fakeclock.h"
#include "support/handcohort.h"
#include "weergave/charttekst.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

// A percentage as the Teamoverzicht writes it (issue 18): one decimal, a non-breaking space, "%".
QString procent(QStringView getal)
{
    return getal.toString() + QChar(0x00A0) + QLatin1Char('%');
}

// The category labels of the horizontal axis of `chart`.
QStringList categorieen(QChart* chart)
{
    auto* as = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    return as ? as->categories() : QStringList();
}

} // namespace

// A tiny caseload worked out by hand (as tests/storage/cohortquery_test.cpp):
//   A Enschede Anna  2016-01-10 pc2 sk2 | 2016-07-10 pc3 sk3 | 2017-01-10 pc4 sk4   (both perspectives)
//   B Enschede Anna  2016-03-01 pc2 sk2 | 2017-03-01 pc5 sk5
//   C Enschede Bram  2017-02-01 pc3 sk4
//   D Hengelo  Bram  2016-09-01 pc2 sk2 | 2017-06-01 pc4 sk4 | 2018-02-01 pc5 sk5
class DashboardWidgetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("klein.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        using test::addMeetmoment;
        const QString anna = QStringLiteral("Anna"), bram = QStringLiteral("Bram");
        Dossier a = test::handDossier(QStringLiteral("A"), QStringLiteral("Enschede"), anna);
        addMeetmoment(a, QDate(2016, 1, 10), 2, 2, 3, true);
        addMeetmoment(a, QDate(2016, 7, 10), 3, 3, 2, true);
        addMeetmoment(a, QDate(2017, 1, 10), 4, 4, 1, true);
        Dossier b = test::handDossier(QStringLiteral("B"), QStringLiteral("Enschede"), anna);
        addMeetmoment(b, QDate(2016, 3, 1), 2, 2);
        addMeetmoment(b, QDate(2017, 3, 1), 5, 5);
        Dossier c = test::handDossier(QStringLiteral("C"), QStringLiteral("Enschede"), bram);
        addMeetmoment(c, QDate(2017, 2, 1), 3, 4);
        Dossier d = test::handDossier(QStringLiteral("D"), QStringLiteral("Hengelo"), bram);
        addMeetmoment(d, QDate(2016, 9, 1), 2, 2, 2);
        addMeetmoment(d, QDate(2017, 6, 1), 4, 4, 0);
        addMeetmoment(d, QDate(2018, 2, 1), 5, 5);
        Dossier e = test::handDossier(QStringLiteral("E"), QStringLiteral("Hengelo"), bram);
        addMeetmoment(e, m_clock.today().addMonths(-5), 3, 3); // five months ago: not due yet
        QVERIFY(DossierStore(*db.value(), Instrument::standaard()).importDossiers({a, b, c, d, e}).ok());
    }

    void init()
    {
        m_widget = std::make_unique<DashboardWidget>(Connector::forFile(m_path), Instrument::standaard(), m_clock);
        m_widget->setVervolgNaMaanden(6);
        m_widget->resize(1400, 900);
        m_widget->show();
        waitForFigures();
    }
    void cleanup() { m_widget.reset(); }

    void showsTheQuadrantPercentagesInTheTable()
    {
        // Meetmoment 1, inwoner: A, B and D zwak, C enkel sociaal kapitaal.
        QTableWidget* t = table("kwadrantenTable");
        QCOMPARE(t->rowCount(), 6); // 3 meetmomenten x 2 perspectives
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Inwoner"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("5")); // A B C D, and E
        // E (pc3 sk3) is zwak too: 4 of 5.
        QCOMPARE(t->item(0, 3)->text(), procent(u"80,0"));
        QCOMPARE(t->item(0, 4)->text(), procent(u"0,0"));
        QCOMPARE(t->item(0, 5)->text(), procent(u"20,0"));
        QCOMPARE(t->item(0, 6)->text(), procent(u"0,0"));
        QVERIFY(m_widget->charts().at(0)->chart() != nullptr);
    }

    void showsNBesideEveryPercentage()
    {
        // Inwoner: meetmoment 1 of A B C D E (n = 5), 2 of A B D (3), 3 of A D (2); professional: only A (1 each).
        QCOMPARE(categorieen(m_widget->charts().at(0)->chart()),
            (QStringList {QStringLiteral("1 (n = 5)"), QStringLiteral("2 (n = 3)"), QStringLiteral("3 (n = 2)")}));
        QCOMPARE(categorieen(m_widget->charts().at(1)->chart()),
            (QStringList {QStringLiteral("1 (n = 1)"), QStringLiteral("2 (n = 1)"), QStringLiteral("3 (n = 1)")}));
        // Met draagkracht, both perspectives in one chart: inwoner / professional.
        QCOMPARE(categorieen(m_widget->charts().at(3)->chart()),
            (QStringList {
                QStringLiteral("1 (n = 5 / 1)"), QStringLiteral("2 (n = 3 / 1)"), QStringLiteral("3 (n = 2 / 1)")}));
        // In the tables: the n column beside the quadrant percentages, and beside "met draagkracht" its own base
        // (the metingen with a known quadrant), C being the one of five with draagkracht.
        QTableWidget* kw = table("kwadrantenTable");
        QCOMPARE(kw->horizontalHeaderItem(2)->text(), QStringLiteral("n"));
        QCOMPARE(kw->item(0, 2)->text(), QStringLiteral("5"));
        QTableWidget* gem = table("gemiddeldenTable");
        QCOMPARE(gem->item(0, 3)->text(), procent(u"20,0") + QStringLiteral(" (n = 5)"));
    }

    void everyPercentageLabelHasOneForm()
    {
        // Inwoner, meetmoment 1: zwak 80 (4 of 5, QtCharts wrote "80 %"), enkel sociaal kapitaal 20.
        QChart* chart = m_widget->charts().at(0)->chart();
        QStringList labels;
        int zichtbaar = 0;
        for (QGraphicsItem* item : chart->childItems()) {
            auto* tekst = dynamic_cast<QGraphicsSimpleTextItem*>(item);
            if (tekst && tekst->data(0).toString() == QLatin1String(procentSerie)) {
                labels << tekst->text();
                zichtbaar += tekst->isVisible() ? 1 : 0;
            }
        }
        QCOMPARE(labels.size(), 12); // four quadrants, three meetmomenten
        const QRegularExpression vorm(QStringLiteral("^\\d{1,3},\\d\\x{00A0}%$"));
        for (const QString& label : labels)
            QVERIFY2(vorm.match(label).hasMatch(), qPrintable(label));
        QVERIFY(labels.contains(procent(u"80,0")));
        QVERIFY(labels.contains(procent(u"20,0")));
        QVERIFY(zichtbaar > 0);
        // The text for a screen reader writes them alike.
        QVERIFY(m_widget->charts().at(0)->view()->accessibleDescription().contains(
            QStringLiteral("1 (n = 5): ") + procent(u"80,0")));
    }

    void warnsWhenPercentagesRestOnFewerThanTenInwoners()
    {
        // The hand-made caseload has two inwoners at meetmoment 3 and one professional view per meetmoment.
        auto* banner = child<NoticeBanner>("kleineAantallenBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->accessibleName().startsWith(QStringLiteral("Let op: minder dan 10 inwoners bij")));
        QVERIFY(banner->accessibleName().contains(QStringLiteral("meetmoment 3 (inwoner, n = 2)")));
        QVERIFY(banner->accessibleName().endsWith(QStringLiteral("percentages zeggen dan weinig.")));

        // One inwoner: the warning, with n = 1.
        std::unique_ptr<DashboardWidget> een = widgetVoor(1);
        banner = een->findChild<NoticeBanner*>(QStringLiteral("kleineAantallenBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->accessibleName(),
            QStringLiteral("Let op: minder dan 10 inwoners bij meetmoment 1 (inwoner, n = 1); percentages zeggen "
                           "dan weinig."));
        een.reset();
        // Ten inwoners: no warning.
        std::unique_ptr<DashboardWidget> tien = widgetVoor(10);
        QVERIFY(!tien->findChild<NoticeBanner*>(QStringLiteral("kleineAantallenBanner"))->isVisible());
    }

    void saysTooFewDataUnderTwoPairs()
    {
        QTableWidget* t = table("veranderingTable");
        QCOMPARE(t->rowCount(), 8); // 3 measures + dubbel, per perspective
        // Inwoner, competenties: A 2 -> 4, B 2 -> 5, D 2 -> 5: n = 3, mean 8/3.
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("3"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("2,67"));
        QVERIFY(t->item(0, 4)->text().contains(QLatin1Char(',')));
        // Professional: only A has the professional's view, one pair.
        QCOMPARE(t->item(4, 0)->text(), QStringLiteral("Professional"));
        QCOMPARE(t->item(4, 2)->text(), QStringLiteral("1"));
        QCOMPARE(t->item(4, 4)->text(), QStringLiteral("te weinig gegevens"));
        QCOMPARE(t->item(4, 5)->text(), QStringLiteral("te weinig gegevens"));
        QCOMPARE(t->item(7, 6)->text(), QStringLiteral("te weinig gegevens")); // McNemar
        // Kappa: one meetmoment pair each.
        QTableWidget* k = table("kappaTable");
        QCOMPARE(k->rowCount(), 3);
        QCOMPARE(k->item(0, 2)->text(), QStringLiteral("te weinig gegevens"));
    }

    void theChangeChartShowsTheMeanDifferences()
    {
        // Beside the table: inwoner competenties 8/3 (A 2 -> 4, B 2 -> 5, D 2 -> 5), as bar 0 of the inwoner set.
        QCOMPARE(m_widget->charts().size(), 7);
        QChart* chart = m_widget->charts().at(5)->chart();
        QVERIFY(chart);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Inwoner"));
        QVERIFY(qAbs(bars->barSets().at(0)->at(0) - 8.0 / 3.0) < 1e-12);
        // Kappa chart: one bar per meetmoment; "te weinig gegevens" is an empty (0) bar, the table says why.
        auto* kappa = qobject_cast<QBarSeries*>(m_widget->charts().at(6)->chart()->series().value(0));
        QVERIFY(kappa);
        QCOMPARE(kappa->barSets().at(0)->count(), 3);
        QCOMPARE(kappa->barSets().at(0)->at(0), 0.0);
    }

    void thePeriodFilterRecomputes()
    {
        m_widget->setFilter({}, {}, QDate(2016, 6, 1), QDate(2017, 12, 31));
        waitForFigures();
        QCOMPARE(m_widget->controller()->cijfers().vraag.cohort.van, QDate(2016, 6, 1));
        QTableWidget* t = table("veranderingTable");
        // A: meetmoment 2 -> 3 (+1), D: 1 -> 2 (+2); E's meetmoment is after the period.
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("1,50"));
        QTableWidget* kw = table("kwadrantenTable");
        QCOMPARE(kw->item(0, 2)->text(), QStringLiteral("2")); // meetmoment 1 in the period: C and D
        QCOMPARE(kw->item(0, 3)->text(), procent(u"50,0"));
        QVERIFY(child<QLabel>("kopLabel")->text().contains(QStringLiteral("01-06-2016")));
    }

    void saysWhetherClosedDossiersCountAndCanLeaveThemOut()
    {
        // The default is every dossier, and the caption over the figures says so (issue 15).
        QVERIFY(child<QLabel>("kopLabel")->text().contains(QStringLiteral("alle dossiers, ook afgesloten")));
        QVERIFY(!m_widget->controller()->cijfers().vraag.cohort.zonderAfgesloten);
        child<QCheckBox>("afgeslotenCheck")->setChecked(false);
        m_widget->refresh();
        waitForFigures();
        QVERIFY(m_widget->controller()->cijfers().vraag.cohort.zonderAfgesloten);
        QVERIFY(child<QLabel>("kopLabel")->text().contains(QStringLiteral("zonder afgesloten dossiers")));
    }

    void theFollowUpListPerProfessionalAndTeam()
    {
        // Today (fake clock) is 25 November 2026: A, B, C and D are due, E (five months ago) is not.
        QCOMPARE(m_widget->vervolgModel()->rowCount(), 4);
        QCOMPARE(m_widget->vervolgModel()->index(0, VervolgModel::Ref).data().toString(), QStringLiteral("A"));
        QCOMPARE(m_widget->vervolgModel()->index(0, VervolgModel::VervolgOp).data().toString(),
            QStringLiteral("10-07-2017"));
        QTableWidget* t = table("vervolgProfessionalTable");
        QCOMPARE(t->rowCount(), 3); // Anna, Bram, Team
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Anna"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("2"));
        QCOMPARE(t->item(1, 1)->text(), QStringLiteral("3")); // Bram: C, D, E
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("2"));
        QCOMPARE(t->item(2, 0)->text(), QStringLiteral("Team"));
        QCOMPARE(t->item(2, 3)->text(), QStringLiteral("4"));
        QCOMPARE(child<QLabel>("vervolgAantalLabel")->text(),
            QStringLiteral("4 inwoners toe aan een vervolgmeting, van 5 met een meetmoment."));
        // Choosing Bram shows only his inwoners, asked for anew (the list comes in pages: filtering the rows loaded
        // would miss the others).
        t->setCurrentCell(1, 0);
        QTRY_COMPARE(child<QTableView>("vervolgView")->model()->rowCount(), 2);
        QCOMPARE(
            m_widget->vervolgModel()->index(0, VervolgModel::Professional).data().toString(), QStringLiteral("Bram"));
        QCOMPARE(
            child<QLabel>("vervolgAantalLabel")->text(), QStringLiteral("Bram: 2 inwoners toe aan een vervolgmeting."));
        t->setCurrentCell(2, 0);
        QTRY_COMPARE(child<QTableView>("vervolgView")->model()->rowCount(), 4);
        // With 5 months in the settings, E is due as well.
        m_widget->setVervolgNaMaanden(5);
        waitForFigures(5);
        QCOMPARE(m_widget->vervolgModel()->rowCount(), 5);
    }

    void aHeaderClickSortsTheWholeList()
    {
        // Descending by ref: D, C, B, A (the list's own order is A, B, C, D by due date).
        auto* view = child<QTableView>("vervolgView");
        view->sortByColumn(VervolgModel::Ref, Qt::DescendingOrder);
        QTRY_COMPARE(m_widget->vervolgModel()->index(0, VervolgModel::Ref).data().toString(), QStringLiteral("D"));
        QCOMPARE(m_widget->vervolgModel()->index(3, VervolgModel::Ref).data().toString(), QStringLiteral("A"));
        // A new run keeps the order chosen.
        m_widget->refresh();
        waitForFigures();
        QCOMPARE(m_widget->controller()->cijfers().vraag.vervolg.sort, VervolgFilter::Sort::Ref);
        QCOMPARE(m_widget->vervolgModel()->index(0, VervolgModel::Ref).data().toString(), QStringLiteral("D"));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(VervolgModel::Ref));
    }

    void theFollowUpListLoadsTheNextPageWhenScrolledToTheEnd()
    {
        // 1,200 inwoners, every one due: the figures come with the first page.
        std::unique_ptr<DashboardWidget> groot = widgetVoor(1200);
        VervolgModel* model = groot->vervolgModel();
        QCOMPARE(model->totaal(), 1200);
        QCOMPARE(model->rowCount(), VervolgModel::pageSize);
        QVERIFY(groot->findChild<QLabel*>(QStringLiteral("vervolgAantalLabel"))
                    ->text()
                    .startsWith(QStringLiteral("1.200 inwoners toe aan een vervolgmeting")));
        groot->selectTab(4);
        auto* view = groot->findChild<QTableView*>(QStringLiteral("vervolgView"));
        QTRY_VERIFY(view->isVisible());
        view->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * VervolgModel::pageSize, 10000);
        // The second page follows the first: oldest last meetmoment first, K0 … K1199 by date.
        QCOMPARE(model->index(VervolgModel::pageSize, VervolgModel::Ref).data().toString(),
            QStringLiteral("K%1").arg(VervolgModel::pageSize));
        view->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1200, 10000);
        QCOMPARE(model->index(1199, VervolgModel::Ref).data().toString(), QStringLiteral("K1199"));
        QVERIFY(!model->canFetchMore({}));
    }

    void exportsTheCliTablesAndTheFollowUpList()
    {
        const QString csv = m_dir.filePath(QStringLiteral("team.csv"));
        QSignalSpy klaar(m_widget.get(), &DashboardWidget::exportFinished);
        QVERIFY(m_widget->exportCsv(csv).ok());
        QTRY_COMPARE(klaar.count(), 1);
        QCOMPARE(klaar.first().at(1).toString(), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Kwadranten per meetmoment\r\nperspectief;meetmoment;n;"));
        QVERIFY(bytes.contains("inwoner;competenties;3;2,66666666666667;"));
        // Then the follow-up counts (team row) and the list, by ref only: no names leave the screen.
        QVERIFY2(bytes.contains("Vervolg per professional\r\nprofessional;inwoners;met_meetmoment;vervolg_nodig\r\n"),
            bytes.constData());
        QVERIFY(bytes.contains("Vervolgmetingen nodig\r\nref;gemeente;professional;meetmomenten;"));
        for (const char* rij : {"\r\nA;Enschede;Anna;3;", "\r\nB;Enschede;Anna;2;", "\r\nD;Hengelo;Bram;3;"})
            QVERIFY2(bytes.contains(rij), rij);
        QVERIFY(!bytes.contains("naam"));

        const QString xlsx = m_dir.filePath(QStringLiteral("team.xlsx"));
        QVERIFY(m_widget->exportXlsx(xlsx).ok());
        QTRY_COMPARE(klaar.count(), 2);
        QCOMPARE(klaar.last().at(1).toString(), QString());
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                               "print(sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet')))"),
                xlsx});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
            QStringLiteral("['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', "
                           "'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml', 'xl/worksheets/sheet6.xml']"));
    }

    void savesChartsAsPngAndSvg()
    {
        const QString png = m_dir.filePath(QStringLiteral("kwadranten.png"));
        const QString svg = m_dir.filePath(QStringLiteral("kwadranten.svg"));
        QVERIFY(m_widget->charts().at(0)->save(png).ok());
        QVERIFY(m_widget->charts().at(0)->save(svg).ok());
        QFile p(png);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(8).startsWith("\x89PNG"));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray text = s.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Kwadranten per meetmoment"));
        QVERIFY(!m_widget->charts().at(0)->save(m_dir.filePath(QStringLiteral("x.gif"))).ok());
    }

    void cancelKeepsThePreviousFiguresAndSaysSo()
    {
        const int before = m_widget->controller()->generation();
        m_widget->setFilter(QStringLiteral("Hengelo"), {}, {}, {});
        QCOMPARE(m_widget->controller()->toestand(), DashboardController::Toestand::Bezig);
        QVERIFY(child<QPushButton>("annulerenButton")->isEnabled());
        child<QPushButton>("annulerenButton")->click(); // synchronous: no event loop in between
        QCOMPARE(m_widget->controller()->toestand(), DashboardController::Toestand::Geannuleerd);
        QVERIFY(child<QLabel>("statusLabel")->text().startsWith(QStringLiteral("Geannuleerd")));
        QTest::qWait(300); // a late answer of the cancelled run is dropped
        QCOMPARE(m_widget->controller()->toestand(), DashboardController::Toestand::Geannuleerd);
        QVERIFY(m_widget->controller()->cijfers().vraag.cohort.gemeente.isEmpty());
        QCOMPARE(table("kwadrantenTable")->item(0, 2)->text(), QStringLiteral("5"));
        QVERIFY(m_widget->controller()->generation() > before);
    }

    void keyboardOnly()
    {
        // The filter bar comes first in the tab order, and every control has a mnemonic.
        m_widget->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
        QWidget* combo = child<QWidget>("gemeenteCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("professionalCombo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("vanCheck"));
        QCOMPARE(child<QLabel>("gemeenteLabel")->buddy(), combo);
        QVERIFY(child<QPushButton>("csvButton")->text().contains(QLatin1Char('&')));
        // Escape cancels a run.
        m_widget->refresh();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_widget->controller()->toestand(), DashboardController::Toestand::Geannuleerd);
    }

private:
    // A Teamoverzicht of a caseload of `n` inwoners with one meetmoment each (inwoner only), shown and computed.
    std::unique_ptr<DashboardWidget> widgetVoor(int n)
    {
        const QString path = m_dir.filePath(QStringLiteral("n%1.sqlite").arg(n));
        auto db = Database::open(path);
        if (!db.ok())
            qFatal("no database");
        QVector<Dossier> dossiers;
        for (int i = 0; i < n; ++i) {
            dossiers << test::handDossier(QStringLiteral("K%1").arg(i), QStringLiteral("Enschede"));
            test::addMeetmoment(dossiers.last(), QDate(2016, 1, 10).addDays(i), 4, 2);
        }
        if (!DossierStore(*db.value(), Instrument::standaard()).importDossiers(dossiers).ok())
            qFatal("import failed");
        auto w = std::make_unique<DashboardWidget>(Connector::forFile(path), Instrument::standaard(), m_clock);
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitFor(
                [&w] { return w->controller()->toestand() == DashboardController::Toestand::Klaar; }, 10000))
            qFatal("no figures");
        return w;
    }

    template<typename T> T* child(const char* name) const
    {
        T* w = m_widget->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QTableWidget* table(const char* name) const { return child<QTableWidget>(name); }
    void waitForFigures(int maanden = 6)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->controller()->toestand() == DashboardController::Toestand::Klaar
                && m_widget->controller()->cijfers().vraag.vervolg.maanden == maanden,
            10000);
    }

    QTemporaryDir m_dir;
    QString m_path;
    test::FakeClock m_clock;
    std::unique_ptr<DashboardWidget> m_widget;
};

QTEST_MAIN(DashboardWidgetTest)
#include "dashboardwidget_test.moc"
