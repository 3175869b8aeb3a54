#include "dashboardcontroller.h"

namespace dw {

DashboardController::DashboardController(const Connector& connector, QObject* parent)
    : QObject(parent)
    , m_stop(std::make_shared<DashboardStop>())
{
    qRegisterMetaType<DashboardVraag>();
    qRegisterMetaType<DashboardCijfers>();
    qRegisterMetaType<CohortFilter>();
    qRegisterMetaType<CohortRapport>();
    qRegisterMetaType<VervolgFilter>();
    qRegisterMetaType<VervolgOverzicht>();
    qRegisterMetaType<QVector<VervolgRij>>();
    qRegisterMetaType<std::optional<VervolgRij>>();
    qRegisterMetaType<QVector<qint64>>();

    auto* cohort = new DashboardLoader(connector, m_stop);
    cohort->moveToThread(&m_cohortThread);
    connect(&m_cohortThread, &QThread::finished, cohort, &QObject::deleteLater);
    connect(this, &DashboardController::cohortRequested, cohort, &DashboardLoader::runRequested);
    connect(this, &DashboardController::choicesRequested, cohort, &DashboardLoader::choicesRequested);
    connect(cohort, &DashboardLoader::progress, this, &DashboardController::onCohortProgress);
    connect(cohort, &DashboardLoader::ready, this, &DashboardController::onCohortReady);
    connect(cohort, &DashboardLoader::stopped, this, &DashboardController::onStopped);
    connect(cohort, &DashboardLoader::failed, this, &DashboardController::onFailed);
    connect(cohort, &DashboardLoader::choicesReady, this, &DashboardController::choicesReady);
    m_cohortThread.setObjectName(QStringLiteral("dashboard-cohort"));
    m_cohortThread.start();

    auto* vervolg = new VervolgLoader(connector, m_stop);
    vervolg->moveToThread(&m_vervolgThread);
    connect(&m_vervolgThread, &QThread::finished, vervolg, &QObject::deleteLater);
    connect(this, &DashboardController::vervolgRequested, vervolg, &VervolgLoader::runRequested);
    connect(this, &DashboardController::pageRequested, vervolg, &VervolgLoader::pageRequested);
    connect(this, &DashboardController::exportRequested, vervolg, &VervolgLoader::exportRequested);
    connect(vervolg, &VervolgLoader::progress, this, &DashboardController::onVervolgProgress);
    connect(vervolg, &VervolgLoader::ready, this, &DashboardController::onVervolgReady);
    connect(vervolg, &VervolgLoader::stopped, this, &DashboardController::onStopped);
    connect(vervolg, &VervolgLoader::failed, this, &DashboardController::onFailed);
    connect(vervolg, &VervolgLoader::pageReady, this, &DashboardController::pageReady);
    connect(vervolg, &VervolgLoader::pageFailed, this, &DashboardController::pageFailed);
    connect(vervolg, &VervolgLoader::exportFinished, this, &DashboardController::exportFinished);
    m_vervolgThread.setObjectName(QStringLiteral("dashboard-vervolg"));
    m_vervolgThread.start();
}

DashboardController::~DashboardController()
{
    m_stop->stopAlles();
    for (QThread* t : {&m_cohortThread, &m_vervolgThread})
        t->quit();
    for (QThread* t : {&m_cohortThread, &m_vervolgThread})
        t->wait();
}

void DashboardController::run(const DashboardVraag& vraag)
{
    if (m_toestand == Toestand::Bezig)
        m_stop->stop(m_generation); // the old filter's answer is no longer wanted
    ++m_generation;
    m_vraag = vraag;
    m_sinds.start();
    m_cohortKlaar = 0;
    m_vervolgKlaar = 0;
    m_rapport.reset();
    m_vervolg.reset();
    setToestand(Toestand::Bezig);
    Q_EMIT progressChanged(0, stappen);
    Q_EMIT cohortRequested(m_generation, vraag.cohort);
    Q_EMIT vervolgRequested(m_generation, vraag.vervolg);
}

void DashboardController::cancel()
{
    if (m_toestand != Toestand::Bezig)
        return;
    m_stop->stop(m_generation);
    // The UI does not wait for the loaders' answers: the run is over for the user now, and its answers, if they
    // still come, are dropped.
    setToestand(Toestand::Geannuleerd);
}

void DashboardController::requestChoices()
{
    Q_EMIT choicesRequested();
}

void DashboardController::requestPage(int lijst, const VervolgFilter& filter, const std::optional<VervolgRij>& na)
{
    Q_EMIT pageRequested(lijst, filter, na);
}

Status DashboardController::exporteer(const QString& path, bool xlsx)
{
    if (!m_heeftCijfers)
        return Error::badInput(tr("Er zijn nog geen cijfers om te exporteren."));
    Q_EMIT exportRequested(path, xlsx, m_cijfers.rapport, m_cijfers.vervolg);
    return {};
}

void DashboardController::setToestand(Toestand t)
{
    if (t == m_toestand && t != Toestand::Bezig)
        return;
    m_toestand = t;
    Q_EMIT toestandChanged(t);
}

void DashboardController::onCohortProgress(int generation, int klaar)
{
    if (!lopend(generation))
        return;
    m_cohortKlaar = klaar;
    Q_EMIT progressChanged(m_cohortKlaar + m_vervolgKlaar, stappen);
}

void DashboardController::onVervolgProgress(int generation, int klaar)
{
    if (!lopend(generation))
        return;
    m_vervolgKlaar = klaar;
    Q_EMIT progressChanged(m_cohortKlaar + m_vervolgKlaar, stappen);
}

void DashboardController::onCohortReady(int generation, const CohortRapport& rapport, const QVector<qint64>& stapMs)
{
    if (!lopend(generation))
        return; // an older filter, or cancelled
    m_rapport = rapport;
    m_cohortMs = stapMs;
    finishWhenComplete();
}

void DashboardController::onVervolgReady(int generation, const VervolgOverzicht& vervolg, const QVector<qint64>& stapMs)
{
    if (!lopend(generation))
        return;
    m_vervolg = vervolg;
    m_vervolgMs = stapMs;
    finishWhenComplete();
}

void DashboardController::finishWhenComplete()
{
    if (!m_rapport || !m_vervolg)
        return;
    m_cijfers.vraag = m_vraag;
    m_cijfers.rapport = std::move(*m_rapport);
    m_cijfers.vervolg = std::move(*m_vervolg);
    m_cijfers.ms = m_sinds.elapsed();
    m_cijfers.stapMs = m_cohortMs + m_vervolgMs;
    m_rapport.reset();
    m_vervolg.reset();
    m_heeftCijfers = true;
    Q_EMIT progressChanged(stappen, stappen);
    setToestand(Toestand::Klaar);
    Q_EMIT cijfersChanged();
}

void DashboardController::onStopped(int generation)
{
    if (lopend(generation))
        setToestand(Toestand::Geannuleerd);
}

void DashboardController::onFailed(int generation, const QString& message)
{
    if (generation != 0) {
        if (!lopend(generation))
            return; // an older run, or the other loader failed first
        m_stop->stop(generation); // the other loader's half is no longer wanted
        setToestand(Toestand::Mislukt);
    }
    Q_EMIT failed(message);
}

} // namespace dw
