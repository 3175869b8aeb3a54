#pragma once

#include "storage/auditquery.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditViewer;
}

namespace dw {

class AuditModel;
class Database;

// Beheer -> Auditlog (beheerder only): filter by inwoner, user, action and period, newest first, 500 rows a page;
// export what the filter finds to CSV; and per inwoner "wie heeft dit dossier ingezien". Each look is itself an
// audit row.
class AuditViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr int pageSize = 500;

    AuditViewer(Database& db, QWidget* parent = nullptr);
    ~AuditViewer() override;

    AuditModel* model() const { return m_model; }
    AuditFilter filter() const;
    // Shows the first page for the filter on screen; false with a message when the filter or the query fails.
    bool showFilter(const AuditFilter& filter);
    void showWhoRead(const QString& ref);
    bool loadMore();
    bool exportCsv(const QString& path);

private:
    void showCount();

    std::unique_ptr<Ui::AuditViewer> m_ui;
    Database& m_db;
    AuditModel* m_model;
    AuditFilter m_shown;
    bool m_more = false;
};

} // namespace dw
