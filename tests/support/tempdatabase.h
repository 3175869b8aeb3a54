#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace dw::test {

// A fresh, migrated database in a temporary folder that disappears with the fixture.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// Qt Sql needs a QCoreApplication for its driver plugin; GoogleTest mains do not make one.
void ensureCoreApplication();

// The bytes of a file, for "left byte-identical" checks.
QByteArray fileBytes(const QString& path);
// Writes `bytes` to a new file at `path`; false when that fails.
bool writeFileBytes(const QString& path, const QByteArray& bytes);

} // namespace dw::test
