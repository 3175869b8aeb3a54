#pragma once

#include "core/result.h"

#include <QString>

namespace dw {

class Database;

// Every read and change of a dossier: who, what, when, which inwoner (ids only).
class AuditLog
{
public:
    explicit AuditLog(Database& db);
    Status record(const QString& actie, qint64 inwonerId = 0, const QString& details = {});

    static QString currentUser(); // the operating-system account
private:
    Database& m_db;
};

} // namespace dw
