#pragma once

#include "core/result.h"

#include <QString>

class QSqlError;
class QSqlQuery;

namespace dw {

// SQLite's result codes as Dutch sentences with what to do, and as an Error::Cause. Neither SQLite's nor Qt's
// English reaches the user; the log gets the numeric code only (docs/reliability.md).
namespace sqlerror {

// The primary SQLite result code of an error (extended codes folded), or 0 when there is none.
int code(const QSqlError& error);
Error::Cause cause(int code);
// One Dutch sentence, lower case, without a final full stop: "de schijf is vol; maak ruimte vrij…".
QString sentence(int code);
// An Error for a failed statement: "<context>: <sentence>", the cause set, the code logged under `event`.
Error failure(const QSqlError& error, const QString& context, const char* event = "sql_fout");
// A repository's failed statement: always Kind::Failure (the caller checked the input), but with the cause kept,
// so that a write the server made give way to another desk's (Cause::Retry) is tried again (Database::retrying).
Error statementFailed(const QSqlQuery& query, const QString& context = {});
// The same for an error of a statement Qt did not run (PreparedInsert), whose engine the caller knows.
Error statementFailed(const QSqlError& error, bool onServer, const QString& context = {});

} // namespace sqlerror

// Why a system call failed (errno), in Dutch: "de schijf is vol". strerror() is English.
QString errnoSentence(int error);

// The Dutch sentence for the last error of a query or connection; the numeric code goes to the log.
QString sqlError(const QSqlQuery& query);
QString sqlError(const QSqlError& error);

} // namespace dw
