#pragma once

#include "domain.h"
#include "instrument.h"
#include "result.h"

#include <QStringList>

#include <optional>

namespace dw {

struct ComponentScore
{
    int beantwoord = 0; // items answered 1..5
    int totaal = 0; // items of this component in the instrument
    std::optional<double> score; // mean of the answered items; absent when under the two-thirds rule

    bool voldoendeIngevuld() const { return score.has_value(); }
};

// The derived figures of one meting. They depend only on the answers and the instrument version, so storage
// keeps them with the meting (see DESIGN.md, "Scale").
struct MetingScore
{
    ComponentScore competenties;
    ComponentScore sociaalKapitaal;
    std::optional<bool> competentiesAanwezig; // score >= threshold; absent when the score is absent
    std::optional<bool> sociaalKapitaalAanwezig;
    Kwadrant kwadrant = Kwadrant::Onbekend;
    int probleemgebieden = 0; // levensgebieden with level >= 1
    bool meervoudig = false; // probleemgebieden >= threshold (3)
    bool ernstig = false; // any levensgebied at level 2

    const ComponentScore& component(Component c) const
    {
        return c == Component::PersoonlijkeCompetenties ? competenties : sociaalKapitaal;
    }
};

// Checks that every answer and level fits the instrument: items of this perspective, values 1..5, known
// levensgebieden, levels 0..2 or n.v.t. The message names the offending code.
Status validateMeting(const Instrument& instrument, const Meting& meting);

MetingScore scoreMeting(const Instrument& instrument, const Meting& meting);

Kwadrant kwadrantFor(std::optional<bool> competenties, std::optional<bool> sociaalKapitaal);

// Overeenstemming at one meetmoment between the inwoner's and the professional's meting.
struct Vergelijking
{
    std::optional<bool> kwadrantGelijk; // absent when either quadrant is unknown
    QVector<Component> verschillendeComponenten; // scores >= 1.0 apart (both present)
    QStringList verschillendeLevensgebieden; // one sees a problem (>= 1), the other none (0)

    bool heeftVerschillen() const
    {
        return kwadrantGelijk == false || !verschillendeComponenten.isEmpty() || !verschillendeLevensgebieden.isEmpty();
    }
};

Vergelijking vergelijk(const Instrument& instrument, const Meting& inwoner, const Meting& professional);

// Numbers meetmomenten 1..n by date; equal dates keep their given order (decision, docs/instrument.md).
void nummerOpDatum(QVector<Meetmoment>& meetmomenten);

} // namespace dw
