#include "dossierstore.h"

#include "core/aheadqueue.h"
#include "core/exchangewriter.h"

#include "auditlog.h"
#include "database.h"
#include "dossierimport.h"
#include "inwonerrepository.h"
#include "journaalrepository.h"
#include "log.h"
#include "metingrepository.h"
#include "planrepository.h"
#include "transactionguard.h"

#include <atomic>
#include <cerrno>
#include <thread>

namespace dw {

Status DossierStore::importDossiers(
    QVector<Dossier> dossiers, const Progress& progress, const QVector<Voorziening>& socialeKaart)
{
    return importDossiers(
        dossiers.size(), [&dossiers](int i) { return std::move(dossiers[i]); }, progress, socialeKaart, true);
}

Status DossierStore::importGenerated(int total,
    const std::function<Dossier(int)>& make,
    const Progress& progress,
    const QVector<Voorziening>& socialeKaart)
{
    return importDossiers(total, make, progress, socialeKaart, false);
}

Status DossierStore::importDossiers(int total,
    const std::function<Dossier(int)>& make,
    const Progress& progress,
    const QVector<Voorziening>& socialeKaart,
    bool checkExisting)
{
    DossierImport import(m_db, m_instrument);
    import.setCheckExisting(checkExisting);
    Status s = import.begin(total);
    if (!s.ok())
        return s;
    // The dossiers are made on a second thread, a few ahead of the writing here (generating and checking them was
    // a tenth of a demo's time).
    AheadQueue<Dossier> queue(dossiersAhead);
    std::thread maker([&queue, &make, total] {
        for (int i = 0; i < total && queue.push(make(i)); ++i) { }
        queue.close();
    });
    Dossier d;
    for (int i = 0; s.ok() && queue.pop(d); ++i) {
        s = import.add(std::move(d));
        if (s.ok() && progress && (i % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
            s = Error::badInput(QStringLiteral("afgebroken; er is niets opgeslagen"));
    }
    queue.stop();
    maker.join();
    if (!s.ok())
        return s;
    return import.finish(socialeKaart);
}

Result<QVector<Dossier>> DossierStore::exportDossiers(const QString& ref)
{
    QVector<Dossier> out;
    const auto count = exportEach(ref, [&out](Dossier&& d) {
        out.append(std::move(d));
        return Status();
    });
    if (!count.ok())
        return count.error();
    return out;
}

Result<int> DossierStore::exportEach(const QString& ref, const Sink& sink)
{
    InwonerRepository inwoners(m_db);
    MetingRepository metingen(m_db, m_instrument);
    PlanRepository plannen(m_db);
    JournaalRepository journaal(m_db);
    qint64 single = 0;
    if (!ref.isEmpty()) {
        const auto id = inwoners.idOf(ref);
        if (!id.ok())
            return id.error();
        const Status allowed = AuditLog(m_db).mayRead(QStringLiteral("export"), id.value());
        if (!allowed.ok())
            return allowed.error();
        single = id.value();
    }
    // A page of inwoners at a time: memory stays the same whatever the caseload's size.
    constexpr int pageSize = 1000;
    int count = 0;
    qint64 lastId = 0;
    for (;;) {
        QVector<Inwoner> page;
        if (single) {
            if (lastId)
                break;
            auto one = inwoners.findById(single);
            if (!one.ok())
                return one.error();
            page.append(one.value());
        } else {
            auto next = inwoners.after(lastId, pageSize);
            if (!next.ok())
                return next.error();
            page = std::move(next).value();
        }
        if (page.isEmpty())
            break;
        const auto pageMetingen = metingen.loadRange(page.first().id, page.last().id);
        if (!pageMetingen.ok())
            return pageMetingen.error();
        const auto pagePlannen = plannen.loadRange(page.first().id, page.last().id);
        if (!pagePlannen.ok())
            return pagePlannen.error();
        const auto pageJournaal = journaal.loadRange(page.first().id, page.last().id);
        if (!pageJournaal.ok())
            return pageJournaal.error();
        lastId = page.last().id;
        for (Inwoner& i : page) {
            Dossier d;
            d.inwoner = std::move(i);
            d.meetmomenten = pageMetingen->value(d.inwoner.id);
            d.plannen = pagePlannen->value(d.inwoner.id);
            d.journaal = pageJournaal->value(d.inwoner.id);
            const Status s = sink(std::move(d));
            if (!s.ok())
                return s.error();
            ++count;
        }
    }
    const Status audit = AuditLog(m_db).record(
        QStringLiteral("export"), count == 1 ? lastId : 0, QStringLiteral("%1 inwoners").arg(count));
    if (!audit.ok())
        return audit.error();
    return count;
}

Result<int> DossierStore::exportTo(
    QIODevice& out, const QString& ref, const QVector<Voorziening>& socialeKaart, const Voortgang& voortgang)
{
    // The dossiers are read here, on the connection's thread, and written as JSON on a second one: the writing was
    // two thirds of an export. `out` is used by that thread only, until it is joined.
    ExchangeWriter writer(out);
    AheadQueue<Dossier> queue(dossiersAhead);
    bool writeFailed = false;
    int writeErrno = 0;
    std::atomic<bool> abandoned = false; // cancelled: what is still queued is not written
    std::thread writing([&queue, &writer, &writeFailed, &writeErrno, &abandoned] {
        Dossier d;
        while (!abandoned && queue.pop(d)) {
            if (!writer.add(d)) {
                writeFailed = true;
                writeErrno = errno;
                queue.stop(); // the reading gives up at its next dossier
                return;
            }
        }
    });
    int gelezen = 0;
    const auto count = exportEach(ref, [&](Dossier&& d) {
        if (!queue.push(std::move(d)))
            return Status(Error::failure({}));
        if (voortgang && !voortgang(++gelezen)) {
            abandoned = true;
            return Status(Error::badInput(QStringLiteral("afgebroken")));
        }
        return Status();
    });
    queue.close();
    writing.join();
    if (writeFailed) {
        errno = writeErrno; // errno is per thread; the caller says why the write failed from it (a full disk)
        return Error::failure({});
    }
    if (!count.ok())
        return count;
    if (!writer.finish(socialeKaart))
        return Error::failure({});
    return count;
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
    auto d = loadUnaudited(ref, audit, actie);
    if (!d.ok() || audit == Audit::AlreadyOpen)
        return d;
    log::info("dossier_gelezen", {{"inwoner_id", d->inwoner.id}});
    const Status read = AuditLog(m_db).record(actie, d->inwoner.id);
    if (!read.ok())
        return read.error();
    return d;
}

Result<Dossier> DossierStore::disclose(const QString& ref,
    const QString& actie,
    const QString& gevraagd,
    const std::function<Result<QString>(const Dossier&)>& check)
{
    auto d = loadUnaudited(ref, Audit::Read, actie);
    if (!d.ok())
        return d;
    const Result<QString> checked = check(d.value());
    log::info("dossier_verstrekt", {{"inwoner_id", d->inwoner.id}});
    const Status audit = AuditLog(m_db).record(actie,
        d->inwoner.id,
        QStringLiteral("aan: ") + (checked.ok() ? checked.value() : gevraagd),
        checked.ok() ? QStringLiteral("gelukt") : QStringLiteral("mislukt"));
    if (!checked.ok())
        return checked.error();
    if (!audit.ok())
        return audit.error();
    return d;
}

// Checks whether this session may read the dossier (Read), and loads it; the caller writes the audit row.
Result<Dossier> DossierStore::loadUnaudited(const QString& ref, Audit audit, const QString& actie)
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
    auto journaal = JournaalRepository(m_db).load(d.inwoner.id);
    if (!journaal.ok())
        return journaal.error();
    d.journaal = journaal.value();
    return d;
}

} // namespace dw
