// Migration 23 (issue 16): the inwoner's last meetmoment kept on the inwoner row itself. In a file of its own because
// migrations.cpp is long enough; Migrations::all() lists it.
//
// The caseload filters on the quadrants at the last meetmoment and sorts on its date. Found by a correlated
// max(volgnummer) per inwoner, that cost three index searches per row the filter looked at: gemeente + kwadrant read
// all 16,666 inwoners of a gemeente to count 4,314 (63 ms at 100,000 inwoners, linear in the gemeente), and a sort on
// the date sorted every inwoner for each page. On the row, the filter is a column test beside the ones the caseload
// already makes, the sort has an index, and a count can stop at its cap (docs/performance.md).
//
// A search too short for the trigram index, or matching so many that a page is found sooner by walking the names,
// tests naam, ref and gemeente of each open inwoner in name order. With those (and the session's professional and
// team) in the index the walk reads no table rows: "ja" counted up to its cap in 5 ms instead of 35.
//
// Triggers on meetmoment keep the four columns equal to the meetmomenten, on both engines and for every writer
// (repositories, import, renumbering, anonymising), in the writer's own transaction.
#include "migrations.h"

namespace dw {

namespace {

// The four columns from the meetmomenten of the inwoner row being updated: 0, '' and NULL without any.
const QString herberekening = QStringLiteral(
    "laatste_volgnummer = coalesce((SELECT max(m.volgnummer) FROM meetmoment m WHERE m.inwoner_id = inwoner.id), 0), "
    "laatste_datum = coalesce((SELECT m.datum FROM meetmoment m WHERE m.inwoner_id = inwoner.id "
    " ORDER BY m.volgnummer DESC LIMIT 1), ''), "
    "laatste_kwadrant_inwoner = (SELECT m.kwadrant_inwoner FROM meetmoment m WHERE m.inwoner_id = inwoner.id "
    " ORDER BY m.volgnummer DESC LIMIT 1), "
    "laatste_kwadrant_professional = (SELECT m.kwadrant_professional FROM meetmoment m WHERE m.inwoner_id = inwoner.id "
    " ORDER BY m.volgnummer DESC LIMIT 1)");

// A new meetmoment with a higher volgnummer than the last becomes the last: one row written, nothing searched (the
// import writes 1, 2, 3 in that order). A lower one changes nothing.
const QString nieuwLaatste
    = QStringLiteral("UPDATE inwoner SET laatste_volgnummer = new.volgnummer, laatste_datum = new.datum, "
                     "laatste_kwadrant_inwoner = new.kwadrant_inwoner, "
                     "laatste_kwadrant_professional = new.kwadrant_professional "
                     "WHERE id = new.inwoner_id AND laatste_volgnummer < new.volgnummer");

// The columns a trigger on an update watches: what the four are made of.
const QString bronkolommen = QStringLiteral("inwoner_id, volgnummer, datum, kwadrant_inwoner, kwadrant_professional");

} // namespace

QString inwonerLaatsteDatumIndex()
{
    return QStringLiteral("CREATE INDEX inwoner_laatste_datum ON inwoner (laatste_datum, id)");
}

QString inwonerNaamZoekIndex()
{
    return QStringLiteral(
        "CREATE INDEX inwoner_naam_open_zoek ON inwoner (naam, id, ref, gemeente, professional, team) "
        "WHERE afgesloten_op IS NULL");
}

QString sqliteLaatsteMeetmoment(const QString& statement)
{
    if (statement == QLatin1String("@LAATSTE_MEETMOMENT_NIEUW@"))
        return QStringLiteral("CREATE TRIGGER meetmoment_laatste_nieuw AFTER INSERT ON meetmoment BEGIN %1; END")
            .arg(nieuwLaatste);
    // Renumbering (MetingRepository) updates every meetmoment of the inwoner one by one; each time the four are
    // taken again from what is there, so they are right after the last update.
    if (statement == QLatin1String("@LAATSTE_MEETMOMENT_GEWIJZIGD@"))
        return QStringLiteral("CREATE TRIGGER meetmoment_laatste_gewijzigd AFTER UPDATE OF %1 ON meetmoment BEGIN "
                              "UPDATE inwoner SET %2 WHERE id IN (old.inwoner_id, new.inwoner_id); END")
            .arg(bronkolommen, herberekening);
    if (statement == QLatin1String("@LAATSTE_MEETMOMENT_WEG@"))
        return QStringLiteral("CREATE TRIGGER meetmoment_laatste_weg AFTER DELETE ON meetmoment BEGIN "
                              "UPDATE inwoner SET %1 WHERE id = old.inwoner_id; END")
            .arg(herberekening);
    return {};
}

QString postgresLaatsteMeetmoment()
{
    // SECURITY DEFINER: whoever may write this meetmoment (row-level security on meetmoment said so) gets the
    // inwoner's derived columns written, without needing a right on the inwoner row itself; the function writes
    // nothing else, and only for the inwoner of the meetmoment.
    return QStringLiteral("CREATE FUNCTION dw_laatste_meetmoment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                          "AS $$ BEGIN "
                          "  IF TG_OP = 'INSERT' THEN %1; "
                          "  ELSIF TG_OP = 'UPDATE' THEN "
                          "    UPDATE inwoner SET %2 WHERE id IN (OLD.inwoner_id, NEW.inwoner_id); "
                          "  ELSE UPDATE inwoner SET %2 WHERE id = OLD.inwoner_id; "
                          "  END IF; "
                          "  RETURN NULL; "
                          "END $$; "
                          "CREATE TRIGGER meetmoment_laatste AFTER INSERT OR DELETE OR UPDATE OF %3 ON meetmoment "
                          "FOR EACH ROW EXECUTE FUNCTION dw_laatste_meetmoment()")
        .arg(
            QString(nieuwLaatste).replace(QStringLiteral("new."), QStringLiteral("NEW.")), herberekening, bronkolommen);
}

QStringList laatsteMeetmomentBulkBegin()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS meetmoment_laatste_nieuw"),
        QStringLiteral("DROP INDEX IF EXISTS inwoner_laatste_datum"),
        QStringLiteral("DROP INDEX IF EXISTS inwoner_naam_open_zoek")};
}

QString laatsteMeetmomentBulkFill()
{
    return QStringLiteral("UPDATE inwoner SET %1 WHERE id IN (SELECT inwoner_id FROM meetmoment WHERE id > ?)")
        .arg(herberekening);
}

QStringList laatsteMeetmomentBulkEnd()
{
    return {sqliteLaatsteMeetmoment(QStringLiteral("@LAATSTE_MEETMOMENT_NIEUW@")),
        inwonerLaatsteDatumIndex(),
        inwonerNaamZoekIndex()};
}

Migration laatsteMeetmomentMigratie()
{
    const QString kwadrant = QStringLiteral(
        "ALTER TABLE inwoner ADD COLUMN %1 TEXT CHECK (%1 IN ('zwak', 'enkel_competenties', 'enkel_sociaal_kapitaal', "
        "'dubbel'))");
    // The date is '' rather than NULL without a meetmoment: it sorts before every date on both engines, so that a
    // page can start after any row with one comparison (keyset, caseloadquery.cpp). The volgnummer is the number
    // of meetmomenten (MetingRepository keeps them 1, 2, 3, …), as the caseload shows it.
    return {23,
        QStringLiteral("caseload: het laatste meetmoment bij de inwoner, zoeken langs de namen"),
        {QStringLiteral("ALTER TABLE inwoner ADD COLUMN laatste_volgnummer INTEGER NOT NULL DEFAULT 0"
                        " CHECK (laatste_volgnummer >= 0)"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN laatste_datum TEXT NOT NULL DEFAULT ''"
                           " CHECK (laatste_datum = '' OR date(laatste_datum, '+0 days') IS laatste_datum)"),
            kwadrant.arg(QStringLiteral("laatste_kwadrant_inwoner")),
            kwadrant.arg(QStringLiteral("laatste_kwadrant_professional")),
            QStringLiteral("UPDATE inwoner SET %1 WHERE id IN (SELECT inwoner_id FROM meetmoment)").arg(herberekening),
            inwonerLaatsteDatumIndex(),
            inwonerNaamZoekIndex(),
            QStringLiteral("@LAATSTE_MEETMOMENT_NIEUW@"),
            QStringLiteral("@LAATSTE_MEETMOMENT_GEWIJZIGD@"),
            QStringLiteral("@LAATSTE_MEETMOMENT_WEG@")}};
}

} // namespace dw
