#include "inwonerreport.h"

#include "exchangeformat.h"

#include <QJsonArray>
#include <QTextStream>

namespace dw {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoreJson(const MetingScore& s)
{
    return QJsonObject {{QStringLiteral("competenties"), number(s.competenties.score)},
        {QStringLiteral("competenties_beantwoord"), s.competenties.beantwoord},
        {QStringLiteral("sociaal_kapitaal"), number(s.sociaalKapitaal.score)},
        {QStringLiteral("sociaal_kapitaal_beantwoord"), s.sociaalKapitaal.beantwoord},
        {QStringLiteral("kwadrant"),
            s.kwadrant == Kwadrant::Onbekend ? QJsonValue(QJsonValue::Null) : QJsonValue(kwadrantCode(s.kwadrant))},
        {QStringLiteral("probleemgebieden"), s.probleemgebieden},
        {QStringLiteral("meervoudige_problematiek"), s.meervoudig}};
}

QString score(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("onvoldoende ingevuld");
}

} // namespace

InwonerRapport InwonerRapport::build(const Instrument& instrument, const Dossier& dossier)
{
    InwonerRapport r;
    r.inwoner = dossier.inwoner;
    for (const Meetmoment& m : dossier.meetmomenten) {
        Regel regel;
        regel.meetmoment = m.volgnummer;
        regel.datum = m.datum;
        if (m.inwoner)
            regel.inwoner = scoreMeting(instrument, *m.inwoner);
        if (m.professional)
            regel.professional = scoreMeting(instrument, *m.professional);
        if (m.inwoner && m.professional)
            regel.vergelijking = vergelijk(instrument, *m.inwoner, *m.professional);
        r.regels.append(regel);
    }
    return r;
}

QJsonObject InwonerRapport::toJson() const
{
    QJsonArray meetmomenten;
    for (const Regel& r : regels) {
        QJsonObject o {{QStringLiteral("meetmoment"), r.meetmoment}, {QStringLiteral("datum"), isoDate(r.datum)}};
        o.insert(QStringLiteral("inwoner"), r.inwoner ? QJsonValue(scoreJson(*r.inwoner)) : QJsonValue());
        o.insert(
            QStringLiteral("professional"), r.professional ? QJsonValue(scoreJson(*r.professional)) : QJsonValue());
        if (r.vergelijking) {
            QJsonArray componenten, gebieden;
            for (Component c : r.vergelijking->verschillendeComponenten)
                componenten.append(componentCode(c));
            for (const QString& g : r.vergelijking->verschillendeLevensgebieden)
                gebieden.append(g);
            o.insert(QStringLiteral("overeenstemming"),
                QJsonObject {{QStringLiteral("kwadrant_gelijk"),
                                 r.vergelijking->kwadrantGelijk ? QJsonValue(*r.vergelijking->kwadrantGelijk)
                                                                : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("componenten_verschil"), componenten},
                    {QStringLiteral("levensgebieden_verschil"), gebieden}});
        } else {
            o.insert(QStringLiteral("overeenstemming"), QJsonValue());
        }
        meetmomenten.append(o);
    }
    return QJsonObject {{QStringLiteral("ref"), inwoner.ref},
        {QStringLiteral("gemeente"), inwoner.gemeente},
        {QStringLiteral("meetmomenten"), meetmomenten}};
}

QString InwonerRapport::toText(const Instrument& instrument) const
{
    QString out;
    QTextStream s(&out);
    s << inwoner.ref << " — " << inwoner.naam << " (" << inwoner.gemeente << ")\n";
    if (regels.isEmpty())
        s << "Nog geen meetmomenten.\n";
    for (const Regel& r : regels) {
        s << "\nMeetmoment " << r.meetmoment << (r.meetmoment == 1 ? " (nulmeting)" : "") << ", " << isoDate(r.datum)
          << "\n";
        for (Perspectief p : allePerspectieven) {
            const auto& sc = p == Perspectief::Inwoner ? r.inwoner : r.professional;
            s << "  " << (p == Perspectief::Inwoner ? "Inwoner     " : "Professional") << ": ";
            if (!sc) {
                s << "niet gemeten\n";
                continue;
            }
            s << instrument.kwadrantNaam(sc->kwadrant) << "; competenties " << score(sc->competenties.score)
              << ", sociaal kapitaal " << score(sc->sociaalKapitaal.score) << "; " << sc->probleemgebieden
              << " probleemgebied(en)" << (sc->meervoudig ? ", meervoudige problematiek" : "") << "\n";
        }
        if (r.vergelijking) {
            const Vergelijking& v = *r.vergelijking;
            s << "  Overeenstemming: "
              << (!v.kwadrantGelijk ? "kwadrant onbekend" : (*v.kwadrantGelijk ? "zelfde kwadrant" : "ander kwadrant"));
            for (Component c : v.verschillendeComponenten)
                s << "; " << instrument.componentNaam(c) << " verschilt 1 punt of meer";
            for (const QString& g : v.verschillendeLevensgebieden)
                s << "; " << instrument.levensgebied(g)->naam << ": probleem volgens één van beiden";
            s << "\n";
        }
    }
    return out;
}

} // namespace dw
