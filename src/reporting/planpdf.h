#pragma once

#include "core/dossier.h"
#include "core/result.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace dw {

class Instrument;

// Lays the plan out on any paged device (a QPdfWriter, or a QPrinter for Print with preview) with its page size.
Status printPlan(QPagedPaintDevice& device,
    const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QDate& printedOn);

// The plan van aanpak as an A4 PDF: the werkproces sections in order, the draagkracht quadrant of both
// perspectives at the latest meetmoment with a small chart of the scores, doelen with their interventies and the
// afspraken in tables, signature lines for inwoner and professional, and "pagina X van Y", date and version in the
// footer. Fonts are embedded (QPdfWriter subsets them). Needs a QGuiApplication (fonts); offscreen is enough.
Status writePlanPdf(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& path,
    const QDate& printedOn);

} // namespace dw
