#pragma once

#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/queryinterrupter.h"
#include "storage/vervolgquery.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace dw {

class Database;

// What the dashboard asks for: the cohort figures and the follow-up list for one filter.
struct DashboardVraag
{
    CohortFilter cohort;
    VervolgFilter vervolg;
};

// What it gets back, all from one run.
struct DashboardCijfers
{
    DashboardVraag vraag;
    CohortRapport rapport;
    VervolgOverzicht vervolg;
    qint64 ms = 0; // time on the loader thread
    QVector<qint64> stapMs; // per step: the three cohort queries, the follow-up counts, the follow-up list
};

// Shared by the UI thread and the loader: "stop every run up to this generation". stop() also interrupts the
// query that is running, so that a cancel takes effect within milliseconds instead of after the query.
class DashboardStop
{
public:
    void stop(int generation)
    {
        int old = m_stopTot.load();
        while (old < generation && !m_stopTot.compare_exchange_weak(old, generation)) { }
        m_interrupter.interrupt();
    }
    bool gestopt(int generation) const { return generation <= m_stopTot.load(); }
    QueryInterrupter& interrupter() { return m_interrupter; }

private:
    std::atomic<int> m_stopTot {0};
    QueryInterrupter m_interrupter;
};

// Lives on the dashboard's thread with its own read-only connection (as CaseloadLoader). Every answer carries
// the generation it was asked for, so that the controller drops answers to an older filter.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    DashboardLoader(Connector connector, std::shared_ptr<DashboardStop> stop);
    ~DashboardLoader() override;

    static constexpr int stappen = CohortQuery::stappen + 2;

public Q_SLOTS:
    void runRequested(int generation, const dw::DashboardVraag& vraag);
    void choicesRequested();

Q_SIGNALS:
    void progress(int generation, int stap, int stappen);
    void ready(int generation, const dw::DashboardCijfers& cijfers);
    void stopped(int generation);
    void failed(int generation, const QString& message);
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);

private:
    bool ensureOpen(int generation);

    Connector m_connector;
    std::shared_ptr<DashboardStop> m_stop;
    std::unique_ptr<Database> m_db;
};

} // namespace dw

Q_DECLARE_METATYPE(dw::DashboardVraag)
Q_DECLARE_METATYPE(dw::DashboardCijfers)
