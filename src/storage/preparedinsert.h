#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dw {

class Database;

// An INSERT prepared once and run for many rows (import, demo), its values bound by position from 0, as with
// QSqlQuery. On SQLite the values go straight onto SQLite's own statement: Qt 6.4's QSqlResult::bindValue makes a
// ":N" name and a hash entry for every value bound, a fifth of a bulk write. On a team server it is a QSqlQuery
// with RETURNING id.
//
// It must go before the Database it was made on: SQLite cannot close a connection with a statement of its own
// still prepared (Qt finalises only the statements it made). The repositories that hold one live for one call.
class PreparedInsert
{
public:
    enum class NewId { Wanted, NotWanted };
    // `sql` is the INSERT without RETURNING; on a team server RETURNING id is added when the new id is wanted.
    PreparedInsert(Database& db, const QString& sql, NewId newId = NewId::Wanted);
    ~PreparedInsert();
    PreparedInsert(const PreparedInsert&) = delete;
    PreparedInsert& operator=(const PreparedInsert&) = delete;

    bool isValid() const { return m_statement || m_query; }
    // Binds as Qt does: a null QVariant, or a null QString or QByteArray, is NULL.
    void bindValue(int index, const QVariant& value);
    // Inserts one row with the values bound now; they stay bound until bound again.
    bool exec();
    // The id of the row the last successful exec() inserted (-1 on a team server when not wanted).
    qint64 insertedId() const { return m_insertedId; }
    // The last failure of prepare or exec, as Qt reports one (sqlerror reads its code).
    const QSqlError& lastError() const { return m_error; }
    // That failure as a repository reports it: "<context>: <Dutch sentence>" (sqlerror::statementFailed).
    Error failed(const QString& context = {}) const;

private:
    void recordSqliteError(int code);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    // The UTF-8 of each text value bound, kept until it is bound again: SQLite then reads it in place. (Bound as
    // UTF-16 it would convert every value itself, slower than Qt, into memory of its own.)
    std::vector<QByteArray> m_texts;
    std::optional<QSqlQuery> m_query; // a team server's
    bool m_onServer = false;
    QSqlError m_error;
    qint64 m_insertedId = -1;
};

} // namespace dw
