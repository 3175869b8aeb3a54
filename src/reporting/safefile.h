#pragma once

#include "core/result.h"
#include "storage/sqlerror.h" // errnoSentence

#include <QByteArray>
#include <QString>

#include <QIODevice>

#include <functional>

class QFileDevice;

namespace dw {

// Every file Draagwijzer writes (export, PDF, CSV, XLSX, chart, inzage) goes through here: each write and the
// final flush and rename are checked, and on any failure the previous file stays exactly as it was and no
// temporary file is left behind (docs/reliability.md).

// Writes `data` to `path` through QSaveFile.
Status saveFile(const QString& path, const QByteArray& data);
// The same for a file written piece by piece: `produce` writes to the device it is given. It returns a failed
// Status to stop (that Status is returned), or an Error with an empty message when a write to the device failed
// (the message then says why, as saveFile's does). On any failure the previous file stays as it was.
Status saveFileFrom(const QString& path, const std::function<Status(QIODevice& out)>& produce);
// Moves a finished temporary file `part` over `path` in one step (rename(2)); removes `part` on failure.
Status replaceFile(const QString& part, const QString& path);
// Why a file operation failed, in Dutch ("de schijf is vol"); Qt's errorString() may be English.
QString fileErrorSentence(const QFileDevice& file, QIODevice::OpenMode mode = QIODevice::WriteOnly);

} // namespace dw
