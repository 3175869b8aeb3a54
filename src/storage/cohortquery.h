#pragma once

#include "core/cohortreport.h"
#include "core/result.h"

#include <QString>

namespace dw {

class Database;

struct CohortFilter
{
    QString gemeente; // empty: all
    QString professional; // empty: all
};

// Computes the cohort report from the figures stored with each meting: three aggregate queries, no answers read.
class CohortQuery
{
public:
    explicit CohortQuery(Database& db)
        : m_db(db)
    { }
    Result<CohortRapport> run(const CohortFilter& filter = {});

private:
    Database& m_db;
};

} // namespace dw
