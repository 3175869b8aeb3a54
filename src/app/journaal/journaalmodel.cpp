#include "journaalmodel.h"

#include "core/instrument.h"
#include "document/dossierdocument.h"

#include <QFont>
#include <QLocale>

namespace dw {

JournaalModel::JournaalModel(DossierDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(document, &DossierDocument::changed, this, &JournaalModel::reload);
    reload();
}

void JournaalModel::setFilter(const journaal::Filter& filter)
{
    m_filter = filter;
    reload();
}

void JournaalModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const JournaalRegel& r : m_doc->dossier().journaal) {
        if (m_filter.past(r))
            m_rows.append(r);
    }
    journaal::sorteerNieuwsteEerst(m_rows);
    endResetModel();
}

int JournaalModel::totaal() const
{
    return int(m_doc->dossier().journaal.size());
}

const JournaalRegel* JournaalModel::regel(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int JournaalModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int JournaalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournaalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Kolommen;
}

QVariant JournaalModel::data(const QModelIndex& index, int role) const
{
    const JournaalRegel* r = regel(index.row());
    if (!r)
        return {};
    if (role == Qt::FontRole && r->aard == Aard::Aanname) {
        QFont italic;
        italic.setItalic(true); // and the word "Aanname" in its own column: never the style alone
        return italic;
    }
    if (role == Qt::ToolTipRole && index.column() == Tekst)
        return r->tekst;
    if (role == Qt::UserRole)
        return r->id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Datum:
        return r->datum.toString(QStringLiteral("dd-MM-yyyy"));
    case Soort:
        return contactSoortNaam(r->soort);
    case Duur:
        return r->duurMinuten > 0 ? tr("%1 min").arg(r->duurMinuten) : QString();
    case Aard:
        return aardNaam(r->aard);
    case Levensgebied: {
        const LevensgebiedDefinitie* lg = m_doc->instrument().levensgebied(r->levensgebied);
        return lg ? lg->naam : QString();
    }
    case Tekst:
        return r->tekst.section(QLatin1Char('\n'), 0, 0); // the first line; the rest in the tooltip and the form
    }
    return {};
}

QVariant JournaalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const kop[] = {QT_TR_NOOP("Datum"),
        QT_TR_NOOP("Soort contact"),
        QT_TR_NOOP("Duur"),
        QT_TR_NOOP("Feit/aanname"),
        QT_TR_NOOP("Levensgebied"),
        QT_TR_NOOP("Notitie")};
    return section >= 0 && section < Kolommen ? tr(kop[section]) : QVariant();
}

} // namespace dw
