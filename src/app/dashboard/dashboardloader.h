#pragma once

#include "dashboardstop.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/readerconnection.h"
#include "storage/readerthread.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace dw {

// The Teamoverzicht's cohort figures (the queries of report cohort), on the controller's cohort thread: steps 1 and
// 3 on this thread's read-only connection, the pairs (step 2, the longest) at the same time on a second one, kept
// on a thread of its own. Both connections are opened at the first run and kept, each with its interrupter in the
// DashboardStop. Every answer carries the generation it was asked for, so that the controller drops answers to an
// older filter.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    DashboardLoader(Connector connector, std::shared_ptr<DashboardStop> stop);
    ~DashboardLoader() override;

public Q_SLOTS:
    void runRequested(int generation, const dw::CohortFilter& filter);
    void choicesRequested();

Q_SIGNALS:
    void progress(int generation, int klaar); // steps done, of CohortQuery::stappen
    // stapMs: step 1, step 3, then the wait for the pairs after those.
    void ready(int generation, const dw::CohortRapport& rapport, const QVector<qint64>& stapMs);
    void stopped(int generation);
    void failed(int generation, const QString& message);
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);

private:
    Connector m_connector;
    std::shared_ptr<DashboardStop> m_stop;
    ReaderConnection m_db;
    std::unique_ptr<ReaderThread> m_paren; // made at the first run
};

} // namespace dw

Q_DECLARE_METATYPE(dw::CohortFilter)
Q_DECLARE_METATYPE(dw::CohortRapport)
