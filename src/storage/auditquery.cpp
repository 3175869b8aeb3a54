#include "auditquery.h"

#include "auditlog.h"
#include "database.h"
#include "serverlogin.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace dw {

namespace {

Status onlyBeheerder(Database& db)
{
    if (db.sessie().heeft(Rol::Beheerder))
        return {};
    const Status logged = AuditLog(db).record(QStringLiteral("auditlog bekeken"), 0, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    return Error::because(
        Error::Cause::Denied, Error::Kind::BadInput, QStringLiteral("alleen een beheerder kan het auditlog inzien"));
}

QString correctieTekst(const QVariant& wat, const QString& oud, const QString& toelichting)
{
    if (wat.isNull())
        return {};
    QString tekst = QStringLiteral("%1 was '%2'").arg(wat.toString(), oud);
    if (!toelichting.isEmpty())
        tekst += QStringLiteral(" (%1)").arg(toelichting);
    return tekst;
}

} // namespace

Result<QVector<AuditRegel>> AuditQuery::page(const AuditFilter& f, qint64 beforeId, int limit)
{
    const Status allowed = onlyBeheerder(m_db);
    if (!allowed.ok())
        return allowed.error();
    sql::Where w;
    if (beforeId > 0) {
        w.parts << QStringLiteral("a.id < ?");
        w.values << beforeId;
    }
    if (!f.inwonerRef.isEmpty()) {
        w.parts << QStringLiteral("a.inwoner_id = (SELECT x.id FROM inwoner_toewijzing x WHERE x.ref = ?)");
        w.values << f.inwonerRef;
    }
    if (!f.gebruiker.isEmpty()) {
        w.parts << QStringLiteral("a.gebruiker = ?");
        w.values << f.gebruiker;
    }
    if (!f.actie.isEmpty()) {
        w.parts << QStringLiteral("a.actie = ?");
        w.values << f.actie;
    }
    // tijdstip is ISO text in UTC, so a date range is a text range: from "D" up to (not including) "D+1".
    if (f.van.isValid()) {
        w.parts << QStringLiteral("a.tijdstip >= ?");
        w.values << f.van.toString(Qt::ISODate);
    }
    if (f.tot.isValid()) {
        w.parts << QStringLiteral("a.tijdstip < ?");
        w.values << f.tot.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery q(m_db.connection());
    const QString text
        = QStringLiteral("SELECT a.id, a.tijdstip, a.gebruiker, a.rol, a.actie, a.inwoner_id, i.ref, "
                         "a.details, a.werkplek, a.uitkomst, c.wat, c.oude_waarde, c.toelichting, %2 FROM audit a "
                         "LEFT JOIN inwoner_toewijzing i ON i.id = a.inwoner_id "
                         "LEFT JOIN correctie c ON c.audit_id = a.id%1 ORDER BY a.id DESC LIMIT ?")
              .arg(w.sql(), m_db.schemaVersion() >= 13 ? QStringLiteral("a.namens") : QStringLiteral("''"));
    if (!sql::exec(q, text, QVariantList(w.values) << limit))
        return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden gelezen"));
    QVector<AuditRegel> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(13).toString(),
            q.value(4).toString(),
            q.value(5).toLongLong(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString(),
            q.value(9).toString(),
            correctieTekst(q.value(10), q.value(11).toString(), q.value(12).toString())});
    }
    return out;
}

Result<QVector<AuditRegel>> AuditQuery::voorInzage(qint64 inwonerId)
{
    const Status allowed = AuditLog(m_db).mayRead(QStringLiteral("inzage verstrekt"), inwonerId);
    if (!allowed.ok())
        return allowed.error();
    QSqlQuery q(m_db.connection());
    // On a team server a professional may not read the audit table: the server's function checks that they may
    // read this dossier instead (migration 12).
    const QString text = serverlogin::enforced(m_db)
        ? QStringLiteral("SELECT id, tijdstip, gebruiker, rol, actie, uitkomst FROM dw_inzage_audit(?)")
        : QStringLiteral("SELECT id, tijdstip, gebruiker, rol, actie, uitkomst FROM audit WHERE inwoner_id = ? "
                         "ORDER BY id");
    if (!sql::exec(q, text, {inwonerId}))
        return sqlerror::statementFailed(q, QStringLiteral("het auditlog kan niet worden gelezen"));
    QVector<AuditRegel> out;
    while (q.next()) {
        AuditRegel r;
        r.id = q.value(0).toLongLong();
        r.tijdstip = q.value(1).toString();
        r.gebruiker = q.value(2).toString();
        r.rol = q.value(3).toString();
        r.actie = q.value(4).toString();
        r.uitkomst = q.value(5).toString();
        r.inwonerId = inwonerId;
        out.append(r);
    }
    return out;
}

Status AuditQuery::noteViewed(const AuditFilter& f)
{
    const Status allowed = onlyBeheerder(m_db);
    if (!allowed.ok())
        return allowed;
    QStringList what;
    if (!f.gebruiker.isEmpty())
        what << QStringLiteral("gebruiker");
    if (!f.actie.isEmpty())
        what << QStringLiteral("actie");
    if (f.van.isValid() || f.tot.isValid())
        what << QStringLiteral("periode");
    qint64 inwonerId = 0;
    if (!f.inwonerRef.isEmpty()) {
        QSqlQuery q(m_db.connection());
        if (sql::exec(q, QStringLiteral("SELECT id FROM inwoner_toewijzing WHERE ref = ?"), {f.inwonerRef}) && q.next())
            inwonerId = q.value(0).toLongLong();
    }
    return AuditLog(m_db).record(QStringLiteral("auditlog bekeken"),
        inwonerId,
        what.isEmpty() ? QString() : QStringLiteral("filter: ") + what.join(QStringLiteral(", ")));
}

QStringList AuditQuery::acties()
{
    // Fixed rather than SELECT DISTINCT, which would read all of a log of millions of rows.
    return {QStringLiteral("account aangemaakt"),
        QStringLiteral("account geblokkeerd"),
        QStringLiteral("account vergrendeld"),
        QStringLiteral("account vrijgegeven"),
        QStringLiteral("auditlog bekeken"),
        QStringLiteral("auditlog opgeschoond"),
        QStringLiteral("bewaartermijn gewijzigd"),
        QStringLiteral("bijlage geopend"),
        QStringLiteral("bijlage opgeslagen"),
        QStringLiteral("bijlage toegevoegd"),
        QStringLiteral("bijlage verwijderd"),
        QStringLiteral("correctie op verzoek"),
        QStringLiteral("dossier afgesloten"),
        QStringLiteral("dossier gelezen"),
        QStringLiteral("dossier heropend"),
        QStringLiteral("export"),
        QStringLiteral("ingelogd"),
        QStringLiteral("inloggen geweigerd"),
        QStringLiteral("inloggen mislukt"),
        QStringLiteral("inwoner aangemaakt"),
        QStringLiteral("inwoner geanonimiseerd"),
        QStringLiteral("inwoner verwijderd"),
        QStringLiteral("inzage verstrekt"),
        QStringLiteral("journaal gewijzigd"),
        QStringLiteral("import"),
        QStringLiteral("inwoner gewijzigd"),
        QStringLiteral("herinnering bijgewerkt"),
        QStringLiteral("meetmoment toegevoegd"),
        QStringLiteral("meetmoment verwijderd"),
        QStringLiteral("meting opgeslagen"),
        QStringLiteral("overdracht"),
        QStringLiteral("plan afgedrukt"),
        QStringLiteral("plan gedeeld met partner"),
        QStringLiteral("plan opgeslagen"),
        QStringLiteral("plan versie ingetrokken"),
        QStringLiteral("rapport"),
        QStringLiteral("scherm ontgrendeld"),
        QStringLiteral("trend bekeken"),
        QStringLiteral("vergelijking bekeken"),
        QStringLiteral("rollen gewijzigd"),
        QStringLiteral("uitgelogd"),
        QStringLiteral("vragenlijst afgedrukt"),
        QStringLiteral("wachtwoord gewijzigd"),
        QStringLiteral("wachtwoord teruggezet"),
        QStringLiteral("zoeken")};
}

} // namespace dw
