#pragma once

#include "core/dossier.h"
#include "metingen.h"

#include <QStringList>

namespace dw::test {

// Hand-made dossiers whose figures can be worked out on paper: every item of a component gets the same answer
// (uniformeMeting), so a component score is that answer; `problemen` levensgebieden (in the instrument's order)
// have level 1, the others 0.
inline Meting handMeting(Perspectief p, int pc, int sk, int problemen = 0)
{
    static const QStringList levensgebieden = {QStringLiteral("financien"),
        QStringLiteral("wonen"),
        QStringLiteral("tijdsbesteding"),
        QStringLiteral("opvoeding"),
        QStringLiteral("lichamelijke_gezondheid"),
        QStringLiteral("geestelijke_gezondheid"),
        QStringLiteral("onderwijs"),
        QStringLiteral("veiligheid")};
    DraaglastNiveaus draaglast;
    for (int i = 0; i < levensgebieden.size(); ++i)
        draaglast.insert(levensgebieden.at(i), i < problemen ? 1 : 0);
    return uniformeMeting(p, pc, sk, draaglast);
}

inline Dossier handDossier(const QString& ref, const QString& gemeente, const QString& professional = {})
{
    Dossier d;
    d.inwoner.ref = ref;
    d.inwoner.naam = QStringLiteral("Inwoner %1").arg(ref);
    d.inwoner.geboortedatum = QDate(1970, 1, 1);
    d.inwoner.gemeente = gemeente;
    d.inwoner.professional = professional;
    return d;
}

// Adds a meetmoment on `datum` with an inwoner meting (pc, sk) and, when `metProfessional`, the same scores
// from the professional.
inline void addMeetmoment(
    Dossier& d, const QDate& datum, int pc, int sk, int problemen = 0, bool metProfessional = false)
{
    Meetmoment m;
    m.datum = datum;
    m.volgnummer = d.meetmomenten.size() + 1;
    m.inwoner = handMeting(Perspectief::Inwoner, pc, sk, problemen);
    if (metProfessional)
        m.professional = handMeting(Perspectief::Professional, pc, sk, problemen);
    d.meetmomenten.append(m);
}

} // namespace dw::test
