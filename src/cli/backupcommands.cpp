// `backup` and `restore`: for a beheerder (DESIGN.md, users).
#include "cli.h"

#include "storage/backup.h"
#include "storage/serverbackup.h"

#include <QDateTime>
#include <QDir>

namespace dw::cli {

int Cli::backup(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--out")}, 1);
    if (!s.ok())
        return finish(s);
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --out ontbreekt")));
    auto db = openForReading(a, m_err);
    if (!db.ok())
        return finish(db.error());
    const Status allowed = requireRole(*db.value(), Rol::Beheerder, QStringLiteral("backup"));
    if (!allowed.ok())
        return finish(allowed);
    const Status made
        = db.value()->isServer() ? serverbackup::create(*db.value(), out) : Backup::create(*db.value(), out);
    if (!made.ok())
        return finish(made);
    m_out << "Backup gemaakt en gecontroleerd: " << out << "\n";
    return Success;
}

int Cli::restore(const Arguments& a)
{
    const Status s = onlyOptions(a, {}, 2);
    if (!s.ok())
        return finish(s);
    // Check the backup before the database is even opened.
    const Status valid = a.server.isEmpty() ? Backup::verify(a.words.at(1)) : serverbackup::verify(a.words.at(1));
    if (!valid.ok())
        return finish(valid);
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const Status allowed = requireRole(*db.value(), Rol::Beheerder, QStringLiteral("restore"));
    if (!allowed.ok())
        return finish(allowed);
    const auto kept = db.value()->isServer()
        ? serverbackup::restore(*db.value(), a.words.at(1), QDateTime::currentDateTime())
        : Backup::restore(*db.value(), a.words.at(1), QDateTime::currentDateTime());
    if (!kept.ok())
        return finish(kept.error());
    m_out << "Backup teruggezet. De vorige database is bewaard als " << kept.value() << "\n";
    return Success;
}

} // namespace dw::cli
