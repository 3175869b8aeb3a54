#pragma once

#include "core/journaal.h"

#include <QAbstractTableModel>

namespace dw {

class DossierDocument;

// The journal of the open dossier as a timeline: newest first, only what passes the filter. Reads the document;
// it follows every change of the dossier (an edit, an undo, a colleague's change).
class JournaalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kolom { Datum, Soort, Duur, Aard, Levensgebied, Tekst, Kolommen };
    explicit JournaalModel(DossierDocument* document, QObject* parent = nullptr);

    void setFilter(const journaal::Filter& filter);
    const journaal::Filter& filter() const { return m_filter; }
    int totaal() const; // entries in the journal, filtered or not
    const JournaalRegel* regel(int row) const;
    int rowOf(qint64 id) const; // -1 when filtered out or gone

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    DossierDocument* m_doc;
    journaal::Filter m_filter;
    QVector<JournaalRegel> m_rows;
};

} // namespace dw
