#pragma once

#include "domain.h"
#include "instrument.h"
#include "plan.h"

#include <QStringList>
#include <QVector>

namespace dw {

// An interventie type worth considering for this inwoner, read from the quadrant and draaglast of the latest
// meetmoment (Aanbeveling 5, the kansrijke interventies), with the study's example of the type.
struct Suggestie
{
    QString type; // interventie type code
    QString naam;
    QString voorbeeld; // the study's example
    QString reden; // why this inwoner, in plain Dutch
    QStringList levensgebieden; // levensgebied codes with a problem, for finding voorzieningen
    bool alInPlan = false; // the plan already has an interventie of this type
};

// In the instrument's order of the types. Both perspectives count: what either one sees is worth discussing.
QVector<Suggestie> suggesties(const Instrument& instrument, const Meetmoment* laatste, const Plan& plan);

} // namespace dw
