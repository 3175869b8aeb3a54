#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace dw {

namespace {

ComponentScore scoreComponent(const Instrument& instrument, const Meting& meting, Component component)
{
    ComponentScore result;
    int som = 0;
    for (const InstrumentItem& item : instrument.perspectief(meting.perspectief).items) {
        if (item.component != component)
            continue;
        ++result.totaal;
        const auto it = meting.antwoorden.constFind(item.code);
        if (it != meting.antwoorden.constEnd()) {
            ++result.beantwoord;
            som += *it;
        }
    }
    // Integer comparison, so that exactly two thirds counts without floating-point doubt:
    // beantwoord / totaal >= teller / noemer.
    const Drempels& d = instrument.drempels();
    if (result.beantwoord > 0 && result.beantwoord * d.minimaalNoemer >= result.totaal * d.minimaalTeller)
        result.score = static_cast<double>(som) / result.beantwoord;
    return result;
}

std::optional<bool> aanwezig(const Instrument& instrument, const ComponentScore& c)
{
    if (!c.score)
        return std::nullopt;
    // Means of integers: compare with a tolerance so that 3.5 computed as 7/2 or 21/6 is "wel".
    return *c.score >= instrument.drempels().componentAanwezigVanaf - 1e-9;
}

} // namespace

Status validateMeting(const Instrument& instrument, const Meting& meting)
{
    const QString persp = perspectiefCode(meting.perspectief);
    for (auto it = meting.antwoorden.cbegin(); it != meting.antwoorden.cend(); ++it) {
        const InstrumentItem* item = instrument.item(it.key());
        if (!item)
            return Error::badInput(QStringLiteral("onbekende itemcode '%1'").arg(it.key()));
        if (item->perspectief != meting.perspectief)
            return Error::badInput(
                QStringLiteral("item '%1' hoort niet bij het perspectief '%2'").arg(it.key(), persp));
        if (it.value() < 1 || it.value() > 5)
            return Error::badInput(
                QStringLiteral("antwoord op '%1' moet 1 t/m 5 zijn, niet %2").arg(it.key()).arg(it.value()));
    }
    for (auto it = meting.draaglast.cbegin(); it != meting.draaglast.cend(); ++it) {
        if (!instrument.levensgebied(it.key()))
            return Error::badInput(QStringLiteral("onbekend levensgebied '%1'").arg(it.key()));
        if (it.value() && (*it.value() < 0 || *it.value() > 2))
            return Error::badInput(QStringLiteral("draaglast voor '%1' moet 0, 1, 2 of n.v.t. zijn, niet %2")
                                       .arg(it.key())
                                       .arg(*it.value()));
    }
    return {};
}

Kwadrant kwadrantFor(std::optional<bool> competenties, std::optional<bool> sociaalKapitaal)
{
    if (!competenties || !sociaalKapitaal)
        return Kwadrant::Onbekend;
    if (*competenties)
        return *sociaalKapitaal ? Kwadrant::Dubbel : Kwadrant::EnkelCompetenties;
    return *sociaalKapitaal ? Kwadrant::EnkelSociaalKapitaal : Kwadrant::Zwak;
}

MetingScore scoreMeting(const Instrument& instrument, const Meting& meting)
{
    MetingScore s;
    s.competenties = scoreComponent(instrument, meting, Component::PersoonlijkeCompetenties);
    s.sociaalKapitaal = scoreComponent(instrument, meting, Component::SociaalKapitaal);
    s.competentiesAanwezig = aanwezig(instrument, s.competenties);
    s.sociaalKapitaalAanwezig = aanwezig(instrument, s.sociaalKapitaal);
    s.kwadrant = kwadrantFor(s.competentiesAanwezig, s.sociaalKapitaalAanwezig);
    for (const auto& niveau : meting.draaglast) {
        if (niveau && *niveau >= 1)
            ++s.probleemgebieden;
        if (niveau && *niveau == 2)
            s.ernstig = true;
    }
    s.meervoudig = s.probleemgebieden >= instrument.drempels().meervoudigVanaf;
    return s;
}

Vergelijking vergelijk(const Instrument& instrument, const Meting& inwoner, const Meting& professional)
{
    Vergelijking v;
    const MetingScore a = scoreMeting(instrument, inwoner);
    const MetingScore b = scoreMeting(instrument, professional);
    if (a.kwadrant != Kwadrant::Onbekend && b.kwadrant != Kwadrant::Onbekend)
        v.kwadrantGelijk = a.kwadrant == b.kwadrant;
    for (Component c : alleComponenten) {
        const auto& x = a.component(c).score;
        const auto& y = b.component(c).score;
        if (x && y && std::abs(*x - *y) >= instrument.drempels().componentVerschilVanaf - 1e-9)
            v.verschillendeComponenten.append(c);
    }
    for (const LevensgebiedDefinitie& g : instrument.levensgebieden()) {
        const auto x = inwoner.draaglast.value(g.code);
        const auto y = professional.draaglast.value(g.code);
        if (x && y && ((*x >= 1 && *y == 0) || (*x == 0 && *y >= 1)))
            v.verschillendeLevensgebieden.append(g.code);
    }
    return v;
}

void nummerOpDatum(QVector<Meetmoment>& meetmomenten)
{
    std::stable_sort(meetmomenten.begin(), meetmomenten.end(), [](const Meetmoment& a, const Meetmoment& b) {
        return a.datum < b.datum;
    });
    for (int i = 0; i < meetmomenten.size(); ++i)
        meetmomenten[i].volgnummer = i + 1;
}

} // namespace dw
