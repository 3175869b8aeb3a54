#pragma once

#include "core/bijlage.h"
#include "core/dossier.h"
#include "core/result.h"
#include "storage/auditquery.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace dw {

class Instrument;

// The inzage (AVG art. 15) of one inwoner, written for the inwoner to read alone, in plain Dutch (B1): what this is
// and their rights, their personal data, every meetmoment with the answers in the questionnaire's own words and
// what the scores mean, every versie of every plan, the journal (each entry a feit or an aanname), and who saw or
// changed the dossier (`wieZag`, oldest first); the `bijlagen` are listed, with `bijlagenMap` as the folder beside the
// PDF where their copies are.
// All user text is escaped.
QString inzageHtml(const Dossier& dossier,
    const QVector<AuditRegel>& wieZag,
    const Instrument& instrument,
    const QDate& gemaaktOp,
    const QVector<Bijlage>& bijlagen = {},
    const QString& bijlagenMap = {});

// The same as an A4 PDF with "pagina X van Y" in the footer, written through saveFile. Needs a QGuiApplication
// (fonts); offscreen is enough. Without one it refuses rather than abort.
Status writeInzagePdf(const Dossier& dossier,
    const QVector<AuditRegel>& wieZag,
    const Instrument& instrument,
    const QString& path,
    const QDate& gemaaktOp,
    const QVector<Bijlage>& bijlagen = {},
    const QString& bijlagenMap = {});

} // namespace dw
