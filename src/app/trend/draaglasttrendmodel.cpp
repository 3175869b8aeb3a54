#include "draaglasttrendmodel.h"

#include "core/instrument.h"
#include "trendcharts.h"
#include "weergave/weergave.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace dw {

DraaglastTrendModel::DraaglastTrendModel(const Instrument& instrument, QObject* parent)
    : QAbstractTableModel(parent)
    , m_instrument(instrument)
{ }

void DraaglastTrendModel::setTrend(const Trend& trend)
{
    beginResetModel();
    m_trend = trend;
    endResetModel();
}

void DraaglastTrendModel::setPerspectieven(const QVector<Perspectief>& perspectieven)
{
    beginResetModel();
    m_perspectieven = perspectieven;
    endResetModel();
}

int DraaglastTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_trend.isLeeg() ? 0 : static_cast<int>(m_trend.levensgebieden.size());
}

int DraaglastTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_trend.meetmomenten.size() * m_perspectieven.size());
}

QColor DraaglastTrendModel::niveauKleur(int niveau)
{
    switch (niveau) {
    case 0:
        return QColor(0xdd, 0xef, 0xdd);
    case 1:
        return QColor(0xf6, 0xc0, 0x5c);
    default:
        return QColor(0xc9, 0x2a, 0x1e);
    }
}

QVariant DraaglastTrendModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int mm = index.column() / m_perspectieven.size();
    const Perspectief p = m_perspectieven.at(index.column() % m_perspectieven.size());
    const Trend::DraaglastCel& cel = m_trend.draaglast(p, index.row(), mm);
    using Status = Trend::DraaglastCel::Status;
    switch (role) {
    case NiveauRole:
        return cel.heeftNiveau() ? QVariant(cel.niveau) : QVariant();
    case Qt::DisplayRole:
        if (cel.heeftNiveau())
            return QString::number(cel.niveau);
        if (cel.status == Status::Nvt)
            return tr("n.v.t.");
        return cel.status == Status::NietGemeten ? tr("–") : QString();
    case Qt::BackgroundRole:
        return cel.heeftNiveau() ? QVariant(QBrush(niveauKleur(cel.niveau))) : QVariant();
    case Qt::ForegroundRole:
        if (cel.heeftNiveau())
            return QBrush(cel.niveau == 2 ? QColor(Qt::white) : QColor(Qt::black));
        return QBrush(kleuren().gedempt); // "n.v.t." and "–" stay legible (4.5:1)
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole: {
        QString wat;
        switch (cel.status) {
        case Status::Niveau:
            wat = m_instrument.draaglastNiveaus().value(cel.niveau).label;
            break;
        case Status::Nvt:
            wat = tr("niet van toepassing (n.v.t.)");
            break;
        case Status::NietBeoordeeld:
            wat = tr("niet beoordeeld");
            break;
        case Status::NietGemeten:
            wat = tr("%1 niet gemeten").arg(perspectiefNaam(p));
            break;
        }
        return tr("%1, meetmoment %2, %3: %4")
            .arg(m_trend.levensgebieden.at(index.row()).naam)
            .arg(m_trend.meetmomenten.at(mm).meetmoment)
            .arg(perspectiefNaam(p), wat);
    }
    default:
        return {};
    }
}

QVariant DraaglastTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_trend.levensgebieden.size() ? m_trend.levensgebieden.at(section).naam : QVariant();
    if (section >= columnCount())
        return {};
    const Trend::MeetmomentLabel& m = m_trend.meetmomenten.at(section / m_perspectieven.size());
    const Perspectief p = m_perspectieven.at(section % m_perspectieven.size());
    const QString datum = QLocale().toString(m.datum, QStringLiteral("dd-MM-yy"));
    if (role == Qt::ToolTipRole)
        return tr("Meetmoment %1 (%2), %3").arg(m.meetmoment).arg(datum, perspectiefNaam(p));
    if (m_perspectieven.size() == 1)
        return tr("%1\n%2").arg(m.meetmoment).arg(datum);
    return tr("%1 · %2\n%3").arg(m.meetmoment).arg(p == Perspectief::Inwoner ? tr("inw.") : tr("prof."), datum);
}

} // namespace dw
