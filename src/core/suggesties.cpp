#include "suggesties.h"

#include "scoring.h"

#include <QLocale>
#include <QMap>

namespace dw {

namespace {

// What the latest meetmoment says, over both perspectives.
struct Beeld
{
    bool pcZwak = false;
    bool skZwak = false;
    bool alleenCompetenties = false; // competent, but weak social capital
    bool zwak = false; // neither form of draagkracht
    bool zwareDraaglast = false; // meervoudig or ernstig
    int probleemgebieden = 0;
    QStringList levensgebieden; // with level >= 1, instrument order
};

Beeld beeldVan(const Instrument& instrument, const Meetmoment& mm)
{
    Beeld b;
    for (Perspectief p : allePerspectieven) {
        const std::optional<Meting>& meting = mm.meting(p);
        if (!meting)
            continue;
        const MetingScore s = scoreMeting(instrument, *meting);
        b.pcZwak = b.pcZwak || s.competentiesAanwezig == false;
        b.skZwak = b.skZwak || s.sociaalKapitaalAanwezig == false;
        b.alleenCompetenties = b.alleenCompetenties || s.kwadrant == Kwadrant::EnkelCompetenties;
        b.zwak = b.zwak || s.kwadrant == Kwadrant::Zwak;
        b.zwareDraaglast = b.zwareDraaglast || s.meervoudig || s.ernstig;
        b.probleemgebieden = std::max(b.probleemgebieden, s.probleemgebieden);
        for (const LevensgebiedDefinitie& lg : instrument.levensgebieden()) {
            const auto it = meting->draaglast.constFind(lg.code);
            if (it != meting->draaglast.constEnd() && it->value_or(0) >= 1 && !b.levensgebieden.contains(lg.code))
                b.levensgebieden << lg.code;
        }
    }
    return b;
}

} // namespace

QVector<Suggestie> suggesties(const Instrument& instrument, const Meetmoment* laatste, const Plan& plan)
{
    if (!laatste)
        return {};
    const Beeld b = beeldVan(instrument, *laatste);
    const QString drempel = QLocale(QLocale::Dutch).toString(instrument.drempels().componentAanwezigVanaf);

    QMap<QString, QString> reden; // type -> why
    if (b.zwareDraaglast)
        reden[QStringLiteral("draaglast_verminderen")] = QStringLiteral(
            "De draaglast is zwaar: %1 probleemgebieden of een ernstig probleem. Soms moet eerst een acuut probleem "
            "worden opgelost.")
                                                             .arg(b.probleemgebieden);
    else if (b.probleemgebieden > 0)
        reden[QStringLiteral("draaglast_verminderen")]
            = QStringLiteral("Er %1 op %2 levensgebied%3.")
                  .arg(b.probleemgebieden == 1 ? QStringLiteral("is een probleem") : QStringLiteral("zijn problemen"))
                  .arg(b.probleemgebieden)
                  .arg(b.probleemgebieden == 1 ? QString() : QStringLiteral("en"));
    if (b.pcZwak)
        reden[QStringLiteral("competenties_versterken")]
            = QStringLiteral("De persoonlijke competenties scoren onder %1.").arg(drempel);
    if (b.skZwak) {
        reden[QStringLiteral("netwerk_versterken")]
            = QStringLiteral("Het sociaal kapitaal scoort onder %1: het netwerk is klein of wordt weinig benut.")
                  .arg(drempel);
        reden[QStringLiteral("voorliggend_veld_benutten")] = QStringLiteral(
            "Betere benutting van het voorliggend veld leidt tot de beoogde versterking van sociaal kapitaal.");
    }
    if (b.alleenCompetenties)
        reden[QStringLiteral("netwerkcompetentie_versterken")] = QStringLiteral(
            "De inwoner kan zelf veel, maar het sociaal kapitaal is zwak: leren het eigen netwerk te vragen.");
    if (b.zwak)
        reden[QStringLiteral("vertrouwen_versterken")] = QStringLiteral(
            "Beide vormen van draagkracht zijn zwak: vertrouwen in netwerk en voorliggend veld is een eerste stap.");

    QVector<Suggestie> uit;
    for (const InterventieTypeDefinitie& t : instrument.interventieTypen()) {
        if (!reden.contains(t.code))
            continue;
        Suggestie s {t.code, t.naam, t.voorbeeld, reden.value(t.code), b.levensgebieden, false};
        for (const Interventie& iv : plan.interventies)
            s.alInPlan = s.alInPlan || iv.type == t.code;
        uit.append(s);
    }
    return uit;
}

} // namespace dw
