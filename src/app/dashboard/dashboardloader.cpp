#include "dashboardloader.h"

#include "storage/caseloadquery.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace dw {

DashboardLoader::DashboardLoader(Connector connector, std::shared_ptr<DashboardStop> stop)
    : m_connector(std::move(connector))
    , m_stop(std::move(stop))
{ }

DashboardLoader::~DashboardLoader()
{
    m_stop->interrupter().detach();
}

bool DashboardLoader::ensureOpen(int generation)
{
    if (m_db)
        return true;
    auto opened = m_connector.openReader();
    if (!opened.ok()) {
        Q_EMIT failed(generation, opened.errorMessage());
        return false;
    }
    m_db = std::move(opened).value();
    m_stop->interrupter().attach(*m_db);
    return true;
}

void DashboardLoader::runRequested(int generation, const DashboardVraag& vraag)
{
    if (m_stop->gestopt(generation)) {
        Q_EMIT stopped(generation); // superseded or cancelled before it started
        return;
    }
    if (!ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    // Between steps: stop when asked; a query that was interrupted fails, and then the stop decides too.
    DashboardCijfers cijfers;
    cijfers.vraag = vraag;
    qint64 stapBegin = 0;
    const auto verder = [this, generation, &timer, &stapBegin, &cijfers](int stap) {
        if (stap > 0) {
            cijfers.stapMs << timer.elapsed() - stapBegin;
            stapBegin = timer.elapsed();
        }
        if (m_stop->gestopt(generation))
            return false;
        Q_EMIT progress(generation, stap, stappen);
        return true;
    };
    const auto fail = [this, generation](const Error& e) {
        if (m_stop->gestopt(generation))
            Q_EMIT stopped(generation);
        else
            Q_EMIT failed(generation, e.message);
    };
    const auto cohort
        = [&] { return CohortQuery(*m_db).run(vraag.cohort, [&](int stap, int) { return verder(stap); }); };
    auto rapport = cohort();
    if (!rapport.ok() && rapport.error().cause == Error::Cause::ConnectionLost) {
        // The team server closed the connection since the last run (a restart): open a new one, with the
        // interrupter on it, and run once more.
        m_stop->interrupter().detach();
        m_db.reset();
        if (!ensureOpen(generation))
            return;
        rapport = cohort();
    }
    if (!rapport.ok())
        return fail(rapport.error());
    cijfers.rapport = std::move(rapport).value();
    VervolgQuery vervolg(*m_db);
    if (!verder(CohortQuery::stappen))
        return fail(Error::failure({}));
    auto tellingen = vervolg.tellingen(vraag.vervolg);
    if (!tellingen.ok())
        return fail(tellingen.error());
    if (!verder(CohortQuery::stappen + 1))
        return fail(Error::failure({}));
    auto rijen = vervolg.inwoners(vraag.vervolg);
    if (!rijen.ok())
        return fail(rijen.error());
    cijfers.stapMs << timer.elapsed() - stapBegin;
    if (m_stop->gestopt(generation))
        return fail(Error::failure({}));
    cijfers.vervolg.filter = vraag.vervolg;
    cijfers.vervolg.perProfessional = std::move(tellingen).value();
    cijfers.vervolg.team = teamTotaal(cijfers.vervolg.perProfessional);
    cijfers.vervolg.inwoners = std::move(rijen).value();
    cijfers.ms = timer.elapsed();
    Q_EMIT progress(generation, stappen, stappen);
    Q_EMIT ready(generation, cijfers);
}

void DashboardLoader::choicesRequested()
{
    if (!ensureOpen(0))
        return;
    CaseloadQuery query(*m_db);
    const auto g = query.gemeenten();
    const auto p = query.professionals();
    if (g.ok() && p.ok())
        Q_EMIT choicesReady(g.value(), p.value());
}

} // namespace dw
