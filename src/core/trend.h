#pragma once

#include "dossier.h"
#include "instrument.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace dw {

// What the trend charts show of one inwoner's draagkracht and draaglast over the meetmomenten, per perspective.
// Built from the dossier and scored by core (scoring.h): a widget only draws these numbers.
struct Trend
{
    // A figure that is measured per meetmoment: competenties, sociaal kapitaal, aantal probleemgebieden.
    enum class Maat { Competenties, SociaalKapitaal, Probleemgebieden };

    struct Punt
    {
        int meetmoment = 0; // volgnummer, 1 = nulmeting
        QDate datum;
        double waarde = 0;

        bool operator==(const Punt& o) const
        {
            return meetmoment == o.meetmoment && datum == o.datum && waarde == o.waarde;
        }
    };

    // One step of the path through the four quadrants: both component scores known at that meetmoment.
    struct KwadrantPunt
    {
        int meetmoment = 0;
        QDate datum;
        double competenties = 0;
        double sociaalKapitaal = 0;
        Kwadrant kwadrant = Kwadrant::Onbekend;
    };

    // The draaglast of one levensgebied at one meetmoment from one perspective.
    struct DraaglastCel
    {
        enum class Status {
            NietGemeten, // this perspective has no meting at this meetmoment
            NietBeoordeeld, // the meting leaves this levensgebied open
            Nvt, // rated "n.v.t."
            Niveau // rated 0, 1 or 2
        };
        Status status = Status::NietGemeten;
        int niveau = 0; // only for Status::Niveau

        bool heeftNiveau() const { return status == Status::Niveau; }
    };

    struct MeetmomentLabel
    {
        int meetmoment = 0;
        QDate datum;
    };

    QString ref;
    double drempel = 0; // a component is "wel" from here (Drempels::componentAanwezigVanaf)
    double schaalMin = 1; // the answer scale of the items
    double schaalMax = 5;
    int maxProbleemgebieden = 0; // the number of levensgebieden
    QVector<MeetmomentLabel> meetmomenten; // every meetmoment, in order, also those without any figure
    QVector<LevensgebiedDefinitie> levensgebieden;

    static Trend build(const Instrument& instrument, const Dossier& dossier);

    bool isLeeg() const { return meetmomenten.isEmpty(); }
    // The points of one figure for one perspective, in meetmoment order. A meetmoment where the perspective was
    // not measured, or where the component score is unknown (too few items answered), has no point.
    const QVector<Punt>& reeks(Maat maat, Perspectief perspectief) const;
    // The points with both component scores known, in meetmoment order: the path through the quadrants.
    const QVector<KwadrantPunt>& kwadrantPad(Perspectief perspectief) const;
    // Row = levensgebied (in instrument order), column = meetmoment (in order).
    const DraaglastCel& draaglast(Perspectief perspectief, int levensgebied, int meetmomentIndex) const;
    // Runs of points at consecutive meetmomenten: a missing meetmoment breaks the line into two runs.
    static QVector<QVector<Punt>> aaneengesloten(const QVector<Punt>& punten);

private:
    static int index(Perspectief p) { return p == Perspectief::Inwoner ? 0 : 1; }
    QVector<Punt> m_reeksen[3][2];
    QVector<KwadrantPunt> m_pad[2];
    QVector<QVector<DraaglastCel>> m_draaglast[2]; // [perspectief][levensgebied][meetmoment]
};

} // namespace dw
