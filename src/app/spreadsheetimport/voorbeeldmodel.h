#pragma once

#include <QAbstractTableModel>

namespace dw {

struct ImportStaat;

// The first rows of the sheet as the wizard shows them: one table column per sheet column, headed by its letter,
// its header text and the field it is mapped to; the rows numbered as in Excel.
class VoorbeeldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit VoorbeeldModel(const ImportStaat& staat, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void herlaad(); // after a new preview
    void keuzeGewijzigd(int kolom); // after the mapping of `kolom` changed

private:
    const ImportStaat& m_staat;
};

} // namespace dw
