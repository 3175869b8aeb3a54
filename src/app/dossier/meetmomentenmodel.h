#pragma once

#include "core/dossier.h"

#include <QAbstractTableModel>

namespace dw {

class Instrument;

// The meetmomenten of one dossier with, per perspective, the quadrant in the study's words, the component scores
// and the number of probleemgebieden (scored by core), and whether the two perspectives agree.
class MeetmomentenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Nr,
        Datum,
        KwadrantInwoner,
        PcInwoner,
        SkInwoner,
        ProblemenInwoner,
        KwadrantProfessional,
        PcProfessional,
        SkProfessional,
        ProblemenProfessional,
        Overeenstemming,
        ColumnCount
    };
    enum Role { MeetmomentIdRole = Qt::UserRole + 1 };

    MeetmomentenModel(const Instrument& instrument, QObject* parent = nullptr);
    void setDossier(const Dossier& dossier);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString headerToolTip(int section); // an abbreviated header in full words

private:
    const Instrument& m_instrument;
    QVector<Meetmoment> m_meetmomenten;
};

} // namespace dw
