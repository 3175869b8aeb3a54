#include "mountnamespace.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace dw::test {

namespace {
bool g_entered = false;

QString why(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace

bool MountNamespace::enter()
{
    if (::geteuid() != 0 || ::unshare(CLONE_NEWNS) != 0)
        return false;
    // Our mounts must not propagate back to the machine's namespace.
    g_entered = ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    return g_entered;
}

bool MountNamespace::entered()
{
    return g_entered;
}

QString MountNamespace::mountTmpfs(const QString& dir, int kilobytes)
{
    if (!g_entered)
        return QStringLiteral("geen eigen mount-namespace (alleen als root)");
    const QByteArray options = QByteArrayLiteral("size=") + QByteArray::number(kilobytes) + "k";
    if (::mount("dw-test", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0)
        return why("mount tmpfs");
    return {};
}

QString MountNamespace::bindReadOnly(const QString& dir)
{
    if (!g_entered)
        return QStringLiteral("geen eigen mount-namespace (alleen als root)");
    const QByteArray path = QFile::encodeName(dir);
    if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
        return why("mount --bind");
    if (::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
        return why("remount ro");
    return {};
}

void MountNamespace::unmount(const QString& dir)
{
    ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

} // namespace dw::test
