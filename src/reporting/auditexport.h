#pragma once

#include "storage/auditquery.h"

#include <QByteArray>

namespace dw {

// The audit log as CSV, the way Dutch spreadsheet programs open it without asking: semicolons, CRLF, UTF-8 with a
// byte order mark; one header line, then a row per audit row (the same columns as `audit --json`).
QByteArray auditCsv(const QVector<AuditRegel>& rows, bool withHeader = true);

} // namespace dw
