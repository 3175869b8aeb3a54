#pragma once

#include "core/dossier.h"
#include "core/result.h"
#include "core/socialekaart.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dw {

class Instrument;

// The partnerversie of a plan van aanpak (issue 17, aanbeveling 8): what one partner organisation needs for its own
// part and nothing more (AVG, dataminimalisatie). It holds the inwoner's name and ref, the professional to contact,
// the gedeelde visie, the doelen (description and horizon), and that partner's own interventies and afspraken. It
// holds no scores, no draaglast, no vraagverheldering, no journal, and nothing about other partners: their names
// are replaced by "[andere partner]" in every text it shows. It says so at the top.

// The partners named on the plan's interventies, each once, sorted.
QStringList planPartners(const Plan& plan);
// The partner of `plan` that `name` means (case and surrounding spaces ignored), or an empty string.
QString matchPartner(const Plan& plan, const QString& name);

// `kaart`: the sociale kaart, whose other organisations are redacted as well.
QString partnerPlanHtml(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& partner,
    const QVector<Voorziening>& kaart);

// The same as an A4 PDF through saveFile. Refuses (BadInput) a partner with no interventie in the plan.
Status writePartnerPlanPdf(const Dossier& dossier,
    const Plan& plan,
    const Instrument& instrument,
    const QString& partner,
    const QVector<Voorziening>& kaart,
    const QString& path,
    const QDate& printedOn);

} // namespace dw
