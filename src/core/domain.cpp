#include "domain.h"

namespace dw {

QString perspectiefCode(Perspectief p)
{
    return p == Perspectief::Inwoner ? QStringLiteral("inwoner") : QStringLiteral("professional");
}

std::optional<Perspectief> perspectiefFromCode(const QString& code)
{
    if (code == QLatin1String("inwoner"))
        return Perspectief::Inwoner;
    if (code == QLatin1String("professional"))
        return Perspectief::Professional;
    return std::nullopt;
}

QString componentCode(Component c)
{
    return c == Component::PersoonlijkeCompetenties ? QStringLiteral("competenties")
                                                    : QStringLiteral("sociaal_kapitaal");
}

std::optional<Component> componentFromCode(const QString& code)
{
    if (code == QLatin1String("competenties"))
        return Component::PersoonlijkeCompetenties;
    if (code == QLatin1String("sociaal_kapitaal"))
        return Component::SociaalKapitaal;
    return std::nullopt;
}

QString kwadrantCode(Kwadrant k)
{
    switch (k) {
    case Kwadrant::Zwak:
        return QStringLiteral("zwak");
    case Kwadrant::EnkelCompetenties:
        return QStringLiteral("enkel_competenties");
    case Kwadrant::EnkelSociaalKapitaal:
        return QStringLiteral("enkel_sociaal_kapitaal");
    case Kwadrant::Dubbel:
        return QStringLiteral("dubbel");
    case Kwadrant::Onbekend:
        break;
    }
    return {};
}

Kwadrant kwadrantFromCode(const QString& code)
{
    for (Kwadrant k : bekendeKwadranten) {
        if (kwadrantCode(k) == code)
            return k;
    }
    return Kwadrant::Onbekend;
}

} // namespace dw
