// Migrations 19 and 20 (issue 18), kept apart so that migrations.cpp stays readable. 19: the inwoner's optional BSN,
// address, phone and e-mail, and indexes for finding people by birth date, postcode and BSN. 20: the sociale kaart's
// gemeente or "landelijk".
#include "migrations.h"

namespace dw {

QString inwonerBsnIndex()
{
    return QStringLiteral("CREATE INDEX inwoner_bsn ON inwoner (bsn) WHERE bsn <> ''");
}

QString inwonerPostcodeIndex()
{
    return QStringLiteral("CREATE INDEX inwoner_postcode ON inwoner (postcode, naam, id) WHERE postcode <> ''");
}

QString inwonerGeboortedatumIndex()
{
    return QStringLiteral("CREATE INDEX inwoner_geboortedatum ON inwoner (geboortedatum, naam, id)");
}

Migration inwonerGegevensMigratie()
{
    // Empty is "not known"; the rules (elfproef, "1234 AB") are core/validation.h's, as for every other field, so
    // that the app, the import and the CLI refuse the same values with the same words.
    QStringList statements;
    for (const char* kolom : {"bsn", "straat", "huisnummer", "postcode", "woonplaats", "telefoon", "email"})
        statements
            << QStringLiteral("ALTER TABLE inwoner ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(QLatin1String(kolom));
    statements << inwonerBsnIndex() << inwonerPostcodeIndex() << inwonerGeboortedatumIndex();
    return {19, QStringLiteral("inwoner: BSN, adres, telefoon en e-mail"), statements};
}

Migration voorzieningGemeenteMigratie()
{
    // A service without a gemeente was offered in every gemeente, a Twente service to an inwoner of Arnhem. From now
    // a voorziening names its gemeente(n) or says "landelijk"; older ones keep what they did, said in words.
    return {20,
        QStringLiteral("sociale kaart: gemeente of landelijk"),
        {QStringLiteral("UPDATE voorziening SET gemeente = 'landelijk' WHERE trim(gemeente) = ''")}};
}

} // namespace dw
