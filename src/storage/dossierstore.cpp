#include "dossierstore.h"

#include "auditlog.h"
#include "database.h"
#include "inwonerrepository.h"
#include "log.h"
#include "metingrepository.h"
#include "migrations.h"
#include "planrepository.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"
#include "voorzieningrepository.h"

#include <QSqlQuery>

namespace dw {

namespace {
// From this many dossiers on, dropping the secondary indexes and building them again at the end is faster.
constexpr int bulkThreshold = 5000;

// More page cache for a large import while it runs (0 megabytes: leave it), and back on destruction.
class BulkLoad
{
public:
    BulkLoad(Database& db, int megabytes)
        : m_db(db)
    {
        if (megabytes > 0)
            m_previous = m_db.dialect().beginBulkLoad(m_db.connection(), megabytes);
    }
    ~BulkLoad()
    {
        if (m_previous)
            m_db.dialect().endBulkLoad(m_db.connection(), *m_previous);
    }

private:
    Database& m_db;
    std::optional<int> m_previous;
};
} // namespace

Status DossierStore::importDossiers(
    QVector<Dossier> dossiers, const Progress& progress, const QVector<Voorziening>& socialeKaart)
{
    QStringList refs;
    refs.reserve(dossiers.size());
    for (const Dossier& d : dossiers)
        refs.append(d.inwoner.ref);
    TransactionGuard tx(m_db);
    if (!tx.started())
        return Error::failure(QStringLiteral("de database is bezet of alleen-lezen"));
    const auto existing = InwonerRepository(m_db).existingRefs(refs);
    if (!existing.ok())
        return existing.error();
    if (!existing->isEmpty())
        return Error::badInput(QStringLiteral("inwoner ref '%1' bestaat al in de database").arg(existing->first()));
    const Status s = importGenerated(
        dossiers.size(), [&dossiers](int i) { return std::move(dossiers[i]); }, progress, socialeKaart);
    if (!s.ok())
        return s;
    return tx.commit();
}

Status DossierStore::importGenerated(int total,
    const std::function<Dossier(int)>& make,
    const Progress& progress,
    const QVector<Voorziening>& socialeKaart)
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
    InwonerRepository inwoners(m_db);
    MetingRepository metingen(m_db, m_instrument);
    PlanRepository plannen(m_db);
    // A large cache for the duration of a bulk write: one transaction of 100,000 dossiers touches every page of
    // the inwoner indexes; with SQLite's default 2 MB cache it would spill and re-read them from disk.
    const BulkLoad bigCache(m_db, total > 1000 ? 64 : 0);
    TransactionGuard tx(m_db);
    if (!tx.started())
        return Error::failure(QStringLiteral("de database is bezet of alleen-lezen"));
    const Status kaart = VoorzieningRepository(m_db, m_instrument).merge(socialeKaart);
    if (!kaart.ok())
        return kaart;
    const bool rebuildIndexes = total >= bulkThreshold && m_db.dialect().rebuildsIndexesInBulk();
    QSqlQuery ddl(m_db.connection());
    if (rebuildIndexes) {
        for (const auto& index : Migrations::secondaryIndexes()) {
            if (!ddl.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index.name)))
                return sqlerror::statementFailed(ddl);
        }
    }
    for (int i = 0; i < total; ++i) {
        Dossier d = make(i);
        const auto id = inwoners.insert(d.inwoner);
        if (!id.ok())
            return id.error();
        Status s = metingen.insertMeetmomenten(*id, d.meetmomenten);
        if (!s.ok())
            return Error {s.error().kind, QStringLiteral("inwoner %1: %2").arg(d.inwoner.ref, s.errorMessage())};
        for (const Plan& p : d.plannen) {
            const auto planId = plannen.insert(*id, p);
            if (!planId.ok())
                return Error {planId.error().kind,
                    QStringLiteral("inwoner %1, plan versie %2: %3")
                        .arg(d.inwoner.ref)
                        .arg(p.versie)
                        .arg(planId.errorMessage())};
        }
        if (progress && (i % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
            return Error::badInput(QStringLiteral("afgebroken; er is niets opgeslagen"));
    }
    if (rebuildIndexes) {
        for (const auto& index : Migrations::secondaryIndexes()) {
            if (!ddl.exec(index.create))
                return sqlerror::statementFailed(ddl);
        }
    }
    const Status audit = AuditLog(m_db).record(QStringLiteral("import"), 0, QStringLiteral("%1 inwoners").arg(total));
    if (!audit.ok())
        return audit;
    const Status committed = tx.commit();
    if (committed.ok())
        log::info("import", {{"inwoners", total}});
    return committed;
}

Result<QVector<Dossier>> DossierStore::exportDossiers(const QString& ref)
{
    InwonerRepository inwoners(m_db);
    MetingRepository metingen(m_db, m_instrument);
    PlanRepository plannen(m_db);
    QVector<Inwoner> list;
    if (ref.isEmpty()) {
        auto all = inwoners.all();
        if (!all.ok())
            return all.error();
        list = all.value();
    } else {
        const auto id = inwoners.idOf(ref);
        if (!id.ok())
            return id.error();
        const Status allowed = AuditLog(m_db).mayRead(QStringLiteral("export"), id.value());
        if (!allowed.ok())
            return allowed.error();
        auto one = inwoners.findById(id.value());
        if (!one.ok())
            return one.error();
        list.append(one.value());
    }
    QVector<Dossier> out;
    out.reserve(list.size());
    for (const Inwoner& i : list) {
        Dossier d;
        d.inwoner = i;
        auto mm = metingen.load(i.id);
        if (!mm.ok())
            return mm.error();
        d.meetmomenten = mm.value();
        auto pl = plannen.load(i.id);
        if (!pl.ok())
            return pl.error();
        d.plannen = pl.value();
        out.append(std::move(d));
    }
    const Status audit = AuditLog(m_db).record(QStringLiteral("export"),
        list.size() == 1 ? list.first().id : 0,
        QStringLiteral("%1 inwoners").arg(list.size()));
    if (!audit.ok())
        return audit.error();
    return out;
}

Result<qint64> DossierStore::createInwoner(const Inwoner& inwoner)
{
    return m_db.retrying([&]() -> Result<qint64> {
        TransactionGuard tx(m_db);
        const auto id = InwonerRepository(m_db).insert(inwoner);
        if (!id.ok())
            return id;
        const Status audit = AuditLog(m_db).record(QStringLiteral("inwoner aangemaakt"), id.value());
        if (!audit.ok())
            return audit.error();
        const Status committed = tx.commit();
        if (!committed.ok())
            return committed.error();
        return id;
    });
}

Result<Dossier> DossierStore::load(const QString& ref, Audit audit, const QString& actie)
{
    InwonerRepository inwoners(m_db);
    const auto id = inwoners.idOf(ref);
    if (!id.ok())
        return id.error();
    if (audit == Audit::Read) {
        const Status allowed = AuditLog(m_db).mayRead(actie, id.value());
        if (!allowed.ok())
            return allowed.error();
    }
    auto inwoner = inwoners.findById(id.value());
    if (!inwoner.ok())
        return inwoner.error();
    Dossier d;
    d.inwoner = inwoner.value();
    auto mm = MetingRepository(m_db, m_instrument).load(d.inwoner.id);
    if (!mm.ok())
        return mm.error();
    d.meetmomenten = mm.value();
    auto pl = PlanRepository(m_db).load(d.inwoner.id);
    if (!pl.ok())
        return pl.error();
    d.plannen = pl.value();
    if (audit == Audit::AlreadyOpen)
        return d;
    log::info("dossier_gelezen", {{"inwoner_id", d.inwoner.id}});
    const Status read = AuditLog(m_db).record(actie, d.inwoner.id);
    if (!read.ok())
        return read.error();
    return d;
}

} // namespace dw
