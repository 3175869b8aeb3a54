#pragma once

#include "dossier.h"
#include "instrument.h"

#include <QDate>

namespace dw {

// Vraagverheldering as determined from one meetmoment, both perspectives, in words the plan can start from.
struct VraagVerheldering
{
    QString draaglast; // "Volgens de inwoner: Financiën (ernstig), Wonen. Volgens de professional: …"
    QString draagkracht; // quadrant and component scores per perspective
};

VraagVerheldering vraagverheldering(const Instrument& instrument, const Meetmoment& meetmoment);

// The concept the plan editor starts from: the latest versie carried forward as the next one (dated today), or a
// new plan whose vraagverheldering is prefilled from the latest meetmoment.
Plan conceptPlan(const Instrument& instrument, const Dossier& dossier, const QDate& vandaag);

} // namespace dw
