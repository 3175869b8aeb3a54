// Commands about one inwoner's dossier: report inwoner, plan pdf (also the partnerversie) and the paper
// questionnaire (the inzage is in inzagecommand.cpp).
#include "cli.h"

#include "core/inwonerreport.h"
#include "reporting/partnerplan.h"
#include "reporting/planpdf.h"
#include "reporting/vragenlijstpdf.h"
#include "storage/dossierstore.h"
#include "storage/voorzieningrepository.h"

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

namespace {

// The versie asked for (0: the newest), or why there is none.
Result<const Plan*> planVersie(const Dossier& dossier, int versie)
{
    const QString ref = dossier.inwoner.ref;
    if (dossier.plannen.isEmpty())
        return Error::badInput(QStringLiteral("inwoner %1 heeft nog geen plan van aanpak").arg(ref));
    if (versie == 0)
        return &dossier.plannen.constLast();
    for (const Plan& p : dossier.plannen) {
        if (p.versie == versie)
            return &p;
    }
    return Error::badInput(QStringLiteral("inwoner %1 heeft geen plan versie %2").arg(ref).arg(versie));
}

} // namespace

int Cli::planPdf(const Arguments& a)
{
    const Status s
        = onlyOptions(a, {QStringLiteral("--out"), QStringLiteral("--versie"), QStringLiteral("--partner")}, 3);
    if (!s.ok())
        return finish(s);
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --out ontbreekt")));
    const auto versie = positiveNumber(a, QStringLiteral("--versie"), false, 0);
    if (!versie.ok())
        return finish(versie.error());
    const bool forPartner = a.has(QStringLiteral("--partner"));
    const QString partner = a.value(QStringLiteral("--partner")).trimmed();
    if (forPartner && partner.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --partner heeft de naam van een partner nodig")));
    auto db = openForReading(a, m_err);
    if (!db.ok())
        return finish(db.error());
    const QString ref = a.words.at(2);
    DossierStore store(*db.value(), Instrument::standaard());
    if (!forPartner) {
        const auto dossier = store.load(ref, DossierStore::Audit::Read, QStringLiteral("plan afgedrukt"));
        if (!dossier.ok())
            return finish(dossier.error());
        const auto plan = planVersie(dossier.value(), versie.value());
        if (!plan.ok())
            return finish(plan.error());
        const Status written
            = writePlanPdf(dossier.value(), *plan.value(), Instrument::standaard(), out, QDate::currentDate());
        if (!written.ok())
            return finish(written);
        m_out << "Plan van aanpak versie " << plan.value()->versie << " van " << ref << " geschreven naar " << out
              << "\n";
        return Success;
    }
    // The partnerversie is a disclosure to that partner: audited with its name, also when it is refused.
    auto kaart = VoorzieningRepository(*db.value(), Instrument::standaard()).all();
    if (!kaart.ok())
        return finish(kaart.error());
    const auto dossier = store.disclose(
        ref, QStringLiteral("plan gedeeld met partner"), partner, [&](const Dossier& d) -> Result<QString> {
            const auto plan = planVersie(d, versie.value());
            if (!plan.ok())
                return plan.error();
            const QString naam = matchPartner(*plan.value(), partner);
            if (naam.isEmpty()) {
                const QStringList partners = planPartners(*plan.value());
                return Error::badInput(
                    QStringLiteral("versie %1 van het plan van %2 heeft geen interventie van partner '%3'; %4")
                        .arg(plan.value()->versie)
                        .arg(ref,
                            partner,
                            partners.isEmpty()
                                ? QStringLiteral("dit plan noemt geen partners")
                                : QStringLiteral("partners in dit plan: ") + partners.join(QStringLiteral(", "))));
            }
            return naam;
        });
    if (!dossier.ok())
        return finish(dossier.error());
    const Plan* plan = planVersie(dossier.value(), versie.value()).value();
    const Status written = writePartnerPlanPdf(
        dossier.value(), *plan, Instrument::standaard(), partner, kaart.value(), out, QDate::currentDate());
    if (!written.ok())
        return finish(written);
    m_out << "Partnerversie van plan versie " << plan->versie << " van " << ref << " voor "
          << matchPartner(*plan, partner) << " geschreven naar " << out << "\n";
    return Success;
}

int Cli::vragenlijstPdf(const Arguments& a)
{
    if (a.words.value(1) != QLatin1String("pdf"))
        return finish(Error::badInput(
            QStringLiteral("onbekende opdracht 'vragenlijst %1'; bedoeld is: vragenlijst pdf [REF] --out BESTAND")
                .arg(a.words.value(1))));
    if (a.words.size() > 3)
        return finish(Error::badInput(QStringLiteral("te veel woorden: '%1'").arg(a.words.at(3))));
    const Status s = onlyOptions(a, {QStringLiteral("--out")}, int(a.words.size()));
    if (!s.ok())
        return finish(s);
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return finish(Error::badInput(QStringLiteral("optie --out ontbreekt")));
    const QString ref = a.words.value(2);
    const QDate today = QDate::currentDate();
    if (!ref.isEmpty()) {
        // A form for one inwoner reads their dossier (the ref exists, this session may see it): audited.
        auto db = openForReading(a, m_err);
        if (!db.ok())
            return finish(db.error());
        const auto dossier = DossierStore(*db.value(), Instrument::standaard())
                                 .load(ref, DossierStore::Audit::Read, QStringLiteral("vragenlijst afgedrukt"));
        if (!dossier.ok())
            return finish(dossier.error());
    }
    const Status written = writeVragenlijstPdf(Instrument::standaard(), ref, today, out);
    if (!written.ok())
        return finish(written);
    if (ref.isEmpty())
        m_out << "Blanco vragenlijst geschreven naar " << out << "\n";
    else
        m_out << "Vragenlijst voor " << ref << " geschreven naar " << out << "\n";
    return Success;
}

} // namespace dw::cli
