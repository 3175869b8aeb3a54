#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class DoelForm;
}

namespace dw {

class FieldMessage;
class PlanTableModel;

// Issue 18: the doel chosen in the short list of the plan editor, every part in a field of its own (nine columns
// did not fit beside the kwaliteitscheck). Each field writes through the same PlanTableModel cell as the table, so
// an edit is one undo step of the dossier, dates are read as in the table ("volgende week"), and a value that is
// refused stays in its field with the reason under it.
class DoelForm : public QWidget
{
    Q_OBJECT
public:
    explicit DoelForm(QWidget* parent = nullptr);
    ~DoelForm() override;

    void setModel(PlanTableModel* doelen);
    void setRow(int row); // -1: no doel chosen
    int row() const { return m_row; }
    // Takes the field being typed in, as leaving it would (a shortcut such as Ctrl+S keeps the focus in it).
    void commitPending();
    QList<QWidget*> fields() const; // in Tab order

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Veld
    {
        QWidget* widget;
        int column;
        FieldMessage* message;
    };

    void refresh();
    void commit(const Veld& veld);
    QVariant fieldValue(const Veld& veld) const;

    std::unique_ptr<Ui::DoelForm> m_ui;
    PlanTableModel* m_model = nullptr;
    int m_row = -1;
    QList<Veld> m_velden;
};

} // namespace dw
