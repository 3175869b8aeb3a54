#include "appidentity.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw {

namespace {

const char* commit = nullptr; // constant-initialised, so setBuildCommit may run before main

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("draagwijzer.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("draagwijzer"));
    // QCommandLineParser's --version and Help → Over Draagwijzer show this.
    QCoreApplication::setApplicationVersion(versionText());
    // Dutch dates and decimal commas on screen, whatever the machine's locale. Files (JSON, the database) never
    // go through QLocale.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void setBuildCommit(const char* c)
{
    commit = c;
}

QString buildCommit()
{
    return commit ? QString::fromLatin1(commit) : QString();
}

QString versionText()
{
    const QString c = buildCommit();
    return c.isEmpty() ? QStringLiteral(DW_VERSION) : QStringLiteral(DW_VERSION " (commit %1)").arg(c);
}

} // namespace dw
