#include "bijlagenmodel.h"

#include <QLocale>

namespace dw {

void BijlagenModel::setBijlagen(const QVector<Bijlage>& bijlagen)
{
    beginResetModel();
    m_rows = bijlagen;
    endResetModel();
}

const Bijlage* BijlagenModel::bijlage(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BijlagenModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int BijlagenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BijlagenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Kolommen;
}

QVariant BijlagenModel::data(const QModelIndex& index, int role) const
{
    const Bijlage* b = bijlage(index.row());
    if (!b)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Grootte)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // When and by whom, and what kind of file: the column shows only the name.
        return tr("%1\n%2, %3\ntoegevoegd op %4 door %5")
            .arg(b->omschrijving,
                b->bestandsnaam,
                b->mimeType,
                QLocale().toString(b->toegevoegdOp.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm")),
                b->toegevoegdDoor);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Datum:
        return b->datum.toString(QStringLiteral("dd-MM-yyyy"));
    case Omschrijving:
        return b->omschrijving;
    case Bestandsnaam:
        return b->bestandsnaam;
    case Grootte:
        return bijlage::grootteTekst(b->grootte);
    case ToegevoegdDoor:
        return b->toegevoegdDoor;
    default:
        return {};
    }
}

QVariant BijlagenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Datum:
        return tr("Datum");
    case Omschrijving:
        return tr("Omschrijving");
    case Bestandsnaam:
        return tr("Bestandsnaam");
    case Grootte:
        return tr("Grootte");
    case ToegevoegdDoor:
        return tr("Toegevoegd door");
    default:
        return {};
    }
}

} // namespace dw
