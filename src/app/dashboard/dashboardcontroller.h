#pragma once

#include "dashboardloader.h"
#include "vervolgloader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace dw {

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
    VervolgOverzicht vervolg; // inwoners: the list's first page; VervolgModel loads the rest as the view scrolls
    qint64 ms = 0; // from the request to both answers
    // Per step as each loader timed it: cohort step 1, step 3, the wait for the pairs after those; the follow-up
    // counts, the first page.
    QVector<qint64> stapMs;
};

// The dashboard's figures on the UI side: owns the two loader threads, which compute a run at the same time on
// connections of their own (the cohort figures, with their pairs on a third; the follow-up counts and list), numbers
// every request (generation) and keeps the figures of the last run that finished. Cancelling stops the running
// queries on every connection; the previous figures stay, with the filter they belong to.
class DashboardController : public QObject
{
    Q_OBJECT
public:
    enum class Toestand { Leeg, Bezig, Klaar, Geannuleerd, Mislukt };
    Q_ENUM(Toestand)
    static constexpr int stappen = CohortQuery::stappen + VervolgLoader::stappen;

    explicit DashboardController(const Connector& connector, QObject* parent = nullptr);
    ~DashboardController() override;

    void run(const DashboardVraag& vraag); // stops a run that is still busy
    void cancel();
    void requestChoices();
    // A page of the follow-up list, on the follow-up loader's connection; the answer comes with pageReady.
    void requestPage(int lijst, const VervolgFilter& filter, const std::optional<VervolgRij>& na);
    // The figures shown with the whole follow-up list, written off the UI thread as report cohort --csv/--xlsx
    // writes its tables; refused when there are no figures yet. exportFinished tells how it ended.
    Status exporteer(const QString& path, bool xlsx);

    Toestand toestand() const { return m_toestand; }
    bool heeftCijfers() const { return m_heeftCijfers; }
    const DashboardCijfers& cijfers() const { return m_cijfers; }
    int generation() const { return m_generation; }

Q_SIGNALS:
    void toestandChanged(dw::DashboardController::Toestand toestand);
    void progressChanged(int stap, int stappen);
    void cijfersChanged();
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);
    void failed(const QString& message);
    void pageReady(int lijst, const QVector<dw::VervolgRij>& rows);
    void pageFailed(int lijst, const QString& message);
    void exportFinished(const QString& path, const QString& error); // error empty: written

    // To the loader threads.
    void cohortRequested(int generation, const dw::CohortFilter& filter);
    void vervolgRequested(int generation, const dw::VervolgFilter& filter);
    void choicesRequested();
    void pageRequested(int lijst, const dw::VervolgFilter& filter, const std::optional<dw::VervolgRij>& na);
    void exportRequested(
        const QString& path, bool xlsx, const dw::CohortRapport& rapport, const dw::VervolgOverzicht& vervolg);

private:
    void setToestand(Toestand t);
    bool lopend(int generation) const { return generation == m_generation && m_toestand == Toestand::Bezig; }
    void onCohortProgress(int generation, int klaar);
    void onVervolgProgress(int generation, int klaar);
    void onCohortReady(int generation, const CohortRapport& rapport, const QVector<qint64>& stapMs);
    void onVervolgReady(int generation, const VervolgOverzicht& vervolg, const QVector<qint64>& stapMs);
    void finishWhenComplete();
    void onStopped(int generation);
    void onFailed(int generation, const QString& message);

    QThread m_cohortThread;
    QThread m_vervolgThread;
    std::shared_ptr<DashboardStop> m_stop;
    int m_generation = 0;
    Toestand m_toestand = Toestand::Leeg;
    bool m_heeftCijfers = false;
    DashboardCijfers m_cijfers;
    // The run under way: its question, and each loader's progress and answer as they come.
    DashboardVraag m_vraag;
    QElapsedTimer m_sinds;
    int m_cohortKlaar = 0;
    int m_vervolgKlaar = 0;
    std::optional<CohortRapport> m_rapport;
    std::optional<VervolgOverzicht> m_vervolg;
    QVector<qint64> m_cohortMs;
    QVector<qint64> m_vervolgMs;
};

} // namespace dw

Q_DECLARE_METATYPE(dw::DashboardVraag)
Q_DECLARE_METATYPE(dw::DashboardCijfers)
