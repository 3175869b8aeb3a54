#include "cohorttext.h"

#include <QLocale>
#include <QTextStream>

namespace dw {

QString figuur(const std::optional<double>& value, int decimals)
{
    if (!value)
        return QStringLiteral("te weinig gegevens");
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(*value, 'f', decimals);
}

QString procent(const std::optional<double>& value)
{
    return value ? figuur(value, 1) + QChar(QChar::Nbsp) + QLatin1Char('%') : figuur(value);
}

QString nTekst(int n)
{
    return QStringLiteral("n = %1").arg(QLocale(QLocale::Dutch, QLocale::Netherlands).toString(n));
}

QString cohortAlsTekst(const CohortRapport& r, const Instrument& instrument)
{
    QString out;
    QTextStream s(&out);
    for (Perspectief p : allePerspectieven) {
        const PerspectiefCijfers& c = r.perspectief(p);
        s << "Perspectief " << perspectiefCode(p) << "\n";
        if (c.meetmomenten.isEmpty())
            s << "  geen metingen\n";
        for (const MeetmomentCijfers& m : c.meetmomenten) {
            s << "  Meetmoment " << m.meetmoment << " (n = " << m.n << " met bekend kwadrant, " << m.nMetingen
              << " metingen)\n";
            if (teWeinigVoorPercentages(m.n))
                s << "    Let op: minder dan " << minimumNVoorPercentages
                  << " inwoners; de percentages zeggen dan weinig.\n";
            for (Kwadrant k : bekendeKwadranten)
                s << "    " << qSetFieldWidth(48) << Qt::left << instrument.kwadrantNaam(k) << qSetFieldWidth(0)
                  << procent(m.n ? std::optional<double>(m.kwadrantPct[static_cast<int>(k) - 1]) : std::nullopt)
                  << "\n";
            s << "    Met één of beide vormen van draagkracht        " << procent(m.metDraagkrachtPct) << "\n";
            s << "    Gemiddeld aantal probleemgebieden             " << figuur(m.gemProbleemgebieden) << "\n";
            s << "    Gemiddelde persoonlijke competenties          " << figuur(m.gemCompetenties) << "\n";
            s << "    Gemiddeld sociaal kapitaal                    " << figuur(m.gemSociaalKapitaal) << "\n";
        }
        const auto verandering = [&s](const char* naam, const Verandering& v) {
            s << "    " << qSetFieldWidth(22) << Qt::left << naam << qSetFieldWidth(0) << "n = " << v.n << ", verschil "
              << figuur(v.gemVerschil) << ", p (t-toets) " << figuur(v.pTtest, 4) << ", p (Wilcoxon) "
              << figuur(v.pWilcoxon, 4) << "\n";
        };
        s << "  Verandering eerste → laatste meetmoment\n";
        verandering("competenties", c.competenties);
        verandering("sociaal kapitaal", c.sociaalKapitaal);
        verandering("probleemgebieden", c.probleemgebieden);
        s << "    dubbele draagkracht    n = " << c.dubbelN << ", p (McNemar) " << figuur(c.dubbelMcnemarP, 4)
          << "\n\n";
    }
    s << "Overeenstemming inwoner en professional over het kwadrant (kappa)\n";
    if (r.kwadrantKappa.isEmpty())
        s << "  te weinig gegevens\n";
    for (const KappaCijfer& k : r.kwadrantKappa)
        s << "  Meetmoment " << k.meetmoment << ": kappa " << figuur(k.kappa, 3) << " (n = " << k.n << ")\n";
    return out;
}

} // namespace dw
