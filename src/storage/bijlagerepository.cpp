#include "bijlagerepository.h"

#include "auditlog.h"
#include "database.h"
#include "log.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace dw {

namespace {

const QString toegevoegd = QStringLiteral("bijlage toegevoegd");
const QString verwijderd = QStringLiteral("bijlage verwijderd");

const char* columns = "id, inwoner_id, omschrijving, datum, bestandsnaam, mime_type, grootte, sha256, "
                      "toegevoegd_door, toegevoegd_op";

Bijlage fromRow(const QSqlQuery& q)
{
    Bijlage b;
    b.id = q.value(0).toLongLong();
    b.inwonerId = q.value(1).toLongLong();
    b.omschrijving = q.value(2).toString();
    b.datum = sql::toDate(q.value(3));
    b.bestandsnaam = q.value(4).toString();
    b.mimeType = q.value(5).toString();
    b.grootte = q.value(6).toLongLong();
    b.sha256 = q.value(7).toString();
    b.toegevoegdDoor = q.value(8).toString();
    b.toegevoegdOp = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return b;
}

QString details(qint64 bijlageId)
{
    return QStringLiteral("bijlage %1").arg(bijlageId);
}

qint64 delen(qint64 grootte)
{
    return (grootte + bijlage::deelGrootte - 1) / bijlage::deelGrootte;
}

} // namespace

BijlageRepository::BijlageRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString BijlageRepository::afgebrokenTekst()
{
    return QStringLiteral("Toevoegen afgebroken; er is niets bewaard.");
}

QString BijlageRepository::geopend()
{
    return QStringLiteral("bijlage geopend");
}

QString BijlageRepository::opgeslagen()
{
    return QStringLiteral("bijlage opgeslagen");
}

Result<QVector<Bijlage>> BijlageRepository::lijst(qint64 inwonerId)
{
    // Only what this session may see, on a file as on a team server (where row-level security says the same).
    sql::Where where;
    where.parts << QStringLiteral("b.inwoner_id = ?");
    where.values << inwonerId;
    sql::zichtbaar(where.parts, where.values, m_db.sessie());
    QStringList kolommen = QString::fromLatin1(columns).split(QStringLiteral(", "));
    for (QString& k : kolommen)
        k.prepend(QStringLiteral("b."));
    return m_db.reading([&]() -> Result<QVector<Bijlage>> {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                QStringLiteral("SELECT %1 FROM bijlage b JOIN inwoner i ON i.id = b.inwoner_id%2 "
                               "ORDER BY b.datum DESC, b.id DESC")
                    .arg(kolommen.join(QStringLiteral(", ")), where.sql()),
                where.values))
            return sqlerror::statementFailed(q, QStringLiteral("de bijlagen kunnen niet worden gelezen"));
        QVector<Bijlage> uit;
        while (q.next())
            uit.append(fromRow(q));
        return uit;
    });
}

Result<Bijlage> BijlageRepository::zoek(qint64 bijlageId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM bijlage WHERE id = ?").arg(QLatin1String(columns)), {bijlageId}))
        return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden gelezen"));
    if (!q.next())
        return Error::because(Error::Cause::NotFound,
            Error::Kind::BadInput,
            QStringLiteral("Deze bijlage bestaat niet meer; misschien verwijderde een collega haar."));
    return fromRow(q);
}

Status BijlageRepository::wijzigen(const QString& actie, qint64 inwonerId)
{
    if (m_db.readOnly())
        return Error::because(Error::Cause::ReadOnly,
            Error::Kind::BadInput,
            QStringLiteral("deze database is alleen te lezen; bijlagen toevoegen of verwijderen kan hier niet"));
    return AuditLog(m_db, m_clock).mayChange(actie, inwonerId);
}

Result<Bijlage> BijlageRepository::voegToe(
    qint64 inwonerId, const QString& pad, const QString& omschrijving, const QDate& datum, const Voortgang& voortgang)
{
    // Everything that can be known beforehand is checked before the transaction starts.
    const QString probleem = bijlage::probleem(omschrijving, datum, m_clock.today());
    if (!probleem.isEmpty())
        return Error::badInput(probleem);
    // Never the database itself: opening and closing it here would drop SQLite's locks (docs/reliability.md).
    if (!m_db.isServer() && Database::isDatabaseOrCompanion(m_db.path(), pad))
        return Error::badInput(QStringLiteral("Dat is het databasebestand van Draagwijzer zelf; dat kan geen bijlage "
                                              "zijn."));
    const QFileInfo info(pad);
    if (!info.exists() || !info.isFile())
        return Error::because(
            Error::Cause::NotFound, Error::Kind::BadInput, QStringLiteral("Het bestand %1 bestaat niet.").arg(pad));
    if (info.size() > bijlage::maxGrootte)
        return Error::badInput(bijlage::teGrootTekst(info.size()));
    if (info.size() == 0)
        return Error::badInput(QStringLiteral("Dit bestand is leeg; er is niets om te bewaren."));
    const Status mag = wijzigen(toegevoegd, inwonerId);
    if (!mag.ok())
        return mag.error();
    return m_db.retrying([&] { return toevoegen(inwonerId, pad, omschrijving, datum, voortgang); });
}

Result<Bijlage> BijlageRepository::toevoegen(
    qint64 inwonerId, const QString& pad, const QString& omschrijving, const QDate& datum, const Voortgang& voortgang)
{
    QFile file(pad);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("Het bestand %1 kan niet worden gelezen.").arg(pad));
    Bijlage b;
    b.inwonerId = inwonerId;
    b.omschrijving = omschrijving.trimmed();
    b.datum = datum;
    b.bestandsnaam = bijlage::veiligeNaam(QFileInfo(pad).fileName()).left(255);
    b.mimeType = QMimeDatabase().mimeTypeForFile(QFileInfo(pad)).name(); // by name, then content if needed
    b.grootte = file.size();
    const Sessie& sessie = m_db.sessie();
    b.toegevoegdDoor = sessie.aangemeld() ? sessie.gebruiker : AuditLog::currentUser();
    b.toegevoegdOp = m_clock.now().toUTC();

    TransactionGuard tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
            QStringLiteral("INSERT INTO bijlage (inwoner_id, omschrijving, datum, bestandsnaam, mime_type, grootte, "
                           "sha256, toegevoegd_door, toegevoegd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)%1")
                .arg(m_db.dialect().returningId()),
            {inwonerId,
                b.omschrijving,
                sql::date(b.datum),
                b.bestandsnaam,
                sql::nonNull(b.mimeType),
                b.grootte,
                QString(64, QLatin1Char('0')), // the real one once every part is in
                sql::nonNull(b.toegevoegdDoor),
                b.toegevoegdOp.toString(Qt::ISODate)}))
        return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden bewaard"));
    b.id = m_db.dialect().insertedId(q);
    q.finish();

    QSqlQuery deel(m_db.connection());
    deel.prepare(QStringLiteral("INSERT INTO bijlage_deel (bijlage_id, volgnummer, data) VALUES (?, ?, ?)"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    qint64 gedaan = 0;
    for (int volgnummer = 0;; ++volgnummer) {
        // One part in memory at a time: never readAll().
        buffer.resize(bijlage::deelGrootte);
        const qint64 gelezen = file.read(buffer.data(), bijlage::deelGrootte);
        if (gelezen < 0)
            return Error::failure(QStringLiteral("Het bestand %1 kan niet worden gelezen.").arg(pad));
        if (gelezen == 0)
            break;
        buffer.resize(gelezen);
        gedaan += gelezen;
        // The file grew while it was read: the limit holds for what is stored, not for what the folder said.
        if (gedaan > bijlage::maxGrootte)
            return Error::badInput(bijlage::teGrootTekst(gedaan));
        hash.addData(buffer);
        deel.bindValue(0, b.id);
        deel.bindValue(1, volgnummer);
        deel.bindValue(2, buffer);
        if (!deel.exec())
            return sqlerror::statementFailed(deel, QStringLiteral("de bijlage kan niet worden bewaard"));
        if (voortgang && !voortgang(gedaan, b.grootte))
            return Error::badInput(afgebrokenTekst());
    }
    if (gedaan != b.grootte)
        return Error::failure(
            QStringLiteral("Het bestand %1 veranderde terwijl het werd gelezen; probeer het opnieuw.").arg(pad));
    b.sha256 = QString::fromLatin1(hash.result().toHex());
    if (!sql::exec(
            q, QStringLiteral("UPDATE bijlage SET sha256 = ?, grootte = ? WHERE id = ?"), {b.sha256, b.grootte, b.id}))
        return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden bewaard"));
    const Status logged = AuditLog(m_db, m_clock).record(toegevoegd, inwonerId, details(b.id));
    if (!logged.ok())
        return logged.error();
    const Status committed = tx.commit();
    if (!committed.ok())
        return committed.error();
    log::info("bijlage_toegevoegd", {{"inwoner_id", inwonerId}, {"bijlage_id", b.id}, {"bytes", b.grootte}});
    return b;
}

Status BijlageRepository::schrijfNaar(
    qint64 bijlageId, const QString& pad, const QString& actie, const Voortgang& voortgang)
{
    const auto gevonden = zoek(bijlageId);
    if (!gevonden.ok())
        return gevonden.error();
    const Bijlage& b = gevonden.value();
    if (!actie.isEmpty()) {
        const Status mag = AuditLog(m_db, m_clock).mayRead(actie, b.inwonerId);
        if (!mag.ok())
            return mag;
    }
    QSaveFile out(pad);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2").arg(pad, out.errorString()));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM bijlage_deel WHERE bijlage_id = ? AND volgnummer = ?"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 gedaan = 0;
    const QString beschadigd = QStringLiteral("De bijlage is beschadigd in de database (%1); ze is niet geschreven. "
                                              "Zet een backup terug of vraag de beheerder om hulp.");
    // Each part on its own: a server connection fetches a whole result at once, so one query for all parts would
    // hold the whole file in memory.
    for (qint64 volgnummer = 0; volgnummer < delen(b.grootte); ++volgnummer) {
        q.bindValue(0, bijlageId);
        q.bindValue(1, volgnummer);
        if (!q.exec())
            return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden gelezen"));
        if (!q.next()) {
            log::warn("bijlage_deel_ontbreekt", {{"bijlage_id", bijlageId}, {"volgnummer", volgnummer}});
            return Error::because(
                Error::Cause::Damaged, Error::Kind::Failure, beschadigd.arg(QStringLiteral("een deel ontbreekt")));
        }
        const QByteArray data = q.value(0).toByteArray();
        q.finish();
        hash.addData(data);
        gedaan += data.size();
        if (out.write(data) != data.size())
            return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2").arg(pad, out.errorString()));
        if (voortgang && !voortgang(gedaan, b.grootte)) {
            out.cancelWriting();
            return Error::badInput(QStringLiteral("Afgebroken; er is niets geschreven."));
        }
    }
    if (gedaan != b.grootte || QString::fromLatin1(hash.result().toHex()) != b.sha256) {
        log::warn("bijlage_controlesom_klopt_niet", {{"bijlage_id", bijlageId}});
        out.cancelWriting();
        return Error::because(Error::Cause::Damaged,
            Error::Kind::Failure,
            beschadigd.arg(QStringLiteral("de grootte of de controlesom klopt niet")));
    }
    // Audited before the file is there: a read that cannot be logged is not handed out.
    if (!actie.isEmpty()) {
        const Status logged = AuditLog(m_db, m_clock).record(actie, b.inwonerId, details(bijlageId));
        if (!logged.ok()) {
            out.cancelWriting();
            return logged;
        }
    }
    if (!out.commit())
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2").arg(pad, out.errorString()));
    return {};
}

Status BijlageRepository::verwijder(qint64 bijlageId)
{
    const auto gevonden = zoek(bijlageId);
    if (!gevonden.ok())
        return gevonden.error();
    const qint64 inwonerId = gevonden->inwonerId;
    const Status mag = wijzigen(verwijderd, inwonerId);
    if (!mag.ok())
        return mag;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        // The parts first: a file's foreign keys need not be on for them to go.
        if (!sql::exec(q, QStringLiteral("DELETE FROM bijlage_deel WHERE bijlage_id = ?"), {bijlageId}))
            return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden verwijderd"));
        if (!sql::exec(
                q, QStringLiteral("DELETE FROM bijlage WHERE id = ? AND inwoner_id = ?"), {bijlageId, inwonerId}))
            return sqlerror::statementFailed(q, QStringLiteral("de bijlage kan niet worden verwijderd"));
        if (q.numRowsAffected() != 1)
            return Error::badInput(
                QStringLiteral("Deze bijlage bestaat niet meer; misschien verwijderde een collega haar."));
        const Status logged = AuditLog(m_db, m_clock).record(verwijderd, inwonerId, details(bijlageId));
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
}

} // namespace dw
