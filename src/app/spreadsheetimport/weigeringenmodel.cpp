#include "weigeringenmodel.h"

namespace dw {

void WeigeringenModel::setWeigeringen(const QVector<SpreadsheetWeigering>& weigeringen)
{
    beginResetModel();
    m_weigeringen = weigeringen;
    endResetModel();
}

int WeigeringenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weigeringen.size());
}

int WeigeringenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Aantal;
}

QVariant WeigeringenModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SpreadsheetWeigering& w = m_weigeringen.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Rij)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reden)
        return w.reden; // a long reason, cut off in its cell
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rij:
        return w.rij;
    case Kolom:
        return w.kolom.isEmpty() ? QStringLiteral("–") : w.kolom;
    case Ref:
        return w.ref;
    case Reden:
        return w.reden;
    default:
        return {};
    }
}

QVariant WeigeringenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rij:
        return tr("Rij");
    case Kolom:
        return tr("Kolom");
    case Ref:
        return tr("Ref");
    case Reden:
        return tr("Reden");
    default:
        return {};
    }
}

} // namespace dw
