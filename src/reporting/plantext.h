#pragma once

#include "core/plan.h"

#include <QDate>
#include <QString>

// The words a plan van aanpak is written in, shared by the screen (planhtml) and the PDF (planpdf).
namespace dw::plantext {

QString esc(const QString& s); // HTML-escaped, or a dash for an empty field
// The same with soft hyphens in its long words, for a narrow table column on paper (afbreken.h).
QString escAfbreekbaar(const QString& s);
QString datum(const QDate& d); // "14 juni 2016", or a dash
QString uitkomst(Uitkomst u); // "bereikt", "deels bereikt", "niet bereikt", "nog open"
QString instemming(Instemming i); // a sentence on whether the inwoner agrees with the plan
// A red paragraph for a withdrawn versie: when and why; shown on screen and on paper.
QString ingetrokkenHtml(const Plan& plan);

} // namespace dw::plantext
