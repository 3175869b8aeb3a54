#pragma once

#include "core/instrument.h"
#include "core/result.h"
#include "core/scoring.h"

#include <QStringList>

#include <functional>

namespace dw {

class Database;

// Checks a database: SQLite's integrity and foreign keys, the schema version, meetmoment numbering, that the
// figures stored with every meting equal a recomputation from its answers, and the audit log's hash chain.
class Verifier
{
public:
    Verifier(Database& db, const Instrument& instrument)
        : m_db(db)
        , m_instrument(instrument)
    { }

    struct Report
    {
        QStringList problems; // empty when healthy
        int metingenChecked = 0;
        bool healthy() const { return problems.isEmpty(); }
    };

    // quick = SQLite's quick_check and no recomputation (for opening the app); full = everything.
    Result<Report> run(bool quick = false);

private:
    static void checkEngine(Report& r, Database& db, bool quick);
    void checkNumbering(Report& r);
    void checkStoredFigures(Report& r);
    void checkAuditChain(Report& r);
    void checkAuditAnchors(Report& r);
    void checkMeting(Report& r,
        qint64 id,
        const QString& instrument,
        const Meting& meting,
        const std::function<bool(const MetingScore&)>& storedEquals);

    Database& m_db;
    const Instrument& m_instrument;
};

} // namespace dw
