// `draagwijzer-cli search TEXT [--json]`: the caseload search the app does (issue 18, DESIGN.md): part of a name, ref
// or gemeente, a birth date (02-03-1971) or year, a postcode or a whole BSN; open and closed dossiers alike.
#include "cli.h"

#include "storage/auditlog.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dw::cli {

int Cli::search(const Arguments& a)
{
    if (a.words.size() < 2 || a.words.at(1).trimmed().isEmpty())
        return finish(Error::badInput(QStringLiteral("de zoektekst ontbreekt; bedoeld is: search TEKST [--json]")));
    auto db = openChecked(a, {QStringLiteral("--json")}, 2, m_err);
    if (!db.ok())
        return finish(db.error());
    CaseloadFilter f;
    f.zoek = a.words.at(1);
    f.status = CaseloadFilter::Status::Alle;
    CaseloadQuery query(*db.value());
    QVector<CaseloadRij> gevonden;
    for (;;) { // in pages, each after the last row of the one before, as the app loads them
        const auto page = query.page(f,
            gevonden.isEmpty() ? std::nullopt : std::optional<CaseloadRij>(gevonden.constLast()),
            CaseloadQuery::paginaGrootte);
        if (!page.ok())
            return finish(page.error());
        gevonden += page.value();
        if (page.value().size() < CaseloadQuery::paginaGrootte)
            break;
    }
    // A search is a read of the caseload, in the audit log as the app records it: the count, never the text.
    if (!db.value()->readOnly()) {
        const Status audited
            = AuditLog(*db.value())
                  .record(QStringLiteral("zoeken"), 0, QStringLiteral("%1 gevonden").arg(gevonden.size()));
        if (!audited.ok())
            return finish(audited);
    }
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const CaseloadRij& r : std::as_const(gevonden)) {
            array.append(QJsonObject {{QStringLiteral("ref"), r.ref},
                {QStringLiteral("naam"), r.naam},
                {QStringLiteral("gemeente"), r.gemeente},
                {QStringLiteral("professional"), r.professional},
                {QStringLiteral("meetmomenten"), r.meetmomenten},
                {QStringLiteral("laatste_meting"),
                    r.laatsteMeting.isValid() ? QJsonValue(r.laatsteMeting.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("afgesloten"), r.afgeslotenOp.isValid()}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const CaseloadRij& r : std::as_const(gevonden)) {
        m_out << r.ref << '\t' << r.naam << '\t' << r.gemeente << '\t' << r.professional << '\t'
              << (r.afgeslotenOp.isValid() ? "afgesloten" : "open") << '\n';
    }
    m_out << gevonden.size() << (gevonden.size() == 1 ? " inwoner gevonden\n" : " inwoners gevonden\n");
    return Success;
}

} // namespace dw::cli
