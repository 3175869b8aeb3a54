#pragma once

#include <QString>

namespace dw::test {

// Real read-only folders and real full disks for the file-safety tests. As root (who ignores file modes) the
// test process moves into a private mount namespace at start, so that it can mount a small tmpfs or a read-only
// bind mount that it and the programs it starts see, and nobody else; the mounts go when the process ends.
// Call enter() first thing in main(), before any thread exists.
class MountNamespace
{
public:
    static bool enter();
    static bool entered();
    // A tmpfs of `kilobytes` on `dir` (an existing empty folder). Empty string, or why not.
    static QString mountTmpfs(const QString& dir, int kilobytes);
    // `dir` read-only, in place. Empty string, or why not.
    static QString bindReadOnly(const QString& dir);
    static void unmount(const QString& dir);
};

} // namespace dw::test
