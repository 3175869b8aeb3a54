#include "vervolgmodel.h"

#include <QLocale>

namespace dw {

void VervolgModel::setRijen(QVector<VervolgRij> rijen)
{
    beginResetModel();
    m_rijen = std::move(rijen);
    endResetModel();
}

int VervolgModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rijen.size());
}

int VervolgModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VervolgModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rijen.size())
        return {};
    const VervolgRij& r = m_rijen.at(index.row());
    const auto datum = [](const QDate& d) { return d.toString(QStringLiteral("dd-MM-yyyy")); };
    if (role == RefRole)
        return r.ref;
    if (role == Qt::TextAlignmentRole && index.column() >= Meetmomenten)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Ref:
        return r.ref;
    case Naam:
        return r.naam;
    case Gemeente:
        return r.gemeente;
    case Professional:
        return r.professional;
    case Meetmomenten:
        return r.meetmomenten;
    case LaatsteMeting:
        return role == SortRole ? QVariant(r.laatsteMeting) : QVariant(datum(r.laatsteMeting));
    case VervolgOp:
        return role == SortRole ? QVariant(r.vervolgOp) : QVariant(datum(r.vervolgOp));
    default:
        return {};
    }
}

QVariant VervolgModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Ref)
        return tr("Referentie: het vaste kenmerk van het dossier, bijvoorbeeld ENS-0042");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Naam:
        return tr("Naam");
    case Gemeente:
        return tr("Gemeente");
    case Professional:
        return tr("Professional");
    case Meetmomenten:
        return tr("Meetmomenten");
    case LaatsteMeting:
        return tr("Laatste meetmoment");
    case VervolgOp:
        return tr("Vervolg nodig sinds");
    default:
        return {};
    }
}

} // namespace dw
