#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace dw {
class Database;
}

namespace dw::test {

// Runs the real draagwijzer-cli binary, as a script or an outside check would.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errLine() const { return QString::fromUtf8(err).trimmed(); }
};

CliResult runCli(const QStringList& arguments);
// As another person: DRAAGWIJZER_GEBRUIKER and DRAAGWIJZER_WACHTWOORD set to these (empty: left out), and
// DRAAGWIJZER_NIEUW_WACHTWOORD when `nieuw` is given.
CliResult runCliAs(
    const QString& gebruiker, const QString& wachtwoord, const QStringList& arguments, const QString& nieuw = {});

class TestSchema;

// A temporary folder with a database path in it; on the test server (DW_TEST_SERVER) a test schema instead, and
// run() gives --server with its address.
class CliFixture
{
public:
    CliFixture();
    ~CliFixture();
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    // The two words that choose this fixture's database: --database PAD or --server URI.
    QStringList target() const;
    QString file(const QString& name) const { return m_dir.filePath(name); }
    CliResult run(QStringList arguments) const;
    CliResult runAs(
        const QString& gebruiker, const QString& wachtwoord, QStringList arguments, const QString& nieuw = {}) const
    {
        return runCliAs(gebruiker, wachtwoord, target() + arguments, nieuw);
    }
    // What the database holds, to compare before and after: a file's bytes, or on a server the full export (all
    // dossiers as a user sees them).
    QByteArray snapshot() const;
    // Another desk on the same database, in this process: the app at a colleague's desk.
    Result<std::unique_ptr<Database>> openDesk() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSchema> m_schema;
};

QByteArray readFile(const QString& path);
// A command line from plain words: args({"audit", "--json"}).
QStringList args(std::initializer_list<const char*> words);

// Equal JSON, numbers within 1e-9 (the engines sum in their own order); `where` says where they differ.
bool sameJson(const QJsonValue& a, const QJsonValue& b, QString& where);
// Whether, within `ms`, the test server (DW_TEST_SERVER) shows a Draagwijzer connection writing in a transaction.
bool aDeskIsWriting(int ms);
// A desk's SQLite file in `dir` with a demo cohort of `inwoners`; empty when demo failed.
QString demoDesk(const QTemporaryDir& dir, int inwoners);

} // namespace dw::test
