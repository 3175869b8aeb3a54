#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace dw::bestandskeuze {

// Every file dialog of the app (issue 18, found with the bijlagen): Qt's own dialog with icons and types chosen by
// name only. Qt's standard dialog, and a desktop's native one in this process, look inside the files of a folder to
// choose their icons; opening and closing the database, its -wal or -shm drops this process's SQLite locks
// (docs/reliability.md), after which another program may checkpoint and delete the WAL under the app.
QString openBestand(QWidget* parent, const QString& titel, const QString& map, const QString& filter = {});
QString opslaanAls(QWidget* parent,
    const QString& titel,
    const QString& pad,
    const QString& filter = {},
    QString* gekozenFilter = nullptr,
    QFileDialog::Options opties = {});
QString kiesMap(QWidget* parent, const QString& titel, const QString& start);

} // namespace dw::bestandskeuze
