#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dw::test {

// Runs the real draagwijzer-cli binary, as a script or an outside check would.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errLine() const { return QString::fromUtf8(err).trimmed(); }
};

CliResult runCli(const QStringList& arguments);

// A temporary folder with a database path in it.
class CliFixture
{
public:
    CliFixture();
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    CliResult run(QStringList arguments) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString& path);

} // namespace dw::test
