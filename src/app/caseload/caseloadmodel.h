#pragma once

#include "caseloadloader.h"

#include <QAbstractTableModel>
#include <QThread>

namespace dw {

class Instrument;

// The caseload as a table that holds only the rows scrolled to: the first page with the count, then the next page
// each time the view nears the end (canFetchMore/fetchMore), asked of the loader thread after the last row it has
// (keyset). The count is said apart (telling()): first up to a cap, then exact when the loader has counted.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Ref,
        Naam,
        Gemeente,
        Professional,
        Meetmomenten,
        LaatsteMeting,
        KwadrantInwoner,
        KwadrantProfessional,
        ColumnCount
    };
    enum Role { InwonerIdRole = Qt::UserRole + 1, RefRole };

    CaseloadModel(const Connector& connector, const Instrument& instrument, QObject* parent = nullptr);
    ~CaseloadModel() override;

    int rowCount(const QModelIndex& parent = {}) const override; // the rows loaded so far
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const CaseloadFilter& filter);
    const CaseloadFilter& filter() const { return m_filter; }
    void reload(); // after a change in the database
    bool isLoading() const { return m_loading; }
    // How many inwoners the filter finds: exact, or "more than" the cap until the exact count has come in.
    CaseloadTelling telling() const { return m_telling; }
    void requestChoices();
    // The loader lets go of its connection (before a restore); the next request opens it again.
    void closeConnection() { Q_EMIT connectionCloseRequested(); }

Q_SIGNALS:
    void firstRequested(int generation, const dw::CaseloadFilter& filter);
    void pageRequested(int generation, const dw::CaseloadFilter& filter, const dw::CaseloadRij& after);
    void exactCountRequested(int generation, const dw::CaseloadFilter& filter);
    void choicesRequested();
    void connectionCloseRequested();
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);
    void loadingChanged(bool loading);
    void tellingChanged();
    void failed(const QString& message);

private:
    void onFirst(int generation, const dw::CaseloadTelling& telling, const QVector<dw::CaseloadRij>& rows);
    void onPage(int generation, const QVector<dw::CaseloadRij>& rows);
    void onExactCount(int generation, int count);

    const Instrument& m_instrument;
    QThread m_thread;
    CaseloadLoader* m_loader = nullptr; // on m_thread; deleted when it finishes
    CaseloadFilter m_filter;
    int m_generation = 0;
    QVector<CaseloadRij> m_rows;
    CaseloadTelling m_telling;
    bool m_loading = false;
    bool m_fetching = false; // a next page has been asked for
    bool m_atEnd = true; // the last page came in short
};

} // namespace dw
