#pragma once

#include "core/cohortreport.h"
#include "storage/vervolgquery.h"

#include <QString>

class QTableWidget;

namespace dw {

class Instrument;

// The tables beside the charts: figures as the user reads them (decimal comma, percentages as "21,3 %" with their
// n beside them, "te weinig gegevens" where a figure is absent). Formatting only: every figure comes from
// CohortRapport and VervolgOverzicht.
namespace dashboardtabellen {

QString pWaarde(const std::optional<double>& p);

void kwadranten(QTableWidget* table, const CohortRapport& rapport, const Instrument& instrument);
void gemiddelden(QTableWidget* table, const CohortRapport& rapport);
void verandering(QTableWidget* table, const CohortRapport& rapport);
void kappa(QTableWidget* table, const CohortRapport& rapport);
void vervolgPerProfessional(QTableWidget* table, const VervolgOverzicht& vervolg);

} // namespace dashboardtabellen

} // namespace dw
