// Commands about one inwoner's dossier: report inwoner and plan pdf (the inzage is in inzagecommand.cpp).
#include "cli.h"

#include "core/inwonerreport.h"
#include "reporting/planpdf.h"
#include "storage/dossierstore.h"

#include <QJsonDocument>

namespace dw::cli {

int Cli::reportInwoner(const Arguments& a)
{
    auto db = openChecked(a, {QStringLiteral("--json")}, 3, m_err);
    if (!db.ok())
        return finish(db.error());
    const auto dossier = DossierStore(*db.value(), Instrument::standaard())
                             .load(a.words.at(2), DossierStore::Audit::Read, QStringLiteral("rapport"));
    if (!dossier.ok())
        return finish(dossier.error());
    const InwonerRapport rapport = InwonerRapport::build(Instrument::standaard(), dossier.value());
    if (a.has(QStringLiteral("--json")))
        m_out << QString::fromUtf8(QJsonDocument(rapport.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << rapport.toText(Instrument::standaard());
    return Success;
}

int Cli::planPdf(const Arguments& a)
{
    const Status s = onlyOptions(a, {QStringLiteral("--out"), QStringLiteral("--versie")}, 3);
    if (!s.ok())
        return finish(s);
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --out ontbreekt")));
    const auto versie = positiveNumber(a, QStringLiteral("--versie"), false, 0);
    if (!versie.ok())
        return finish(versie.error());
    auto db = openForReading(a, m_err);
    if (!db.ok())
        return finish(db.error());
    const QString ref = a.words.at(2);
    const auto dossier = DossierStore(*db.value(), Instrument::standaard())
                             .load(ref, DossierStore::Audit::Read, QStringLiteral("plan afgedrukt"));
    if (!dossier.ok())
        return finish(dossier.error());
    if (dossier->plannen.isEmpty())
        return finish(Error::badInput(QStringLiteral("inwoner %1 heeft nog geen plan van aanpak").arg(ref)));
    const Plan* plan = &dossier->plannen.constLast();
    if (versie.value() > 0) {
        plan = nullptr;
        for (const Plan& p : dossier->plannen) {
            if (p.versie == versie.value())
                plan = &p;
        }
        if (!plan)
            return finish(
                Error::badInput(QStringLiteral("inwoner %1 heeft geen plan versie %2").arg(ref).arg(versie.value())));
    }
    const Status written = writePlanPdf(dossier.value(), *plan, Instrument::standaard(), out, QDate::currentDate());
    if (!written.ok())
        return finish(written);
    m_out << "Plan van aanpak versie " << plan->versie << " van " << ref << " geschreven naar " << out << "\n";
    return Success;
}

} // namespace dw::cli
