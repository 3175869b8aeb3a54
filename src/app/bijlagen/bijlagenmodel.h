#pragma once

#include "core/bijlage.h"

#include <QAbstractTableModel>
#include <QVector>

namespace dw {

// The bijlagen of the open dossier as the Bijlagen tab lists them: newest document first, metadata only.
class BijlagenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kolom { Datum, Omschrijving, Bestandsnaam, Grootte, ToegevoegdDoor, Kolommen };
    using QAbstractTableModel::QAbstractTableModel;

    void setBijlagen(const QVector<Bijlage>& bijlagen);
    const QVector<Bijlage>& bijlagen() const { return m_rows; }
    const Bijlage* bijlage(int row) const;
    int rowOf(qint64 id) const; // -1 when gone

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Bijlage> m_rows;
};

} // namespace dw
