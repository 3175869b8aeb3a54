#include "plantablemodel.h"

#include "common/fieldmessage.h"
#include "core/datumtekst.h"
#include "core/planconcept.h"
#include "core/validation.h"
#include "document/dossierdocument.h"
#include "inwoner/inwonerdialog.h"
#include "reporting/plantext.h"
#include "weergave/weergave.h"

#include <QColor>

#include <algorithm>

namespace dw {

namespace {

int rowsOf(const Plan& p, PlanTableModel::Lijst lijst)
{
    switch (lijst) {
    case PlanTableModel::Lijst::Doelen:
        return p.doelen.size();
    case PlanTableModel::Lijst::Interventies:
        return p.interventies.size();
    case PlanTableModel::Lijst::Afspraken:
        return p.afspraken.size();
    }
    return 0;
}

// Column numbers per list.
enum InterventieKolom { IType, IOmschrijving, IDoel, IWie, IWanneer, IPartner };
enum AfspraakKolom { AOmschrijving, AWie, AWanneer };

} // namespace

PlanTableModel::PlanTableModel(DossierDocument* doc, Lijst lijst, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_lijst(lijst)
    , m_rows(rowsOf(doc->concept(), lijst))
{
    connect(doc, &DossierDocument::conceptChanged, this, &PlanTableModel::conceptChanged);
}

void PlanTableModel::conceptChanged()
{
    const int rows = rowsOf(m_doc->concept(), m_lijst);
    if (rows != m_rows) {
        // Rows came or went (undo, a removed doel): a refused value can no longer be placed; its row is said
        // in the status bar when it was refused, and the cell shows what is stored.
        m_refused.clear();
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : headers().size();
}

QStringList PlanTableModel::headers() const
{
    switch (m_lijst) {
    case Lijst::Doelen:
        return {tr("Doel"),
            tr("Termijn"),
            tr("Wat"),
            tr("Hoe"),
            tr("Met wie"),
            tr("Levensgebied"),
            tr("Draagkracht"),
            tr("Uitkomst"),
            tr("Datum uitkomst")};
    case Lijst::Interventies:
        return {tr("Type"), tr("Interventie"), tr("Voor doel"), tr("Wie"), tr("Wanneer"), tr("Partner")};
    case Lijst::Afspraken:
        return {tr("Afspraak"), tr("Wie"), tr("Wanneer")};
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return headers().value(section);
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool PlanTableModel::isDateColumn(int column) const
{
    switch (m_lijst) {
    case Lijst::Doelen:
        return column == DTermijn || column == DUitkomstDatum;
    case Lijst::Interventies:
        return column == IWanneer;
    case Lijst::Afspraken:
        return column == AWanneer;
    }
    return false;
}

bool PlanTableModel::isCodeColumn(int column) const
{
    switch (m_lijst) {
    case Lijst::Doelen:
        return column == DLevensgebied || column == DComponent || column == DUitkomst;
    case Lijst::Interventies:
        return column == IType || column == IDoel || column == IPartner;
    case Lijst::Afspraken:
        return false;
    }
    return false;
}

QVector<QPair<QString, QVariant>> PlanTableModel::choices(int column) const
{
    const Instrument& ins = m_doc->instrument();
    QVector<QPair<QString, QVariant>> out;
    if (m_lijst == Lijst::Doelen && column == DLevensgebied) {
        out.append({tr("—"), QString()});
        for (const LevensgebiedDefinitie& lg : ins.levensgebieden())
            out.append({lg.naam, lg.code});
    } else if (m_lijst == Lijst::Doelen && column == DComponent) {
        out.append({tr("—"), QString()});
        for (Component c : alleComponenten)
            out.append({ins.componentNaam(c), componentCode(c)});
    } else if (m_lijst == Lijst::Doelen && column == DUitkomst) {
        for (Uitkomst u : {Uitkomst::Onbekend, Uitkomst::Bereikt, Uitkomst::Deels, Uitkomst::Niet})
            out.append({plantext::uitkomst(u), uitkomstCode(u)});
    } else if (m_lijst == Lijst::Interventies && column == IType) {
        for (const InterventieTypeDefinitie& t : ins.interventieTypen())
            out.append({t.naam, t.code});
    } else if (m_lijst == Lijst::Interventies && column == IDoel) {
        out.append({tr("— geen doel —"), 0});
        const QVector<Doel>& doelen = m_doc->concept().doelen;
        for (int i = 0; i < doelen.size(); ++i)
            out.append({tr("%1. %2").arg(i + 1).arg(doelen.at(i).omschrijving.left(60)), i + 1});
    } else if (m_lijst == Lijst::Interventies && column == IPartner) {
        // The organisations of the sociale kaart, and a partner already named that is no longer on it.
        QStringList namen;
        for (const Voorziening& v : m_doc->socialeKaart())
            namen << v.naam;
        for (const Interventie& iv : m_doc->concept().interventies)
            namen << iv.partner;
        namen.removeAll(QString());
        namen.removeDuplicates();
        std::sort(
            namen.begin(), namen.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        out.append({tr("— geen partner —"), QString()});
        for (const QString& naam : std::as_const(namen))
            out.append({naam, naam});
    }
    return out;
}

QString PlanTableModel::label(int column, const QVariant& code) const
{
    for (const auto& [text, value] : choices(column))
        if (value == code)
            return text;
    return code.toString();
}

QString PlanTableModel::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

std::optional<QDate> PlanTableModel::parseDate(const QString& text) const
{
    return leesDatum(text, m_doc->clock().today());
}

QVariant PlanTableModel::cell(const Plan& p, int row, int column) const
{
    switch (m_lijst) {
    case Lijst::Doelen: {
        const Doel& d = p.doelen.at(row);
        const QVariant values[] = {d.omschrijving,
            formatDate(d.horizon),
            d.wat,
            d.hoe,
            d.metWie,
            d.levensgebied,
            d.component,
            uitkomstCode(d.uitkomst),
            formatDate(d.uitkomstDatum)};
        return values[column];
    }
    case Lijst::Interventies: {
        const Interventie& iv = p.interventies.at(row);
        const QVariant values[] = {iv.type, iv.omschrijving, iv.doel, iv.wie, formatDate(iv.wanneer), iv.partner};
        return values[column];
    }
    case Lijst::Afspraken: {
        const Afspraak& a = p.afspraken.at(row);
        const QVariant values[] = {a.omschrijving, a.wie, formatDate(a.wanneer)};
        return values[column];
    }
    }
    return {};
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    // A refused value stays in its cell, red, with the reason, until it is corrected.
    const auto refused = m_refused.constFind(refusedKey(index.row(), index.column()));
    if (refused != m_refused.constEnd()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return refused->text;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return refused->reason;
        case Qt::ForegroundRole:
            return kleuren().afwijking;
        case Qt::BackgroundRole:
            return kleuren().afwijkingAchtergrond;
        default:
            return {};
        }
    }
    const QVariant value = cell(m_doc->concept(), index.row(), index.column());
    switch (role) {
    case Qt::EditRole:
        return value;
    case Qt::DisplayRole:
        return isCodeColumn(index.column()) ? label(index.column(), value) : value;
    case Qt::ToolTipRole:
        // The whole text of a cell that is elided in a narrow column; a code as its name.
        if (isDateColumn(index.column()))
            return tr(
                "Datum als dd-mm-jjjj, of in woorden: 'volgende week', 'over 2 weken', 'vrijdag'; leeg laten mag.");
        return isCodeColumn(index.column()) ? label(index.column(), value) : value;
    default:
        return {};
    }
}

QString PlanTableModel::cellProblem(int column, const QString& text) const
{
    if (isDateColumn(column)) {
        if (parseDate(text))
            return {};
        const bool inCijfers = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('/') || c.isSpace();
        });
        return inCijfers ? tr("'%1' is geen geldige datum (dd-mm-jjjj).").arg(text.trimmed())
                         : tr("'%1' is geen datum: %2.").arg(text.trimmed(), datumVoorbeelden());
    }
    if (isCodeColumn(column))
        return {};
    const QString problem = validation::textProblem(text, validation::CellLength, true);
    return problem.isEmpty() ? QString() : FieldMessage::sentence(problem);
}

QString PlanTableModel::refusedCell() const
{
    if (m_refused.isEmpty())
        return {};
    const auto first = std::min_element(m_refused.keyBegin(), m_refused.keyEnd());
    const int row = static_cast<int>(*first >> 16);
    const int column = static_cast<int>(*first & 0xffff);
    static const QString lijsten[] = {tr("Doelen"), tr("Interventies"), tr("Afspraken")};
    return tr("%1, rij %2, %3: %4")
        .arg(lijsten[static_cast<int>(m_lijst)])
        .arg(row + 1)
        .arg(headers().value(column).toLower(), m_refused.value(*first).reason);
}

QString PlanTableModel::refusal(int row, int column) const
{
    return m_refused.value(refusedKey(row, column)).reason;
}

bool PlanTableModel::setCell(Plan& p, int row, int column, const QVariant& value)
{
    const QString text = value.toString();
    const std::optional<QDate> date = isDateColumn(column) ? parseDate(text) : std::nullopt;
    switch (m_lijst) {
    case Lijst::Doelen: {
        Doel& d = p.doelen[row];
        QString* texts[] = {&d.omschrijving, nullptr, &d.wat, &d.hoe, &d.metWie, &d.levensgebied, &d.component};
        if (column == DTermijn)
            d.horizon = *date;
        else if (column == DUitkomstDatum)
            d.uitkomstDatum = *date;
        else if (column == DUitkomst)
            d.uitkomst = uitkomstFromCode(text).value_or(Uitkomst::Onbekend);
        else
            *texts[column] = text;
        return true;
    }
    case Lijst::Interventies: {
        Interventie& iv = p.interventies[row];
        if (column == IType)
            iv.type = text;
        else if (column == IOmschrijving)
            iv.omschrijving = text;
        else if (column == IDoel)
            iv.doel = value.toInt();
        else if (column == IWie)
            iv.wie = text;
        else if (column == IPartner)
            iv.partner = text;
        else
            iv.wanneer = *date;
        return true;
    }
    case Lijst::Afspraken: {
        Afspraak& a = p.afspraken[row];
        if (column == AOmschrijving)
            a.omschrijving = text;
        else if (column == AWie)
            a.wie = text;
        else
            a.wanneer = *date;
        return true;
    }
    }
    return false;
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows)
        return false;
    const QString problem = cellProblem(index.column(), value.toString());
    const quint32 key = refusedKey(index.row(), index.column());
    if (!problem.isEmpty()) {
        m_refused.insert(key, {value.toString(), problem});
        Q_EMIT dataChanged(index, index);
        Q_EMIT invalidInput(problem);
        return true; // the editor closes; the cell keeps the text and says why
    }
    const bool wasRefused = m_refused.remove(key) > 0;
    Plan p = m_doc->concept();
    if (!setCell(p, index.row(), index.column(), value))
        return false;
    if (wasRefused)
        Q_EMIT dataChanged(index, index);
    m_doc->editConcept(p,
        tr("%1 wijzigen").arg(headers().value(index.column()).toLower()),
        QStringLiteral("%1:%2:%3").arg(static_cast<int>(m_lijst)).arg(index.row()).arg(index.column()));
    return true;
}

void PlanTableModel::addRow()
{
    Plan p = m_doc->concept();
    QString actie;
    switch (m_lijst) {
    case Lijst::Doelen:
        p.doelen.append(Doel {});
        actie = tr("doel toevoegen");
        break;
    case Lijst::Interventies: {
        Interventie iv;
        iv.type = m_doc->instrument().interventieTypen().value(0).code;
        iv.doel = p.doelen.size() == 1 ? 1 : 0;
        p.interventies.append(iv);
        actie = tr("interventie toevoegen");
        break;
    }
    case Lijst::Afspraken:
        p.afspraken.append(Afspraak {});
        actie = tr("afspraak toevoegen");
        break;
    }
    m_doc->editConcept(p, actie);
}

void PlanTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    // Refused values in later rows move up with their row; the removed row's own go with it.
    QHash<quint32, Refused> moved;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        const int r = static_cast<int>(it.key() >> 16);
        if (r != row)
            moved.insert(refusedKey(r > row ? r - 1 : r, static_cast<int>(it.key() & 0xffff)), it.value());
    }
    m_refused.clear();
    Plan p = m_doc->concept();
    QString actie;
    switch (m_lijst) {
    case Lijst::Doelen:
        verwijderDoel(p, row + 1);
        actie = tr("doel verwijderen");
        break;
    case Lijst::Interventies:
        p.interventies.removeAt(row);
        actie = tr("interventie verwijderen");
        break;
    case Lijst::Afspraken:
        p.afspraken.removeAt(row);
        actie = tr("afspraak verwijderen");
        break;
    }
    m_doc->editConcept(p, actie);
    m_refused = moved;
}

} // namespace dw
