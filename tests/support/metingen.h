#pragma once

#include "core/domain.h"

namespace dw::test {

// A meting with every item of a component answered alike: the inwoner's Tabel 1 has 8 PC and 7 SK items, the
// professional's Tabel 2 has 6 and 6. So the component scores are exactly `pc` and `sk`.
inline Meting uniformeMeting(Perspectief p, int pc, int sk, const DraaglastNiveaus& draaglast = {})
{
    Meting m;
    m.perspectief = p;
    const bool inw = p == Perspectief::Inwoner;
    const QString pre = inw ? QStringLiteral("inw") : QStringLiteral("pro");
    for (int i = 1; i <= (inw ? 8 : 6); ++i)
        m.antwoorden.insert(QStringLiteral("%1.pc.%2").arg(pre).arg(i), pc);
    for (int i = 1; i <= (inw ? 7 : 6); ++i)
        m.antwoorden.insert(QStringLiteral("%1.sk.%2").arg(pre).arg(i), sk);
    m.draaglast = draaglast;
    return m;
}

} // namespace dw::test
