#pragma once

#include "storage/auditquery.h"

#include <QAbstractTableModel>

namespace dw {

// The rows of the audit viewer, newest first, as far as they have been loaded.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Tijdstip, Gebruiker, Rol, Actie, Inwoner, Details, Werkplek, Uitkomst, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void reset(QVector<AuditRegel> rows);
    void append(const QVector<AuditRegel>& rows);
    const QVector<AuditRegel>& rows() const { return m_rows; }
    qint64 lastId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<AuditRegel> m_rows;
};

} // namespace dw
