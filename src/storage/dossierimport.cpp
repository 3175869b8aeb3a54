#include "dossierimport.h"

#include "auditlog.h"
#include "database.h"
#include "inwonerrepository.h"
#include "journaalrepository.h"
#include "log.h"
#include "metingrepository.h"
#include "migrations.h"
#include "planrepository.h"
#include "sqlerror.h"
#include "transactionguard.h"
#include "voorzieningrepository.h"

#include <QSqlQuery>

namespace dw {

namespace {
// From this many dossiers on, dropping the secondary indexes and building them again at the end is faster.
constexpr int bulkThreshold = 5000;
// Refs are checked against the database this many at a time: one query instead of one per inwoner.
constexpr int batchSize = 500;
} // namespace

DossierImport::DossierImport(Database& db, const Instrument& instrument)
    : m_db(db)
    , m_instrument(instrument)
    , m_inwoners(std::make_unique<InwonerRepository>(db))
    , m_metingen(std::make_unique<MetingRepository>(db, instrument))
    , m_plannen(std::make_unique<PlanRepository>(db))
    , m_journaal(std::make_unique<JournaalRepository>(db))
{ }

DossierImport::~DossierImport()
{
    // Their prepared statements go first: a ROLLBACK with a statement still open would leave it running.
    m_inwoners.reset();
    m_metingen.reset();
    m_plannen.reset();
    m_journaal.reset();
    m_tx.reset(); // rolls back when not committed
    if (m_previousCache)
        m_db.dialect().endBulkLoad(m_db.connection(), *m_previousCache);
}

Status DossierImport::begin(int expected)
{
    if (!m_db.sessie().heeft(Rol::Professional)) {
        const Status logged = AuditLog(m_db).record(QStringLiteral("import"), 0, {}, QStringLiteral("geweigerd"));
        if (!logged.ok())
            return logged;
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("alleen een professional neemt dossiers op; u bent %1")
                .arg(rollen::text(m_db.sessie().rollen)));
    }
    // A large cache for the duration of a bulk write: one transaction of 100,000 dossiers touches every page of
    // the inwoner indexes; with SQLite's default 2 MB cache it would spill and re-read them from disk.
    if (expected > 1000)
        m_previousCache = m_db.dialect().beginBulkLoad(m_db.connection(), 64);
    m_tx = std::make_unique<TransactionGuard>(m_db);
    if (!m_tx->started())
        return Error::failure(QStringLiteral("de database is bezet of alleen-lezen"));
    m_rebuildIndexes = expected >= bulkThreshold && m_db.dialect().rebuildsIndexesInBulk();
    if (m_rebuildIndexes) {
        QSqlQuery ddl(m_db.connection());
        for (const auto& index : Migrations::secondaryIndexes()) {
            if (!ddl.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index.name)))
                return sqlerror::statementFailed(ddl);
        }
        // The search index (migration 14) flushes its pending terms at the end of every statement that touches it:
        // one small segment per inwoner, merged over and over. The new inwoners go in with one statement at the
        // end instead (a tenth of writing an inwoner).
        if (m_db.schemaVersion() >= 14) {
            if (!ddl.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM inwoner")) || !ddl.next())
                return sqlerror::statementFailed(ddl);
            m_searchIndexAfter = ddl.value(0).toLongLong();
            if (!ddl.exec(QStringLiteral("DROP TRIGGER IF EXISTS inwoner_zoek_nieuw")))
                return sqlerror::statementFailed(ddl);
        }
        // The inwoner's last meetmoment (migration 23): one statement at the end instead of a trigger's row update
        // per meetmoment (a fifth of the demo's time at 20,000 inwoners).
        for (const QString& statement : laatsteMeetmomentBulkBegin()) {
            if (!ddl.exec(statement))
                return sqlerror::statementFailed(ddl);
        }
        if (!ddl.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM meetmoment")) || !ddl.next())
            return sqlerror::statementFailed(ddl);
        m_meetmomentenVoor = ddl.value(0).toLongLong();
    }
    return {};
}

Status DossierImport::add(Dossier&& dossier)
{
    m_batch.append(std::move(dossier));
    return m_batch.size() >= batchSize ? flush() : Status();
}

Status DossierImport::flush()
{
    if (m_checkExisting && !m_batch.isEmpty()) {
        QStringList refs;
        refs.reserve(m_batch.size());
        for (const Dossier& d : std::as_const(m_batch))
            refs.append(d.inwoner.ref);
        const auto existing = m_inwoners->existingRefs(refs);
        if (!existing.ok())
            return existing.error();
        if (!existing->isEmpty())
            return Error::badInput(QStringLiteral("inwoner ref '%1' bestaat al in de database").arg(existing->first()));
    }
    for (Dossier& d : m_batch) {
        const Status s = write(d);
        if (!s.ok())
            return s;
    }
    m_batch.clear();
    return {};
}

Status DossierImport::write(Dossier& d)
{
    const auto id = m_inwoners->insert(d.inwoner);
    if (!id.ok())
        return id.error();
    const Status s = m_metingen->insertMeetmomenten(*id, d.meetmomenten);
    if (!s.ok())
        return Error {s.error().kind, QStringLiteral("inwoner %1: %2").arg(d.inwoner.ref, s.errorMessage())};
    for (const Plan& p : std::as_const(d.plannen)) {
        const auto planId = m_plannen->insert(*id, p);
        if (!planId.ok())
            return Error {planId.error().kind,
                QStringLiteral("inwoner %1, plan versie %2: %3")
                    .arg(d.inwoner.ref)
                    .arg(p.versie)
                    .arg(planId.errorMessage())};
    }
    for (const JournaalRegel& r : std::as_const(d.journaal)) {
        const auto regel = m_journaal->insert(*id, r);
        if (!regel.ok())
            return Error {regel.error().kind,
                QStringLiteral("inwoner %1, journaal van %2: %3")
                    .arg(d.inwoner.ref, r.datum.toString(Qt::ISODate), regel.errorMessage())};
    }
    ++m_added;
    return {};
}

Status DossierImport::extend(const QString& ref, const QVector<Meetmoment>& meetmomenten)
{
    const auto id = m_inwoners->idOf(ref);
    if (!id.ok())
        return id.error();
    for (const Meetmoment& m : meetmomenten) {
        const auto added = m_metingen->addMeetmoment(*id, m);
        if (!added.ok())
            return Error {added.error().kind,
                QStringLiteral("inwoner %1, meetmoment van %2: %3")
                    .arg(ref, m.datum.toString(QStringLiteral("dd-MM-yyyy")), added.errorMessage())};
    }
    ++m_extended;
    return {};
}

Status DossierImport::finish(const QVector<Voorziening>& socialeKaart)
{
    Status s = flush();
    if (!s.ok())
        return s;
    s = VoorzieningRepository(m_db, m_instrument).merge(socialeKaart);
    if (!s.ok())
        return s;
    if (m_rebuildIndexes) {
        QSqlQuery ddl(m_db.connection());
        for (const auto& index : Migrations::secondaryIndexes()) {
            if (!ddl.exec(index.create))
                return sqlerror::statementFailed(ddl);
        }
        if (m_searchIndexAfter) {
            ddl.prepare(QStringLiteral("INSERT INTO inwoner_zoek (rowid, zoektekst) "
                                       "SELECT id, zoektekst FROM inwoner WHERE id > ?"));
            ddl.addBindValue(*m_searchIndexAfter);
            if (!ddl.exec() || !ddl.exec(m_db.dialect().ddl(QStringLiteral("@ZOEKINDEX_NIEUW@"))))
                return sqlerror::statementFailed(ddl);
        }
        ddl.prepare(laatsteMeetmomentBulkFill());
        ddl.addBindValue(m_meetmomentenVoor);
        if (!ddl.exec())
            return sqlerror::statementFailed(ddl);
        for (const QString& statement : laatsteMeetmomentBulkEnd()) {
            if (!ddl.exec(statement))
                return sqlerror::statementFailed(ddl);
        }
    }
    s = AuditLog(m_db).record(
        m_auditAction, 0, m_auditDetails.isEmpty() ? QStringLiteral("%1 inwoners").arg(m_added) : m_auditDetails);
    if (!s.ok())
        return s;
    s = m_tx->commit();
    if (s.ok())
        log::info("import", {{"inwoners", m_added}});
    return s;
}

} // namespace dw
