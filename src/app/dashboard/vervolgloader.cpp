#include "vervolgloader.h"

#include "reporting/cohortexport.h"
#include "reporting/vervolgexport.h"

#include <QElapsedTimer>
#include <QScopeGuard>

namespace dw {

VervolgLoader::VervolgLoader(Connector connector, std::shared_ptr<DashboardStop> stop)
    : m_stop(std::move(stop))
    , m_db(std::move(connector), &m_stop->interrupter(DashboardStop::Vervolg))
{ }

VervolgLoader::~VervolgLoader() = default;

void VervolgLoader::runRequested(int generation, const VervolgFilter& filter)
{
    m_stop->werktVoor(DashboardStop::Vervolg, generation);
    const auto klaar = qScopeGuard([this] { m_stop->werktVoor(DashboardStop::Vervolg, 0); });
    QElapsedTimer timer;
    timer.start();
    QVector<qint64> stapMs;
    VervolgOverzicht vervolg;
    vervolg.filter = filter;
    // Between the two queries: stop when asked; a query that was interrupted fails, and then the stop decides too.
    const Status s = m_db.read([&](Database& db) -> Status {
        if (m_stop->gestopt(generation))
            return Error::failure({});
        Q_EMIT progress(generation, 0);
        auto tellingen = VervolgQuery(db).tellingen(filter);
        if (!tellingen.ok())
            return tellingen.error();
        stapMs = {timer.elapsed()};
        if (m_stop->gestopt(generation))
            return Error::failure({});
        Q_EMIT progress(generation, 1);
        auto rijen = VervolgQuery(db).pagina(filter, std::nullopt, pageSize);
        if (!rijen.ok())
            return rijen.error();
        stapMs << timer.elapsed() - stapMs.first();
        vervolg.perProfessional = std::move(tellingen).value();
        vervolg.inwoners = std::move(rijen).value();
        return {};
    });
    if (m_stop->gestopt(generation)) {
        Q_EMIT stopped(generation);
        return;
    }
    if (!s.ok()) {
        Q_EMIT failed(generation, s.errorMessage());
        return;
    }
    vervolg.team = teamTotaal(vervolg.perProfessional);
    Q_EMIT progress(generation, stappen);
    Q_EMIT ready(generation, vervolg, stapMs);
}

void VervolgLoader::pageRequested(int lijst, const VervolgFilter& filter, const std::optional<VervolgRij>& na)
{
    const auto rows = m_db.read([&](Database& db) { return VervolgQuery(db).pagina(filter, na, pageSize); });
    if (rows.ok())
        Q_EMIT pageReady(lijst, rows.value());
    else
        Q_EMIT pageFailed(lijst, rows.errorMessage());
}

void VervolgLoader::exportRequested(
    const QString& path, bool xlsx, const CohortRapport& rapport, const VervolgOverzicht& vervolg)
{
    VervolgOverzicht geheel = vervolg;
    auto rows = m_db.read([&](Database& db) { return VervolgQuery(db).inwoners(vervolg.filter); });
    if (!rows.ok()) {
        Q_EMIT exportFinished(path, rows.errorMessage());
        return;
    }
    geheel.inwoners = std::move(rows).value();
    // report cohort's tables, then the follow-up counts and the whole list.
    const QVector<Tabel> tabellen = cohortTabellen(rapport) + vervolgTabellen(geheel);
    const Status s = xlsx ? writeXlsx(tabellen, path) : writeCsv(tabellen, path);
    Q_EMIT exportFinished(path, s.ok() ? QString() : s.errorMessage());
}

} // namespace dw
