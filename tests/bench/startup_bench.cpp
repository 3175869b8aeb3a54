// Start-up and memory of the desk app, for scripts/bench.sh (issue 16): one line on stdout,
//   ms N anon_kb A file_kb F hwm_kb H
// with N the milliseconds from process start to a window the user can work in, and the memory as /proc/self/status
// has it: RssAnon (the program's own), RssFile (pages of files mapped in, SQLite's memory map of the database among
// them, which the kernel can drop) and VmHWM (the peak of both). Memory is the highest RssAnon seen in the 6 s after
// start-up, when the background quick check of the database runs.
//
//   startup_bench --leeg                 the floor: a bare QApplication with an empty main window
//   startup_bench --database FILE        the app's main window on FILE, until the caseload shows its first rows
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadwidget.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTest>

#include <cstdio>

namespace {

struct Geheugen
{
    qint64 anonKb = 0, fileKb = 0, hwmKb = 0;
};

Geheugen leesGeheugen()
{
    QFile status(QStringLiteral("/proc/self/status"));
    Geheugen g;
    if (!status.open(QIODevice::ReadOnly))
        return g;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto value
            = [&line] { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("RssAnon:"))
            g.anonKb = value();
        else if (line.startsWith("RssFile:"))
            g.fileKb = value();
        else if (line.startsWith("VmHWM:"))
            g.hwmKb = value();
    }
    return g;
}

int report(qint64 ms)
{
    Geheugen piek;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 6000) {
        QApplication::processEvents(QEventLoop::AllEvents, 100);
        const Geheugen nu = leesGeheugen();
        piek.anonKb = std::max(piek.anonKb, nu.anonKb);
        piek.fileKb = nu.fileKb;
        piek.hwmKb = nu.hwmKb;
    }
    std::printf("ms %lld anon_kb %lld file_kb %lld hwm_kb %lld\n",
        static_cast<long long>(ms),
        static_cast<long long>(piek.anonKb),
        static_cast<long long>(piek.fileKb),
        static_cast<long long>(piek.hwmKb));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Draagwijzer-bench")); // keep the user's settings apart
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("leeg"), QStringLiteral("a bare window: the floor")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("database"), QStringLiteral("PAD")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("leeg"))) {
        QMainWindow window;
        window.resize(1400, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QApplication::processEvents();
        return report(startup.elapsed());
    }
    auto db = dw::Database::open(parser.value(QStringLiteral("database")));
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 2;
    }
    dw::MainWindow window(std::move(db).value(), dw::Instrument::standaard(), dw::Clock::system());
    window.resize(1400, 860);
    window.show();
    while (window.caseload()->model()->isLoading() || window.caseload()->model()->rowCount() == 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (startup.elapsed() > 60000)
            return 1;
    }
    QApplication::processEvents();
    return report(startup.elapsed());
}
