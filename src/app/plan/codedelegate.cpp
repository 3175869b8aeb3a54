#include "codedelegate.h"

#include "plantablemodel.h"

#include <QComboBox>

namespace dw {

namespace {
const PlanTableModel* planModel(const QModelIndex& index)
{
    return qobject_cast<const PlanTableModel*>(index.model());
}
} // namespace

QWidget* CodeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const PlanTableModel* model = planModel(index);
    if (!model || !model->isCodeColumn(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const auto& [label, code] : model->choices(index.column()))
        combo->addItem(label, code);
    return combo;
}

void CodeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void CodeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace dw
