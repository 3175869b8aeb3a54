#pragma once

#include "core/herinneringen.h"
#include "core/result.h"

#include <QVector>

namespace dw {

class Database;

// What the professional did with a reminder (migration 18): done, or moved to a date with a reason, per inwoner and
// reminder key. The reminders themselves are computed (core/herinneringen.h), never stored.
class HerinneringRepository
{
public:
    explicit HerinneringRepository(Database& db);

    Result<QVector<HerinneringStatus>> voor(qint64 inwonerId);
    // Stores `status` for its key (replacing what was there); joins the caller's transaction (and audit row).
    Status zet(qint64 inwonerId, const HerinneringStatus& status, const QString& door, const QDate& op);
    // Back to no status: the reminder as computed (undo).
    Status wis(qint64 inwonerId, const QString& sleutel);

    // The week view of `professional`: every open dossier of theirs with what its reminders come from and their
    // statuses, in five queries however many dossiers there are. By naam.
    struct Dossierbron
    {
        HerinneringBron bron;
        QVector<HerinneringStatus> statussen;
    };
    Result<QVector<Dossierbron>> bronnenVan(const QString& professional);

private:
    Database& m_db;
};

} // namespace dw
