#pragma once

#include "domain.h"
#include "instrument.h"
#include "plan.h"

#include <QString>
#include <QVector>

namespace dw {

// The kwaliteitscheck of a plan van aanpak: the weak spots the study found in real plans (publieksversie, "Doelen
// en interventies" and Aanbeveling 4), each with the study's reason. It flags for attention; it never blocks saving.

enum class CheckRegel {
    DoelHerhaaltHulpvraag,
    DoelBeschrijftSituatie,
    InterventieAlsDoel,
    InterventieZonderDoel,
    DoelZonderHorizon,
    DoelZonderMetWie,
    DraaglastZonderVerminderen,
    CompetentiesZonderInterventie,
    KwadrantVerschilNietBesproken,
};

QString checkRegelCode(CheckRegel regel); // stable code, e.g. "doel_herhaalt_hulpvraag"

struct Bevinding
{
    CheckRegel regel = CheckRegel::DoelHerhaaltHulpvraag;
    int doel = 0; // 1-based doel it is about, or 0
    int interventie = 0; // 1-based interventie it is about, or 0
    QString tekst; // what is wrong, in plain Dutch
    QString reden; // why it matters, after the study
};

// `laatste` is the latest meetmoment (nullptr when there is none): the draaglast and draagkracht rules read it.
QVector<Bevinding> kwaliteitscheck(const Instrument& instrument, const Plan& plan, const Meetmoment* laatste);

// Text compared as a reader would: lower case, punctuation dropped, whitespace collapsed.
QString normaliseerTekst(const QString& tekst);

} // namespace dw
