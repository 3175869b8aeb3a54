#include "planconcept.h"

#include "scoring.h"
#include "validation.h"

#include <QLocale>

#include <algorithm>

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

const Meetmoment* meetmomentVanPlan(const Dossier& dossier, const Plan& plan)
{
    const Meetmoment* basis = nullptr;
    // By date, not by position: meetmomenten are kept in volgnummer order, which is their date order, but a plan
    // must not depend on that.
    for (const Meetmoment& m : dossier.meetmomenten) {
        if (plan.datum.isValid() && m.datum > plan.datum)
            continue;
        if (!basis || m.datum > basis->datum || (m.datum == basis->datum && m.volgnummer > basis->volgnummer))
            basis = &m;
    }
    return basis;
}

Plan conceptPlan(const Instrument& instrument, const Dossier& dossier, const QDate& vandaag)
{
    Plan plan;
    // The next versie builds on the latest one still in force; a withdrawn versie is history, not a basis.
    const auto inForce = std::find_if(
        dossier.plannen.crbegin(), dossier.plannen.crend(), [](const Plan& p) { return !p.ingetrokken(); });
    if (inForce != dossier.plannen.crend()) {
        plan = *inForce;
        plan.id = 0;
    } else if (!dossier.meetmomenten.isEmpty()) {
        const VraagVerheldering v = vraagverheldering(instrument, dossier.meetmomenten.constLast());
        plan.draaglastBepaald = v.draaglast;
        plan.draagkrachtBepaald = v.draagkracht;
    }
    plan.versie = dossier.plannen.isEmpty() ? 1 : dossier.plannen.constLast().versie + 1;
    plan.datum = vandaag;
    return plan;
}

Status validatePlan(const Instrument& instrument, const Plan& plan)
{
    if (!plan.datum.isValid())
        return Error::badInput(QStringLiteral("Het plan heeft geen geldige datum."));
    // The same text rules as the import (core/validation.h), so a plan that was saved can be exported again. Every
    // text is named as the user sees it ("Doel 2"); the free texts may be longer than a table cell.
    QVector<std::tuple<QString, const QString*, int>> teksten
        = {{QStringLiteral("De hulpvraag"), &plan.hulpvraag, validation::TextLength},
            {QStringLiteral("De bepaalde draaglast"), &plan.draaglastBepaald, validation::TextLength},
            {QStringLiteral("De bepaalde draagkracht"), &plan.draagkrachtBepaald, validation::TextLength},
            {QStringLiteral("De toelichting bij de gedeelde visie"), &plan.visieToelichting, validation::TextLength}};
    for (int i = 0; i < plan.doelen.size(); ++i) {
        const Doel& d = plan.doelen.at(i);
        for (const QString* t : {&d.omschrijving, &d.wat, &d.hoe, &d.metWie})
            teksten.append({QStringLiteral("Doel %1").arg(i + 1), t, validation::CellLength});
    }
    for (int i = 0; i < plan.interventies.size(); ++i) {
        for (const QString* t : {&plan.interventies.at(i).omschrijving, &plan.interventies.at(i).wie})
            teksten.append({QStringLiteral("Interventie %1").arg(i + 1), t, validation::CellLength});
    }
    for (int i = 0; i < plan.afspraken.size(); ++i) {
        for (const QString* t : {&plan.afspraken.at(i).omschrijving, &plan.afspraken.at(i).wie})
            teksten.append({QStringLiteral("Afspraak %1").arg(i + 1), t, validation::CellLength});
    }
    for (const auto& [waar, tekst, maxLength] : teksten) {
        const QString problem = validation::textProblem(*tekst, maxLength, true);
        if (!problem.isEmpty())
            return Error::badInput(QStringLiteral("%1 %2.").arg(waar, problem));
    }
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
