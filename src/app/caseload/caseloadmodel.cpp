#include "caseloadmodel.h"

#include "core/instrument.h"

#include <QLocale>
#include <QPalette>

namespace dw {

namespace {
// Rows before the end at which the next page is asked for, so that it is usually there before the view reaches it.
constexpr int prefetchRows = 100;
} // namespace

CaseloadModel::CaseloadModel(const Connector& connector, const Instrument& instrument, QObject* parent)
    : QAbstractTableModel(parent)
    , m_instrument(instrument)
{
    qRegisterMetaType<dw::CaseloadFilter>();
    qRegisterMetaType<dw::CaseloadRij>();
    qRegisterMetaType<dw::CaseloadTelling>();
    qRegisterMetaType<QVector<dw::CaseloadRij>>();
    m_loader = new CaseloadLoader(connector);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &CaseloadModel::firstRequested, m_loader, &CaseloadLoader::firstRequested);
    connect(this, &CaseloadModel::pageRequested, m_loader, &CaseloadLoader::pageRequested);
    connect(this, &CaseloadModel::exactCountRequested, m_loader, &CaseloadLoader::exactCountRequested);
    connect(this, &CaseloadModel::choicesRequested, m_loader, &CaseloadLoader::choicesRequested);
    connect(this,
        &CaseloadModel::connectionCloseRequested,
        m_loader,
        &CaseloadLoader::closeConnection,
        Qt::BlockingQueuedConnection); // closed when closeConnection returns
    connect(m_loader, &CaseloadLoader::firstReady, this, &CaseloadModel::onFirst);
    connect(m_loader, &CaseloadLoader::pageReady, this, &CaseloadModel::onPage);
    connect(m_loader, &CaseloadLoader::exactCountReady, this, &CaseloadModel::onExactCount);
    connect(m_loader, &CaseloadLoader::choicesReady, this, &CaseloadModel::choicesReady);
    connect(m_loader, &CaseloadLoader::failed, this, &CaseloadModel::failed);
    m_thread.setObjectName(QStringLiteral("caseload-loader"));
    m_thread.start();
}

CaseloadModel::~CaseloadModel()
{
    m_loader->want(-1); // an exact count still running stops
    m_thread.quit();
    m_thread.wait();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseloadModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_atEnd;
}

void CaseloadModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT pageRequested(m_generation, m_filter, m_rows.constLast());
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (index.row() >= m_rows.size() - prefetchRows && !m_fetching && canFetchMore({})) {
        // data() is const, but asking for the next page does not change what the model shows.
        const_cast<CaseloadModel*>(this)->fetchMore({});
    }
    const CaseloadRij* r = &m_rows.at(index.row());
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
    m_loader->want(m_generation); // before the request, which the loader would otherwise skip
    // Keep showing the old rows until the new first page arrives, so typing does not make the list flicker empty.
    m_loading = true;
    m_fetching = false;
    Q_EMIT loadingChanged(true);
    Q_EMIT firstRequested(m_generation, m_filter);
}

void CaseloadModel::requestChoices()
{
    Q_EMIT choicesRequested();
}

void CaseloadModel::onFirst(int generation, const CaseloadTelling& telling, const QVector<CaseloadRij>& rows)
{
    if (generation != m_generation)
        return; // an answer to a filter that has changed since
    beginResetModel();
    m_rows = rows;
    m_atEnd = rows.size() < CaseloadLoader::pageSize;
    m_telling = telling;
    m_fetching = false;
    endResetModel();
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT tellingChanged();
    if (m_telling.meer) // the exact count, behind the first page on the loader thread
        Q_EMIT exactCountRequested(m_generation, m_filter);
}

void CaseloadModel::onPage(int generation, const QVector<CaseloadRij>& rows)
{
    if (generation != m_generation || !m_fetching)
        return;
    m_fetching = false;
    m_atEnd = rows.size() < CaseloadLoader::pageSize;
    if (!rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    if (m_atEnd && m_telling.meer) {
        // Every row is here: that is the count.
        m_telling = {static_cast<int>(m_rows.size()), false};
        Q_EMIT tellingChanged();
    }
}

void CaseloadModel::onExactCount(int generation, int count)
{
    if (generation != m_generation || !m_telling.meer)
        return;
    m_telling = {count, false};
    Q_EMIT tellingChanged();
}

} // namespace dw
