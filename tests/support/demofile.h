#pragma once

#include "core/demogenerator.h"
#include "core/instrument.h"
#include "storage/database.h"
#include "storage/dossierstore.h"

#include <QString>

namespace dw::test {

// A database file at `path` with `inwoners` demo dossiers of this seed, for tests that open it themselves (the
// caseload's loader thread, through a Connector). False when it could not be made.
inline bool makeDemoFile(const QString& path, int inwoners, int seed)
{
    auto db = Database::open(path);
    if (!db.ok())
        return false;
    const DemoGenerator g(Instrument::standaard(), seed);
    return DossierStore(*db.value(), Instrument::standaard())
        .importGenerated(inwoners, [&g](int i) { return g.dossier(i); })
        .ok();
}

} // namespace dw::test
