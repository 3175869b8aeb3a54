#include "preparedinsert.h"

#include "database.h"
#include "dialect.h"
#include "sqlerror.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

namespace dw {

PreparedInsert::PreparedInsert(Database& db, const QString& sql, NewId newId)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && std::strcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
        const QByteArray text = sql.toUtf8();
        const int code = sqlite3_prepare_v3(
            m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
        if (code != SQLITE_OK) {
            recordSqliteError(code);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        m_texts.resize(m_statement ? std::size_t(sqlite3_bind_parameter_count(m_statement)) : 0);
        return;
    }
    m_onServer = true;
    m_query.emplace(db.connection());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(newId == NewId::Wanted ? sql + db.dialect().returningId() : sql)) {
        m_error = m_query->lastError();
        m_query.reset();
    }
}

PreparedInsert::~PreparedInsert()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void PreparedInsert::bindValue(int index, const QVariant& value)
{
    if (m_query) {
        m_query->bindValue(index, value);
        return;
    }
    if (!m_statement || index < 0 || std::size_t(index) >= m_texts.size())
        return;
    // The same mapping as Qt's SQLite driver (QSQLiteResult::exec), so that a row is stored exactly as before.
    const int position = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        if (bytes->isNull())
            sqlite3_bind_null(m_statement, position);
        else
            sqlite3_bind_blob(m_statement, position, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text
            = value.typeId() == QMetaType::QString ? *static_cast<const QString*>(value.constData()) : value.toString();
        if (text.isNull()) {
            sqlite3_bind_null(m_statement, position);
            break;
        }
        QByteArray& utf8 = m_texts[std::size_t(index)];
        utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        break;
    }
    }
}

bool PreparedInsert::exec()
{
    m_insertedId = -1;
    if (m_query) {
        if (!m_query->exec()) {
            m_error = m_query->lastError();
            return false;
        }
        m_insertedId = m_query->next() ? m_query->value(0).toLongLong() : -1;
        m_query->finish(); // no statement left open: a ROLLBACK after it must not find one running
        return true;
    }
    if (!m_statement)
        return false; // m_error says why it could not be prepared
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        recordSqliteError(code);
        return false;
    }
    m_insertedId = sqlite3_last_insert_rowid(m_handle);
    return true;
}

Error PreparedInsert::failed(const QString& context) const
{
    return sqlerror::statementFailed(m_error, m_onServer, context);
}

void PreparedInsert::recordSqliteError(int code)
{
    // As Qt reports it: the extended code as the native code, SQLite's English only as the database text (the
    // user sees sqlerror's Dutch sentence, the log the number).
    const int extended = m_handle ? sqlite3_extended_errcode(m_handle) : code;
    m_error = QSqlError(QString(),
        QString::fromUtf8(sqlite3_errmsg(m_handle)),
        QSqlError::StatementError,
        QString::number((extended & 0xff) == (code & 0xff) ? extended : code));
}

} // namespace dw
