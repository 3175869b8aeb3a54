#include "serverrights.h"

#include "auditretention.h"
#include "dossierlifecycle.h"

namespace dw {

namespace {

QString childPolicies()
{
    // Everything else follows its inwoner: through inwoner_id, or the meting or plan it belongs to.
    const struct
    {
        const char* table;
        const char* inwoner;
    } children[] = {{"meetmoment", "inwoner_id"},
        {"meting", "inwoner_id"},
        {"plan", "inwoner_id"},
        {"antwoord", "dw_meting_inwoner(meting_id)"},
        {"draaglast", "dw_meting_inwoner(meting_id)"},
        {"doel", "dw_plan_inwoner(plan_id)"},
        {"interventie", "dw_plan_inwoner(plan_id)"},
        {"afspraak", "dw_plan_inwoner(plan_id)"}};
    QString sql;
    for (const auto& c : children) {
        const QString table = QLatin1String(c.table);
        const QString inwoner = QLatin1String(c.inwoner);
        sql += QStringLiteral("CREATE POLICY zien ON %1 FOR SELECT USING (dw_inwoner_zichtbaar(%2));\n"
                              "CREATE POLICY opnemen ON %1 FOR INSERT WITH CHECK (dw_inwoner_wijzigbaar(%2));\n"
                              "CREATE POLICY wijzigen ON %1 FOR UPDATE USING (dw_inwoner_wijzigbaar(%2));\n"
                              "CREATE POLICY verwijderen ON %1 FOR DELETE USING (dw_inwoner_wijzigbaar(%2));\n")
                   .arg(table, inwoner);
    }
    return sql;
}

// Migration 13: the same rules as dw_mag_zien and dw_mag_wijzigen, but asked once per statement instead of once per
// row. A SECURITY DEFINER function of the row cannot be inlined, so the policies of migration 11 ran a query on
// `account` for every inwoner a statement touched: a professional's keystroke in the caseload took 0.7-1.2 s at
// 100,000 inwoners instead of 11-22 ms (docs/performance.md). The session's own name and team are now scalar
// subqueries (InitPlans, evaluated once) compared with the row's columns, which the indexes on professional and
// team can use; the rows of the other tables follow their inwoner, meting or plan through the same policies, with an
// EXISTS that is one index probe per row for a page (the caseload's last meetmoment: 340 -> 33 ms) and a hashed
// subplan for a whole table (a report). The partial index lets the caseload's count read the index alone: the
// policy's columns are in it (39 -> 8 ms for a professional's 16,668 inwoners).
QString policiesEvaluatedOnce()
{
    QString sql = QStringLiteral(R"sql(
CREATE FUNCTION dw_sessie_account(p_rol text) RETURNS TABLE (naam text, team text) LANGUAGE sql STABLE
SECURITY DEFINER AS
$f$ SELECT a.naam, a.team FROM account a
    WHERE dw_serverrol(a.naam) = session_user AND a.geblokkeerd = 0 AND dw_heeft_rol(a.rollen, p_rol) $f$;
-- The login's own name, when it is a professional: their inwoners.
CREATE FUNCTION dw_sessie_professional() RETURNS text LANGUAGE sql STABLE AS
$f$ SELECT naam FROM dw_sessie_account('professional') $f$;
-- The team the login leads, when it is a teamleider of one team.
CREATE FUNCTION dw_sessie_leider_team() RETURNS text LANGUAGE sql STABLE AS
$f$ SELECT team FROM dw_sessie_account('teamleider') WHERE team <> '' $f$;
-- A teamleider without a team leads the whole desk; as a professional too, they change every dossier.
CREATE FUNCTION dw_sessie_ziet_alles() RETURNS boolean LANGUAGE sql STABLE AS
$f$ SELECT EXISTS (SELECT 1 FROM dw_sessie_account('teamleider') WHERE team = '') $f$;
CREATE FUNCTION dw_sessie_wijzigt_alles() RETURNS boolean LANGUAGE sql STABLE AS
$f$ SELECT dw_sessie_ziet_alles() AND dw_sessie_professional() IS NOT NULL $f$;

CREATE INDEX inwoner_rls_open ON inwoner (professional, team, naam, id) WHERE afgesloten_op IS NULL;

DROP POLICY zien ON inwoner;
CREATE POLICY zien ON inwoner FOR SELECT USING (professional = (SELECT dw_sessie_professional())
  OR team = (SELECT dw_sessie_leider_team()) OR (SELECT dw_sessie_ziet_alles()));
DROP POLICY wijzigen ON inwoner;
CREATE POLICY wijzigen ON inwoner FOR UPDATE
  USING (professional = (SELECT dw_sessie_professional()) OR (SELECT dw_sessie_wijzigt_alles()))
  WITH CHECK (dw_mag_overnemen(professional));
DROP POLICY verwijderen ON inwoner;
CREATE POLICY verwijderen ON inwoner FOR DELETE
  USING (professional = (SELECT dw_sessie_professional()) OR (SELECT dw_sessie_wijzigt_alles()));
)sql");
    const struct
    {
        const char* table;
        const char* parent;
    } children[] = {{"meetmoment", "inwoner w WHERE w.id = inwoner_id"},
        {"meting", "inwoner w WHERE w.id = inwoner_id"},
        {"plan", "inwoner w WHERE w.id = inwoner_id"},
        {"antwoord", "meting w WHERE w.id = meting_id"},
        {"draaglast", "meting w WHERE w.id = meting_id"},
        {"doel", "plan w WHERE w.id = plan_id"},
        {"interventie", "plan w WHERE w.id = plan_id"},
        {"afspraak", "plan w WHERE w.id = plan_id"}};
    for (const auto& c : children)
        sql += QStringLiteral(
            "DROP POLICY zien ON %1;\nCREATE POLICY zien ON %1 FOR SELECT USING (EXISTS (SELECT 1 FROM %2));\n")
                   .arg(QLatin1String(c.table), QLatin1String(c.parent));
    return sql;
}

} // namespace

// Migration 11 on PostgreSQL. The server itself enforces the roles of an account (issue 14): what someone may read
// or change no longer depends on the program they connect with, psql included.
//
// - Every account is a server login (SCRAM-SHA-256) named after the account; for a team in a schema of its own the
//   name starts with the schema ("wijk_noord.M. Jansen"), so that two teams on one cluster never share a login.
// - Three group roles (draagwijzer_professional, _teamleider, _beheerder, with the same prefix) hold the GRANTs; a
//   login is a member of the groups of its account's roles.
// - Row-level security on every table with inwoner data applies Sessie::kanZien and kanWijzigen (core/account.h)
//   to the login's own account: a professional reads and writes their own inwoners, a teamleider reads the team's,
//   a beheerder reads none (their lists are empty). The view inwoner_toewijzing (migration 11) shows everyone
//   whose inwoner is whose, by ref, without a name or content.
// - The audit log: INSERT for everyone (plus the id and hash of the rows, to chain a new one), SELECT for a
//   beheerder, UPDATE and DELETE for no one (and the trigger of migration 9 stays).
// - Making, blocking and changing logins goes through SECURITY DEFINER functions of the schema's owner, which
//   needs CREATEROLE; they check that the caller is a beheerder (or the owner).
//
// The owner of the tables (the team role of docs/teammode.md) bypasses row-level security, as the table owner
// does in PostgreSQL: it is for the IT beheerder's migrations and backups, never for a person.
QString postgresServerRights()
{
    return QStringLiteral(R"sql(
DO $$
DECLARE
  schema text := current_schema();
  prefix text := CASE WHEN current_schema() = 'public' THEN '' ELSE current_schema() || '.' END;
BEGIN
  IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'de rol % mag geen serverlogins maken; geef haar CREATEROLE (docs/teammode.md)', current_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  EXECUTE format('CREATE FUNCTION dw_serverrol(naam text) RETURNS text LANGUAGE sql IMMUTABLE AS %L',
                 format('SELECT %L || naam', prefix));
END $$;

CREATE FUNCTION dw_groep(rol text) RETURNS text LANGUAGE sql IMMUTABLE AS
$f$ SELECT dw_serverrol('draagwijzer_' || rol) $f$;

CREATE FUNCTION dw_heeft_rol(rollen text, rol text) RETURNS boolean LANGUAGE sql IMMUTABLE AS
$f$ SELECT rol = ANY (string_to_array(rollen, ',')) $f$;

-- Sessie::kanZien for the account of this login.
CREATE FUNCTION dw_mag_zien(p_professional text, p_team text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS
$f$ SELECT coalesce(bool_or(
      (dw_heeft_rol(a.rollen, 'teamleider') AND (a.team = '' OR a.team = p_team))
      OR (dw_heeft_rol(a.rollen, 'professional') AND a.naam = p_professional)), false)
    FROM account a WHERE dw_serverrol(a.naam) = session_user AND a.geblokkeerd = 0 $f$;

-- Sessie::kanWijzigen.
CREATE FUNCTION dw_mag_wijzigen(p_professional text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS
$f$ SELECT coalesce(bool_or(dw_heeft_rol(a.rollen, 'professional')
      AND (a.naam = p_professional OR (dw_heeft_rol(a.rollen, 'teamleider') AND a.team = ''))), false)
    FROM account a WHERE dw_serverrol(a.naam) = session_user AND a.geblokkeerd = 0 $f$;

-- A hand-over goes to an account with the professional role, or to nobody.
CREATE FUNCTION dw_mag_overnemen(p_professional text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS
$f$ SELECT p_professional = '' OR EXISTS (SELECT 1 FROM account a
      WHERE a.naam = p_professional AND dw_heeft_rol(a.rollen, 'professional')) $f$;

CREATE FUNCTION dw_inwoner_zichtbaar(p_inwoner bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS
$f$ SELECT coalesce((SELECT dw_mag_zien(i.professional, i.team) FROM inwoner i WHERE i.id = p_inwoner), false) $f$;

CREATE FUNCTION dw_inwoner_wijzigbaar(p_inwoner bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS
$f$ SELECT coalesce((SELECT dw_mag_wijzigen(i.professional) FROM inwoner i WHERE i.id = p_inwoner), false) $f$;

CREATE FUNCTION dw_meting_inwoner(p_meting bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $f$ SELECT inwoner_id FROM meting WHERE id = p_meting $f$;

CREATE FUNCTION dw_plan_inwoner(p_plan bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $f$ SELECT inwoner_id FROM plan WHERE id = p_plan $f$;

-- Only a beheerder (or the owner of the schema, making the first account) manages logins.
CREATE FUNCTION dw_vereis_beheerder() RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER AS
$f$ BEGIN
  IF NOT (pg_has_role(session_user, dw_groep('beheerder'), 'MEMBER')
          OR pg_has_role(session_user, current_user, 'MEMBER')) THEN
    RAISE EXCEPTION 'alleen een beheerder beheert serverlogins' USING ERRCODE = 'insufficient_privilege';
  END IF;
END $f$;

-- The groups of a login follow the roles of its account.
CREATE FUNCTION dw_serverlogin_rollen(p_naam text, p_rollen text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS
$f$ DECLARE r text;
BEGIN
  PERFORM dw_vereis_beheerder();
  FOREACH r IN ARRAY ARRAY['professional', 'teamleider', 'beheerder'] LOOP
    IF dw_heeft_rol(p_rollen, r) THEN
      EXECUTE format('GRANT %I TO %I', dw_groep(r), dw_serverrol(p_naam));
    ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                  WHERE g.rolname = dw_groep(r) AND u.rolname = dw_serverrol(p_naam)) THEN
      EXECUTE format('REVOKE %I FROM %I', dw_groep(r), dw_serverrol(p_naam));
    END IF;
  END LOOP;
END $f$;

-- p_wachtwoord is a SCRAM-SHA-256 verifier made by the client (libpq's PQencryptPasswordConn), never the password.
CREATE FUNCTION dw_serverlogin_maken(p_naam text, p_wachtwoord text, p_rollen text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS
$f$ BEGIN
  PERFORM dw_vereis_beheerder();
  IF p_wachtwoord NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'geen SCRAM-verificatiewaarde' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF octet_length(dw_serverrol(p_naam)) > 63 THEN
    RAISE EXCEPTION 'de naam van de serverlogin % is langer dan 63 bytes', dw_serverrol(p_naam)
      USING ERRCODE = 'name_too_long';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = dw_serverrol(p_naam)) THEN
    RAISE EXCEPTION 'de teamserver heeft al een login %', dw_serverrol(p_naam) USING ERRCODE = 'duplicate_object';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', dw_serverrol(p_naam), p_wachtwoord);
  PERFORM dw_serverlogin_rollen(p_naam, p_rollen);
END $f$;

CREATE FUNCTION dw_serverlogin_blokkeren(p_naam text, p_geblokkeerd boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS
$f$ BEGIN
  PERFORM dw_vereis_beheerder();
  EXECUTE format('ALTER ROLE %I %s', dw_serverrol(p_naam), CASE WHEN p_geblokkeerd THEN 'NOLOGIN' ELSE 'LOGIN' END);
END $f$;

CREATE FUNCTION dw_serverlogin_wachtwoord(p_naam text, p_wachtwoord text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS
$f$ BEGIN
  IF dw_serverrol(p_naam) <> session_user THEN
    PERFORM dw_vereis_beheerder();
  END IF;
  IF p_wachtwoord NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'geen SCRAM-verificatiewaarde' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', dw_serverrol(p_naam), p_wachtwoord);
END $f$;

-- A hand-over (overdracht): the inwoner leaves the caseload of whoever hands it over, which the policies would not
-- let an UPDATE do. The same rights: the one handing over may change the inwoner, the receiver is a professional.
CREATE FUNCTION dw_overdragen(p_inwoner bigint, p_naar text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS
$f$ BEGIN
  IF NOT (dw_inwoner_wijzigbaar(p_inwoner) OR pg_has_role(session_user, current_user, 'MEMBER')) THEN
    RAISE EXCEPTION 'alleen de eigen professional draagt een inwoner over' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT dw_mag_overnemen(p_naar) THEN
    RAISE EXCEPTION '% is geen professional', p_naar USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE inwoner SET professional = p_naar,
    team = coalesce((SELECT a.team FROM account a WHERE a.naam = p_naar), team) WHERE id = p_inwoner;
END $f$;

-- A login changes its own password: the account's hash and the must-change flag, nothing else of the row.
CREATE FUNCTION dw_eigen_wachtwoord(p_hash text) RETURNS void LANGUAGE sql SECURITY DEFINER AS
$f$ UPDATE account SET wachtwoord_hash = p_hash, moet_wijzigen = 0 WHERE dw_serverrol(naam) = session_user $f$;

)sql") + postgresServerGrants()
        + QStringLiteral(R"sql(

CREATE POLICY zien ON inwoner FOR SELECT USING (dw_mag_zien(professional, team));
CREATE POLICY opnemen ON inwoner FOR INSERT WITH CHECK (dw_mag_wijzigen(professional));
CREATE POLICY wijzigen ON inwoner FOR UPDATE USING (dw_mag_wijzigen(professional))
  WITH CHECK (dw_mag_overnemen(professional));
CREATE POLICY verwijderen ON inwoner FOR DELETE USING (dw_mag_wijzigen(professional));
)sql") + childPolicies();
}

// The beheerder anonymises a closed dossier without reading it (row-level security shows them no content), so the
// statements run in a function of the schema's owner, which checks the role and the status itself. The statements
// are DossierLifecycle's, the same as on a file. A table they name that is not there yet (the journal before
// migration 16) is no error until the function runs.
static QString anonymiseFunction()
{
    QString body;
    for (QString statement : DossierLifecycle::anonymisationStatements())
        body += statement.replace(QStringLiteral(":inwoner"), QStringLiteral("p_inwoner"))
                    .replace(QStringLiteral(":datum"), QStringLiteral("p_datum"))
            + QStringLiteral(";\n");
    return QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION dw_anonimiseren(p_inwoner bigint, p_datum text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER AS
$f$ BEGIN
  IF NOT (pg_has_role(session_user, dw_groep('beheerder'), 'MEMBER')
          OR pg_has_role(session_user, current_user, 'MEMBER')) THEN
    RAISE EXCEPTION 'alleen een beheerder anonimiseert een dossier' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM inwoner WHERE id = p_inwoner AND afgesloten_op IS NOT NULL
                 AND geanonimiseerd_op IS NULL) THEN
    RAISE EXCEPTION 'alleen een afgesloten dossier wordt geanonimiseerd' USING ERRCODE = 'check_violation';
  END IF;
%1END $f$;
)sql")
        .arg(body);
}

QString postgresLifecycleFunctions()
{
    // Migration 12: dw_anonimiseren (above), the corrections and the inzage's audit rows.
    return anonymiseFunction() + QStringLiteral(R"sql(
-- A correction's earlier value: written with the change by whoever may change the dossier, read by the beheerder.
ALTER TABLE correctie ENABLE ROW LEVEL SECURITY;
CREATE POLICY opnemen ON correctie FOR INSERT WITH CHECK (dw_inwoner_wijzigbaar(inwoner_id));
CREATE POLICY beheerder_leest ON correctie FOR SELECT USING (true);

-- Who saw or changed this dossier, for its inzage (AVG art. 15): for whoever may read the dossier itself.
CREATE FUNCTION dw_inzage_audit(p_inwoner bigint)
RETURNS TABLE (id bigint, tijdstip text, gebruiker text, rol text, actie text, uitkomst text)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS
$f$ BEGIN
  IF NOT (dw_inwoner_zichtbaar(p_inwoner) OR pg_has_role(session_user, current_user, 'MEMBER')) THEN
    RAISE EXCEPTION 'u hebt geen toegang tot dit dossier' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT a.id::bigint, a.tijdstip, a.gebruiker, a.rol, a.actie, a.uitkomst FROM audit a
    WHERE a.inwoner_id = p_inwoner ORDER BY a.id;
END $f$;
)sql") + postgresServerGrants();
}

// A table of dossier content with an inwoner_id: it follows its inwoner (row-level security as the other dossier
// tables) and another desk hears of its changes.
static QString volgtInwoner(const char* tabel)
{
    return QStringLiteral(R"sql(
ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY zien ON %1 FOR SELECT USING (EXISTS (SELECT 1 FROM inwoner w WHERE w.id = inwoner_id));
CREATE POLICY opnemen ON %1 FOR INSERT WITH CHECK (dw_inwoner_wijzigbaar(inwoner_id));
CREATE POLICY wijzigen ON %1 FOR UPDATE USING (dw_inwoner_wijzigbaar(inwoner_id));
CREATE POLICY verwijderen ON %1 FOR DELETE USING (dw_inwoner_wijzigbaar(inwoner_id));
CREATE TRIGGER %1_gewijzigd AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW
  EXECUTE FUNCTION dw_meld_wijziging('inwoner_id');
)sql")
        .arg(QLatin1String(tabel));
}

QString postgresJournaal()
{
    return volgtInwoner("journaal") + anonymiseFunction() + postgresServerGrants();
}

QString postgresHerinneringen()
{
    return volgtInwoner("herinnering") + anonymiseFunction() + postgresServerGrants();
}

QString postgresBijlagen()
{
    return volgtInwoner("bijlage") + QStringLiteral(R"sql(
CREATE FUNCTION dw_bijlage_inwoner(p_bijlage bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $f$ SELECT inwoner_id FROM bijlage WHERE id = p_bijlage $f$;
ALTER TABLE bijlage_deel ENABLE ROW LEVEL SECURITY;
CREATE POLICY zien ON bijlage_deel FOR SELECT USING (EXISTS (SELECT 1 FROM bijlage w WHERE w.id = bijlage_id));
CREATE POLICY opnemen ON bijlage_deel FOR INSERT WITH CHECK (dw_inwoner_wijzigbaar(dw_bijlage_inwoner(bijlage_id)));
CREATE POLICY wijzigen ON bijlage_deel FOR UPDATE USING (dw_inwoner_wijzigbaar(dw_bijlage_inwoner(bijlage_id)));
CREATE POLICY verwijderen ON bijlage_deel FOR DELETE USING (dw_inwoner_wijzigbaar(dw_bijlage_inwoner(bijlage_id)));
)sql") + anonymiseFunction()
        + postgresServerGrants();
}

QString postgresAuditRetention()
{
    return QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION dw_audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS
$f$ BEGIN
  IF TG_OP = 'DELETE' AND OLD.id <= (SELECT coalesce(max(tot_id), 0) FROM audit_anker)
     AND OLD.tijdstip < to_char((now() AT TIME ZONE 'UTC') - interval '%1 years', 'YYYY-MM-DD') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'het auditlog kan alleen worden aangevuld' USING ERRCODE = 'insufficient_privilege';
END $f$;

CREATE FUNCTION dw_anker_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS
$f$ BEGIN
  RAISE EXCEPTION 'een anker van het auditlog blijft zoals het is' USING ERRCODE = 'insufficient_privilege';
END $f$;
CREATE TRIGGER audit_anker_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit_anker
  FOR EACH ROW EXECUTE FUNCTION dw_anker_alleen_toevoegen();

-- The corrections tied to rows that go, go with them.
CREATE POLICY beheerder_schoont_op ON correctie FOR DELETE USING (true);
)sql")
               .arg(AuditRetention::minimumJaren)
        + policiesEvaluatedOnce() + postgresServerGrants();
}

QString postgresServerGrants()
{
    return QStringLiteral(R"sql(
DO $$
DECLARE
  schema text := current_schema();
  f text;
  g text;
  t text;
  p text := dw_groep('professional');
  l text := dw_groep('teamleider');
  b text := dw_groep('beheerder');
BEGIN
  FOREACH g IN ARRAY ARRAY[p, l, b] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
  END LOOP;
  -- A SECURITY DEFINER function runs with the owner's rights: it finds only this schema's tables, never a table a
  -- caller put earlier in the search path.
  FOR f IN SELECT p.oid::regprocedure::text FROM pg_proc p
           WHERE p.pronamespace = schema::regnamespace AND p.prosecdef LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, schema);
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I, %I, %I', f, p, l, b);
  END LOOP;

  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I', schema, p, l, b);
  EXECUTE format('GRANT SELECT ON schema_migratie, voorziening, inwoner_toewijzing TO %I, %I, %I', p, l, b);
  -- The organisation's settings (migration 12): everyone reads them, the beheerder sets them.
  IF to_regclass('instelling') IS NOT NULL THEN
    EXECUTE format('GRANT SELECT ON instelling TO %I, %I, %I', p, l, b);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON instelling TO %I', b);
    -- Corrections (AVG art. 16): the professional writes them with the change, only the beheerder reads them.
    EXECUTE format('GRANT INSERT ON correctie TO %I', p);
    EXECUTE format('GRANT SELECT ON correctie TO %I', b);
  END IF;
  -- The audit log's clean-up (migration 13): everyone reads the anchors (the chain starts there), the beheerder
  -- writes one and removes what it covers; the trigger refuses anything younger than the minimum.
  IF to_regclass('audit_anker') IS NOT NULL THEN
    EXECUTE format('GRANT SELECT ON audit_anker TO %I, %I, %I', p, l, b);
    EXECUTE format('GRANT INSERT ON audit_anker TO %I', b);
    EXECUTE format('GRANT DELETE ON audit, correctie TO %I', b);
  END IF;
  EXECUTE format('GRANT SELECT (id, naam, rollen, team, geblokkeerd, moet_wijzigen, mislukte_pogingen, '
                 'vergrendeld_tot, aangemaakt_op) ON account TO %I, %I, %I', p, l, b);
  EXECUTE format('GRANT INSERT, UPDATE ON account TO %I', b);
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON voorziening TO %I', b);
  EXECUTE format('GRANT INSERT, SELECT (id, hash) ON audit TO %I, %I, %I', p, l, b);
  EXECUTE format('GRANT SELECT ON audit TO %I', b);
  EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I, %I, %I', schema, p, l, b);
  FOREACH t IN ARRAY ARRAY['inwoner', 'meetmoment', 'meting', 'antwoord', 'draaglast', 'plan', 'doel',
                           'interventie', 'afspraak', 'journaal', 'herinnering', 'bijlage', 'bijlage_deel'] LOOP
    -- the journal before migration 16, the reminders before 18, the bijlagen before 21
    CONTINUE WHEN to_regclass(t) IS NULL;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, p);
    -- A beheerder's lists are empty (row-level security), not an error.
    EXECUTE format('GRANT SELECT ON %I TO %I, %I', t, l, b);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
  END LOOP;
END $$;
)sql");
}

} // namespace dw
