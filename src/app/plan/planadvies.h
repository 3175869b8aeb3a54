#pragma once

#include "core/kwaliteitscheck.h"
#include "core/socialekaart.h"
#include "core/suggesties.h"

namespace dw {

// The panel beside the plan editor as HTML: the kwaliteitscheck's findings with the study's reasons, and the
// suggested interventie types with the study's example and matching voorzieningen from the sociale kaart. Links:
// "dw:type/<code>" adds an interventie of that type, "dw:voorziening/<index in kaart>" one through that service.
QString bevindingenHtml(const QVector<Bevinding>& bevindingen);
QString suggestiesHtml(
    const QVector<Suggestie>& suggesties, const QVector<Voorziening>& kaart, const QString& gemeente);

} // namespace dw
