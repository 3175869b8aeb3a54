#pragma once

#include "core/dossier.h"
#include "core/instrument.h"
#include "core/result.h"
#include "core/socialekaart.h"

#include <memory>

namespace dw {

class Database;
class InwonerRepository;
class JournaalRepository;
class MetingRepository;
class PlanRepository;
class TransactionGuard;

// One import of many dossiers, fed one at a time, so a file of any size goes in without being held in memory.
// Everything between begin() and finish() is one transaction: an import that is not finished (an error, a
// cancel, the object destroyed) writes nothing.
class DossierImport
{
public:
    DossierImport(Database& db, const Instrument& instrument);
    ~DossierImport();

    // Checks the right to import and starts the transaction. `expected` (an estimate is fine) decides how: from
    // some thousands on, the secondary indexes are dropped and built again at the end, which is faster.
    Status begin(int expected);
    // Refs that already exist in the database are refused (when `checkExisting`); checked a batch at a time.
    Status add(Dossier&& dossier);
    // Adds `meetmomenten` to the existing inwoner `ref` (one this session may open); with what it has, they are
    // numbered by date. For the spreadsheet import, which adds later measurements to known inwoners.
    Status extend(const QString& ref, const QVector<Meetmoment>& meetmomenten);
    // Adds the entries of `socialeKaart` that are not on the kaart yet, writes the audit row and commits.
    Status finish(const QVector<Voorziening>& socialeKaart = {});

    int added() const { return m_added; }
    int extended() const { return m_extended; }
    // The audit row's action ("import" unless set) and details (the count of inwoners unless set).
    void setAudit(const QString& action, const QString& details)
    {
        m_auditAction = action;
        m_auditDetails = details;
    }
    void setCheckExisting(bool check) { m_checkExisting = check; }

private:
    Status flush();
    Status write(Dossier& dossier);

    Database& m_db;
    const Instrument& m_instrument;
    std::unique_ptr<TransactionGuard> m_tx;
    // Made once: they hold the prepared insert statements.
    std::unique_ptr<InwonerRepository> m_inwoners;
    std::unique_ptr<MetingRepository> m_metingen;
    std::unique_ptr<PlanRepository> m_plannen;
    std::unique_ptr<JournaalRepository> m_journaal;
    std::optional<int> m_previousCache;
    bool m_rebuildIndexes = false;
    std::optional<qint64> m_searchIndexAfter; // set while the search index waits for the end (SQLite)
    qint64 m_meetmomentenVoor = 0; // the highest meetmoment id before a bulk import
    bool m_checkExisting = true;
    QVector<Dossier> m_batch;
    int m_added = 0;
    int m_extended = 0;
    QString m_auditAction = QStringLiteral("import");
    QString m_auditDetails;
};

} // namespace dw
