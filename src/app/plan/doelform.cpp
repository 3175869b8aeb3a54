#include "doelform.h"

#include "common/fieldmessage.h"
#include "plantablemodel.h"
#include "ui_doelform.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace dw {

namespace {
// Below this width the two columns of fields stand one above the other.
constexpr int tweeKolommenVanafEm = 44;
} // namespace

DoelForm::DoelForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DoelForm>())
{
    m_ui->setupUi(this);
    using K = PlanTableModel::DoelKolom;
    const std::pair<QWidget*, int> velden[] = {{m_ui->omschrijvingEdit, K::DOmschrijving},
        {m_ui->watEdit, K::DWat},
        {m_ui->hoeEdit, K::DHoe},
        {m_ui->metWieEdit, K::DMetWie},
        {m_ui->levensgebiedCombo, K::DLevensgebied},
        {m_ui->componentCombo, K::DComponent},
        {m_ui->termijnEdit, K::DTermijn},
        {m_ui->uitkomstCombo, K::DUitkomst},
        {m_ui->uitkomstDatumEdit, K::DUitkomstDatum}};
    for (const auto& [widget, column] : velden) {
        auto* form = m_ui->inhoudForm->indexOf(widget) >= 0 ? m_ui->inhoudForm : m_ui->kaderForm;
        m_velden.append({widget, column, FieldMessage::attach(form, widget)});
    }
    for (const Veld& veld : std::as_const(m_velden)) {
        if (auto* edit = qobject_cast<QLineEdit*>(veld.widget)) {
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::editingFinished, this, [this, veld] { commit(veld); });
        } else if (auto* combo = qobject_cast<QComboBox*>(veld.widget)) {
            connect(combo, &QComboBox::activated, this, [this, veld] { commit(veld); });
        }
    }
    setRow(-1);
}

DoelForm::~DoelForm() = default;

void DoelForm::setModel(PlanTableModel* doelen)
{
    m_model = doelen;
    for (const Veld& veld : std::as_const(m_velden)) {
        auto* combo = qobject_cast<QComboBox*>(veld.widget);
        if (!combo)
            continue;
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& [label, code] : doelen->choices(veld.column))
            combo->addItem(label, code);
    }
    connect(doelen, &QAbstractItemModel::dataChanged, this, &DoelForm::refresh);
    connect(doelen, &QAbstractItemModel::modelReset, this, [this] {
        if (m_row >= m_model->rowCount())
            setRow(m_model->rowCount() - 1);
        else
            refresh();
    });
    refresh();
}

void DoelForm::setRow(int row)
{
    m_row = m_model && row >= 0 && row < m_model->rowCount() ? row : -1;
    refresh();
}

QList<QWidget*> DoelForm::fields() const
{
    QList<QWidget*> out;
    for (const Veld& veld : m_velden)
        out << veld.widget;
    return out;
}

QVariant DoelForm::fieldValue(const Veld& veld) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(veld.widget))
        return edit->text().trimmed();
    return static_cast<QComboBox*>(veld.widget)->currentData();
}

void DoelForm::commit(const Veld& veld)
{
    if (m_row < 0 || !m_model)
        return;
    const QModelIndex index = m_model->index(m_row, veld.column);
    const QVariant value = fieldValue(veld);
    // Unchanged (leaving a field without typing) is no undo step; a refused value typed again is, to say it again.
    if (value.toString() == index.data(Qt::EditRole).toString() && m_model->refusal(m_row, veld.column).isEmpty())
        return;
    m_model->setData(index, value, Qt::EditRole);
}

void DoelForm::commitPending()
{
    for (const Veld& veld : std::as_const(m_velden)) {
        if (veld.widget->hasFocus())
            commit(veld);
    }
}

void DoelForm::refresh()
{
    const bool gekozen = m_model && m_row >= 0;
    for (const Veld& veld : std::as_const(m_velden)) {
        veld.widget->setEnabled(gekozen);
        const QModelIndex index = gekozen ? m_model->index(m_row, veld.column) : QModelIndex();
        const QVariant value = index.data(Qt::EditRole);
        if (auto* edit = qobject_cast<QLineEdit*>(veld.widget)) {
            if (edit->text() != value.toString()) {
                const QSignalBlocker block(edit);
                edit->setText(value.toString());
                edit->setCursorPosition(0); // a long doel reads from its start
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(veld.widget)) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(gekozen ? std::max(0, combo->findData(value)) : -1);
        }
        const QString reason = gekozen ? m_model->refusal(m_row, veld.column) : QString();
        if (reason.isEmpty())
            veld.message->clearProblem();
        else
            veld.message->showProblem(reason);
    }
    m_ui->kopLabel->setText(gekozen               ? tr("<b>Doel %1</b>").arg(m_row + 1)
            : m_model && m_model->rowCount() == 0 ? tr("Nog geen doelen. Kies <b>Doel toevoegen</b>.")
                                                  : tr("Kies een doel in de lijst."));
}

bool DoelForm::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Z belongs to the dossier's undo stack, not to the field's own: what was typed is taken first, so undo
    // takes back exactly that.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            commitPending();
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DoelForm::resizeEvent(QResizeEvent* event)
{
    const bool breed = width() >= tweeKolommenVanafEm * fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->kolommen->setDirection(breed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

} // namespace dw
