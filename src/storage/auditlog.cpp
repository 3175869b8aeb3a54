#include "auditlog.h"

#include "auditretention.h"
#include "database.h"
#include "log.h"
#include "transactionguard.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtGlobal>

#include <sodium.h>

namespace dw {

namespace {

struct Row
{
    qint64 id = 0;
    QString tijdstip;
    QString gebruiker;
    QString actie;
    qint64 inwonerId = 0;
    QString details;
    // Since migration 10. Rows from before have all three empty and hash as they did then.
    QString rol;
    QString werkplek;
    QString uitkomst;
    QString namens; // since migration 13; hashed only when there is one, so older rows hash as they did
};

// Hex SHA-256 of the previous hash and the row's fields, each after a separator no field contains.
QString chainHash(const QString& previous, const Row& row)
{
    QStringList fields {previous,
        row.tijdstip,
        row.gebruiker,
        row.actie,
        row.inwonerId > 0 ? QString::number(row.inwonerId) : QString(),
        row.details};
    // A row written since migration 10 always has an outcome, so blanking these three breaks the chain too.
    if (!row.rol.isEmpty() || !row.werkplek.isEmpty() || !row.uitkomst.isEmpty())
        fields << row.rol << row.werkplek << row.uitkomst;
    if (!row.namens.isEmpty())
        fields << row.namens;
    const QByteArray input = fields.join(QChar(0x1f)).toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(input.constData()), quint64(input.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

// Before migration 10 the table has no rol, werkplek and uitkomst (migration 8 chains such a table).
QString selectRows(Database& db)
{
    const bool since10 = db.schemaVersion() >= 10;
    const bool since13 = db.schemaVersion() >= 13;
    return QStringLiteral("SELECT id, tijdstip, gebruiker, actie, inwoner_id, details, hash, %1, %2 FROM audit "
                          "WHERE id > ? ORDER BY id LIMIT 5000")
        .arg(since10 ? QStringLiteral("rol, werkplek, uitkomst") : QStringLiteral("'', '', ''"),
            since13 ? QStringLiteral("namens") : QStringLiteral("''"));
}

Row rowFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toLongLong(),
        q.value(5).toString(),
        q.value(7).toString(),
        q.value(8).toString(),
        q.value(9).toString(),
        q.value(10).toString()};
}

// Walks the log in id order, in batches (a server connection streams one result at a time), with each row, its
// stored hash and the hash that should be there. `visit` returns false to stop.
Status walk(Database& db, const std::function<bool(const Row&, const QString& stored, const QString& expected)>& visit)
{
    // After a clean-up the first row that is left follows from the last removed one, whose hash the anchor keeps.
    const auto anchor = AuditRetention::laatsteAnker(db);
    if (!anchor.ok())
        return anchor.error();
    QString previous = anchor.value() ? anchor.value()->hash : QString();
    qint64 after = anchor.value() ? anchor.value()->totId : 0;
    const QString select = selectRows(db);
    for (;;) {
        QSqlQuery q(db.connection());
        q.prepare(select);
        q.addBindValue(after);
        if (!q.exec())
            return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden gelezen"));
        QVector<QPair<Row, QString>> batch;
        while (q.next())
            batch.append({rowFrom(q), q.value(6).toString()});
        q.finish();
        if (batch.isEmpty())
            return {};
        for (const auto& [row, stored] : std::as_const(batch)) {
            const QString expected = chainHash(previous, row);
            if (!visit(row, stored, expected))
                return {};
            previous = stored.isEmpty() ? expected : stored;
            after = row.id;
        }
    }
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("onbekend") : user;
}

QString AuditLog::werkplek()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("onbekend") : host;
}

Status AuditLog::record(const QString& actie, qint64 inwonerId, const QString& details, const QString& uitkomst)
{
    const Sessie& sessie = m_db.sessie();
    return recordAs(sessie.aangemeld() ? sessie.gebruiker : currentUser(),
        sessie.rolVoorAudit(),
        actie,
        inwonerId,
        details,
        uitkomst);
}

Status AuditLog::recordAs(const QString& gebruiker,
    const QString& rol,
    const QString& actie,
    qint64 inwonerId,
    const QString& details,
    const QString& uitkomst)
{
    // A session on a read-only file cannot add to its audit table. It may still read (a backup on a read-only
    // medium, a copy for inspection); the reads go to this desk's log file instead, by id only, and the app and
    // the CLI say so when the session starts (docs/reliability.md).
    if (m_db.mode() == Database::Mode::ReadOnlyFile) {
        log::info("audit_alleen_lezen", {{"inwoner_id", inwonerId}});
        return {};
    }
    if (sodium_init() < 0)
        return Error::failure(QStringLiteral("auditregel kan niet worden geschreven: libsodium start niet"));
    // The last hash and the new row in one transaction, with no other desk appending in between.
    TransactionGuard tx(m_db);
    QSqlQuery q(m_db.connection());
    const QString lock = m_db.dialect().lockAuditChain();
    if (!lock.isEmpty() && !q.exec(lock))
        return sqlerror::statementFailed(q, QStringLiteral("auditregel kan niet worden geschreven"));
    if (!q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")))
        return sqlerror::statementFailed(q, QStringLiteral("auditregel kan niet worden geschreven"));
    const QString previous = q.next() ? q.value(0).toString() : QString();
    q.finish();
    const QString place = m_db.sessie().werkplek.isEmpty() ? werkplek() : m_db.sessie().werkplek;
    const bool since13 = m_db.schemaVersion() >= 13;
    const Row row {0,
        m_clock.now().toUTC().toString(Qt::ISODateWithMs),
        gebruiker,
        actie,
        inwonerId,
        details.isNull() ? QStringLiteral("") : details,
        rol.isNull() ? QStringLiteral("") : rol,
        place,
        uitkomst,
        since13 ? m_db.sessie().namens : QString()};
    q.prepare(QStringLiteral("INSERT INTO audit (tijdstip, gebruiker, actie, inwoner_id, details, hash, rol, werkplek, "
                             "uitkomst%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?%2)")
                  .arg(since13 ? QStringLiteral(", namens") : QString(), since13 ? QStringLiteral(", ?") : QString()));
    q.addBindValue(row.tijdstip);
    q.addBindValue(row.gebruiker);
    q.addBindValue(row.actie);
    q.addBindValue(inwonerId > 0 ? QVariant(inwonerId) : QVariant());
    q.addBindValue(row.details);
    q.addBindValue(chainHash(previous, row));
    q.addBindValue(row.rol);
    q.addBindValue(row.werkplek);
    q.addBindValue(row.uitkomst);
    if (since13)
        q.addBindValue(row.namens.isNull() ? QStringLiteral("") : row.namens);
    if (!q.exec())
        return sqlerror::statementFailed(q, QStringLiteral("auditregel kan niet worden geschreven"));
    return tx.commit();
}

namespace {

struct Owner
{
    QString professional;
    QString team;
};

Result<std::optional<Owner>> ownerOf(Database& db, qint64 inwonerId)
{
    QSqlQuery q(db.connection());
    // The view, not the table: on a team server the row may be one this login cannot read (migration 11).
    q.prepare(QStringLiteral("SELECT professional, team FROM inwoner_toewijzing WHERE id = ?"));
    q.addBindValue(inwonerId);
    if (!q.exec())
        return sqlerror::statementFailed(q, QStringLiteral("de rechten kunnen niet worden nagegaan"));
    if (!q.next())
        return std::optional<Owner>();
    return std::optional<Owner>(Owner {q.value(0).toString(), q.value(1).toString()});
}

} // namespace

Status AuditLog::mayChange(const QString& actie, qint64 inwonerId)
{
    return allowed(actie, inwonerId, Access::Change);
}

Status AuditLog::mayRead(const QString& actie, qint64 inwonerId)
{
    return allowed(actie, inwonerId, Access::Read);
}

Status AuditLog::allowed(const QString& actie, qint64 inwonerId, Access access)
{
    const Sessie& sessie = m_db.sessie();
    if (!sessie.aangemeld() || inwonerId <= 0)
        return {};
    const auto owner = ownerOf(m_db, inwonerId);
    if (!owner.ok())
        return owner.error();
    if (!owner.value())
        return {};
    const Owner& o = *owner.value();
    const bool sees = sessie.kanZien(o.professional, o.team);
    if (access == Access::Read ? sees : sessie.kanWijzigen(o.professional))
        return {};
    const Status logged = record(actie, inwonerId, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    QString why = QStringLiteral("u hebt geen toegang tot dit dossier: het hoort niet bij uw caseload of uw team");
    if (sessie.rollen == Rollen(Rol::Beheerder))
        why = QStringLiteral("een beheerder ziet de inhoud van dossiers niet (scheiding van taken)");
    else if (sees)
        why = QStringLiteral("dit dossier hoort bij %1; u kunt het inzien maar niet wijzigen")
                  .arg(o.professional.isEmpty() ? QStringLiteral("geen professional") : o.professional);
    return Error::because(Error::Cause::Denied, Error::Kind::BadInput, why);
}

Result<std::optional<qint64>> AuditLog::firstBrokenRow(Database& db)
{
    if (sodium_init() < 0)
        return Error::failure(QStringLiteral("het auditlog kan niet worden gecontroleerd: libsodium start niet"));
    std::optional<qint64> broken;
    const Status walked = walk(db, [&broken](const Row& row, const QString& stored, const QString& expected) {
        if (stored == expected)
            return true;
        broken = row.id;
        return false;
    });
    if (!walked.ok())
        return walked.error();
    return broken;
}

Status AuditLog::chainExistingRows(Database& db)
{
    if (sodium_init() < 0)
        return Error::failure(QStringLiteral("libsodium start niet"));
    QVector<QPair<qint64, QString>> hashes;
    const Status walked = walk(db, [&hashes](const Row& row, const QString&, const QString& expected) {
        hashes.append({row.id, expected});
        return true;
    });
    if (!walked.ok())
        return walked;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE audit SET hash = ? WHERE id = ?"));
    for (const auto& [id, hash] : std::as_const(hashes)) {
        q.bindValue(0, hash);
        q.bindValue(1, id);
        if (!q.exec())
            return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden geketend"));
    }
    return {};
}

} // namespace dw
