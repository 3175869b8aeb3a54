#pragma once

#include "core/cohortreport.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace dw {

class Database;

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
    // Called before each of the `stappen` queries with its index (0-based); returning false stops the run with an
    // error (the dashboard's "Annuleren").
    using Voortgang = std::function<bool(int stap, int stappen)>;
    static constexpr int stappen = 3;

    Result<CohortRapport> run(const CohortFilter& filter = {}, const Voortgang& voortgang = {});

private:
    Database& m_db;
};

} // namespace dw
