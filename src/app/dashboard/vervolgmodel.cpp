#include "vervolgmodel.h"

namespace dw {

void VervolgModel::setLijst(const VervolgFilter& filter, int totaal, QVector<VervolgRij> eerstePagina)
{
    ++m_lijst;
    m_filter = filter;
    m_totaal = totaal;
    toon(std::move(eerstePagina));
}

void VervolgModel::toon(QVector<VervolgRij> eerstePagina)
{
    beginResetModel();
    m_einde = eerstePagina.size() < pageSize;
    m_rijen = std::move(eerstePagina);
    const bool wasLoading = m_gevraagd;
    m_gevraagd = false;
    m_nieuweLijst = false;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void VervolgModel::laadLijst(const VervolgFilter& filter, int totaal)
{
    ++m_lijst;
    m_filter = filter;
    m_totaal = totaal;
    m_nieuweLijst = true;
    vraag(std::nullopt);
}

void VervolgModel::vraag(const std::optional<VervolgRij>& na)
{
    const bool wasLoading = m_gevraagd;
    m_gevraagd = true;
    Q_EMIT pageRequested(m_lijst, m_filter, na);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

bool VervolgModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_gevraagd && !m_einde && m_rijen.size() < m_totaal;
}

void VervolgModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        vraag(m_rijen.constLast());
}

void VervolgModel::onPage(int lijst, const QVector<VervolgRij>& rows)
{
    if (lijst != m_lijst || !m_gevraagd)
        return; // a page of a list that has changed since
    if (m_nieuweLijst) {
        toon(rows);
        return;
    }
    m_einde = rows.size() < pageSize;
    if (rows.isEmpty()) {
        m_gevraagd = false;
    } else {
        // Done asking only once the rows are in: a view that fetches more on rowsAboutToBeInserted would otherwise
        // ask for the page after the old last row a second time.
        const int first = static_cast<int>(m_rijen.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rijen += rows;
        m_gevraagd = false;
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
}

void VervolgModel::onPageFailed(int lijst, const QString& message)
{
    if (lijst != m_lijst || !m_gevraagd)
        return;
    m_gevraagd = false; // the view asks again when it scrolls
    Q_EMIT loadingChanged(false);
    Q_EMIT failed(message);
}

std::optional<VervolgFilter::Sort> VervolgModel::sortFor(int column)
{
    using S = VervolgFilter::Sort;
    switch (column) {
    case Ref:
        return S::Ref;
    case Naam:
        return S::Naam;
    case Gemeente:
        return S::Gemeente;
    case Professional:
        return S::Professional;
    case Meetmomenten:
        return S::Meetmomenten;
    case LaatsteMeting:
    case VervolgOp:
        return S::VervolgOp; // the due date follows the last meetmoment's date
    default:
        return std::nullopt;
    }
}

int VervolgModel::columnFor(VervolgFilter::Sort sort)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortFor(c) == sort && c != LaatsteMeting)
            return c;
    }
    return VervolgOp;
}

void VervolgModel::sort(int column, Qt::SortOrder order)
{
    // Column -1 (no header chosen) is the list's own order: the longest overdue first.
    VervolgFilter f = m_filter;
    f.sort = sortFor(column).value_or(VervolgFilter::Sort::VervolgOp);
    f.descending = column >= 0 && order == Qt::DescendingOrder;
    if (f == m_filter)
        return;
    if (m_lijst == 0) {
        m_filter = f; // no list yet: the first one comes in this order
        return;
    }
    laadLijst(f, m_totaal);
}

int VervolgModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rijen.size());
}

int VervolgModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VervolgModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rijen.size())
        return {};
    const VervolgRij& r = m_rijen.at(index.row());
    const auto datum = [](const QDate& d) { return d.toString(QStringLiteral("dd-MM-yyyy")); };
    if (role == RefRole)
        return r.ref;
    if (role == Qt::TextAlignmentRole && index.column() >= Meetmomenten)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Ref:
        return r.ref;
    case Naam:
        return r.naam;
    case Gemeente:
        return r.gemeente;
    case Professional:
        return r.professional;
    case Meetmomenten:
        return r.meetmomenten;
    case LaatsteMeting:
        return datum(r.laatsteMeting);
    case VervolgOp:
        return datum(r.vervolgOp);
    default:
        return {};
    }
}

QVariant VervolgModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Ref)
        return tr("Referentie: het vaste kenmerk van het dossier, bijvoorbeeld ENS-0042");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Naam:
        return tr("Naam");
    case Gemeente:
        return tr("Gemeente");
    case Professional:
        return tr("Professional");
    case Meetmomenten:
        return tr("Meetmomenten");
    case LaatsteMeting:
        return tr("Laatste meetmoment");
    case VervolgOp:
        return tr("Vervolg nodig sinds");
    default:
        return {};
    }
}

} // namespace dw
