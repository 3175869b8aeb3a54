// Takes the screenshots in docs/screenshots/ from the real widgets: draagwijzer-screenshots --database DB --out DIR
// [--ref REF]. Run it under xvfb-run (or QT_QPA_PLATFORM=offscreen) on a demo database.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "dossier/dossierdocument.h"
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
#include <QTest>

#include <cstdio>

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
    parser.process(app);
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
