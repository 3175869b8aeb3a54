#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QDate>

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <utility>

namespace dw {
class AccountStore;
}

namespace dw::cli {

// Exit codes of draagwijzer-cli (DESIGN.md): 0 success, 2 bad input or usage, 1 anything else.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// The parsed command line: the global --database, the command words and the options after them.
struct Arguments
{
    QString database;
    QString server; // --server: a libpq URI or service name instead of a file
    QString namens; // --namens: the account on whose behalf this run works (audit log), for any command
    QStringList words; // e.g. {"report", "cohort"} or {"import", "file.json"}
    QStringList flags; // options without a value, e.g. "--json"
    QHash<QString, QString> values; // options with a value, e.g. "--gemeente" -> "Enschede"

    QString value(const QString& option) const { return values.value(option); }
    bool has(const QString& option) const { return flags.contains(option) || values.contains(option); }
};

class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList& arguments);

private:
    Result<Arguments> parse(const QStringList& arguments) const;
    int finish(const Status& status);

    int init(const Arguments& a);
    int importFile(const Arguments& a);
    int exportFile(const Arguments& a);
    int demo(const Arguments& a);
    int reportCohort(const Arguments& a);
    int reportInwoner(const Arguments& a); // dossiercommands.cpp
    int verify(const Arguments& a);
    int count(const Arguments& a);
    int planPdf(const Arguments& a);
    int vragenlijstPdf(const Arguments& a);
    int backup(const Arguments& a);
    int restore(const Arguments& a);
    int migrate(const Arguments& a); // migratecommand.cpp
    int user(const Arguments& a); // accountcommands.cpp
    int listUsers(AccountStore& accounts, bool json);
    int audit(const Arguments& a); // auditcommand.cpp
    int auditOpschonen(const Arguments& a); // auditcommand.cpp
    int closeDossier(const Arguments& a); // lifecyclecommands.cpp
    int reopenDossier(const Arguments& a);
    int anonymize(const Arguments& a);
    int bewaartermijn(const Arguments& a);
    int inzage(const Arguments& a); // inzagecommand.cpp
    int search(const Arguments& a); // searchcommand.cpp
    int importSpreadsheet(const Arguments& a); // spreadsheetcommand.cpp

    QTextStream& m_out;
    QTextStream& m_err;
};

QString usage();

// The database the global options name (--database, --server or the app's own), asking for a server's password on
// the terminal when it wants one.
Result<std::unique_ptr<Database>> openDatabase(const Arguments& a, Database::Mode mode = Database::Mode::ReadWrite);
// For a command that only reads: openDatabase, or a read-only session when the file cannot be written (said on
// `err`).
Result<std::unique_ptr<Database>> openForReading(
    const Arguments& a, QTextStream& err, Database::Mode usual = Database::Mode::ReadWrite);
// The options and words of one command that only reads checked, then its database opened.
Result<std::unique_ptr<Database>> openChecked(const Arguments& a,
    const QStringList& allowed,
    int words,
    QTextStream& err,
    Database::Mode mode = Database::Mode::ReadWrite);
// A whole number of 0 or more from `option`; `fallback` when it is absent and not required.
Result<int> positiveNumber(const Arguments& a, const QString& option, bool required, int fallback);
// Refuses options not in `allowed` and a number of command words other than `words`.
Status onlyOptions(const Arguments& a, const QStringList& allowed, int words);
// An optional date option, JJJJ-MM-DD; absent: an invalid QDate.
Result<QDate> dateOption(const Arguments& a, const QString& option);
// --van and --tot together: each a date or absent, and not --van after --tot.
Result<std::pair<QDate, QDate>> periodOptions(const Arguments& a);

// accountcommands.cpp. Once a database has accounts, every command logs in first: DRAAGWIJZER_GEBRUIKER and
// DRAAGWIJZER_WACHTWOORD, else the terminal; refused (exit 2) when neither is there. openDatabase does this.
Status logIn(Database& db);
// --namens: every audit row of this run names that account as the one it works for (NEN 7513 "namens"). An existing,
// unblocked account other than the one logged in; it gives no rights of its own.
Status actOnBehalf(Database& db, const QString& namens);
// init and demo: the first account of a database that has none, from the two variables or --beheerder and the
// terminal; then logged in as it.
Status ensureFirstAccount(Database& db, const Arguments& a, QTextStream& out);
// demo: an account per role for trying the app, printed with its password.
Status addDemoAccounts(Database& db, QTextStream& out);
// The audit row of a read done through a reader connection (report cohort), written through one that can write.
Status noteRead(const Arguments& a, Database& reader, const QString& actie, const QString& details);
// Refuses (and logs) a command that needs `rol`.
Status requireRole(Database& db, Rol rol, const QString& what);

} // namespace dw::cli
