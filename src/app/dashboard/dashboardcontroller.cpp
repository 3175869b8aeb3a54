#include "dashboardcontroller.h"

#include <limits>

namespace dw {

DashboardController::DashboardController(const Connector& connector, QObject* parent)
    : QObject(parent)
    , m_stop(std::make_shared<DashboardStop>())
{
    qRegisterMetaType<DashboardVraag>();
    qRegisterMetaType<DashboardCijfers>();
    auto* loader = new DashboardLoader(connector, m_stop);
    loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &DashboardController::runRequested, loader, &DashboardLoader::runRequested);
    connect(this, &DashboardController::choicesRequested, loader, &DashboardLoader::choicesRequested);
    connect(loader, &DashboardLoader::progress, this, &DashboardController::onProgress);
    connect(loader, &DashboardLoader::ready, this, &DashboardController::onReady);
    connect(loader, &DashboardLoader::stopped, this, &DashboardController::onStopped);
    connect(loader, &DashboardLoader::failed, this, &DashboardController::onFailed);
    connect(loader, &DashboardLoader::choicesReady, this, &DashboardController::choicesReady);
    m_thread.setObjectName(QStringLiteral("dashboard-loader"));
    m_thread.start();
}

DashboardController::~DashboardController()
{
    m_stop->stop(std::numeric_limits<int>::max());
    m_thread.quit();
    m_thread.wait();
}

void DashboardController::run(const DashboardVraag& vraag)
{
    if (m_toestand == Toestand::Bezig)
        m_stop->stop(m_generation); // the old filter's answer is no longer wanted
    ++m_generation;
    setToestand(Toestand::Bezig);
    Q_EMIT progressChanged(0, DashboardLoader::stappen);
    Q_EMIT runRequested(m_generation, vraag);
}

void DashboardController::cancel()
{
    if (m_toestand != Toestand::Bezig)
        return;
    m_stop->stop(m_generation);
    // The UI does not wait for the loader's answer: the run is over for the user now, and its answer, if it
    // still comes, is dropped.
    setToestand(Toestand::Geannuleerd);
}

void DashboardController::requestChoices()
{
    Q_EMIT choicesRequested();
}

void DashboardController::setToestand(Toestand t)
{
    if (t == m_toestand && t != Toestand::Bezig)
        return;
    m_toestand = t;
    Q_EMIT toestandChanged(t);
}

void DashboardController::onProgress(int generation, int stap, int stappen)
{
    if (generation == m_generation && m_toestand == Toestand::Bezig)
        Q_EMIT progressChanged(stap, stappen);
}

void DashboardController::onReady(int generation, const DashboardCijfers& cijfers)
{
    if (generation != m_generation || m_toestand != Toestand::Bezig)
        return; // an older filter, or cancelled
    m_cijfers = cijfers;
    m_heeftCijfers = true;
    setToestand(Toestand::Klaar);
    Q_EMIT cijfersChanged();
}

void DashboardController::onStopped(int generation)
{
    if (generation == m_generation && m_toestand == Toestand::Bezig)
        setToestand(Toestand::Geannuleerd);
}

void DashboardController::onFailed(int generation, const QString& message)
{
    if (generation != m_generation && generation != 0)
        return;
    if (generation != 0)
        setToestand(Toestand::Mislukt);
    Q_EMIT failed(message);
}

} // namespace dw
