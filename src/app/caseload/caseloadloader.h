#pragma once

#include "storage/caseloadquery.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

namespace dw {

class Database;

// Lives on the loader thread with its own database connection (a connection belongs to one thread) and answers
// count and page requests. Every answer carries the generation it was asked for, so the model can drop answers
// to a filter that has changed since (as DB4S's RowLoader).
class CaseloadLoader : public QObject
{
    Q_OBJECT
public:
    explicit CaseloadLoader(Connector connector);
    ~CaseloadLoader() override;

    static constexpr int pageSize = 500;

public Q_SLOTS:
    void countRequested(int generation, const dw::CaseloadFilter& filter);
    void pageRequested(int generation, const dw::CaseloadFilter& filter, int page);
    void choicesRequested();
    void closeConnection() { m_db.reset(); }

Q_SIGNALS:
    void countReady(int generation, int count);
    void pageReady(int generation, int page, const QVector<dw::CaseloadRij>& rows);
    void choicesReady(const QStringList& gemeenten, const QStringList& professionals);
    void failed(const QString& message);

private:
    bool ensureOpen();

    Connector m_connector;
    std::unique_ptr<Database> m_db;
};

} // namespace dw

Q_DECLARE_METATYPE(dw::CaseloadFilter)
Q_DECLARE_METATYPE(dw::CaseloadRij)
