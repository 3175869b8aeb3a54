#include "dossierstatus.h"

#include <QLocale>

namespace dw {

QString afsluitredenCode(Afsluitreden r)
{
    switch (r) {
    case Afsluitreden::DoelenBereikt:
        return QStringLiteral("doelen-bereikt");
    case Afsluitreden::Verhuisd:
        return QStringLiteral("verhuisd");
    case Afsluitreden::Overleden:
        return QStringLiteral("overleden");
    case Afsluitreden::EldersGeholpen:
        return QStringLiteral("elders-geholpen");
    case Afsluitreden::EigenVerzoek:
        return QStringLiteral("eigen-verzoek");
    case Afsluitreden::Anders:
        break;
    }
    return QStringLiteral("anders");
}

std::optional<Afsluitreden> afsluitredenFromCode(const QString& code)
{
    for (Afsluitreden r : alleAfsluitredenen) {
        if (afsluitredenCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString afsluitredenTekst(Afsluitreden r)
{
    switch (r) {
    case Afsluitreden::DoelenBereikt:
        return QStringLiteral("doelen bereikt");
    case Afsluitreden::Verhuisd:
        return QStringLiteral("verhuisd");
    case Afsluitreden::Overleden:
        return QStringLiteral("overleden");
    case Afsluitreden::EldersGeholpen:
        return QStringLiteral("elders geholpen");
    case Afsluitreden::EigenVerzoek:
        return QStringLiteral("op eigen verzoek");
    case Afsluitreden::Anders:
        break;
    }
    return QStringLiteral("anders");
}

QString DossierStatus::beschrijving() const
{
    if (!afgesloten())
        return QStringLiteral("open");
    const QString datum
        = QLocale(QLocale::Dutch, QLocale::Netherlands).toString(afgeslotenOp, QStringLiteral("d MMMM yyyy"));
    QString why = afsluitredenTekst(reden);
    if (!toelichting.isEmpty())
        why = reden == Afsluitreden::Anders ? toelichting : QStringLiteral("%1 (%2)").arg(why, toelichting);
    return QStringLiteral("afgesloten op %1: %2").arg(datum, why);
}

QString afsluitenProblem(const DossierStatus& status, const QDate& today)
{
    if (!status.afgeslotenOp.isValid())
        return QStringLiteral("de datum van afsluiten ontbreekt");
    if (status.afgeslotenOp > today)
        return QStringLiteral("de datum van afsluiten ligt in de toekomst");
    if (status.reden == Afsluitreden::Anders && status.toelichting.trimmed().isEmpty())
        return QStringLiteral("bij reden 'anders' hoort een toelichting");
    return {};
}

} // namespace dw
