// dw-testdesk: a process that uses a database the way the app does, for the multi-process tests
// (tests/cli/multiprocess_test.cpp). It holds one read-write connection for its whole life, and worker threads
// open and close their own reader connections through a Connector, as the caseload, the Teamoverzicht, the
// integrity check and the automatic backup do. Commands on standard input, one per line; one answer line each:
//   readers N        N worker connections opened, queried and closed on other threads   -> "ok"
//   add REF          one inwoner with one meetmoment, one transaction (as the app saves) -> "ok REF" | "fout REF reden"
//   burst PREFIX N   add PREFIX-1 … PREFIX-N, with readers opening between the writes   -> one line per ref, then
//   "klaar" count            inwoners as this process sees them                                   -> the number quit
//   close the connection and exit 0
#include "core/appidentity.h"
#include "core/exchangeformat.h"
#include "core/instrument.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Opens and closes `n` reader connections, each on its own thread, as the app's workers do.
void churnReaders(const dw::Connector& connector, int n)
{
    for (int i = 0; i < n; ++i) {
        QThread* worker = QThread::create([connector] {
            auto reader = connector.openReader();
            if (reader.ok())
                QSqlQuery(reader.value()->connection()).exec(QStringLiteral("SELECT count(*) FROM inwoner"));
        });
        worker->start();
        worker->wait();
        delete worker;
    }
}

// One inwoner with a nulmeting, read through the exchange format as an import would.
dw::Dossier dossier(const QString& ref)
{
    const QString json = QStringLiteral(R"({"format": "draagwijzer/1", "inwoners": [{"ref": "%1", "naam": "Test %1",
        "geboortedatum": "1970-01-01", "gemeente": "Enschede", "meetmomenten": [{"datum": "2016-06-14",
        "inwoner": {"antwoorden": {"inw.pc.1": 4, "inw.sk.1": 2}, "draaglast": {"financien": 2}}}]}]})")
                             .arg(ref);
    auto read = dw::ExchangeFormat(dw::Instrument::standaard()).readDocument(json.toUtf8());
    return read.ok() && !read->dossiers.isEmpty() ? read->dossiers.first() : dw::Dossier();
}

QString add(dw::Database& db, const QString& ref)
{
    const dw::Status s = dw::DossierStore(db, dw::Instrument::standaard()).importDossiers({dossier(ref)});
    return s.ok() ? QStringLiteral("ok %1").arg(ref) : QStringLiteral("fout %1 %2").arg(ref, s.errorMessage());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    dw::setApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("file"), QStringLiteral("PAD"));
    parser.addOption(databaseOption);
    parser.process(app);
    auto opened = dw::Database::open(parser.value(databaseOption));
    if (!opened.ok()) {
        say(QStringLiteral("fout openen %1").arg(opened.errorMessage()));
        return 1;
    }
    dw::Database& db = *opened.value();
    const dw::Connector connector = db.connector();
    say(QStringLiteral("klaar"));
    std::string input;
    while (std::getline(std::cin, input)) {
        const QStringList words = QString::fromStdString(input).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == QLatin1String("readers")) {
            churnReaders(connector, words.value(1).toInt());
            say(QStringLiteral("ok"));
        } else if (command == QLatin1String("add")) {
            say(add(db, words.value(1)));
        } else if (command == QLatin1String("burst")) {
            const int n = words.value(2).toInt();
            for (int i = 1; i <= n; ++i) {
                churnReaders(connector, 1);
                say(add(db, QStringLiteral("%1-%2").arg(words.value(1)).arg(i)));
            }
            say(QStringLiteral("klaar"));
        } else if (command == QLatin1String("count")) {
            const auto n = dw::InwonerRepository(db).count();
            say(n.ok() ? QString::number(n.value()) : QStringLiteral("fout %1").arg(n.errorMessage()));
        } else if (command == QLatin1String("quit")) {
            break;
        } else {
            say(QStringLiteral("fout onbekende opdracht"));
        }
    }
    opened = dw::Error::failure({}); // closes the connection before the process ends, as the app does at quit
    return 0;
}
