#include "caseloadloader.h"

#include "storage/database.h"

namespace dw {

CaseloadLoader::CaseloadLoader(Connector connector)
    : m_connector(std::move(connector))
{ }

CaseloadLoader::~CaseloadLoader() = default;

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
    return true;
}

void CaseloadLoader::countRequested(int generation, const CaseloadFilter& filter)
{
    if (!ensureOpen())
        return;
    const auto n = m_db->reading([&] { return CaseloadQuery(*m_db).count(filter); });
    if (!n.ok()) {
        Q_EMIT failed(n.errorMessage());
        return;
    }
    Q_EMIT countReady(generation, n.value());
}

void CaseloadLoader::pageRequested(int generation, const CaseloadFilter& filter, int page)
{
    if (!ensureOpen())
        return;
    const auto rows = m_db->reading([&] { return CaseloadQuery(*m_db).page(filter, page * pageSize, pageSize); });
    if (!rows.ok()) {
        Q_EMIT failed(rows.errorMessage());
        return;
    }
    Q_EMIT pageReady(generation, page, rows.value());
}

void CaseloadLoader::choicesRequested()
{
    if (!ensureOpen())
        return;
    CaseloadQuery query(*m_db);
    const auto g = m_db->reading([&] { return query.gemeenten(); });
    const auto p = query.professionals();
    if (g.ok() && p.ok())
        Q_EMIT choicesReady(g.value(), p.value());
}

} // namespace dw
