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

// The meetmoment a plan versie was written from, whose scores belong with it on paper (issue 18: a plan of 2016
// printed with the scores of 2018 tells another story). A plan stores no link to a meetmoment, so this is the last
// meetmoment on or before the plan's date (the latest one when the plan has no date); nullptr when the plan is older
// than every meetmoment.
const Meetmoment* meetmomentVanPlan(const Dossier& dossier, const Plan& plan);

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
