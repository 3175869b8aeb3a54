#include "spreadsheetopslag.h"

#include "auditlog.h"
#include "database.h"
#include "inwonerrepository.h"
#include "metingrepository.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

namespace dw::spreadsheetopslag {

namespace {
const QString sleutelPrefix = QStringLiteral("spreadsheetprofiel/");
} // namespace

Result<SpreadsheetConversie::Bestaand> bestaand(Database& db, const Instrument& instrument, const QStringList& refs)
{
    SpreadsheetConversie::Bestaand out;
    InwonerRepository inwoners(db);
    MetingRepository metingen(db, instrument);
    const auto found = inwoners.existingRefs(refs);
    if (!found.ok())
        return found.error();
    for (const QString& ref : *found) {
        out.refs.insert(ref);
        const auto id = inwoners.idOf(ref);
        if (!id.ok()) {
            out.geweigerd.insert(ref, id.errorMessage());
            continue;
        }
        const auto meetmomenten = metingen.load(*id);
        if (!meetmomenten.ok()) {
            if (meetmomenten.error().kind != Error::Kind::BadInput)
                return meetmomenten.error();
            out.geweigerd.insert(ref, meetmomenten.errorMessage());
            continue;
        }
        QSet<QDate>& datums = out.datums[ref];
        for (const Meetmoment& m : *meetmomenten)
            datums.insert(m.datum);
    }
    return out;
}

Result<QStringList> profielNamen(Database& db)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q,
            QStringLiteral("SELECT sleutel FROM instelling WHERE sleutel LIKE ? ORDER BY sleutel"),
            {sleutelPrefix + QStringLiteral("%")}))
        return sqlerror::statementFailed(q);
    QStringList namen;
    while (q.next())
        namen.append(q.value(0).toString().mid(sleutelPrefix.size()));
    return namen;
}

Result<std::optional<QByteArray>> profiel(Database& db, const QString& naam)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT waarde FROM instelling WHERE sleutel = ?"), {sleutelPrefix + naam}))
        return sqlerror::statementFailed(q);
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toString().toUtf8());
}

Status bewaarProfiel(Database& db, const QString& naam, const QByteArray& json)
{
    if (!db.sessie().heeft(Rol::Professional))
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("alleen een professional bewaart importprofielen; u bent %1")
                .arg(rollen::text(db.sessie().rollen)));
    if (naam.trimmed().isEmpty() || naam.size() > 100)
        return Error::badInput(QStringLiteral("geef het profiel een naam van 1 tot 100 tekens"));
    if (naam == SpreadsheetProfiel::sjabloonNaam())
        return Error::badInput(
            QStringLiteral("'%1' is de naam van het ingebouwde profiel; kies een andere naam").arg(naam));
    return db.retrying([&]() -> Status {
        TransactionGuard tx(db);
        QSqlQuery q(db.connection());
        if (!sql::exec(q, QStringLiteral("DELETE FROM instelling WHERE sleutel = ?"), {sleutelPrefix + naam}))
            return sqlerror::statementFailed(q, QStringLiteral("het profiel kan niet worden bewaard"));
        if (!sql::exec(q,
                QStringLiteral("INSERT INTO instelling (sleutel, waarde) VALUES (?, ?)"),
                {sleutelPrefix + naam, QString::fromUtf8(json)}))
            return sqlerror::statementFailed(q, QStringLiteral("het profiel kan niet worden bewaard"));
        q.finish();
        const Status logged = AuditLog(db).record(QStringLiteral("importprofiel bewaard"), 0, naam);
        if (!logged.ok())
            return logged;
        return tx.commit();
    });
}

} // namespace dw::spreadsheetopslag
