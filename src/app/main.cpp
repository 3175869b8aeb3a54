#include "aanmelden/aanmelddialog.h"
#include "core/appidentity.h"
#include "core/clock.h"
#include "core/instrument.h"
#include "instellingen/instellingen.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/opendatabase.h"
#include "storage/database.h"
#include "storage/log.h"
#include "weergave/schermpassing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    dw::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Draagwijzer"));
    // The menu entry and icon of the installed package (docs/packaging.md); without them Qt's defaults.
    QApplication::setDesktopFileName(QStringLiteral("nl.draagwijzer.draagwijzer"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("nl.draagwijzer.draagwijzer")));
    // Qt's own texts (standard buttons, file and print dialogs) in Dutch, like the rest of the app: Qt's own
    // translations (qt6-translations-l10n), else the copy the .deb ships beside the program (docs/packaging.md).
    QTranslator qtTeksten;
    if (qtTeksten.load(QLocale(),
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTeksten.load(QLocale(),
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/draagwijzer/translations")))
        QApplication::installTranslator(&qtTeksten);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draagwijzer: casusregie met draagkracht en draaglast"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Het databasebestand."), QStringLiteral("PAD"));
    parser.addOption(databaseOption);
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("De teamserver (PostgreSQL): postgresql://gebruiker@host/draagwijzer of een dienstnaam."),
        QStringLiteral("ADRES"));
    parser.addOption(serverOption);
    const QCommandLineOption hoogContrastOption(QStringLiteral("hoog-contrast"),
        QStringLiteral("Hoog contrast, voor deze keer (de vaste keuze staat in Instellingen)."));
    parser.addOption(hoogContrastOption);
    parser.process(app);
    if (parser.isSet(databaseOption) && parser.isSet(serverOption)) {
        std::fputs("draagwijzer: kies --database of --server, niet allebei\n", stderr);
        return 2;
    }
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : dw::Database::defaultPath();

    dw::log::init(QFileInfo(dw::Database::defaultPath()).absolutePath() + QStringLiteral("/logs"));
    dw::log::info("app_gestart");
    // A file that cannot be opened is explained, with a way on: read-only, another file, a new one, or quit.
    std::unique_ptr<dw::Database> db;
    // Without either option: what Instellingen -> Database says (the local file unless a team server is chosen).
    const dw::Instellingen instellingen = dw::Instellingen::load();
    // Every dialog fits the screen, also at 150-200 % scaling (docs/toegankelijkheid.md).
    dw::SchermPassing schermPassing;
    app.installEventFilter(&schermPassing);
    dw::pasKleurenschemaToe(
        parser.isSet(hoogContrastOption) ? dw::Kleurenschema::HoogContrast : instellingen.kleurenschema);
    if (!parser.isSet(serverOption) && !parser.isSet(databaseOption) && instellingen.teamserver) {
        db = dw::OpenDatabase().runServer(instellingen.serverAddress());
    } else if (parser.isSet(serverOption)) {
        const auto address = dw::ServerAddress::parse(parser.value(serverOption));
        if (!address.ok()) {
            std::fprintf(stderr, "draagwijzer: %s\n", qPrintable(address.errorMessage()));
            return 2;
        }
        db = dw::OpenDatabase().runServer(address.value());
    } else {
        db = dw::OpenDatabase().run(path);
    }
    if (!db)
        return 1;
    // Every session starts with a login; a database without accounts first gets its beheerder (issue 14).
    if (!dw::AanmeldDialog::aanmelden(*db))
        return 0;
    dw::MainWindow window(std::move(db), dw::Instrument::standaard(), dw::Clock::system());
    window.show();
    return app.exec();
}
