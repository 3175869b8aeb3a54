#pragma once

#include "dossier.h"
#include "instrument.h"
#include "result.h"

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

// What must hold before a versie is stored (the database refuses the rest): every doel, interventie and afspraak
// has a description, every interventie a known type and, if any, an existing doel. The message is for the user.
Status validatePlan(const Instrument& instrument, const Plan& plan);

// Removes doel `nummer` (1-based) and keeps the interventies pointing at the right doelen: those of the removed
// doel lose their doel, later numbers shift down by one.
void verwijderDoel(Plan& plan, int nummer);

} // namespace dw
