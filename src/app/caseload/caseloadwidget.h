#pragma once

#include "storage/caseloadquery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class CaseloadWidget;
}

namespace dw {

class CaseloadModel;
class Clock;
class Connector;
class Instrument;

// The caseload: search as you type, filters, sorting; Enter or a double click opens the dossier.
class CaseloadWidget : public QWidget
{
    Q_OBJECT
public:
    CaseloadWidget(
        const Connector& connector, const Instrument& instrument, const Clock& clock, QWidget* parent = nullptr);
    ~CaseloadWidget() override;

    CaseloadModel* model() const { return m_model; }
    void setFollowUpMonths(int months);
    void setEigenProfessional(const QString& naam); // for "Mijn caseload"
    QStringList professionals() const;
    void focusSearch();
    void reload();
    QStringList gemeenten() const; // as offered in the filter
    QString geselecteerdeRef() const; // the row the list is on, or empty

Q_SIGNALS:
    void inwonerActivated(const QString& ref);
    void statusMessage(const QString& message);
    // A search came to rest (1.5 s without new typing) with this many inwoners found: for the audit log.
    void searched(const dw::CaseloadTelling& found);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    QString geenTreffersTekst() const;
    void fillChoices(const QStringList& gemeenten, const QStringList& professionals);

    std::unique_ptr<Ui::CaseloadWidget> m_ui;
    QTimer m_searchSettled;
    CaseloadModel* m_model = nullptr;
    const Clock& m_clock;
    QTimer* m_typingTimer = nullptr;
    int m_followUpMonths = 6;
    QString m_eigenProfessional;
    QLabel* m_geenTreffers = nullptr; // what an empty result means and what to try
    bool m_sized = false; // columns sized to the first page (kolombreedte.h)
};

} // namespace dw
