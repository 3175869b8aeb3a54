#include "kwaliteitscheck.h"

#include "scoring.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace dw {

namespace {

// Word lists behind the two text rules (docs/kwaliteitscheck.md). They are deliberately small: a finding asks the
// professional to look again, so a miss costs less than a false alarm on a good doel.

// Verbs and nouns of doing: a doel that starts or (Dutch infinitive last) ends with one names an action.
const QSet<QString> actieWoorden = {QStringLiteral("inzetten"),
    QStringLiteral("aanvragen"),
    QStringLiteral("aanvraag"),
    QStringLiteral("aanmelden"),
    QStringLiteral("aanmelding"),
    QStringLiteral("doorverwijzen"),
    QStringLiteral("doorverwijzing"),
    QStringLiteral("verwijzen"),
    QStringLiteral("inschakelen"),
    QStringLiteral("regelen"),
    QStringLiteral("organiseren"),
    QStringLiteral("bespreken"),
    QStringLiteral("begeleiden"),
    QStringLiteral("begeleiding"),
    QStringLiteral("uitleggen"),
    QStringLiteral("uitleg"),
    QStringLiteral("meegaan"),
    QStringLiteral("deelname"),
    QStringLiteral("deelnemen"),
    QStringLiteral("toeleiden"),
    QStringLiteral("toeleiding"),
    QStringLiteral("indiceren"),
    QStringLiteral("indicatie"),
    QStringLiteral("opstarten"),
    QStringLiteral("coaching")};

// Words that say where things should go: a change, a time or a result.
const QSet<QString> sterkeDoelWoorden = {QStringLiteral("binnen"),
    QStringLiteral("uiterlijk"),
    QStringLiteral("weer"),
    QStringLiteral("zelf"),
    QStringLiteral("zelfstandig"),
    QStringLiteral("afgelost"),
    QStringLiteral("opgelost"),
    QStringLiteral("geregeld"),
    QStringLiteral("behouden"),
    QStringLiteral("orde"),
    QStringLiteral("minder"),
    QStringLiteral("meer"),
    QStringLiteral("beter")};
const QSet<QString> doelWoorden = {QStringLiteral("kan"),
    QStringLiteral("kunnen"),
    QStringLiteral("wil"),
    QStringLiteral("gaat"),
    QStringLiteral("gaan"),
    QStringLiteral("zal"),
    QStringLiteral("wekelijks"),
    QStringLiteral("dagelijks"),
    QStringLiteral("maandelijks"),
    QStringLiteral("elke"),
    QStringLiteral("iedere"),
    QStringLiteral("vaste"),
    QStringLiteral("sluitende"),
    QStringLiteral("stabiel"),
    QStringLiteral("bereikt"),
    QStringLiteral("gevonden")};
// Words that describe a present difficulty.
const QSet<QString> probleemWoorden = {QStringLiteral("schuld"),
    QStringLiteral("schulden"),
    QStringLiteral("achterstand"),
    QStringLiteral("achterstanden"),
    QStringLiteral("probleem"),
    QStringLiteral("problemen"),
    QStringLiteral("moeite"),
    QStringLiteral("somber"),
    QStringLiteral("eenzaam"),
    QStringLiteral("zorgen"),
    QStringLiteral("stapelen"),
    QStringLiteral("ziek")};
const QSet<QString> ontkenningen = {QStringLiteral("niet"), QStringLiteral("nooit"), QStringLiteral("lukt")};

QStringList woorden(const QString& tekst)
{
    return normaliseerTekst(tekst).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool bevatEen(const QStringList& w, const QSet<QString>& set)
{
    for (const QString& s : w)
        if (set.contains(s))
            return true;
    return false;
}

bool herhaaltHulpvraag(const QString& doel, const QString& hulpvraag)
{
    const QString d = normaliseerTekst(doel);
    const QString h = normaliseerTekst(hulpvraag);
    if (d.isEmpty() || h.isEmpty())
        return false;
    if (d == h)
        return true;
    // A long enough piece copied whole counts too ("niet rondkomen" would not; a copied sentence does).
    constexpr int minimaalOverlap = 20;
    if ((d.size() >= minimaalOverlap && h.contains(d)) || (h.size() >= minimaalOverlap && d.contains(h)))
        return true;
    // Nearly the same words: Jaccard overlap of at least 0.8 on three words or more.
    const QStringList dw = d.split(QLatin1Char(' '));
    const QStringList hw = h.split(QLatin1Char(' '));
    const QSet<QString> a(dw.begin(), dw.end());
    const QSet<QString> b(hw.begin(), hw.end());
    if (a.size() < 3 || b.size() < 3)
        return false;
    const QSet<QString> gedeeld = QSet<QString>(a).intersect(b);
    const QSet<QString> samen = QSet<QString>(a).unite(b);
    return gedeeld.size() * 5 >= samen.size() * 4;
}

bool beschrijftSituatie(const QString& doel)
{
    const QStringList w = woorden(doel);
    if (w.isEmpty())
        return false;
    const bool sterk = bevatEen(w, sterkeDoelWoorden);
    if (bevatEen(w, ontkenningen) && !sterk)
        return true;
    return bevatEen(w, probleemWoorden) && !sterk && !bevatEen(w, doelWoorden);
}

bool isInterventieAlsDoel(const Doel& doel, const Plan& plan)
{
    const QStringList w = woorden(doel.omschrijving);
    if (w.isEmpty())
        return false;
    if (actieWoorden.contains(w.first()) || actieWoorden.contains(w.last()))
        return true;
    const QString d = w.join(QLatin1Char(' '));
    for (const Interventie& iv : plan.interventies)
        if (normaliseerTekst(iv.omschrijving) == d)
            return true;
    return false;
}

bool heeftInterventie(const Plan& plan, const QString& type)
{
    for (const Interventie& iv : plan.interventies)
        if (iv.type == type)
            return true;
    return false;
}

QString perspectiefWoord(Perspectief p)
{
    return p == Perspectief::Inwoner ? QStringLiteral("de inwoner") : QStringLiteral("de professional");
}

const QString redenHerhaling = QStringLiteral(
    "Het onderzoek zag vaak doelen die een letterlijke herhaling van de vraag zijn. Dan staat nergens wat er bereikt "
    "moet worden.");
const QString redenSituatie = QStringLiteral(
    "Het onderzoek zag vaak doelen die de bestaande situatie beschrijven. Een doel zegt wat er anders moet zijn, zo "
    "concreet mogelijk.");
const QString redenInterventie = QStringLiteral(
    "Soms wordt de interventie zelf als doel gesteld. Het doel is wat de inwoner wil bereiken; de interventie is de "
    "weg erheen.");
const QString redenZonderDoel
    = QStringLiteral("In plannen worden wel acties benoemd, maar vaak is niet duidelijk op welk doel ze gericht zijn.");
const QString redenHorizon = QStringLiteral(
    "Een doel zo concreet mogelijk formuleren hoort bij de tijdshorizon van het doel: wanneer moet het bereikt zijn?");
const QString redenMetWie
    = QStringLiteral("Benoem niet alleen het 'wat', maar ook het 'hoe' en vooral 'met wie' (Aanbeveling 4).");
const QString redenDraaglast = QStringLiteral(
    "Soms moet eerst een acuut probleem worden opgelost voordat aan draagkracht gewerkt kan worden (Aanbeveling 2). "
    "Bij 80% van de inwoners in het onderzoek waren interventies (ook) gericht op het verminderen van de draaglast.");
const QString redenCompetenties = QStringLiteral(
    "Persoonlijke competenties versterken is een van de kansrijke interventies (Aanbeveling 5); in het onderzoek "
    "kregen ze in 86% van de gevallen aandacht.");
const QString redenKwadrant = QStringLiteral(
    "Gebrek aan overeenstemming over draagkracht en draaglast is een belangrijke beperking voor een effectieve aanpak. "
    "Een gedeelde probleemvisie is belangrijk voor het succes van de samenwerking.");

} // namespace

QString checkRegelCode(CheckRegel regel)
{
    switch (regel) {
    case CheckRegel::DoelHerhaaltHulpvraag:
        return QStringLiteral("doel_herhaalt_hulpvraag");
    case CheckRegel::DoelBeschrijftSituatie:
        return QStringLiteral("doel_beschrijft_situatie");
    case CheckRegel::InterventieAlsDoel:
        return QStringLiteral("interventie_als_doel");
    case CheckRegel::InterventieZonderDoel:
        return QStringLiteral("interventie_zonder_doel");
    case CheckRegel::DoelZonderHorizon:
        return QStringLiteral("doel_zonder_horizon");
    case CheckRegel::DoelZonderMetWie:
        return QStringLiteral("doel_zonder_met_wie");
    case CheckRegel::DraaglastZonderVerminderen:
        return QStringLiteral("draaglast_zonder_verminderen");
    case CheckRegel::CompetentiesZonderInterventie:
        return QStringLiteral("competenties_zonder_interventie");
    case CheckRegel::KwadrantVerschilNietBesproken:
        return QStringLiteral("kwadrant_verschil_niet_besproken");
    }
    return {};
}

QString normaliseerTekst(const QString& tekst)
{
    static const QRegularExpression geenWoord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return tekst.toLower().replace(geenWoord, QStringLiteral(" ")).simplified();
}

QVector<Bevinding> kwaliteitscheck(const Instrument& instrument, const Plan& plan, const Meetmoment* laatste)
{
    QVector<Bevinding> uit;
    for (int i = 0; i < plan.doelen.size(); ++i) {
        const Doel& doel = plan.doelen.at(i);
        const int nr = i + 1;
        if (herhaaltHulpvraag(doel.omschrijving, plan.hulpvraag))
            uit.append({CheckRegel::DoelHerhaaltHulpvraag,
                nr,
                0,
                QStringLiteral("Doel %1 herhaalt de hulpvraag.").arg(nr),
                redenHerhaling});
        else if (beschrijftSituatie(doel.omschrijving))
            uit.append({CheckRegel::DoelBeschrijftSituatie,
                nr,
                0,
                QStringLiteral("Doel %1 beschrijft de huidige situatie, niet wat er bereikt moet worden.").arg(nr),
                redenSituatie});
        if (isInterventieAlsDoel(doel, plan))
            uit.append({CheckRegel::InterventieAlsDoel,
                nr,
                0,
                QStringLiteral("Doel %1 is geschreven als een interventie (wat er gedaan wordt).").arg(nr),
                redenInterventie});
        if (!doel.horizon.isValid())
            uit.append({CheckRegel::DoelZonderHorizon,
                nr,
                0,
                QStringLiteral("Doel %1 heeft geen termijn: wanneer moet het bereikt zijn?").arg(nr),
                redenHorizon});
        if (doel.metWie.trimmed().isEmpty())
            uit.append({CheckRegel::DoelZonderMetWie,
                nr,
                0,
                QStringLiteral("Bij doel %1 staat niet met wie het bereikt wordt.").arg(nr),
                redenMetWie});
    }
    for (int i = 0; i < plan.interventies.size(); ++i) {
        const int doel = plan.interventies.at(i).doel;
        if (doel < 1 || doel > plan.doelen.size())
            uit.append({CheckRegel::InterventieZonderDoel,
                0,
                i + 1,
                QStringLiteral("Interventie %1 is niet aan een doel gekoppeld.").arg(i + 1),
                redenZonderDoel});
    }
    if (!laatste)
        return uit;

    QStringList draaglastBij, zwakBij;
    Kwadrant kwadranten[2] = {Kwadrant::Onbekend, Kwadrant::Onbekend};
    for (Perspectief p : allePerspectieven) {
        const std::optional<Meting>& meting = laatste->meting(p);
        if (!meting)
            continue;
        const MetingScore s = scoreMeting(instrument, *meting);
        if (s.meervoudig || s.ernstig)
            draaglastBij << (s.ernstig && !s.meervoudig
                    ? QStringLiteral("%1 ziet een ernstig probleem").arg(perspectiefWoord(p))
                    : QStringLiteral("%1 ziet %2 probleemgebieden").arg(perspectiefWoord(p)).arg(s.probleemgebieden));
        if (s.competentiesAanwezig == false)
            zwakBij << perspectiefWoord(p);
        kwadranten[p == Perspectief::Inwoner ? 0 : 1] = s.kwadrant;
    }
    const QString drempel = QLocale(QLocale::Dutch).toString(instrument.drempels().componentAanwezigVanaf);
    if (!draaglastBij.isEmpty() && !heeftInterventie(plan, QStringLiteral("draaglast_verminderen")))
        uit.append({CheckRegel::DraaglastZonderVerminderen,
            0,
            0,
            QStringLiteral("De draaglast is zwaar (%1), maar geen interventie vermindert de draaglast.")
                .arg(draaglastBij.join(QStringLiteral("; "))),
            redenDraaglast});
    if (!zwakBij.isEmpty() && !heeftInterventie(plan, QStringLiteral("competenties_versterken")))
        uit.append({CheckRegel::CompetentiesZonderInterventie,
            0,
            0,
            QStringLiteral("De persoonlijke competenties zijn zwak volgens %1 (onder %2), maar geen interventie "
                           "versterkt ze.")
                .arg(zwakBij.join(QStringLiteral(" en ")), drempel),
            redenCompetenties});
    if (kwadranten[0] != Kwadrant::Onbekend && kwadranten[1] != Kwadrant::Onbekend && kwadranten[0] != kwadranten[1]
        && !plan.verschilBesproken)
        uit.append({CheckRegel::KwadrantVerschilNietBesproken,
            0,
            0,
            QStringLiteral("De inwoner ziet zich als '%1', de professional als '%2'; dit verschil is niet als "
                           "besproken vastgelegd.")
                .arg(instrument.kwadrantNaam(kwadranten[0]), instrument.kwadrantNaam(kwadranten[1])),
            redenKwadrant});
    return uit;
}

} // namespace dw
