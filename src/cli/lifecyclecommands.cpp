// A dossier's life cycle (issue 15, docs/privacy.md): close, reopen, anonymize and the bewaartermijn.
#include "cli.h"

#include "storage/auditretention.h"
#include "storage/dossierlifecycle.h"
#include "storage/inwonerrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace dw::cli {

namespace {

// The one REF after the command word, or the reason it is missing.
Result<QString> refArgument(const Arguments& a, const QString& gebruik)
{
    const QString ref = a.words.value(1);
    if (ref.isEmpty())
        return Error::badInput(QStringLiteral("ref ontbreekt; gebruik: draagwijzer-cli %1").arg(gebruik));
    return ref;
}

// Opens the database and finds the inwoner of `ref`; then `step` with both.
Status onInwoner(const Arguments& a, const QString& ref, const std::function<Status(Database&, qint64)>& step)
{
    auto db = openDatabase(a);
    if (!db.ok())
        return db.error();
    const auto id = InwonerRepository(*db.value()).idOf(ref);
    if (!id.ok())
        return id.error();
    return step(*db.value(), id.value());
}

QString redenCodes()
{
    QStringList codes;
    for (Afsluitreden r : alleAfsluitredenen)
        codes << afsluitredenCode(r);
    return codes.join(QStringLiteral(", "));
}

} // namespace

int Cli::closeDossier(const Arguments& a)
{
    const Status s
        = onlyOptions(a, {QStringLiteral("--reden"), QStringLiteral("--datum"), QStringLiteral("--toelichting")}, 2);
    if (!s.ok())
        return finish(s);
    const auto ref = refArgument(a, QStringLiteral("close REF --reden CODE [--datum JJJJ-MM-DD]"));
    if (!ref.ok())
        return finish(ref.error());
    const QString code = a.value(QStringLiteral("--reden"));
    const auto reden = afsluitredenFromCode(code);
    if (!reden)
        return finish(Error::badInput(code.isEmpty()
                ? QStringLiteral("optie --reden ontbreekt; kies uit %1").arg(redenCodes())
                : QStringLiteral("onbekende reden '%1'; kies uit %2").arg(code, redenCodes())));
    const auto datum = dateOption(a, QStringLiteral("--datum"));
    if (!datum.ok())
        return finish(datum.error());
    DossierStatus status;
    status.afgeslotenOp = datum.value().isValid() ? datum.value() : QDate::currentDate();
    status.reden = *reden;
    status.toelichting = a.value(QStringLiteral("--toelichting"));
    const Status closed
        = onInwoner(a, ref.value(), [&](Database& db, qint64 id) { return DossierLifecycle(db).close(id, status); });
    if (!closed.ok())
        return finish(closed);
    m_out << "Dossier " << ref.value() << " " << status.beschrijving() << ".\n";
    return Success;
}

int Cli::reopenDossier(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--reden")}, 2);
    if (!s.ok())
        return finish(s);
    const auto ref = refArgument(a, QStringLiteral("reopen REF --reden TEKST"));
    if (!ref.ok())
        return finish(ref.error());
    if (a.value(QStringLiteral("--reden")).trimmed().isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --reden ontbreekt: waarom gaat het dossier weer open?")));
    const Status reopened = onInwoner(a, ref.value(), [&](Database& db, qint64 id) {
        return DossierLifecycle(db).reopen(id, a.value(QStringLiteral("--reden")));
    });
    if (!reopened.ok())
        return finish(reopened);
    m_out << "Dossier " << ref.value() << " is weer open.\n";
    return Success;
}

int Cli::anonymize(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--bevestig")}, 2);
    if (!s.ok())
        return finish(s);
    const auto ref = refArgument(a, QStringLiteral("anonymize REF --bevestig REF"));
    if (!ref.ok())
        return finish(ref.error());
    if (!a.has(QStringLiteral("--bevestig")))
        return finish(Error::badInput(QStringLiteral("optie --bevestig ontbreekt: anonimiseren kan niet ongedaan "
                                                     "worden gemaakt; herhaal de ref na --bevestig")));
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const Status done = DossierLifecycle(*db.value()).anonymize(ref.value(), a.value(QStringLiteral("--bevestig")));
    if (!done.ok())
        return finish(done);
    m_out << "Dossier " << ref.value()
          << " is geanonimiseerd. Dit kan niet ongedaan worden gemaakt; backups van eerder bevatten de gegevens nog "
             "tot ze worden vervangen.\n";
    return Success;
}

int Cli::bewaartermijn(const Arguments& a)
{
    const Status s
        = onlyOptions(a, {QStringLiteral("--jaren"), QStringLiteral("--audit-jaren"), QStringLiteral("--json")}, 1);
    if (!s.ok())
        return finish(s);
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    const Status allowed = requireRole(*db.value(), Rol::Beheerder, QStringLiteral("bewaartermijn"));
    if (!allowed.ok())
        return finish(allowed);
    DossierLifecycle lifecycle(*db.value());
    AuditRetention audit(*db.value());
    const auto setYears = [&a](const QString& option, const std::function<Status(int)>& set) -> Status {
        if (!a.values.contains(option))
            return {};
        bool number = false;
        const int jaren = a.value(option).toInt(&number);
        if (!number)
            return Error::badInput(QStringLiteral("%1 verwacht een geheel aantal jaren").arg(option));
        return set(jaren);
    };
    Status set = setYears(QStringLiteral("--jaren"), [&](int n) { return lifecycle.setBewaartermijnJaren(n); });
    if (set.ok())
        set = setYears(QStringLiteral("--audit-jaren"), [&](int n) { return audit.setBewaartermijnJaren(n); });
    if (!set.ok())
        return finish(set);
    const auto jaren = lifecycle.bewaartermijnJaren();
    const auto verlopen = lifecycle.verlopen();
    const auto auditJaren = audit.bewaartermijnJaren();
    if (!jaren.ok() || !verlopen.ok() || !auditJaren.ok())
        return finish(!jaren.ok() ? jaren.error() : !verlopen.ok() ? verlopen.error() : auditJaren.error());
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const auto& v : verlopen.value())
            list.append(QJsonObject {{QStringLiteral("ref"), v.ref},
                {QStringLiteral("professional"), v.professional},
                {QStringLiteral("team"), v.team},
                {QStringLiteral("afgesloten_op"), v.afgeslotenOp.toString(Qt::ISODate)},
                {QStringLiteral("verlopen_op"), v.verlopenOp.toString(Qt::ISODate)}});
        m_out << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("jaren"), jaren.value()},
                {QStringLiteral("audit_jaren"), auditJaren.value()},
                {QStringLiteral("verlopen"),
                    list}}).toJson(QJsonDocument::Indented));
        return Success;
    }
    m_out << "Bewaartermijn: " << jaren.value() << " jaar na afsluiten.\n";
    m_out << "Auditlog: " << auditJaren.value() << " jaar bewaard (minstens " << AuditRetention::minimumJaren << ").\n";
    m_out << "Bewaartermijn verstreken: " << verlopen->size() << " dossier(s)\n";
    for (const auto& v : verlopen.value())
        m_out << "  " << v.ref << "\tafgesloten " << v.afgeslotenOp.toString(Qt::ISODate) << "\tverstreken "
              << v.verlopenOp.toString(Qt::ISODate) << "\t" << v.professional << "\n";
    return Success;
}

} // namespace dw::cli
