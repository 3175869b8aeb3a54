#pragma once

#include "core/domain.h"
#include "core/instrument.h"
#include "core/result.h"
#include "core/scoring.h"

#include "preparedinsert.h"
#include <QHash>

#include <QSqlQuery>

namespace dw {

class Database;

// The figures stored with a meting when it was saved.
struct OpgeslagenMeting
{
    qint64 metingId = 0;
    qint64 inwonerId = 0;
    qint64 meetmomentId = 0;
    int meetmomentNr = 0;
    Perspectief perspectief = Perspectief::Inwoner;
    QString instrument;
    MetingScore score;
};

// Meetmomenten and their metingen: answers, draaglast levels and the derived figures, written together, on one row
// per meting (core/antwoordcodering.h).
class MetingRepository
{
public:
    MetingRepository(Database& db, const Instrument& instrument);

    // Writes meetmomenten whose volgnummer is already set (import, demo). Call inside a transaction.
    Status insertMeetmomenten(qint64 inwonerId, QVector<Meetmoment>& meetmomenten);
    // Adds one meetmoment and renumbers the inwoner's meetmomenten by date, in one transaction.
    Result<qint64> addMeetmoment(qint64 inwonerId, const Meetmoment& meetmoment);
    // Replaces (or adds) the meting of one perspective of a meetmoment, with fresh derived figures.
    Status saveMeting(qint64 meetmomentId, const Meting& meting);
    Status removeMeetmoment(qint64 meetmomentId);
    // Replaces the meting of perspective `p` with `meting` (or removes it when empty), but only when what is stored
    // is still `expected`, the state the edit was based on: an edit from a stale window or process is refused,
    // never silently written over another's (optimistic locking by content).
    Status replaceMeting(
        qint64 meetmomentId, Perspectief p, const std::optional<Meting>& meting, const std::optional<Meting>& expected);
    // Removes the meting of one perspective (the meetmoment stays).
    Status removeMeting(qint64 meetmomentId, Perspectief perspectief);

    Result<QVector<Meetmoment>> load(qint64 inwonerId);
    // The meetmomenten of every inwoner with an id from `fromId` to `toId`, by inwoner id, in three queries (an
    // export loads a page of inwoners at a time this way). Inwoners without meetmomenten are not in the hash.
    Result<QHash<qint64, QVector<Meetmoment>>> loadRange(qint64 fromId, qint64 toId);
    // Every meting's stored figures (for verify and tests), or those of one inwoner when inwonerId > 0.
    Result<QVector<OpgeslagenMeting>> storedFigures(qint64 inwonerId = 0);
    // Loads the answers of one meting (by id) for recomputation.
    Result<Meting> loadMeting(qint64 metingId, Perspectief perspectief);

private:
    Status insertMeting(
        qint64 meetmomentId, qint64 inwonerId, int nummer, const Meting& meting, const MetingScore& score);
    Status renumber(qint64 inwonerId);
    // Reads instrument, antwoorden, draaglast, zelf_ingevuld and invulduur_seconden from `column` on.
    Status leesMeting(qint64 metingId, const QSqlQuery& q, int column, Meting& m) const;

    Database& m_db;
    const Instrument& m_instrument;
    PreparedInsert m_insertMeetmoment;
    PreparedInsert m_insertMeting;
};

} // namespace dw
