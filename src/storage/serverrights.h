#pragma once

#include <QString>

namespace dw {

// The statements of migration 11 on a team server: server logins, GRANTs per role and row-level security
// (docs/teammode.md). A desk (SQLite) has one user at a time and runs nothing for it.
QString postgresServerRights();
// Its GRANTs alone (and the group roles, when missing): again after a restore, which brings back the tables, functions
// and policies but, by design (pg_dump --no-privileges), not who may use them.
QString postgresServerGrants();
// Migration 12: dw_anonimiseren, for a beheerder who may not read the dossier (DossierLifecycle::anonymize),
// dw_inzage_audit, for the professional who makes an inzage but may not read the audit log (AuditQuery::voorInzage),
// and the GRANTs again for the new table and functions.
QString postgresLifecycleFunctions();
// Migration 13 (AuditRetention): the audit trigger lets the oldest rows go once an anchor covers them and they are
// older than the minimum; anchors are append-only; the beheerder cleans up; and the GRANTs again.
QString postgresAuditRetention();
// Migration 16: the journal follows its inwoner like the other dossier tables (row-level security, GRANTs, the
// notification to other desks), and dw_anonimiseren again, now clearing the journal's texts too.
QString postgresJournaal();
// Migration 18: the reminders' statuses follow their inwoner the same way; dw_anonimiseren again (their reasons).
QString postgresHerinneringen();
// Migration 21: a bijlage follows its inwoner the same way, and its parts follow their bijlage; dw_anonimiseren
// again (it deletes them).
QString postgresBijlagen();

} // namespace dw
