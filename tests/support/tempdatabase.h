#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace dw::test {

// The engine under test: SQLite, or a PostgreSQL team server when DW_TEST_SERVER is set (ctest label postgres;
// scripts/test.sh starts a throwaway server with pg_virtualenv). DW_TEST_SERVER is a libpq address; its other
// parameters come from the PG* variables pg_virtualenv sets.
bool testingServer();
// Skips a test of something only one engine has (a file's header, sqlite3_backup), with the reason.
#define DW_SQLITE_ONLY(why)                                                                                            \
    if (::dw::test::testingServer())                                                                                   \
    GTEST_SKIP() << "alleen SQLite: " << why

// A schema of its own on the test server, dropped again with the object: tests running side by side (ctest -j2)
// never see each other's tables. Its address sets search_path, so every connection made with it lands there.
class TestSchema
{
public:
    TestSchema();
    ~TestSchema();
    TestSchema(const TestSchema&) = delete;
    TestSchema& operator=(const TestSchema&) = delete;
    const ServerAddress& address() const { return m_address; }
    // The libpq URI of the schema, for draagwijzer-cli --server.
    QString uri() const;
    QString name() const { return m_name; }

private:
    QString m_name;
    ServerAddress m_address;
};

// A fresh, migrated database that disappears with the fixture: a file in a temporary folder, or a test schema.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    // The file (SQLite only).
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Connector connector() const;
    Result<std::unique_ptr<Database>> openAnother(Database::Mode mode = Database::Mode::ReadWrite) const;
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSchema> m_schema;
    std::unique_ptr<Database> m_db;
};

// Qt Sql needs a QCoreApplication for its driver plugin; GoogleTest mains do not make one. Also useTestAccount().
void ensureCoreApplication();

// Every CLI a test starts works as a script written before accounts would (DESIGN.md): with DRAAGWIJZER_GEBRUIKER
// and DRAAGWIJZER_WACHTWOORD set, `init` and `demo` make this first account and every later command logs in as it.
// A test that wants another account passes its own environment to the process.
constexpr const char* testAccountName = "beheer-test";
constexpr const char* testAccountPassword = "proef-sleutel-kast-2026";
void useTestAccount();

// The bytes of a file, for "left byte-identical" checks.
QByteArray fileBytes(const QString& path);
// Writes `bytes` to a new file at `path`; false when that fails.
bool writeFileBytes(const QString& path, const QByteArray& bytes);

} // namespace dw::test
