#pragma once

#include "core/trend.h"

#include <QAbstractTableModel>

namespace dw {

class Instrument;

// The heat map of the Trends tab: draaglast per levensgebied (rows) over the meetmomenten (columns; per meetmoment
// one column for each chosen perspective). Levels 0, 1 and 2 are coloured; n.v.t. ("n.v.t."), not rated (empty)
// and not measured ("–") are gaps without colour; the tooltip says which.
class DraaglastTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        NiveauRole = Qt::UserRole + 1 // 0, 1, 2, or an invalid QVariant for a gap
    };

    explicit DraaglastTrendModel(const Instrument& instrument, QObject* parent = nullptr);
    void setTrend(const Trend& trend);
    void setPerspectieven(const QVector<Perspectief>& perspectieven);
    const QVector<Perspectief>& perspectieven() const { return m_perspectieven; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor niveauKleur(int niveau);

private:
    const Instrument& m_instrument;
    Trend m_trend;
    QVector<Perspectief> m_perspectieven {Perspectief::Inwoner, Perspectief::Professional};
};

} // namespace dw
