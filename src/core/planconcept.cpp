#include "planconcept.h"

#include "scoring.h"

#include <QLocale>

namespace dw {

namespace {

QString wie(Perspectief p)
{
    return p == Perspectief::Inwoner ? QStringLiteral("Volgens de inwoner") : QStringLiteral("Volgens de professional");
}

QString score(const ComponentScore& c)
{
    return c.score ? QLocale(QLocale::Dutch).toString(*c.score, 'f', 1) : QStringLiteral("onvoldoende ingevuld");
}

} // namespace

VraagVerheldering vraagverheldering(const Instrument& instrument, const Meetmoment& meetmoment)
{
    QStringList last, kracht;
    for (Perspectief p : allePerspectieven) {
        const std::optional<Meting>& meting = meetmoment.meting(p);
        if (!meting)
            continue;
        QStringList gebieden;
        for (const LevensgebiedDefinitie& lg : instrument.levensgebieden()) {
            const auto it = meting->draaglast.constFind(lg.code);
            if (it == meting->draaglast.constEnd() || it->value_or(0) == 0)
                continue;
            gebieden << (**it >= 2 ? QStringLiteral("%1 (ernstig)").arg(lg.naam) : lg.naam);
        }
        last << QStringLiteral("%1: %2.").arg(
            wie(p), gebieden.isEmpty() ? QStringLiteral("geen probleemgebieden") : gebieden.join(QStringLiteral(", ")));
        const MetingScore s = scoreMeting(instrument, *meting);
        kracht << QStringLiteral("%1: %2 (persoonlijke competenties %3, sociaal kapitaal %4).")
                      .arg(wie(p),
                          instrument.kwadrantNaam(s.kwadrant).toLower(),
                          score(s.competenties),
                          score(s.sociaalKapitaal));
    }
    return {last.join(QLatin1Char(' ')), kracht.join(QLatin1Char(' '))};
}

Plan conceptPlan(const Instrument& instrument, const Dossier& dossier, const QDate& vandaag)
{
    Plan plan;
    if (!dossier.plannen.isEmpty()) {
        plan = dossier.plannen.constLast();
        plan.id = 0;
        plan.versie += 1;
    } else if (!dossier.meetmomenten.isEmpty()) {
        const VraagVerheldering v = vraagverheldering(instrument, dossier.meetmomenten.constLast());
        plan.draaglastBepaald = v.draaglast;
        plan.draagkrachtBepaald = v.draagkracht;
    }
    plan.datum = vandaag;
    return plan;
}

Status validatePlan(const Instrument& instrument, const Plan& plan)
{
    if (!plan.datum.isValid())
        return Error::badInput(QStringLiteral("Het plan heeft geen geldige datum."));
    for (int i = 0; i < plan.doelen.size(); ++i)
        if (plan.doelen.at(i).omschrijving.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("Doel %1 heeft nog geen omschrijving.").arg(i + 1));
    for (int i = 0; i < plan.interventies.size(); ++i) {
        const Interventie& iv = plan.interventies.at(i);
        if (!instrument.interventieType(iv.type))
            return Error::badInput(QStringLiteral("Kies bij interventie %1 een type.").arg(i + 1));
        if (iv.omschrijving.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("Interventie %1 heeft nog geen omschrijving.").arg(i + 1));
        if (iv.doel < 0 || iv.doel > plan.doelen.size())
            return Error::badInput(
                QStringLiteral("Interventie %1 verwijst naar doel %2, dat niet bestaat.").arg(i + 1).arg(iv.doel));
    }
    for (int i = 0; i < plan.afspraken.size(); ++i)
        if (plan.afspraken.at(i).omschrijving.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("Afspraak %1 heeft nog geen omschrijving.").arg(i + 1));
    return {};
}

void verwijderDoel(Plan& plan, int nummer)
{
    if (nummer < 1 || nummer > plan.doelen.size())
        return;
    plan.doelen.removeAt(nummer - 1);
    for (Interventie& iv : plan.interventies) {
        if (iv.doel == nummer)
            iv.doel = 0;
        else if (iv.doel > nummer)
            --iv.doel;
    }
}

} // namespace dw
