#pragma once

#include "core/cohortreport.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace dw {

class Database;
class ReaderThread;

struct CohortFilter
{
    QString gemeente; // empty: all
    QString professional; // empty: all
    // The period (docs/dashboard.md), both ends inclusive, either may be invalid (open). With a period only the
    // meetmomenten dated within it count; a meetmoment keeps the inwoner's own number; the change compares the
    // first and the last meetmoment within the period of the inwoners with at least two there.
    QDate van;
    QDate tot;
    // Closed dossiers count by default (the figures are about everyone the team helped); the Teamoverzicht and
    // `report cohort --zonder-afgesloten` can leave them out.
    bool zonderAfgesloten = false;

    bool heeftPeriode() const { return van.isValid() || tot.isValid(); }
    bool operator==(const CohortFilter& o) const
    {
        return gemeente == o.gemeente && professional == o.professional && van == o.van && tot == o.tot
            && zonderAfgesloten == o.zonderAfgesloten;
    }
};

// Computes the cohort report from the figures stored with each meting: three aggregate queries, no answers read.
class CohortQuery
{
public:
    explicit CohortQuery(Database& db)
        : m_db(db)
    { }
    // Called on the caller's thread with the number of steps done (0 before the first); returning false stops the
    // run with an error (the dashboard's "Annuleren"). The order is step 1, step 3, then the pairs (step 2), which
    // may have been read meanwhile on another connection.
    using Voortgang = std::function<bool(int stap, int stappen)>;
    static constexpr int stappen = 3;

    // `paren`: the thread whose connection reads the pairs (step 2) while steps 1 and 3 run here. Without it, and
    // without a progress callback (report cohort), a thread with a connection of its own does that for this run;
    // with a callback but no thread, all three run here.
    Result<CohortRapport> run(
        const CohortFilter& filter = {}, const Voortgang& voortgang = {}, ReaderThread* paren = nullptr);

private:
    Database& m_db;
};

} // namespace dw
