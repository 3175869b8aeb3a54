#include "cli/cli.h"
#include "core/appidentity.h"
#include "storage/database.h"
#include "storage/log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // Bulk imports allocate and free many small blocks; without padding glibc shrinks and regrows the heap with brk
    // thousands of times a second (20 % of demo --inwoners 100000, see docs/performance.md).
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
    // "plan pdf", "vragenlijst pdf" and "inzage" lay out text, which needs fonts and so a QGuiApplication; offscreen
    // works without a display.
    bool needsFonts = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsFonts = needsFonts
            || ((qstrcmp(argv[i], "plan") == 0 || qstrcmp(argv[i], "vragenlijst") == 0)
                && qstrcmp(argv[i + 1], "pdf") == 0)
            || qstrcmp(argv[i], "inzage") == 0;
    // Qt's own warnings (offscreen without XDG_RUNTIME_DIR, font fallbacks) would add lines to the one-line reason
    // on stderr that scripts read (DESIGN.md): only that they happened goes to the log; critical ones stay on stderr.
    static const QtMessageHandler qtDefault = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            qtDefault(type, context, message);
        else
            dw::log::info("qt_melding", {{"soort", static_cast<long long>(type)}});
    });
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(
        needsFonts ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    dw::setApplicationIdentity();
    dw::log::init(QFileInfo(dw::Database::defaultPath()).absolutePath() + QStringLiteral("/logs"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = dw::cli::Cli(out, err).run(app.arguments().mid(1));
    dw::log::info("cli_klaar", {{"afsluitcode", code}});
    dw::log::shutdown();
    return code;
}
