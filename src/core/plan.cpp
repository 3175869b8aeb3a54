#include "plan.h"

namespace dw {

QString uitkomstCode(Uitkomst u)
{
    switch (u) {
    case Uitkomst::Bereikt:
        return QStringLiteral("bereikt");
    case Uitkomst::Deels:
        return QStringLiteral("deels");
    case Uitkomst::Niet:
        return QStringLiteral("niet");
    case Uitkomst::Onbekend:
        break;
    }
    return {};
}

std::optional<Uitkomst> uitkomstFromCode(const QString& code)
{
    for (Uitkomst u : {Uitkomst::Onbekend, Uitkomst::Bereikt, Uitkomst::Deels, Uitkomst::Niet}) {
        if (uitkomstCode(u) == code)
            return u;
    }
    return std::nullopt;
}

QString instemmingCode(Instemming i)
{
    switch (i) {
    case Instemming::Eens:
        return QStringLiteral("eens");
    case Instemming::Deels:
        return QStringLiteral("deels");
    case Instemming::Oneens:
        return QStringLiteral("oneens");
    case Instemming::Onbekend:
        break;
    }
    return {};
}

std::optional<Instemming> instemmingFromCode(const QString& code)
{
    for (Instemming i : {Instemming::Onbekend, Instemming::Eens, Instemming::Deels, Instemming::Oneens}) {
        if (instemmingCode(i) == code)
            return i;
    }
    return std::nullopt;
}

} // namespace dw
