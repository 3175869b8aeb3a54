#pragma once

#include "core/cohortreport.h"
#include "core/instrument.h"

namespace dw {

// The cohort report as a plain-text table for the terminal (report cohort without --json).
QString cohortAlsTekst(const CohortRapport& rapport, const Instrument& instrument);

// Formats a figure the Dutch way (decimal comma), or "te weinig gegevens" when it is absent.
QString figuur(const std::optional<double>& value, int decimals = 2);

// A percentage in the one style of the Teamoverzicht and the cohort report (issue 18, where one chart wrote "14 %"
// and "21,3 %"): one decimal after a comma, a non-breaking space (the number and its sign stay on one line) and the
// sign: "14,0 %", "21,3 %". "te weinig gegevens" when it is absent.
QString procent(const std::optional<double>& value);
// The base of a percentage as it is written beside it: "n = 12".
QString nTekst(int n);

} // namespace dw
