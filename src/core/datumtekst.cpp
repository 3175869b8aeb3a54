#include "datumtekst.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace dw {

namespace {

// 1 = maandag … 7 = zondag, as QDate::dayOfWeek.
int weekdag(const QString& woord)
{
    static const QStringList dagen = {QStringLiteral("maandag"),
        QStringLiteral("dinsdag"),
        QStringLiteral("woensdag"),
        QStringLiteral("donderdag"),
        QStringLiteral("vrijdag"),
        QStringLiteral("zaterdag"),
        QStringLiteral("zondag")};
    return static_cast<int>(dagen.indexOf(woord)) + 1;
}

std::optional<int> aantal(const QString& woord)
{
    static const QStringList woorden = {QStringLiteral("een"),
        QStringLiteral("twee"),
        QStringLiteral("drie"),
        QStringLiteral("vier"),
        QStringLiteral("vijf"),
        QStringLiteral("zes"),
        QStringLiteral("zeven"),
        QStringLiteral("acht"),
        QStringLiteral("negen"),
        QStringLiteral("tien")};
    bool ok = false;
    const int n = woord.toInt(&ok);
    if (ok)
        return n >= 0 && n <= 1000 ? std::optional<int>(n) : std::nullopt;
    const qsizetype i = woorden.indexOf(woord == QLatin1String("één") ? QStringLiteral("een") : woord);
    return i >= 0 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
}

QDate vrijdagVan(const QDate& dag)
{
    return dag.addDays(5 - dag.dayOfWeek()); // a weekend day gives the Friday before it
}

QDate laatsteVanDeMaand(const QDate& dag)
{
    return QDate(dag.year(), dag.month(), dag.daysInMonth());
}

std::optional<QDate> inWoorden(const QString& t, const QDate& vandaag)
{
    if (t == QLatin1String("vandaag"))
        return vandaag;
    if (t == QLatin1String("morgen"))
        return vandaag.addDays(1);
    if (t == QLatin1String("overmorgen"))
        return vandaag.addDays(2);
    if (t == QLatin1String("deze week"))
        return std::max(vandaag, vrijdagVan(vandaag)); // in the weekend: today is as late as this week goes
    if (t == QLatin1String("volgende week"))
        return vrijdagVan(vandaag.addDays(7));
    if (t == QLatin1String("deze maand") || t == QLatin1String("eind van de maand")
        || t == QLatin1String("eind deze maand") || t == QLatin1String("einde van de maand"))
        return laatsteVanDeMaand(vandaag);
    if (t == QLatin1String("volgende maand"))
        return laatsteVanDeMaand(vandaag.addMonths(1));
    if (const int dag = weekdag(t); dag > 0)
        return vandaag.addDays((dag - vandaag.dayOfWeek() + 6) % 7 + 1); // the next one, never today
    static const QRegularExpression over(QStringLiteral("^over (\\S+) (dag|dagen|week|weken|maand|maanden|jaar)$"));
    const QRegularExpressionMatch m = over.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<int> n = aantal(m.captured(1));
    if (!n)
        return std::nullopt;
    const QString eenheid = m.captured(2);
    if (eenheid.startsWith(QLatin1String("dag")))
        return vandaag.addDays(*n);
    if (eenheid.startsWith(QLatin1String("we")))
        return vandaag.addDays(7 * *n);
    if (eenheid.startsWith(QLatin1String("maand")))
        return vandaag.addMonths(*n);
    return vandaag.addYears(*n);
}

} // namespace

std::optional<QDate> leesDatum(const QString& tekst, const QDate& vandaag)
{
    const QString t = tekst.simplified().toLower();
    if (t.isEmpty())
        return QDate();
    for (const char* format : {"d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    if (!vandaag.isValid())
        return std::nullopt;
    return inWoorden(t, vandaag);
}

QString datumVoorbeelden()
{
    return QCoreApplication::translate("dw::datumtekst",
        "typ een datum (dd-mm-jjjj) of bijvoorbeeld 'volgende week', 'over 2 weken', 'vrijdag' of 'eind van de "
        "maand'");
}

} // namespace dw
