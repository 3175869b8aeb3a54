#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace dw {

class Database;

struct AuditFilter
{
    QString inwonerRef; // empty: all; a ref that does not exist gives no rows
    QString gebruiker; // exact account name; empty: all
    QString actie; // exact; empty: all
    QDate van; // inclusive, UTC dates; invalid: open
    QDate tot;
};

struct AuditRegel
{
    qint64 id = 0;
    QString tijdstip; // UTC, ISO 8601 with milliseconds
    QString gebruiker;
    QString rol;
    QString namens; // on whose behalf (an account name); empty: on their own
    QString actie;
    qint64 inwonerId = 0; // 0: about no inwoner
    QString inwonerRef; // empty when the inwoner is gone (erased) or there is none
    QString details;
    QString werkplek;
    QString uitkomst;
    // A correction on the inwoner's request: "naam was 'A. Peters' (toelichting)"; empty for other rows.
    QString correctie;
};

// Reading the audit log (the beheerder's viewer and `draagwijzer-cli audit`), newest first, in pages. Only a
// beheerder reads it, and each look is itself a row ("auditlog bekeken").
class AuditQuery
{
public:
    explicit AuditQuery(Database& db)
        : m_db(db)
    { }

    // At most `limit` rows older than `beforeId` (0: from the newest): a keyset page, as fast at row 5,000,000 as
    // at row 1.
    Result<QVector<AuditRegel>> page(const AuditFilter& filter, qint64 beforeId, int limit);
    // Every row about one inwoner, oldest first, for the inzage (AVG art. 15: who saw or changed the dossier):
    // for whoever may read the dossier, not only a beheerder. Without details or werkplek. Writes no row itself:
    // the inzage has its own ("inzage verstrekt").
    Result<QVector<AuditRegel>> voorInzage(qint64 inwonerId);
    // Writes the "auditlog bekeken" row; the viewer calls it once per filter, the CLI once per command.
    Status noteViewed(const AuditFilter& filter);
    // The actions the program writes, for the viewer's filter.
    static QStringList acties();

private:
    Database& m_db;
};

} // namespace dw
