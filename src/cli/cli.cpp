#include "cli.h"

#include "core/appidentity.h"
#include "core/demogenerator.h"
#include "core/exchangeformat.h"
#include "core/exchangereader.h"
#include "reporting/cohortexport.h"
#include "reporting/cohorttext.h"
#include "reporting/safefile.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/dossierimport.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/log.h"
#include "storage/serverbackup.h"
#include "storage/verifier.h"
#include "storage/voorzieningrepository.h"
#include "terminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <tuple>
#include <unistd.h>

namespace dw::cli {

namespace {

const QStringList valueOptions = {QStringLiteral("--database"),
    QStringLiteral("--namens"),
    QStringLiteral("--server"),
    QStringLiteral("--versie"),
    QStringLiteral("--inwoner"),
    QStringLiteral("--inwoners"),
    QStringLiteral("--seed"),
    QStringLiteral("--gemeente"),
    QStringLiteral("--profiel"),
    QStringLiteral("--weigeringen"),
    QStringLiteral("--professional"),
    QStringLiteral("--out"),
    QStringLiteral("--csv"),
    QStringLiteral("--xlsx"),
    QStringLiteral("--van"),
    QStringLiteral("--tot"),
    QStringLiteral("--naar"),
    QStringLiteral("--beheerder"),
    QStringLiteral("--rol"),
    QStringLiteral("--team"),
    QStringLiteral("--gebruiker"),
    QStringLiteral("--reden"),
    QStringLiteral("--datum"),
    QStringLiteral("--toelichting"),
    QStringLiteral("--bevestig"),
    QStringLiteral("--jaren"),
    QStringLiteral("--audit-jaren"),
    QStringLiteral("--partner")};
const QStringList flagOptions = {QStringLiteral("--json"),
    QStringLiteral("--help"),
    QStringLiteral("--quick"),
    QStringLiteral("--version"),
    QStringLiteral("--zonder-afgesloten"),
    QStringLiteral("--droog"),
    QStringLiteral("--alleen-geldige")};

} // namespace

Status onlyOptions(const Arguments& a, const QStringList& allowed, int words)
{
    for (const QString& f : a.flags) {
        if (!allowed.contains(f))
            return Error::badInput(QStringLiteral("optie %1 hoort niet bij '%2'").arg(f, a.words.first()));
    }
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::badInput(QStringLiteral("optie %1 hoort niet bij '%2'").arg(it.key(), a.words.first()));
    }
    if (a.words.size() != words)
        return Error::badInput(QStringLiteral("'%1' verwacht %2 argument(en); zie draagwijzer-cli --help")
                                   .arg(a.words.mid(0, 2).join(QLatin1Char(' ')))
                                   .arg(words - 1));
    return {};
}

// An optional date option, JJJJ-MM-DD; absent: an invalid QDate.
Result<QDate> dateOption(const Arguments& a, const QString& option)
{
    if (!a.values.contains(option))
        return QDate();
    const QDate d = parseIsoDate(a.value(option)); // strict, as in the exchange format
    if (!d.isValid())
        return Error::badInput(QStringLiteral("%1 '%2' is geen datum (JJJJ-MM-DD)").arg(option, a.value(option)));
    return d;
}

// --van and --tot, both optional, in order.
Result<std::pair<QDate, QDate>> periodOptions(const Arguments& a)
{
    const auto van = dateOption(a, QStringLiteral("--van"));
    if (!van.ok())
        return van.error();
    const auto tot = dateOption(a, QStringLiteral("--tot"));
    if (!tot.ok())
        return tot.error();
    if (van->isValid() && tot->isValid() && *van > *tot)
        return Error::badInput(QStringLiteral("--van ligt na --tot"));
    return std::make_pair(van.value(), tot.value());
}

namespace {

QString databasePath(const Arguments& a)
{
    return a.database.isEmpty() ? Database::defaultPath() : a.database;
}

} // namespace

namespace {

Result<std::unique_ptr<Database>> connect(const Arguments& a, Database::Mode mode)
{
    if (a.server.isEmpty())
        return Database::open(databasePath(a), mode);
    auto address = ServerAddress::parse(a.server);
    if (!address.ok())
        return address.error();
    auto opened = Database::openServer(address.value(), mode);
    // As psql: PGPASSWORD and ~/.pgpass first; asked on the terminal only when they give none and there is one.
    if (!opened.ok() && opened.error().cause == Error::Cause::NeedsPassword && address.value().password().isEmpty()
        && ::isatty(STDIN_FILENO)) {
        const QString password
            = promptPassword(QStringLiteral("Wachtwoord voor %1: ").arg(address.value().displayName()));
        if (password.isEmpty())
            return opened;
        address.value().setPassword(password);
        opened = Database::openServer(address.value(), mode);
    }
    return opened;
}

} // namespace

Status noteRead(const Arguments& a, Database& reader, const QString& actie, const QString& details)
{
    if (reader.mode() != Database::Mode::ReadOnly)
        return AuditLog(reader).record(actie, 0, details); // or, on a read-only file, this desk's log file
    auto writer = connect(a, Database::Mode::ReadWrite);
    if (!writer.ok())
        return writer.error();
    writer.value()->setSessie(reader.sessie());
    return AuditLog(*writer.value()).record(actie, 0, details);
}

Result<std::unique_ptr<Database>> openDatabase(const Arguments& a, Database::Mode mode)
{
    auto opened = connect(a, mode);
    if (!opened.ok())
        return opened;
    // A reader cannot count failed tries or write the login's audit row: the login goes through a connection
    // that can, and the reader gets its session.
    std::unique_ptr<Database> writer;
    if (mode == Database::Mode::ReadOnly) {
        auto connected = connect(a, Database::Mode::ReadWrite);
        if (!connected.ok())
            return connected.error();
        writer = std::move(connected.value());
    }
    Database& loginThrough = writer ? *writer : *opened.value();
    const Status in = logIn(loginThrough);
    if (!in.ok())
        return in.error();
    if (loginThrough.sessie().aangemeld()) {
        // Each command is a session of its own: its login row has a logout row, written when it closes.
        opened.value()->setBeforeClose([a](Database& db) {
            if (!noteRead(a, db, QStringLiteral("uitgelogd"), {}).ok())
                log::warn("uitloggen_niet_vastgelegd");
        });
    }
    const Status behalf = actOnBehalf(loginThrough, a.namens);
    if (writer)
        opened.value()->setSessie(writer->sessie());
    if (!behalf.ok())
        return behalf.error();
    return opened;
}

// For a command that only reads: the usual connection, or, when the file or its folder cannot be written, a
// read-only session, said once on stderr. Such a session cannot add audit rows to the file; its reads go to this
// computer's log file instead (docs/reliability.md, "Alleen lezen").
Result<std::unique_ptr<Database>> openForReading(const Arguments& a, QTextStream& err, Database::Mode usual)
{
    if (!a.server.isEmpty() || Database::checkWritable(databasePath(a)).ok() || !QFileInfo::exists(databasePath(a)))
        return openDatabase(a, usual);
    auto readOnly = openDatabase(a, Database::Mode::ReadOnlyFile);
    if (readOnly.ok())
        err << "draagwijzer-cli: let op: " << QDir::toNativeSeparators(databasePath(a))
            << " is alleen-lezen en is alleen gelezen; dit lezen staat niet in het auditlog van de database, "
               "wel in het logbestand van deze computer\n";
    return readOnly;
}

Result<std::unique_ptr<Database>> openChecked(
    const Arguments& a, const QStringList& allowed, int words, QTextStream& err, Database::Mode mode)
{
    const Status s = onlyOptions(a, allowed, words);
    if (!s.ok())
        return s.error();
    return openForReading(a, err, mode);
}

Result<int> positiveNumber(const Arguments& a, const QString& option, bool required, int fallback)
{
    if (!a.values.contains(option)) {
        if (required)
            return Error::badInput(QStringLiteral("optie %1 ontbreekt").arg(option));
        return fallback;
    }
    bool ok = false;
    const int n = a.value(option).toInt(&ok);
    if (!ok || n < 0)
        return Error::badInput(
            QStringLiteral("%1 '%2' is geen geheel getal van 0 of meer").arg(option, a.value(option)));
    return n;
}

Result<Arguments> Cli::parse(const QStringList& arguments) const
{
    Arguments a;
    for (int i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            a.words.append(arg);
            continue;
        }
        QString value;
        const int eq = arg.indexOf(QLatin1Char('='));
        const bool inlineValue = eq > 0;
        if (inlineValue) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        }
        if (flagOptions.contains(arg) && !inlineValue) {
            a.flags.append(arg);
        } else if (valueOptions.contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return Error::badInput(QStringLiteral("optie %1 verwacht een waarde").arg(arg));
                value = arguments.at(++i);
            }
            if (arg == QLatin1String("--database"))
                a.database = value;
            else if (arg == QLatin1String("--server"))
                a.server = value;
            else if (arg == QLatin1String("--namens"))
                a.namens = value;
            else
                a.values.insert(arg, value);
        } else {
            return Error::badInput(QStringLiteral("onbekende optie '%1'").arg(arg));
        }
    }
    if (!a.database.isEmpty() && !a.server.isEmpty())
        return Error::badInput(QStringLiteral("kies --database of --server, niet allebei"));
    return a;
}

int Cli::finish(const Status& status)
{
    if (status.ok())
        return Success;
    // One line, so scripts can show it as it is.
    QString line = status.errorMessage();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "draagwijzer-cli: " << line << Qt::endl;
    return status.error().kind == Error::Kind::BadInput ? BadInput : Failure;
}

int Cli::run(const QStringList& arguments)
{
    const auto parsed = parse(arguments);
    if (!parsed.ok())
        return finish(parsed.error());
    const Arguments& a = parsed.value();
    if (a.has(QStringLiteral("--version"))) {
        m_out << "draagwijzer-cli " << versionText() << Qt::endl;
        return Success;
    }
    if (a.has(QStringLiteral("--help")) || a.words.isEmpty()) {
        (a.words.isEmpty() && !a.has(QStringLiteral("--help")) ? m_err : m_out) << usage();
        m_out.flush();
        return a.words.isEmpty() && !a.has(QStringLiteral("--help")) ? BadInput : Success;
    }
    const QString command = a.words.first();
    if (command == QLatin1String("init"))
        return init(a);
    if (command == QLatin1String("import"))
        return importFile(a);
    if (command == QLatin1String("export"))
        return exportFile(a);
    if (command == QLatin1String("demo"))
        return demo(a);
    if (command == QLatin1String("verify"))
        return verify(a);
    if (command == QLatin1String("count"))
        return count(a);
    if (command == QLatin1String("import-spreadsheet"))
        return importSpreadsheet(a);
    if (command == QLatin1String("search") || command == QLatin1String("zoek"))
        return search(a);
    if (command == QLatin1String("plan")) {
        if (a.words.value(1) == QLatin1String("pdf"))
            return planPdf(a);
        return finish(
            Error::badInput(QStringLiteral("onbekende planopdracht '%1'; bedoeld is: plan pdf REF --out BESTAND")
                                .arg(a.words.value(1))));
    }
    if (command == QLatin1String("vragenlijst"))
        return vragenlijstPdf(a);
    if (command == QLatin1String("backup"))
        return backup(a);
    if (command == QLatin1String("migrate"))
        return migrate(a);
    if (command == QLatin1String("restore"))
        return restore(a);
    if (command == QLatin1String("user"))
        return user(a);
    if (command == QLatin1String("gebruiker")) {
        // The Dutch words of issue 14 for the same commands: gebruiker toevoegen/blokkeren/vrijgeven/rol/lijst.
        static const QHash<QString, QString> words {{QStringLiteral("toevoegen"), QStringLiteral("add")},
            {QStringLiteral("blokkeren"), QStringLiteral("block")},
            {QStringLiteral("vrijgeven"), QStringLiteral("unblock")},
            {QStringLiteral("rol"), QStringLiteral("rol")},
            {QStringLiteral("lijst"), QStringLiteral("list")}};
        Arguments english = a;
        english.words[0] = QStringLiteral("user");
        if (english.words.size() > 1)
            english.words[1] = words.value(english.words.at(1), english.words.at(1));
        return user(english);
    }
    if (command == QLatin1String("audit"))
        return audit(a);
    if (command == QLatin1String("close"))
        return closeDossier(a);
    if (command == QLatin1String("reopen"))
        return reopenDossier(a);
    if (command == QLatin1String("anonymize"))
        return anonymize(a);
    if (command == QLatin1String("bewaartermijn"))
        return bewaartermijn(a);
    if (command == QLatin1String("inzage"))
        return inzage(a);
    if (command == QLatin1String("report")) {
        const QString what = a.words.value(1);
        if (what == QLatin1String("cohort"))
            return reportCohort(a);
        if (what == QLatin1String("inwoner"))
            return reportInwoner(a);
        return finish(Error::badInput(QStringLiteral("onbekend rapport '%1'; kies cohort of inwoner").arg(what)));
    }
    return finish(Error::badInput(QStringLiteral("onbekende opdracht '%1'; zie draagwijzer-cli --help").arg(command)));
}

int Cli::init(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--beheerder")}, 1);
    if (!s.ok())
        return finish(s);
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const Status first = ensureFirstAccount(*db.value(), a, m_out);
    if (!first.ok())
        return finish(first);
    m_out << "Database " << db.value()->displayName() << " heeft schemaversie " << db.value()->schemaVersion() << ".\n";
    return Success;
}

int Cli::importFile(const Arguments& a)
{
    Status s = onlyOptions(a, {}, 2);
    if (!s.ok())
        return finish(s);
    const QString path = a.words.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(Error::badInput(
            QStringLiteral("%1 kan niet worden gelezen: %2").arg(path, fileErrorSentence(file, QIODevice::ReadOnly))));
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    // Read and written in one pass, one inwoner at a time, inside one transaction: a refused file leaves the
    // database untouched, and memory stays small whatever the file's size. The reading runs on a second thread.
    DossierImport import(*db.value(), Instrument::standaard());
    ExchangeReader reader(Instrument::standaard());
    s = import.begin(ExchangeReader::estimatedInwoners(file.size()));
    if (s.ok())
        s = reader.readAhead(file, [&import](Dossier&& d) { return import.add(std::move(d)); });
    if (s.ok())
        s = import.finish(reader.socialeKaart());
    if (!s.ok())
        return finish(Error {s.error().kind, QStringLiteral("%1: %2").arg(path, s.errorMessage())});
    m_out << import.added() << " inwoner(s) geïmporteerd.\n";
    return Success;
}

int Cli::exportFile(const Arguments& a)
{
    auto db = openChecked(a, {QStringLiteral("--inwoner")}, 2, m_err);
    if (!db.ok())
        return finish(db.error());
    const QString ref = a.value(QStringLiteral("--inwoner"));
    // The sociale kaart belongs to the team, not to one inwoner: only a full export carries it.
    QVector<Voorziening> kaart;
    if (!a.has(QStringLiteral("--inwoner"))) {
        auto read = VoorzieningRepository(*db.value(), Instrument::standaard()).all();
        if (!read.ok())
            return finish(read.error());
        kaart = std::move(read).value();
    }
    DossierStore store(*db.value(), Instrument::standaard());
    const auto produce = [&](QIODevice& out) -> Status {
        const auto count = store.exportTo(out, ref, kaart);
        return count.ok() ? Status() : Status(count.error());
    };
    const QString path = a.words.at(1);
    if (path == QLatin1String("-")) {
        // A closed pipe or a full disk behind standard output is a failure, not a silent success.
        m_out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        const Status s = produce(out);
        if (!s.ok() && !s.errorMessage().isEmpty())
            return finish(s);
        if (!s.ok() || !out.flush())
            return finish(
                Error::failure(QStringLiteral("de uitvoer kan niet worden geschreven: %1").arg(errnoSentence(errno))));
        return Success;
    }
    return finish(saveFileFrom(path, produce));
}

int Cli::demo(const Arguments& a)
{
    const Status s
        = onlyOptions(a, {QStringLiteral("--inwoners"), QStringLiteral("--seed"), QStringLiteral("--beheerder")}, 1);
    if (!s.ok())
        return finish(s);
    const auto n = positiveNumber(a, QStringLiteral("--inwoners"), true, 0);
    if (!n.ok())
        return finish(n.error());
    const auto seed = positiveNumber(a, QStringLiteral("--seed"), false, 2016);
    if (!seed.ok())
        return finish(seed.error());
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    Status ready = ensureFirstAccount(*db.value(), a, m_out);
    if (ready.ok())
        ready = requireRole(*db.value(), Rol::Beheerder, QStringLiteral("demo"));
    if (!ready.ok())
        return finish(ready);
    const auto existing = InwonerRepository(*db.value()).count();
    if (!existing.ok())
        return finish(existing.error());
    if (existing.value() > 0)
        return finish(
            Error::badInput(QStringLiteral("de database bevat al %1 inwoner(s); demo vult alleen een lege database")
                                .arg(existing.value())));
    // First, so that every inwoner gets the team of their professional's account as it is stored.
    const Status accounts = addDemoAccounts(*db.value(), m_out);
    if (!accounts.ok())
        return finish(accounts);
    // Dated from today: the last meetmomenten fall in the past 18 months (issue 18).
    const DemoGenerator generator(
        Instrument::standaard(), static_cast<std::uint64_t>(seed.value()), QDate::currentDate());
    const bool showProgress = isatty(fileno(stderr));
    const auto progress = [this, showProgress](int done, int total) {
        if (showProgress)
            m_err << "\rdemo: " << done << " van " << total << " inwoners" << (done == total ? "\n" : "") << Qt::flush;
        return true;
    };
    const Status imported = DossierStore(*db.value(), Instrument::standaard())
                                .importGenerated(
                                    n.value(),
                                    [&generator](int i) { return generator.dossier(i); },
                                    progress,
                                    DemoGenerator::socialeKaart());
    if (!imported.ok())
        return finish(imported);
    m_out << "Demo-cohort van " << n.value() << " inwoners gemaakt (seed " << seed.value() << ").\n";

    return Success;
}

int Cli::reportCohort(const Arguments& a)
{
    const Status s = onlyOptions(a,
        {QStringLiteral("--json"),
            QStringLiteral("--gemeente"),
            QStringLiteral("--professional"),
            QStringLiteral("--csv"),
            QStringLiteral("--xlsx"),
            QStringLiteral("--van"),
            QStringLiteral("--tot"),
            QStringLiteral("--zonder-afgesloten")},
        2);
    if (!s.ok())
        return finish(s);
    auto db = openForReading(a, m_err, Database::Mode::ReadOnly);
    if (!db.ok())
        return finish(db.error());
    CohortFilter filter;
    filter.gemeente = a.value(QStringLiteral("--gemeente"));
    filter.professional = a.value(QStringLiteral("--professional"));
    filter.zonderAfgesloten = a.has(QStringLiteral("--zonder-afgesloten"));
    const auto periode = periodOptions(a);
    if (!periode.ok())
        return finish(periode.error());
    std::tie(filter.van, filter.tot) = periode.value();
    const auto rapport = CohortQuery(*db.value()).run(filter);
    if (!rapport.ok())
        return finish(rapport.error());
    const Status noted = noteRead(a, *db.value(), QStringLiteral("rapport"), QStringLiteral("cohort"));
    if (!noted.ok())
        return finish(noted);
    // --csv and --xlsx write the same tables; with --json as well, the JSON still goes to standard output.
    const QVector<Tabel> tabellen = cohortTabellen(rapport.value());
    for (const auto& [option, write] :
        {std::make_pair(QStringLiteral("--csv"), &writeCsv), std::make_pair(QStringLiteral("--xlsx"), &writeXlsx)}) {
        if (!a.has(option))
            continue;
        const Status written = write(tabellen, a.value(option));
        if (!written.ok())
            return finish(written);
    }
    if (a.has(QStringLiteral("--json"))) {
        m_out << QString::fromUtf8(QJsonDocument(rapport->toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (a.has(QStringLiteral("--csv")) || a.has(QStringLiteral("--xlsx")))
        return Success;
    m_out << cohortAlsTekst(rapport.value(), Instrument::standaard());
    return Success;
}

int Cli::count(const Arguments& a)
{
    auto db = openChecked(a, {}, 1, m_err);
    if (!db.ok())
        return finish(db.error());
    const auto n = InwonerRepository(*db.value()).count();
    if (!n.ok())
        return finish(n.error());
    m_out << n.value() << "\n";
    return Success;
}

int Cli::verify(const Arguments& a)
{
    auto db = openChecked(a, {QStringLiteral("--quick")}, 1, m_err, Database::Mode::ReadOnly);
    if (!db.ok())
        return finish(db.error());
    const auto report = Verifier(*db.value(), Instrument::standaard()).run(a.has(QStringLiteral("--quick")));
    if (!report.ok())
        return finish(report.error());
    if (!report->healthy()) {
        for (const QString& p : report->problems)
            m_out << "  " << p << "\n";
        return finish(Error::failure(QStringLiteral("database is niet in orde: %1 probleem/problemen, eerste: %2")
                                         .arg(report->problems.size())
                                         .arg(report->problems.first())));
    }
    m_out << "Database in orde: " << report->metingenChecked << " metingen herberekend.\n";
    return Success;
}

} // namespace dw::cli
