#include "cli/cli.h"
#include "core/appidentity.h"

#include <QCoreApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // Bulk imports allocate and free many small blocks; without padding glibc shrinks and regrows the heap with brk
    // thousands of times a second (20 % of demo --inwoners 100000, see docs/performance.md).
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
    QCoreApplication app(argc, argv);
    dw::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dw::cli::Cli(out, err).run(app.arguments().mid(1));
}
