#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dw {

class Database;

// How long the audit log is kept (issue 14: at least 5 years, a setting) and removing what is older.
//
// The log stays append-only and chained: a clean-up removes only the oldest rows, up to the first that is younger
// than the bewaartermijn, and first writes an anchor (audit_anker) with the hash of the last row it removes, from
// which the chain of the rows that are left goes on; verify starts there. The engine itself refuses to remove a row
// that no anchor covers or that is younger than 5 years (triggers of migration 13), so a setting below the minimum,
// or a forged anchor, cannot remove recent rows.
class AuditRetention
{
public:
    explicit AuditRetention(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    { }

    static constexpr int minimumJaren = 5; // the engines' own floor, too
    static constexpr int standaardJaren = 5;
    Result<int> bewaartermijnJaren();
    // Only a beheerder; minimumJaren to 100; audited ("bewaartermijn gewijzigd", "auditlog: N jaar").
    Status setBewaartermijnJaren(int jaren);

    struct Opschoning
    {
        QDate grens; // rows written (UTC) before this date are past the bewaartermijn
        qint64 aantal = 0; // how many of them go
        qint64 totId = 0; // the last one that goes; 0 when none
    };
    // What a clean-up today would remove, without removing it: the oldest rows, up to the first written on or after
    // the boundary date. The newest row always stays, so the chain always has a last hash to go on from.
    Result<Opschoning> voorstel();
    // Removes them (only a beheerder): the anchor, the removal (with the corrections tied to those rows) and the row
    // "auditlog opgeschoond" in one transaction. Nothing past the bewaartermijn: aantal 0, and no row is written.
    Result<Opschoning> opschonen();

    struct Anker
    {
        qint64 totId = 0;
        QString hash; // of row totId, the last one removed
        QString grens;
        QString tijdstip;
        QString gebruiker;
        qint64 aantal = 0;
    };
    // The newest anchor; nullopt before the first clean-up or before migration 13.
    static Result<std::optional<Anker>> laatsteAnker(Database& db);

    // Migration 13: the triggers that allow removing a row only when an anchor covers it and it is older than the
    // minimum, and on a team server the same in the audit trigger's function, plus the GRANTs for the beheerder.
    static Status installRules(Database& db);

private:
    Result<Opschoning> bereken();
    Database& m_db;
    const Clock& m_clock;
};

} // namespace dw
