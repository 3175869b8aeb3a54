#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace dw {

// One connection to a Draagwijzer database file. A connection belongs to one thread: a worker opens its own
// with openAnother(). Opening refuses, without writing a byte, a file that is not a SQLite database, a damaged
// one, or one whose schema is newer than this program knows; otherwise it migrates to the current schema.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A second connection to the same file, e.g. for a loader thread. Create it in the thread that uses it.
    Result<std::unique_ptr<Database>> openAnother(Mode mode = Mode::ReadOnly) const;

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Transaction depth, used by TransactionGuard to nest with SAVEPOINTs.
    int& transactionDepth() { return m_transactionDepth; }

    // The default location: <user data folder>/draagwijzer.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();

private:
    Database(QSqlDatabase db, QString path);

    QSqlDatabase m_db;
    QString m_path;
    int m_transactionDepth = 0;
};

// The message of the last error on a query or connection, for logs and the user.
QString sqlError(const class QSqlQuery& query);

} // namespace dw
