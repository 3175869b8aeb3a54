#pragma once

#include "core/domain.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QProgressBar;

namespace dw {

class Instrument;

// One row of choices (an item's 1-5 and "weet niet", or a levensgebied's 0/1/2/n.v.t.), used from the keyboard:
// Tab goes from row to row, a digit answers and moves on, arrows change the answer.
class ChoiceRow : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString label;
        QString tooltip;
        int key; // Qt::Key that selects it
        std::optional<int> value; // nullopt for the "open"/"n.v.t." choice
    };
    ChoiceRow(const QVector<Choice>& choices, QWidget* parent = nullptr);

    // -1: nothing chosen (open answer / not rated); otherwise the index into the choices.
    int selected() const;
    void select(int index);
    std::optional<int> value() const; // the chosen choice's value
    bool isChosen() const { return selected() >= 0; }
    void clear() { select(-1); }

Q_SIGNALS:
    void changed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QVector<Choice> m_choices;
    QButtonGroup* m_group;
};

// The questionnaire of one perspective, generated from the instrument: an item row per instrument item, grouped by
// component, and the draaglast grid. Shows the scores and the quadrant as the answers come in (scored by core).
class MetingForm : public QWidget
{
    Q_OBJECT
public:
    MetingForm(const Instrument& instrument, Perspectief perspectief, QWidget* parent = nullptr);

    void setMeting(const std::optional<Meting>& meting);
    Meting meting() const;
    bool isEmpty() const; // nothing answered or rated: the perspective was not measured
    QString summaryText() const; // the live score line, for tests and the status bar
    ChoiceRow* itemRow(const QString& code) const;
    ChoiceRow* levensgebiedRow(const QString& code) const;
    ChoiceRow* firstRow() const { return m_firstRow; }
    ChoiceRow* lastRow() const { return m_lastRow; }

Q_SIGNALS:
    void changed();

private:
    void updateSummary();

    const Instrument& m_instrument;
    Perspectief m_perspectief;
    QHash<QString, ChoiceRow*> m_items;
    QHash<QString, ChoiceRow*> m_levensgebieden;
    ChoiceRow* m_firstRow = nullptr;
    ChoiceRow* m_lastRow = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace dw
