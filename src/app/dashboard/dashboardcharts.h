#pragma once

#include "core/cohortreport.h"

class QChart;

namespace dw {

class Instrument;

// The dashboard's charts, built from figures that storage and core computed; nothing is computed here.
namespace dashboardcharts {

// The quadrant distribution per meetmoment of one perspective: stacked bars of 100 %.
QChart* kwadranten(const PerspectiefCijfers& cijfers, Perspectief perspectief, const Instrument& instrument);
// Mean persoonlijke competenties and sociaal kapitaal per meetmoment, both perspectives (1–5).
QChart* scores(const CohortRapport& rapport);
// The share with at least one form of draagkracht per meetmoment, both perspectives (0–100 %).
QChart* metDraagkracht(const CohortRapport& rapport);
// Mean number of probleemgebieden per meetmoment, both perspectives (0–8).
QChart* probleemgebieden(const CohortRapport& rapport);
// The mean change from the first to the last meetmoment per measure, both perspectives (no bar: too few pairs).
QChart* verandering(const CohortRapport& rapport);
// Cohen's kappa per meetmoment (no bar: too few pairs or no spread).
QChart* kappa(const CohortRapport& rapport);

} // namespace dashboardcharts

} // namespace dw
