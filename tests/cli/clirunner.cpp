#include "clirunner.h"

#include "support/tempdatabase.h"

#include <QFile>
#include <QProcess>

namespace dw::test {

CliResult runCli(const QStringList& arguments)
{
    ensureCoreApplication();
    QProcess p;
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

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace dw::test
