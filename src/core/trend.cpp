#include "trend.h"

#include "scoring.h"

#include <algorithm>

namespace dw {

Trend Trend::build(const Instrument& instrument, const Dossier& dossier)
{
    Trend t;
    t.ref = dossier.inwoner.ref;
    t.drempel = instrument.drempels().componentAanwezigVanaf;
    const QVector<SchaalLabel>& schaal = instrument.perspectief(Perspectief::Inwoner).schaal;
    if (!schaal.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(schaal.cbegin(),
            schaal.cend(),
            [](const SchaalLabel& a, const SchaalLabel& b) { return a.waarde < b.waarde; });
        t.schaalMin = lo->waarde;
        t.schaalMax = hi->waarde;
    }
    t.levensgebieden = instrument.levensgebieden();
    t.maxProbleemgebieden = static_cast<int>(t.levensgebieden.size());
    for (int p = 0; p < 2; ++p)
        t.m_draaglast[p].resize(t.levensgebieden.size());

    for (const Meetmoment& m : dossier.meetmomenten) {
        t.meetmomenten.append({m.volgnummer, m.datum});
        for (Perspectief p : allePerspectieven) {
            const int pi = index(p);
            const std::optional<Meting>& meting = m.meting(p);
            for (int g = 0; g < t.levensgebieden.size(); ++g) {
                DraaglastCel cel;
                if (meting) {
                    const auto it = meting->draaglast.constFind(t.levensgebieden.at(g).code);
                    if (it == meting->draaglast.constEnd())
                        cel.status = DraaglastCel::Status::NietBeoordeeld;
                    else if (!it->has_value())
                        cel.status = DraaglastCel::Status::Nvt;
                    else {
                        cel.status = DraaglastCel::Status::Niveau;
                        cel.niveau = **it;
                    }
                }
                t.m_draaglast[pi][g].append(cel);
            }
            if (!meting)
                continue;
            const MetingScore s = scoreMeting(instrument, *meting);
            if (s.competenties.score)
                t.m_reeksen[static_cast<int>(Maat::Competenties)][pi].append(
                    {m.volgnummer, m.datum, *s.competenties.score});
            if (s.sociaalKapitaal.score)
                t.m_reeksen[static_cast<int>(Maat::SociaalKapitaal)][pi].append(
                    {m.volgnummer, m.datum, *s.sociaalKapitaal.score});
            // docs/instrument.md, decision 7: a meting always has an aantal probleemgebieden (n.v.t. and not
            // rated count as no problem), so every meting gives a point here.
            t.m_reeksen[static_cast<int>(Maat::Probleemgebieden)][pi].append(
                {m.volgnummer, m.datum, static_cast<double>(s.probleemgebieden)});
            if (s.competenties.score && s.sociaalKapitaal.score)
                t.m_pad[pi].append(
                    {m.volgnummer, m.datum, *s.competenties.score, *s.sociaalKapitaal.score, s.kwadrant});
        }
    }
    return t;
}

const QVector<Trend::Punt>& Trend::reeks(Maat maat, Perspectief perspectief) const
{
    return m_reeksen[static_cast<int>(maat)][index(perspectief)];
}

const QVector<Trend::KwadrantPunt>& Trend::kwadrantPad(Perspectief perspectief) const
{
    return m_pad[index(perspectief)];
}

const Trend::DraaglastCel& Trend::draaglast(Perspectief perspectief, int levensgebied, int meetmomentIndex) const
{
    return m_draaglast[index(perspectief)].at(levensgebied).at(meetmomentIndex);
}

QVector<QVector<Trend::Punt>> Trend::aaneengesloten(const QVector<Punt>& punten)
{
    QVector<QVector<Punt>> runs;
    for (const Punt& p : punten) {
        if (runs.isEmpty() || runs.constLast().constLast().meetmoment + 1 != p.meetmoment)
            runs.append(QVector<Punt>());
        runs.last().append(p);
    }
    return runs;
}

} // namespace dw
