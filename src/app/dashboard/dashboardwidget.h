#pragma once

#include "core/result.h"
#include "dashboardcontroller.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class DashboardWidget;
}

namespace dw {

class ChartPanel;
class Clock;
class Connector;
class DashboardController;
class Instrument;
class NoticeBanner;
class VervolgModel;

// The team dashboard ("Teamoverzicht"): the study's figures for the caseload in a filter (gemeente, professional,
// period), charts with a table beside each, and the follow-up due list. The figures are computed on the
// controller's thread; this widget only shows them, and exports the same tables as report cohort --csv/--xlsx.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    DashboardWidget(
        const Connector& connector, const Instrument& instrument, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    DashboardController* controller() const { return m_controller; }
    VervolgModel* vervolgModel() const { return m_vervolgModel; }
    QList<ChartPanel*> charts() const { return m_charts; }
    DashboardVraag vraag() const; // from the filter bar as it is now

    void setVervolgNaMaanden(int maanden); // Instellingen; recomputes
    void setFilter(const QString& gemeente, const QString& professional, const QDate& van, const QDate& tot);
    void refresh();
    void selectTab(int index);

    // The tables of the figures shown, exactly as draagwijzer-cli report cohort --csv / --xlsx writes them, then the
    // follow-up counts and the whole follow-up list (read for the export). Written off the UI thread: refused at
    // once when there are no figures, else exportFinished tells how it ended.
    Status exportCsv(const QString& path);
    Status exportXlsx(const QString& path);

Q_SIGNALS:
    void inwonerActivated(const QString& ref);
    void statusMessage(const QString& message);
    void exportFinished(const QString& path, const QString& error); // error empty: written

private:
    void toonVervolgVan(int row); // a row of the counts: that professional's list, or the team's
    void toonVervolgAantal();
    void toonSortering();
    void onExportFinished(const QString& path, const QString& error);
    void scheduleRefresh();
    void fillChoices(const QStringList& gemeenten, const QStringList& professionals);
    void showToestand();
    void showCijfers();
    void toonKleineAantallen(const CohortRapport& rapport);
    void exportAs(bool xlsx);
    QString filterTekst(const DashboardVraag& vraag) const;

    std::unique_ptr<Ui::DashboardWidget> m_ui;
    const Instrument& m_instrument;
    const Clock& m_clock;
    DashboardController* m_controller = nullptr;
    VervolgModel* m_vervolgModel = nullptr;
    QTimer* m_filterTimer = nullptr;
    QList<ChartPanel*> m_charts;
    NoticeBanner* m_kleineAantallen = nullptr; // percentages of fewer than 10 inwoners (core/cohortreport.h)
    int m_vervolgNaMaanden = 6;
};

} // namespace dw
