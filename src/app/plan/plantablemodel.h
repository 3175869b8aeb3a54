#pragma once

#include "core/plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace dw {

class DossierDocument;

// One list of the plan concept (doelen, interventies or afspraken) as an editable table. It reads the concept from
// the document and writes every cell edit back as an undoable concept edit (as Tiled's LayerModel pushes a command
// from setData). Dates are typed as dd-mm-jjjj; an empty cell clears the date.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Lijst { Doelen, Interventies, Afspraken };
    // The columns of the Doelen list.
    enum DoelKolom {
        DOmschrijving,
        DTermijn,
        DWat,
        DHoe,
        DMetWie,
        DLevensgebied,
        DComponent,
        DUitkomst,
        DUitkomstDatum
    };

    PlanTableModel(DossierDocument* doc, Lijst lijst, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void addRow(); // an empty row at the end
    void removeRow(int row);
    bool isDateColumn(int column) const;
    // Columns whose cells hold a code chosen from a list (type, doel, levensgebied, component, uitkomst).
    bool isCodeColumn(int column) const;
    // (label, code) choices for a code column; the doel column lists the concept's doelen.
    QVector<QPair<QString, QVariant>> choices(int column) const;

    // The first cell whose typed value was refused, with where and why ("Doelen, rij 2, termijn: …"); empty when
    // every cell holds what was typed. A save or print does not go ahead while there is one.
    QString refusedCell() const;
    // Why the value shown in this cell was refused, or empty when it is the stored one.
    QString refusal(int row, int column) const;

    static QString formatDate(const QDate& date); // dd-mm-jjjj, or empty
    // In figures or words ("volgende week", core/datumtekst.h) from the dossier's today; nullopt when it is no
    // date, QDate() when empty.
    std::optional<QDate> parseDate(const QString& text) const;

Q_SIGNALS:
    void invalidInput(const QString& message);

private:
    void conceptChanged();
    QStringList headers() const;
    QVariant cell(const Plan& plan, int row, int column) const; // edit value
    bool setCell(Plan& plan, int row, int column, const QVariant& value);
    QString label(int column, const QVariant& code) const;
    // Why `text` cannot go into a cell of `column` (core/validation.h rules for text, the date format), or empty.
    QString cellProblem(int column, const QString& text) const;
    static quint32 refusedKey(int row, int column) { return (static_cast<quint32>(row) << 16) | quint32(column); }

    struct Refused
    {
        QString text; // as typed
        QString reason;
    };

    DossierDocument* m_doc;
    Lijst m_lijst;
    int m_rows = 0;
    QHash<quint32, Refused> m_refused; // by refusedKey(): typed values that were not taken into the concept
};

} // namespace dw
