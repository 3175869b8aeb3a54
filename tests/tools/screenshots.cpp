// Takes the screenshots in docs/screenshots/ from the real widgets: draagwijzer-screenshots --database DB --out DIR
// [--ref REF]. Run it under xvfb-run (or QT_QPA_PLATFORM=offscreen) on a demo database.
// With --dashboard it only opens the Teamoverzicht (read-only: safe on a database that must not change), times
// it and writes dashboard-*.png.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "dashboard/dashboardcontroller.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/vervolgmodel.h"
#include "document/dossierdocument.h"
#include "dossier/dossierwidget.h"
#include "mainwindow/mainwindow.h"
#include "meting/metingdialog.h"
#include "meting/metingform.h"
#include "reporting/planpdf.h"
#include "storage/database.h"
#include "trend/trendwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

void settle(int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget* w, const QString& dir, const char* name)
{
    const QString path = QDir(dir).filePath(QLatin1String(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// The Teamoverzicht as the user sees it, timed: from opening to the figures, and the longest pause of the UI
// thread meanwhile (a 10 ms timer that should keep firing).
int dashboardScreenshots(const QString& database, const QString& out)
{
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    dw::DashboardWidget dashboard(dw::Connector::forFile(database), dw::Instrument::standaard(), dw::Clock::system());
    dashboard.resize(1400, 900);
    dashboard.show();
    qint64 longestPause = 0;
    int ticks = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        ++ticks;
        longestPause = std::max(longestPause, sinceTick.restart());
    });
    heartbeat.start();
    // Where a pause comes from: the loaders computing (the UI thread only waits), or showing their figures (charts,
    // tables and the list's first page, on the UI thread). Connected after the widget's own slots.
    qint64 pauseWhileComputing = -1;
    qint64 showingMs = -1;
    QElapsedTimer showing;
    QObject::connect(dashboard.controller(), &dw::DashboardController::toestandChanged, [&](auto toestand) {
        if (toestand == dw::DashboardController::Toestand::Klaar && pauseWhileComputing < 0) {
            pauseWhileComputing = std::max(longestPause, sinceTick.elapsed());
            showing.start();
        }
    });
    QObject::connect(dashboard.controller(), &dw::DashboardController::cijfersChanged, [&] {
        if (showingMs < 0)
            showingMs = showing.elapsed();
    });
    // Waiting blocks until the next event (at the latest the heartbeat), as the app's own event loop does: a loop
    // that polls would keep one of the cores the loader threads compute on.
    while (dashboard.controller()->toestand() != dw::DashboardController::Toestand::Klaar) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (dashboard.controller()->toestand() == dw::DashboardController::Toestand::Mislukt
            || sinceOpen.elapsed() > 120000) {
            std::fprintf(stderr, "dashboard: no figures\n");
            return 1;
        }
    }
    const qint64 toFigures = sinceOpen.elapsed();
    settle(300);
    std::printf("dashboard: figures shown %lld ms after opening (loaders %lld ms); UI thread: %d heartbeats, "
                "longest pause %lld ms (while computing %lld ms; showing the figures took %lld ms)\n",
        static_cast<long long>(toFigures),
        static_cast<long long>(dashboard.controller()->cijfers().ms),
        ticks,
        static_cast<long long>(longestPause),
        static_cast<long long>(pauseWhileComputing),
        static_cast<long long>(showingMs));
    QStringList steps;
    for (qint64 ms : dashboard.controller()->cijfers().stapMs)
        steps << QString::number(ms);
    std::printf("dashboard: per step (cohort thread: step 1, step 3, wait for the pairs; follow-up thread: counts, "
                "first page): %s ms\n",
        qPrintable(steps.join(QStringLiteral(", "))));
    const char* names[] = {"dashboard-kwadranten.png",
        "dashboard-gemiddelden.png",
        "dashboard-verandering.png",
        "dashboard-overeenstemming.png",
        "dashboard-vervolg.png"};
    for (int tab = 0; tab < 5; ++tab) {
        dashboard.selectTab(tab);
        settle(300);
        save(&dashboard, out, names[tab]);
    }

    // The follow-up list (tab 5 is showing): the next page as scrolling to the end asks for it, and the whole list in
    // another order (a click on the Naam header), each with the longest UI pause meanwhile.
    dw::VervolgModel* vervolg = dashboard.vervolgModel();
    auto* view = dashboard.findChild<QTableView*>(QStringLiteral("vervolgView"));
    const auto waitForList = [](const std::function<bool()>& done) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return t.elapsed();
    };
    // Pauses from here on only: saving the screenshots above kept the UI thread busy too.
    const auto measurePausesFromNow = [&] {
        longestPause = 0;
        sinceTick.restart();
    };
    const int loaded = vervolg->rowCount();
    measurePausesFromNow();
    view->scrollToBottom();
    const qint64 nextPage = waitForList(
        [&] { return vervolg->rowCount() > loaded || (!vervolg->isLoading() && !vervolg->canFetchMore({})); });
    const qint64 pagePause = longestPause;
    const int afterScroll = vervolg->rowCount();
    measurePausesFromNow();
    view->sortByColumn(dw::VervolgModel::Naam, Qt::AscendingOrder);
    const qint64 sorted = waitForList([&] { return !vervolg->isLoading(); });
    std::printf(
        "dashboard: follow-up list of %d: %d rows with the figures, next page %lld ms (%d rows, longest UI pause "
        "%lld ms), sorted by naam %lld ms (longest UI pause %lld ms)\n",
        vervolg->totaal(),
        loaded,
        static_cast<long long>(nextPage),
        afterScroll,
        static_cast<long long>(pagePause),
        static_cast<long long>(sorted),
        static_cast<long long>(longestPause));
    view->sortByColumn(-1, Qt::AscendingOrder);
    waitForList([&] { return !vervolg->isLoading(); });

    // Cancel at scale: start a full run, cancel it after 300 ms and ask for one gemeente at once. If the running
    // query is really interrupted, the gemeente's figures come about as fast as on their own.
    const auto waitFor = [&dashboard](qint64 limit) {
        QElapsedTimer t;
        t.start();
        while (dashboard.controller()->toestand() == dw::DashboardController::Toestand::Bezig && t.elapsed() < limit)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return t.elapsed();
    };
    dashboard.setFilter({}, {}, QDate(2000, 1, 1), {});
    settle(300);
    QElapsedTimer cancel;
    cancel.start();
    dashboard.controller()->cancel();
    const qint64 cancelMs = cancel.elapsed();
    dashboard.setFilter(QStringLiteral("Venlo"), {}, {}, {});
    const qint64 afterCancel = waitFor(120000);
    const qint64 venloLoader = dashboard.controller()->cijfers().ms;
    dashboard.refresh();
    const qint64 alone = waitFor(120000);
    std::printf("dashboard: cancel returned in %lld ms; Venlo after a cancelled full run %lld ms (loader %lld ms), "
                "Venlo alone %lld ms\n",
        static_cast<long long>(cancelMs),
        static_cast<long long>(afterCancel),
        static_cast<long long>(venloLoader),
        static_cast<long long>(alone));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    dw::setApplicationIdentity();
    QApplication::setOrganizationName(QStringLiteral("Draagwijzer-screenshots")); // keep the user's settings apart
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("database"), QStringLiteral("PAD")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("MAP")});
    parser.addOption({QStringLiteral("ref"), QStringLiteral("dossier to show"), QStringLiteral("REF")});
    parser.addOption({QStringLiteral("dashboard"), QStringLiteral("only the Teamoverzicht, read-only")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dashboard"))) {
        QDir().mkpath(parser.value(QStringLiteral("out")));
        return dashboardScreenshots(parser.value(QStringLiteral("database")), parser.value(QStringLiteral("out")));
    }
    auto db = dw::Database::open(parser.value(QStringLiteral("database")));
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);
    dw::MainWindow window(std::move(db).value(), dw::Instrument::standaard(), dw::Clock::system());
    window.resize(1400, 860);
    window.show();
    // Start-up as the user sees it: from process start to a window whose caseload shows its first rows.
    while (window.caseload()->model()->isLoading() || window.caseload()->model()->rowCount() == 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (startup.elapsed() > 20000)
            break;
    }
    QApplication::processEvents();
    std::printf("start-up to a usable caseload: %lld ms (%d inwoners)\n",
        static_cast<long long>(startup.elapsed()),
        window.caseload()->model()->rowCount());
    settle(800);
    save(&window, out, "caseload.png");

    const QString ref
        = parser.isSet(QStringLiteral("ref")) ? parser.value(QStringLiteral("ref")) : QStringLiteral("ENS-000001");
    if (!window.openDossier(ref))
        return 1;
    settle();
    window.dossierWidget()->showTab(1);
    settle();
    save(&window, out, "dossier.png");
    window.dossierWidget()->showTab(2);
    settle();
    save(&window, out, "vergelijking.png");
    const auto d0 = [&window]() -> const dw::Dossier& { return window.dossierWidget()->document()->dossier(); };
    window.dossierWidget()->showTab(3);
    // The Trends tab as a team lead reads it on a full-HD screen: the window wider, the dossier pane gets the room.
    window.resize(1800, 940);
    settle();
    save(&window, out, "trend.png");
    window.resize(1400, 860);
    // One figure as the "Grafiek opslaan…" action writes it.
    if (auto* trend = window.dossierWidget()->findChild<dw::TrendWidget*>()) {
        const QString path = QDir(out).filePath(QStringLiteral("trend-kwadrantpad.png"));
        const dw::Status s = trend->saveGrafiek(dw::TrendGrafiek::KwadrantPad, path);
        std::printf("%s %s\n", s.ok() ? "saved" : "FAILED", qPrintable(path));
    }
    window.dossierWidget()->showTab(4);
    // The plan editor wants room: give the caseload the narrow side, as a professional writing a plan would.
    window.resize(1600, 900);
    settle();
    if (auto* splitter = qobject_cast<QSplitter*>(window.centralWidget()))
        splitter->setSizes({420, 1180});
    settle();
    save(&window, out, "plan.png");
    window.resize(1400, 860);

    // Bestand -> Plan van aanpak afdrukken shows this preview (the same layout as the PDF).
    if (!d0().plannen.isEmpty()) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
        QPrintPreviewDialog preview(&printer, &window);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter* p) {
            (void)dw::printPlan(*p, d0(), d0().plannen.last(), dw::Instrument::standaard(), QDate(2026, 11, 25));
        });
        preview.resize(1000, 900);
        preview.show();
        settle(1200);
        save(&preview, out, "plan-afdrukvoorbeeld.png");
    }

    dw::MetingDialog dialog(dw::Instrument::standaard(), &window);
    const dw::Dossier& d = window.dossierWidget()->document()->dossier();
    if (!d.meetmomenten.isEmpty())
        dialog.setMeetmoment(d.meetmomenten.last());
    dialog.resize(960, 820);
    dialog.show();
    // Leave two SK items open so the two-thirds warning shows, as a professional would see it mid-way.
    dialog.form(dw::Perspectief::Inwoner)->itemRow(QStringLiteral("inw.sk.1"))->clear();
    dialog.form(dw::Perspectief::Inwoner)->itemRow(QStringLiteral("inw.sk.2"))->clear();
    dialog.form(dw::Perspectief::Inwoner)->itemRow(QStringLiteral("inw.sk.3"))->clear();
    dialog.form(dw::Perspectief::Inwoner)->itemRow(QStringLiteral("inw.pc.2"))->setFocus();
    settle();
    save(&dialog, out, "meting-formulier.png");
    return 0;
}
