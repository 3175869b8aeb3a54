#include "migrations.h"

#include "auditlog.h"
#include "auditretention.h"

#include "database.h"
#include "transactionguard.h"

#include <QDateTime>
#include <QSqlQuery>

namespace dw {

namespace {

const QString levensgebiedCheck = QStringLiteral(
    "('financien','wonen','tijdsbesteding','opvoeding','lichamelijke_gezondheid','geestelijke_gezondheid',"
    "'onderwijs','veiligheid')");

QString withLevensgebieden(QString sql)
{
    return sql.replace(QStringLiteral("@LEVENSGEBIEDEN@"), levensgebiedCheck);
}

Migration initialSchema()
{
    return {1,
        QStringLiteral("inwoners, meetmomenten, metingen met afgeleide cijfers, plannen, audit"),
        {QStringLiteral("CREATE TABLE schema_migratie ("
                        " versie INTEGER PRIMARY KEY, naam TEXT NOT NULL, toegepast_op TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE inwoner ("
                           " id INTEGER PRIMARY KEY,"
                           " ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),"
                           " naam TEXT NOT NULL CHECK (length(trim(naam)) > 0),"
                           " geboortedatum TEXT NOT NULL CHECK (date(geboortedatum, '+0 days') IS geboortedatum),"
                           " gemeente TEXT NOT NULL CHECK (length(trim(gemeente)) > 0),"
                           " contact TEXT NOT NULL DEFAULT '',"
                           " professional TEXT NOT NULL DEFAULT '',"
                           " rij_versie INTEGER NOT NULL DEFAULT 1 CHECK (rij_versie >= 1))"),
            QStringLiteral("CREATE INDEX inwoner_naam ON inwoner (naam, id)"),
            QStringLiteral("CREATE INDEX inwoner_gemeente ON inwoner (gemeente, naam, id)"),
            QStringLiteral("CREATE TABLE meetmoment ("
                           " id INTEGER PRIMARY KEY,"
                           " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                           " datum TEXT NOT NULL CHECK (date(datum, '+0 days') IS datum),"
                           " volgnummer INTEGER NOT NULL CHECK (volgnummer >= 1),"
                           " UNIQUE (inwoner_id, volgnummer))"),
            // The derived figures are stored with the meting (DESIGN.md "Scale"): reports aggregate these
            // rows, not the answers. inwoner_id and meetmoment_nr repeat the meetmoment's for the same reason.
            QStringLiteral("CREATE TABLE meting ("
                           " id INTEGER PRIMARY KEY,"
                           " meetmoment_id INTEGER NOT NULL REFERENCES meetmoment (id) ON DELETE CASCADE,"
                           " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                           " meetmoment_nr INTEGER NOT NULL CHECK (meetmoment_nr >= 1),"
                           " perspectief TEXT NOT NULL CHECK (perspectief IN ('inwoner', 'professional')),"
                           " instrument TEXT NOT NULL CHECK (length(instrument) > 0),"
                           " competenties REAL CHECK (competenties BETWEEN 1 AND 5),"
                           " sociaal_kapitaal REAL CHECK (sociaal_kapitaal BETWEEN 1 AND 5),"
                           " competenties_beantwoord INTEGER NOT NULL CHECK (competenties_beantwoord >= 0),"
                           " sociaal_kapitaal_beantwoord INTEGER NOT NULL CHECK (sociaal_kapitaal_beantwoord >= 0),"
                           " kwadrant TEXT CHECK (kwadrant IN"
                           "  ('zwak', 'enkel_competenties', 'enkel_sociaal_kapitaal', 'dubbel')),"
                           " probleemgebieden INTEGER NOT NULL CHECK (probleemgebieden BETWEEN 0 AND 8),"
                           " UNIQUE (meetmoment_id, perspectief))"),
            QStringLiteral("CREATE INDEX meting_inwoner ON meting (inwoner_id, perspectief, meetmoment_nr)"),
            QStringLiteral("CREATE TABLE antwoord ("
                           " meting_id INTEGER NOT NULL REFERENCES meting (id) ON DELETE CASCADE,"
                           " item TEXT NOT NULL,"
                           " waarde INTEGER NOT NULL CHECK (waarde BETWEEN 1 AND 5),"
                           " PRIMARY KEY (meting_id, item)) WITHOUT ROWID"),
            withLevensgebieden(QStringLiteral("CREATE TABLE draaglast ("
                                              " meting_id INTEGER NOT NULL REFERENCES meting (id) ON DELETE CASCADE,"
                                              " levensgebied TEXT NOT NULL CHECK (levensgebied IN @LEVENSGEBIEDEN@),"
                                              " niveau INTEGER CHECK (niveau IN (0, 1, 2)),"
                                              " PRIMARY KEY (meting_id, levensgebied)) WITHOUT ROWID")),
            QStringLiteral("CREATE TABLE plan ("
                           " id INTEGER PRIMARY KEY,"
                           " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                           " versie INTEGER NOT NULL CHECK (versie >= 1),"
                           " datum TEXT NOT NULL CHECK (date(datum, '+0 days') IS datum),"
                           " hulpvraag TEXT NOT NULL DEFAULT '',"
                           " draaglast_bepaald TEXT NOT NULL DEFAULT '',"
                           " draagkracht_bepaald TEXT NOT NULL DEFAULT '',"
                           " inwoner_eens TEXT CHECK (inwoner_eens IN ('eens', 'deels', 'oneens')),"
                           " visie_toelichting TEXT NOT NULL DEFAULT '',"
                           " verschil_besproken INTEGER NOT NULL DEFAULT 0 CHECK (verschil_besproken IN (0, 1)),"
                           " UNIQUE (inwoner_id, versie))"),
            withLevensgebieden(QStringLiteral(
                "CREATE TABLE doel ("
                " id INTEGER PRIMARY KEY,"
                " plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
                " nummer INTEGER NOT NULL CHECK (nummer >= 1),"
                " omschrijving TEXT NOT NULL CHECK (length(trim(omschrijving)) > 0),"
                " horizon TEXT CHECK (horizon IS NULL OR date(horizon, '+0 days') IS horizon),"
                " wat TEXT NOT NULL DEFAULT '', hoe TEXT NOT NULL DEFAULT '', met_wie TEXT NOT NULL DEFAULT '',"
                " levensgebied TEXT CHECK (levensgebied IS NULL OR levensgebied IN @LEVENSGEBIEDEN@),"
                " component TEXT CHECK (component IS NULL OR component IN ('competenties', 'sociaal_kapitaal')),"
                " uitkomst TEXT CHECK (uitkomst IS NULL OR uitkomst IN ('bereikt', 'deels', 'niet')),"
                " uitkomst_datum TEXT CHECK (uitkomst_datum IS NULL OR date(uitkomst_datum, '+0 days') IS "
                "uitkomst_datum),"
                " UNIQUE (plan_id, nummer))")),
            QStringLiteral("CREATE TABLE interventie ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
                           " nummer INTEGER NOT NULL CHECK (nummer >= 1),"
                           " type TEXT NOT NULL CHECK (type IN ('draaglast_verminderen', 'competenties_versterken',"
                           "  'netwerk_versterken', 'netwerkcompetentie_versterken', 'voorliggend_veld_benutten',"
                           "  'vertrouwen_versterken')),"
                           " omschrijving TEXT NOT NULL CHECK (length(trim(omschrijving)) > 0),"
                           " doel_nummer INTEGER,"
                           " wie TEXT NOT NULL DEFAULT '',"
                           " wanneer TEXT CHECK (wanneer IS NULL OR date(wanneer, '+0 days') IS wanneer),"
                           " UNIQUE (plan_id, nummer),"
                           " FOREIGN KEY (plan_id, doel_nummer) REFERENCES doel (plan_id, nummer))"),
            QStringLiteral("CREATE TABLE afspraak ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
                           " nummer INTEGER NOT NULL CHECK (nummer >= 1),"
                           " omschrijving TEXT NOT NULL CHECK (length(trim(omschrijving)) > 0),"
                           " wie TEXT NOT NULL DEFAULT '',"
                           " wanneer TEXT CHECK (wanneer IS NULL OR date(wanneer, '+0 days') IS wanneer),"
                           " UNIQUE (plan_id, nummer))"),
            // Who did what with which dossier, and when. Ids only: never names or answers.
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " tijdstip TEXT NOT NULL,"
                           " gebruiker TEXT NOT NULL,"
                           " actie TEXT NOT NULL,"
                           " inwoner_id INTEGER,"
                           " details TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_inwoner ON audit (inwoner_id)")}};
}

Migration cohortFigures()
{
    // report cohort at 100,000 inwoners: (1) a covering index lets SQLite group 600,000 metingen by perspective,
    // meetmoment and quadrant from the index alone (1.1 s -> 0.16 s); (2) both quadrants of a meetmoment are kept
    // on the meetmoment itself, so the kappa table is one scan of a narrow index instead of a self-join of meting
    // (0.7 s -> under 0.1 s). MetingRepository keeps them equal to the metingen; verify checks that.
    const QString kwadrantCheck
        = QStringLiteral("CHECK (%1 IN ('zwak', 'enkel_competenties', 'enkel_sociaal_kapitaal', 'dubbel'))");
    return {2,
        QStringLiteral("cohortrapportage: covering index en kwadranten per meetmoment"),
        {QStringLiteral("CREATE INDEX meting_cohort ON meting (perspectief, meetmoment_nr, kwadrant, competenties, "
                        "sociaal_kapitaal, probleemgebieden)"),
            QStringLiteral("ALTER TABLE meetmoment ADD COLUMN kwadrant_inwoner TEXT ")
                + kwadrantCheck.arg(QStringLiteral("kwadrant_inwoner")),
            QStringLiteral("ALTER TABLE meetmoment ADD COLUMN kwadrant_professional TEXT ")
                + kwadrantCheck.arg(QStringLiteral("kwadrant_professional")),
            QStringLiteral(
                "UPDATE meetmoment SET"
                " kwadrant_inwoner = (SELECT kwadrant FROM meting m WHERE m.meetmoment_id = meetmoment.id"
                "  AND m.perspectief = 'inwoner'),"
                " kwadrant_professional = (SELECT kwadrant FROM meting m WHERE m.meetmoment_id = meetmoment.id"
                "  AND m.perspectief = 'professional')"),
            QStringLiteral("CREATE INDEX meetmoment_kwadranten ON meetmoment (volgnummer, kwadrant_inwoner, "
                           "kwadrant_professional)")}};
}

Migration socialeKaart()
{
    // The beheerder's list of local services; the plan editor suggests them next to the interventie types.
    return {3,
        QStringLiteral("sociale kaart: voorzieningen"),
        {withLevensgebieden(
            QStringLiteral("CREATE TABLE voorziening ("
                           " id INTEGER PRIMARY KEY,"
                           " naam TEXT NOT NULL CHECK (length(trim(naam)) > 0),"
                           " type TEXT NOT NULL CHECK (type IN ('draaglast_verminderen', 'competenties_versterken',"
                           "  'netwerk_versterken', 'netwerkcompetentie_versterken', 'voorliggend_veld_benutten',"
                           "  'vertrouwen_versterken')),"
                           " levensgebied TEXT CHECK (levensgebied IS NULL OR levensgebied IN @LEVENSGEBIEDEN@),"
                           " gemeente TEXT NOT NULL DEFAULT '',"
                           " contact TEXT NOT NULL DEFAULT '')"))}};
}

Migration pairsIndex()
{
    // report cohort's first/last pairs read four figures of two metingen per inwoner. With the figures in the
    // index the pairs come from the index alone (0.51 s -> 0.41 s at 100,000 inwoners); the index has the same
    // leading columns as meting_inwoner, which it replaces, so every lookup that used that one still can.
    return {4,
        QStringLiteral("cohortrapportage: covering index voor eerste/laatste paren"),
        {QStringLiteral("CREATE INDEX meting_paar ON meting (inwoner_id, perspectief, meetmoment_nr, competenties, "
                        "sociaal_kapitaal, probleemgebieden, kwadrant)"),
            QStringLiteral("DROP INDEX meting_inwoner")}};
}

Migration planIntrekken()
{
    // A vastgelegde versie of a plan is history: it is never deleted, only withdrawn with a date and a reason.
    return {5,
        QStringLiteral("plan: versie intrekken"),
        {QStringLiteral("ALTER TABLE plan ADD COLUMN ingetrokken_op TEXT"
                        " CHECK (ingetrokken_op IS NULL OR date(ingetrokken_op, '+0 days') IS ingetrokken_op)"),
            QStringLiteral("ALTER TABLE plan ADD COLUMN intrek_reden TEXT NOT NULL DEFAULT ''")}};
}

// One migration, in one transaction. Another desk may have run it since this one read the version: inside the
// transaction (under the engine's write or schema lock) the version is read again, and a migration already there
// is skipped.
Migration wijzigingenMelden()
{
    // Team mode: every change of an inwoner, meetmoment (with its metingen) or plan is announced to the other desks
    // (ChangeListener). The statement is the dialect's; a file has no other desks and runs nothing.
    return {6, QStringLiteral("wijzigingen melden aan andere werkplekken"), {QStringLiteral("@WIJZIGINGEN_MELDEN@")}};
}

Migration zoektekst()
{
    // Team mode: the caseload search as one indexed column on the server (postgresdialect.cpp). SQLite keeps
    // searching the three columns, as fast as before.
    return {7, QStringLiteral("zoeken in de caseload op de server"), {QStringLiteral("@ZOEKTEKST@")}};
}

Migration auditKeten()
{
    // NEN 7513: the audit log shows when a row was changed, removed or slipped in afterwards. Every row carries the
    // SHA-256 of the previous row's hash and its own fields (auditlog.h); the rows already there are chained now.
    return {8,
        QStringLiteral("auditlog: hashketen"),
        {QStringLiteral("ALTER TABLE audit ADD COLUMN hash TEXT")},
        [](Database& db) { return AuditLog::chainExistingRows(db); }};
}

Migration auditAlleenToevoegen()
{
    // And nothing may change or remove a row: the engine refuses (triggers on both; on a server the app roles of
    // the accounts issue get INSERT only as well).
    return {9,
        QStringLiteral("auditlog: alleen toevoegen"),
        {QStringLiteral("@AUDIT_NIET_WIJZIGEN@"), QStringLiteral("@AUDIT_NIET_VERWIJDEREN@")}};
}

const QString inwonerProfessionalIndex
    = QStringLiteral("CREATE INDEX inwoner_professional ON inwoner (professional, naam, id)");
const QString inwonerTeamIndex = QStringLiteral("CREATE INDEX inwoner_team ON inwoner (team, naam, id)");
// The active caseload in name order, from the index alone: with the closed dossiers left out by a table lookup
// per row, scrolling to the end of 100,000 inwoners took 46 ms instead of 7 (docs/performance.md).
const QString inwonerOpenIndex
    = QStringLiteral("CREATE INDEX inwoner_naam_open ON inwoner (naam, id) WHERE afgesloten_op IS NULL");

Migration accounts()
{
    // Issue 14: who is working. An account holds one or more roles and belongs to a team; an inwoner belongs to a
    // professional and a team. On a desk the password hash (Argon2id, libsodium's own string) is here; on a team
    // server it is the server's (docs/teammode.md) and the column stays empty. Every audit row now says with which
    // role, from which werkplek and with what outcome.
    return {10,
        QStringLiteral("accounts, rollen en teams; auditlog met rol, werkplek en uitkomst"),
        {QStringLiteral("CREATE TABLE account ("
                        " id INTEGER PRIMARY KEY,"
                        " naam TEXT NOT NULL UNIQUE CHECK (length(trim(naam)) BETWEEN 1 AND 64),"
                        " wachtwoord_hash TEXT,"
                        " rollen TEXT NOT NULL CHECK (length(rollen) > 0),"
                        " team TEXT NOT NULL DEFAULT '',"
                        " geblokkeerd INTEGER NOT NULL DEFAULT 0 CHECK (geblokkeerd IN (0, 1)),"
                        " mislukte_pogingen INTEGER NOT NULL DEFAULT 0 CHECK (mislukte_pogingen >= 0),"
                        " vergrendeld_tot TEXT,"
                        " moet_wijzigen INTEGER NOT NULL DEFAULT 0 CHECK (moet_wijzigen IN (0, 1)),"
                        " aangemaakt_op TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN team TEXT NOT NULL DEFAULT ''"),
            inwonerProfessionalIndex,
            inwonerTeamIndex,
            QStringLiteral("ALTER TABLE audit ADD COLUMN rol TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN werkplek TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN uitkomst TEXT NOT NULL DEFAULT ''"),
            // The audit viewer filters by user and by period over millions of rows.
            QStringLiteral("CREATE INDEX audit_gebruiker ON audit (gebruiker, id)"),
            QStringLiteral("CREATE INDEX audit_tijdstip ON audit (tijdstip, id)")}};
}

Migration serverRechten()
{
    // Team mode: the server enforces the roles itself, for the app, the CLI and psql alike: a login per account,
    // GRANTs per role and row-level security (serverrights.cpp). A desk has one user at a time: nothing more.
    // Whose inwoner is whose (no name, no content) stays readable for everyone through a view: the access checks
    // say "hoort bij M. Jansen", and the beheerder's audit viewer shows refs.
    return {11,
        QStringLiteral("teamserver: serverlogins, rechten per rol en row-level security"),
        {QStringLiteral("CREATE VIEW inwoner_toewijzing AS SELECT id, ref, professional, team FROM inwoner"),
            QStringLiteral("@SERVERRECHTEN@")}};
}

Migration levenscyclus()
{
    // Issue 15 (AVG): a dossier is closed and reopened, anonymised after its bewaartermijn, and a registration by
    // mistake may be deleted by whoever made it within 30 days (so the registration's date and author are kept; for
    // older inwoners they come from the audit log). The bewaartermijn is the organisation's, so it lives in the
    // database, not in someone's QSettings. The beheerder's bewaartermijn list needs the closing dates without the
    // dossiers' content: inwoner_toewijzing shows them.
    const QString afsluitredenen
        = QStringLiteral("('doelen-bereikt', 'verhuisd', 'overleden', 'elders-geholpen', 'eigen-verzoek', 'anders')");
    return {12,
        QStringLiteral("dossier afsluiten, heropenen, anonimiseren; bewaartermijn; correcties"),
        {QStringLiteral("ALTER TABLE inwoner ADD COLUMN afgesloten_op TEXT"
                        " CHECK (afgesloten_op IS NULL OR date(afgesloten_op, '+0 days') IS afgesloten_op)"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN afsluitreden TEXT"
                           " CHECK (afsluitreden IS NULL OR afsluitreden IN %1)")
                .arg(afsluitredenen),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN afsluit_toelichting TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN aangemaakt_op TEXT"
                           " CHECK (aangemaakt_op IS NULL OR date(aangemaakt_op, '+0 days') IS aangemaakt_op)"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN aangemaakt_door TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE inwoner ADD COLUMN geanonimiseerd_op TEXT"
                           " CHECK (geanonimiseerd_op IS NULL OR date(geanonimiseerd_op, '+0 days') IS "
                           "geanonimiseerd_op)"),
            QStringLiteral("UPDATE inwoner SET"
                           " aangemaakt_op = (SELECT substr(min(a.tijdstip), 1, 10) FROM audit a"
                           "  WHERE a.inwoner_id = inwoner.id AND a.actie = 'inwoner aangemaakt'),"
                           " aangemaakt_door = coalesce((SELECT a.gebruiker FROM audit a"
                           "  WHERE a.inwoner_id = inwoner.id AND a.actie = 'inwoner aangemaakt'"
                           "  ORDER BY a.id LIMIT 1), '')"
                           " WHERE id IN (SELECT inwoner_id FROM audit WHERE actie = 'inwoner aangemaakt')"),
            inwonerOpenIndex,
            QStringLiteral("CREATE TABLE instelling (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL)"),
            // A correction on the inwoner's request (AVG art. 16): the earlier value, for the beheerder's audit
            // viewer, not the dossier. Not in the audit table itself, which is append-only and would then keep a
            // name that anonymising must remove; audit_id ties it to its audit row.
            QStringLiteral("CREATE TABLE correctie ("
                           " id INTEGER PRIMARY KEY,"
                           " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                           " audit_id INTEGER NOT NULL,"
                           " wat TEXT NOT NULL,"
                           " oude_waarde TEXT NOT NULL,"
                           " toelichting TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX correctie_audit ON correctie (audit_id)"),
            QStringLiteral("CREATE INDEX correctie_inwoner ON correctie (inwoner_id)"),
            QStringLiteral("DROP VIEW inwoner_toewijzing"),
            QStringLiteral("CREATE VIEW inwoner_toewijzing AS"
                           " SELECT id, ref, professional, team, afgesloten_op, geanonimiseerd_op FROM inwoner"),
            QStringLiteral("@ANONIMISEREN@")}};
}

Migration auditBewaren()
{
    // Issue 14: on whose behalf (NEN 7513 "namens"), and how long the log is kept (a setting, at least 5 years).
    // A clean-up removes only the oldest rows behind an anchor that keeps the chain's hash (AuditRetention); the
    // engines' rules for that come from AuditRetention::installRules.
    return {13,
        QStringLiteral("auditlog: namens, bewaartermijn en opschonen"),
        {QStringLiteral("ALTER TABLE audit ADD COLUMN namens TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE audit_anker ("
                           " id INTEGER PRIMARY KEY,"
                           " tot_id INTEGER NOT NULL UNIQUE,"
                           " hash TEXT NOT NULL,"
                           " grens TEXT NOT NULL,"
                           " tijdstip TEXT NOT NULL,"
                           " gebruiker TEXT NOT NULL,"
                           " aantal INTEGER NOT NULL CHECK (aantal > 0))")},
        [](Database& db) { return AuditRetention::installRules(db); }};
}

Migration zoekindex()
{
    // Issue 16: the caseload search by a trigram index instead of a scan, on SQLite as on the server (migration 7).
    // The statements are the SQLite dialect's (dialect.cpp); the server has its index already and runs nothing.
    return {14,
        QStringLiteral("zoekindex voor de caseload"),
        {QStringLiteral("@ZOEKINDEX_KOLOM@"),
            QStringLiteral("@ZOEKINDEX_TABEL@"),
            QStringLiteral("@ZOEKINDEX_VULLEN@"),
            QStringLiteral("@ZOEKINDEX_NIEUW@"),
            QStringLiteral("@ZOEKINDEX_GEWIJZIGD@"),
            QStringLiteral("@ZOEKINDEX_WEG@")}};
}

Migration interventiePartner()
{
    // Issue 17: an interventie names the partner organisation (a voorziening of the sociale kaart) that carries it
    // out, for the partnerversie of the plan. An organisation's name, not personal data: anonymising keeps it.
    return {15,
        QStringLiteral("interventie: partnerorganisatie"),
        {QStringLiteral("ALTER TABLE interventie ADD COLUMN partner TEXT NOT NULL DEFAULT ''")}};
}

const QString journaalIndex = QStringLiteral("CREATE INDEX journaal_inwoner ON journaal (inwoner_id, datum, id)");

Migration journaal()
{
    // Issue 17: the journal of a dossier, what happened between two meetmomenten. Its links to a doel and a
    // meetmoment are numbers (the doel in the newest plan versie, the meetmoment's volgnummer), as in draagwijzer/1.
    // On a team server it gets the rules of the other dossier tables (@JOURNAAL_SERVER@, serverrights.cpp).
    return {16,
        QStringLiteral("journaal per dossier"),
        {withLevensgebieden(QStringLiteral(
             "CREATE TABLE journaal ("
             " id INTEGER PRIMARY KEY,"
             " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
             " datum TEXT NOT NULL CHECK (date(datum, '+0 days') IS datum),"
             " soort TEXT NOT NULL CHECK (soort IN ('gesprek', 'huisbezoek', 'telefonisch', 'overleg', 'anders')),"
             " duur_minuten INTEGER NOT NULL DEFAULT 0 CHECK (duur_minuten BETWEEN 0 AND 1440),"
             " tekst TEXT NOT NULL CHECK (length(trim(tekst)) > 0),"
             " aard TEXT NOT NULL CHECK (aard IN ('feit', 'aanname')),"
             " levensgebied TEXT CHECK (levensgebied IS NULL OR levensgebied IN @LEVENSGEBIEDEN@),"
             " doel_nummer INTEGER CHECK (doel_nummer IS NULL OR doel_nummer >= 1),"
             " meetmoment_nr INTEGER CHECK (meetmoment_nr IS NULL OR meetmoment_nr >= 1))")),
            journaalIndex,
            QStringLiteral("@JOURNAAL_SERVER@")}};
}

Migration zelfIngevuld()
{
    // Issue 17, samen invullen: the inwoner filled in their own questionnaire on the professional's screen, and how
    // long it took. Only the inwoner's perspective can be.
    return {17,
        QStringLiteral("meting: zelf ingevuld door de inwoner"),
        {QStringLiteral("ALTER TABLE meting ADD COLUMN zelf_ingevuld INTEGER NOT NULL DEFAULT 0"
                        " CHECK (zelf_ingevuld = 0 OR (zelf_ingevuld = 1 AND perspectief = 'inwoner'))"),
            QStringLiteral("ALTER TABLE meting ADD COLUMN invulduur_seconden INTEGER"
                           " CHECK (invulduur_seconden IS NULL OR invulduur_seconden BETWEEN 0 AND 86400)")}};
}

Migration herinneringen()
{
    // Issue 17: what the professional did with a reminder (done, or moved with a reason). The reminders themselves
    // are computed from the dossier (core/herinneringen.h). On a team server like the journal (serverrights.cpp).
    return {18,
        QStringLiteral("herinneringen: gedaan of verzet"),
        {QStringLiteral("CREATE TABLE herinnering ("
                        " id INTEGER PRIMARY KEY,"
                        " inwoner_id INTEGER NOT NULL REFERENCES inwoner (id) ON DELETE CASCADE,"
                        " sleutel TEXT NOT NULL CHECK (length(sleutel) BETWEEN 1 AND 64),"
                        " gedaan INTEGER NOT NULL DEFAULT 0 CHECK (gedaan IN (0, 1)),"
                        " verzet_naar TEXT CHECK (verzet_naar IS NULL OR date(verzet_naar, '+0 days') IS verzet_naar),"
                        " reden TEXT NOT NULL DEFAULT '',"
                        " gewijzigd_op TEXT NOT NULL CHECK (date(gewijzigd_op, '+0 days') IS gewijzigd_op),"
                        " gewijzigd_door TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (inwoner_id, sleutel))"),
            QStringLiteral("@HERINNERING_SERVER@")}};
}

Status apply(Database& db, const Migration& m)
{
    const Dialect& dialect = db.dialect();
    TransactionGuard tx(db);
    QSqlQuery q(db.connection());
    if (db.schemaVersion() >= m.version)
        return tx.commit();
    QStringList statements = m.version == 1 ? dialect.schemaPrelude() : QStringList();
    for (const QString& sql : m.statements)
        statements << dialect.ddl(sql);
    statements.removeAll(QString()); // what this engine does not need
    for (const QString& sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return Error::failure(QStringLiteral("migratie %1 mislukt: %2").arg(m.version).arg(sqlError(q)));
    }
    if (m.after) {
        const Status done = m.after(db);
        if (!done.ok())
            return Error::failure(QStringLiteral("migratie %1 mislukt: %2").arg(m.version).arg(done.errorMessage()));
    }
    q.prepare(QStringLiteral("INSERT INTO schema_migratie (versie, naam, toegepast_op) VALUES (?, ?, ?)"));
    q.addBindValue(m.version);
    q.addBindValue(m.name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QString setVersion = dialect.setSchemaVersion(m.version);
    if (!q.exec() || (!setVersion.isEmpty() && !q.exec(setVersion)))
        return Error::failure(QStringLiteral("migratie %1 mislukt: %2").arg(m.version).arg(sqlError(q)));
    return tx.commit();
}

} // namespace

const QVector<Migrations::SecondaryIndex>& Migrations::secondaryIndexes()
{
    // The same statements as in the migrations above (which stay as they were run); database_test checks that
    // the schema holds exactly these.
    static const QVector<SecondaryIndex> list {
        {QStringLiteral("inwoner_naam"), QStringLiteral("CREATE INDEX inwoner_naam ON inwoner (naam, id)")},
        {QStringLiteral("inwoner_gemeente"),
            QStringLiteral("CREATE INDEX inwoner_gemeente ON inwoner (gemeente, naam, id)")},
        {QStringLiteral("meting_paar"),
            QStringLiteral("CREATE INDEX meting_paar ON meting (inwoner_id, perspectief, meetmoment_nr, competenties, "
                           "sociaal_kapitaal, probleemgebieden, kwadrant)")},
        {QStringLiteral("meting_cohort"),
            QStringLiteral("CREATE INDEX meting_cohort ON meting (perspectief, meetmoment_nr, kwadrant, competenties, "
                           "sociaal_kapitaal, probleemgebieden)")},
        {QStringLiteral("meetmoment_kwadranten"),
            QStringLiteral("CREATE INDEX meetmoment_kwadranten ON meetmoment (volgnummer, kwadrant_inwoner, "
                           "kwadrant_professional)")},
        {QStringLiteral("inwoner_professional"), inwonerProfessionalIndex},
        {QStringLiteral("inwoner_team"), inwonerTeamIndex},
        {QStringLiteral("inwoner_naam_open"), inwonerOpenIndex},
        {QStringLiteral("journaal_inwoner"), journaalIndex},
        {QStringLiteral("inwoner_bsn"), inwonerBsnIndex()},
        {QStringLiteral("inwoner_postcode"), inwonerPostcodeIndex()},
        {QStringLiteral("inwoner_geboortedatum"), inwonerGeboortedatumIndex()},
    };
    return list;
}

const QVector<Migration>& Migrations::all()
{
    static const QVector<Migration> list {initialSchema(),
        cohortFigures(),
        socialeKaart(),
        pairsIndex(),
        planIntrekken(),
        wijzigingenMelden(),
        zoektekst(),
        auditKeten(),
        auditAlleenToevoegen(),
        accounts(),
        serverRechten(),
        levenscyclus(),
        auditBewaren(),
        zoekindex(),
        interventiePartner(),
        journaal(),
        zelfIngevuld(),
        herinneringen(),
        inwonerGegevensMigratie(),
        voorzieningGemeenteMigratie(),
        bijlagenMigratie(),
        antwoordenMigratie(),
        laatsteMeetmomentMigratie()};
    return list;
}

int Migrations::currentVersion()
{
    return all().constLast().version;
}

Status Migrations::migrate(Database& db)
{
    return migrateTo(db, currentVersion());
}

Status Migrations::migrateTo(Database& db, int version)
{
    const int stored = db.schemaVersion();
    if (stored > currentVersion())
        return Error::badInput(QStringLiteral("de database heeft schemaversie %1; dit programma kent tot en met %2. "
                                              "Gebruik een nieuwere Draagwijzer.")
                                   .arg(stored)
                                   .arg(currentVersion()));
    if (stored >= version)
        return {};
    QSqlQuery lock(db.connection());
    const QString lockSql = db.dialect().lockSchema();
    if (!lockSql.isEmpty() && !lock.exec(lockSql))
        return sqlerror::statementFailed(lock, QStringLiteral("het schema kan niet worden bijgewerkt"));
    Status result;
    for (const Migration& m : all()) {
        if (m.version <= stored || m.version > version)
            continue;
        result = apply(db, m);
        if (!result.ok())
            break;
    }
    if (!lockSql.isEmpty())
        lock.exec(db.dialect().unlockSchema());
    return result;
}

} // namespace dw
