#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace dw {

class Instrument;

// The paper questionnaire (issue 17): Tabel 1, the inwoner's own view of their draagkracht, and the draaglast over
// the levensgebieden, for an inwoner who fills it in at home. A check box per answer under the scale's own words,
// "Weet niet" and "N.v.t." included, in the order the keyboard questionnaire asks them, so the returned form is
// typed in from top to bottom. The statements are the validated instrument's, word for word.
//
// With a `ref`: the inwoner's ref and `datum` in the header (no name: a form may get lost on the way). Without:
// a blank form for a first visit, with lines to write the name and date on. Room for a signature at the end.
QString vragenlijstHtml(const Instrument& instrument, const QString& ref, const QDate& datum);

// The same as an A4 PDF through saveFile.
Status writeVragenlijstPdf(const Instrument& instrument, const QString& ref, const QDate& datum, const QString& path);

} // namespace dw
