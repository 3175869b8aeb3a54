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

#include <cstdio>

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

} // namespace

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

} // namespace dw::serverbackup
