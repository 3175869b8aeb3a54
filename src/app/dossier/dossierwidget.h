#pragma once

#include "document/dossierdocument.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class DossierWidget;
}

namespace dw {

class DraaglastTrendModel;
class FieldMessage;
class MeetmomentenModel;
class PlanEditor;
class JournaalWidget;
class HerinneringenWidget;
class BijlagenWidget;

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
    void samenInvullen(); // the inwoner fills in their own questionnaire (issue 17)
    void editMeetmoment();
    void removeMeetmoment();
    void showTab(int index);
    PlanEditor* planEditor() const { return m_planEditor; }
    JournaalWidget* journaal() const { return m_journaal; }
    HerinneringenWidget* herinneringen() const { return m_herinneringen; }
    BijlagenWidget* bijlagen() const { return m_bijlagen; }
    void setVervolgNaMaanden(int maanden); // Instellingen: when the vervolgmeting is due
    // Takes what is on screen before a save, a PDF, print, closing or quitting: the Gegevens field being typed
    // in and the plan editor's open editor. Returns the refused value and why (it stays at its field), or empty.
    QString commitPendingEdits();
    // A read-only session: everything can be read, printed and exported, nothing edited.
    void setReadOnly(bool readOnly, const QString& reason = {});

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void toonBsn(bool toon);
    void refresh();
    void showVergelijking();
    void connectField(QLineEdit* edit, DossierDocument::Field field);
    QString commitGegevens();
    static QString shownValue(DossierDocument::Field field, const Inwoner& inwoner);
    qint64 selectedMeetmoment() const;

    std::unique_ptr<Ui::DossierWidget> m_ui;
    DossierDocument* m_doc;
    MeetmomentenModel* m_meetmomenten;
    DraaglastTrendModel* m_draaglast; // the same table as the Trends tab's heat map
    PlanEditor* m_planEditor;
    JournaalWidget* m_journaal = nullptr;
    HerinneringenWidget* m_herinneringen = nullptr;
    BijlagenWidget* m_bijlagen = nullptr;
    QVector<std::pair<DossierDocument::Field, FieldMessage*>> m_fieldMessages; // in the order of the tab
    bool m_readOnly = false;
    bool m_bsnGetoond = false; // "Tonen" chosen for the inwoner m_bsnVan
    qint64 m_bsnVan = 0;
};

} // namespace dw
