#pragma once

#include "caseloadloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

namespace dw {

class Instrument;

// The caseload as a table that never holds the whole table: it knows the row count and the pages it has been
// sent, and asks the loader thread for a missing page when a view wants one of its rows.
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const CaseloadFilter& filter);
    const CaseloadFilter& filter() const { return m_filter; }
    void reload(); // after a change in the database
    bool isLoading() const { return m_loading; }
    void requestChoices();
    // The loader lets go of its connection (before a restore); the next request opens it again.
    void closeConnection() { Q_EMIT connectionCloseRequested(); }

Q_SIGNALS:
    void countRequested(int generation, const dw::CaseloadFilter& filter);
    void pageRequested(int generation, const dw::CaseloadFilter& filter, int page);
    void choicesRequested();
    void connectionCloseRequested();
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);
    void loadingChanged(bool loading);
    void failed(const QString& message);

private:
    void onCount(int generation, int count);
    void onPage(int generation, int page, const QVector<dw::CaseloadRij>& rows);
    const CaseloadRij* row(int r) const;

    const Instrument& m_instrument;
    QThread m_thread;
    CaseloadFilter m_filter;
    int m_generation = 0;
    int m_rows = 0;
    bool m_loading = false;
    QHash<int, QVector<CaseloadRij>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace dw
