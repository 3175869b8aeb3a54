#pragma once

#include "core/plan.h"

#include <QString>

namespace dw {

class Instrument;

// A plan van aanpak as HTML in the order of the werkproces (hulpvraag -> vraagverheldering -> doelen ->
// interventies -> afspraken -> uitkomst, gedeelde visie). Used by the dossier screen and, later, the PDF.
QString planHtml(const Plan& plan, const Instrument& instrument);

} // namespace dw
