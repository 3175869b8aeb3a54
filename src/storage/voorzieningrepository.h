#pragma once

#include "core/instrument.h"
#include "core/result.h"
#include "core/socialekaart.h"

namespace dw {

class Database;

// The sociale kaart (migration 3). Every change is one transaction and is validated against the instrument first.
class VoorzieningRepository
{
public:
    VoorzieningRepository(Database& db, const Instrument& instrument)
        : m_db(db)
        , m_instrument(instrument)
    { }

    Result<QVector<Voorziening>> all(); // by naam
    Result<qint64> insert(const Voorziening& v);
    Status update(const Voorziening& v); // by id
    Status remove(qint64 id);
    // Adds the entries of `kaart` that are not on it yet (import: the same file twice adds nothing). Joins the
    // caller's transaction when there is one.
    Status merge(const QVector<Voorziening>& kaart);

private:
    Status insertRow(const Voorziening& v, qint64* id);
    Status mayEdit();

    Database& m_db;
    const Instrument& m_instrument;
};

} // namespace dw
