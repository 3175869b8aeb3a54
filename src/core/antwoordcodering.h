#pragma once

#include "domain.h"
#include "instrument.h"
#include "result.h"

#include <QString>
#include <QStringView>

namespace dw {

// How a meting's answers and draaglast are kept in the database since migration 22 (docs/architecture.md): as two
// short texts on the meting row, one character per item of its perspective and one per levensgebied, in the order of
// the instrument version the meting was taken with. Before, they were a row per answer: 11.5 million rows at 100,000
// inwoners, which made writing (demo, import) and reading (verify, export) cost more than everything else together.
//
// The order of an instrument version's items and levensgebieden is therefore part of what is stored: a version
// never changes its order (antwoordcodering_test holds it); a new order is a new version.
//
//   answers:   '1'..'5' answered, '-' open (not answered, or "weet niet")
//   draaglast: '0'..'2' a level, 'n' n.v.t., '-' not filled in
struct GecodeerdeMeting
{
    QString antwoorden;
    QString draaglast;
};

// Refuses what cannot be stored as it is (an item of another perspective or instrument, a value out of range),
// with the same reasons as validateMeting: nothing is dropped on the way to the database.
Result<GecodeerdeMeting> codeerMeting(const Instrument& instrument, const Meting& meting);

// Fills meting.antwoorden and meting.draaglast (meting.perspectief must be set). Refuses a text of the wrong
// length or with another character, which only a hand-edited file can have.
Status decodeerMeting(const Instrument& instrument, QStringView antwoorden, QStringView draaglast, Meting& meting);

} // namespace dw
