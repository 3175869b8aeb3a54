#include "meetmomentenmodel.h"

#include "core/instrument.h"
#include "core/scoring.h"
#include "weergave/weergave.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace dw {

namespace {
QString score(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 2) : QCoreApplication::translate("dw::MeetmomentenModel", "onvoldoende");
}
} // namespace

MeetmomentenModel::MeetmomentenModel(const Instrument& instrument, QObject* parent)
    : QAbstractTableModel(parent)
    , m_instrument(instrument)
{ }

void MeetmomentenModel::setDossier(const Dossier& dossier)
{
    beginResetModel();
    m_meetmomenten = dossier.meetmomenten;
    endResetModel();
}

int MeetmomentenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetmomenten.size());
}

int MeetmomentenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetmomentenModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetmomenten.size())
        return {};
    const Meetmoment& m = m_meetmomenten.at(index.row());
    if (role == MeetmomentIdRole)
        return m.id;
    const int c = index.column();
    const bool pro = c >= KwadrantProfessional && c <= ProblemenProfessional;
    const auto& meting = m.meting(pro ? Perspectief::Professional : Perspectief::Inwoner);
    if (c == Overeenstemming) {
        if (!m.inwoner || !m.professional)
            return role == Qt::DisplayRole ? QVariant(tr("–")) : QVariant();
        const Vergelijking v = vergelijk(m_instrument, *m.inwoner, *m.professional);
        if (role == Qt::ForegroundRole && v.heeftVerschillen())
            return QBrush(kleuren().afwijking);
        if (role == Qt::ToolTipRole)
            return tr("Zie het tabblad Vergelijking");
        if (role != Qt::DisplayRole)
            return {};
        if (!v.kwadrantGelijk)
            return tr("kwadrant onbekend");
        if (!*v.kwadrantGelijk)
            return tr("ander kwadrant — bespreken");
        return v.heeftVerschillen() ? tr("zelfde kwadrant, andere accenten") : tr("eens");
    }
    if (role == Qt::ToolTipRole && c == KwadrantInwoner && meting && meting->zelfIngevuld)
        return tr("De inwoner vulde deze vragenlijst zelf in (samen invullen).");
    if (role == Qt::ToolTipRole && (c == KwadrantInwoner || c == KwadrantProfessional))
        return data(index, Qt::DisplayRole); // whole, where a narrow column cuts it off
    if (role != Qt::DisplayRole)
        return {};
    if (c == Nr)
        return m.volgnummer == 1 ? tr("1 (nulmeting)") : QString::number(m.volgnummer);
    if (c == Datum)
        return QLocale().toString(m.datum, QLocale::ShortFormat);
    if (!meting)
        return c == KwadrantInwoner || c == KwadrantProfessional ? tr("niet gemeten") : QString();
    const MetingScore s = scoreMeting(m_instrument, *meting);
    switch (c) {
    case KwadrantInwoner:
        if (meting->zelfIngevuld) // in words, so that it is read out too
            return meting->invulduurSeconden > 0 ? tr("%1 · zelf ingevuld (%2 min)")
                                                       .arg(m_instrument.kwadrantNaam(s.kwadrant))
                                                       .arg(meting->invulduurMinuten())
                                                 : tr("%1 · zelf ingevuld").arg(m_instrument.kwadrantNaam(s.kwadrant));
        return m_instrument.kwadrantNaam(s.kwadrant);
    case KwadrantProfessional:
        return m_instrument.kwadrantNaam(s.kwadrant);
    case PcInwoner:
    case PcProfessional:
        return score(s.competenties.score);
    case SkInwoner:
    case SkProfessional:
        return score(s.sociaalKapitaal.score);
    case ProblemenInwoner:
    case ProblemenProfessional:
        return s.meervoudig ? tr("%1 (meervoudig)").arg(s.probleemgebieden) : QString::number(s.probleemgebieden);
    default:
        return {};
    }
}

QVariant MeetmomentenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Nr:
        return tr("Meetmoment");
    case Datum:
        return tr("Datum");
    case KwadrantInwoner:
        return tr("Kwadrant inwoner");
    case PcInwoner:
        return tr("PC inw.");
    case SkInwoner:
        return tr("SK inw.");
    case ProblemenInwoner:
        return tr("Problemen inw.");
    case KwadrantProfessional:
        return tr("Kwadrant professional");
    case PcProfessional:
        return tr("PC prof.");
    case SkProfessional:
        return tr("SK prof.");
    case ProblemenProfessional:
        return tr("Problemen prof.");
    case Overeenstemming:
        return tr("Overeenstemming");
    default:
        return {};
    }
}

QString MeetmomentenModel::headerToolTip(int section)
{
    // The short headers in full words (issue 18): a column is as narrow as its figures.
    switch (section) {
    case Nr:
        return tr("Nummer van het meetmoment; 1 is de nulmeting");
    case PcInwoner:
        return tr("Persoonlijke competenties volgens de inwoner (Tabel 1), score 1–5");
    case SkInwoner:
        return tr("Sociaal kapitaal volgens de inwoner (Tabel 1), score 1–5");
    case ProblemenInwoner:
        return tr("Aantal probleemgebieden volgens de inwoner (0–8)");
    case PcProfessional:
        return tr("Persoonlijke competenties volgens de professional (Tabel 2), score 1–5");
    case SkProfessional:
        return tr("Sociaal kapitaal volgens de professional (Tabel 2), score 1–5");
    case ProblemenProfessional:
        return tr("Aantal probleemgebieden volgens de professional (0–8)");
    case Overeenstemming:
        return tr("Zijn inwoner en professional het eens over kwadrant, scores en levensgebieden? Details: tabblad "
                  "Vergelijking");
    default:
        return {};
    }
}

} // namespace dw
