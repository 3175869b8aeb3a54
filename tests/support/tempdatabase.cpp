#include "tempdatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

#include <unistd.h>

namespace dw::test {

namespace {

ServerAddress baseAddress()
{
    auto parsed = ServerAddress::parse(qEnvironmentVariable("DW_TEST_SERVER"));
    if (!parsed.ok())
        ADD_FAILURE() << "DW_TEST_SERVER: " << parsed.errorMessage().toStdString();
    return parsed.ok() ? parsed.value() : ServerAddress();
}

// Runs one statement on the test server outside any test schema (creating or dropping one).
void administer(const QString& sql)
{
    const QString name = QStringLiteral("dw-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        baseAddress().applyTo(db);
        if (!db.open()) {
            ADD_FAILURE() << "testserver: " << db.lastError().text().toStdString();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!q.exec(sql))
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool testingServer()
{
    return qEnvironmentVariableIsSet("DW_TEST_SERVER");
}

void ensureCoreApplication()
{
    useTestAccount();
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "dw-test";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives for the whole test run
}

void useTestAccount()
{
    if (!qEnvironmentVariableIsSet("DRAAGWIJZER_GEBRUIKER"))
        qputenv("DRAAGWIJZER_GEBRUIKER", testAccountName);
    if (!qEnvironmentVariableIsSet("DRAAGWIJZER_WACHTWOORD"))
        qputenv("DRAAGWIJZER_WACHTWOORD", testAccountPassword);
}

TestSchema::TestSchema()
{
    ensureCoreApplication();
    static QAtomicInt counter;
    m_name = QStringLiteral("dw_test_%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
    administer(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_name));
    administer(QStringLiteral("CREATE SCHEMA %1").arg(m_name));
    m_address = baseAddress().with(QStringLiteral("options"), QStringLiteral("-csearch_path=%1").arg(m_name));
}

TestSchema::~TestSchema()
{
    administer(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_name));
    // The schema's server logins and groups (migration 11) are the cluster's, not the schema's.
    administer(QStringLiteral("DO $$ DECLARE r name; BEGIN "
                              "FOR r IN SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1.') LOOP "
                              "EXECUTE format('DROP ROLE %I', r); END LOOP; END $$")
                   .arg(m_name));
}

QString TestSchema::uri() const
{
    // The base address's parameters as URI query parameters; libpq takes every keyword there.
    QString uri = QStringLiteral("postgresql:///?");
    QStringList query;
    const QString base = baseAddress().conninfo();
    // conninfo is key='value' pairs; the values never contain spaces or quotes in a test set-up.
    for (const QString& pair : base.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        QString value = pair.mid(eq + 1);
        if (value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        query << pair.left(eq) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    query << QStringLiteral("options=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("-csearch_path=%1").arg(m_name)));
    return uri + query.join(QLatin1Char('&'));
}

TempDatabase::TempDatabase()
{
    ensureCoreApplication();
    if (testingServer())
        m_schema = std::make_unique<TestSchema>();
    reopen();
}

Connector TempDatabase::connector() const
{
    return m_schema ? Connector::forServer(m_schema->address()) : Connector::forFile(path());
}

Result<std::unique_ptr<Database>> TempDatabase::openAnother(Database::Mode mode) const
{
    return m_schema ? Database::openServer(m_schema->address(), mode) : Database::open(path(), mode);
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = openAnother();
    if (!opened.ok())
        ADD_FAILURE() << opened.errorMessage().toStdString();
    else
        m_db = std::move(opened).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

} // namespace dw::test
