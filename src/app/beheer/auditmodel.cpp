#include "auditmodel.h"

#include "weergave/weergave.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace dw {

void AuditModel::reset(QVector<AuditRegel> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AuditModel::append(const QVector<AuditRegel>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRegel& r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Uitkomst && r.uitkomst != QLatin1String("gelukt")
        && !r.uitkomst.isEmpty())
        return kleuren().afwijking;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tijdstip: {
        // Stored in UTC; shown in the desk's own time.
        const QDateTime t = QDateTime::fromString(r.tijdstip, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss")) : r.tijdstip;
    }
    case Gebruiker:
        return r.namens.isEmpty() ? r.gebruiker : tr("%1, namens %2").arg(r.gebruiker, r.namens);
    case Rol:
        return r.rol;
    case Actie:
        return r.actie;
    case Inwoner:
        return r.inwonerRef.isEmpty() && r.inwonerId > 0 ? tr("(id %1, niet meer aanwezig)").arg(r.inwonerId)
                                                         : r.inwonerRef;
    case Details:
        // A correction's earlier value is for the beheerder's eyes here, never in the dossier (AVG art. 16).
        return r.correctie.isEmpty() ? r.details
            : r.details.isEmpty()    ? r.correctie
                                     : r.details + QStringLiteral("; ") + r.correctie;
    case Werkplek:
        return r.werkplek;
    case Uitkomst:
        return r.uitkomst;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const names[ColumnCount]
        = {"Tijdstip", "Gebruiker", "Rol", "Actie", "Inwoner", "Details", "Werkplek", "Uitkomst"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace dw
