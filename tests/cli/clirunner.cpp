#include "clirunner.h"

#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cmath>

namespace dw::test {

namespace {

CliResult runWith(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(DW_CLI), arguments);
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

CliResult runCli(const QStringList& arguments)
{
    ensureCoreApplication();
    return runWith(arguments, QProcessEnvironment::systemEnvironment());
}

CliResult runCliAs(
    const QString& gebruiker, const QString& wachtwoord, const QStringList& arguments, const QString& nieuw)
{
    ensureCoreApplication();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DRAAGWIJZER_GEBRUIKER"));
    environment.remove(QStringLiteral("DRAAGWIJZER_WACHTWOORD"));
    if (!gebruiker.isEmpty())
        environment.insert(QStringLiteral("DRAAGWIJZER_GEBRUIKER"), gebruiker);
    if (!wachtwoord.isEmpty())
        environment.insert(QStringLiteral("DRAAGWIJZER_WACHTWOORD"), wachtwoord);
    if (!nieuw.isEmpty())
        environment.insert(QStringLiteral("DRAAGWIJZER_NIEUW_WACHTWOORD"), nieuw);
    return runWith(arguments, environment);
}

CliFixture::CliFixture()
{
    ensureCoreApplication();
    if (testingServer())
        m_schema = std::make_unique<TestSchema>();
}

CliFixture::~CliFixture() = default;

QStringList CliFixture::target() const
{
    if (m_schema)
        return {QStringLiteral("--server"), m_schema->uri()};
    return {QStringLiteral("--database"), db()};
}

Result<std::unique_ptr<Database>> CliFixture::openDesk() const
{
    return m_schema ? Database::openServer(m_schema->address()) : Database::open(db());
}

CliResult CliFixture::run(QStringList arguments) const
{
    return runCli(target() + arguments);
}

QByteArray CliFixture::snapshot() const
{
    if (!m_schema)
        return readFile(db());
    return run({QStringLiteral("export"), QStringLiteral("-")}).out;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Equal JSON, numbers within 1e-9: the engines sum in their own order, so the last digits of an average differ.
bool sameJson(const QJsonValue& a, const QJsonValue& b, QString& where)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <= 1e-9 || (where += QStringLiteral(" getal"), false);
    if (a.type() != b.type())
        return where += QStringLiteral(" type"), false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return where += QStringLiteral(" lengte"), false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), where))
                return where.prepend(QStringLiteral("[%1]").arg(i)), false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return where += QStringLiteral(" sleutels"), false;
        for (const QString& key : x.keys()) {
            if (!sameJson(x.value(key), y.value(key), where))
                return where.prepend(QLatin1Char('.') + key), false;
        }
        return true;
    }
    return a == b || (where += QStringLiteral(" waarde"), false);
}

// Whether, within `ms`, the test server shows a Draagwijzer connection inside a transaction that inserts.
bool aDeskIsWriting(int ms)
{
    bool seen = false;
    {
        QSqlDatabase watch = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("watch"));
        const auto base = ServerAddress::parse(qEnvironmentVariable("DW_TEST_SERVER"));
        if (base.ok())
            base.value().applyTo(watch);
        QElapsedTimer timer;
        timer.start();
        while (watch.open() && !seen && timer.elapsed() < ms) {
            QSqlQuery q(watch);
            seen = q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                         "'draagwijzer' AND xact_start IS NOT NULL AND state <> 'idle' AND "
                                         "(query ILIKE 'INSERT%' OR query ILIKE 'EXECUTE%')"))
                && q.next() && q.value(0).toInt() > 0;
            QThread::msleep(50);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    return seen;
}

QString demoDesk(const QTemporaryDir& dir, int inwoners)
{
    const QString file = dir.filePath(QStringLiteral("bureau.sqlite"));
    const CliResult made = runCli({QStringLiteral("--database"),
        file,
        QStringLiteral("demo"),
        QStringLiteral("--inwoners"),
        QString::number(inwoners)});
    return made.exitCode == 0 ? file : QString();
}

} // namespace dw::test
