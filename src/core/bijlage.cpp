#include "bijlage.h"

#include <QLocale>

namespace dw::bijlage {

QString grootteTekst(qint64 bytes)
{
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    if (bytes < 1000)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1000 * 1000)
        return QStringLiteral("%1 kB").arg((bytes + 500) / 1000);
    QString mb = nl.toString(double(bytes) / 1e6, 'f', 1);
    if (mb.endsWith(QLatin1String(",0")))
        mb.chop(2); // "25 MB", not "25,0 MB"
    return QStringLiteral("%1 MB").arg(mb);
}

QString teGrootTekst(qint64 grootte)
{
    // The exact number of bytes too: 25,000,001 bytes is "25,0 MB" as well.
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    return QStringLiteral("Dit bestand is %1 bytes groot; een bijlage mag hoogstens %2 bytes (%3) zijn. Verklein het "
                          "eerst (bijvoorbeeld een scan in zwart-wit of met een lagere resolutie) of bewaar het buiten "
                          "Draagwijzer.")
        .arg(nl.toString(grootte), nl.toString(maxGrootte), grootteTekst(maxGrootte));
}

QString probleem(const QString& omschrijving, const QDate& datum, const QDate& vandaag)
{
    if (omschrijving.trimmed().isEmpty())
        return QStringLiteral("Geef een omschrijving, bijvoorbeeld \"Toestemmingsformulier, ondertekend\".");
    if (omschrijving.trimmed().size() > maxOmschrijving)
        return QStringLiteral("De omschrijving is langer dan %1 tekens.").arg(maxOmschrijving);
    if (!datum.isValid())
        return QStringLiteral("Geef de datum van het document.");
    if (vandaag.isValid() && datum > vandaag)
        return QStringLiteral("De datum ligt in de toekomst.");
    return {};
}

QString veiligeNaam(const QString& bestandsnaam)
{
    QString naam = bestandsnaam.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    static const QString verboden = QStringLiteral("<>:\"|?*");
    for (QChar& c : naam) {
        if (c.unicode() < 32 || verboden.contains(c))
            c = QLatin1Char('_');
    }
    naam = naam.trimmed();
    if (naam.isEmpty() || naam == QLatin1String(".") || naam == QLatin1String(".."))
        return QStringLiteral("bijlage");
    return naam;
}

} // namespace dw::bijlage
