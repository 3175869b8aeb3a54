#include "cli/cli.h"
#include "core/appidentity.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    dw::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dw::cli::Cli(out, err).run(app.arguments().mid(1));
}
