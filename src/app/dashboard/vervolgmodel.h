#pragma once

#include "storage/vervolgquery.h"

#include <QAbstractTableModel>

#include <optional>

namespace dw {

// The inwoners whose next meetmoment is due, for a table view: up to every inwoner of a large gemeente, so the
// model holds the pages loaded so far and asks for the next one (by key, after its last row) when the view scrolls
// near the end (canFetchMore/fetchMore). It only asks: whoever connects pageRequested answers with onPage, off the
// UI thread (the Teamoverzicht's follow-up loader). A click on a column header asks the database for the list in
// that order; so does narrowing it to one professional. Every list has a generation, so that pages of an older
// one are dropped.
class VervolgModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ref, Naam, Gemeente, Professional, Meetmomenten, LaatsteMeting, VervolgOp, ColumnCount };
    static constexpr int RefRole = Qt::UserRole + 1;
    static constexpr int pageSize = 500;

    using QAbstractTableModel::QAbstractTableModel;

    // A new list: its filter (with its order), how many rows it has in all (the counts' vervolgNodig) and its first
    // page, already loaded.
    void setLijst(const VervolgFilter& filter, int totaal, QVector<VervolgRij> eerstePagina);
    // The list for another filter or order, asked for from its first page; the rows shown stay until it comes.
    void laadLijst(const VervolgFilter& filter, int totaal);
    const VervolgFilter& filter() const { return m_filter; }
    int totaal() const { return m_totaal; }
    int lijst() const { return m_lijst; }
    bool isLoading() const { return m_gevraagd; }
    const QVector<VervolgRij>& rijen() const { return m_rijen; } // those loaded

    static std::optional<VervolgFilter::Sort> sortFor(int column); // none for a column without an order
    static int columnFor(VervolgFilter::Sort sort);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    void onPage(int lijst, const QVector<dw::VervolgRij>& rows);
    void onPageFailed(int lijst, const QString& message);

Q_SIGNALS:
    void pageRequested(int lijst, const dw::VervolgFilter& filter, const std::optional<dw::VervolgRij>& na);
    void loadingChanged(bool loading);
    void failed(const QString& message);

private:
    void vraag(const std::optional<VervolgRij>& na);
    void toon(QVector<VervolgRij> eerstePagina);

    VervolgFilter m_filter;
    int m_totaal = 0;
    int m_lijst = 0;
    bool m_gevraagd = false; // a page is on its way
    bool m_nieuweLijst = false; // and it is the first of a new list
    bool m_einde = false; // a page came back short: nothing after it
    QVector<VervolgRij> m_rijen;
};

} // namespace dw
