#pragma once

#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/queryinterrupter.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace dw {

class Database;

// Lives on the loader thread with its own database connection (a connection belongs to one thread) and answers
// requests for the first page with its count, the pages after it and the exact count. Every answer carries the
// generation it was asked for, so the model can drop answers to a filter that has changed since (as DB4S's
// RowLoader); a request for a generation the model no longer wants is not run at all.
class CaseloadLoader : public QObject
{
    Q_OBJECT
public:
    explicit CaseloadLoader(Connector connector);
    ~CaseloadLoader() override;

    static constexpr int pageSize = CaseloadQuery::paginaGrootte;

    // From the UI thread: the generation the model wants now. An exact count of an older one stops at once, so
    // that it never keeps the next keystroke waiting.
    void want(int generation);

public Q_SLOTS:
    void firstRequested(int generation, const dw::CaseloadFilter& filter);
    void pageRequested(int generation, const dw::CaseloadFilter& filter, const dw::CaseloadRij& after);
    void exactCountRequested(int generation, const dw::CaseloadFilter& filter);
    void choicesRequested();
    void closeConnection();

Q_SIGNALS:
    // The count up to CaseloadQuery::telGrens and the first page.
    void firstReady(int generation, const dw::CaseloadTelling& telling, const QVector<dw::CaseloadRij>& rows);
    void pageReady(int generation, const QVector<dw::CaseloadRij>& rows);
    void exactCountReady(int generation, int count);
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);
    void failed(const QString& message);

private:
    bool ensureOpen();
    bool wanted(int generation) const { return m_wanted.load() == generation; }

    Connector m_connector;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseloadQuery> m_query; // keeps what the count learnt for the pages of the same filter
    std::atomic<int> m_wanted {0};
    QueryInterrupter m_interrupter; // attached only while an exact count runs
};

} // namespace dw

Q_DECLARE_METATYPE(dw::CaseloadFilter)
Q_DECLARE_METATYPE(dw::CaseloadRij)
Q_DECLARE_METATYPE(dw::CaseloadTelling)
