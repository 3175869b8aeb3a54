#pragma once

#include "core/spreadsheetconversie.h"

#include <QAbstractTableModel>

namespace dw {

// The rows of a sheet the import cannot take, as the check found them: row, column letter, ref and the reason.
class WeigeringenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kolomnummer { Rij, Kolom, Ref, Reden, Aantal };

    using QAbstractTableModel::QAbstractTableModel;

    void setWeigeringen(const QVector<SpreadsheetWeigering>& weigeringen);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SpreadsheetWeigering> m_weigeringen;
};

} // namespace dw
