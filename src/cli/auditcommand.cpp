// `draagwijzer-cli audit`: the audit log for a beheerder, as text, JSON or CSV (DESIGN.md).
#include "cli.h"

#include "reporting/auditexport.h"
#include "reporting/safefile.h"
#include "storage/auditquery.h"
#include "storage/auditretention.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace dw::cli {

namespace {

constexpr int pageSize = 5000;

QJsonObject toJson(const AuditRegel& r)
{
    return {{QStringLiteral("id"), r.id},
        {QStringLiteral("tijdstip"), r.tijdstip},
        {QStringLiteral("gebruiker"), r.gebruiker},
        {QStringLiteral("rol"), r.rol},
        {QStringLiteral("namens"), r.namens.isEmpty() ? QJsonValue() : QJsonValue(r.namens)},
        {QStringLiteral("actie"), r.actie},
        {QStringLiteral("inwoner"), r.inwonerRef.isEmpty() ? QJsonValue() : QJsonValue(r.inwonerRef)},
        {QStringLiteral("inwonerId"), r.inwonerId > 0 ? QJsonValue(r.inwonerId) : QJsonValue()},
        {QStringLiteral("details"), r.details},
        {QStringLiteral("werkplek"), r.werkplek},
        {QStringLiteral("uitkomst"), r.uitkomst},
        {QStringLiteral("correctie"), r.correctie.isEmpty() ? QJsonValue() : QJsonValue(r.correctie)}};
}

} // namespace

int Cli::auditOpschonen(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--droog")}, 2);
    if (!s.ok())
        return finish(s);
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    AuditRetention retention(*db.value());
    const bool droog = a.has(QStringLiteral("--droog"));
    const auto done = droog ? retention.voorstel() : retention.opschonen();
    if (!done.ok())
        return finish(done.error());
    const QString grens = done->grens.toString(QStringLiteral("dd-MM-yyyy"));
    if (done->aantal == 0)
        m_out << "Geen auditregels van voor " << grens << "; er is niets op te schonen.\n";
    else if (droog)
        m_out << done->aantal << " auditregel(s) van voor " << grens << " zouden worden verwijderd (tot en met regel "
              << done->totId << "); er is niets veranderd.\n";
    else
        m_out << done->aantal << " auditregel(s) van voor " << grens << " verwijderd; de hashketen gaat verder vanaf "
              << "regel " << done->totId + 1 << ".\n";
    return Success;
}

int Cli::audit(const Arguments& a)
{
    if (a.words.value(1) == QLatin1String("opschonen"))
        return auditOpschonen(a);
    const Status s = onlyOptions(a,
        {QStringLiteral("--inwoner"),
            QStringLiteral("--gebruiker"),
            QStringLiteral("--van"),
            QStringLiteral("--tot"),
            QStringLiteral("--json"),
            QStringLiteral("--csv")},
        1);
    if (!s.ok())
        return finish(s);
    if (a.has(QStringLiteral("--json")) && a.has(QStringLiteral("--csv")))
        return finish(Error::badInput(QStringLiteral("kies --json of --csv, niet allebei")));
    AuditFilter filter;
    filter.inwonerRef = a.value(QStringLiteral("--inwoner"));
    filter.gebruiker = a.value(QStringLiteral("--gebruiker"));
    const auto periode = periodOptions(a);
    if (!periode.ok())
        return finish(periode.error());
    std::tie(filter.van, filter.tot) = periode.value();
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    AuditQuery query(*db.value());
    // The look itself is logged first, so it is in what is shown.
    const Status noted = query.noteViewed(filter);
    if (!noted.ok())
        return finish(noted);
    QVector<AuditRegel> rows;
    for (qint64 before = 0;;) {
        const auto page = query.page(filter, before, pageSize);
        if (!page.ok())
            return finish(page.error());
        rows += page.value();
        if (page->size() < pageSize)
            break;
        before = page->constLast().id;
    }
    if (a.has(QStringLiteral("--csv"))) {
        const QString path = a.value(QStringLiteral("--csv"));
        if (!db.value()->isServer() && Database::isDatabaseOrCompanion(db.value()->path(), path))
            return finish(Error::badInput(QStringLiteral("%1 is de database zelf; kies een ander bestand").arg(path)));
        const Status written = saveFile(path, auditCsv(rows));
        if (!written.ok())
            return finish(written);
        m_out << rows.size() << " auditregel(s) geschreven naar " << path << ".\n";
        return Success;
    }
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AuditRegel& r : std::as_const(rows))
            array.append(toJson(r));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const AuditRegel& r : std::as_const(rows))
        m_out << r.tijdstip << "  " << r.gebruiker << " (" << r.rol << ")"
              << (r.namens.isEmpty() ? QString() : QStringLiteral(" namens ") + r.namens) << "  " << r.actie
              << (r.inwonerRef.isEmpty() ? QString() : QStringLiteral("  ") + r.inwonerRef)
              << (r.details.isEmpty() ? QString() : QStringLiteral("  ") + r.details) << "  [" << r.werkplek << ", "
              << r.uitkomst << "]\n";
    return Success;
}

} // namespace dw::cli
