#pragma once

#include "core/cohortreport.h"
#include "core/instrument.h"

namespace dw {

// The cohort report as a plain-text table for the terminal (report cohort without --json).
QString cohortAlsTekst(const CohortRapport& rapport, const Instrument& instrument);

// Formats a figure the Dutch way (decimal comma), or "te weinig gegevens" when it is absent.
QString figuur(const std::optional<double>& value, int decimals = 2);

} // namespace dw
