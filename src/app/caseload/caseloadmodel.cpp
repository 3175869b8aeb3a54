#include "caseloadmodel.h"

#include "core/instrument.h"

#include <QLocale>
#include <QPalette>

namespace dw {

namespace {
constexpr int maxCachedPages = 64; // 32,000 rows; older pages are simply asked for again
}

CaseloadModel::CaseloadModel(const Connector& connector, const Instrument& instrument, QObject* parent)
    : QAbstractTableModel(parent)
    , m_instrument(instrument)
{
    qRegisterMetaType<dw::CaseloadFilter>();
    qRegisterMetaType<QVector<dw::CaseloadRij>>();
    auto* loader = new CaseloadLoader(connector);
    loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &CaseloadModel::countRequested, loader, &CaseloadLoader::countRequested);
    connect(this, &CaseloadModel::pageRequested, loader, &CaseloadLoader::pageRequested);
    connect(this, &CaseloadModel::choicesRequested, loader, &CaseloadLoader::choicesRequested);
    connect(this,
        &CaseloadModel::connectionCloseRequested,
        loader,
        &CaseloadLoader::closeConnection,
        Qt::BlockingQueuedConnection); // closed when closeConnection returns
    connect(loader, &CaseloadLoader::countReady, this, &CaseloadModel::onCount);
    connect(loader, &CaseloadLoader::pageReady, this, &CaseloadModel::onPage);
    connect(loader, &CaseloadLoader::choicesReady, this, &CaseloadModel::choicesReady);
    connect(loader, &CaseloadLoader::failed, this, &CaseloadModel::failed);
    m_thread.setObjectName(QStringLiteral("caseload-loader"));
    m_thread.start();
}

CaseloadModel::~CaseloadModel()
{
    m_thread.quit();
    m_thread.wait();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseloadRij* CaseloadModel::row(int r) const
{
    const int page = r / CaseloadLoader::pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!m_requested.contains(page)) {
            m_requested.insert(page);
            // data() is const, but asking for a page does not change what the model shows.
            Q_EMIT const_cast<CaseloadModel*>(this)->pageRequested(m_generation, m_filter, page);
        }
        return nullptr;
    }
    const int offset = r % CaseloadLoader::pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const CaseloadRij* r = row(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Naam ? QVariant(tr("laden…")) : QVariant();
    switch (role) {
    case InwonerIdRole:
        return r->id;
    case RefRole:
        return r->ref;
    case Qt::ForegroundRole:
        // A closed dossier (filter "Alle") in grey: it is no longer part of the active caseload.
        return r->afgeslotenOp.isValid() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::ToolTipRole:
        if (r->afgeslotenOp.isValid())
            return tr("Dossier afgesloten op %1").arg(QLocale().toString(r->afgeslotenOp, QLocale::LongFormat));
        if (index.column() == Meetmomenten)
            return tr("Aantal meetmomenten");
        if (index.column() == KwadrantInwoner || index.column() == KwadrantProfessional)
            return r->meetmomenten ? tr("%1 (bij het laatste meetmoment)").arg(data(index).toString()) : QVariant();
        return data(index); // the whole name or gemeente, where the column cuts it off
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Ref:
        return r->ref;
    case Naam:
        return r->naam;
    case Gemeente:
        return r->gemeente;
    case Professional:
        return r->professional;
    case Meetmomenten:
        return r->meetmomenten;
    case LaatsteMeting:
        return r->laatsteMeting.isValid() ? QLocale().toString(r->laatsteMeting, QLocale::ShortFormat) : QString();
    case KwadrantInwoner:
        return r->meetmomenten ? m_instrument.kwadrantNaam(r->kwadrantInwoner) : QString();
    case KwadrantProfessional:
        return r->meetmomenten ? m_instrument.kwadrantNaam(r->kwadrantProfessional) : QString();
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // The short headers in full words (issue 18).
        if (section == Ref)
            return tr("Referentie: het vaste kenmerk van het dossier, bijvoorbeeld ENS-0042");
        if (section == Meetmomenten)
            return tr("Aantal meetmomenten");
        if (section == LaatsteMeting)
            return tr("Datum van het laatste meetmoment");
        if (section == KwadrantInwoner || section == KwadrantProfessional)
            return tr("%1: bij het laatste meetmoment").arg(headerData(section, orientation).toString());
        return headerData(section, orientation); // a header cut off in a narrow column
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
        return tr("Mm.");
    case LaatsteMeting:
        return tr("Laatste meting");
    case KwadrantInwoner:
        return tr("Kwadrant inwoner");
    case KwadrantProfessional:
        return tr("Kwadrant professional");
    default:
        return {};
    }
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    CaseloadFilter f = m_filter;
    switch (column) {
    case Ref:
        f.sort = CaseloadFilter::Sort::Ref;
        break;
    case Gemeente:
        f.sort = CaseloadFilter::Sort::Gemeente;
        break;
    case LaatsteMeting:
        f.sort = CaseloadFilter::Sort::LaatsteMeting;
        break;
    default:
        f.sort = CaseloadFilter::Sort::Naam;
        break;
    }
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

void CaseloadModel::setFilter(const CaseloadFilter& filter)
{
    if (filter == m_filter && m_generation > 0)
        return;
    m_filter = filter;
    reload();
}

void CaseloadModel::reload()
{
    ++m_generation;
    // Keep showing the old rows until the new count arrives, so typing does not make the list flicker empty.
    m_requested.clear();
    m_loading = true;
    Q_EMIT loadingChanged(true);
    Q_EMIT countRequested(m_generation, m_filter);
    Q_EMIT pageRequested(m_generation, m_filter, 0);
    m_requested.insert(0);
}

void CaseloadModel::requestChoices()
{
    Q_EMIT choicesRequested();
}

void CaseloadModel::onCount(int generation, int count)
{
    if (generation != m_generation)
        return; // an answer to a filter that has changed since
    beginResetModel();
    m_rows = count;
    // Pages of the previous generation are no longer valid; page 0 of this one may already be here.
    const auto first = m_pages.value(-1 - generation);
    m_pages.clear();
    if (!first.isEmpty() || count == 0)
        m_pages.insert(0, first);
    endResetModel();
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

void CaseloadModel::onPage(int generation, int page, const QVector<CaseloadRij>& rows)
{
    if (generation != m_generation)
        return;
    if (m_loading && page == 0) {
        // The count has not arrived yet: keep the first page aside until the reset.
        m_pages.insert(-1 - generation, rows);
        return;
    }
    if (m_pages.size() >= maxCachedPages)
        m_pages.clear();
    m_pages.insert(page, rows);
    m_requested.remove(page);
    const int first = page * CaseloadLoader::pageSize;
    const int last = std::min(m_rows, first + static_cast<int>(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace dw
