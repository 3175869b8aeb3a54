#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>

namespace dw {

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString fileErrorSentence(const QFileDevice& file, QIODevice::OpenMode mode)
{
    if (mode == QIODevice::ReadOnly) {
        if (!QFileInfo::exists(file.fileName()))
            return QStringLiteral("het bestand bestaat niet");
        if (QFileInfo(file.fileName()).isDir())
            return QStringLiteral("dat is een map, geen bestand");
        return file.error() == QFileDevice::PermissionsError || file.error() == QFileDevice::OpenError
            ? QStringLiteral("u mag het niet lezen")
            : QStringLiteral("lezen mislukte");
    }
    switch (file.error()) {
    case QFileDevice::ResourceError: // Qt reports ENOSPC as a resource error
        return QStringLiteral("de schijf is vol");
    case QFileDevice::OpenError:
        return QStringLiteral("het bestand kan niet worden gemaakt; bestaat de map, en mag u erin schrijven?");
    case QFileDevice::PermissionsError:
        return QStringLiteral("u mag daar niet schrijven");
    case QFileDevice::RenameError:
        return QStringLiteral("het nieuwe bestand kon niet op de plaats van het oude worden gezet");
    case QFileDevice::WriteError:
        return QStringLiteral("schrijven naar de schijf mislukte (is de schijf vol?)");
    default:
        return QStringLiteral("schrijven mislukte");
    }
}

Status saveFile(const QString& path, const QByteArray& data)
{
    return saveFileFrom(path,
        [&data](QIODevice& out) { return out.write(data) == data.size() ? Status() : Status(Error::failure({})); });
}

Status saveFileFrom(const QString& path, const std::function<Status(QIODevice& out)>& produce)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(
            QStringLiteral("%1 kan niet worden geschreven: %2").arg(shown(path), fileErrorSentence(file)));
    const Status produced = produce(file);
    if (!produced.ok() && !produced.errorMessage().isEmpty()) {
        file.cancelWriting();
        return produced;
    }
    // Checked before commit(): in Qt 6.4 a write that fits in QSaveFile's buffer "succeeds", and when flushing
    // it at commit() fails (ENOSPC), commit() still returns true and replaces the target with an empty file.
    const bool written = produced.ok() && file.flush() && file.error() == QFileDevice::NoError;
    if (!written) {
        // A short write sets no error in Qt; the free space says why.
        constexpr qint64 nearlyFull = 1024 * 1024;
        const bool full = file.error() == QFileDevice::ResourceError
            || QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < nearlyFull;
        const QString why = full ? QStringLiteral("de schijf is vol") : fileErrorSentence(file);
        file.cancelWriting();
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2; het vorige bestand is niet gewijzigd")
                                  .arg(shown(path), why));
    }
    if (!file.commit())
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2; het vorige bestand is niet gewijzigd")
                                  .arg(shown(path), fileErrorSentence(file)));
    return {};
}

Status replaceFile(const QString& part, const QString& path)
{
    // rename(2) replaces the target in one step; QFile::rename would need the target removed first.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        QFile::remove(part);
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2; het vorige bestand is niet gewijzigd")
                                  .arg(shown(path), errnoSentence(error)));
    }
    return {};
}

} // namespace dw
