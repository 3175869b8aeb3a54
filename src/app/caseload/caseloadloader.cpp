#include "caseloadloader.h"

#include "storage/database.h"

namespace dw {

CaseloadLoader::CaseloadLoader(Connector connector)
    : m_connector(std::move(connector))
{ }

CaseloadLoader::~CaseloadLoader() = default;

void CaseloadLoader::want(int generation)
{
    m_wanted.store(generation);
    m_interrupter.interrupt(); // does nothing unless an exact count runs
}

bool CaseloadLoader::ensureOpen()
{
    if (m_db)
        return true;
    auto opened = m_connector.openReader();
    if (!opened.ok()) {
        Q_EMIT failed(opened.errorMessage());
        return false;
    }
    m_db = std::move(opened).value();
    m_query = std::make_unique<CaseloadQuery>(*m_db);
    return true;
}

void CaseloadLoader::closeConnection()
{
    m_query.reset();
    m_db.reset();
}

void CaseloadLoader::firstRequested(int generation, const CaseloadFilter& filter)
{
    if (!wanted(generation) || !ensureOpen())
        return; // typed on since: the newer request follows in the queue
    const auto telling = m_db->reading([&] { return m_query->countUpTo(filter); });
    if (!telling.ok()) {
        Q_EMIT failed(telling.errorMessage());
        return;
    }
    if (telling.value().aantal == 0) {
        // Nothing to page through: a short search that finds no one has walked every name once, not twice.
        Q_EMIT firstReady(generation, telling.value(), {});
        return;
    }
    // The same query object: the page follows what the count learnt about the search (CaseloadQuery::plan).
    const auto rows = m_db->reading([&] { return m_query->page(filter, std::nullopt, pageSize); });
    if (!rows.ok()) {
        Q_EMIT failed(rows.errorMessage());
        return;
    }
    Q_EMIT firstReady(generation, telling.value(), rows.value());
}

void CaseloadLoader::pageRequested(int generation, const CaseloadFilter& filter, const CaseloadRij& after)
{
    if (!wanted(generation) || !ensureOpen())
        return;
    const auto rows = m_db->reading([&] { return m_query->page(filter, after, pageSize); });
    if (!rows.ok()) {
        Q_EMIT failed(rows.errorMessage());
        return;
    }
    Q_EMIT pageReady(generation, rows.value());
}

void CaseloadLoader::exactCountRequested(int generation, const CaseloadFilter& filter)
{
    if (!wanted(generation) || !ensureOpen())
        return;
    m_interrupter.attach(*m_db);
    // Asked again now that want() can stop the statement: a newer generation wanted before this line was missed.
    const auto n = wanted(generation) ? m_db->reading([&] { return m_query->count(filter); }) : Result<int>(0);
    m_interrupter.detach();
    if (!wanted(generation))
        return; // stopped, or no longer of use
    if (!n.ok()) {
        Q_EMIT failed(n.errorMessage());
        return;
    }
    Q_EMIT exactCountReady(generation, n.value());
}

void CaseloadLoader::choicesRequested()
{
    if (!ensureOpen())
        return;
    const auto g = m_db->reading([&] { return m_query->gemeenten(); });
    const auto p = m_query->professionals();
    if (g.ok() && p.ok())
        Q_EMIT choicesReady(g.value(), p.value());
}

} // namespace dw
