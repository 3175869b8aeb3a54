#include "dashboardloader.h"

#include "storage/caseloadquery.h"

#include <QElapsedTimer>
#include <QScopeGuard>

namespace dw {

DashboardLoader::DashboardLoader(Connector connector, std::shared_ptr<DashboardStop> stop)
    : m_connector(std::move(connector))
    , m_stop(std::move(stop))
    , m_db(m_connector, &m_stop->interrupter(DashboardStop::Cohort))
{ }

DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::runRequested(int generation, const CohortFilter& filter)
{
    m_stop->werktVoor(DashboardStop::Cohort, generation);
    m_stop->werktVoor(DashboardStop::Paren, generation);
    const auto klaar = qScopeGuard([this] {
        m_stop->werktVoor(DashboardStop::Cohort, 0);
        m_stop->werktVoor(DashboardStop::Paren, 0);
    });
    if (m_stop->gestopt(generation)) {
        Q_EMIT stopped(generation); // superseded or cancelled before it started
        return;
    }
    if (!m_paren)
        m_paren = std::make_unique<ReaderThread>(m_connector, &m_stop->interrupter(DashboardStop::Paren));
    QElapsedTimer timer;
    QVector<qint64> stapMs;
    qint64 stapBegin = 0;
    // Between steps: stop when asked; a query that was interrupted fails, and then the stop decides too. A
    // connection the team server closed since the last run (a restart) is opened anew and the run starts over.
    auto rapport = m_db.read([&](Database& db) {
        timer.start();
        stapMs.clear();
        stapBegin = 0;
        return CohortQuery(db).run(
            filter,
            [&](int stap, int) {
                if (stap > 0) {
                    stapMs << timer.elapsed() - stapBegin;
                    stapBegin = timer.elapsed();
                }
                if (m_stop->gestopt(generation))
                    return false;
                Q_EMIT progress(generation, stap);
                return true;
            },
            m_paren.get());
    });
    if (m_stop->gestopt(generation)) {
        Q_EMIT stopped(generation);
        return;
    }
    if (!rapport.ok()) {
        Q_EMIT failed(generation, rapport.errorMessage());
        return;
    }
    stapMs << timer.elapsed() - stapBegin;
    Q_EMIT progress(generation, CohortQuery::stappen);
    Q_EMIT ready(generation, rapport.value(), stapMs);
}

void DashboardLoader::choicesRequested()
{
    QStringList gemeenten;
    QStringList professionals;
    const Status s = m_db.read([&](Database& db) -> Status {
        CaseloadQuery query(db);
        auto g = query.gemeenten();
        if (!g.ok())
            return g.error();
        auto p = query.professionals();
        if (!p.ok())
            return p.error();
        gemeenten = std::move(g).value();
        professionals = std::move(p).value();
        return {};
    });
    if (s.ok())
        Q_EMIT choicesReady(gemeenten, professionals);
    else
        Q_EMIT failed(0, s.errorMessage());
}

} // namespace dw
