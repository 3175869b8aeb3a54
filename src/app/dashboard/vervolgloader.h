#pragma once

#include "dashboardstop.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/readerconnection.h"
#include "storage/vervolgquery.h"

#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

namespace dw {

// The Teamoverzicht's follow-up figures, on the controller's follow-up thread with a read-only connection of its
// own (opened at the first request and kept, its interrupter in the DashboardStop), beside the cohort loader: for
// a run the counts and the list's first page, then the list's further pages as the view scrolls (by key, as the
// caseload pages), and for an export the whole list. A run's answers carry its generation, a page's the list's
// generation (VervolgModel), so that answers to an older question are dropped.
class VervolgLoader : public QObject
{
    Q_OBJECT
public:
    VervolgLoader(Connector connector, std::shared_ptr<DashboardStop> stop);
    ~VervolgLoader() override;

    static constexpr int stappen = 2; // the counts, the first page
    static constexpr int pageSize = 500;

public Q_SLOTS:
    void runRequested(int generation, const dw::VervolgFilter& filter);
    void pageRequested(int lijst, const dw::VervolgFilter& filter, const std::optional<dw::VervolgRij>& na);
    // The cohort tables and the follow-up counts as shown, and the whole list read now, in one CSV or XLSX file.
    void exportRequested(
        const QString& path, bool xlsx, const dw::CohortRapport& rapport, const dw::VervolgOverzicht& vervolg);

Q_SIGNALS:
    void progress(int generation, int klaar); // steps done, of stappen
    // vervolg.inwoners: the first page; stapMs: the counts, the first page.
    void ready(int generation, const dw::VervolgOverzicht& vervolg, const QVector<qint64>& stapMs);
    void stopped(int generation);
    void failed(int generation, const QString& message);
    void pageReady(int lijst, const QVector<dw::VervolgRij>& rows);
    void pageFailed(int lijst, const QString& message);
    void exportFinished(const QString& path, const QString& error); // error empty: written

private:
    std::shared_ptr<DashboardStop> m_stop;
    ReaderConnection m_db;
};

} // namespace dw

Q_DECLARE_METATYPE(dw::VervolgFilter)
Q_DECLARE_METATYPE(dw::VervolgOverzicht)
Q_DECLARE_METATYPE(dw::VervolgRij)
Q_DECLARE_METATYPE(std::optional<dw::VervolgRij>)
