// Migration 21 (issue 18, point 4): files per inwoner, in the database so that a backup holds them. In a file of its
// own because migrations.cpp is long enough; Migrations::all() lists it.
#include "migrations.h"

namespace dw {

Migration bijlagenMigratie()
{
    // The description, date and file facts in `bijlage`; the content in parts of at most 1 MiB in `bijlage_deel`
    // (BijlageRepository writes 256 KiB), so that adding and reading stream a 25 MB file one part at a time instead
    // of binding or fetching it whole. A part goes with its bijlage, a bijlage with its inwoner (ON DELETE
    // CASCADE); anonymising deletes both (DossierLifecycle). On a team server both tables follow their inwoner under
    // row-level security (@BIJLAGE_SERVER@, serverrights.cpp); BLOB is bytea there (postgresdialect.cpp).
    return {21,
        QStringLiteral("bijlagen per inwoner"),
        {QStringLiteral("CREATE TABLE bijlage ("
                        " id INTEGER PRIMARY KEY,"
                        " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                        " omschrijving TEXT NOT NULL CHECK (length(trim(omschrijving)) BETWEEN 1 AND 200),"
                        " datum TEXT NOT NULL CHECK (date(datum, '+0 days') IS datum),"
                        " bestandsnaam TEXT NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 255),"
                        " mime_type TEXT NOT NULL DEFAULT '',"
                        " grootte INTEGER NOT NULL CHECK (grootte BETWEEN 1 AND 25000000),"
                        " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                        " toegevoegd_door TEXT NOT NULL DEFAULT '',"
                        " toegevoegd_op TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX bijlage_inwoner ON bijlage (inwoner_id, datum, id)"),
            QStringLiteral("CREATE TABLE bijlage_deel ("
                           " bijlage_id INTEGER NOT NULL REFERENCES bijlage (id) ON DELETE CASCADE,"
                           " volgnummer INTEGER NOT NULL CHECK (volgnummer >= 0),"
                           " data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),"
                           " PRIMARY KEY (bijlage_id, volgnummer))"),
            QStringLiteral("@BIJLAGE_SERVER@")}};
}

} // namespace dw
