#pragma once

#include "core/dossier.h"
#include "core/result.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dw {

class Instrument;

// The plan laid out in `doc` for `device`, page by page as printPlan prints it: rows of the doelen and afspraken
// tables and the signatures are kept whole on a page where they fit (pagedpdf.h), long words in the table columns
// break with a hyphen (afbreken.h).
void layOutPlan(QTextDocument& doc,
    QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument);

// Lays the plan out on any paged device (a QPdfWriter, or a QPrinter for Print with preview) with its page size.
Status printPlan(QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QDate& printedOn);

// The plan van aanpak as an A4 PDF: the werkproces sections in order, the draagkracht quadrant of both
// perspectives at the meetmoment the plan was written from (core/planconcept.h: the last one on or before its
// date, named on the page) with a small chart of the scores, doelen with their interventies and the
// afspraken in tables, signature lines for inwoner and professional, and "pagina X van Y", date and version in the
// footer. Fonts are embedded (QPdfWriter subsets them). Needs a QGuiApplication (fonts); offscreen is enough.
Status writePlanPdf(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& path,
    const QDate& printedOn);

} // namespace dw
