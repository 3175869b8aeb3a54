#include "serverbackup.h"

#include "database.h"
#include "log.h"
#include "serverlogin.h"
#include "serverrights.h"
#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace dw::serverbackup {

namespace {

constexpr int toolTimeoutMs = 60 * 60 * 1000; // a large caseload takes minutes, not hours

struct ToolRun
{
    bool ok = false;
    QByteArray out;
};

// Runs pg_dump or pg_restore. The password, if the app was given one, goes in the environment, never on the
// command line (where ps shows it); what the tool says on stderr is English and stays out of messages and logs.
ToolRun runTool(const QString& tool, const QStringList& arguments, const Database* db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (db && !db->server().password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), db->server().password());
    p.setProcessEnvironment(env);
    p.start(tool, arguments);
    ToolRun r;
    if (!p.waitForStarted()) {
        log::warn("servertool_ontbreekt", {});
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(toolTimeoutMs);
    r.out = p.readAllStandardOutput();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        log::warn("servertool_mislukt", {{"afsluitcode", p.exitCode()}});
    return r;
}

Result<QString> currentSchema(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next())
        return sqlerror::failure(q.lastError(), QStringLiteral("de server kan niet worden gelezen"));
    return q.value(0).toString();
}

QString dbArgument(const Database& db)
{
    return QStringLiteral("--dbname=%1").arg(db.server().conninfo());
}

Status dump(Database& db, const QString& target)
{
    const auto schema = currentSchema(db);
    if (!schema.ok())
        return schema.error();
    const QString part = target + QStringLiteral(".deel");
    QFile::remove(part);
    const ToolRun r = runTool(QStringLiteral("pg_dump"),
        {dbArgument(db),
            QStringLiteral("--format=custom"),
            QStringLiteral("--schema=%1").arg(schema.value()),
            QStringLiteral("--no-owner"),
            QStringLiteral("--no-privileges"),
            QStringLiteral("--file=%1").arg(part)},
        &db);
    if (!r.ok) {
        QFile::remove(part);
        return Error::failure(QStringLiteral("pg_dump kon geen backup maken (is postgresql-client geïnstalleerd, "
                                             "en is het dezelfde of een nieuwere versie dan de server?)"));
    }
    const Status valid = verify(part);
    if (!valid.ok()) {
        QFile::remove(part);
        return valid;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        QFile::remove(part);
        return Error::failure(QStringLiteral("de backup kan niet worden opgeslagen als %1: %2")
                                  .arg(QDir::toNativeSeparators(target), errnoSentence(error)));
    }
    return {};
}

// The archive's table of contents without the entry that makes the schema itself when the target has it already
// (public always exists): pg_restore would stop at "schema already exists".
QByteArray contentsFor(const QByteArray& list)
{
    QByteArray kept;
    for (const QByteArray& line : list.split('\n')) {
        if (line.contains(" SCHEMA - ") && !line.startsWith(';'))
            continue;
        kept += line + '\n';
    }
    return kept;
}

// The rows of one table's data in the archive (pg_restore writes them as COPY ... FROM stdin, one per line, up
// to a line "\."), or nullopt when the archive has no data for it.
std::optional<QList<QByteArray>> tableRows(const QString& file, const QString& table)
{
    const ToolRun r = runTool(QStringLiteral("pg_restore"),
        {QStringLiteral("--data-only"), QStringLiteral("--table=%1").arg(table), QStringLiteral("--file=-"), file},
        nullptr);
    if (!r.ok)
        return std::nullopt;
    QList<QByteArray> rows;
    bool inCopy = false;
    for (const QByteArray& line : r.out.split('\n')) {
        if (!inCopy) {
            inCopy = line.startsWith("COPY ") && line.endsWith("FROM stdin;");
            continue;
        }
        if (line == "\\.")
            return rows;
        rows << line;
    }
    return std::nullopt;
}

} // namespace

Result<BackupSummary> summary(const QString& file)
{
    const Status valid = verify(file);
    if (!valid.ok())
        return valid.error();
    const ToolRun list = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, nullptr);
    BackupSummary s;
    s.bytes = QFileInfo(file).size();
    // "; Archive created at 2026-11-25 21:05:00 CET": the zone's name is left out, the time is the server's.
    static const QByteArray created = "; Archive created at ";
    for (const QByteArray& line : list.out.split('\n')) {
        if (line.startsWith(created))
            s.made = QDateTime::fromString(
                QString::fromUtf8(line.mid(created.size(), 19)), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    const auto inwoners = tableRows(file, QStringLiteral("inwoner"));
    const auto meetmomenten = tableRows(file, QStringLiteral("meetmoment"));
    const auto versies = tableRows(file, QStringLiteral("schema_migratie"));
    if (!inwoners || !meetmomenten || !versies)
        return Error::badInput(QStringLiteral("%1 kan niet worden gelezen als backup van een teamserver")
                                   .arg(QDir::toNativeSeparators(file)));
    s.inwoners = inwoners->size();
    s.meetmomenten = meetmomenten->size();
    for (const QByteArray& row : *versies) // versie is the first column
        s.schemaVersion = std::max(s.schemaVersion, row.left(row.indexOf('\t')).toInt());
    return s;
}

Status create(Database& db, const QString& target)
{
    if (QFileInfo(target).isDir())
        return Error::badInput(QStringLiteral("%1 is een map; kies een bestandsnaam").arg(target));
    return dump(db, target);
}

Status verify(const QString& file)
{
    const ToolRun r = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, nullptr);
    const bool ours
        = r.out.contains(" TABLE DATA ") && r.out.contains(" schema_migratie ") && r.out.contains(" inwoner ");
    if (!r.ok || !ours)
        return Error::badInput(QStringLiteral("%1 is niet bruikbaar als backup van een teamserver (geen pg_dump-"
                                              "archief van een Draagwijzer-database)")
                                   .arg(QDir::toNativeSeparators(file)));
    return {};
}

namespace {
Result<QString> restoreAlone(Database& db, const QString& file, const QDateTime& now);
}

Result<QString> restore(Database& db, const QString& file, const QDateTime& now)
{
    const Status valid = verify(file);
    if (!valid.ok())
        return valid.error();
    // As on a file: nobody else may be working while the tables are replaced (their screens would show, and their
    // saves would go into, what is no longer there), and nobody starts until the restore is done.
    const Status alone = db.lockExclusively();
    if (!alone.ok())
        return Error::because(alone.error().cause,
            alone.error().kind,
            QStringLiteral("er is niets teruggezet: %1").arg(alone.errorMessage()));
    // Given back however it ends: the app goes on with this connection and others may come in again.
    const Result<QString> restored = restoreAlone(db, file, now);
    const Status released = db.unlockExclusively();
    if (restored.ok() && !released.ok())
        return released.error();
    return restored;
}

namespace {

Result<QString> restoreAlone(Database& db, const QString& file, const QDateTime& now)
{
    const QString kept = QFileInfo(file).absoluteDir().filePath(
        QStringLiteral("draagwijzer-voor-herstel-%1.dump").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const Status saved = dump(db, kept);
    if (!saved.ok())
        return Error::failure(
            QStringLiteral("wat nu op de server staat kon niet worden bewaard; er is niets hersteld: %1")
                .arg(saved.errorMessage()));
    const ToolRun list = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, nullptr);
    QTemporaryFile contents;
    if (!list.ok || !contents.open() || contents.write(contentsFor(list.out)) < 0 || !contents.flush())
        return Error::failure(QStringLiteral("de inhoudsopgave van de backup kan niet worden gelezen; er is niets "
                                             "hersteld"));
    // --clean --if-exists: the schema's tables are dropped and made again from the archive, all in one
    // transaction with the data (--single-transaction), which is rolled back on the first error.
    const ToolRun r = runTool(QStringLiteral("pg_restore"),
        {dbArgument(db),
            QStringLiteral("--clean"),
            QStringLiteral("--if-exists"),
            QStringLiteral("--single-transaction"),
            QStringLiteral("--exit-on-error"),
            QStringLiteral("--no-owner"),
            QStringLiteral("--no-privileges"),
            QStringLiteral("--use-list=%1").arg(contents.fileName()),
            file},
        &db);
    if (!r.ok)
        return Error::failure(QStringLiteral("pg_restore kon de backup niet terugzetten; de server is ongewijzigd"));
    if (serverlogin::enforced(db)) {
        QSqlQuery q(db.connection());
        if (!q.exec(postgresServerGrants()))
            return sqlerror::statementFailed(q,
                QStringLiteral("de backup is teruggezet, maar de rechten van de serverlogins niet; draai "
                               "draagwijzer-cli --server … restore opnieuw of vraag de IT-beheerder"));
    }
    return kept;
}

} // namespace

} // namespace dw::serverbackup
