#pragma once

#include "dashboardloader.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace dw {

// The dashboard's figures on the UI side: owns the loader thread, numbers every request (generation) and keeps
// the figures of the last run that finished. Cancelling stops the running query; the previous figures stay, with
// the filter they belong to.
class DashboardController : public QObject
{
    Q_OBJECT
public:
    enum class Toestand { Leeg, Bezig, Klaar, Geannuleerd, Mislukt };
    Q_ENUM(Toestand)

    explicit DashboardController(const Connector& connector, QObject* parent = nullptr);
    ~DashboardController() override;

    void run(const DashboardVraag& vraag); // stops a run that is still busy
    void cancel();
    void requestChoices();

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

    // To the loader thread.
    void runRequested(int generation, const dw::DashboardVraag& vraag);
    void choicesRequested();

private:
    void setToestand(Toestand t);
    void onProgress(int generation, int stap, int stappen);
    void onReady(int generation, const DashboardCijfers& cijfers);
    void onStopped(int generation);
    void onFailed(int generation, const QString& message);

    QThread m_thread;
    std::shared_ptr<DashboardStop> m_stop;
    int m_generation = 0;
    Toestand m_toestand = Toestand::Leeg;
    bool m_heeftCijfers = false;
    DashboardCijfers m_cijfers;
};

} // namespace dw
