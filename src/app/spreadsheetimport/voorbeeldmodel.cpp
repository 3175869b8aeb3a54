#include "voorbeeldmodel.h"

#include "importstaat.h"

#include "core/spreadsheetcel.h"

#include <QFont>

namespace dw {

VoorbeeldModel::VoorbeeldModel(const ImportStaat& staat, QObject* parent)
    : QAbstractTableModel(parent)
    , m_staat(staat)
{ }

int VoorbeeldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staat.rijen.size());
}

int VoorbeeldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staat.koppen.size());
}

QVariant VoorbeeldModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SpreadsheetCell cel = m_staat.rijen.at(index.row()).cells.value(index.column());
    if (role == Qt::DisplayRole)
        return cel.type == SpreadsheetCell::Type::Date ? cel.date.toString(QStringLiteral("d-M-yyyy"))
                                                       : spreadsheetcel::tekst(cel);
    if (role == Qt::TextAlignmentRole && cel.type != SpreadsheetCell::Type::Text)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && m_staat.keuzes.value(index.column()).veld.soort == SpreadsheetVeldSoort::Negeren) {
        QFont f;
        f.setItalic(true); // an ignored column reads as set aside
        return f;
    }
    return {};
}

QVariant VoorbeeldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_staat.rijen.size() ? QVariant(m_staat.rijen.at(section).number) : QVariant();
    const SpreadsheetKeuze keuze = m_staat.keuzes.value(section);
    QString veld
        = keuze.veld.soort == SpreadsheetVeldSoort::Negeren ? tr("negeren") : keuze.veld.label(m_staat.instrument);
    if (m_staat.basis.indeling == SpreadsheetProfiel::Indeling::PerInwoner
        && keuze.veld.soort != SpreadsheetVeldSoort::Negeren && keuze.veld.soort != SpreadsheetVeldSoort::Inwoner)
        veld += tr(" (mm. %1)").arg(keuze.meetmoment);
    const QString kop = m_staat.koppen.value(section).simplified();
    return QStringLiteral("%1: %2\n→ %3")
        .arg(spreadsheetColumnName(section), kop.isEmpty() ? tr("(geen kop)") : kop, veld);
}

void VoorbeeldModel::herlaad()
{
    beginResetModel();
    endResetModel();
}

void VoorbeeldModel::keuzeGewijzigd(int kolom)
{
    Q_EMIT headerDataChanged(Qt::Horizontal, kolom, kolom);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, kolom), index(rowCount() - 1, kolom), {Qt::FontRole});
}

} // namespace dw
