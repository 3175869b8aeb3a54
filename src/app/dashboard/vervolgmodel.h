#pragma once

#include "storage/vervolgquery.h"

#include <QAbstractTableModel>

namespace dw {

// The inwoners whose next meetmoment is due, for a table view (up to every inwoner of a large gemeente, so a
// model rather than a table of items). Qt::UserRole gives the value to sort on.
class VervolgModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ref, Naam, Gemeente, Professional, Meetmomenten, LaatsteMeting, VervolgOp, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int RefRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRijen(QVector<VervolgRij> rijen);
    const QVector<VervolgRij>& rijen() const { return m_rijen; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<VervolgRij> m_rijen;
};

} // namespace dw
