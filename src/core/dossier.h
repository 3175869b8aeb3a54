#pragma once

#include "domain.h"
#include "journaal.h"
#include "plan.h"

namespace dw {

// Everything Draagwijzer keeps about one inwoner: the unit of import, export and the dossier screen.
struct Dossier
{
    Inwoner inwoner;
    QVector<Meetmoment> meetmomenten; // ordered by volgnummer
    QVector<Plan> plannen; // ordered by versie
    QVector<JournaalRegel> journaal; // oldest first
};

} // namespace dw
