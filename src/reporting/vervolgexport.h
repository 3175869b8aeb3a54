#pragma once

#include "reporting/cohortexport.h"
#include "storage/vervolgquery.h"

namespace dw {

// The Teamoverzicht's follow-up figures as two more tables for its CSV/XLSX export: the counts per professional
// with the team total, and the inwoners due. The list carries the ref, not the name: an exported file travels
// further than the screen, and a professional finds the dossier by its ref.
QVector<Tabel> vervolgTabellen(const VervolgOverzicht& vervolg);

} // namespace dw
