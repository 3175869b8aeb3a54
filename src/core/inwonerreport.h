#pragma once

#include "dossier.h"
#include "instrument.h"
#include "scoring.h"

#include <QJsonObject>

namespace dw {

// Scores, quadrants and overeenstemming per meetmoment of one inwoner ("report inwoner").
struct InwonerRapport
{
    struct Regel
    {
        int meetmoment = 0;
        QDate datum;
        std::optional<MetingScore> inwoner;
        std::optional<MetingScore> professional;
        std::optional<Vergelijking> vergelijking; // when both perspectives were measured
    };

    Inwoner inwoner;
    QVector<Regel> regels;

    static InwonerRapport build(const Instrument& instrument, const Dossier& dossier);
    QJsonObject toJson() const;
    QString toText(const Instrument& instrument) const;
};

} // namespace dw
