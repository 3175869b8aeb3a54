#pragma once

#include "core/dossier.h"
#include "core/scoring.h"

#include <initializer_list>

namespace dw::test {

// A dossier for the trend tests, with figures worked out by hand:
//  1 (2016-06-14) inwoner: PC 8×3 = 3.0, SK 7×2 = 2.0 (zwak); financien 2, wonen 1, opvoeding n.v.t., rest 0
//                          -> 2 probleemgebieden.
//                 professional: PC 6×4 = 4.0, SK (3,4,3,4,3,4) = 21/6 = 3.5 (dubbel); financien 1 -> 1.
//  2 (2017-01-10) inwoner: PC 5 of 8 answered (< two thirds) -> unknown; SK 7×4 = 4.0; no draaglast -> 0.
//                 professional: not measured.
//  3 (2017-01-10, same date) inwoner: PC (4,4,4,4,4,4,5,5) = 34/8 = 4.25, SK (4,4,4,3,3,3,4) = 25/7 ≈ 3.571
//                 (dubbel); financien 1 -> 1.
//                 professional: PC 6×5 = 5.0, SK 6×2 = 2.0 (enkel competenties); financien 0 -> 0.
inline Meting trendMeting(Perspectief p, std::initializer_list<int> pc, std::initializer_list<int> sk)
{
    Meting m;
    m.perspectief = p;
    const QString prefix = p == Perspectief::Inwoner ? QStringLiteral("inw") : QStringLiteral("pro");
    int i = 1;
    for (int v : pc)
        m.antwoorden.insert(QStringLiteral("%1.pc.%2").arg(prefix).arg(i++), v);
    i = 1;
    for (int v : sk)
        m.antwoorden.insert(QStringLiteral("%1.sk.%2").arg(prefix).arg(i++), v);
    return m;
}

inline Dossier trendDossier(const QString& ref = QStringLiteral("ENS-0001"))
{
    Dossier d;
    d.inwoner.ref = ref;
    d.inwoner.naam = QStringLiteral("A. de Vries");
    d.inwoner.geboortedatum = QDate(1971, 3, 2);
    d.inwoner.gemeente = QStringLiteral("Enschede");
    Meetmoment m1;
    m1.datum = QDate(2016, 6, 14);
    m1.inwoner = trendMeting(Perspectief::Inwoner, {3, 3, 3, 3, 3, 3, 3, 3}, {2, 2, 2, 2, 2, 2, 2});
    m1.inwoner->draaglast = {{QStringLiteral("financien"), 2},
        {QStringLiteral("wonen"), 1},
        {QStringLiteral("opvoeding"), std::nullopt},
        {QStringLiteral("tijdsbesteding"), 0},
        {QStringLiteral("lichamelijke_gezondheid"), 0},
        {QStringLiteral("geestelijke_gezondheid"), 0},
        {QStringLiteral("onderwijs"), 0},
        {QStringLiteral("veiligheid"), 0}};
    m1.professional = trendMeting(Perspectief::Professional, {4, 4, 4, 4, 4, 4}, {3, 4, 3, 4, 3, 4});
    m1.professional->draaglast = {{QStringLiteral("financien"), 1}};
    Meetmoment m2;
    m2.datum = QDate(2017, 1, 10);
    m2.inwoner = trendMeting(Perspectief::Inwoner, {5, 5, 5, 5, 5}, {4, 4, 4, 4, 4, 4, 4});
    Meetmoment m3;
    m3.datum = QDate(2017, 1, 10);
    m3.inwoner = trendMeting(Perspectief::Inwoner, {4, 4, 4, 4, 4, 4, 5, 5}, {4, 4, 4, 3, 3, 3, 4});
    m3.inwoner->draaglast = {{QStringLiteral("financien"), 1}};
    m3.professional = trendMeting(Perspectief::Professional, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 2, 2, 2});
    m3.professional->draaglast = {{QStringLiteral("financien"), 0}};
    d.meetmomenten = {m1, m2, m3};
    nummerOpDatum(d.meetmomenten);
    return d;
}

} // namespace dw::test
