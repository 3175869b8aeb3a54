#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class DossierWidget;
}

namespace dw {

class DossierDocument;
class DraaglastTrendModel;
class MeetmomentenModel;
class PlanEditor;

// One inwoner's dossier: personal data, the meetmomenten over time with quadrants, scores and draaglast, the
// vergelijking of the two perspectives, and the plan van aanpak.
class DossierWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DossierWidget(DossierDocument* document, QWidget* parent = nullptr);
    ~DossierWidget() override;

    DossierDocument* document() const { return m_doc; }
    void newMeetmoment();
    void editMeetmoment();
    void removeMeetmoment();
    void showTab(int index);
    PlanEditor* planEditor() const { return m_planEditor; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();
    void showVergelijking();
    void connectField(QLineEdit* edit, int field);
    qint64 selectedMeetmoment() const;

    std::unique_ptr<Ui::DossierWidget> m_ui;
    DossierDocument* m_doc;
    MeetmomentenModel* m_meetmomenten;
    DraaglastTrendModel* m_draaglast; // the same table as the Trends tab's heat map
    PlanEditor* m_planEditor;
};

} // namespace dw
